/** On a Node older than the AWS SDK supports: one clear line, not the SDK's eight-line warning on every call. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { oldNodeNote } from '../../src/cli/node-version.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { ROOT, runProcess, scratchDir } from '../helpers/processes.ts';

/** A node on PATH older than 22 (the machine's own, under the project's Node 24), if there is one. */
function olderNode(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir.includes('node_modules')) continue;
    const bin = join(dir, 'node');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout?.trim();
    if (version && oldNodeNote(version)) return bin;
  }
  return undefined;
}

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

describe('an older Node', () => {
  it('is named in one line', () => {
    expect(oldNodeNote('v20.20.2')).toMatch(
      /^ecs-batch: Node v20\.20\.2 is older than the AWS SDK supports \(22 or later/,
    );
    expect(oldNodeNote('v22.0.0')).toBeUndefined();
    expect(oldNodeNote('v24.21.0')).toBeUndefined();
  });

  it('the CLI prints that one line instead of the SDK warning', async () => {
    const node = olderNode();
    // The development machines and CI have Node 20 installed beside the project's Node 24.
    expect(node).toBeDefined();
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
    const image = aws.fake.seedImage('myapp-batch', 'old-node').uri;
    const { code, stderr } = await runProcess([join(ROOT, 'dist/cli/index.js'), 'plan', '--image', image], {
      env: aws.fake.env(),
      cwd: dir,
      node: node!,
    });
    expect(code).toBe(0);
    expect(stderr.split('\n').filter((l) => /Node v2\d/.test(l))).toHaveLength(1);
    expect(stderr).not.toMatch(/NodeVersionSupportWarning/);
  });
});
