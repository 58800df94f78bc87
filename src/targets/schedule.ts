/**
 * What a job's schedule (EventBridge Scheduler) or rule (EventBridge) is, built from the manifest, and the same
 * resources as AWS returns them normalized (AWS's defaults filled in) so that the two compare field by field.
 */
import type { PutRuleCommandInput, Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput, GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import { DEFAULT_RETRY_POLICY } from '../aws/limits.ts';
import { JOB_TAG, OWNER_TAG, jobResourceName } from '../manifest/names.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import type { JobOverrides } from '../taskdef/shared.ts';
import { canonical, structuredInput } from '../util/diff.ts';
import { RUN_TASK_TARGET, SCHEDULER_SCHEDULED_TIME, ecsParameters, ruleRunTaskInput, runTaskInput } from './ecs.ts';

/** The id of the one target ecs-batch puts on each of its rules. */
export const RULE_TARGET_ID = 'ecs-batch';

function retryPolicy(job: ResolvedJob) {
  return {
    MaximumRetryAttempts: job.retryPolicy?.maximumRetryAttempts ?? DEFAULT_RETRY_POLICY.maximumRetryAttempts,
    MaximumEventAgeInSeconds:
      job.retryPolicy?.maximumEventAgeInSeconds ?? DEFAULT_RETRY_POLICY.maximumEventAgeInSeconds,
  };
}

/**
 * What a schedule or rule starts: the job's ECS task, or the state machine that runs it. With
 * shared task definitions, the task's family (no revision) and the job's overrides.
 */
export type ScheduleTarget =
  | { kind: 'ecs'; clusterArn: string; taskDefinitionArn: string; overrides?: JobOverrides }
  | { kind: 'state-machine'; arn: string };

/**
 * A schedule's target for a job: the universal RunTask target (its Input is the request, overrides and the scheduled
 * time included; the templated ECS target has no field for overrides), or a state machine.
 */
function scheduleTarget(
  job: ResolvedJob,
  prefix: string,
  target: ScheduleTarget,
): NonNullable<CreateScheduleCommandInput['Target']> {
  const common = {
    RoleArn: job.schedulerRoleArn!,
    RetryPolicy: retryPolicy(job),
    ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
  };
  if (target.kind === 'state-machine') return { Arn: target.arn, ...common, Input: STATE_MACHINE_INPUT };
  return {
    Arn: RUN_TASK_TARGET,
    ...common,
    Input: runTaskInput(job, prefix, target.clusterArn, target.taskDefinitionArn, target.overrides),
  };
}

/** A state machine target: StartExecution with the time the schedule was due (the definition holds the rest). */
const STATE_MACHINE_INPUT = JSON.stringify({ scheduledTime: SCHEDULER_SCHEDULED_TIME });
/** The same for a rule: the scheduled event's `time`. */
const RULE_STATE_MACHINE_INPUT = { InputPathsMap: { time: '$.time' }, InputTemplate: '{"scheduledTime":<time>}' };

export function scheduleInput(job: ResolvedJob, prefix: string, target: ScheduleTarget): CreateScheduleCommandInput {
  const window = job.flexibleTimeWindowMinutes;
  return {
    Name: jobResourceName(prefix, job.name),
    GroupName: prefix,
    ScheduleExpression: job.schedule.expression,
    ScheduleExpressionTimezone: job.timezone,
    ...(job.description ? { Description: job.description } : {}),
    State: job.enabled ? 'ENABLED' : 'DISABLED',
    FlexibleTimeWindow: window ? { Mode: 'FLEXIBLE', MaximumWindowInMinutes: window } : { Mode: 'OFF' },
    ActionAfterCompletion: 'NONE',
    Target: scheduleTarget(job, prefix, target),
  };
}

export function ruleInput(job: ResolvedJob, prefix: string): PutRuleCommandInput {
  return {
    Name: jobResourceName(prefix, job.name),
    ScheduleExpression: job.schedule.expression,
    State: job.enabled ? 'ENABLED' : 'DISABLED',
    ...(job.description ? { Description: job.description } : {}),
    Tags: [
      { Key: OWNER_TAG, Value: prefix },
      { Key: JOB_TAG, Value: job.name },
    ],
  };
}

export function ruleTarget(job: ResolvedJob, prefix: string, target: ScheduleTarget): RuleTarget {
  return {
    Id: RULE_TARGET_ID,
    Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
    RoleArn: job.schedulerRoleArn!,
    // A rule's ECS target reads its input as the task's overrides (documented for EventBridge ECS targets): made by an
    // InputTransformer, so the scheduled event's time reaches the job.
    ...(target.kind === 'ecs'
      ? {
          EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) as RuleTarget['EcsParameters'],
          InputTransformer: ruleRunTaskInput(job, target.overrides),
        }
      : { InputTransformer: RULE_STATE_MACHINE_INPUT }),
    RetryPolicy: retryPolicy(job),
    ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
  };
}

export type ScheduleLike = Partial<CreateScheduleCommandInput> | GetScheduleCommandOutput;

/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
export function normalizeSchedule(s: ScheduleLike): unknown {
  const target = s.Target;
  const ecs = target?.EcsParameters;
  const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);
  return canonical({
    ScheduleExpression: s.ScheduleExpression,
    ScheduleExpressionTimezone: s.ScheduleExpressionTimezone ?? 'UTC',
    Description: s.Description,
    State: s.State ?? 'ENABLED',
    FlexibleTimeWindow: s.FlexibleTimeWindow,
    ActionAfterCompletion: s.ActionAfterCompletion ?? 'NONE',
    StartDate: iso(s.StartDate),
    EndDate: iso(s.EndDate),
    KmsKeyArn: s.KmsKeyArn,
    Target: target && {
      Arn: target.Arn,
      RoleArn: target.RoleArn,
      RetryPolicy: target.RetryPolicy ?? {
        MaximumRetryAttempts: DEFAULT_RETRY_POLICY.maximumRetryAttempts,
        MaximumEventAgeInSeconds: DEFAULT_RETRY_POLICY.maximumEventAgeInSeconds,
      },
      DeadLetterConfig: target.DeadLetterConfig,
      Input: structuredInput(target.Input),
      EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
    },
  });
}

export type RuleFields = {
  ScheduleExpression?: string | undefined;
  State?: string | undefined;
  Description?: string | undefined;
};

/** A rule target with EventBridge's defaults filled in. */
export function normalizeRuleTarget(t: RuleTarget | undefined): unknown {
  if (!t) return undefined;
  const ecs = t.EcsParameters;
  return canonical({
    ...t,
    Input: structuredInput(t.Input),
    EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
  });
}

export function normalizeRule(r: RuleFields | undefined): unknown {
  return (
    r &&
    canonical({ ScheduleExpression: r.ScheduleExpression, State: r.State ?? 'ENABLED', Description: r.Description })
  );
}
