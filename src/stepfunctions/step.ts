/** One job's ECS step in a state machine: `ecs:runTask.sync` with the job's parameters. Pure. */
import type { AlertEvent, ResolvedJob } from '../manifest/types.ts';
import { ecsParameters } from '../targets/ecs.ts';
import type { JobOverrides } from '../taskdef/shared.ts';
import { pascalKeys as pascal } from '../util/case.ts';

export type AslState = Record<string, unknown>;

/** The error a failed `.sync` ECS task raises (exit code not 0, or never started). */
export const TASK_FAILED = 'States.TaskFailed';
/** Where the merged run input lives in the state, beside what the steps pass on (their ResultPath is null). */
export const RUN_INPUT_PATH = '$.ecsBatch';
/** A job's environment in the merged run input. Job names are letters, digits, - and _, so they quote as they are. */
export const runEnvironmentPath = (job: string) => `${RUN_INPUT_PATH}.run.env['${job}']`;

export interface StepContext {
  prefix: string;
  clusterArn: string;
  taskDefinition: string;
  group: string;
  overrides?: JobOverrides | undefined;
  /** Alerts the state machine publishes itself (a start that timed out, a run RunTask refused). */
  alerts?: { topicArn: string; on: readonly AlertEvent[] } | undefined;
}

/** Step names: readable in the console, unique, within the 80 characters AWS allows. */
export const stepName = (job: string) => `Run ${job}`.slice(0, 80);

/** The ECS step of a job: the same ECS parameters its schedule would send, in the task group `<group>`. */
export function runTaskStep(job: ResolvedJob, ctx: StepContext): AslState {
  const own = ctx.overrides?.containerOverrides.find((c) => c.name === job.containerName);
  const {
    TaskDefinitionArn,
    TaskCount: _count,
    Group: _group,
    ...ecs
  } = ecsParameters(job, ctx.taskDefinition, ctx.prefix);
  return {
    Type: 'Task',
    Resource: 'arn:aws:states:::ecs:runTask.sync',
    Parameters: {
      Cluster: ctx.clusterArn,
      TaskDefinition: TaskDefinitionArn,
      Group: ctx.group,
      ...(pascal(ecs) as Record<string, unknown>),
      Overrides: {
        ContainerOverrides: [
          {
            Name: job.containerName,
            ...(own?.command ? { Command: own.command } : {}),
            'Environment.$': runEnvironmentPath(job.name),
          },
        ],
      },
    },
    ResultPath: null,
    ...(job.timeoutSeconds !== undefined ? { TimeoutSeconds: job.timeoutSeconds } : {}),
    ...(job.retries > 0
      ? {
          Retry: [
            {
              ErrorEquals: [TASK_FAILED],
              IntervalSeconds: job.retryDelaySeconds,
              MaxAttempts: job.retries,
              BackoffRate: 2,
            },
          ],
        }
      : {}),
  };
}
