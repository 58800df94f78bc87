/**
 * The ECS task a schedule, rule or state machine step starts, built and read back in one place: the ECS parameters
 * both backends send, the RunTask request of Scheduler's universal target, and the way back from either to RunTask.
 */
import type { RunTaskCommandInput } from '@aws-sdk/client-ecs';
import type { EcsParameters as RuleEcsParameters } from '@aws-sdk/client-eventbridge';
import type { EcsParameters, GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import { SCHEDULED_TIME_VARIABLE, taskGroup } from '../manifest/names.ts';
import { isFargate, usesAwsvpc } from '../manifest/compute.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import type { JobOverrides } from '../taskdef/shared.ts';
import { camelKeys, pascalKeys } from '../util/case.ts';

/** Stands for the task definition revision a deploy registers, until apply knows its ARN. */
export const NEW_REVISION = '(new revision)';

/**
 * The ECS parameters both backends send (their shapes match member for member). The task
 * definition's tags (ownership, job) reach each task through PropagateTags.
 */
export function ecsParameters(job: ResolvedJob, taskDefinitionArn: string, prefix: string): EcsParameters {
  return {
    TaskDefinitionArn: taskDefinitionArn,
    TaskCount: 1,
    // Every run says which job it is (alerts and history match on it).
    Group: taskGroup(prefix, job.name, job.alerts),
    ...(job.capacityProviderStrategy
      ? {
          CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({
            capacityProvider: p.capacityProvider,
            ...(p.weight !== undefined ? { weight: p.weight } : {}),
            ...(p.base !== undefined ? { base: p.base } : {}),
          })),
        }
      : { LaunchType: job.launchType ?? 'FARGATE' }),
    ...(job.platformVersion && isFargate(job) ? { PlatformVersion: job.platformVersion } : {}),
    ...(usesAwsvpc(job) && job.network
      ? {
          NetworkConfiguration: {
            awsvpcConfiguration: {
              Subnets: job.network.subnets,
              ...(job.network.securityGroups ? { SecurityGroups: job.network.securityGroups } : {}),
              AssignPublicIp: job.network.assignPublicIp ?? 'DISABLED',
            },
          },
        }
      : {}),
    ...(job.placementConstraints?.length
      ? {
          PlacementConstraints: job.placementConstraints.map((c) => ({
            type: c.type,
            ...(c.expression ? { expression: c.expression } : {}),
          })),
        }
      : {}),
    ...(job.placementStrategy?.length
      ? {
          PlacementStrategy: job.placementStrategy.map((p) => ({
            type: p.type,
            ...(p.field ? { field: p.field } : {}),
          })),
        }
      : {}),
    PropagateTags: 'TASK_DEFINITION',
    EnableECSManagedTags: true,
  };
}

/**
 * EventBridge Scheduler's universal target for ECS RunTask. Its Input is the RunTask request
 * itself (PascalCase, as AWS documents universal targets), the documented way for a schedule to
 * pass container overrides; the templated ECS target has no field for them.
 */
export const RUN_TASK_TARGET = 'arn:aws:scheduler:::aws-sdk:ecs:runTask';

/** EventBridge Scheduler's context attribute for the time a schedule was due, replaced in a target's Input. */
export const SCHEDULER_SCHEDULED_TIME = '<aws.scheduler.scheduled-time>';
/**
 * Stands for the scheduled time in an object until it is serialized. It is an object, not a string: serialized, it is
 * `{"ScheduledTimeSlot":true}` unquoted, which no string value can produce (a string's quotes are escaped). Its key
 * is PascalCase already, so the universal target's PascalCase conversion leaves it as it is.
 */
const SCHEDULED_TIME_SLOT = { ScheduledTimeSlot: true } as unknown as string;
const SLOT_JSON = JSON.stringify(SCHEDULED_TIME_SLOT);

/** The job's overrides (shared task definitions: its command and environment), with the scheduled time added. */
function withScheduledTime(job: ResolvedJob, overrides: JobOverrides | undefined, time: string): JobOverrides {
  const own = overrides?.containerOverrides.find((c) => c.name === job.containerName);
  const environment = [
    ...(own?.environment ?? []).filter((e) => e.name !== SCHEDULED_TIME_VARIABLE),
    { name: SCHEDULED_TIME_VARIABLE, value: time },
  ];
  return {
    containerOverrides: [
      ...(overrides?.containerOverrides.filter((c) => c !== own) ?? []),
      { name: job.containerName, ...(own?.command ? { command: own.command } : {}), environment },
    ],
  };
}

/**
 * JSON for a target's Input that AWS substitutes into: every `<` of the values escaped (`\u003c`, the same JSON), so
 * no manifest value can name a context attribute or an InputTransformer placeholder; then the scheduled time's
 * slot becomes `placeholder`, written as is.
 */
export function inputWithPlaceholder(value: unknown, placeholder: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(SLOT_JSON, placeholder);
}

/**
 * The universal target's Input: the RunTask request a schedule sends for a job, with its overrides and the time the
 * schedule was due in the job's environment (Scheduler's context attribute).
 */
export function runTaskInput(
  job: ResolvedJob,
  prefix: string,
  clusterArn: string,
  taskDefinition: string,
  overrides: JobOverrides | undefined,
): string {
  const { TaskDefinitionArn, TaskCount: _count, ...ecs } = ecsParameters(job, taskDefinition, prefix);
  return inputWithPlaceholder(
    {
      Cluster: clusterArn,
      TaskDefinition: TaskDefinitionArn,
      Count: 1,
      ...(pascalKeys(ecs) as Record<string, unknown>),
      Overrides: pascalKeys(withScheduledTime(job, overrides, SCHEDULED_TIME_SLOT)),
    },
    JSON.stringify(SCHEDULER_SCHEDULED_TIME),
  );
}

/**
 * An EventBridge rule's ECS target input: the task's overrides with the scheduled event's `time` (when the rule was
 * due) in the job's environment, through an InputTransformer.
 */
export function ruleRunTaskInput(job: ResolvedJob, overrides: JobOverrides | undefined) {
  return {
    InputPathsMap: { time: '$.time' },
    // The placeholder outside quotes: EventBridge writes the time as a JSON string.
    InputTemplate: inputWithPlaceholder(withScheduledTime(job, overrides, SCHEDULED_TIME_SLOT), '<time>'),
  };
}

type ScheduleTargetLike = NonNullable<GetScheduleCommandOutput['Target']>;

/** The task definition a schedule's ECS target runs: the templated target's, or the one in the universal's Input. */
export function targetTaskDefinition(target: ScheduleTargetLike | undefined): string | undefined {
  if (target?.EcsParameters) return target.EcsParameters.TaskDefinitionArn;
  if (target?.Arn !== RUN_TASK_TARGET) return undefined;
  try {
    const request = JSON.parse(target.Input ?? '') as { TaskDefinition?: unknown };
    return typeof request.TaskDefinition === 'string' ? request.TaskDefinition : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The target with its ECS task definition set: the templated target's member, or (the universal target) the
 * request's `TaskDefinition` in its Input, rewritten in place so the rest of the Input (its placeholders) stays as
 * written.
 */
export function withTargetTaskDefinition<T extends ScheduleTargetLike>(target: T, taskDefinition: string): T {
  if (target.EcsParameters)
    return { ...target, EcsParameters: { ...target.EcsParameters, TaskDefinitionArn: taskDefinition } };
  const current = targetTaskDefinition(target);
  if (current === undefined || !target.Input) return target;
  const field = (value: string) => `"TaskDefinition":${JSON.stringify(value).replace(/</g, '\\u003c')}`;
  return { ...target, Input: target.Input.replace(field(current), field(taskDefinition)) };
}

/** A target Input read as RunTask overrides, when it is JSON with containerOverrides. */
export function overridesIn(input: string | undefined): RunTaskCommandInput['overrides'] | undefined {
  try {
    const parsed = JSON.parse(input ?? '') as RunTaskCommandInput['overrides'];
    return parsed && typeof parsed === 'object' && Array.isArray(parsed.containerOverrides) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a cluster reference (an ARN, or a name as RunTask also takes) is this cluster. */
export function isCluster(ref: string | undefined, clusterArn: string): boolean {
  return ref !== undefined && (ref === clusterArn || ref === clusterArn.slice(clusterArn.lastIndexOf('/') + 1));
}

/**
 * The ECS task a schedule's target runs, whichever way it is written: the templated ECS target
 * (its cluster is the target's Arn), or the universal RunTask target (the request in its Input,
 * PascalCase). The request comes back in the ECS API's spelling. Undefined for other targets.
 */
export function scheduledRunTask(
  target: GetScheduleCommandOutput['Target'],
): { cluster: string; request: RunTaskCommandInput } | undefined {
  if (!target?.Arn) return undefined;
  if (target.Arn === RUN_TASK_TARGET) {
    try {
      const request = camelKeys(JSON.parse(target.Input ?? '')) as RunTaskCommandInput;
      return typeof request.cluster === 'string' ? { cluster: request.cluster, request } : undefined;
    } catch {
      return undefined;
    }
  }
  if (!target.EcsParameters) return undefined;
  // A templated target's Input holding containerOverrides is read as them: what its author meant.
  const overrides = overridesIn(target.Input);
  return {
    cluster: target.Arn,
    request: { ...runTaskOfEcsParameters(target.Arn, target.EcsParameters), ...(overrides ? { overrides } : {}) },
  };
}

/**
 * RunTask's request for a templated ECS target (Scheduler and EventBridge name the members alike; RunTask spells the
 * network differently).
 */
export function runTaskOfEcsParameters(
  cluster: string,
  ecs: NonNullable<NonNullable<GetScheduleCommandOutput['Target']>['EcsParameters']> | RuleEcsParameters,
): RunTaskCommandInput {
  const vpc = ecs.NetworkConfiguration?.awsvpcConfiguration;
  return {
    cluster,
    taskDefinition: ecs.TaskDefinitionArn,
    count: ecs.TaskCount ?? 1,
    ...(ecs.CapacityProviderStrategy?.length
      ? { capacityProviderStrategy: ecs.CapacityProviderStrategy }
      : ecs.LaunchType
        ? { launchType: ecs.LaunchType }
        : {}),
    ...(ecs.PlatformVersion ? { platformVersion: ecs.PlatformVersion } : {}),
    ...(vpc
      ? {
          networkConfiguration: {
            awsvpcConfiguration: {
              subnets: vpc.Subnets,
              ...(vpc.SecurityGroups ? { securityGroups: vpc.SecurityGroups } : {}),
              ...(vpc.AssignPublicIp ? { assignPublicIp: vpc.AssignPublicIp } : {}),
            },
          },
        }
      : {}),
    // Same member names (type, expression, field) in Scheduler, EventBridge and RunTask.
    ...(ecs.PlacementConstraints?.length
      ? { placementConstraints: ecs.PlacementConstraints as RunTaskCommandInput['placementConstraints'] }
      : {}),
    ...(ecs.PlacementStrategy?.length
      ? { placementStrategy: ecs.PlacementStrategy as RunTaskCommandInput['placementStrategy'] }
      : {}),
    ...(ecs.Group ? { group: ecs.Group } : {}),
    ...(ecs.PropagateTags ? { propagateTags: ecs.PropagateTags } : {}),
    ...(ecs.EnableECSManagedTags !== undefined ? { enableECSManagedTags: ecs.EnableECSManagedTags } : {}),
    ...(ecs.EnableExecuteCommand !== undefined ? { enableExecuteCommand: ecs.EnableExecuteCommand } : {}),
    ...(ecs.ReferenceId ? { referenceId: ecs.ReferenceId } : {}),
  };
}
