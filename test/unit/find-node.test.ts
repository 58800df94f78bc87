/** deploy/find-node.sh picks the Node the composite deploy's JavaScript steps run on. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/processes.ts';

function which(tool: string): string {
  return spawnSync('bash', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
}

/** A stand-in node binary that reports `version`. */
function fakeNode(dir: string, version: string, name = 'node'): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\necho v${version}\n`);
  chmodSync(path, 0o755);
  return path;
}

function findNode(pathDirs: string[], toolCache?: string): { path: string; stdout: string } {
  const temp = mkdtempSync(join(tmpdir(), 'ecs-batch-find-node-'));
  const output = join(temp, 'out');
  writeFileSync(output, '');
  // Only the tools the script calls are on PATH beside pathDirs, so this machine's own node is not.
  const tools = join(temp, 'tools');
  mkdirSync(tools);
  for (const tool of ['ls', 'sort']) symlinkSync(which(tool), join(tools, tool));
  const result = spawnSync(which('bash'), [join(ROOT, 'deploy/find-node.sh')], {
    env: {
      PATH: [...pathDirs, tools].join(':'),
      GITHUB_OUTPUT: output,
      ...(toolCache ? { RUNNER_TOOL_CACHE: toolCache } : {}),
    },
    encoding: 'utf8',
  });
  expect(result.status).toBe(0);
  const line = readFileSync(output, 'utf8').trim();
  expect(line).toMatch(/^path=/);
  return { path: line.slice('path='.length), stdout: result.stdout };
}

describe('deploy/find-node.sh', () => {
  it('takes the PATH node when it is Node 24 or later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-node-'));
    const node = fakeNode(join(dir, 'bin'), '24.2.0');
    expect(findNode([dirname(node)]).path).toBe(node);
  });

  it('on a PATH node 20, takes the newest Node 24+ from the tool cache, not 22 and not a broken one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-node-'));
    const old = fakeNode(join(dir, 'bin'), '20.19.1');
    const cache = join(dir, 'cache');
    fakeNode(join(cache, 'node/22.20.0/x64/bin'), '22.20.0');
    fakeNode(join(cache, 'node/24.9.0/x64/bin'), '24.9.0');
    const newest = fakeNode(join(cache, 'node/24.11.1/x64/bin'), '24.11.1');
    // A folder named 25 whose binary does not run is passed over.
    mkdirSync(join(cache, 'node/25.0.0/x64/bin'), { recursive: true });
    writeFileSync(join(cache, 'node/25.0.0/x64/bin/node'), 'not a program');
    const found = findNode([dirname(old)], cache);
    expect(found.path).toBe(newest);
    expect(found.stdout).toContain('Node v24.11.1');
  });

  it('finds a Windows tool cache layout (node.exe beside the folder)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-node-'));
    const exe = fakeNode(join(dir, 'cache/node/24.1.0/x64'), '24.1.0', 'node.exe');
    expect(findNode([], join(dir, 'cache')).path).toBe(exe);
  });

  it('finds nothing when there is no Node 24, so the action sets one up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-node-'));
    const old = fakeNode(join(dir, 'bin'), '20.19.1');
    fakeNode(join(dir, 'cache/node/22.20.0/x64/bin'), '22.20.0');
    const found = findNode([dirname(old)], join(dir, 'cache'));
    expect(found.path).toBe('');
    expect(found.stdout).toContain('setting one up');
    expect(findNode([]).path).toBe('');
  });
});
