import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runAction, runCli, scratchDir } from '../helpers/processes.ts';
import { joined } from '../helpers/pattern.ts';

const EXAMPLE = readFileSync(join(ROOT, 'examples/ecs-batch.yml'), 'utf8');

describe('ecs-batch validate (bundled CLI)', () => {
  it('prints the job table and exits 0 for a valid manifest', async () => {
    const r = await runCli(['validate', '--manifest', 'examples/ecs-batch.yml', '--now', '2026-11-28T12:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/examples\/ecs-batch\.yml: valid, 5 jobs/);
    expect(r.stdout).toMatch(/monthly-report\s+0 9 1 \* \* → cron\(0 9 1 \* \? \*\)/);
    // Asia/Tokyo midnight after 2026-11-28T12:00Z (21:00 in Tokyo) is 2026-11-29.
    expect(r.stdout).toMatch(
      /daily-aggregate\s+cron\(0 0 \* \* \? \*\)\s+At 00:00\s+Asia\/Tokyo\s+2026-11-29 00:00 \+09:00/,
    );
  });

  it('--format json prints one object with the documented shape', async () => {
    const r = await runCli([
      'validate',
      '--manifest',
      'examples/ecs-batch.yml',
      '--format',
      'json',
      '--next',
      '2',
      '--now',
      '2026-11-28T12:00:00Z',
    ]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report).sort()).toEqual(['errors', 'jobs', 'valid', 'warnings']);
    expect(report.valid).toBe(true);
    expect(report.jobs.find((j: { name: string }) => j.name === 'monthly-report')).toEqual({
      name: 'monthly-report',
      expression: 'cron(0 9 1 * ? *)',
      written: '0 9 1 * *',
      timezone: 'Asia/Tokyo',
      description: 'Monthly report for finance',
      enabled: true,
      human: 'At 09:00, on day 1 of the month',
      nextRuns: ['2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
      nextRunsApproximate: false,
    });
  });

  it('exits 1 with file:line:column for an invalid manifest, and no stack trace', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': EXAMPLE.replace('cron(0 0 * * ? *)', 'cron(0 0 ? * 0 *)') });
    const r = await runCli(['validate'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^ecs-batch\.yml:36:28: error: schedule 'cron\(0 0 \? \* 0 \*\)': .*did you mean 1 \(SUN\)\?/m,
    );
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('json errors carry message, file, line, column and path', async () => {
    const dir = scratchDir({
      'm.yml': EXAMPLE.replace('    schedule: rate(10 minutes)', '    schedule: rate(10 minute)'),
    });
    const r = await runCli(['validate', '-m', 'm.yml', '--format', 'json'], {}, dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([
      {
        message: expect.stringMatching(/plural with 10/),
        file: 'm.yml',
        line: 40,
        column: 23,
        path: 'jobs.sweep.schedule',
      },
    ]);
  });

  it.each([
    [['validate', '--format', 'xml'], /--format must be text or json/],
    [['validate', '--next', '0'], /--next must be a whole number/],
    [['validate', '--now', 'yesterday'], /--now must be an ISO-8601 time/],
    [['validate', '--manifset', 'x'], /did you mean '--manifest'/],
    [['valdate'], /unknown command 'valdate'/],
  ])('usage errors exit 2: %s', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('validate action (bundled, with the runner environment)', () => {
  it('writes the jobs output and the summary table for a valid manifest', async () => {
    const r = await runAction('validate', { manifest: 'examples/ecs-batch.yml', 'next-runs': '2' });
    expect(r.code).toBe(0);
    const jobs = JSON.parse(r.outputs.jobs!);
    expect(jobs.map((j: { name: string }) => j.name)).toEqual([
      'daily-aggregate',
      'sweep',
      'monthly-report',
      'weekday-digest',
      'legacy-cleanup',
    ]);
    for (const job of jobs) {
      expect(job.nextRuns).toHaveLength(2);
      expect(Date.parse(job.nextRuns[0])).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(r.outputs.valid).toBe('true');
    expect(r.summary).toMatch(
      /\| Job \| Description \| Schedule \| AWS expression \| When \| Time zone \| Next runs \| Enabled \|/,
    );
    expect(r.summary).toMatch(
      joined(
        /\| `monthly-report` \| Monthly report for finance \| `0 9 1 \* \*` \| `cron\(0 9 1 \* \? \*\)` \| /,
        /At 09:00, on day 1 of the month \| Asia\/Tokyo \|/,
      ),
    );
  });

  it('annotates errors on the manifest line and fails the step', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': EXAMPLE.replace('  cpu: 256', '  cpu: 300') });
    const r = await runAction('validate', {}, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^::error title=ecs-batch,file=ecs-batch\.yml,line=14,col=8::cpu 300 is not a Fargate size/m,
    );
    expect(r.stdout).toMatch(/::error::ecs-batch\.yml: 1 error\(s\)/);
    expect(r.outputs.valid).toBe('false');
    expect(r.summary).toMatch(/is ❌ invalid/);
  });

  it('annotates warnings without failing', async () => {
    const dir = scratchDir({
      'ecs-batch.yml': EXAMPLE.replace(
        '    APP_ENV: production',
        '    APP_ENV: production\n    STRIPE_SECRET: sk_live_x',
      ),
    });
    const r = await runAction('validate', {}, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::warning title=ecs-batch,file=ecs-batch\.yml,line=28,col=5::STRIPE_SECRET looks secret/m,
    );
  });

  it('rejects a bad input with a clear message', async () => {
    const r = await runAction('validate', { manifest: 'examples/ecs-batch.yml', 'next-runs': 'many' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'next-runs' must be a whole number/);
  });
});
