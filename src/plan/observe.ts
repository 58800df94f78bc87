/** Reads the live state the planner compares against. Reads only; bounded concurrency; SDK paginators. */
import { ListTagsForResourceCommand as ListLogTagsCommand, paginateDescribeLogGroups } from '@aws-sdk/client-cloudwatch-logs';
import {
  ClientException,
  DescribeClustersCommand,
  DescribeTaskDefinitionCommand,
  paginateListTaskDefinitionFamilies,
  paginateListTaskDefinitions,
} from '@aws-sdk/client-ecs';
import { ListRulesCommand, ListTagsForResourceCommand as ListRuleTagsCommand, ListTargetsByRuleCommand, type Rule, type Target } from '@aws-sdk/client-eventbridge';
import {
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListTagsForResourceCommand as ListGroupTagsCommand,
  ResourceNotFoundException,
  paginateListSchedules,
  type GetScheduleCommandOutput,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';
import { OWNER_TAG } from '../manifest/names.ts';
import { mapLimit } from '../util/concurrency.ts';
import { OperationError } from '../util/errors.ts';
import type { ObservedLogGroup, ObservedRule, ObservedState, ObservedTaskDefinition } from './types.ts';

/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
export const READ_CONCURRENCY = 8;

export interface ObserveRequest {
  prefix: string;
  /** `<prefix>-<job>` of every desired job. */
  names: string[];
  logGroups: string[];
  /** Read ACTIVE revisions of the desired families (for keep-revisions). */
  revisionsOfDesired: boolean;
}

/** The cluster's ARN; a clear error (before any write) when it does not exist. */
export async function resolveCluster(clients: AwsClients, cluster: string): Promise<string> {
  const out = await clients.ecs.send(new DescribeClustersCommand({ clusters: [cluster] }));
  const found = out.clusters?.find((c) => c.status === 'ACTIVE' || c.status === undefined);
  if (!found?.clusterArn) {
    const region = await clients.region();
    throw new OperationError(`ECS cluster '${cluster}' does not exist in ${region}`, 'create it, or fix `cluster` in the manifest (or the environment overlay)');
  }
  return found.clusterArn;
}

async function latestRevision(clients: AwsClients, family: string): Promise<ObservedTaskDefinition | undefined> {
  try {
    const out = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] }));
    const td = out.taskDefinition!;
    return { arn: td.taskDefinitionArn!, family, revision: td.revision!, definition: td, tags: out.tags ?? [] };
  } catch (error) {
    // ECS answers ClientException when a family has no ACTIVE revision.
    if (error instanceof ClientException) return undefined;
    throw error;
  }
}

async function activeRevisions(clients: AwsClients, family: string): Promise<string[]> {
  const arns: string[] = [];
  const pages = paginateListTaskDefinitions({ client: clients.ecs, pageSize: PAGE_SIZE.ListTaskDefinitions }, { familyPrefix: family, status: 'ACTIVE', sort: 'DESC' });
  for await (const page of pages) arns.push(...(page.taskDefinitionArns ?? []));
  // familyPrefix is the exact family, but a defensive filter costs nothing.
  return arns.filter((arn) => arn.slice(arn.indexOf('/') + 1).replace(/:\d+$/, '') === family);
}

async function observeTaskDefinitions(clients: AwsClients, req: ObserveRequest) {
  const taskDefinitions: Record<string, ObservedTaskDefinition> = {};
  const desired = await mapLimit(req.names, READ_CONCURRENCY, (name) => latestRevision(clients, name));
  desired.forEach((td, i) => {
    if (td) taskDefinitions[req.names[i]!] = td;
  });
  const families: string[] = [];
  const pages = paginateListTaskDefinitionFamilies({ client: clients.ecs, pageSize: PAGE_SIZE.ListTaskDefinitionFamilies }, { familyPrefix: `${req.prefix}-`, status: 'ACTIVE' });
  for await (const page of pages) families.push(...(page.families ?? []));
  const others = families.filter((f) => !req.names.includes(f));
  const described = await mapLimit(others, READ_CONCURRENCY, (family) => latestRevision(clients, family));
  const ownedFamilies: string[] = [];
  described.forEach((td) => {
    if (td && td.tags.some((t) => t.key === OWNER_TAG && t.value === req.prefix)) {
      taskDefinitions[td.family] = td;
      ownedFamilies.push(td.family);
    }
  });
  for (const name of req.names) {
    const td = taskDefinitions[name];
    if (td && td.tags.some((t) => t.key === OWNER_TAG && t.value === req.prefix)) ownedFamilies.push(name);
  }
  const needRevisions = [...ownedFamilies.filter((f) => !req.names.includes(f)), ...(req.revisionsOfDesired ? req.names : [])];
  const revisions = await mapLimit(needRevisions, READ_CONCURRENCY, (family) => activeRevisions(clients, family));
  const active: Record<string, string[]> = {};
  needRevisions.forEach((family, i) => (active[family] = revisions[i]!));
  return { taskDefinitions, ownedFamilies, activeRevisions: active };
}

async function observeSchedules(clients: AwsClients, prefix: string) {
  let group;
  try {
    group = await clients.scheduler.send(new GetScheduleGroupCommand({ Name: prefix }));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return { schedules: {} };
    throw error;
  }
  const tags = await clients.scheduler.send(new ListGroupTagsCommand({ ResourceArn: group.Arn! }));
  const owned = (tags.Tags ?? []).some((t) => t.Key === OWNER_TAG && t.Value === prefix);
  const scheduleGroup = { name: prefix, arn: group.Arn!, owned };
  if (!owned) return { scheduleGroup, schedules: {} };
  const names: string[] = [];
  for await (const page of paginateListSchedules({ client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules }, { GroupName: prefix })) {
    names.push(...(page.Schedules ?? []).map((s) => s.Name!));
  }
  const details = await mapLimit(names, READ_CONCURRENCY, (name) => clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: prefix })));
  const schedules: Record<string, GetScheduleCommandOutput> = {};
  details.forEach((s, i) => (schedules[names[i]!] = s));
  return { scheduleGroup, schedules };
}

async function observeRules(clients: AwsClients, prefix: string) {
  // The EventBridge SDK has no paginator for ListRules or ListTargetsByRule: follow NextToken.
  const found: Rule[] = [];
  let token: string | undefined;
  do {
    const page = await clients.events.send(new ListRulesCommand({ NamePrefix: `${prefix}-`, Limit: PAGE_SIZE.ListRules, ...(token ? { NextToken: token } : {}) }));
    found.push(...(page.Rules ?? []));
    token = page.NextToken;
  } while (token);
  const observed = await mapLimit(found, READ_CONCURRENCY, async (rule): Promise<ObservedRule> => {
    const tags = await clients.events.send(new ListRuleTagsCommand({ ResourceARN: rule.Arn! }));
    const owned = (tags.Tags ?? []).some((t) => t.Key === OWNER_TAG && t.Value === prefix);
    const targets: Target[] = [];
    if (owned) {
      let next: string | undefined;
      do {
        const page = await clients.events.send(new ListTargetsByRuleCommand({ Rule: rule.Name!, ...(next ? { NextToken: next } : {}) }));
        targets.push(...(page.Targets ?? []));
        next = page.NextToken;
      } while (next);
    }
    return {
      name: rule.Name!,
      arn: rule.Arn!,
      ...(rule.ScheduleExpression ? { scheduleExpression: rule.ScheduleExpression } : {}),
      ...(rule.State ? { state: rule.State } : {}),
      ...(rule.Description !== undefined ? { description: rule.Description } : {}),
      owned,
      targets,
    };
  });
  return Object.fromEntries(observed.map((r) => [r.name, r]));
}

async function observeLogGroups(clients: AwsClients, names: string[], prefix: string): Promise<Record<string, ObservedLogGroup>> {
  const found = await mapLimit(names, READ_CONCURRENCY, async (name): Promise<ObservedLogGroup | undefined> => {
    for await (const page of paginateDescribeLogGroups({ client: clients.logs, pageSize: PAGE_SIZE.DescribeLogGroups }, { logGroupNamePrefix: name })) {
      const group = page.logGroups?.find((g) => g.logGroupName === name);
      if (!group) continue;
      const arn = group.arn!.replace(/:\*$/, '');
      const tags = await clients.logs.send(new ListLogTagsCommand({ resourceArn: arn }));
      return { name, ...(group.retentionInDays !== undefined ? { retentionInDays: group.retentionInDays } : {}), managed: tags.tags?.[OWNER_TAG] === prefix };
    }
    return undefined;
  });
  return Object.fromEntries(found.filter((g): g is ObservedLogGroup => g !== undefined).map((g) => [g.name, g]));
}

export async function observe(clients: AwsClients, req: ObserveRequest): Promise<ObservedState> {
  // Both backends are read whatever the manifest uses: after a switch of backend, what the other
  // one still holds is this manifest's to prune (or it would keep running the jobs twice).
  const [tds, scheduler, rules, logGroups] = await Promise.all([
    observeTaskDefinitions(clients, req),
    observeSchedules(clients, req.prefix),
    observeRules(clients, req.prefix),
    observeLogGroups(clients, req.logGroups, req.prefix),
  ]);
  return {
    ...tds,
    ...('scheduleGroup' in scheduler && scheduler.scheduleGroup ? { scheduleGroup: scheduler.scheduleGroup } : {}),
    schedules: scheduler.schedules,
    rules,
    logGroups,
  };
}

