/**
 * Bundles every entry with ncc into <out>/<name>/index.js (default out: dist).
 * Usage: node scripts/build.ts [--out DIR]
 */
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ENTRIES } from './entries.ts';

const run = promisify(execFile);
const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1]! : 'dist';

async function bundle(name: string, entry: string): Promise<void> {
  const dir = join(out, name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // ncc reads tsconfig.json from its working directory: src/tsconfig.json covers what ships.
  const args = [
    resolve('node_modules/@vercel/ncc/dist/ncc/cli.js'),
    'build',
    resolve(entry),
    '-o',
    resolve(dir),
    '--license',
    'licenses.txt',
    '--quiet',
  ];
  try {
    await run(process.execPath, args, { cwd: 'src', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    console.error(`ncc failed for ${entry}:\n${(error as { stderr?: string }).stderr ?? String(error)}`);
    process.exit(1);
  }
  console.log(`built ${dir}/index.js`);
}

// Two at a time: the machines have two cores.
const queue = Object.entries(ENTRIES);
async function worker(): Promise<void> {
  for (let next = queue.shift(); next; next = queue.shift()) await bundle(next[0], next[1]);
}
await Promise.all([worker(), worker()]);
