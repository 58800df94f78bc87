/**
 * A job's step with a failure policy: attempts in a loop (Catch, not Retry), so each failed attempt is told apart from
 * the task ECS gave back (the `.sync` error's Cause is the task as DescribeTasks shows it): a Spot interruption, a
 * task that never started (or that `startTimeout` stopped), a RunTask that AWS refused, an exit code (`noRetryExitCodes`
 * fail at once), a timeout. `retryOn` picks the kinds a retry runs again, `spotFallback` the capacity provider of a
 * retry after an interruption or a capacity error. A run that fails for good ends in a Fail state whose error names
 * its kind (`ecs-batch.<Kind>`). Pure.
 *
 * `startTimeout` runs the task beside a watch (a Parallel state): every 30 seconds the watch finds the attempt's task
 * (its StartedBy is the attempt's own token) and, when it is still not RUNNING at the deadline, stops it with a reason
 * the attempt then reads as "never started (start timeout)". The watch ends as soon as the task runs or stops.
 */
import { notificationObject } from '../aws/notification.ts';
import { shortHash } from '../util/hash.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import { RUN_INPUT_PATH, runTaskStep, stepName, type AslState, type StepContext } from './step.ts';

/** How often the start watch looks at the task. */
export const START_WATCH_SECONDS = 30;
/** The stop reason of a task the start watch stopped: the attempt (and the run history) read it as never started. */
export const START_TIMEOUT_REASON = 'ecs-batch: start timeout';
/** The errors a run that fails for good ends with, by kind (the alerts and `status` name them). */
export const FAILURE_ERRORS = {
  failed: 'ecs-batch.Failed',
  'no-retry-exit-code': 'ecs-batch.NoRetryExitCode',
  stopped: 'ecs-batch.Stopped',
  timeout: 'ecs-batch.TimedOut',
  interrupted: 'ecs-batch.Interrupted',
  'never-started': 'ecs-batch.NotStarted',
  'start-timeout': 'ecs-batch.StartTimeout',
  refused: 'ecs-batch.RunTaskRefused',
} as const;
export type FailureKind = keyof typeof FAILURE_ERRORS;

/** What a retry of each kind counts as, in `retryOn`'s words. */
const RETRY_KIND: Record<FailureKind, 'not-started' | 'failed' | 'timeout' | 'never'> = {
  failed: 'failed',
  'no-retry-exit-code': 'never',
  stopped: 'failed',
  timeout: 'timeout',
  interrupted: 'not-started',
  'never-started': 'not-started',
  'start-timeout': 'not-started',
  refused: 'not-started',
};

const TRY = `${RUN_INPUT_PATH}.try`;
const ERROR = `${RUN_INPUT_PATH}.error`;
const FAILURE = `${RUN_INPUT_PATH}.failure`;
const FAILED = `${RUN_INPUT_PATH}.failed`;
const WATCH = `${RUN_INPUT_PATH}.watch`;
const ALERT = `${RUN_INPUT_PATH}.alert`;

/** A state name of the job's: readable, unique in the state machine, within AWS's 80 characters. */
function stateName(job: string, what: string): string {
  const name = `${job}: ${what}`;
  if (name.length <= 80) return name;
  const tag = shortHash(job, 8);
  return `${job.slice(0, 80 - what.length - 11)}~${tag}: ${what}`;
}

/** States.Format's template escapes `{`, `}`, `'` and `\`. */
const formatText = (text: string) => text.replace(/[{}'\\]/g, (c) => `\\${c}`);

export function attemptStates(job: ResolvedJob, ctx: StepContext, next: AslState): Record<string, AslState> {
  const name = (what: string) => stateName(job.name, what);
  const maxAttempts = job.retries + 1;
  const startTimeout = job.startTimeoutSeconds;
  const run = runTaskStep(job, ctx);
  const parameters = { ...(run.Parameters as Record<string, unknown>) };
  const fallback = job.spotFallback !== undefined && parameters.CapacityProviderStrategy !== undefined;
  const firstCapacity = parameters.CapacityProviderStrategy;
  if (fallback) {
    delete parameters.CapacityProviderStrategy;
    parameters['CapacityProviderStrategy.$'] = `${TRY}.capacity`;
  }
  if (startTimeout !== undefined) parameters['StartedBy.$'] = `${TRY}.token`;
  const { Retry: _retry, ...task } = { ...run, Parameters: parameters } as AslState;
  const catchAll = { ErrorEquals: ['States.ALL'], ResultPath: ERROR, Next: name('what failed') };
  const states: Record<string, AslState> = {};
  const tryState = (attempt: number | string, delay: number | string, capacity: unknown) => ({
    ...(typeof attempt === 'number' ? { attempt } : { 'attempt.$': attempt }),
    ...(typeof delay === 'number' ? { delay } : { 'delay.$': delay }),
    ...(startTimeout !== undefined ? { 'token.$': 'States.UUID()' } : {}),
    ...(fallback ? (typeof capacity === 'string' ? { 'capacity.$': capacity } : { capacity }) : {}),
  });

  states[stepName(job.name)] = {
    Type: 'Pass',
    Comment: `attempt 1 of ${maxAttempts}`,
    Parameters: tryState(1, job.retryDelaySeconds, firstCapacity),
    ResultPath: TRY,
    Next: name('attempt'),
  };
  if (startTimeout === undefined) {
    states[name('attempt')] = { ...task, Catch: [catchAll], ...next };
  } else {
    states[name('attempt')] = {
      Type: 'Parallel',
      Branches: [
        { StartAt: name('run the task'), States: { [name('run the task')]: { ...task, End: true } } },
        startWatch(job, ctx, name, startTimeout),
      ],
      ResultPath: null,
      Catch: [catchAll],
      ...next,
    };
  }

  // What failed: the task ECS gave back (a `.sync` TaskFailed's Cause), a timeout, or no task at all.
  states[name('what failed')] = {
    Type: 'Choice',
    Choices: [
      { Variable: `${ERROR}.Error`, StringEquals: 'States.TaskFailed', Next: name('read the stopped task') },
      ...(job.timeoutSeconds !== undefined
        ? [{ Variable: `${ERROR}.Error`, StringEquals: 'States.Timeout', Next: name('timeout') }]
        : []),
    ],
    Default: name('refused'),
  };
  states[name('read the stopped task')] = {
    Type: 'Pass',
    Parameters: { 'task.$': `States.StringToJson(${ERROR}.Cause)` },
    ResultPath: FAILURE,
    Next: name('read the exit code'),
  };
  // The job's container (a task ECS created has it, exit code or not; a filter that matches nothing is an error).
  states[name('read the exit code')] = {
    Type: 'Pass',
    Parameters: { 'containers.$': `${FAILURE}.task.Containers[?(@.Name == '${job.containerName}')]` },
    ResultPath: `${FAILURE}.exit`,
    Next: name('kind of failure'),
  };
  const stoppedTask = `${FAILURE}.task`;
  const exitCode = `${FAILURE}.exit.containers[0].ExitCode`;
  const noRetry = job.noRetryExitCodes ?? [];
  states[name('kind of failure')] = {
    Type: 'Choice',
    Choices: [
      { Variable: `${stoppedTask}.StopCode`, StringEquals: 'SpotInterruption', Next: name('interrupted') },
      ...(startTimeout !== undefined
        ? [
            {
              Variable: `${stoppedTask}.StoppedReason`,
              StringMatches: `${START_TIMEOUT_REASON}*`,
              Next: name('start-timeout'),
            },
          ]
        : []),
      { Variable: `${stoppedTask}.StopCode`, StringEquals: 'TaskFailedToStart', Next: name('never-started') },
      { Not: { Variable: exitCode, IsPresent: true }, Next: name('stopped') },
      ...(noRetry.length
        ? [
            {
              Or: noRetry.map((code) => ({ Variable: exitCode, NumericEquals: code })),
              Next: name('no-retry-exit-code'),
            },
          ]
        : []),
    ],
    Default: name('failed'),
  };
  const reasons: Record<FailureKind, Record<string, string>> = {
    failed: { 'reason.$': `States.Format('the container exited with code {}', ${exitCode})` },
    'no-retry-exit-code': {
      'reason.$': `States.Format('the container exited with code {}, one of noRetryExitCodes: no retry', ${exitCode})`,
    },
    stopped: { 'reason.$': `${stoppedTask}.StoppedReason` },
    timeout: { reason: `still running after its timeout (${job.timeoutSeconds ?? 0} seconds)` },
    interrupted: { 'reason.$': `${stoppedTask}.StoppedReason` },
    'never-started': { 'reason.$': `${stoppedTask}.StoppedReason` },
    'start-timeout': { reason: `not RUNNING ${startTimeout ?? 0} seconds after it was started: stopped` },
    refused: { 'reason.$': `${ERROR}.Cause` },
  };
  // An interruption moves a retry to spotFallback; a start that failed (or was refused) does when capacity was short.
  const capacityReason: Partial<Record<FailureKind, string>> = fallback
    ? { 'never-started': `${stoppedTask}.StoppedReason`, refused: `${ERROR}.Cause` }
    : {};
  const afterFailure = (kind: FailureKind) =>
    fallback && kind === 'interrupted'
      ? name('retry on the fallback?')
      : capacityReason[kind]
        ? name(`${kind}: capacity?`)
        : name('retry?');
  // The kinds this step can meet: a timeout needs `timeout`, a start timeout `startTimeout`.
  const kinds = (Object.keys(FAILURE_ERRORS) as FailureKind[]).filter(
    (kind) =>
      (kind !== 'timeout' || job.timeoutSeconds !== undefined) &&
      (kind !== 'start-timeout' || startTimeout !== undefined) &&
      (kind !== 'no-retry-exit-code' || noRetry.length > 0),
  );
  const notStartedAlerts = ctx.alerts?.on.includes('not-started') === true;
  for (const kind of kinds) {
    const afterwards = afterFailure(kind);
    const alertsNow = (kind === 'start-timeout' || kind === 'never-started') && notStartedAlerts;
    states[name(kind)] = {
      Type: 'Pass',
      Parameters: { kind, retryOn: RETRY_KIND[kind], error: FAILURE_ERRORS[kind], ...reasons[kind] },
      ResultPath: FAILED,
      Next: alertsNow ? name(`alert: ${kind}`) : afterwards,
    };
    if (alertsNow) {
      const what =
        kind === 'start-timeout'
          ? `its task was not RUNNING ${startTimeout} seconds after it was started, and was stopped`
          : 'its task never started (the reason is in the alert details)';
      const retried = job.retryOn.includes('not-started') && maxAttempts > 1;
      Object.assign(
        states,
        publish(ctx, name, `alert: ${kind}`, {
          title: {
            'title.$':
              `States.Format('${formatText(`⚠️ ecs-batch ${ctx.prefix}: ${job.name} did not start`)} ` +
              `(attempt {} of ${maxAttempts})', ${TRY}.attempt)`,
          },
          description: {
            description: [
              `*Job*: ${job.name}`,
              `*What happened*: ${what}`,
              `*Next*: ${retried ? 'a retry, while attempts are left' : 'no retry (retryOn does not include not-started)'}`,
            ].join('\n'),
          },
          untrusted: { 'reason.$': `${FAILED}.reason`, 'execution.$': '$$.Execution.Id' },
          next: afterwards,
        }),
      );
    }
    const reason = capacityReason[kind];
    if (reason)
      states[name(`${kind}: capacity?`)] = {
        Type: 'Choice',
        Choices: [{ Variable: reason, StringMatches: '*apacity*', Next: name('retry on the fallback?') }],
        Default: name('retry?'),
      };
  }
  const retryable = (['not-started', 'failed', 'timeout'] as const).filter((k) => job.retryOn.includes(k));
  // Retry when the kind is one retryOn names and attempts are left; else give up.
  const retryChoice = (then: string): AslState =>
    retryable.length && maxAttempts > 1
      ? {
          Type: 'Choice',
          Choices: [
            {
              And: [
                { Or: retryable.map((k) => ({ Variable: `${FAILED}.retryOn`, StringEquals: k })) },
                { Variable: `${TRY}.attempt`, NumericLessThan: maxAttempts },
              ],
              Next: then,
            },
          ],
          Default: name('give up'),
        }
      : { Type: 'Pass', Next: name('give up') };
  states[name('retry?')] = retryChoice(name('wait to retry'));
  if (fallback) {
    states[name('retry on the fallback?')] = retryChoice(name('move to the fallback'));
    states[name('move to the fallback')] = {
      Type: 'Pass',
      Result: [{ CapacityProvider: job.spotFallback, Weight: 1 }],
      ResultPath: `${TRY}.capacity`,
      Next: name('wait to retry'),
    };
  }
  if (retryable.length && maxAttempts > 1) {
    states[name('wait to retry')] = { Type: 'Wait', SecondsPath: `${TRY}.delay`, Next: name('next attempt') };
    states[name('next attempt')] = {
      Type: 'Pass',
      Parameters: tryState(
        `States.MathAdd(${TRY}.attempt, 1)`,
        `States.MathAdd(${TRY}.delay, ${TRY}.delay)`,
        `${TRY}.capacity`,
      ),
      ResultPath: TRY,
      Next: name('attempt'),
    };
  }
  // Given up: a refused run is a missed one (when that alerts), and the run fails with its kind's error.
  const missedAlert = ctx.alerts?.on.includes('missed') === true;
  states[name('give up')] = {
    Type: 'Choice',
    Choices: kinds.map((kind) => ({
      Variable: `${FAILED}.kind`,
      StringEquals: kind,
      Next: kind === 'refused' && missedAlert ? name('alert: missed') : name(`failed: ${kind}`),
    })),
    Default: name('failed: failed'),
  };
  if (missedAlert)
    Object.assign(
      states,
      publish(ctx, name, 'alert: missed', {
        title: { title: `❌ ecs-batch ${ctx.prefix}: ${job.name} missed a run (RunTask refused)` },
        description: {
          description:
            `*Job*: ${job.name}\n*What happened*: AWS refused to start its task after ${maxAttempts} ` +
            `attempt(s), so this run did not happen (the reason is in the alert's details)`,
        },
        untrusted: { 'reason.$': `${FAILED}.reason`, 'execution.$': '$$.Execution.Id' },
        next: name('failed: refused'),
      }),
    );
  for (const kind of kinds)
    states[name(`failed: ${kind}`)] = { Type: 'Fail', Error: FAILURE_ERRORS[kind], CausePath: `${FAILED}.reason` };
  return states;
}

/** Publishes a notification to the alert topic; a failed publish does not fail the run. */
function publish(
  ctx: StepContext,
  name: (what: string) => string,
  what: string,
  message: {
    title: Record<string, string>;
    description: Record<string, string>;
    untrusted: Record<string, string>;
    next: string;
  },
): Record<string, AslState> {
  return {
    [name(what)]: {
      Type: 'Pass',
      Parameters: notificationObject(message.title, message.description, message.untrusted),
      ResultPath: ALERT,
      Next: name(`${what}: publish`),
    },
    [name(`${what}: publish`)]: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      // An object Message goes out as its JSON (Step Functions serializes it).
      Parameters: { TopicArn: ctx.alerts!.topicArn, 'Message.$': ALERT },
      ResultPath: null,
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: message.next }],
      Next: message.next,
    },
  };
}

/** The branch beside the task: stops it when it is not RUNNING `seconds` after the attempt began. */
function startWatch(
  job: ResolvedJob,
  ctx: StepContext,
  name: (what: string) => string,
  seconds: number,
): { StartAt: string; States: Record<string, AslState> } {
  const polls = Math.ceil(seconds / START_WATCH_SECONDS);
  const done = name('start watched');
  const quietly = [{ ErrorEquals: ['States.ALL'], ResultPath: null, Next: done }];
  const list = (DesiredStatus: string) => ({
    Type: 'Task',
    Resource: 'arn:aws:states:::aws-sdk:ecs:listTasks',
    Parameters: { Cluster: ctx.clusterArn, 'StartedBy.$': `${TRY}.token`, DesiredStatus },
    ResultSelector: { 'arns.$': '$.TaskArns' },
    Catch: quietly,
  });
  return {
    StartAt: name('watch the start'),
    States: {
      [name('watch the start')]: {
        Type: 'Pass',
        Result: { n: 0 },
        ResultPath: `${WATCH}.polls`,
        Next: name('wait for the start'),
      },
      [name('wait for the start')]: { Type: 'Wait', Seconds: START_WATCH_SECONDS, Next: name('find the task') },
      [name('find the task')]: { ...list('RUNNING'), ResultPath: `${WATCH}.found`, Next: name('task found?') },
      [name('task found?')]: {
        Type: 'Choice',
        Choices: [{ Variable: `${WATCH}.found.arns[0]`, IsPresent: true, Next: name('read the task') }],
        Default: name('find a stopped task'),
      },
      // Listed as stopped: it ran and stopped (or failed to start) between two looks.
      [name('find a stopped task')]: { ...list('STOPPED'), ResultPath: `${WATCH}.stopped`, Next: name('stopped?') },
      [name('stopped?')]: {
        Type: 'Choice',
        // No task at all yet (RunTask has not answered): look again, without counting (a refused RunTask ends the
        // attempt, and this watch with it).
        Choices: [{ Variable: `${WATCH}.stopped.arns[0]`, IsPresent: true, Next: done }],
        Default: name('wait for the start'),
      },
      [name('read the task')]: {
        Type: 'Task',
        Resource: 'arn:aws:states:::aws-sdk:ecs:describeTasks',
        Parameters: { Cluster: ctx.clusterArn, 'Tasks.$': `${WATCH}.found.arns` },
        ResultSelector: { 'status.$': '$.Tasks[0].LastStatus', 'arn.$': '$.Tasks[0].TaskArn' },
        ResultPath: `${WATCH}.task`,
        Catch: quietly,
        Next: name('running yet?'),
      },
      [name('running yet?')]: {
        Type: 'Choice',
        Choices: [
          {
            Or: ['PROVISIONING', 'PENDING', 'ACTIVATING'].map((s) => ({
              Variable: `${WATCH}.task.status`,
              StringEquals: s,
            })),
            Next: name('count the look'),
          },
        ],
        Default: done,
      },
      [name('count the look')]: {
        Type: 'Pass',
        Parameters: { 'n.$': `States.MathAdd(${WATCH}.polls.n, 1)` },
        ResultPath: `${WATCH}.polls`,
        Next: name('out of time?'),
      },
      [name('out of time?')]: {
        Type: 'Choice',
        Choices: [
          {
            And: [
              { Variable: `${WATCH}.polls.n`, NumericGreaterThanEquals: polls },
              { Variable: `${WATCH}.task.arn`, IsPresent: true },
            ],
            Next: name('stop the task'),
          },
          { Variable: `${WATCH}.polls.n`, NumericGreaterThanEquals: polls, Next: done },
        ],
        Default: name('wait for the start'),
      },
      [name('stop the task')]: {
        Type: 'Task',
        Resource: 'arn:aws:states:::aws-sdk:ecs:stopTask',
        Parameters: {
          Cluster: ctx.clusterArn,
          'Task.$': `${WATCH}.task.arn`,
          Reason: `${START_TIMEOUT_REASON}: not RUNNING ${job.startTimeoutSeconds} seconds after it was started`,
        },
        ResultPath: null,
        Catch: quietly,
        Next: done,
      },
      [done]: { Type: 'Succeed' },
    },
  };
}
