/** ecs-batch backfill on the emulator: every due time in a range, in order, at most N at once, each with its time. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runAction, runCli, scratchDir } from '../helpers/processes.ts';
import { commandsTheRunnerReads } from '../helpers/runner.ts';

let aws: FakeSetup;
let dir: string;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 20, runMs: 80, stopMs: 10 } });
  aws.fake.createCluster('batch');
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('project: myapp', 'project: bf1') });
  const image = aws.fake.seedImage('myapp-batch', 'bf1').uri;
  expect(
    (await release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients }))
      .apply?.ok,
  ).toBe(true);
});
afterAll(() => aws.stop());

// nightly is cron(0 0 * * ? *) in Asia/Tokyo: due at 15:00 UTC the day before.
const NOVEMBER = ['--from', '2026-11-01T00:00:00+09:00', '--to', '2026-11-30T23:59:59+09:00'];
const novemberTimes = Array.from({ length: 30 }, (_, i) =>
  new Date(Date.UTC(2026, 9, 31 + i, 15)).toISOString().replace('.000Z', 'Z'),
);

describe('ecs-batch backfill', () => {
  it('--dry-run lists the 30 times of November and runs nothing', async () => {
    aws.fake.calls.reset();
    const r = await runCli(['backfill', 'nightly', ...NOVEMBER, '--dry-run'], aws.fake.env(), dir);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  '))).toEqual(novemberTimes.map((t) => `  ${t}`));
    expect(aws.fake.calls.count()).toBe(0);
  });

  it('runs 30 days with --parallel 3: 30 tasks, each with its own time, never more than 3 at once', async () => {
    const before = new Set(aws.fake.state.tasks.keys());
    const r = await runCli(
      ['backfill', 'nightly', ...NOVEMBER, '--parallel', '3', '--poll', '0.05'],
      aws.fake.env(),
      dir,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/backfill nightly: 30 of 30 run\(s\) succeeded/);
    const tasks = [...aws.fake.state.tasks.entries()].filter(([arn]) => !before.has(arn)).map(([, t]) => t);
    expect(tasks).toHaveLength(30);
    expect(tasks.map((t) => t.environment.ECS_BATCH_SCHEDULED_TIME).sort()).toEqual(novemberTimes);
    // Started in order of their times, three at a time: each before the run three places later.
    const byTime = [...tasks].sort((a, b) =>
      a.environment.ECS_BATCH_SCHEDULED_TIME!.localeCompare(b.environment.ECS_BATCH_SCHEDULED_TIME!),
    );
    for (let i = 0; i + 3 < byTime.length; i++)
      expect(byTime[i]!.createdAt).toBeLessThanOrEqual(byTime[i + 3]!.createdAt);
    // At any task's start, how many were still going (its own included).
    const overlap = Math.max(
      ...tasks.map(
        (t) => tasks.filter((o) => o.createdAt <= t.createdAt && (o.stoppedAt ?? Infinity) > t.createdAt).length,
      ),
    );
    expect(overlap).toBeLessThanOrEqual(3);
    expect(overlap).toBeGreaterThan(1);
  }, 60_000);

  it('a failed run fails the backfill and is named; a range of more than 1,000 runs needs --max-runs', async () => {
    aws.fake.tasks.outcome = (t) =>
      t.environment.ECS_BATCH_SCHEDULED_TIME === '2026-11-02T15:00:00Z' ? { exitCode: 3 } : { exitCode: 0 };
    const r = await runCli(
      ['backfill', 'nightly', '--from', '2026-11-02T00:00:00Z', '--to', '2026-11-04T23:59:59Z', '--poll', '0.05'],
      aws.fake.env(),
      dir,
    );
    aws.fake.tasks.outcome = undefined;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2026-11-02T15:00:00Z: ✗ failed \(exit code 3\)/);
    expect(r.stdout).toMatch(/2 of 3 run\(s\) succeeded; failed: 2026-11-02T15:00:00Z/);
    // sweep runs every 10 minutes: two weeks are 2,016 runs.
    const many = await runCli(
      ['backfill', 'sweep', '--from', '2026-11-01T00:00:00Z', '--to', '2026-11-14T23:59:59Z'],
      aws.fake.env(),
      dir,
    );
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/more than 1000 runs in that range: give --max-runs N/);
  }, 60_000);

  it('the run action backfills too, and refuses inputs a backfill would drop', async () => {
    const inputs = {
      job: 'nightly',
      'backfill-from': '2026-11-10T00:00:00Z',
      'backfill-to': '2026-11-12T23:59:59Z',
      parallel: '2',
      'poll-interval': '0.05',
    };
    const r = await runAction('run', inputs, { env: aws.fake.env(), cwd: dir });
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.outputs.runs!).map((x: { scheduledTime: string; status: string }) => [x.scheduledTime, x.status]),
    ).toEqual([
      ['2026-11-10T15:00:00Z', 'succeeded'],
      ['2026-11-11T15:00:00Z', 'succeeded'],
      ['2026-11-12T15:00:00Z', 'succeeded'],
    ]);
    expect(r.summary).toMatch(/ecs-batch backfill `nightly`: 3 of 3 run\(s\) succeeded/);
    const refused = await runAction(
      'run',
      { ...inputs, command: 'php artisan other' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::a backfill runs the job as scheduled.*drop the inputs 'command'/);
  }, 60_000);

  it("a run's reason from AWS stays text: no workflow command in what backfill prints", async () => {
    aws.fake.tasks.outcome = () => ({ failToStart: 'CannotPullContainerError: x\n::error::pwned\n::add-mask::y' });
    const r = await runCli(
      ['backfill', 'nightly', '--from', '2026-11-20T00:00:00Z', '--to', '2026-11-20T23:59:59Z', '--poll', '0.05'],
      { ...aws.fake.env(), GITHUB_ACTIONS: 'true' },
      dir,
    );
    aws.fake.tasks.outcome = undefined;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2026-11-20T15:00:00Z: ✗ failed-to-start: CannotPullContainerError/);
    expect(commandsTheRunnerReads(r.stdout)).toEqual([]);
    expect(commandsTheRunnerReads(r.stderr)).toEqual([]);
  }, 60_000);
});
