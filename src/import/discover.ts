/**
 * `ecs-batch import`, the reading half: every hand-made scheduled task on one cluster (EventBridge
 * rules with an ECS target there, Scheduler schedules in any group that target it) with the task
 * definition it runs. Read-only. What is not a scheduled ECS task on this cluster, or was made by
 * ecs-batch, is skipped with the reason.
 */
import {
  ClientException,
  DescribeTaskDefinitionCommand,
  type RunTaskCommandInput,
  type TaskDefinition,
} from '@aws-sdk/client-ecs';
import { GetScheduleCommand, paginateListSchedules } from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';
import { resolveCluster } from '../plan/observe.ts';
import { READ_CONCURRENCY } from '../resources/kind.ts';
import { ruleByName, ruleNamesTargeting, targetsOf } from '../resources/rules.ts';
import { RUN_TASK_TARGET, isCluster, runTaskOfEcsParameters, scheduledRunTask } from '../targets/ecs.ts';
import { scheduleGroupOwner } from '../resources/schedules.ts';
import { mapLimit } from '../util/concurrency.ts';

/** The ECS settings of a target, the same whether it came from a rule or a schedule. */
export interface FoundEcsTarget {
  taskDefinitionArn: string;
  taskCount?: number;
  launchType?: string;
  capacityProviderStrategy?: { capacityProvider: string; weight?: number; base?: number }[];
  platformVersion?: string;
  subnets?: string[];
  securityGroups?: string[];
  assignPublicIp?: string;
  placementConstraints?: { type: string; expression?: string }[];
  placementStrategy?: { type: string; field?: string }[];
  /** Target settings the manifest does not model (ECS exec, tags, ...): named in a comment. */
  unmodelled: string[];
}

export interface FoundTask {
  /** What `replaces:` names: `rule/NAME`, `rule/NAME/TARGET-ID` (a rule with other targets) or `schedule/GROUP/NAME`. */
  ref: string;
  kind: 'rule' | 'schedule';
  /** The rule's or schedule's name (and the target's id for a rule with several). */
  name: string;
  targetId?: string;
  /** Targets the rule has besides this one (a person decides about those). */
  otherTargets: number;
  expression: string;
  timezone: string;
  enabled: boolean;
  description?: string;
  roleArn?: string;
  /** The target's Input: RunTask overrides (`containerOverrides`, `cpu`, ...). */
  input?: string;
  retryPolicy?: { maximumRetryAttempts?: number; maximumEventAgeInSeconds?: number };
  deadLetterQueueArn?: string;
  flexibleTimeWindowMinutes?: number;
  ecs: FoundEcsTarget;
  taskDefinition: TaskDefinition;
}

export interface Discovery {
  cluster: string;
  clusterArn: string;
  region: string;
  found: FoundTask[];
  /** What targets the cluster but was not imported, and why. */
  skipped: { what: string; why: string }[];
}

/** What the manifest takes from the RunTask request a target makes; the rest is named for a person to decide. */
function ecsTarget(request: RunTaskCommandInput): FoundEcsTarget {
  const vpc = request.networkConfiguration?.awsvpcConfiguration;
  const unmodelled = [
    ...(request.enableExecuteCommand ? ['EnableExecuteCommand'] : []),
    ...(request.enableECSManagedTags ? ['EnableECSManagedTags'] : []),
    ...(request.propagateTags ? ['PropagateTags'] : []),
    ...(request.referenceId ? ['ReferenceId'] : []),
    ...(request.group ? [`Group (ecs-batch sets its own task group)`] : []),
    ...(request.tags?.length ? ['Tags'] : []),
  ];
  return {
    taskDefinitionArn: request.taskDefinition ?? '',
    ...(request.count !== undefined && request.count !== 1 ? { taskCount: request.count } : {}),
    ...(request.launchType ? { launchType: request.launchType } : {}),
    ...(request.capacityProviderStrategy?.length
      ? {
          capacityProviderStrategy: request.capacityProviderStrategy.map((p) => ({
            capacityProvider: p.capacityProvider ?? '',
            ...(p.weight !== undefined ? { weight: p.weight } : {}),
            ...(p.base !== undefined ? { base: p.base } : {}),
          })),
        }
      : {}),
    ...(request.platformVersion && request.platformVersion !== 'LATEST'
      ? { platformVersion: request.platformVersion }
      : {}),
    ...(vpc?.subnets?.length ? { subnets: vpc.subnets } : {}),
    ...(vpc?.securityGroups?.length ? { securityGroups: vpc.securityGroups } : {}),
    ...(vpc?.assignPublicIp ? { assignPublicIp: vpc.assignPublicIp } : {}),
    ...(request.placementConstraints?.length
      ? {
          placementConstraints: request.placementConstraints.map((c) => ({
            type: c.type ?? '',
            ...(c.expression ? { expression: c.expression } : {}),
          })),
        }
      : {}),
    ...(request.placementStrategy?.length
      ? {
          placementStrategy: request.placementStrategy.map((x) => ({
            type: x.type ?? '',
            ...(x.field ? { field: x.field } : {}),
          })),
        }
      : {}),
    unmodelled,
  };
}

const retryPolicyOf = (
  r: { MaximumRetryAttempts?: number | undefined; MaximumEventAgeInSeconds?: number | undefined } | undefined,
) =>
  r && (r.MaximumRetryAttempts !== undefined || r.MaximumEventAgeInSeconds !== undefined)
    ? {
        ...(r.MaximumRetryAttempts !== undefined ? { maximumRetryAttempts: r.MaximumRetryAttempts } : {}),
        ...(r.MaximumEventAgeInSeconds !== undefined ? { maximumEventAgeInSeconds: r.MaximumEventAgeInSeconds } : {}),
      }
    : undefined;

type Candidate = Omit<FoundTask, 'taskDefinition'>;

async function scheduledTasks(
  clients: AwsClients,
  clusterArn: string,
  skipped: Discovery['skipped'],
): Promise<Candidate[]> {
  const listed: { group: string; name: string; arn: string }[] = [];
  for await (const page of paginateListSchedules(
    { client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules },
    {},
  )) {
    // A universal RunTask target names its cluster in its Input: read below.
    for (const s of page.Schedules ?? [])
      if ((s.Target?.Arn === clusterArn || s.Target?.Arn === RUN_TASK_TARGET) && s.GroupName && s.Name && s.Arn)
        listed.push({ group: s.GroupName, name: s.Name, arn: s.Arn });
  }
  const owners = new Map<string, Promise<string | undefined>>();
  const found = await mapLimit(
    listed,
    READ_CONCURRENCY,
    async ({ group, name, arn }): Promise<Candidate | undefined> => {
      const s = await clients.scheduler.send(new GetScheduleCommand({ GroupName: group, Name: name }));
      const task = scheduledRunTask(s.Target);
      if (!task || !isCluster(task.cluster, clusterArn)) {
        if (s.Target?.Arn === clusterArn)
          skipped.push({
            what: `schedule ${group}/${name}`,
            why: 'its target has no ECS parameters (not an ECS task)',
          });
        return undefined;
      }
      // Whose group it is, asked once per group and only of schedules that run tasks on this cluster.
      if (!owners.has(group)) owners.set(group, scheduleGroupOwner(clients, arn));
      const owner = await owners.get(group);
      if (owner !== undefined) {
        skipped.push({ what: `schedule ${group}/${name}`, why: `made by ecs-batch (project ${owner})` });
        return undefined;
      }
      const expression = s.ScheduleExpression ?? '';
      if (!/^(cron|rate)\(/.test(expression)) {
        skipped.push({
          what: `schedule ${group}/${name}`,
          why:
            `${expression.startsWith('at(') ? 'a one-time schedule' : 'an expression'} (${expression}) ` +
            `that a manifest does not take: only cron() and rate()`,
        });
        return undefined;
      }
      if (!s.Target) return undefined;
      const { request } = task;
      const universal = s.Target.Arn === RUN_TASK_TARGET;
      const window =
        s.FlexibleTimeWindow?.Mode === 'FLEXIBLE' ? s.FlexibleTimeWindow.MaximumWindowInMinutes : undefined;
      const retry = retryPolicyOf(s.Target.RetryPolicy);
      return {
        ref: `schedule/${group}/${name}`,
        kind: 'schedule',
        name: group === 'default' ? name : `${group}/${name}`,
        otherTargets: 0,
        expression,
        timezone: s.ScheduleExpressionTimezone ?? 'UTC',
        enabled: s.State !== 'DISABLED',
        ...(s.Description ? { description: s.Description } : {}),
        ...(s.Target.RoleArn ? { roleArn: s.Target.RoleArn } : {}),
        // The overrides: a universal target's are in its request; a templated target's Input as written (import says
        // when it cannot read it).
        ...(universal
          ? request.overrides
            ? { input: JSON.stringify(request.overrides) }
            : {}
          : s.Target.Input
            ? { input: s.Target.Input }
            : {}),
        ...(retry ? { retryPolicy: retry } : {}),
        ...(s.Target.DeadLetterConfig?.Arn ? { deadLetterQueueArn: s.Target.DeadLetterConfig.Arn } : {}),
        ...(window !== undefined ? { flexibleTimeWindowMinutes: window } : {}),
        ecs: ecsTarget(request),
      };
    },
  );
  return found.filter((c): c is Candidate => c !== undefined);
}

async function ruleTasks(clients: AwsClients, clusterArn: string, skipped: Discovery['skipped']): Promise<Candidate[]> {
  const names = await ruleNamesTargeting(clients, clusterArn);
  const perRule = await mapLimit(names, READ_CONCURRENCY, async (name): Promise<Candidate[]> => {
    const found = await ruleByName(clients, name);
    if (!found) return [];
    if (found.owner !== undefined) {
      skipped.push({ what: `rule ${name}`, why: `made by ecs-batch (project ${found.owner})` });
      return [];
    }
    const { rule } = found;
    if (!rule.ScheduleExpression) {
      skipped.push({
        what: `rule ${name}`,
        why: 'it runs on events, not on a schedule: ecs-batch runs scheduled jobs',
      });
      return [];
    }
    const targets = await targetsOf(clients, name);
    const ours = targets.filter((t) => t.Arn === clusterArn && t.EcsParameters);
    return ours.map((t) => {
      const retry = retryPolicyOf(t.RetryPolicy);
      const several = targets.length > 1;
      const ecs = ecsTarget(runTaskOfEcsParameters(clusterArn, t.EcsParameters!));
      if (t.InputPath || t.InputTransformer)
        ecs.unmodelled.push('InputPath/InputTransformer (only a plain Input is read)');
      return {
        ref: several ? `rule/${name}/${t.Id}` : `rule/${name}`,
        kind: 'rule' as const,
        name,
        ...(several ? { targetId: t.Id! } : {}),
        otherTargets: targets.length - 1,
        expression: rule.ScheduleExpression!,
        timezone: 'UTC',
        enabled: rule.State !== 'DISABLED',
        ...(rule.Description ? { description: rule.Description } : {}),
        ...(t.RoleArn ? { roleArn: t.RoleArn } : {}),
        ...(t.Input ? { input: t.Input } : {}),
        ...(retry ? { retryPolicy: retry } : {}),
        ...(t.DeadLetterConfig?.Arn ? { deadLetterQueueArn: t.DeadLetterConfig.Arn } : {}),
        ecs,
      };
    });
  });
  return perRule.flat();
}

/** Every hand-made scheduled ECS task on the cluster, with its task definition. Makes no write. */
export async function discover(clients: AwsClients, cluster: string): Promise<Discovery> {
  const clusterArn = await resolveCluster(clients, cluster);
  const region = await clients.region();
  const skipped: Discovery['skipped'] = [];
  const candidates = [
    ...(await scheduledTasks(clients, clusterArn, skipped)),
    ...(await ruleTasks(clients, clusterArn, skipped)),
  ];
  const definitions = new Map<string, Promise<TaskDefinition | undefined>>();
  const describe = (arn: string) => {
    if (!definitions.has(arn)) {
      definitions.set(
        arn,
        clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn })).then(
          (out) => out.taskDefinition,
          (error: unknown) => {
            if (error instanceof ClientException) return undefined;
            throw error;
          },
        ),
      );
    }
    return definitions.get(arn)!;
  };
  const found = await mapLimit(candidates, READ_CONCURRENCY, async (c): Promise<FoundTask | undefined> => {
    const taskDefinition = await describe(c.ecs.taskDefinitionArn);
    if (!taskDefinition?.containerDefinitions?.length) {
      skipped.push({
        what: `${c.kind} ${c.name}`,
        why: `its task definition ${c.ecs.taskDefinitionArn} cannot be read`,
      });
      return undefined;
    }
    return { ...c, taskDefinition };
  });
  return {
    cluster,
    clusterArn,
    region,
    found: found.filter((f): f is FoundTask => f !== undefined).sort((a, b) => a.ref.localeCompare(b.ref)),
    skipped: skipped.sort((a, b) => a.what.localeCompare(b.what)),
  };
}
