/** Generated Step Functions definitions: valid ASL (asl-validator), and executed by an ASL interpreter (aws-local-stepfunctions). */
import { describe, expect, it } from '@jest/globals';
import { StateMachine } from 'aws-local-stepfunctions';
import aslValidator from 'asl-validator';
import { loadManifestText } from '../../src/load/load.ts';
import type { ResolvedManifest } from '../../src/manifest/types.ts';
import {
  RUN_INPUT_STATE,
  chainDefinition,
  runInputDefaults,
  stepName,
  type AslDefinition,
} from '../../src/stepfunctions/asl.ts';
import { jobOverrides } from '../../src/taskdef/shared.ts';
import { chainManifest } from '../helpers/manifests.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');

function manifest(jobs: string): ResolvedManifest {
  const r = loadManifestText(chainManifest('etl', jobs), 'ecs-batch.yml', { now: NOW });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.manifest!;
}

function definition(m: ResolvedManifest, root: string): AslDefinition {
  const chain = m.chains.find((c) => c.root === root)!;
  return chainDefinition(chain, new Map(m.jobs.map((j) => [j.name, j])), {
    prefix: m.prefix,
    clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/batch',
    taskDefinitionOf: (j) => `arn:aws:ecs:us-east-1:123456789012:task-definition/etl-${j.name}:1`,
    groupOf: (j) => `ecs-batch-sfn:etl:${j.name}`,
  });
}

const CONTEXT = {
  StateMachine: { Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:etl-extract', Name: 'etl-extract' },
  Execution: {
    Id: 'arn:aws:states:us-east-1:123456789012:execution:etl-extract:this',
    StartTime: '2026-11-28T12:00:05.123Z',
  },
};

/** Runs a definition with each ECS step handled by `task(job, attempt)`; returns the order tasks ran in and the outcome. */
async function execute(
  def: AslDefinition,
  task: (job: string, attempt: number) => Promise<unknown> | unknown,
  running = 1,
) {
  const ran: string[] = [];
  const attempts = new Map<string, number>();
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {
    'Look for a previous run': async () => ({
      Executions: Array.from({ length: running }, (_, i) => ({
        ExecutionArn: i === 0 ? CONTEXT.Execution.Id : `arn:other:${i}`,
      })),
    }),
    'Stop it': async (input) => {
      ran.push(`stop ${(input as { ExecutionArn: string }).ExecutionArn}`);
      return {};
    },
  };
  const names = JSON.stringify(def)
    .match(/"Run [^"]+"/g)!
    .map((s) => JSON.parse(s) as string);
  for (const name of new Set(names)) {
    const job = name.slice(4);
    handlers[name] = async () => {
      const n = (attempts.get(job) ?? 0) + 1;
      attempts.set(job, n);
      ran.push(job);
      return task(job, n);
    };
  }
  const retryIntervalOverrides = Object.fromEntries([...new Set(names)].map((n) => [n, 0]));
  const machine = new StateMachine(def as never, { validationOptions: { checkArn: false } });
  try {
    const output = await machine.run(
      {},
      {
        context: CONTEXT as never,
        overrides: { taskResourceLocalHandlers: handlers as never, retryIntervalOverrides },
      },
    ).result;
    return { ran, ok: true as const, output };
  } catch (error) {
    return { ran, ok: false as const, error: String((error as Error).message) };
  }
}

const failed = () => {
  const e = new Error('Essential container in task exited (exit code 1)');
  e.name = 'States.TaskFailed';
  throw e;
};

const CHAIN = `  extract:
    schedule: cron(0 1 * * ? *)
    command: [extract]
  transform:
    after: extract
    command: [transform]
    retries: 2
  load:
    after: transform
    command: [load]
`;

describe('generated definitions', () => {
  it('are valid Amazon States Language', () => {
    const m = manifest(
      CHAIN +
        `  solo:\n    schedule: rate(10 minutes)\n    timeout: 30m\n    concurrency: forbid\n  swap:\n ` +
        `   schedule: rate(1 hour)\n    concurrency: replace\n`,
    );
    expect(m.chains.map((c) => [c.root, c.waves])).toEqual([
      ['extract', [['extract'], ['transform'], ['load']]],
      ['solo', [['solo']]],
      ['swap', [['swap']]],
    ]);
    for (const chain of m.chains) {
      const result = aslValidator(definition(m, chain.root));
      expect([chain.root, result.errors]).toEqual([chain.root, []]);
    }
    const step = definition(m, 'extract').States[stepName('transform')]!;
    expect(step).toMatchObject({
      Resource: 'arn:aws:states:::ecs:runTask.sync',
      Parameters: {
        Cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/batch',
        TaskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/etl-transform:1',
        Group: 'ecs-batch-sfn:etl:transform',
        LaunchType: 'FARGATE',
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0a1b'], AssignPublicIp: 'DISABLED' } },
      },
      Retry: [{ ErrorEquals: ['States.TaskFailed'], IntervalSeconds: 60, MaxAttempts: 2, BackoffRate: 2 }],
      Next: stepName('load'),
    });
    expect(definition(m, 'solo').States[stepName('solo')]).toMatchObject({ TimeoutSeconds: 1800, End: true });
  });
});

describe('executions', () => {
  const m = manifest(CHAIN);
  const def = definition(m, 'extract');

  it('a chain runs in order', async () => {
    expect(await execute(def, () => ({}))).toMatchObject({ ok: true, ran: ['extract', 'transform', 'load'] });
  });

  it('a job that fails twice then succeeds is retried, and the chain goes on', async () => {
    const r = await execute(def, (job, attempt) => (job === 'transform' && attempt < 3 ? failed() : {}));
    expect(r).toMatchObject({ ok: true, ran: ['extract', 'transform', 'transform', 'transform', 'load'] });
  });

  it('exhausted retries fail the run, and later steps never start', async () => {
    const r = await execute(def, (job) => (job === 'transform' ? failed() : {}));
    expect(r.ok).toBe(false);
    expect(r.ran).toEqual(['extract', 'transform', 'transform', 'transform']);
  });

  it('a failed step without retries stops the chain at once', async () => {
    const r = await execute(def, (job) => (job === 'extract' ? failed() : {}));
    expect(r).toMatchObject({ ok: false, ran: ['extract'] });
  });

  it('a run past its timeout fails', async () => {
    const t = manifest(`  slow:\n    schedule: rate(1 hour)\n    timeout: 10s\n`);
    const r = await execute(definition(t, 'slow'), () => new Promise((resolve) => setTimeout(resolve, 11_000)));
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/States\.Timeout/);
  }, 20_000);

  it('forbid: a busy previous run makes this one skip, without failing; replace stops it first', async () => {
    const f = manifest(`  sweep:\n    schedule: rate(10 minutes)\n    concurrency: forbid\n`);
    expect(await execute(definition(f, 'sweep'), () => ({}), 2)).toMatchObject({ ok: true, ran: [] });
    expect(await execute(definition(f, 'sweep'), () => ({}), 1)).toMatchObject({ ok: true, ran: ['sweep'] });
    const r = manifest(`  sweep:\n    schedule: rate(10 minutes)\n    concurrency: replace\n`);
    expect(await execute(definition(r, 'sweep'), () => ({}), 2)).toMatchObject({
      ok: true,
      ran: ['stop arn:other:1', 'sweep'],
    });
  });

  it('fan-out runs in parallel; fan-in waits for all; a failed branch stops what follows', async () => {
    const fan = manifest(
      `  a:\n    schedule: cron(0 1 * * ? *)\n  b:\n    after: a\n  c:\n    after: a\n  d:\n    after: [b, c]\n`,
    );
    expect(fan.chains[0]!.waves).toEqual([['a'], ['b', 'c'], ['d']]);
    const fd = definition(fan, 'a');
    const ok = await execute(
      fd,
      (job) => new Promise((resolve) => setTimeout(() => resolve({}), job === 'b' ? 50 : 5)),
    );
    expect(ok.ok).toBe(true);
    expect(ok.ran[0]).toBe('a');
    expect(ok.ran.slice(1, 3).sort()).toEqual(['b', 'c']);
    expect(ok.ran[3]).toBe('d');
    const bad = await execute(fd, (job) => (job === 'c' ? failed() : {}));
    expect(bad.ok).toBe(false);
    expect(bad.ran).not.toContain('d');
  });
});

describe('the run input', () => {
  const m = manifest(CHAIN.replace('command: [transform]\n', 'command: [transform]\n    environment: { STAGE: t }\n'));
  const chain = m.chains.find((c) => c.root === 'extract')!;
  const jobs = new Map(m.jobs.map((j) => [j.name, j]));
  // Shared task definitions: each step's own environment rides in the overrides, so it is the step's default.
  const shared = chainDefinition(chain, jobs, {
    prefix: m.prefix,
    clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/batch',
    taskDefinitionOf: () => 'arn:aws:ecs:us-east-1:123456789012:task-definition/etl-shared',
    groupOf: (j) => `ecs-batch-sfn:etl:${j.name}`,
    overridesOf: jobOverrides,
  });

  /** Each step's container overrides, as the ECS call receives them. */
  async function overridesSent(def: AslDefinition, input: unknown) {
    const sent: Record<string, unknown> = {};
    const handlers = Object.fromEntries(
      ['extract', 'transform', 'load'].map((job) => [
        stepName(job),
        async (params: { Overrides: { ContainerOverrides: unknown[] } }) => {
          sent[job] = params.Overrides.ContainerOverrides;
          return {};
        },
      ]),
    );
    const machine = new StateMachine(def as never, { validationOptions: { checkArn: false } });
    await machine.run(input as never, {
      context: CONTEXT as never,
      overrides: { taskResourceLocalHandlers: handlers as never },
    }).result;
    return sent;
  }

  const T = 'ECS_BATCH_SCHEDULED_TIME';
  // When the execution started: the interpreter gives every execution its own start time.
  const started = { Name: T, Value: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/) };

  it('is valid ASL, and its defaults are what each step runs with: its own and the scheduled time', async () => {
    expect(aslValidator(shared).errors).toEqual([]);
    const at = { Name: T, Value: '2026-12-01T03:00:00Z' };
    expect(runInputDefaults(shared, at.Value)).toEqual({
      env: { extract: [at], transform: [{ Name: 'STAGE', Value: 't' }, at], load: [at] },
    });
    // Started without an input (by hand in the console): the scheduled time is when the execution started.
    expect(await overridesSent(shared, {})).toEqual({
      extract: [{ Name: 'extract', Command: ['extract'], Environment: [started] }],
      transform: [{ Name: 'transform', Command: ['transform'], Environment: [{ Name: 'STAGE', Value: 't' }, started] }],
      load: [{ Name: 'load', Command: ['load'], Environment: [started] }],
    });
    // Started by its schedule: the time the schedule was due, in every step.
    const due = await overridesSent(shared, { scheduledTime: '2026-12-01T03:00:00Z' });
    expect(due.load).toEqual([{ Name: 'load', Command: ['load'], Environment: [at] }]);
    expect(due.transform).toEqual([
      { Name: 'transform', Command: ['transform'], Environment: [{ Name: 'STAGE', Value: 't' }, at] },
    ]);
  });

  it("a run's env lists replace the defaults step by step; the command stays each step's own", async () => {
    const date = [{ Name: 'RUN_DATE', Value: '2026-12-01' }];
    const sent = await overridesSent(shared, {
      env: { extract: date, transform: [{ Name: 'STAGE', Value: 't' }, ...date], load: date },
    });
    expect(sent.transform).toEqual([
      { Name: 'transform', Command: ['transform'], Environment: [{ Name: 'STAGE', Value: 't' }, ...date] },
    ]);
    expect(sent.load).toEqual([{ Name: 'load', Command: ['load'], Environment: date }]);
  });

  it('per-job task definitions: the default environment is the scheduled time only, no command override', async () => {
    const perJob = definition(m, 'extract');
    const at = { Name: T, Value: '2026-12-01T03:00:00Z' };
    expect(runInputDefaults(perJob, at.Value)).toEqual({ env: { extract: [at], transform: [at], load: [at] } });
    expect((await overridesSent(perJob, {})).transform).toEqual([{ Name: 'transform', Environment: [started] }]);
    // A definition from before the run input has no defaults to read.
    const { [RUN_INPUT_STATE]: _gone, ...states } = perJob.States;
    expect(runInputDefaults({ ...perJob, States: states }, at.Value)).toBeUndefined();
  });
});
