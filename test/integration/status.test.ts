/** ecs-batch status and the week picture, on the emulator. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadManifest, loadManifestText } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import { usualTimeZone, weekMermaid, weekOf, weekSvg } from '../../src/report/week.ts';
import { findJob, runJob } from '../../src/run/run.ts';
import { RegisterTaskDefinitionCommand, RunTaskCommand, waitUntilTasksStopped } from '@aws-sdk/client-ecs';
import { GetScheduleCommand, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { fakeAws, fargateTaskDefinition, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 20, runMs: 60, stopMs: 10 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

async function deployAndRun(project: string, history: boolean) {
  const text = MANIFEST.replace('project: myapp', `project: ${project}`).replace(
    'jobs:\n',
    `${history ? 'history: true\n' : ''}jobs:\n`,
  );
  const dir = scratchDir({ 'ecs-batch.yml': text });
  const file = join(dir, 'ecs-batch.yml');
  expect(
    (
      await release({
        manifest: file,
        image: aws.fake.seedImage('myapp-batch', project).uri,
        dryRun: false,
        prune: true,
        clients: aws.clients,
      })
    ).apply?.ok,
  ).toBe(true);
  const manifest = loadManifest(file).manifest!;
  const run = async (job: string, outcome: object) => {
    aws.fake.tasks.outcome = () => outcome;
    await runJob(aws.clients, manifest, findJob(manifest, job), {
      wait: true,
      timeoutSeconds: 20,
      startedBy: 'ecs-batch/test',
      pollSeconds: { status: 0.05, logs: 0.05 },
    });
  };
  await run('nightly', { exitCode: 0 });
  await run('sweep', { exitCode: 0 });
  await run('sweep', { exitCode: 4 });
  await run('monthly', { failToStart: 'ResourceInitializationError: unable to pull secrets' });
  // Someone else's task, in the job's task group: anyone who can run a task can set the group. Not legacy's run.
  aws.fake.tasks.outcome = () => ({ exitCode: 0 });
  const foreign = await aws.clients.ecs.send(
    new RegisterTaskDefinitionCommand(fargateTaskDefinition(`intruder-${project}`)),
  );
  const started = await aws.clients.ecs.send(
    new RunTaskCommand({
      cluster: 'batch',
      taskDefinition: foreign.taskDefinition!.taskDefinitionArn,
      group: `ecs-batch:${project}:legacy`,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b'] } },
    }),
  );
  await waitUntilTasksStopped(
    { client: aws.clients.ecs, maxWaitTime: 20, minDelay: 1, maxDelay: 1 },
    { cluster: 'batch', tasks: [started.tasks![0]!.taskArn!] },
  );
  aws.fake.tasks.outcome = undefined;
  aws.fake.settle();
  return dir;
}

interface StatusJson {
  source: string;
  jobs: {
    job: string;
    enabled: boolean;
    nextRuns: string[];
    lastRuns: { result: string; exitCode?: number; reason?: string; manual: boolean }[];
  }[];
}

describe('ecs-batch status', () => {
  for (const history of [true, false]) {
    it(`lists every job, failed ones first, with their last runs (${history ? 'from the run history' : 'from ECS'})`, async () => {
      const dir = await deployAndRun(history ? 'st1' : 'st2', history);
      aws.fake.calls.reset();
      const r = await runCli(['status', '--format', 'json'], aws.fake.env(), dir);
      expect(r.code).toBe(0);
      // status only reads, and the read-only plan role allows every call it makes.
      expect(aws.fake.calls.writes()).toEqual([]);
      const policy = await runCli(['iam-policy', '--for', 'plan', '--region', 'ap-northeast-1'], {}, dir);
      const allowed = new Set(
        (JSON.parse(policy.stdout) as { Statement: { Action: string[] }[] }).Statement.flatMap((st) => st.Action),
      );
      expect(
        [...new Set(aws.fake.calls.entries.map((e) => `${e.service}:${e.operation}`))].filter((c) => !allowed.has(c)),
      ).toEqual([]);
      const report = JSON.parse(r.stdout) as StatusJson;
      expect(report.source).toBe(history ? 'history' : 'ecs');
      expect(report.jobs.map((j) => j.job)).toEqual(['sweep', 'monthly', 'nightly', 'legacy']);
      expect(report.jobs[0]!.lastRuns.map((x) => [x.result, x.exitCode])).toEqual([
        ['failed', 4],
        ['succeeded', 0],
      ]);
      expect(report.jobs[1]!.lastRuns[0]).toMatchObject({
        result: 'never-started',
        reason: expect.stringMatching(/unable to pull secrets/),
        manual: true,
      });
      expect(report.jobs.find((j) => j.job === 'legacy')).toMatchObject({ enabled: false, nextRuns: [], lastRuns: [] });

      const text = await runCli(['status'], aws.fake.env(), dir);
      expect(text.stdout).toMatch(/^sweep\s+yes\s+rate\(10 minutes\) Asia\/Tokyo\s+\S.*failed \(exit code 4\).*✗ ✓/m);
      expect(text.stdout).toMatch(/^monthly: ResourceInitializationError: unable to pull secrets/m);
    });
  }

  it('shows what the live schedule says when it was changed by hand, and marks it', async () => {
    const dir = await deployAndRun('st5', false);
    const live = await aws.clients.scheduler.send(new GetScheduleCommand({ Name: 'st5-sweep', GroupName: 'st5' }));
    await aws.clients.scheduler.send(
      new UpdateScheduleCommand({
        Name: 'st5-sweep',
        GroupName: 'st5',
        ScheduleExpression: 'rate(30 minutes)',
        ScheduleExpressionTimezone: 'UTC',
        FlexibleTimeWindow: live.FlexibleTimeWindow!,
        Target: live.Target!,
        State: live.State!,
      }),
    );
    const json = await runCli(['status', '--format', 'json'], aws.fake.env(), dir);
    const jobs = (
      JSON.parse(json.stdout) as { jobs: { job: string; drift?: { expression: string; timezone: string } }[] }
    ).jobs;
    expect(jobs.find((j) => j.job === 'sweep')!.drift).toEqual({ expression: 'rate(30 minutes)', timezone: 'UTC' });
    expect(jobs.filter((j) => j.drift).map((j) => j.job)).toEqual(['sweep']);
    const text = await runCli(['status'], aws.fake.env(), dir);
    expect(text.stdout).toMatch(/^sweep .*rate\(30 minutes\) UTC ⚠ changed outside ecs-batch/m);
    expect(text.stdout).toMatch(/the live schedule says rate\(30 minutes\) \(UTC\), the manifest rate\(10 minutes\)/);
    const md = await runCli(['status', '--format', 'markdown'], aws.fake.env(), dir);
    expect(md.stdout).toMatch(/`rate\(30 minutes\)` \(UTC\)<br>⚠ changed outside ecs-batch/);
  });

  it('markdown carries the table and the week as a Mermaid chart; svg is a standalone picture', async () => {
    const dir = await deployAndRun('st3', true);
    const md = await runCli(['status', '--format', 'markdown'], aws.fake.env(), dir);
    expect(md.code).toBe(0);
    const html = new MarkdownIt({ html: true }).render(md.stdout);
    expect(html.match(/<tr>/g)).toHaveLength(5);
    expect(md.stdout).toMatch(/```mermaid\ngantt\n/);
    const out = join(dir, 'week.svg');
    const svg = await runCli(['status', '--format', 'svg', '--output', out], {}, dir); // no AWS needed
    expect(svg.code).toBe(0);
    const picture = readFileSync(out, 'utf8');
    expect(picture).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(picture).toMatch(/>sweep</);
    expect(picture.match(/<rect /g)!.length).toBeGreaterThan(8);
    // A symlink planted where the picture goes is refused, and what it points at is left alone.
    writeFileSync(join(dir, 'precious.txt'), 'keep');
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'planted.svg'));
    const planted = await runCli(['status', '--format', 'svg', '--output', 'planted.svg'], {}, dir);
    expect(planted.code).toBe(1);
    expect(planted.stderr).toMatch(/planted\.svg is a symbolic link: not written through it/);
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('keep');
  });
});

describe('the week at a glance', () => {
  const NOW = Date.parse('2026-11-30T00:00:00Z'); // a Monday
  const manifest = loadManifestText(
    MANIFEST.replace('  timezone: Asia/Tokyo\n', '').replace(
      'jobs:\n',
      `jobs:\n${['a', 'b', 'c'].map((j) => `  hourly-${j}:\n    schedule: cron(0 * * * ? *)\n`).join('')}` +
        `${['a', 'b'].map((j) => `  daily-${j}:\n    schedule: cron(0 0 * * ? *)\n`).join('')}` +
        '  office:\n    schedule: cron(*/10 8-17 ? * MON-FRI *)\n',
    ),
    'ecs-batch.yml',
    { now: NOW },
  ).manifest!;

  it('draws frequent jobs as a band where they run, others run by run, and marks busy minutes', () => {
    const week = weekOf(manifest.jobs, NOW);
    const byJob = Object.fromEntries(week.jobs.map((j) => [j.job, j]));
    expect(byJob.sweep!.band).toBe('every 10 minutes');
    expect(byJob['hourly-a']).toMatchObject({ runs: [], band: expect.stringMatching(/hour/) }); // 168 runs in the week: a band
    expect(byJob.nightly!.runs).toHaveLength(7);
    expect(byJob.monthly!.runs).toEqual([Date.parse('2026-12-01T09:00:00Z')]);
    expect(byJob.legacy!.enabled).toBe(false);
    // A weekday 08-18 job is a band on the five weekdays only, 08:00 to 18:00.
    expect(byJob.office!.spans!.map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()])).toEqual(
      ['11-30', '12-01', '12-02', '12-03', '12-04'].map((d) => [`2026-${d}T08:00:00.000Z`, `2026-${d}T18:00:00.000Z`]),
    );
    // Frequent jobs always coincide with others: only the daily jobs (and nightly) make a busy midnight.
    expect(week.busy.find((b) => b.at === Date.parse('2026-11-30T01:00:00Z'))).toBeUndefined();
    expect(week.busy.find((b) => b.at === Date.parse('2026-12-01T00:00:00Z'))!.jobs).toBe(3);
    const mermaid = weekMermaid(week);
    expect(mermaid).toMatch(/section nightly\n( {4}run :milestone, 2026-1[12]-\d\d 00:00, 0m\n){7}/);
    expect(mermaid).toMatch(/section busy minutes\n {4}3 jobs start :crit, milestone, 2026-11-30 00:00, 0m/);
    expect(mermaid).toMatch(/section office\n( {4}every 10 minutes.* :active, 2026-1[12]-\d\d 08:00, 600m\n){5}/);
    expect(weekSvg(week, 'a <title> & more')).toMatch(/a &lt;title&gt; &amp; more/);
    // Past 50 busy minutes, the chart says how many it left out.
    const crowded = { ...week, busy: Array.from({ length: 60 }, (_, i) => ({ at: NOW + i * 60_000, jobs: 3 })) };
    expect(weekMermaid(crowded)).toMatch(/section busy minutes \(first 50 of 60\)\n/);
    expect(weekMermaid(crowded).match(/jobs start :crit/g)).toHaveLength(50);
  });

  it('is on the clock most jobs run on (or the one asked for), with the busy threshold asked for', async () => {
    expect(weekOf(manifest.jobs, NOW).timeZone).toBe('UTC');
    // The manifest's default zone is New York's: most jobs run there.
    const ny = loadManifestText(
      MANIFEST.replace('  timezone: Asia/Tokyo\n', '  timezone: America/New_York\n'),
      'ecs-batch.yml',
      { now: NOW },
    ).manifest!;
    expect(usualTimeZone(ny.jobs)).toBe('America/New_York');
    const week = weekOf(ny.jobs, NOW);
    expect(week.timeZone).toBe('America/New_York');
    const mermaid = weekMermaid(week);
    expect(mermaid).toMatch(/title Runs in the next 7 days \(America\/New_York\)/);
    // nightly runs at midnight New York time: drawn at 00:00, not at 05:00 UTC.
    expect(ny.jobs.find((j) => j.name === 'nightly')!.timezone).toBe('America/New_York');
    expect(mermaid).toMatch(/section nightly\n( {4}run :milestone, 2026-1[12]-\d\d 00:00, 0m\n){7}/);
    const svg = weekSvg(week, 't');
    // Midnights of New York: 05:00 UTC, labelled with New York's day.
    expect(svg).toMatch(/fill="#555">Tue, 01 Dec<\/text>/);
    expect(svg).toMatch(/days in America\/New_York .* red: minutes when 3\+ jobs/);

    // Asked for: Tokyo, and busy only at 4 jobs.
    const tokyo = weekOf(manifest.jobs, NOW, { timeZone: 'Asia/Tokyo', busyAt: 4 });
    expect(tokyo.busy).toEqual([]); // midnights have 3 (two daily jobs and nightly): not 4
    expect(weekMermaid(tokyo)).toMatch(/section nightly\n( {4}run :milestone, 2026-1[12]-\d\d 09:00, 0m\n){7}/);
    expect(weekOf(manifest.jobs, NOW).busy).toHaveLength(7);
    expect(weekSvg(tokyo, 't')).toMatch(/red: minutes when 4\+ jobs/);

    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
    const out = await runCli(
      ['status', '--format', 'svg', '--week-timezone', 'Europe/Paris', '--busy-at', '5'],
      {},
      dir,
    );
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/days in Europe\/Paris .* red: minutes when 5\+ jobs/);
    const bad = await runCli(['status', '--format', 'svg', '--week-timezone', 'EST'], {}, dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--week-timezone must be an IANA zone .*not 'EST'/);
  });
});
