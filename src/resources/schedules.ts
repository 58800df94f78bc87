/**
 * EventBridge Scheduler: the schedule group `<prefix>` (ownership: only groups take tags) and one
 * schedule `<prefix>-<job>` in it per job, pointed at the exact revision to run.
 */
import { compared, notOwned } from './compare.ts';
import { allow, passRole } from '../aws/policy.ts';
import {
  ConflictException,
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  GetScheduleCommand,
  GetScheduleGroupCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
  paginateListSchedules,
  type CreateScheduleCommandInput,
  type GetScheduleCommandOutput,
} from '@aws-sdk/client-scheduler';

import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE, schedulerInFlight } from '../aws/limits.ts';
import { OWNER_TAG, jobFromResourceName, operationsResourceName } from '../manifest/names.ts';
import { NEW_REVISION, targetTaskDefinition, withTargetTaskDefinition } from '../targets/ecs.ts';
import { normalizeSchedule } from '../targets/schedule.ts';

export { normalizeSchedule };

import { mapLimit } from '../util/concurrency.ts';
import { diffValues, type FieldChange } from '../util/diff.ts';
import { drifted, scheduleFingerprint, driftWarning, fingerprintFields, recordApplied } from './applied.ts';
import { PHASE, UNSCOPED_READS, type ResourceKind } from './kind.ts';

export interface ScheduleGroupChange {
  kind: 'schedule-group';
  action: 'create' | 'unchanged';
  name: string;
  tags: Record<string, string>;
  reason: string;
}

export interface ScheduleChange {
  kind: 'schedule';
  action: 'create' | 'update' | 'unchanged' | 'delete';
  job?: string;
  name: string;
  group: string;
  input?: CreateScheduleCommandInput;
  diff: FieldChange[];
  reason: string;
  /** The live schedule is not what ecs-batch last wrote: someone changed it outside ecs-batch. */
  drifted?: boolean;
  /** Fingerprint of the desired schedule, recorded on the revision it runs (see APPLIED_TAG). */
  fingerprint?: string;
  /** That revision carries the fingerprint already. */
  fingerprintRecorded?: boolean;
  /** The revision the fingerprint goes on (the job's own, whether the schedule runs it or a state machine). */
  recordOn?: string;
}

export const scheduleGroups: ResourceKind<ScheduleGroupChange> = {
  kinds: ['schedule-group'],

  /** The group and, when this manifest owns it, its schedules (for both kinds of this module). */
  async observe(clients, req) {
    let group;
    try {
      group = await clients.scheduler.send(new GetScheduleGroupCommand({ Name: req.prefix }));
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return { schedules: {} };
      throw error;
    }
    const tags = await clients.scheduler.send(new ListTagsForResourceCommand({ ResourceArn: group.Arn! }));
    const owned = (tags.Tags ?? []).some((t) => t.Key === OWNER_TAG && t.Value === req.prefix);
    const scheduleGroup = { name: req.prefix, arn: group.Arn!, owned };
    if (!owned) return { scheduleGroup, schedules: {} };
    const names: string[] = [];
    for await (const page of paginateListSchedules(
      { client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules },
      { GroupName: req.prefix },
    )) {
      names.push(...(page.Schedules ?? []).map((s) => s.Name!));
    }
    const details = await mapLimit(names, schedulerInFlight(await clients.region()), (name) =>
      clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: req.prefix })),
    );
    const found: Record<string, GetScheduleCommandOutput> = {};
    details.forEach((s, i) => (found[names[i]!] = s));
    return { scheduleGroup, schedules: found };
  },

  plan({ desired, observed }) {
    const changes: ScheduleGroupChange[] = [];
    const conflicts: string[] = [];
    if (desired.backend !== 'scheduler') return { changes, conflicts };
    const { prefix } = desired;
    const group = observed.scheduleGroup;
    const tags = { [OWNER_TAG]: prefix };
    if (group && !group.owned) {
      conflicts.push(
        notOwned(`schedule group ${prefix}`, prefix, 'choose another project name, or tag the group to adopt it'),
      );
      return { changes, conflicts };
    }
    changes.push(
      group
        ? { kind: 'schedule-group', action: 'unchanged', name: prefix, tags, reason: 'exists' }
        : { kind: 'schedule-group', action: 'create', name: prefix, tags, reason: 'does not exist' },
    );
    return { changes, conflicts };
  },

  iam({ desired, arn, write }) {
    const writes = write && desired.backend === 'scheduler';
    return [
      ...allow(UNSCOPED_READS, ['scheduler:ListSchedules'], ['*']),
      ...allow(
        'ScheduleGroup',
        [
          'scheduler:GetScheduleGroup',
          'scheduler:ListTagsForResource',
          ...(writes ? ['scheduler:CreateScheduleGroup', 'scheduler:TagResource'] : []),
        ],
        [arn('scheduler', `schedule-group/${desired.prefix}`)],
      ),
    ];
  },

  phase: () => PHASE.scheduleGroup,

  async apply({ clients }, c) {
    try {
      await clients.scheduler.send(
        new CreateScheduleGroupCommand({
          Name: c.name,
          Tags: Object.entries(c.tags).map(([Key, Value]) => ({ Key, Value })),
        }),
      );
    } catch (error) {
      // A concurrent first deploy created it since we looked: fine if it carries our tag.
      if (!(error instanceof ConflictException)) throw error;
      const group = await clients.scheduler.send(new GetScheduleGroupCommand({ Name: c.name }));
      const tags = await clients.scheduler.send(new ListTagsForResourceCommand({ ResourceArn: group.Arn! }));
      const owned = Object.entries(c.tags).every(([Key, Value]) =>
        tags.Tags?.some((t) => t.Key === Key && t.Value === Value),
      );
      if (!owned)
        throw new Error(
          `schedule group ${c.name} was created meanwhile by someone else (without the tag ` +
            `${Object.keys(c.tags).join(', ')}): not using it`,
          { cause: error },
        );
      return 'already exists (created concurrently)';
    }
    return undefined;
  },
};

/** The ecs-batch deployment owning a schedule's group (its OWNER_TAG), from the schedule's ARN; `default` has none. */
export async function scheduleGroupOwner(clients: AwsClients, scheduleArn: string): Promise<string | undefined> {
  const group = /:schedule\/([^/]+)\//.exec(scheduleArn)?.[1];
  if (!group || group === 'default') return undefined;
  const tags = await clients.scheduler.send(
    new ListTagsForResourceCommand({
      ResourceArn: scheduleArn.replace(/:schedule\/([^/]+)\/.*$/, ':schedule-group/$1'),
    }),
  );
  return tags.Tags?.find((t) => t.Key === OWNER_TAG)?.Value;
}

export const schedules: ResourceKind<ScheduleChange> = {
  kinds: ['schedule'],
  writesInFlight: schedulerInFlight,

  // Observed with the group (scheduleGroups.observe).
  plan({ desired, observed, facts }) {
    const { knownArns } = facts;
    const changes: ScheduleChange[] = [];
    const warnings: string[] = [];
    const prunable: ScheduleChange[] = [];
    const ownedJobs = new Set<string>();
    const { prefix } = desired;
    if (desired.backend === 'scheduler' && !(observed.scheduleGroup && !observed.scheduleGroup.owned)) {
      for (const d of desired.jobs) {
        if (!d.schedule) continue; // a job after others starts with its chain
        // Shared task definitions: the schedule names the family, so it is complete as desired.
        const runsTask = targetTaskDefinition(d.schedule.Target) !== undefined;
        const input: CreateScheduleCommandInput =
          d.shared || !runsTask
            ? d.schedule
            : {
                ...d.schedule,
                Target: withTargetTaskDefinition(d.schedule.Target!, knownArns.get(d.family) ?? NEW_REVISION),
              };
        const current = observed.schedules[d.name];
        // Drift fingerprints ride on the job's own revision: a shared one has no room for every job's (50 tags at most).
        const fingerprint = d.shared ? undefined : scheduleFingerprint(input, d.family);
        const recorded = fingerprint
          ? {
              ...fingerprintFields(observed, d, knownArns, fingerprint),
              recordOn: knownArns.get(d.family) ?? NEW_REVISION,
            }
          : {};
        const base = { kind: 'schedule' as const, job: d.job.name, name: d.name, group: prefix, input, ...recorded };
        if (!current) {
          changes.push({ ...base, ...compared(undefined) });
          continue;
        }
        const diff = diffValues(normalizeSchedule(current), normalizeSchedule(input));
        const outside =
          fingerprint !== undefined &&
          diff.length > 0 &&
          drifted(observed, d.family, scheduleFingerprint(current, d.family));
        if (outside) warnings.push(driftWarning('schedule', d.name, diff));
        changes.push({ ...base, ...compared(diff, outside) });
      }
      for (const d of desired.jobs) {
        if (!d.watch) continue;
        const current = observed.schedules[d.watch.Name!];
        const base = { kind: 'schedule' as const, job: d.job.name, name: d.watch.Name!, group: prefix, input: d.watch };
        changes.push({
          ...base,
          ...compared(current ? diffValues(normalizeSchedule(current), normalizeSchedule(d.watch)) : undefined),
        });
      }
    }
    // Prune: what is ours carries the mark (the group) *and* is named `<prefix>-<job>`.
    if (!observed.scheduleGroup?.owned) return { changes, warnings, prunable, ownedJobs: [...ownedJobs] };
    const desiredNames = new Set(desired.jobs.map((j) => j.name));
    const watches = new Set(desired.jobs.flatMap((j) => (j.watch ? [j.watch.Name!] : [])));
    for (const name of Object.keys(observed.schedules).sort()) {
      // A watch schedule (a reserved name): kept while its job is watched.
      if (name.startsWith(operationsResourceName(prefix, 'watch'))) {
        if (desired.backend !== 'scheduler' || !watches.has(name))
          prunable.push({
            kind: 'schedule',
            action: 'delete',
            name,
            group: prefix,
            diff: [],
            reason: 'no job is watched by it any more',
          });
        continue;
      }
      const job = jobFromResourceName(prefix, name);
      if (!job) {
        warnings.push(
          `schedule ${name} in the group ${prefix} is not named ${prefix}-<job>: it was not made by ecs-batch and is left alone`,
        );
        continue;
      }
      ownedJobs.add(job);
      if (desired.backend === 'scheduler' && desiredNames.has(name)) continue;
      prunable.push({
        kind: 'schedule',
        action: 'delete',
        job,
        name,
        group: prefix,
        diff: [],
        reason: desiredNames.has(name)
          ? 'the job moved to EventBridge rules (backend: rules)'
          : 'no longer in the manifest',
      });
    }
    return { changes, warnings, prunable, ownedJobs: [...ownedJobs] };
  },

  // Both backends are read (and the other one's leftovers deleted after a switch); only the manifest's is written.
  iam({ desired, arn, write }) {
    const writes = write && desired.backend === 'scheduler';
    return [
      ...allow(
        'Schedules',
        [
          'scheduler:GetSchedule',
          ...(write ? ['scheduler:DeleteSchedule'] : []),
          ...(writes ? ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule'] : []),
        ],
        [arn('scheduler', `schedule/${desired.prefix}/*`)],
      ),
      ...(writes
        ? passRole(
            'PassRoleToScheduler',
            desired.jobs.map((j) => j.schedule?.Target?.RoleArn),
            'scheduler.amazonaws.com',
          )
        : []),
    ];
  },

  phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.schedules),

  async apply(ctx, c) {
    if (c.action === 'delete') {
      try {
        await ctx.clients.scheduler.send(new DeleteScheduleCommand({ Name: c.name, GroupName: c.group }));
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      return undefined;
    }
    const planned = targetTaskDefinition(c.input!.Target);
    const input = {
      ...c.input!,
      Target:
        planned === undefined
          ? c.input!.Target!
          : withTargetTaskDefinition(c.input!.Target!, ctx.withArn(planned, c.name)),
    };
    await ctx.clients.scheduler.send(
      c.action === 'create' ? new CreateScheduleCommand(input) : new UpdateScheduleCommand(input),
    );
    if (c.fingerprint) await recordApplied(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
    return undefined;
  },
};
