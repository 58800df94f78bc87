/** Reads the live state the planner compares against. Reads only; bounded concurrency; SDK paginators. */
import { ListTagsForResourceCommand as ListLogTagsCommand, paginateDescribeLogGroups } from '@aws-sdk/client-cloudwatch-logs';
import {
  ClientException,
  DescribeClustersCommand,
  DescribeTaskDefinitionCommand,
  paginateListTaskDefinitionFamilies,
  paginateListTaskDefinitions,
} from '@aws-sdk/client-ecs';
import { ListRuleNamesByTargetCommand, ListRulesCommand, ListTagsForResourceCommand as ListRuleTagsCommand, ListTargetsByRuleCommand, type Rule, type Target } from '@aws-sdk/client-eventbridge';
import {
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListTagsForResourceCommand as ListGroupTagsCommand,
  ResourceNotFoundException,
  paginateListScheduleGroups,
  paginateListSchedules,
  type GetScheduleCommandOutput,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';
import { OWNER_TAG } from '../manifest/names.ts';
import { mapLimit } from '../util/concurrency.ts';
import { parseImageReference } from '../taskdef/reference.ts';
import { OperationError, describeError } from '../util/errors.ts';
import type { ObservedLogGroup, ObservedRule, ObservedState, ObservedTaskDefinition, OtherOwnersJob } from './types.ts';

/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
export const READ_CONCURRENCY = 8;

export interface ObserveRequest {
  prefix: string;
  /** `<prefix>-<job>` of every desired job. */
  names: string[];
  logGroups: string[];
  /** Read ACTIVE revisions of the desired families (for keep-revisions). */
  revisionsOfDesired: boolean;
  /** To find other ecs-batch deployments that run the same jobs on the same cluster (a renamed project). */
  twins?: {
    clusterArn: string;
    jobs: string[];
    /** The manifest's image repository: a twin runs the same one. */
    repository: string;
    /** Prefixes of this manifest's other environments: not twins. */
    siblings: string[];
  };
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

/** `<owner>-<job>` for one of our jobs, or undefined. */
function twinJob(name: string, owner: string, jobs: ReadonlySet<string>): string | undefined {
  const job = name.startsWith(`${owner}-`) ? name.slice(owner.length + 1) : undefined;
  return job !== undefined && jobs.has(job) ? job : undefined;
}

/** Candidates looked at closely, at most: the check stays a few calls whatever the account holds. */
const MAX_TWIN_CANDIDATES = 50;

/** The image repository a task definition runs (its first container's), without registry, tag or digest. */
async function repositoryOf(clients: AwsClients, taskDefinition: string | undefined): Promise<string | undefined> {
  if (!taskDefinition) return undefined;
  try {
    const out = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition }));
    const image = out.taskDefinition?.containerDefinitions?.[0]?.image;
    return image ? parseImageReference(image)?.repository : undefined;
  } catch (error) {
    if (error instanceof ClientException) return undefined;
    throw error;
  }
}

/**
 * Schedules and rules of *other* ecs-batch prefixes that run one of this manifest's jobs, from
 * the same image repository, on the same cluster: after a rename of `project` the old ones keep
 * running. Read-only; a few calls per schedule group, per rule that targets the cluster and per
 * candidate (at most MAX_TWIN_CANDIDATES).
 */
async function observeTwins(clients: AwsClients, prefix: string, twins: NonNullable<ObserveRequest['twins']>): Promise<OtherOwnersJob[]> {
  const jobs = new Set(twins.jobs);
  const skip = new Set([prefix, ...twins.siblings, 'default']);
  const candidates: (OtherOwnersJob & { taskDefinition: () => Promise<string | undefined> })[] = [];
  const groups: { name: string; arn: string }[] = [];
  for await (const page of paginateListScheduleGroups({ client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules }, {})) {
    for (const g of page.ScheduleGroups ?? []) if (g.Name && g.Arn && !skip.has(g.Name)) groups.push({ name: g.Name, arn: g.Arn });
  }
  await mapLimit(groups, READ_CONCURRENCY, async (group) => {
    const tags = await clients.scheduler.send(new ListGroupTagsCommand({ ResourceArn: group.arn }));
    if (!(tags.Tags ?? []).some((t) => t.Key === OWNER_TAG && t.Value === group.name)) return;
    for await (const page of paginateListSchedules({ client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules }, { GroupName: group.name })) {
      for (const s of page.Schedules ?? []) {
        const job = twinJob(s.Name ?? '', group.name, jobs);
        if (!job || s.Target?.Arn !== twins.clusterArn || s.State === 'DISABLED') continue;
        const name = s.Name!;
        candidates.push({
          job,
          owner: group.name,
          kind: 'schedule',
          name,
          taskDefinition: async () => (await clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: group.name }))).Target?.EcsParameters?.TaskDefinitionArn,
        });
      }
    }
  });
  const ruleNames: string[] = [];
  let token: string | undefined;
  do {
    const page = await clients.events.send(new ListRuleNamesByTargetCommand({ TargetArn: twins.clusterArn, Limit: PAGE_SIZE.ListRules, ...(token ? { NextToken: token } : {}) }));
    ruleNames.push(...(page.RuleNames ?? []));
    token = page.NextToken;
  } while (token);
  const named = ruleNames.filter((name) => !name.startsWith(`${prefix}-`) && [...jobs].some((job) => name.endsWith(`-${job}`)));
  await mapLimit(named.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async (name) => {
    const described = await clients.events.send(new ListRulesCommand({ NamePrefix: name, Limit: PAGE_SIZE.ListRules }));
    const rule = described.Rules?.find((r) => r.Name === name);
    if (!rule?.Arn || rule.State === 'DISABLED') return;
    const tags = await clients.events.send(new ListRuleTagsCommand({ ResourceARN: rule.Arn }));
    const owner = (tags.Tags ?? []).find((t) => t.Key === OWNER_TAG)?.Value;
    const job = owner && !skip.has(owner) ? twinJob(name, owner, jobs) : undefined;
    if (!owner || !job) return;
    candidates.push({
      job,
      owner,
      kind: 'rule',
      name,
      taskDefinition: async () => (await clients.events.send(new ListTargetsByRuleCommand({ Rule: name }))).Targets?.find((t) => t.Arn === twins.clusterArn)?.EcsParameters?.TaskDefinitionArn,
    });
  });
  // Same job name is not enough (two teams may both have a `cleanup`): it must run the same image repository.
  const checked = await mapLimit(candidates.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async (c) => ((await repositoryOf(clients, await c.taskDefinition())) === twins.repository ? c : undefined));
  return checked
    .filter((c): c is (typeof candidates)[number] => c !== undefined)
    .map(({ job, owner, kind, name }) => ({ job, owner, kind, name }))
    .sort((a, b) => a.job.localeCompare(b.job) || a.name.localeCompare(b.name));
}

export async function observe(clients: AwsClients, req: ObserveRequest): Promise<ObservedState> {
  // Both backends are read whatever the manifest uses: after a switch of backend, what the other
  // one still holds is this manifest's to prune (or it would keep running the jobs twice).
  const [tds, scheduler, rules, logGroups, twins] = await Promise.all([
    observeTaskDefinitions(clients, req),
    observeSchedules(clients, req.prefix),
    observeRules(clients, req.prefix),
    observeLogGroups(clients, req.logGroups, req.prefix),
    // A check for the user's benefit: when it cannot run (an older IAM policy), the deploy goes on and says so.
    req.twins ? observeTwins(clients, req.prefix, req.twins).catch((error: unknown) => describeError(error).split('\n')[0]!) : Promise.resolve([]),
  ]);
  return {
    ...tds,
    ...('scheduleGroup' in scheduler && scheduler.scheduleGroup ? { scheduleGroup: scheduler.scheduleGroup } : {}),
    schedules: scheduler.schedules,
    rules,
    logGroups,
    ...(typeof twins === 'string' ? { otherOwnersUnknown: twins } : { otherOwners: twins }),
  };
}

