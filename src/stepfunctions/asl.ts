/**
 * The Step Functions (Standard, JSONPath) definition of a chain: each job an
 * `arn:aws:states:::ecs:runTask.sync` step (it waits for the task and fails when it fails), with
 * Retry for `retries`, TimeoutSeconds for `timeout`; waves of jobs as Parallel states; and, for
 * `concurrency`, a look at the state machine's own running executions first. Pure.
 *
 * Every step takes its environment overrides from the run's input: `{"scheduledTime": "...", "env": {"<job>":
 * [{Name, Value}]}}`, whole per step. By default each step's list is the job's own (shared task definitions) and the
 * run's scheduled time (the input's, else when the execution started) as ECS_BATCH_SCHEDULED_TIME. A rerun of the
 * whole chain passes an environment to every step so: the caller reads the defaults from the deployed definition and
 * adds to them (JSONPath has no array concatenation).
 */
import { hasFailurePolicy, type Chain } from '../manifest/chains.ts';
import type { AlertEvent, ResolvedJob } from '../manifest/types.ts';
import type { JobOverrides } from '../taskdef/shared.ts';
import { SCHEDULED_TIME_VARIABLE } from '../manifest/names.ts';
import { attemptStates } from './attempts.ts';
import { RUN_INPUT_PATH, runTaskStep, stepName, type AslState, type StepContext } from './step.ts';

export { TASK_FAILED, runEnvironmentPath, stepName, type AslState } from './step.ts';

export interface AslDefinition {
  Comment: string;
  StartAt: string;
  States: Record<string, AslState>;
  TimeoutSeconds?: number;
}

export const SKIPPED_STATE = 'Skipped: the previous run is still going';
/** A skipped run's output: the run history rule keeps executions that end with exactly this. */
export const SKIPPED_OUTPUT = 'ecs-batch: skipped, the previous run is still going';

/** The first state: the run's input beside its scheduled time's default. */
const TIME_STATE = 'Read the run input';
const MERGE_TIME_STATE = 'Apply the scheduled time';
/** The state holding each step's default environment (read back by a caller that adds to it). */
export const RUN_INPUT_STATE = 'Default environments';
const MERGE_INPUT_STATE = 'Apply the run input';

export interface RunInput {
  scheduledTime?: string;
  env?: Record<string, { Name: string; Value: string }[]>;
}

/** A default environment entry: a value, or (the scheduled time) a path into the run input. */
type DefaultVariable = { Name: string; Value: string } | { Name: string; 'Value.$': string };

/**
 * Each step's default environment in a deployed definition, with the scheduled time filled in; undefined when the
 * definition takes none (an older ecs-batch deployed it).
 */
export function runInputDefaults(
  definition: AslDefinition,
  scheduledTime: string,
): Required<Pick<RunInput, 'env'>> | undefined {
  const parameters = definition.States[RUN_INPUT_STATE]?.Parameters as
    { defaults?: { env?: Record<string, DefaultVariable[]> } } | undefined;
  const env = parameters?.defaults?.env;
  if (!env || typeof env !== 'object') return undefined;
  const filled: Record<string, { Name: string; Value: string }[]> = {};
  for (const [job, list] of Object.entries(env))
    filled[job] = list.map((v) => ({ Name: v.Name, Value: 'Value' in v ? v.Value : scheduledTime }));
  return { env: filled };
}

export interface DefinitionContext {
  prefix: string;
  clusterArn: string;
  /** The task definition (revision ARN) each job's step runs. */
  taskDefinitionOf(job: ResolvedJob): string;
  /** The task group of a job's runs inside the state machine. */
  groupOf(job: ResolvedJob): string;
  /** Shared task definitions: the job's command and environment, as RunTask overrides. */
  overridesOf?(job: ResolvedJob): JobOverrides | undefined;
  /** The manifest's alerts (a step with a failure policy publishes some itself). */
  alerts?: { topicArn: string; on: readonly AlertEvent[] };
}

export function chainDefinition(
  chain: Chain,
  jobs: ReadonlyMap<string, ResolvedJob>,
  ctx: DefinitionContext,
): AslDefinition {
  const root = jobs.get(chain.root)!;
  const states: Record<string, AslState> = {};
  // A watched chain's steps tell a refused RunTask apart (a missed run), whatever their own policy.
  const watched = jobs.get(chain.root)?.watched === true;
  // A job's states, ending in `next` (the next wave, or the end of a branch or of the chain).
  const steps = (name: string, next: AslState) => {
    const job = jobs.get(name)!;
    const step: StepContext = {
      prefix: ctx.prefix,
      clusterArn: ctx.clusterArn,
      taskDefinition: ctx.taskDefinitionOf(job),
      group: ctx.groupOf(job),
      overrides: ctx.overridesOf?.(job),
      alerts: job.alerts ? ctx.alerts : undefined,
    };
    return hasFailurePolicy(job) || watched
      ? attemptStates(job, step, next)
      : { [stepName(name)]: { ...runTaskStep(job, step), ...next } };
  };
  // Waves in order: one job is a step; several run as a Parallel state (a failed branch fails it, and the chain stops).
  const waveNames = chain.waves.map((wave, i) =>
    wave.length === 1 ? stepName(wave[0]!) : `Wave ${i + 1}: ${wave.join(', ')}`.slice(0, 80),
  );
  chain.waves.forEach((wave, i) => {
    const next = i + 1 < chain.waves.length ? { Next: waveNames[i + 1] } : { End: true };
    if (wave.length === 1) {
      Object.assign(states, steps(wave[0]!, next));
    } else {
      states[waveNames[i]!] = {
        Type: 'Parallel',
        Branches: wave.map((job) => ({ StartAt: stepName(job), States: steps(job, { End: true }) })),
        ResultPath: null,
        ...next,
      };
    }
  });
  let startAt = waveNames[0]!;
  if (root.concurrency !== 'allow') {
    // The state machine's running executions: this one, and any other still going.
    states['Look for a previous run'] = {
      Type: 'Task',
      Resource: 'arn:aws:states:::aws-sdk:sfn:listExecutions',
      Parameters: { 'StateMachineArn.$': '$$.StateMachine.Id', StatusFilter: 'RUNNING', MaxResults: 100 },
      ResultSelector: { 'executions.$': '$.Executions', 'count.$': 'States.ArrayLength($.Executions)' },
      ResultPath: '$.running',
      Next: 'Previous run still going?',
    };
    if (root.concurrency === 'forbid') {
      states['Previous run still going?'] = {
        Type: 'Choice',
        Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: SKIPPED_STATE }],
        Default: startAt,
      };
      // Kubernetes CronJob's Forbid: the scheduled run is skipped, and that is not a failure.
      states[SKIPPED_STATE] = { Type: 'Pass', Comment: 'concurrency: forbid', Result: SKIPPED_OUTPUT, End: true };
    } else {
      states['Previous run still going?'] = {
        Type: 'Choice',
        Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: 'Stop the previous run' }],
        Default: startAt,
      };
      // Kubernetes CronJob's Replace: stopping an execution stops the ECS task its .sync step waits for.
      states['Stop the previous run'] = {
        Type: 'Map',
        ItemsPath: '$.running.executions',
        ItemSelector: { 'arn.$': '$$.Map.Item.Value.ExecutionArn', 'self.$': '$$.Execution.Id' },
        ItemProcessor: {
          ProcessorConfig: { Mode: 'INLINE' },
          StartAt: 'Is it this run?',
          States: {
            'Is it this run?': {
              Type: 'Choice',
              Choices: [{ Variable: '$.arn', StringEqualsPath: '$.self', Next: 'Keep this run' }],
              Default: 'Stop it',
            },
            'Keep this run': { Type: 'Succeed' },
            'Stop it': {
              Type: 'Task',
              Resource: 'arn:aws:states:::aws-sdk:sfn:stopExecution',
              Parameters: { 'ExecutionArn.$': '$.arn', Cause: 'concurrency: replace (a newer run started)' },
              End: true,
            },
          },
        },
        ResultPath: null,
        Next: startAt,
      };
    }
    startAt = 'Look for a previous run';
  }
  const defaults: Record<string, DefaultVariable[]> = {};
  for (const name of chain.waves.flat()) {
    const job = jobs.get(name)!;
    const own = ctx.overridesOf?.(job)?.containerOverrides.find((c) => c.name === job.containerName);
    defaults[name] = [
      ...(own?.environment ?? []).map((e) => ({ Name: e.name, Value: e.value })),
      { Name: SCHEDULED_TIME_VARIABLE, 'Value.$': `${RUN_INPUT_PATH}.run.scheduledTime` },
    ];
  }
  // Shallow merges: a run's `scheduledTime` replaces the start time, its `env` the defaults' whole (a caller sends
  // every step's list).
  const inputStates: Record<string, AslState> = {
    [TIME_STATE]: {
      Type: 'Pass',
      Parameters: { defaults: { 'scheduledTime.$': '$$.Execution.StartTime' }, 'input.$': '$$.Execution.Input' },
      ResultPath: RUN_INPUT_PATH,
      Next: MERGE_TIME_STATE,
    },
    [MERGE_TIME_STATE]: {
      Type: 'Pass',
      Parameters: { 'run.$': `States.JsonMerge(${RUN_INPUT_PATH}.defaults, ${RUN_INPUT_PATH}.input, false)` },
      ResultPath: RUN_INPUT_PATH,
      Next: RUN_INPUT_STATE,
    },
    [RUN_INPUT_STATE]: {
      Type: 'Pass',
      Parameters: { defaults: { env: defaults }, 'run.$': `${RUN_INPUT_PATH}.run` },
      ResultPath: RUN_INPUT_PATH,
      Next: MERGE_INPUT_STATE,
    },
    [MERGE_INPUT_STATE]: {
      Type: 'Pass',
      Parameters: { 'run.$': `States.JsonMerge(${RUN_INPUT_PATH}.defaults, ${RUN_INPUT_PATH}.run, false)` },
      ResultPath: RUN_INPUT_PATH,
      Next: startAt,
    },
  };
  return {
    Comment: `ecs-batch ${ctx.prefix}: ${chain.waves.flat().join(' → ')}`,
    StartAt: TIME_STATE,
    States: { ...inputStates, ...states },
  };
}
