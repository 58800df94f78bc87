/** The standalone emulator: a user tries the CLI against it in one step, in the region they name. */
import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { MANIFEST } from '../helpers/manifests.ts';
import { ROOT, runCli, scratchDir } from '../helpers/processes.ts';

describe('npm run fake-aws', () => {
  it('--help prints its usage, and an unknown flag is a usage error without a stack trace', () => {
    const main = join(ROOT, 'test/fake-aws/main.ts');
    const help = spawnSync(process.execPath, [main, '--help'], { encoding: 'utf8' });
    expect([help.status, help.stdout]).toEqual([
      0,
      expect.stringMatching(/^usage: npm run fake-aws -- \[--port 4566\]/),
    ]);
    const bad = spawnSync(process.execPath, [main, '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^fake-aws: Unknown option '--nope'\nusage: /);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('takes --region, creates the cluster there, seeds an image, and prints the environment to use', async () => {
    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'test/fake-aws/main.ts'),
        '--port',
        '0',
        '--region',
        'eu-west-1',
        '--cluster',
        'batch',
        '--seed-image',
        'myapp-batch:v1',
      ],
      { cwd: ROOT },
    );
    try {
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          if (/^export /m.test(out)) resolve();
        });
        child.on('exit', () => reject(new Error(`emulator exited: ${out}`)));
      });
      expect(out).toMatch(/^cluster arn:aws:ecs:eu-west-1:123456789012:cluster\/batch$/m);
      const image = /^image (\S+) \(tag v1\)$/m.exec(out)![1]!;
      expect(image).toMatch(/^123456789012\.dkr\.ecr\.eu-west-1\.amazonaws\.com\/myapp-batch@sha256:[0-9a-f]{64}$/);
      const env = Object.fromEntries(
        /^export (.*)$/m
          .exec(out)![1]!
          .split(' ')
          .map((kv) => kv.split('=') as [string, string]),
      );
      expect(env.AWS_REGION).toBe('eu-west-1');
      const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
      const r = await runCli(['deploy', '--image', image, '--format', 'json'], env, dir);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { region: string; taskDefinitionArns: Record<string, string> };
      expect(report.region).toBe('eu-west-1');
      expect(Object.values(report.taskDefinitionArns).every((arn) => arn.startsWith('arn:aws:ecs:eu-west-1:'))).toBe(
        true,
      );
    } finally {
      child.kill('SIGTERM');
    }
  });
});
