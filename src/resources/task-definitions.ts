/**
 * ECS task definitions: one family per job. A revision is registered only when the rendered one
 * differs from the latest ACTIVE revision; families this manifest no longer lists, and revisions
 * past `keep-revisions`, are deregistered.
 */
import { allow, passRole } from '../aws/policy.ts';
import {
  ClientException,
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
  RegisterTaskDefinitionCommand,
  paginateListTaskDefinitionFamilies,
  paginateListTaskDefinitions,
  type RegisterTaskDefinitionCommandInput,
} from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';
import { APPLIED_TAG, OWNER_TAG, jobFromResourceName } from '../manifest/names.ts';
import type { DesiredJob } from '../model/desired.ts';
import type { ObservedTaskDefinition } from '../model/observed.ts';
import { registrationFingerprint } from './applied.ts';
import { normalizeTags, normalizeTaskDefinition } from '../taskdef/normalize.ts';
import { mapLimit } from '../util/concurrency.ts';
import { diffValues, prefixedChanges, type FieldChange } from '../util/diff.ts';
import { isSharedFamily } from '../taskdef/shared.ts';
import { PHASE, READ_CONCURRENCY, UNSCOPED_READS, WRITE_CONCURRENCY, type ResourceKind } from './kind.ts';

export interface TaskDefinitionChange {
  kind: 'task-definition';
  action: 'register' | 'unchanged';
  /** The first job that runs it (all of them in `jobs`: more than one when shared). */
  job: string;
  jobs: string[];
  family: string;
  current?: { arn: string; revision: number };
  input: RegisterTaskDefinitionCommandInput;
  diff: FieldChange[];
  reason: string;
}

export interface RevisionsChange {
  kind: 'task-definition-revisions';
  action: 'deregister';
  family: string;
  job?: string;
  arns: string[];
  reason: string;
}

async function latestRevision(clients: AwsClients, family: string): Promise<ObservedTaskDefinition | undefined> {
  try {
    const out = await clients.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: family, include: ['TAGS'] }),
    );
    const td = out.taskDefinition!;
    return { arn: td.taskDefinitionArn!, family, revision: td.revision!, definition: td, tags: out.tags ?? [] };
  } catch (error) {
    // ECS answers ClientException when a family has no ACTIVE revision.
    if (error instanceof ClientException) return undefined;
    throw error;
  }
}

/** The ACTIVE revisions before the latest, newest first, at most `count` (a rollback points at one of them). */
async function earlierRevisions(clients: AwsClients, family: string, count: number): Promise<ObservedTaskDefinition[]> {
  const arns = (await activeRevisions(clients, family)).slice(1, 1 + count);
  return mapLimit(arns, READ_CONCURRENCY, async (arn) => {
    const out = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }));
    const td = out.taskDefinition!;
    return { arn: td.taskDefinitionArn!, family, revision: td.revision!, definition: td, tags: out.tags ?? [] };
  });
}

/** A family's ACTIVE revision ARNs, newest first. */
export async function activeRevisions(clients: AwsClients, family: string): Promise<string[]> {
  const arns: string[] = [];
  const pages = paginateListTaskDefinitions(
    { client: clients.ecs, pageSize: PAGE_SIZE.ListTaskDefinitions },
    { familyPrefix: family, status: 'ACTIVE', sort: 'DESC' },
  );
  for await (const page of pages) arns.push(...(page.taskDefinitionArns ?? []));
  // familyPrefix is the exact family, but a defensive filter costs nothing.
  return arns.filter((arn) => arn.slice(arn.indexOf('/') + 1).replace(/:\d+$/, '') === family);
}

const owns = (td: ObservedTaskDefinition, prefix: string) =>
  td.tags.some((t) => t.key === OWNER_TAG && t.value === prefix);

export const taskDefinitions: ResourceKind<TaskDefinitionChange> = {
  kinds: ['task-definition'],

  async observe(clients, req) {
    const taskDefinitions: Record<string, ObservedTaskDefinition> = {};
    const desired = await mapLimit(req.names, READ_CONCURRENCY, (name) => latestRevision(clients, name));
    desired.forEach((td, i) => {
      if (td) taskDefinitions[req.names[i]!] = td;
    });
    const families: string[] = [];
    const pages = paginateListTaskDefinitionFamilies(
      { client: clients.ecs, pageSize: PAGE_SIZE.ListTaskDefinitionFamilies },
      { familyPrefix: `${req.prefix}-`, status: 'ACTIVE' },
    );
    for await (const page of pages) families.push(...(page.families ?? []));
    const others = families.filter((f) => !req.names.includes(f));
    const described = await mapLimit(others, READ_CONCURRENCY, (family) => latestRevision(clients, family));
    const ownedFamilies: string[] = [];
    for (const td of described) {
      if (td && owns(td, req.prefix)) {
        taskDefinitions[td.family] = td;
        ownedFamilies.push(td.family);
      }
    }
    for (const name of req.names)
      if (taskDefinitions[name] && owns(taskDefinitions[name], req.prefix)) ownedFamilies.push(name);
    const needRevisions = [
      ...ownedFamilies.filter((f) => !req.names.includes(f)),
      ...(req.revisionsOfDesired ? req.names : []),
    ];
    const revisions = await mapLimit(needRevisions, READ_CONCURRENCY, (family) => activeRevisions(clients, family));
    const active: Record<string, string[]> = {};
    needRevisions.forEach((family, i) => (active[family] = revisions[i]!));
    const earlier: Record<string, ObservedTaskDefinition[]> = {};
    if (req.earlierRevisions) {
      const present = req.names.filter((n) => taskDefinitions[n]);
      const read = await mapLimit(present, READ_CONCURRENCY, (f) =>
        earlierRevisions(clients, f, req.earlierRevisions!),
      );
      present.forEach((family, i) => (earlier[family] = read[i]!));
    }
    return {
      taskDefinitions,
      ownedFamilies,
      activeRevisions: active,
      ...(req.earlierRevisions ? { earlierRevisions: earlier } : {}),
    };
  },

  plan({ desired, observed }) {
    const knownArns = new Map<string, string>();
    const changes: TaskDefinitionChange[] = [];
    const conflicts: string[] = [];
    const { prefix } = desired;
    for (const d of desired.taskDefinitions) {
      const current = observed.taskDefinitions[d.family];
      if (current && normalizeTags(current.tags)[OWNER_TAG] !== prefix) {
        conflicts.push(
          `task definition family ${d.family} exists but is not owned by this manifest (its latest ` +
            `revision lacks the tag ${OWNER_TAG}=${prefix}); rename the job, or tag the family's latest revision to adopt it`,
        );
        continue;
      }
      const diff = current
        ? [
            ...diffValues(normalizeTaskDefinition(current.definition), normalizeTaskDefinition(d.input)),
            ...prefixedChanges('tags', diffValues(normalizeTags(current.tags), normalizeTags(d.input.tags))),
          ]
        : [];
      const base = {
        kind: 'task-definition' as const,
        job: d.jobs[0]!,
        jobs: d.jobs,
        family: d.family,
        input: d.input,
      };
      // A rollback: an earlier revision that matches is pointed at again, and nothing is registered.
      const earlier = diff.length
        ? observed.earlierRevisions?.[d.family]?.find(
            (e) =>
              normalizeTags(e.tags)[OWNER_TAG] === prefix &&
              diffValues(normalizeTaskDefinition(e.definition), normalizeTaskDefinition(d.input)).length === 0 &&
              diffValues(normalizeTags(e.tags), normalizeTags(d.input.tags)).length === 0,
          )
        : undefined;
      if (earlier) {
        knownArns.set(d.family, earlier.arn);
        changes.push({
          ...base,
          action: 'unchanged',
          current: { arn: earlier.arn, revision: earlier.revision },
          diff: [],
          reason: `revision ${earlier.revision} matches (an earlier one: nothing is registered)`,
        });
      } else if (current && diff.length === 0) {
        knownArns.set(d.family, current.arn);
        changes.push({
          ...base,
          action: 'unchanged',
          current: { arn: current.arn, revision: current.revision },
          diff,
          reason: `revision ${current.revision} matches`,
        });
      } else {
        changes.push({
          ...base,
          input: withRegistrationFingerprints(
            d.input,
            desired.jobs.filter((j) => j.family === d.family),
          ),
          action: 'register',
          ...(current ? { current: { arn: current.arn, revision: current.revision } } : {}),
          diff,
          reason: current
            ? `revision ${current.revision} differs in ${diff.length} field${diff.length === 1 ? '' : 's'}`
            : 'new family',
        });
      }
    }
    return { changes, conflicts, facts: { knownArns } };
  },

  iam({ desired, manifest, arn, write }) {
    const families = familyArns(desired.prefix, manifest.taskDefinitions === 'shared', arn);
    const reads = ['ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitionFamilies', 'ecs:ListTaskDefinitions'];
    if (!write) return allow(UNSCOPED_READS, reads, ['*']);
    return [
      ...allow(UNSCOPED_READS, reads, ['*']),
      ...allow('RegisterOwnTaskDefinitions', ['ecs:RegisterTaskDefinition'], ['*'], {
        StringEquals: { [`aws:RequestTag/${OWNER_TAG}`]: desired.prefix },
      }),
      ...allow('TagTaskDefinitionsOnRegister', ['ecs:TagResource'], families, {
        StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' },
      }),
      // The fingerprint of what a schedule was last set to, on the revision it runs (drift detection).
      ...allow('RecordAppliedSchedules', ['ecs:TagResource'], families, {
        StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: desired.prefix },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [APPLIED_TAG] },
      }),
      ...passRole(
        'PassRoleToTasks',
        desired.taskDefinitions.flatMap((t) => [t.input.executionRoleArn, t.input.taskRoleArn]),
        'ecs-tasks.amazonaws.com',
      ),
    ];
  },

  phase: () => PHASE.taskDefinitions,

  async apply({ clients, registered }, c) {
    const out = await clients.ecs.send(new RegisterTaskDefinitionCommand(c.input));
    const arn = out.taskDefinition!.taskDefinitionArn!;
    registered(c.family, c.jobs, arn);
    return `revision ${revisionOf(arn)}`;
  },
};

/** A new revision carries the fingerprint of the schedule or rule that will run it (drift detection, no extra write). */
function withRegistrationFingerprints(
  input: RegisterTaskDefinitionCommandInput,
  jobs: readonly DesiredJob[],
): RegisterTaskDefinitionCommandInput {
  const tags = jobs.flatMap((j) => {
    const fingerprint = registrationFingerprint(j);
    return fingerprint ? [{ key: APPLIED_TAG, value: fingerprint }] : [];
  });
  return tags.length ? { ...input, tags: [...(input.tags ?? []), ...tags] } : input;
}

/**
 * The task definition ARNs of this manifest's families, as IAM sees them: `<prefix>-*` revisions (another environment's
 * `<prefix>-staging-*` too, which the ownership tag tells apart), and with shared task definitions the family without a
 * revision (schedules run the latest ACTIVE one).
 */
export function familyArns(
  prefix: string,
  shared: boolean,
  arn: (service: string, resource: string) => string,
): string[] {
  return [
    arn('ecs', `task-definition/${prefix}-*:*`),
    ...(shared ? [arn('ecs', `task-definition/${prefix}-shared-*`)] : []),
  ];
}

export function revisionOf(arn: string): number {
  return Number(arn.slice(arn.lastIndexOf(':') + 1));
}

export const taskDefinitionRevisions: ResourceKind<RevisionsChange> = {
  kinds: ['task-definition-revisions'],

  plan({ desired, observed, options, facts }) {
    const { knownArns } = facts;
    const changes: RevisionsChange[] = [];
    const prunable: RevisionsChange[] = [];
    // Families this manifest owns and no longer lists (after a switch of `taskDefinitions`, the other mode's).
    const desiredNames = new Set(desired.taskDefinitions.map((t) => t.family));
    for (const family of [...observed.ownedFamilies].sort()) {
      if (desiredNames.has(family)) continue;
      const arns = observed.activeRevisions[family] ?? [];
      if (arns.length === 0) continue;
      if (isSharedFamily(desired.prefix, family)) {
        const reason = desired.taskDefinitions.some((t) => isSharedFamily(desired.prefix, t.family))
          ? 'no job has this shape any more'
          : 'the jobs run their own task definitions now (taskDefinitions: per-job)';
        prunable.push({ kind: 'task-definition-revisions', action: 'deregister', family, arns, reason });
        continue;
      }
      const job = jobFromResourceName(desired.prefix, family);
      const reason = desired.jobs.some((d) => d.job.name === job)
        ? 'the job runs a shared task definition now (taskDefinitions: shared)'
        : job
          ? 'job no longer in the manifest'
          : 'no job runs it any more';
      prunable.push({
        kind: 'task-definition-revisions',
        action: 'deregister',
        family,
        ...(job ? { job } : {}),
        arns,
        reason,
      });
    }
    // Keep N revisions per family: deregister older ACTIVE ones, never one a schedule points at.
    if (options.keepRevisions === undefined) return { changes, prunable };
    for (const d of desired.taskDefinitions) {
      const registering = !knownArns.has(d.family);
      const revisions = observed.activeRevisions[d.family] ?? [];
      const keep = Math.max(0, options.keepRevisions - (registering ? 1 : 0));
      const pointed = knownArns.get(d.family);
      const old = revisions.slice(keep).filter((arn) => arn !== pointed);
      if (old.length)
        changes.push({
          kind: 'task-definition-revisions',
          action: 'deregister',
          family: d.family,
          job: d.jobs[0]!,
          arns: old,
          reason: `keep-revisions ${options.keepRevisions}`,
        });
    }
    return { changes, prunable };
  },

  // Keep-revisions cleanups come after the families pruned (both after every schedule moved off them).

  // DeregisterTaskDefinition takes no resource (the README says so).
  iam: ({ write }) => (write ? allow('DeregisterOldRevisions', ['ecs:DeregisterTaskDefinition'], ['*']) : []),

  phase: (c) => (c.reason.startsWith('keep-revisions') ? PHASE.oldRevisions + 1 : PHASE.oldRevisions),

  async apply({ clients }, c) {
    await mapLimit(c.arns, WRITE_CONCURRENCY, (arn) =>
      clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })),
    );
    return `${c.arns.length} revision(s)`;
  },
};
