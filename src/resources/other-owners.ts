/**
 * Other ecs-batch deployments that run this manifest's jobs on the same cluster (after a rename of
 * `project`, the old schedules keep running): read-only, reported as warnings, never changed.
 */
import { allow } from '../aws/policy.ts';
import { DescribeTaskDefinitionCommand, ClientException, type RunTaskCommandInput } from '@aws-sdk/client-ecs';
import {
  GetScheduleCommand,
  ListTagsForResourceCommand as ListGroupTagsCommand,
  paginateListScheduleGroups,
  paginateListSchedules,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';
import { OWNER_TAG } from '../manifest/names.ts';
import type { ObserveRequest, ObservedState, OtherOwnersJob, StrangerJob } from '../model/observed.ts';
import { parseImageReference } from '../taskdef/reference.ts';
import { mapLimit } from '../util/concurrency.ts';
import { describeError } from '../util/errors.ts';
import { READ_CONCURRENCY, UNSCOPED_READS, type ResourceKind } from './kind.ts';
import { ruleByName, ruleNamesTargeting, targetsOf } from './rules.ts';
import { scheduleGroupOwner } from './schedules.ts';
import { RUN_TASK_TARGET, isCluster, overridesIn, scheduledRunTask } from '../targets/ecs.ts';

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
async function observeTwins(
  clients: AwsClients,
  prefix: string,
  twins: NonNullable<ObserveRequest['twins']>,
): Promise<OtherOwnersJob[]> {
  const jobs = new Set(twins.jobs);
  const skip = new Set([prefix, ...twins.siblings, 'default']);
  const candidates: (OtherOwnersJob & { taskDefinition: () => Promise<string | undefined> })[] = [];
  const groups: { name: string; arn: string }[] = [];
  for await (const page of paginateListScheduleGroups(
    { client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules },
    {},
  )) {
    for (const g of page.ScheduleGroups ?? [])
      if (g.Name && g.Arn && !skip.has(g.Name)) groups.push({ name: g.Name, arn: g.Arn });
  }
  await mapLimit(groups, READ_CONCURRENCY, async (group) => {
    const tags = await clients.scheduler.send(new ListGroupTagsCommand({ ResourceArn: group.arn }));
    if (!(tags.Tags ?? []).some((t) => t.Key === OWNER_TAG && t.Value === group.name)) return;
    for await (const page of paginateListSchedules(
      { client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules },
      { GroupName: group.name },
    )) {
      for (const s of page.Schedules ?? []) {
        const job = twinJob(s.Name ?? '', group.name, jobs);
        if (!job || !mayRunOn(s.Target?.Arn, twins.clusterArn) || s.State === 'DISABLED') continue;
        const name = s.Name!;
        candidates.push({
          job,
          owner: group.name,
          kind: 'schedule',
          name,
          taskDefinition: async () => {
            const task = scheduledRunTask(
              (await clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: group.name }))).Target,
            );
            return task && isCluster(task.cluster, twins.clusterArn) ? task.request.taskDefinition : undefined;
          },
        });
      }
    }
  });
  const ruleNames = await ruleNamesTargeting(clients, twins.clusterArn);
  const named = ruleNames.filter(
    (name) => !name.startsWith(`${prefix}-`) && [...jobs].some((job) => name.endsWith(`-${job}`)),
  );
  await mapLimit(named.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async (name) => {
    const rule = await ruleByName(clients, name);
    if (!rule || rule.state === 'DISABLED') return;
    const owner = rule.owner;
    const job = owner && !skip.has(owner) ? twinJob(name, owner, jobs) : undefined;
    if (!owner || !job) return;
    candidates.push({
      job,
      owner,
      kind: 'rule',
      name,
      taskDefinition: async () =>
        (await targetsOf(clients, name)).find((t) => t.Arn === twins.clusterArn)?.EcsParameters?.TaskDefinitionArn,
    });
  });
  // Same job name is not enough (two teams may both have a `cleanup`): it must run the same image repository.
  const checked = await mapLimit(candidates.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async (c) =>
    (await repositoryOf(clients, await c.taskDefinition())) === twins.repository ? c : undefined,
  );
  return checked
    .filter((c): c is (typeof candidates)[number] => c !== undefined)
    .map(({ job, owner, kind, name }) => ({ job, owner, kind, name }))
    .sort((a, b) => a.job.localeCompare(b.job) || a.name.localeCompare(b.name));
}

/**
 * A schedule target that may run a task on the cluster: its templated ECS target, or a universal RunTask (its Input
 * says which cluster).
 */
const mayRunOn = (arn: string | undefined, clusterArn: string) => arn === clusterArn || arn === RUN_TASK_TARGET;

/** The family of a task definition ARN (or a family name). */
const familyOf = (arn: string | undefined) =>
  arn ? arn.slice(arn.lastIndexOf('/') + 1).replace(/:\d+$/, '') : undefined;

/** The command a RunTask request's overrides give (the first container override with one). */
const commandOf = (overrides: RunTaskCommandInput['overrides']) =>
  overrides?.containerOverrides?.find((c) => Array.isArray(c.command))?.command;

/**
 * Schedules and rules made by hand (not tagged by any ecs-batch deployment) that target this
 * cluster and run one of the manifest's jobs: its family, or its exact command. Deploying would
 * make that job run twice. Read-only, at most MAX_TWIN_CANDIDATES looked at closely of each kind.
 */
async function observeStrangers(
  clients: AwsClients,
  prefix: string,
  twins: NonNullable<ObserveRequest['twins']>,
): Promise<StrangerJob[]> {
  const byFamily = new Map(twins.jobs.map((j) => [`${prefix}-${j}`, j]));
  const commands = Object.entries(twins.commands ?? {}).map(([job, cmd]) => [job, JSON.stringify(cmd)] as const);
  const match = (
    family: string | undefined,
    command: string[] | undefined,
  ): { job: string; by: StrangerJob['by'] } | undefined => {
    const own = family ? byFamily.get(family) : undefined;
    if (own) return { job: own, by: 'family' };
    const same = command ? commands.find(([, c]) => c === JSON.stringify(command)) : undefined;
    return same ? { job: same[0], by: 'command' } : undefined;
  };
  const found: StrangerJob[] = [];
  // Scheduler: every schedule that targets the cluster, outside ecs-batch's groups.
  const schedules: { arn: string; group: string; name: string }[] = [];
  for await (const page of paginateListSchedules(
    { client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules },
    {},
  )) {
    for (const s of page.Schedules ?? []) {
      if (
        mayRunOn(s.Target?.Arn, twins.clusterArn) &&
        s.Arn &&
        s.GroupName &&
        s.Name &&
        s.State !== 'DISABLED' &&
        s.GroupName !== prefix &&
        !twins.siblings.includes(s.GroupName)
      )
        schedules.push({ arn: s.Arn, group: s.GroupName, name: s.Name });
    }
  }
  const groupOwned = new Map<string, Promise<boolean>>();
  await mapLimit(schedules.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async ({ arn, group, name }) => {
    if (!groupOwned.has(group))
      groupOwned.set(
        group,
        scheduleGroupOwner(clients, arn).then(
          (owner) => owner !== undefined,
          () => false,
        ),
      );
    if (await groupOwned.get(group)) return; // another ecs-batch deployment: observeTwins' business
    const task = scheduledRunTask(
      (await clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: group }))).Target,
    );
    if (!task || !isCluster(task.cluster, twins.clusterArn)) return;
    const hit = match(familyOf(task.request.taskDefinition), commandOf(task.request.overrides));
    if (hit) found.push({ ...hit, kind: 'schedule', name: `${group}/${name}` });
  });
  // EventBridge: every rule with a target on the cluster, not tagged by any ecs-batch deployment.
  const ruleNames = await ruleNamesTargeting(clients, twins.clusterArn);
  await mapLimit(
    ruleNames.filter((n) => !n.startsWith(`${prefix}-`)).slice(0, MAX_TWIN_CANDIDATES),
    READ_CONCURRENCY,
    async (name) => {
      const rule = await ruleByName(clients, name);
      if (!rule || rule.state === 'DISABLED' || rule.owner !== undefined) return;
      for (const target of await targetsOf(clients, name)) {
        if (target.Arn !== twins.clusterArn) continue;
        const hit = match(familyOf(target.EcsParameters?.TaskDefinitionArn), commandOf(overridesIn(target.Input)));
        if (hit) found.push({ ...hit, kind: 'rule', name });
      }
    },
  );
  return found.sort((a, b) => a.job.localeCompare(b.job) || a.name.localeCompare(b.name));
}

export const otherOwners: ResourceKind<never> = {
  kinds: [],

  // Reading other schedules and rules (tags, targets) finds another ecs-batch deployment of the same jobs (a renamed
  // project) and the hand-made ones the jobs take over.
  iam: ({ arn }) => [
    ...allow(UNSCOPED_READS, ['scheduler:ListScheduleGroups', 'events:ListRuleNamesByTarget'], ['*']),
    ...allow(
      'ReadOtherDeployments',
      [
        'scheduler:ListTagsForResource',
        'scheduler:GetSchedule',
        'events:ListTagsForResource',
        'events:ListTargetsByRule',
      ],
      [arn('scheduler', 'schedule-group/*'), arn('scheduler', 'schedule/*/*'), arn('events', 'rule/*')],
    ),
  ],

  async observe(clients, req) {
    if (!req.twins) return {};
    // Checks for the user's benefit: when one cannot run (an older IAM policy), the deploy goes on and says so.
    const unknown = (error: unknown) => ({ unknown: describeError(error).split('\n')[0]! });
    const [owners, strangers] = await Promise.all([
      observeTwins(clients, req.prefix, req.twins).then((found) => ({ found }), unknown),
      observeStrangers(clients, req.prefix, req.twins).then((found) => ({ found }), unknown),
    ]);
    const why = 'unknown' in owners ? owners.unknown : 'unknown' in strangers ? strangers.unknown : undefined;
    return {
      ...('found' in owners ? { otherOwners: owners.found } : {}),
      ...('found' in strangers ? { strangers: strangers.found } : {}),
      ...(why ? { otherOwnersUnknown: why } : {}),
    };
  },

  plan({ observed }) {
    const warnings: string[] = [];
    warnings.push(...otherOwnerWarnings(observed));
    // A job that takes one over (`replaces:`) runs once: the take-over deletes it right after the job's own schedule exists.
    // (A rule's target taken over, rule/NAME/TARGET, counts for that job and rule.)
    const takenOver = new Set(
      (observed.replaced ?? []).flatMap((r) => [r.ref, `${r.job} ${r.ref.replace(/^(rule\/[^/]+)\/.*$/, '$1')}`]),
    );
    for (const s of (observed.strangers ?? []).filter(
      (x) => !takenOver.has(`${x.kind}/${x.name}`) && !takenOver.has(`${x.job} ${x.kind}/${x.name}`),
    )) {
      warnings.push(
        `job ${s.job} would also run from ${s.kind} ${s.name}: ecs-batch did not make it, and it ` +
          `${s.by === 'family' ? "runs the job's task definition family" : 'runs the same command'} on this cluster. ` +
          `The job will run twice per period until that ${s.kind} is deleted or disabled`,
      );
    }
    return { warnings };
  },

  phase: () => 0,
  apply: () => Promise.reject(new Error('internal: other deployments are never changed')),
};

/** Another ecs-batch prefix runs the same jobs on this cluster: a renamed project leaves the old running. */
function otherOwnerWarnings(observed: ObservedState): string[] {
  const out: string[] = [];
  if (observed.otherOwnersUnknown)
    out.push(
      `could not look for other ecs-batch deployments of these jobs on this cluster: ${observed.otherOwnersUnknown}`,
    );
  const byOwner = new Map<string, OtherOwnersJob[]>();
  for (const twin of observed.otherOwners ?? []) byOwner.set(twin.owner, [...(byOwner.get(twin.owner) ?? []), twin]);
  for (const [owner, twins] of byOwner) {
    const what = twins.map((t) => `${t.kind} ${t.name}`).join(', ');
    out.push(
      `ecs-batch project ${owner} also runs ${[...new Set(twins.map((t) => t.job))].join(', ')} on this cluster (${what}): ` +
        `if project or environment was renamed from ${owner}, those jobs run twice until the old ones are removed ` +
        `(deploy the old name with no jobs and --max-prune, or delete them)`,
    );
  }
  return out;
}
