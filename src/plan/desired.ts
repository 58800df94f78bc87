/** The state the manifest asks for: task definitions, schedules or rules, log groups. Pure. */
import type { PutRuleCommandInput, Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput, EcsParameters } from '@aws-sdk/client-scheduler';
import { siblingArn } from '../aws/arn.ts';
import { DEFAULT_RETRY_POLICY } from '../aws/limits.ts';
import { JOB_TAG, OWNER_TAG, jobResourceName, stepTaskGroup, taskGroup } from '../manifest/names.ts';
import { chainDefinition } from '../stepfunctions/asl.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { isFargate, renderTaskDefinition, usesAwsvpc } from '../taskdef/render.ts';
import { familyArn, jobOverrides, sharedTaskDefinition, type JobOverrides } from '../taskdef/shared.ts';
import { pascalKeys } from '../util/case.ts';
import { operationsState } from './operations.ts';
import {
  RULE_TARGET_ID,
  type DesiredJob,
  type DesiredLogGroup,
  type DesiredState,
  type DesiredStateMachine,
  type DesiredTaskDefinition,
} from './types.ts';

export interface DesiredContext {
  region: string;
  clusterArn: string;
  /** The image pinned by digest. */
  image: string;
}

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
 * EventBridge Scheduler's universal target for ECS RunTask. Its Input is the RunTask request
 * itself (PascalCase, as AWS documents universal targets), the documented way for a schedule to
 * pass container overrides; the templated ECS target has no field for them.
 */
export const RUN_TASK_TARGET = 'arn:aws:scheduler:::aws-sdk:ecs:runTask';

/** The universal target's Input: the RunTask request a schedule sends for a job. */
export function runTaskInput(
  job: ResolvedJob,
  prefix: string,
  clusterArn: string,
  taskDefinition: string,
  overrides: JobOverrides,
): string {
  const { TaskDefinitionArn, TaskCount: _count, ...ecs } = ecsParameters(job, taskDefinition, prefix);
  return JSON.stringify({
    Cluster: clusterArn,
    TaskDefinition: TaskDefinitionArn,
    Count: 1,
    ...(pascalKeys(ecs) as Record<string, unknown>),
    Overrides: pascalKeys(overrides),
  });
}

/** A schedule's target for a job: templated ECS, universal RunTask (shared task definitions), or a state machine. */
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
  if (target.overrides)
    return {
      Arn: RUN_TASK_TARGET,
      ...common,
      Input: runTaskInput(job, prefix, target.clusterArn, target.taskDefinitionArn, target.overrides),
    };
  return { Arn: target.clusterArn, ...common, EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) };
}

/** A state machine target: StartExecution with an empty input (the definition holds everything). */
const STATE_MACHINE_INPUT = '{}';

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
    // A rule's ECS target reads its Input as the task's overrides (documented for EventBridge ECS targets).
    ...(target.kind === 'ecs'
      ? {
          EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) as RuleTarget['EcsParameters'],
          ...(target.overrides ? { Input: JSON.stringify(target.overrides) } : {}),
        }
      : { Input: STATE_MACHINE_INPUT }),
    RetryPolicy: retryPolicy(job),
    ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
  };
}

export function stateMachineArn(clusterArn: string, region: string, name: string): string {
  return siblingArn(clusterArn, 'states', region, `stateMachine:${name}`);
}

export function desiredState(manifest: ResolvedManifest, ctx: DesiredContext): DesiredState {
  const byName = new Map(manifest.jobs.map((j) => [j.name, j]));
  const shared = manifest.taskDefinitions === 'shared';
  const render = { prefix: manifest.prefix, region: ctx.region, image: ctx.image };
  // Each job's family: its own, or its shape's (jobs of one shape share the one rendered input).
  const taskDefinitions = new Map<string, DesiredTaskDefinition>();
  const familyOf = new Map<string, DesiredTaskDefinition>();
  for (const job of manifest.jobs) {
    const { family, input } = shared
      ? sharedTaskDefinition(job, render)
      : { family: jobResourceName(manifest.prefix, job.name), input: renderTaskDefinition(job, render) };
    const entry = taskDefinitions.get(family) ?? { family, input, jobs: [] };
    entry.jobs.push(job.name);
    taskDefinitions.set(family, entry);
    familyOf.set(job.name, entry);
  }
  const sharedArn = (job: ResolvedJob) => familyArn(ctx.clusterArn, ctx.region, familyOf.get(job.name)!.family);
  const stateMachines: DesiredStateMachine[] = manifest.chains.map((chain) => {
    const name = jobResourceName(manifest.prefix, chain.root);
    const root = byName.get(chain.root)!;
    return {
      name,
      arn: stateMachineArn(ctx.clusterArn, ctx.region, name),
      roleArn: root.stateMachineRoleArn!,
      chain,
      definition: (taskDefinitionOf) =>
        chainDefinition(chain, byName, {
          prefix: manifest.prefix,
          clusterArn: ctx.clusterArn,
          // Shared: the family without a revision, so a roll does not rewrite the state machine either.
          taskDefinitionOf: (job) => (shared ? sharedArn(job) : taskDefinitionOf(familyOf.get(job.name)!.family)),
          groupOf: (job) => stepTaskGroup(manifest.prefix, job.name),
          ...(shared ? { overridesOf: jobOverrides } : {}),
        }),
    };
  });
  const machineOf = new Map<string, DesiredStateMachine>();
  for (const m of stateMachines) for (const wave of m.chain.waves) for (const job of wave) machineOf.set(job, m);
  const jobs: DesiredJob[] = manifest.jobs.map((job) => {
    const name = jobResourceName(manifest.prefix, job.name);
    const { family, input: taskDefinition } = familyOf.get(job.name)!;
    const machine = machineOf.get(job.name);
    const base = {
      job,
      name,
      family,
      ...(shared ? { shared: true } : {}),
      taskDefinition,
      ...(machine ? { stateMachine: machine.name } : {}),
    };
    // A job after others starts with its chain: no schedule of its own.
    if (job.after) return base;
    // Per job, the TaskDefinitionArn is filled in by the planner (a known revision, or the new one).
    const target: ScheduleTarget = machine
      ? { kind: 'state-machine', arn: machine.arn }
      : shared
        ? { kind: 'ecs', clusterArn: ctx.clusterArn, taskDefinitionArn: sharedArn(job), overrides: jobOverrides(job) }
        : { kind: 'ecs', clusterArn: ctx.clusterArn, taskDefinitionArn: '' };
    return manifest.backend === 'scheduler'
      ? { ...base, schedule: scheduleInput(job, manifest.prefix, target) }
      : { ...base, rule: ruleInput(job, manifest.prefix), target: ruleTarget(job, manifest.prefix, target) };
  });
  const logGroups = new Map<string, DesiredLogGroup>();
  for (const job of manifest.jobs) {
    if (!job.logs) continue;
    const existing = logGroups.get(job.logs.group);
    const retentionDays = job.logs.retentionDays ?? existing?.retentionDays;
    logGroups.set(job.logs.group, { name: job.logs.group, ...(retentionDays !== undefined ? { retentionDays } : {}) });
  }
  const operations = operationsState(manifest, ctx);
  for (const g of operations.logGroups) logGroups.set(g.name, g);
  return {
    prefix: manifest.prefix,
    backend: manifest.backend,
    region: ctx.region,
    clusterArn: ctx.clusterArn,
    image: ctx.image,
    jobs,
    taskDefinitions: [...taskDefinitions.values()],
    logGroups: [...logGroups.values()],
    operations,
    stateMachines,
  };
}
