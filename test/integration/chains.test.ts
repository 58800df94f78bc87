import { targetTaskDefinition } from '../../src/targets/ecs.ts';
/** Retries, timeouts, concurrency and chains, deployed and run on the emulator (executions really run). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeExecutionCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { deploymentReport } from '../../src/report/deployment.ts';
import { fakeAws, sleep, type FakeSetup } from '../helpers/aws.ts';
import { runAction, runCli, scratchDir } from '../helpers/processes.ts';
import { chainManifest } from '../helpers/manifests.ts';
import { joined } from '../helpers/pattern.ts';
import { commandsTheRunnerReads } from '../helpers/runner.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 10, runMs: 40, stopMs: 10 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const manifest = chainManifest;

const ETL = `  extract:
    schedule: cron(0 1 * * ? *)
    command: [extract]
    concurrency: forbid
  transform:
    after: extract
    command: [transform]
    retries: 2
    retryDelay: 1s
    timeout: 30m
  load:
    after: transform
    command: [load]
  sweep:
    schedule: rate(10 minutes)
    command: [sweep]
`;

async function setUp(project: string, jobs: string) {
  const dir = scratchDir({ 'ecs-batch.yml': manifest(project, jobs) });
  const file = join(dir, 'ecs-batch.yml');
  const image = aws.fake.seedImage('etl-batch', project).uri;
  const deploy = (extra: object = {}) =>
    release({ manifest: file, image, dryRun: false, prune: true, clients: aws.clients, ...extra });
  return { dir, file, image, deploy };
}

/** Waits (bounded by the test's timeout) until a condition holds: a wait on state, not a guess at time. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

/** Starts the state machine as its schedule would, and waits for the execution to end. */
async function fire(arn: string): Promise<{ status: string; order: string[] }> {
  const before = new Set(aws.fake.state.tasks.keys());
  const { executionArn } = await aws.clients.sfn.send(new StartExecutionCommand({ stateMachineArn: arn, input: '{}' }));
  for (let i = 0; i < 400; i++) {
    const e = await aws.clients.sfn.send(new DescribeExecutionCommand({ executionArn: executionArn! }));
    if (e.status !== 'RUNNING') {
      const order = [...aws.fake.state.tasks.values()]
        .filter((t) => !before.has(t.arn))
        .sort((a, b) => a.createdAt - b.createdAt)
        .map((t) => t.group!.split(':').at(-1)!);
      return { status: e.status!, order };
    }
    await sleep(25);
  }
  throw new Error('the execution did not end');
}

describe('a chain with retries, a timeout and concurrency: forbid', () => {
  it('deploys one state machine, its first job starts it, a repeat deploy writes nothing', async () => {
    const { deploy } = await setUp('etl1', ETL);
    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    // The summary links a schedule only for the jobs that have one (followers start with their chain).
    const links = deploymentReport(outcome, Date.now(), {}).jobs.map((j) => [j.job, Boolean(j.links.schedule)]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['extract', true],
        ['transform', false],
        ['load', false],
      ]),
    );
    const sm = aws.fake.state.stateMachines;
    const ours = [...sm.values()].filter((m) => m.name.startsWith('etl1-'));
    expect(ours.map((m) => m.name)).toEqual(['etl1-extract']);
    expect(ours[0]!.tags).toEqual([
      { key: 'ecs-batch:project', value: 'etl1' },
      { key: 'ecs-batch:applied', value: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
    const schedules = [...aws.fake.state.schedules.values()]
      .filter((s) => s.groupName === 'etl1')
      .map((s) => s.name)
      .sort();
    expect(schedules).toEqual(['etl1-extract', 'etl1-sweep']); // transform and load start with the chain
    const target = (
      aws.fake.state.schedules.get('etl1/etl1-extract')!.body as {
        Target: { Arn: string; EcsParameters?: unknown; Input?: string };
      }
    ).Target;
    // It starts the state machine with the time it was due (Scheduler fills its context attribute in).
    expect(target).toMatchObject({
      Arn: 'arn:aws:states:ap-northeast-1:123456789012:stateMachine:etl1-extract',
      Input: '{"scheduledTime":"<aws.scheduler.scheduled-time>"}',
    });
    expect(target.EcsParameters).toBeUndefined();
    aws.fake.calls.reset();
    expect((await deploy()).apply?.ok).toBe(true);
    expect(aws.fake.calls.writes()).toEqual([]);
  });

  it('runs in order; a step that fails twice is retried and the chain goes on; exhausted retries stop it', async () => {
    const { deploy } = await setUp('etl2', ETL);
    expect((await deploy()).apply?.ok).toBe(true);
    const arn = 'arn:aws:states:ap-northeast-1:123456789012:stateMachine:etl2-extract';
    aws.fake.tasks.outcome = undefined;
    expect(await fire(arn)).toEqual({ status: 'SUCCEEDED', order: ['extract', 'transform', 'load'] });

    let failures = 0;
    aws.fake.tasks.outcome = (t) =>
      t.family === 'etl2-transform' && failures++ < 2 ? { exitCode: 1 } : { exitCode: 0 };
    expect(await fire(arn)).toEqual({
      status: 'SUCCEEDED',
      order: ['extract', 'transform', 'transform', 'transform', 'load'],
    });

    aws.fake.tasks.outcome = (t) => (t.family === 'etl2-transform' ? { exitCode: 1 } : { exitCode: 0 });
    expect(await fire(arn)).toEqual({ status: 'FAILED', order: ['extract', 'transform', 'transform', 'transform'] });
    aws.fake.tasks.outcome = undefined;
  }, 20_000);

  it('forbid: while the previous run is still going, the next one skips without failing, and the run history keeps the skip', async () => {
    const { dir, deploy } = await setUp('etl3', ETL);
    writeFileSync(join(dir, 'ecs-batch.yml'), manifest('etl3', ETL).replace('jobs:\n', 'history: true\njobs:\n'));
    expect((await deploy()).apply?.ok).toBe(true);
    const rules = [...aws.fake.state.rules.values()]
      .filter((r) => r.name.startsWith('etl3-ecs-batch-'))
      .map((r) => r.name)
      .sort();
    expect(rules).toEqual(['etl3-ecs-batch-history', 'etl3-ecs-batch-history-skips']);
    const arn = 'arn:aws:states:ap-northeast-1:123456789012:stateMachine:etl3-extract';
    // The first run's task is held until the second has come and gone: no race with the machine's load.
    aws.fake.tasks.outcome = (t) => (t.family === 'etl3-extract' ? { exitCode: 0, held: true } : { exitCode: 0 });
    const slow = fire(arn);
    await until(() => [...aws.fake.state.tasks.values()].some((t) => t.family === 'etl3-extract'));
    const skipped = await fire(arn);
    expect(skipped).toEqual({ status: 'SUCCEEDED', order: [] });
    expect(aws.fake.release((t) => t.family === 'etl3-extract')).toBe(1);
    expect((await slow).status).toBe('SUCCEEDED');
    aws.fake.tasks.outcome = undefined;
    aws.fake.settle();

    const json = await runCli(['status', '--format', 'json'], aws.fake.env(), dir);
    expect(json.code).toBe(0);
    const extract = (
      JSON.parse(json.stdout) as { jobs: { job: string; lastRuns: { result: string; executionArn?: string }[] }[] }
    ).jobs.find((j) => j.job === 'extract')!;
    expect(extract.lastRuns.map((r) => r.result).sort()).toEqual(['skipped', 'succeeded']);
    expect(extract.lastRuns.find((r) => r.result === 'skipped')!.executionArn).toMatch(/:execution:etl3-extract:/);
    const text = await runCli(['status'], aws.fake.env(), dir);
    expect(text.stdout).toMatch(/extract .*(skipped \(the previous run was still going\)|succeeded).*(⏭ ✓|✓ ⏭)/);
    // Other jobs' runs are not counted as skips; a manifest without forbid gets no skip rule.
    expect(
      (JSON.parse(json.stdout) as { jobs: { job: string; lastRuns: { result: string }[] }[] }).jobs
        .filter((j) => j.job !== 'extract')
        .flatMap((j) => j.lastRuns.map((r) => r.result)),
    ).not.toContain('skipped');
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      manifest('etl3', ETL.replace('    concurrency: forbid\n', '')).replace('jobs:\n', 'history: true\njobs:\n'),
    );
    expect((await deploy()).apply?.ok).toBe(true);
    expect(
      [...aws.fake.state.rules.values()].filter((r) => r.name.startsWith('etl3-ecs-batch-')).map((r) => r.name),
    ).toEqual(['etl3-ecs-batch-history']);
  }, 20_000);

  it('removing the keys goes back to a direct schedule and prunes the state machine', async () => {
    const { file, deploy } = await setUp('etl4', ETL);
    expect((await deploy()).apply?.ok).toBe(true);
    writeFileSync(
      file,
      manifest(
        'etl4',
        `  extract:\n    schedule: cron(0 1 * * ? *)\n    command: [extract]\n  sweep:\n    schedule: ` +
          `rate(10 minutes)\n    command: [sweep]\n`,
      ),
    );
    const back = await deploy({ maxPrune: 2 });
    expect(back.apply?.ok).toBe(true);
    const sm = aws.fake.state.stateMachines;
    expect([...sm.values()].filter((m) => m.name.startsWith('etl4-'))).toEqual([]);
    const target = (
      aws.fake.state.schedules.get('etl4/etl4-extract')!.body as {
        Target: { Arn: string; EcsParameters?: { TaskDefinitionArn: string } };
      }
    ).Target;
    expect(target.Arn).toBe('arn:aws:scheduler:::aws-sdk:ecs:runTask');
    expect(targetTaskDefinition(target as never)).toMatch(/task-definition\/etl4-extract:\d+$/);
    // Switching converged in one deploy: the next one writes nothing.
    aws.fake.calls.reset();
    expect((await deploy()).apply?.ok).toBe(true);
    expect(aws.fake.calls.writes()).toEqual([]);
  });

  it('a plan shows the state machine as a field diff, and the chain in the job table', async () => {
    const { dir, file, image, deploy } = await setUp('etl5', ETL);
    expect((await deploy()).apply?.ok).toBe(true);
    writeFileSync(file, manifest('etl5', ETL.replace('    retries: 2\n', '    retries: 3\n')));
    const r = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^transform\s+update\s+after extract UTC/m);
    expect(r.stdout).toMatch(
      joined(
        /state machine definition\.States\.Run transform\.Retry\.0\.MaxAttempts: 2 → 3|/,
        /state machine definition\.States\.Run transform\.Retry:/,
      ),
    );
  });
});

describe('alerts for runs through a state machine', () => {
  it('a retried attempt pages nobody; a run that fails for good alerts once; every step is in the history', async () => {
    const topic = aws.fake.createTopic('etl-alerts');
    const withAlerts = manifest('etl7', ETL).replace(
      'jobs:\n',
      `alerts: { snsTopicArn: "${topic}" }\nhistory: true\njobs:\n`,
    );
    const dir = scratchDir({ 'ecs-batch.yml': withAlerts });
    const image = aws.fake.seedImage('etl-batch', 'etl7').uri;
    expect(
      (await release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients }))
        .apply?.ok,
    ).toBe(true);
    const arn = 'arn:aws:states:ap-northeast-1:123456789012:stateMachine:etl7-extract';
    let failures = 0;
    aws.fake.tasks.outcome = (t) =>
      t.family === 'etl7-transform' && failures++ < 1 ? { exitCode: 1 } : { exitCode: 0 };
    expect((await fire(arn)).status).toBe('SUCCEEDED');
    expect(aws.fake.state.topics.get(topic)!.messages).toEqual([]); // the failed attempt was retried
    aws.fake.tasks.outcome = (t) => (t.family === 'etl7-load' ? { exitCode: 9 } : { exitCode: 0 });
    expect((await fire(arn)).status).toBe('FAILED');
    aws.fake.tasks.outcome = undefined;
    const sent = aws.fake.state.topics
      .get(topic)!
      .messages.map((m) => JSON.parse(m.message) as { content: { title: string; description: string } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.content.title).toBe('❌ ecs-batch etl7: a run FAILED');
    expect(sent[0]!.content.description).toMatch(
      /\*Run\*: arn:aws:states:ap-northeast-1:123456789012:execution:etl7-extract:/,
    );
    const history = [...aws.fake.state.logGroups.get('/aws/events/ecs-batch/etl7')!.streams.values()].flatMap((s) =>
      s.events.map((e) => (JSON.parse(e.message) as { detail: { group: string } }).detail.group),
    );
    expect(history.filter((g) => g === 'ecs-batch-step:etl7:transform')).toHaveLength(3);
  }, 30_000);
});

describe('the run action for a chain job', () => {
  it('refuses a command it would drop, gives env to every step, and runs just the job with a command when only is set', async () => {
    const { dir, deploy } = await setUp('etl9', ETL);
    expect((await deploy()).apply?.ok).toBe(true);
    aws.fake.calls.reset();
    const refused = await runAction(
      'run',
      { job: 'load', command: 'load --date 2026-12-01' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/::error::job 'load' runs through a state machine .*set input 'only: true'/);
    expect(aws.fake.calls.entries.filter((c) => c.operation === 'StartExecution' || c.operation === 'RunTask')).toEqual(
      [],
    );
    // The whole chain's rerun for one date: every step sees it, and nothing else of a step changes.
    const whole = await runAction(
      'run',
      { job: 'load', env: 'RUN_DATE=2026-12-01\nDRY_RUN=1', timeout: '30s', 'poll-interval': '0.1' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(whole.code).toBe(0);
    const steps = [...aws.fake.state.tasks.values()].filter((t) => t.group?.startsWith('ecs-batch-step:etl9:'));
    expect(steps.map((t) => t.group!.split(':').at(-1)).sort()).toEqual(['extract', 'load', 'transform']);
    for (const t of steps) expect(t.environment).toMatchObject({ RUN_DATE: '2026-12-01', DRY_RUN: '1' });
    const only = await runAction(
      'run',
      { job: 'load', command: 'load --date 2026-12-01', only: 'true', timeout: '30s', 'poll-interval': '0.1' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(only.code).toBe(0);
    // A follower has no schedule of its own, and a chain's first job has one that starts the state machine.
    expect(only.stdout).toMatch(/job 'load' runs after transform and has no schedule of its own: using the manifest's/);
    const task = [...aws.fake.state.tasks.values()].find((t) => t.group === 'ecs-batch:etl9:load');
    expect(task?.overrides).toMatchObject({ containerOverrides: [{ command: ['load', '--date', '2026-12-01'] }] });
    const head = await runAction(
      'run',
      { job: 'extract', only: 'true', timeout: '30s', 'poll-interval': '0.1' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(head.stdout).toMatch(/the schedule etl9-extract starts the job's state machine; running just this job/);
    expect(head.stdout).not.toMatch(/no live schedule/);
  });
});

describe('ecs-batch run for a chain', () => {
  it('starts the chain from its first job and follows it: each step, its attempts and logs, the final result', async () => {
    const { dir, deploy } = await setUp('etl6', ETL);
    expect((await deploy()).apply?.ok).toBe(true);
    let failures = 0;
    aws.fake.tasks.outcome = (t) =>
      t.family === 'etl6-transform' && failures++ < 1
        ? { exitCode: 2, logLines: ['transform broke'] }
        : { exitCode: 0, logLines: [`${t.family} ok`, '::add-mask::from-a-container', '\u0085::error::nel'] };
    aws.fake.calls.reset();
    const r = await runCli(['run', 'load', '--poll', '0.1'], { ...aws.fake.env(), GITHUB_ACTIONS: 'true' }, dir);
    // In a GitHub job, every step's container logs are fenced: the runner reads no command from them.
    expect(commandsTheRunnerReads(r.stdout)).toEqual(['::stop-commands::']);
    expect(r.stdout).toMatch(/etl6-load ok/);
    aws.fake.tasks.outcome = undefined;
    expect(r.code).toBe(0);
    // Every call the run made is allowed by the run role's policy (`iam-policy --for run`).
    const policy = await runCli(['iam-policy', '--for', 'run', '--region', 'ap-northeast-1'], {}, dir);
    const allowed = new Set(
      (JSON.parse(policy.stdout) as { Statement: { Action: string[] }[] }).Statement.flatMap((st) => st.Action),
    );
    // The run role's own calls (the state machine's role makes the rest; iam-simulate.test.ts checks those).
    const made = [
      ...new Set(aws.fake.calls.entries.filter((e) => !e.principal).map((e) => `${e.service}:${e.operation}`)),
    ];
    expect(made.filter((c) => !allowed.has(c))).toEqual([]);
    expect(r.stderr).toMatch(/note: load runs in the chain that extract starts: running the whole chain/);
    expect(r.stderr).toMatch(
      joined(
        /▶ extract started[\s\S]*✓ extract succeeded[\s\S]*▶ transform started[\s\S]*/,
        /✗ transform failed with exit code 2[\s\S]*▶ transform \(attempt 2\) started[\s\S]*/,
        /✓ transform \(attempt 2\) succeeded[\s\S]*✓ load succeeded/,
      ),
    );
    expect(r.stdout).toMatch(/etl6-extract ok[\s\S]*transform broke[\s\S]*etl6-transform ok[\s\S]*etl6-load ok/);
    expect(r.stdout).toMatch(/ecs-batch run extract \(state machine etl6-extract\): ✅ succeeded/);

    aws.fake.tasks.outcome = () => ({ exitCode: 5 });
    const failed = await runCli(['run', 'extract', '--poll', '0.1', '--format', 'json'], aws.fake.env(), dir);
    aws.fake.tasks.outcome = undefined;
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toMatchObject({
      status: 'failed',
      steps: [{ job: 'extract', status: 'failed', exitCode: 5 }],
    });

    const only = await runCli(['run', 'transform', '--only', '--poll', '0.1'], aws.fake.env(), dir);
    expect(only.code).toBe(0);
    expect(only.stdout).toMatch(/ecs-batch run transform: ✅ succeeded/);
  }, 30_000);
});

describe('a chain on shared task definitions', () => {
  it('runs each step as its own job (command, task group) on the one family, and `run` follows every step', async () => {
    const { dir, file, image } = await setUp('etl8', ETL);
    const own = ETL.replace(
      'command: [transform]\n',
      'command: [transform]\n    environment: { STAGE: t, RUN_DATE: own }\n',
    );
    writeFileSync(file, manifest('etl8', own).replace('cluster: batch\n', 'cluster: batch\ntaskDefinitions: shared\n'));
    expect((await release({ manifest: file, image, dryRun: false, prune: true, clients: aws.clients })).apply?.ok).toBe(
      true,
    );
    let failures = 0;
    aws.fake.tasks.outcome = (t) =>
      t.command[0] === 'transform' && failures++ < 1
        ? { exitCode: 2, logLines: ['transform broke'] }
        : { exitCode: 0, logLines: [`${t.command[0]} ok`] };
    const r = await runCli(['run', 'load', '--poll', '0.1'], aws.fake.env(), dir);
    aws.fake.tasks.outcome = undefined;
    expect(r.stderr).toMatch(
      joined(
        /▶ extract started[\s\S]*✓ extract succeeded[\s\S]*✗ transform failed with exit code 2[\s\S]*/,
        /✓ transform \(attempt 2\) succeeded[\s\S]*✓ load succeeded/,
      ),
    );
    expect(r.stdout).toMatch(/extract ok[\s\S]*transform broke[\s\S]*transform ok[\s\S]*load ok/);
    expect(r.code).toBe(0);
    const steps = [...aws.fake.state.tasks.values()].filter((t) => t.group?.startsWith('ecs-batch-step:etl8:'));
    expect(new Set(steps.map((t) => t.family)).size).toBe(1);
    expect(
      steps.map((t) => [t.group!.split(':').at(-1), t.command[0]]).every(([job, command]) => job === command),
    ).toBe(true);
    expect(steps.find((t) => t.command[0] === 'transform')?.environment).toMatchObject({ STAGE: 't', RUN_DATE: 'own' });

    // --env for the whole chain: on top of each step's own environment (which lives in the overrides here).
    const before = new Set(aws.fake.state.tasks.keys());
    const rerun = await runCli(['run', 'load', '--env', 'RUN_DATE=2026-12-01', '--poll', '0.1'], aws.fake.env(), dir);
    expect(rerun.code).toBe(0);
    const rerunSteps = [...aws.fake.state.tasks.entries()].filter(([arn]) => !before.has(arn)).map(([, t]) => t);
    expect(rerunSteps.map((t) => [t.command[0], t.environment])).toEqual([
      ['extract', expect.objectContaining({ RUN_DATE: '2026-12-01' })],
      ['transform', expect.objectContaining({ STAGE: 't', RUN_DATE: '2026-12-01' })],
      ['load', expect.objectContaining({ RUN_DATE: '2026-12-01' })],
    ]);
    const transform = rerunSteps[1]!.overrides as { containerOverrides: { environment: unknown[] }[] };
    expect(transform.containerOverrides[0]!.environment).toEqual([
      { name: 'STAGE', value: 't' },
      { name: 'ECS_BATCH_SCHEDULED_TIME', value: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      { name: 'RUN_DATE', value: '2026-12-01' },
    ]);
    // --command still names one step.
    const refused = await runCli(['run', 'load', '--command', 'load --x'], aws.fake.env(), dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--command applies to one step; add --only .*--env alone applies to every step/);
  }, 30_000);
});

describe('validation', () => {
  it('names a cycle, an unknown job, schedule with after, and out-of-range values, on their lines', async () => {
    const dir = scratchDir({
      'ecs-batch.yml': manifest(
        'bad',
        `  a:\n    schedule: rate(1 hour)\n  b:\n    after: c\n  c:\n    after: b\n  d:\n    after: ` +
          `extrct\n  e:\n    schedule: rate(1 hour)\n    after: a\n` +
          `  f:\n    schedule: rate(1 hour)\n    retries: 11\n    timeout: 2weeks\n`,
      ).replace('  extrct', '  extrct'),
    });
    const r = await runCli(['validate'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /ecs-batch\.yml:\d+:\d+: error: jobs run after each other in a circle: (b → c → b|c → b → c)/,
    );
    expect(r.stdout).toMatch(/error: job 'd' runs after 'extrct', which is not a job/);
    expect(r.stdout).toMatch(/error: job 'e' runs after a: it has no schedule of its own; remove schedule/);
    expect(r.stdout).toMatch(/error: retries must be 0-10, not 11/);
    expect(r.stdout).toMatch(/error: timeout '2weeks' is not a duration/);
  });
});
