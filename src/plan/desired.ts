/** The state the manifest asks for: task definitions, schedules or rules, log groups. Pure. */
import type { PutRuleCommandInput, Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput, EcsParameters } from '@aws-sdk/client-scheduler';
import { DEFAULT_RETRY_POLICY } from '../aws/limits.ts';
import { JOB_TAG, OWNER_TAG, jobResourceName, stepTaskGroup, taskGroup } from '../manifest/names.ts';
import { chainDefinition } from '../stepfunctions/asl.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { isFargate, renderTaskDefinition, usesAwsvpc } from '../taskdef/render.ts';
import { operationsState } from './operations.ts';
import { RULE_TARGET_ID, type DesiredJob, type DesiredLogGroup, type DesiredState, type DesiredStateMachine } from './types.ts';

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
      ? { CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({ capacityProvider: p.capacityProvider, ...(p.weight !== undefined ? { weight: p.weight } : {}), ...(p.base !== undefined ? { base: p.base } : {}) })) }
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
    ...(job.placementConstraints?.length ? { PlacementConstraints: job.placementConstraints.map((c) => ({ type: c.type, ...(c.expression ? { expression: c.expression } : {}) })) } : {}),
    ...(job.placementStrategy?.length ? { PlacementStrategy: job.placementStrategy.map((p) => ({ type: p.type, ...(p.field ? { field: p.field } : {}) })) } : {}),
    PropagateTags: 'TASK_DEFINITION',
    EnableECSManagedTags: true,
  };
}

function retryPolicy(job: ResolvedJob) {
  return {
    MaximumRetryAttempts: job.retryPolicy?.maximumRetryAttempts ?? DEFAULT_RETRY_POLICY.maximumRetryAttempts,
    MaximumEventAgeInSeconds: job.retryPolicy?.maximumEventAgeInSeconds ?? DEFAULT_RETRY_POLICY.maximumEventAgeInSeconds,
  };
}

/** What a schedule or rule starts: the job's ECS task, or the state machine that runs it. */
export type ScheduleTarget = { kind: 'ecs'; clusterArn: string; taskDefinitionArn: string } | { kind: 'state-machine'; arn: string };

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
    Target: {
      Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
      RoleArn: job.schedulerRoleArn!,
      RetryPolicy: retryPolicy(job),
      ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
      ...(target.kind === 'ecs' ? { EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) } : { Input: STATE_MACHINE_INPUT }),
    },
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
    ...(target.kind === 'ecs' ? { EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) as RuleTarget['EcsParameters'] } : { Input: STATE_MACHINE_INPUT }),
    RetryPolicy: retryPolicy(job),
    ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
  };
}

export function stateMachineArn(clusterArn: string, region: string, name: string): string {
  const account = /:(\d{12}):/.exec(clusterArn)?.[1] ?? '000000000000';
  const partition = /^arn:(aws[a-z-]*):/.exec(clusterArn)?.[1] ?? 'aws';
  return `arn:${partition}:states:${region}:${account}:stateMachine:${name}`;
}

export function desiredState(manifest: ResolvedManifest, ctx: DesiredContext): DesiredState {
  const byName = new Map(manifest.jobs.map((j) => [j.name, j]));
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
          taskDefinitionOf: (job) => taskDefinitionOf(jobResourceName(manifest.prefix, job.name)),
          groupOf: (job) => stepTaskGroup(manifest.prefix, job.name),
        }),
    };
  });
  const machineOf = new Map<string, DesiredStateMachine>();
  for (const m of stateMachines) for (const wave of m.chain.waves) for (const job of wave) machineOf.set(job, m);
  const jobs: DesiredJob[] = manifest.jobs.map((job) => {
    const name = jobResourceName(manifest.prefix, job.name);
    const taskDefinition = renderTaskDefinition(job, { prefix: manifest.prefix, region: ctx.region, image: ctx.image });
    const machine = machineOf.get(job.name);
    const base = { job, name, taskDefinition, ...(machine ? { stateMachine: machine.name } : {}) };
    // A job after others starts with its chain: no schedule of its own.
    if (job.after) return base;
    // The TaskDefinitionArn is filled in by the planner (a known revision, or the new one).
    const target: ScheduleTarget = machine ? { kind: 'state-machine', arn: machine.arn } : { kind: 'ecs', clusterArn: ctx.clusterArn, taskDefinitionArn: '' };
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
  return { prefix: manifest.prefix, backend: manifest.backend, region: ctx.region, clusterArn: ctx.clusterArn, image: ctx.image, jobs, logGroups: [...logGroups.values()], operations, stateMachines };
}
