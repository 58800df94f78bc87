/** The state the manifest asks for: task definitions, schedules or rules, log groups. Pure. */
import { stateMachineArn } from '../aws/arn.ts';
import { ruleInput, ruleTarget, scheduleInput, type ScheduleTarget } from '../targets/schedule.ts';
import type { CreateScheduleCommandInput } from '@aws-sdk/client-scheduler';
import { jobResourceName, operationsResourceName, stepTaskGroup, watchScheduleName } from '../manifest/names.ts';
import { watchDefinition, watchInput } from '../stepfunctions/watch.ts';
import { chainDefinition } from '../stepfunctions/asl.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { renderTaskDefinition } from '../taskdef/render.ts';
import { familyArn, jobOverrides, sharedTaskDefinition } from '../taskdef/shared.ts';

import { operationsState } from './operations.ts';
import {
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
      jobs: chain.waves.flat(),
      purpose: `runs ${chain.waves.flat().join(' → ')}`,
      definition: (taskDefinitionOf) =>
        chainDefinition(chain, byName, {
          prefix: manifest.prefix,
          clusterArn: ctx.clusterArn,
          // Shared: the family without a revision, so a roll does not rewrite the state machine either.
          taskDefinitionOf: (job) => (shared ? sharedArn(job) : taskDefinitionOf(familyOf.get(job.name)!.family)),
          groupOf: (job) => stepTaskGroup(manifest.prefix, job.name),
          ...(shared ? { overridesOf: jobOverrides } : {}),
          ...(manifest.alerts ? { alerts: { topicArn: manifest.alerts.snsTopicArn, on: manifest.alerts.on } } : {}),
        }),
    };
  });
  const machineOf = new Map<string, DesiredStateMachine>();
  for (const m of stateMachines) for (const job of m.jobs) machineOf.set(job, m);
  const watch = watchMachine(manifest, ctx);
  if (watch) stateMachines.push(watch);
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
      ? {
          ...base,
          schedule: scheduleInput(job, manifest.prefix, target),
          ...(watch && job.watched && machine ? { watch: watchSchedule(job, manifest, watch.arn, machine.arn) } : {}),
        }
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

/** The project's watch for missed and late runs, when a job is watched. */
function watchMachine(manifest: ResolvedManifest, ctx: DesiredContext): DesiredStateMachine | undefined {
  const watched = manifest.jobs.filter((j) => j.watched);
  if (!watched.length || !manifest.alerts || manifest.backend !== 'scheduler') return undefined;
  const name = operationsResourceName(manifest.prefix, 'watch');
  const topic = manifest.alerts.snsTopicArn;
  return {
    name,
    arn: stateMachineArn(ctx.clusterArn, ctx.region, name),
    roleArn: watched[0]!.stateMachineRoleArn!,
    jobs: watched.map((j) => j.name),
    purpose: `watches ${watched.length} job(s) for missed and late runs`,
    definition: () => watchDefinition(manifest.prefix, topic),
  };
}

/** A watched job's companion schedule: the job's expression and zone, no window, starting the watch. */
function watchSchedule(
  job: ResolvedJob,
  manifest: ResolvedManifest,
  watchArn: string,
  machineArn: string,
): CreateScheduleCommandInput {
  const input = watchInput(job, machineArn, { missed: manifest.alerts!.on.includes('missed') });
  return {
    Name: watchScheduleName(manifest.prefix, job.name),
    GroupName: manifest.prefix,
    ScheduleExpression: job.schedule.expression,
    ScheduleExpressionTimezone: job.timezone,
    Description: `ecs-batch: watches ${job.name} for missed and late runs`,
    State: 'ENABLED',
    FlexibleTimeWindow: { Mode: 'OFF' },
    ActionAfterCompletion: 'NONE',
    Target: { Arn: watchArn, RoleArn: job.schedulerRoleArn!, Input: JSON.stringify(input) },
  };
}
