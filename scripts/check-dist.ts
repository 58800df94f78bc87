/** Fails when dist/ differs from a fresh build (run in CI; dist/ is committed for the actions). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

const fresh = mkdtempSync(join(tmpdir(), 'ecs-batch-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.ts', '--out', fresh], { stdio: 'inherit' });
  const committed = files('dist');
  const built = files(fresh);
  const problems: string[] = [];
  for (const f of new Set([...committed, ...built])) {
    if (!committed.includes(f)) problems.push(`missing from dist/: ${f}`);
    else if (!built.includes(f)) problems.push(`stale file in dist/: ${f}`);
    else if (!readFileSync(join('dist', f)).equals(readFileSync(join(fresh, f))))
      problems.push(`differs from a fresh build: dist/${f}`);
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error('dist/ is out of date: run `npm run build` and commit dist/.');
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${built.length} files).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
