/**
 * A step's failure policy (startTimeout, retryOn, noRetryExitCodes, spotFallback): valid ASL (asl-validator), and
 * executed by an ASL interpreter (aws-local-stepfunctions) against tasks that fail in each way ECS reports, with the
 * `.sync` error AWS raises (States.TaskFailed, the stopped task as its Cause).
 */
import { describe, expect, it } from '@jest/globals';
import { StateMachine } from 'aws-local-stepfunctions';
import aslValidator from 'asl-validator';
import { loadManifestText } from '../../src/load/load.ts';
import type { ResolvedManifest } from '../../src/manifest/types.ts';
import { chainDefinition, type AslDefinition } from '../../src/stepfunctions/asl.ts';
import { START_TIMEOUT_REASON } from '../../src/stepfunctions/attempts.ts';
import { chainManifest } from '../helpers/manifests.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';
const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/batch';

function manifest(jobs: string, on = '[failed, not-started, missed]'): ResolvedManifest {
  const text = chainManifest('etl', jobs).replace('jobs:\n', `alerts: { snsTopicArn: ${TOPIC}, on: ${on} }\njobs:\n`);
  const r = loadManifestText(text, 'ecs-batch.yml', { now: NOW });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.manifest!;
}

function definition(m: ResolvedManifest, root: string): AslDefinition {
  const chain = m.chains.find((c) => c.root === root)!;
  return chainDefinition(chain, new Map(m.jobs.map((j) => [j.name, j])), {
    prefix: m.prefix,
    clusterArn: CLUSTER,
    taskDefinitionOf: (j) => `arn:aws:ecs:us-east-1:123456789012:task-definition/etl-${j.name}:1`,
    groupOf: (j) => `ecs-batch-step:etl:${j.name}`,
    alerts: { topicArn: TOPIC, on: m.alerts!.on },
  });
}

/** The stopped task as a `.sync` TaskFailed's Cause carries it (DescribeTasks' task, PascalCase). */
function stopped(task: { StopCode: string; StoppedReason: string; exit?: number; container?: string }): never {
  const e = new Error(
    JSON.stringify({
      TaskArn: 'arn:aws:ecs:us-east-1:123456789012:task/batch/abc',
      LastStatus: 'STOPPED',
      StopCode: task.StopCode,
      StoppedReason: task.StoppedReason,
      Containers: [
        { Name: 'sidecar', ExitCode: 0 },
        { Name: task.container ?? 'extract', ...(task.exit !== undefined ? { ExitCode: task.exit } : {}) },
      ],
    }),
  );
  e.name = 'States.TaskFailed';
  throw e;
}

const exited = (code: number) =>
  stopped({ StopCode: 'EssentialContainerExited', StoppedReason: 'Essential container in task exited', exit: code });
const spot = () =>
  stopped({ StopCode: 'SpotInterruption', StoppedReason: 'Your Spot Task was interrupted.', exit: 143 });
const neverStarted = () =>
  stopped({ StopCode: 'TaskFailedToStart', StoppedReason: 'CannotPullContainerError: pull access denied' });
const refused = () => {
  const e = new Error('RunTask failures: [{"reason":"Capacity is unavailable at this time"}]');
  e.name = 'AmazonECS.Unknown';
  throw e;
};

interface Attempt {
  /** The RunTask parameters this attempt ran with. */
  parameters: Record<string, unknown>;
}

/**
 * Runs a definition: each attempt's task is `outcome(attempt)`; with a start watch, `status(attempt)` is what the
 * watch reads of the task, and the task fails only once the watch stopped it (hold and release, no timers).
 */
async function execute(
  def: AslDefinition,
  outcome: (attempt: number) => unknown,
  watch?: { status: (attempt: number) => string },
) {
  const attempts: Attempt[] = [];
  const published: Record<string, unknown>[] = [];
  const stops: string[] = [];
  const listed: string[] = [];
  let release: ((reason: string) => void) | undefined;
  const runTask = async (input: unknown) => {
    attempts.push({ parameters: input as Record<string, unknown> });
    const n = attempts.length;
    if (watch && watch.status(n) !== 'RUNNING') {
      // Held until the watch stops it: the task then fails with the watch's reason.
      const reason = await new Promise<string>((resolve) => (release = resolve));
      return stopped({ StopCode: 'UserInitiated', StoppedReason: reason });
    }
    return outcome(n);
  };
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  const states = (d: { States: Record<string, Record<string, unknown>> }): [string, Record<string, unknown>][] =>
    Object.entries(d.States).flatMap(([name, s]) => [
      [name, s] as [string, Record<string, unknown>],
      ...((s.Branches as (typeof d)[] | undefined) ?? []).flatMap(states),
    ]);
  const waits: Record<string, number> = {};
  for (const [name, s] of states(def as never)) {
    if (s.Type === 'Wait') waits[name] = 0;
    if (s.Type !== 'Task') continue;
    const resource = String(s.Resource);
    if (resource.startsWith('arn:aws:states:::ecs:runTask')) handlers[name] = runTask;
    else if (resource.endsWith(':listTasks'))
      handlers[name] = async (input) => {
        const { DesiredStatus } = input as { DesiredStatus: string };
        listed.push(DesiredStatus);
        return { TaskArns: DesiredStatus === 'RUNNING' ? [`task-${attempts.length}`] : [] };
      };
    else if (resource.endsWith(':describeTasks'))
      handlers[name] = async () => ({
        Tasks: [{ TaskArn: `task-${attempts.length}`, LastStatus: watch!.status(attempts.length) }],
      });
    else if (resource.endsWith(':stopTask'))
      handlers[name] = async (input) => {
        const { Task, Reason } = input as { Task: string; Reason: string };
        stops.push(Task);
        release?.(Reason);
        return {};
      };
    else if (resource === 'arn:aws:states:::sns:publish')
      handlers[name] = async (input) => {
        // Step Functions serializes an object Message; it must be one (the emulator's JsonToString is not JSON-safe).
        const { Message } = input as { Message: Record<string, unknown> };
        expect(typeof Message).toBe('object');
        published.push(JSON.parse(JSON.stringify(Message)) as Record<string, unknown>);
        return {};
      };
  }
  const machine = new StateMachine(def as never, { validationOptions: { checkArn: false } });
  const context = {
    StateMachine: { Id: 'arn:aws:states:us-east-1:123456789012:stateMachine:etl-extract', Name: 'etl-extract' },
    Execution: {
      Id: 'arn:aws:states:us-east-1:123456789012:execution:etl-extract:x',
      StartTime: '2026-11-28T12:00:05Z',
    },
  };
  const execution = machine.run(
    {},
    {
      context: context as never,
      overrides: { taskResourceLocalHandlers: handlers as never, waitTimeOverrides: waits },
    },
  );
  try {
    await execution.result;
    return { ok: true as const, attempts, published, stops, listed };
  } catch (error) {
    const e = error as { cause?: { name?: string; message?: string }; message: string; name: string };
    return {
      ok: false as const,
      attempts,
      published,
      stops,
      listed,
      error: e.cause?.name ?? e.name,
      message: e.message,
    };
  }
}

const title = (m: Record<string, unknown>) => (m.content as { title: string }).title;

describe('the failure policy', () => {
  const JOB = (extra: string) => `  extract:
    schedule: cron(0 1 * * ? *)
    command: [extract]
${extra}`;

  it('every form is valid Amazon States Language', () => {
    const m = manifest(
      JOB(`    retries: 3
    startTimeout: 10m
    timeout: 1h
    retryOn: [not-started, timeout]
    noRetryExitCodes: [2, 64]
    capacityProviderStrategy: [{ capacityProvider: FARGATE_SPOT, weight: 1 }]
    spotFallback: FARGATE
`),
    );
    const def = definition(m, 'extract');
    const result = aslValidator(def);
    expect(result.errors).toEqual([]);
    expect(result.isValid).toBe(true);
    for (const name of Object.keys(def.States)) expect(name.length).toBeLessThanOrEqual(80);
  });

  it('an exit code in noRetryExitCodes fails at once, with no retry, and the error names it', async () => {
    const m = manifest(JOB(`    retries: 3\n    noRetryExitCodes: [2, 64]\n`));
    const r = await execute(definition(m, 'extract'), (n) => (n === 1 ? exited(64) : undefined));
    expect(r.ok).toBe(false);
    expect(r.attempts).toHaveLength(1);
    expect(r).toMatchObject({ error: 'ecs-batch.NoRetryExitCode' });
  });

  it('another exit code is retried (retryOn defaults to not-started and failed), and then succeeds', async () => {
    const m = manifest(JOB(`    retries: 3\n    noRetryExitCodes: [2, 64]\n`));
    const r = await execute(definition(m, 'extract'), (n) => (n < 3 ? exited(1) : { ok: true }));
    expect(r.ok).toBe(true);
    expect(r.attempts).toHaveLength(3);
  });

  it('retryOn: [not-started] does not retry an exit code; it does retry a task that never started', async () => {
    const m = manifest(JOB(`    retries: 2\n    retryOn: [not-started]\n`));
    const failed = await execute(definition(m, 'extract'), () => exited(1));
    expect(failed).toMatchObject({ ok: false, error: 'ecs-batch.Failed' });
    expect(failed.attempts).toHaveLength(1);
    const started = await execute(definition(m, 'extract'), (n) => (n === 1 ? neverStarted() : { ok: true }));
    expect(started.ok).toBe(true);
    expect(started.attempts).toHaveLength(2);
    // A task that never started alerts at once (on: not-started), naming the attempt; its reason stays out of the text.
    expect(started.published.map(title)).toEqual(['⚠️ ecs-batch etl: extract did not start (attempt 1 of 3)']);
    expect(JSON.stringify(started.published[0]!.content)).not.toContain('CannotPullContainerError');
    expect(started.published[0]!.metadata).toMatchObject({
      additionalContext: { reason: 'CannotPullContainerError: pull access denied' },
    });
  });

  it('a Spot interruption is retried on spotFallback; the first attempt ran on the Spot strategy', async () => {
    const m = manifest(
      JOB(`    retries: 2
    retryOn: [not-started]
    capacityProviderStrategy: [{ capacityProvider: FARGATE_SPOT, weight: 1 }]
    spotFallback: FARGATE
`),
    );
    const r = await execute(definition(m, 'extract'), (n) => (n === 1 ? spot() : { ok: true }));
    expect(r.ok).toBe(true);
    expect(r.attempts.map((a) => a.parameters.CapacityProviderStrategy)).toEqual([
      [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }],
      [{ CapacityProvider: 'FARGATE', Weight: 1 }],
    ]);
  });

  it('an exit code on Spot is retried where it was (only interruptions and capacity errors move)', async () => {
    const m = manifest(
      JOB(`    retries: 1
    capacityProviderStrategy: [{ capacityProvider: FARGATE_SPOT, weight: 1 }]
    spotFallback: FARGATE
`),
    );
    const r = await execute(definition(m, 'extract'), (n) => (n === 1 ? exited(1) : { ok: true }));
    expect(r.attempts.map((a) => a.parameters.CapacityProviderStrategy)).toEqual([
      [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }],
      [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }],
    ]);
  });

  it('startTimeout: a task still PROVISIONING at the deadline is stopped, alerted once as not started, and retried', async () => {
    const m = manifest(JOB(`    retries: 1\n    startTimeout: 2m\n`));
    const r = await execute(definition(m, 'extract'), () => ({ ok: true }), {
      status: (n) => (n === 1 ? 'PROVISIONING' : 'RUNNING'),
    });
    expect(r.ok).toBe(true);
    expect(r.attempts).toHaveLength(2);
    expect(r.stops).toEqual(['task-1']);
    expect(r.published.map(title)).toEqual(['⚠️ ecs-batch etl: extract did not start (attempt 1 of 2)']);
    // Each attempt has its own StartedBy token, which the watch finds its task by.
    const tokens = r.attempts.map((a) => a.parameters.StartedBy);
    expect(new Set(tokens).size).toBe(2);
    for (const t of tokens) expect(String(t)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('startTimeout without retries: the stuck run fails as a start timeout', async () => {
    const m = manifest(JOB(`    startTimeout: 1m\n`));
    const r = await execute(definition(m, 'extract'), () => ({ ok: true }), { status: () => 'PENDING' });
    expect(r).toMatchObject({ ok: false, error: 'ecs-batch.StartTimeout' });
    expect(r.stops).toHaveLength(1);
    expect(r.published).toHaveLength(1);
  });

  it('startTimeout: a task that starts in time is never stopped', async () => {
    const m = manifest(JOB(`    startTimeout: 10m\n`));
    const r = await execute(definition(m, 'extract'), () => ({ ok: true }), { status: () => 'RUNNING' });
    expect(r.ok).toBe(true);
    expect(r.stops).toEqual([]);
    expect(r.published).toEqual([]);
  });

  it('a RunTask AWS refused, in a watched job, is one missed alert and a RunTaskRefused failure', async () => {
    const m = manifest(JOB(''));
    const r = await execute(definition(m, 'extract'), () => refused());
    expect(r).toMatchObject({ ok: false, error: 'ecs-batch.RunTaskRefused' });
    expect(r.published.map(title)).toEqual(['❌ ecs-batch etl: extract missed a run (RunTask refused)']);
  });

  it('the start timeout reason is what the watch stops a task with', () => {
    const m = manifest(JOB(`    startTimeout: 10m\n`));
    expect(JSON.stringify(definition(m, 'extract'))).toContain(`${START_TIMEOUT_REASON}: not RUNNING 600 seconds`);
  });
});
