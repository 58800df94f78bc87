/**
 * status at history sizes where reading forward from 14 days ago shows the oldest runs: every job's last runs must be
 * its newest, from frequent jobs to weekly ones, with bounded reads; a bound that cuts says so.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadManifest } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import { renderStatusText } from '../../src/report/status.ts';
import { HISTORY_CALLS_MAX, jobPatterns } from '../../src/status/history.ts';
import { jobStatus } from '../../src/status/status.ts';
import { FILTER_PATTERN_MAX } from '../../src/aws/limits.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { seedHistory, type SeededJob } from '../helpers/history.ts';
import { scratchDir } from '../helpers/processes.ts';

const NOW = Date.parse('2026-12-07T06:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 6 jobs every 10 minutes, 24 hourly, 24 daily, 5 weekly, and one with no run in the history. */
function jobs(): SeededJob[] {
  const out: SeededJob[] = [];
  const add = (kind: string, count: number, everyMs: number) => {
    for (let i = 0; i < count; i++)
      out.push({
        name: `${kind}-${i}`,
        everyMs,
        // Each job's newest run at its own time, some minutes to a period back.
        newest: NOW - (((i * 7 + 3) * MINUTE) % everyMs),
        // Some jobs failed last time, or the time before.
        ...(i % 3 === 0 ? { exitCodes: { [i % 2]: 3 } } : {}),
      });
  };
  add('often', 6, 10 * MINUTE);
  add('hourly', 24, HOUR);
  add('daily', 24, DAY);
  add('weekly', 5, 7 * DAY);
  return out;
}

const seeded = jobs();

function manifestText(project: string): string {
  const lines = [
    'version: 1',
    `project: ${project}`,
    'cluster: batch',
    'image: { repository: hist-batch }',
    'history: { retentionDays: 30 }',
    'defaults:',
    '  cpu: 256',
    '  memory: 512',
    '  executionRoleArn: arn:aws:iam::123456789012:role/exec',
    '  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke',
    '  network: { subnets: [subnet-0a1b] }',
    '  logs: { group: /ecs-batch/hist, retentionDays: 30 }',
    'jobs:',
    ...[...seeded.map((j) => j.name), 'silent'].flatMap((name) => [
      `  ${name}:`,
      '    schedule: rate(1 hour)',
      '    command: [run]',
    ]),
  ];
  return `${lines.join('\n')}\n`;
}

async function deployAndSeed(aws: FakeSetup, project: string) {
  const clusterArn = aws.fake.createCluster('batch');
  const dir = scratchDir({ 'ecs-batch.yml': manifestText(project) });
  const file = join(dir, 'ecs-batch.yml');
  const image = aws.fake.seedImage('hist-batch', project).uri;
  expect((await release({ manifest: file, image, dryRun: false, prune: true, clients: aws.clients })).apply?.ok).toBe(
    true,
  );
  const seed = seedHistory(aws.fake, { prefix: project, clusterArn, jobs: seeded, from: NOW - 14 * DAY, keep: 5 });
  return { manifest: loadManifest(file).manifest!, ...seed };
}

const shown = (runs: { stoppedAt?: string; exitCode?: number }[]) =>
  runs.map((r) => ({ stoppedAt: r.stoppedAt, exitCode: r.exitCode }));

describe('status from a large run history', () => {
  let aws: FakeSetup;
  // AWS's own page size: up to 10,000 events and 1 MB.
  beforeAll(async () => (aws = await fakeAws({ region: 'ap-northeast-1', pageCap: 10_000 })));
  afterAll(() => aws.stop());

  it("shows every job's newest runs, not the oldest, within the read bound", async () => {
    const { manifest, expected, events } = await deployAndSeed(aws, 'hist1');
    expect(events).toBeGreaterThan(20_000);
    aws.fake.calls.reset();
    const report = await jobStatus(aws.clients, manifest, NOW);
    for (const job of seeded)
      expect({ job: job.name, runs: shown(report.jobs.find((j) => j.job === job.name)!.lastRuns) }).toEqual({
        job: job.name,
        runs: expected.get(job.name),
      });
    expect(report.jobs.find((j) => j.job === 'silent')!.lastRuns).toEqual([]);
    expect(report.jobs.filter((j) => j.historyReadTo)).toEqual([]);
    // Failed last time first: the jobs whose newest run exited 3.
    const failedFirst = seeded.filter((j) => j.exitCodes?.[0] === 3).map((j) => j.name);
    expect(
      report.jobs
        .slice(0, failedFirst.length)
        .map((j) => j.job)
        .sort(),
    ).toEqual(failedFirst.sort());
    const reads = aws.fake.calls.entries.filter((c) => c.operation === 'FilterLogEvents');
    expect(report.historyReads!.calls).toBe(reads.length);
    expect(reads.length).toBeLessThan(HISTORY_CALLS_MAX);
    // Far fewer events read than the history holds: the older windows are read for the few jobs lacking runs.
    expect(report.historyReads!.events).toBeLessThan(events / 2);
  });
});

describe('status when the read bound cuts the history', () => {
  let aws: FakeSetup;
  // Pages of 5 events: the bound of HISTORY_CALLS_MAX reads stops long before 14 days.
  beforeAll(async () => (aws = await fakeAws({ region: 'ap-northeast-1', pageCap: 5 })));
  afterAll(() => aws.stop());

  it('shows only newest runs, marks the jobs it could not finish, and says how far it read', async () => {
    const { manifest, expected } = await deployAndSeed(aws, 'hist2');
    const report = await jobStatus(aws.clients, manifest, NOW);
    expect(report.historyReads!.calls).toBe(HISTORY_CALLS_MAX);
    const cut = report.jobs.filter((j) => j.historyReadTo);
    expect(cut.length).toBeGreaterThan(0);
    for (const j of report.jobs) {
      const newest = expected.get(j.job) ?? [];
      // Whatever is shown is the newest runs, in order: never an older run in place of a newer one.
      expect({ job: j.job, runs: shown(j.lastRuns) }).toEqual({ job: j.job, runs: newest.slice(0, j.lastRuns.length) });
      // A job shown with fewer runs than it has is marked as cut.
      if (j.lastRuns.length < newest.length) expect(j.historyReadTo).toBeDefined();
    }
    const text = renderStatusText(report);
    expect(text).toMatch(
      new RegExp(`${cut.length} job\\(s\\) may have older runs than shown: the run history was read back to`),
    );
    expect(text).toMatch(/…/);
  });
});

describe('jobPatterns', () => {
  it('packs jobs into filter patterns within the length AWS allows, each job in exactly one', () => {
    const names = Array.from({ length: 100 }, (_, i) => `job-with-a-longer-name-${i}`);
    const patterns = jobPatterns('myapp', names);
    expect(patterns.length).toBeGreaterThan(1);
    for (const p of patterns) expect(p.length).toBeLessThanOrEqual(FILTER_PATTERN_MAX);
    for (const name of names) expect(patterns.filter((p) => p.includes(`?":myapp:${name}"`)).length).toBe(1);
  });
});
