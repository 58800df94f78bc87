/**
 * The failure policy and the watch for missed and late runs, deployed and run on the emulator: schedules fire, the
 * state machines really run (their ECS and SNS calls go to the emulator), and alerts arrive on the topic. The watch's
 * Wait states are held until the test releases them: it looks when the test says, not when a timer does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { loadManifest } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import { renderStatusText } from '../../src/report/status.ts';
import { jobStatus } from '../../src/status/status.ts';
import { fakeAws, sleep, type FakeSetup } from '../helpers/aws.ts';
import { chainManifest } from '../helpers/manifests.ts';
import { scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
let topic: string;
const manifests = new Map<string, string>();
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 10, runMs: 40, stopMs: 10 } });
  aws.fake.createCluster('batch');
  topic = aws.fake.createTopic('alerts');
});
afterAll(() => aws.stop());

async function deployed(project: string, jobs: string, on: string, extra = '') {
  const text = chainManifest(project, jobs).replace(
    'jobs:\n',
    `alerts: { snsTopicArn: ${topic}, on: ${on} }\n${extra}jobs:\n`,
  );
  const dir = scratchDir({ 'ecs-batch.yml': text });
  manifests.set(project, join(dir, 'ecs-batch.yml'));
  const image = aws.fake.seedImage('etl-batch', project).uri;
  const deploy = () =>
    release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients });
  const outcome = await deploy();
  expect(outcome.apply?.ok).toBe(true);
  return deploy;
}

/** Waits on state (bounded by the test's timeout), not on a guess at time. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

const executionsOf = (machine: string) =>
  [...aws.fake.state.executions.values()].filter((e) => e.stateMachineArn.endsWith(`:stateMachine:${machine}`));
const ended = (machine: string, count = 1) =>
  until(() => executionsOf(machine).filter((e) => e.status !== 'RUNNING').length >= count);
const titles = () =>
  aws.fake.state.topics
    .get(topic)!
    .messages.map((m) => (JSON.parse(m.message) as { content?: { title?: string } }).content?.title ?? m.message);

describe('the failure policy on the emulator', () => {
  it('an exit code in noRetryExitCodes fails at once with no retry; a repeat deploy writes nothing', async () => {
    const deploy = await deployed(
      'pol1',
      `  extract:
    schedule: cron(0 1 * * ? *)
    command: [extract]
    retries: 3
    noRetryExitCodes: [64]
    environment: { FAKE_EXIT_CODE: '64' }
`,
      '[failed, not-started]',
    );
    aws.fake.calls.reset();
    expect((await deploy()).apply?.ok).toBe(true);
    expect(aws.fake.calls.writes()).toEqual([]);
    const before = aws.fake.state.tasks.size;
    await aws.fake.fire({ schedule: 'pol1/pol1-extract' });
    await ended('pol1-extract');
    const [run] = executionsOf('pol1-extract');
    expect(run).toMatchObject({ status: 'FAILED', error: 'ecs-batch.NoRetryExitCode' });
    expect(run!.cause).toMatch(/exited with code 64, one of noRetryExitCodes/);
    expect(aws.fake.state.tasks.size - before).toBe(1);
  });
});

describe('startTimeout on the emulator', () => {
  it('a task held in PROVISIONING is stopped by the start watch, alerted once as not started, and retried', async () => {
    await deployed(
      'pol3',
      `  extract:
    schedule: cron(0 1 * * ? *)
    command: [extract]
    retries: 1
    startTimeout: 1m
`,
      '[failed, not-started]',
    );
    const seen = titles().length;
    let attempt = 0;
    aws.fake.tasks.outcome = (task) =>
      task.family.endsWith('pol3-extract') ? (++attempt === 1 ? { stuckStarting: true } : { exitCode: 0 }) : undefined;
    try {
      await aws.fake.fire({ schedule: 'pol3/pol3-extract' });
      await ended('pol3-extract');
    } finally {
      delete aws.fake.tasks.outcome;
    }
    expect(executionsOf('pol3-extract')[0]!.status).toBe('SUCCEEDED');
    const tasks = [...aws.fake.state.tasks.values()].filter((t) => t.family.endsWith('pol3-extract'));
    expect(tasks.map((t) => [t.stopCode, t.startedAt === undefined])).toEqual([
      ['UserInitiated', true],
      ['EssentialContainerExited', false],
    ]);
    expect(tasks[0]!.stoppedReason).toMatch(/^ecs-batch: start timeout: not RUNNING 60 seconds after it was started/);
    expect(titles().slice(seen)).toEqual(['⚠️ ecs-batch pol3: extract did not start (attempt 1 of 2)']);
  });
});

describe('spotFallback on the emulator', () => {
  it('a Spot interruption is retried on FARGATE, and the retry succeeds; an exit code on Spot stays on Spot', async () => {
    await deployed(
      'pol4',
      `  extract:
    schedule: cron(0 1 * * ? *)
    command: [extract]
    retries: 2
    capacityProviderStrategy: [{ capacityProvider: FARGATE_SPOT, weight: 1 }]
    spotFallback: FARGATE
    environment: { FAKE_SPOT_INTERRUPTED: 'yes' }
  load:
    schedule: cron(0 2 * * ? *)
    command: [load]
    retries: 1
    capacityProviderStrategy: [{ capacityProvider: FARGATE_SPOT, weight: 1 }]
    spotFallback: FARGATE
    environment: { FAKE_EXIT_CODE: '3' }
`,
      '[failed]',
    );
    const placed = (family: string) =>
      [...aws.fake.state.tasks.values()]
        .filter((t) => t.family.endsWith(family))
        .map((t) => [t.capacityProviderName, t.stopCode, t.containers[0]!.exitCode]);
    await aws.fake.fire({ schedule: 'pol4/pol4-extract' });
    await ended('pol4-extract');
    expect(executionsOf('pol4-extract')[0]!.status).toBe('SUCCEEDED');
    expect(placed('pol4-extract')).toEqual([
      ['FARGATE_SPOT', 'SpotInterruption', 143],
      ['FARGATE', 'EssentialContainerExited', 0],
    ]);
    await aws.fake.fire({ schedule: 'pol4/pol4-load' });
    await ended('pol4-load');
    expect(executionsOf('pol4-load')[0]).toMatchObject({ status: 'FAILED', error: 'ecs-batch.Failed' });
    expect(placed('pol4-load')).toEqual([
      ['FARGATE_SPOT', 'EssentialContainerExited', 3],
      ['FARGATE_SPOT', 'EssentialContainerExited', 3],
    ]);
  });
});

describe('missed and late runs on the emulator', () => {
  const WATCH = 'pol2-ecs-batch-watch';
  let deploy: () => Promise<unknown>;
  beforeAll(async () => {
    aws.fake.waits.hold = true;
    deploy = await deployed(
      'pol2',
      `  report:
    schedule: cron(0 1 * * ? *)
    command: [report]
    deadline: 45m
`,
      '[failed, not-started, missed, late]',
      'history: true\n',
    );
  });
  afterAll(() => {
    aws.fake.waits.hold = false;
    aws.fake.waits.release();
  });

  /** The watch fires with the job (the same expression and zone), then looks when released. */
  let lastDay = 0;
  async function day(opts: { jobRuns: boolean }) {
    // Scheduled times are whole seconds: each day is due in a second of its own, after every run of the last day began
    // (a fire that crosses a second boundary starts its run in the next second).
    await until(() => Math.floor(Date.now() / 1000) > lastDay);
    const due = Math.floor(Date.now() / 1000) * 1000;
    const watches = executionsOf(WATCH).length;
    const runs = executionsOf('pol2-report').length;
    // Both schedules are due at the same time, as AWS fires them.
    await aws.fake.fire({ schedule: 'pol2/pol2-ecs-batch-watch-report', due });
    if (opts.jobRuns) await aws.fake.fire({ schedule: 'pol2/pol2-report', due });
    lastDay = Math.floor(Date.now() / 1000);
    return { watches, runs };
  }
  const releaseWait = async (state: string) => {
    await until(() => aws.fake.waits.held().includes(state));
    aws.fake.waits.release((s) => s === state);
  };

  it('deploys a companion schedule on the job expression, and a repeat deploy writes nothing', async () => {
    const watch = aws.fake.state.schedules.get('pol2/pol2-ecs-batch-watch-report')!.body as {
      ScheduleExpression: string;
      Target: { Arn: string };
    };
    expect(watch.ScheduleExpression).toBe('cron(0 1 * * ? *)');
    expect(watch.Target.Arn).toMatch(/:stateMachine:pol2-ecs-batch-watch$/);
    aws.fake.calls.reset();
    await deploy();
    expect(aws.fake.calls.writes()).toEqual([]);
  });

  it('a normal day: the run starts and succeeds in time, nothing alerts, and the watch reads twice', async () => {
    const seen = titles().length;
    aws.fake.calls.reset();
    const { watches, runs } = await day({ jobRuns: true });
    await ended('pol2-report', runs + 1);
    await releaseWait('Wait for the start');
    await releaseWait('Wait for the deadline');
    await ended(WATCH, watches + 1);
    expect(executionsOf(WATCH).at(-1)!.status).toBe('SUCCEEDED');
    expect(titles().slice(seen)).toEqual([]);
    // What watching costs in calls: one ListExecutions at the start, one at the deadline, nothing else.
    const watchCalls = aws.fake.calls.entries
      .filter((c) => c.principal === 'state-machine' && c.service === 'states')
      .map((c) => c.operation);
    expect(watchCalls).toEqual(['ListExecutions', 'ListExecutions']);
  });

  it('a schedule disabled by hand (no run at all): exactly one missed alert', async () => {
    const seen = titles().length;
    const { watches } = await day({ jobRuns: false });
    await releaseWait('Wait for the start');
    await ended(WATCH, watches + 1);
    expect(titles().slice(seen)).toEqual([expect.stringMatching(/^❌ ecs-batch pol2: report missed its run of /)]);
  });

  it('a RunTask AWS refused: exactly one missed alert (from the run), and the watch stays quiet', async () => {
    const seen = titles().length;
    aws.fake.tasks.runTaskFailure = (request) =>
      String(request.group ?? '').endsWith(':pol2:report')
        ? { reason: 'Capacity is unavailable at this time' }
        : undefined;
    try {
      const { watches, runs } = await day({ jobRuns: true });
      await ended('pol2-report', runs + 1);
      expect(executionsOf('pol2-report').at(-1)).toMatchObject({ status: 'FAILED', error: 'ecs-batch.RunTaskRefused' });
      await releaseWait('Wait for the start');
      await releaseWait('Wait for the deadline');
      await ended(WATCH, watches + 1);
    } finally {
      delete aws.fake.tasks.runTaskFailure;
    }
    const added = titles().slice(seen);
    // The run's own alert, and the deadline's: it never succeeded. No "run FAILED" alert on top (the rule excludes it).
    expect(added.filter((t) => /missed/.test(t))).toEqual(['❌ ecs-batch pol2: report missed a run (RunTask refused)']);
    expect(added.filter((t) => /FAILED/.test(t))).toEqual([]);
  });

  it('a run still going at its deadline: exactly one late alert', async () => {
    const seen = titles().length;
    aws.fake.tasks.outcome = (task) => (task.family.endsWith('-report') ? { held: true } : undefined);
    try {
      const { watches, runs } = await day({ jobRuns: true });
      await until(() => executionsOf('pol2-report').length > runs);
      await releaseWait('Wait for the start');
      await releaseWait('Wait for the deadline');
      await ended(WATCH, watches + 1);
      expect(titles().slice(seen)).toEqual([
        expect.stringMatching(/^⏰ ecs-batch pol2: report has not succeeded by its deadline/),
      ]);
      aws.fake.release((t) => t.family?.endsWith('-report') ?? false);
      await ended('pol2-report', runs + 1);
    } finally {
      delete aws.fake.tasks.outcome;
    }
  });

  it('status shows the missed and the late run from the run history, each with when it was due', async () => {
    const manifest = (await loadManifest(manifests.get('pol2')!)).manifest!;
    const status = await jobStatus(aws.clients, manifest, Date.now());
    const runs = status.jobs.find((j) => j.job === 'report')!.lastRuns;
    // Newest first: the held run's late finding, the refused run's (it never succeeded), the disabled day's miss.
    expect(runs.filter((r) => r.result === 'missed' || r.result === 'late').map((r) => r.result)).toEqual([
      'late',
      'late',
      'missed',
    ]);
    expect(runs.map((r) => r.result)).toContain('succeeded');
    const missed = runs.find((r) => r.result === 'missed')!;
    expect(missed.scheduledTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    const text = renderStatusText(status);
    // The last run is the held one, which succeeded after its deadline; before it, the findings and the normal day.
    expect(text).toMatch(/succeeded \d{4}-\d\d-\d\d \d\d:\d\d UTC, \d+s +✓ ⏰ ⏰ ∅ ✓/);
  });
});
