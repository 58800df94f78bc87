/**
 * AWS Step Functions (awsJson1_0): state machines (definitions checked with asl-validator, as AWS
 * refuses an invalid one), tags, and executions. An execution really runs: the ASL interpreter
 * aws-local-stepfunctions walks the definition, its `ecs:runTask.sync` steps start tasks on this
 * emulator's ECS and wait for them (a container that exits non-zero fails the step with
 * States.TaskFailed), and its `aws-sdk:sfn:listExecutions` / `stopExecution` steps see this
 * emulator's executions. Execution status changes are published on the event bus.
 */
import { randomUUID } from 'node:crypto';
import aslValidator from 'asl-validator';
import { StateMachine } from 'aws-local-stepfunctions';
import { publish } from '../bus.ts';
import { epochSeconds, list, str, type Operations, type ServiceContext } from '../context.ts';
import { AwsError, required } from '../errors.ts';
import { paginate } from '../paging.ts';
import type { ExecutionRecord, Json, StateMachineRecord } from '../state.ts';
import { ecs } from './ecs.ts';
import { sns } from './sns.ts';

const invalid = (code: string, message: string) => new AwsError(code, message, 400);
const NAME = /^[A-Za-z0-9_-]{1,80}$/;

const machines = (ctx: ServiceContext) => ctx.state.stateMachines;
const executions = (ctx: ServiceContext) => ctx.state.executions;

function machine(ctx: ServiceContext, arn: unknown): StateMachineRecord {
  const found = machines(ctx).get(String(arn));
  if (!found) throw new AwsError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(arn)}'`, 400);
  return found;
}

function checkDefinition(definition: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(definition);
  } catch {
    throw invalid('InvalidDefinition', 'Invalid State Machine Definition: the definition is not valid JSON');
  }
  const result = aslValidator(parsed);
  if (!result.isValid)
    throw invalid(
      'InvalidDefinition',
      `Invalid State Machine Definition: ${JSON.stringify(result.errors).slice(0, 500)}`,
    );
}

const lower = (k: string) => k.charAt(0).toLowerCase() + k.slice(1);
const upper = (k: string) => k.charAt(0).toUpperCase() + k.slice(1);
/** An ECS answer as Step Functions hands it on (PascalCase keys, as in a `.sync` error's Cause). */
function pascal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascal);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [upper(k), pascal(v)]));
  return value;
}
/** Step Functions' PascalCase RunTask parameters, as the ECS API spells them. */
function camel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camel);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k === 'EnableECSManagedTags' ? 'enableECSManagedTags' : lower(k),
        camel(v),
      ]),
    );
  return value;
}

function statusEvent(ctx: ServiceContext, e: ExecutionRecord): void {
  const at = e.stoppedAt ?? e.startedAt;
  publish(
    ctx.state,
    {
      version: '0',
      id: randomUUID(),
      'detail-type': 'Step Functions Execution Status Change',
      source: 'aws.states',
      account: ctx.state.accountId,
      time: new Date(at).toISOString(),
      region: ctx.state.region,
      resources: [e.arn],
      detail: {
        executionArn: e.arn,
        stateMachineArn: e.stateMachineArn,
        name: e.name,
        status: e.status,
        startDate: e.startedAt,
        stopDate: e.stoppedAt ?? null,
        input: e.input,
        output: e.output ?? null,
        error: e.error ?? null,
        cause: e.cause ?? null,
      },
    },
    at,
  );
}

/** The ECS SDK integrations a state machine calls (a start watch), by resource. */
const ECS_SDK: Record<string, 'ListTasks' | 'DescribeTasks' | 'StopTask'> = {
  'arn:aws:states:::aws-sdk:ecs:listTasks': 'ListTasks',
  'arn:aws:states:::aws-sdk:ecs:describeTasks': 'DescribeTasks',
  'arn:aws:states:::aws-sdk:ecs:stopTask': 'StopTask',
};

/** Every Task state of a definition (branches and map processors included), by name and resource. */
function taskStates(definition: Json, out: [string, string][] = []): [string, string][] {
  for (const [name, st] of Object.entries((definition.States ?? {}) as Record<string, Json>)) {
    if (st.Type === 'Task') out.push([name, String(st.Resource)]);
    for (const branch of list(st.Branches)) taskStates(branch, out);
    if (st.ItemProcessor) taskStates(st.ItemProcessor as Json, out);
    if (st.Iterator) taskStates(st.Iterator as Json, out);
  }
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts a task on the emulator's ECS and waits for it to stop, as `.sync` does. */
async function runTaskSync(ctx: ServiceContext, execution: ExecutionRecord, parameters: Json): Promise<Json> {
  const request = camel(parameters) as Json;
  ctx.serviceCall?.('state-machine', 'ecs', 'RunTask', request);
  const out = (await ecs.RunTask!(request, ctx)) as Json;
  const task = list(out.tasks)[0];
  // AWS: "if a non-empty Failures field is encountered, the task is failed with an AmazonECS.Unknown error".
  if (!task) throw Object.assign(new Error(JSON.stringify(pascal(out.failures))), { name: 'AmazonECS.Unknown' });
  const arn = String(task.taskArn);
  execution.tasks.push(arn);
  for (;;) {
    ctx.tasks.advance(ctx.state, ctx.now());
    const record = ctx.state.tasks.get(arn)!;
    if (execution.status !== 'RUNNING' && record.desiredStatus !== 'STOPPED') {
      ctx.serviceCall?.('state-machine', 'ecs', 'StopTask', { cluster: record.clusterArn, task: arn });
      record.desiredStatus = 'STOPPED';
      record.stoppingAt = ctx.now() + ctx.tasks.timing.stopMs;
      record.stopCode = 'UserInitiated';
      record.stoppedReason = `Execution ${execution.status.toLowerCase()}`;
    }
    if (record.lastStatus === 'STOPPED') {
      const exit = record.containers[0]?.exitCode;
      if (record.stopCode === 'TaskFailedToStart' || exit === undefined || exit !== 0) {
        // The Cause is the stopped task, as DescribeTasks shows it.
        const described = list((await ecs.DescribeTasks!({ cluster: record.clusterArn, tasks: [arn] }, ctx)).tasks)[0];
        throw Object.assign(new Error(JSON.stringify(pascal(described))), { name: 'States.TaskFailed' });
      }
      return {
        TaskArn: arn,
        LastStatus: 'STOPPED',
        StopCode: record.stopCode ?? null,
        Containers: record.containers.map((c) => ({ Name: c.name, ExitCode: c.exitCode ?? null })),
      };
    }
    await sleep(20);
  }
}

function finish(
  ctx: ServiceContext,
  e: ExecutionRecord,
  status: ExecutionRecord['status'],
  extra: Partial<ExecutionRecord>,
): void {
  if (e.status !== 'RUNNING') return;
  Object.assign(e, { status, stoppedAt: ctx.now(), ...extra });
  statusEvent(ctx, e);
}

/** The emulator's stand-in for a Wait state: a Task the WaitGate passes (or holds), the input passed on. */
const WAIT_RESOURCE = 'arn:aws:states:::ecs-batch-emulator:wait';

/** Every Wait state as a WAIT_RESOURCE task, so a test decides when it ends (branches and map processors too). */
function gatedWaits(definition: Json): Json {
  const states: Record<string, Json> = {};
  for (const [name, st] of Object.entries((definition.States ?? {}) as Record<string, Json>)) {
    let state = st;
    if (st.Type === 'Wait') {
      const { Seconds: _s, SecondsPath: _sp, Timestamp: _t, TimestampPath: _tp, Type: _type, ...rest } = st;
      state = { ...rest, Type: 'Task', Resource: WAIT_RESOURCE, ResultPath: null };
    }
    if (Array.isArray(st.Branches)) state = { ...state, Branches: (st.Branches as Json[]).map(gatedWaits) };
    if (st.ItemProcessor) state = { ...state, ItemProcessor: gatedWaits(st.ItemProcessor as Json) };
    states[name] = state;
  }
  return { ...definition, States: states };
}

function start(ctx: ServiceContext, m: StateMachineRecord, e: ExecutionRecord): void {
  const definition = gatedWaits(JSON.parse(m.definition) as Json);
  const handlers: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, resource] of taskStates(definition)) {
    if (resource === WAIT_RESOURCE)
      handlers[name] = async () => {
        await ctx.waits.enter(name);
        // Time passes in a Wait: this run's tasks that start by themselves have started (or failed to) by its end.
        for (;;) {
          ctx.tasks.advance(ctx.state, ctx.now());
          const starting = e.tasks.some((arn) => {
            const t = ctx.state.tasks.get(arn);
            return t?.lastStatus === 'PROVISIONING' && t.desiredStatus !== 'STOPPED' && t.plan.runningAt !== Infinity;
          });
          if (!starting || e.status !== 'RUNNING') return {};
          await sleep(5);
        }
      };
    else if (resource.startsWith('arn:aws:states:::ecs:runTask'))
      handlers[name] = (input) => runTaskSync(ctx, e, input as Json);
    else if (ECS_SDK[resource])
      handlers[name] = async (input) => {
        const operation = ECS_SDK[resource]!;
        const request = camel(input) as Json;
        ctx.serviceCall?.('state-machine', 'ecs', operation, request);
        ctx.tasks.advance(ctx.state, ctx.now());
        return pascal(await ecs[operation]!(request, ctx));
      };
    else if (resource === 'arn:aws:states:::sns:publish')
      handlers[name] = async (input) => {
        const p = input as Json;
        // An object Message goes out as its JSON.
        const request = {
          TopicArn: p.TopicArn,
          Message: typeof p.Message === 'string' ? p.Message : JSON.stringify(p.Message),
        };
        ctx.serviceCall?.('state-machine', 'sns', 'Publish', request);
        return pascal(await sns.Publish!(request, ctx));
      };
    else if (resource === 'arn:aws:states:::aws-sdk:sfn:listExecutions')
      handlers[name] = async (input) => {
        const p = input as Json;
        ctx.serviceCall?.('state-machine', 'states', 'ListExecutions', { stateMachineArn: p.StateMachineArn });
        const found = [...executions(ctx).values()]
          .filter((x) => x.stateMachineArn === p.StateMachineArn && (!p.StatusFilter || x.status === p.StatusFilter))
          .sort((a, b) => b.startedAt - a.startedAt)
          .slice(0, typeof p.MaxResults === 'number' && p.MaxResults > 0 ? p.MaxResults : undefined);
        return {
          Executions: found.map((x) => ({
            ExecutionArn: x.arn,
            StateMachineArn: x.stateMachineArn,
            Name: x.name,
            Status: x.status,
            StartDate: new Date(x.startedAt).toISOString(),
          })),
        };
      };
    else if (resource === 'arn:aws:states:::aws-sdk:sfn:stopExecution')
      handlers[name] = async (input) => {
        ctx.serviceCall?.('state-machine', 'states', 'StopExecution', { executionArn: (input as Json).ExecutionArn });
        const target = executions(ctx).get(String((input as Json).ExecutionArn));
        if (target) {
          finish(ctx, target, 'ABORTED', { cause: str((input as Json).Cause) ?? '' });
          target.abort?.();
        }
        return {};
      };
  }
  const run = new StateMachine(definition as never, { validationOptions: { checkArn: false } }).run(
    JSON.parse(e.input) as never,
    {
      context: {
        StateMachine: { Id: m.arn, Name: m.name },
        Execution: { Id: e.arn, Name: e.name, StartTime: new Date(e.startedAt).toISOString() },
      } as never,
      overrides: { taskResourceLocalHandlers: handlers as never },
      noThrowOnAbort: true,
    },
  );
  e.abort = run.abort;
  run.result.then(
    (output) => finish(ctx, e, 'SUCCEEDED', { output: JSON.stringify(output ?? null) }),
    (error: Error & { cause?: unknown }) => {
      // The interpreter's ExecutionError carries the state's error (its name) and cause (its message).
      const failure = error.cause instanceof Error ? error.cause : error;
      const text = String(failure.message);
      const name = /^[\w.-]+$/.test(failure.name) && failure.name !== 'Error' ? failure.name : undefined;
      const errorName = name ?? /States\.(\w+)/.exec(text)?.[0] ?? 'States.TaskFailed';
      finish(ctx, e, errorName === 'States.Timeout' ? 'TIMED_OUT' : 'FAILED', { error: errorName, cause: text });
    },
  );
}

const describeExecution = (e: ExecutionRecord) => ({
  executionArn: e.arn,
  stateMachineArn: e.stateMachineArn,
  name: e.name,
  status: e.status,
  startDate: epochSeconds(e.startedAt),
  ...(e.stoppedAt !== undefined ? { stopDate: epochSeconds(e.stoppedAt) } : {}),
  input: e.input,
  ...(e.output !== undefined ? { output: e.output } : {}),
  ...(e.error ? { error: e.error } : {}),
  ...(e.cause ? { cause: e.cause } : {}),
});

export const sfn: Operations = {
  CreateStateMachine(input, ctx) {
    const name = required(str(input.name), 'name');
    if (!NAME.test(name)) throw invalid('InvalidName', `Invalid Name: '${name}'`);
    const definition = required(str(input.definition), 'definition');
    checkDefinition(definition);
    const roleArn = required(str(input.roleArn), 'roleArn');
    if (!/^arn:aws[a-z-]*:iam::\d{12}:role\//.test(roleArn)) throw invalid('InvalidArn', `Invalid Arn: '${roleArn}'`);
    const arn = ctx.state.arn('states', `stateMachine:${name}`);
    if (machines(ctx).has(arn))
      throw new AwsError('StateMachineAlreadyExists', `State Machine Already Exists: '${arn}'`, 400);
    machines(ctx).set(arn, {
      name,
      arn,
      definition,
      roleArn,
      type: str(input.type) ?? 'STANDARD',
      createdAt: ctx.now(),
      tags: list<{ key: string; value: string }>(input.tags).map((t) => ({ key: t.key, value: t.value })),
    });
    return { stateMachineArn: arn, creationDate: epochSeconds(ctx.now()) };
  },

  UpdateStateMachine(input, ctx) {
    const m = machine(ctx, input.stateMachineArn);
    if (str(input.definition) !== undefined) {
      checkDefinition(String(input.definition));
      m.definition = String(input.definition);
    }
    if (str(input.roleArn) !== undefined) m.roleArn = String(input.roleArn);
    return { updateDate: epochSeconds(ctx.now()) };
  },

  DescribeStateMachine(input, ctx) {
    const m = machine(ctx, input.stateMachineArn);
    return {
      stateMachineArn: m.arn,
      name: m.name,
      status: 'ACTIVE',
      definition: m.definition,
      roleArn: m.roleArn,
      type: m.type,
      creationDate: epochSeconds(m.createdAt),
    };
  },

  ListStateMachines(input, ctx) {
    const all = [...machines(ctx).values()].sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(all, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 1000,
      cap: ctx.pageCap,
    });
    return {
      stateMachines: page.map((m) => ({
        stateMachineArn: m.arn,
        name: m.name,
        type: m.type,
        creationDate: epochSeconds(m.createdAt),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  },

  DeleteStateMachine(input, ctx) {
    machines(ctx).delete(String(input.stateMachineArn));
    return {};
  },

  ListTagsForResource(input, ctx) {
    return { tags: machine(ctx, input.resourceArn).tags.map((t) => ({ key: t.key, value: t.value })) };
  },

  TagResource(input, ctx) {
    const m = machine(ctx, input.resourceArn);
    const merged = new Map(m.tags.map((t) => [t.key, t.value]));
    for (const t of list<{ key: string; value: string }>(input.tags)) merged.set(t.key, t.value);
    m.tags = [...merged].map(([key, value]) => ({ key, value }));
    return {};
  },

  StartExecution(input, ctx) {
    const m = machine(ctx, input.stateMachineArn);
    const name = str(input.name) ?? randomUUID();
    const arn = ctx.state.arn('states', `execution:${m.name}:${name}`);
    if (executions(ctx).has(arn))
      throw new AwsError('ExecutionAlreadyExists', `Execution Already Exists: '${arn}'`, 400);
    const e: ExecutionRecord = {
      arn,
      name,
      stateMachineArn: m.arn,
      status: 'RUNNING',
      startedAt: ctx.now(),
      input: str(input.input) ?? '{}',
      tasks: [],
    };
    executions(ctx).set(arn, e);
    statusEvent(ctx, e);
    start(ctx, m, e);
    return { executionArn: arn, startDate: epochSeconds(e.startedAt) };
  },

  DescribeExecution(input, ctx) {
    const e = executions(ctx).get(String(input.executionArn));
    if (!e)
      throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(input.executionArn)}'`, 400);
    return describeExecution(e);
  },

  ListExecutions(input, ctx) {
    const found = [...executions(ctx).values()]
      .filter(
        (e) => e.stateMachineArn === input.stateMachineArn && (!input.statusFilter || e.status === input.statusFilter),
      )
      .sort((a, b) => b.startedAt - a.startedAt);
    const { page, nextToken } = paginate(found, {
      token: input.nextToken,
      requested: input.maxResults,
      max: 1000,
      cap: ctx.pageCap,
    });
    return {
      executions: page.map((e) => ({
        executionArn: e.arn,
        stateMachineArn: e.stateMachineArn,
        name: e.name,
        status: e.status,
        startDate: epochSeconds(e.startedAt),
        ...(e.stoppedAt ? { stopDate: epochSeconds(e.stoppedAt) } : {}),
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  },

  StopExecution(input, ctx) {
    const e = executions(ctx).get(String(input.executionArn));
    if (!e)
      throw new AwsError('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(input.executionArn)}'`, 400);
    finish(ctx, e, 'ABORTED', { ...(str(input.cause) ? { cause: String(input.cause) } : {}) });
    e.abort?.();
    return { stopDate: epochSeconds(ctx.now()) };
  },
};
