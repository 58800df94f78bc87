/**
 * Hand-made schedules and rules a job takes over (`replaces:`): deleted once the job's own schedule
 * exists, so the job never runs twice and never misses a run. Only the exact resources named, only
 * while they still target the manifest's cluster and carry no ecs-batch mark; task definitions are
 * never touched.
 */
import { DeleteRuleCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import { DeleteScheduleCommand, GetScheduleCommand, ResourceNotFoundException } from '@aws-sdk/client-scheduler';
import { parseReplaced } from '../manifest/names.ts';
import { mapLimit } from '../util/concurrency.ts';
import { PHASE, READ_CONCURRENCY, type ResourceKind } from './kind.ts';
import { ruleByName, targetsOf } from './rules.ts';
import { scheduleGroupOwner } from './schedules.ts';

export interface ReplacedChange {
  kind: 'replaced';
  action: 'take-over' | 'unchanged';
  /** `rule/NAME` or `schedule/GROUP/NAME`, as the manifest writes it. */
  name: string;
  job: string;
  reason: string;
}

/** Where a replaced resource stands: still there and ours to delete, gone, or not safe to touch (why). */
export type ReplacedState = { job: string; ref: string; state: 'present' | 'absent' } | { job: string; ref: string; state: 'refused'; why: string };

async function stateOf(clients: Parameters<NonNullable<ResourceKind['observe']>>[0], clusterArn: string, job: string, ref: string): Promise<ReplacedState> {
  const parsed = parseReplaced(ref);
  if (!parsed) return { job, ref, state: 'refused', why: 'is not rule/NAME or schedule/GROUP/NAME' };
  if (parsed.kind === 'schedule') {
    try {
      const s = await clients.scheduler.send(new GetScheduleCommand({ GroupName: parsed.group, Name: parsed.name }));
      if (s.Target?.Arn !== clusterArn) return { job, ref, state: 'refused', why: 'no longer targets this cluster' };
      // A schedule in a group ecs-batch made (this manifest's own included) belongs to a deployment, not to a person.
      if (s.Arn && (await scheduleGroupOwner(clients, s.Arn)) !== undefined) return { job, ref, state: 'refused', why: 'is in a schedule group made by ecs-batch' };
      return { job, ref, state: 'present' };
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return { job, ref, state: 'absent' };
      throw error;
    }
  }
  const rule = await ruleByName(clients, parsed.name);
  if (!rule) return { job, ref, state: 'absent' };
  if (rule.owner !== undefined) return { job, ref, state: 'refused', why: 'was made by ecs-batch (it carries the ecs-batch:project tag)' };
  const targets = await targetsOf(clients, parsed.name);
  if (!targets.some((t) => t.Arn === clusterArn)) return { job, ref, state: 'refused', why: 'no longer targets this cluster' };
  if (targets.some((t) => t.Arn !== clusterArn)) return { job, ref, state: 'refused', why: 'also has targets outside this cluster: remove them, or delete the rule by hand' };
  return { job, ref, state: 'present' };
}

export const replaced: ResourceKind<ReplacedChange> = {
  kinds: ['replaced'],

  async observe(clients, req) {
    if (!req.replaces?.length || !req.twins) return {};
    const clusterArn = req.twins.clusterArn;
    return { replaced: await mapLimit(req.replaces, READ_CONCURRENCY, ({ job, ref }) => stateOf(clients, clusterArn, job, ref)) };
  },

  plan({ observed, changes, conflicts }) {
    for (const r of observed.replaced ?? []) {
      if (r.state === 'refused') conflicts.push(`job ${r.job} replaces ${r.ref}, which ${r.why}: ecs-batch will not delete it; fix or remove the replaces entry`);
      else if (r.state === 'present') changes.push({ kind: 'replaced', action: 'take-over', name: r.ref, job: r.job, reason: `takes over ${r.ref.replace('/', ' ')}, made by hand: deleted once this job's own schedule exists` });
      else changes.push({ kind: 'replaced', action: 'unchanged', name: r.ref, job: r.job, reason: 'already gone' });
    }
  },

  // After the jobs' own schedules (and their alerts) exist, before prune: no gap, no double run.
  phase: () => PHASE.takeOver,

  async apply({ clients }, c) {
    if (c.action !== 'take-over') return undefined;
    const parsed = parseReplaced(c.name)!;
    if (parsed.kind === 'schedule') {
      await clients.scheduler.send(new DeleteScheduleCommand({ GroupName: parsed.group, Name: parsed.name })).catch((error: unknown) => {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      });
      return undefined;
    }
    const ids = (await targetsOf(clients, parsed.name)).map((t) => t.Id!);
    if (ids.length) await clients.events.send(new RemoveTargetsCommand({ Rule: parsed.name, Ids: ids }));
    await clients.events.send(new DeleteRuleCommand({ Name: parsed.name }));
    return undefined;
  },
};

/** Every `replaces:` entry of the jobs, for observe. */
export const replacesOf = (jobs: readonly { name: string; replaces: string[] }[]) => jobs.flatMap((j) => j.replaces.map((ref) => ({ job: j.name, ref })));
