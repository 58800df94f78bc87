/**
 * Hand-made schedules and rules a job takes over (`replaces:`): deleted once the job's own schedule
 * exists, so the job never runs twice and never misses a run. Only the exact resources named, only
 * while they still target the manifest's cluster and carry no ecs-batch mark; task definitions are
 * never touched.
 */
import { allow } from '../aws/policy.ts';
import { DeleteRuleCommand, DisableRuleCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import {
  DeleteScheduleCommand,
  GetScheduleCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { parseReplaced } from '../manifest/names.ts';
import { mapLimit } from '../util/concurrency.ts';
import { PHASE, READ_CONCURRENCY, type ApplyContext, type ResourceKind } from './kind.ts';
import type { ReplacedState } from '../model/observed.ts';

export type { ReplacedState };
import { ruleByName, targetsOf } from './rules.ts';
import { scheduleGroupOwner } from './schedules.ts';
import { isCluster, scheduledRunTask } from '../targets/ecs.ts';

export interface ReplacedChange {
  kind: 'replaced';
  action: 'take-over' | 'unchanged';
  /** `rule/NAME` or `schedule/GROUP/NAME`, as the manifest writes it. */
  name: string;
  job: string;
  reason: string;
  /** Disable instead of delete (`takeOver: disable`). */
  disable?: boolean;
}

/** Where a replaced resource stands: still there and ours to delete, gone, or not safe to touch (why). */
async function stateOf(clients: AwsClients, clusterArn: string, job: string, ref: string): Promise<ReplacedState> {
  const parsed = parseReplaced(ref);
  if (!parsed)
    return { job, ref, state: 'refused', why: 'is not rule/NAME, rule/NAME/TARGET-ID or schedule/GROUP/NAME' };
  if (parsed.kind === 'schedule') {
    try {
      const s = await clients.scheduler.send(new GetScheduleCommand({ GroupName: parsed.group, Name: parsed.name }));
      if (!isCluster(scheduledRunTask(s.Target)?.cluster, clusterArn))
        return { job, ref, state: 'refused', why: 'no longer targets this cluster' };
      // A schedule in a group ecs-batch made (this manifest's own included) belongs to a deployment, not to a person.
      if (s.Arn && (await scheduleGroupOwner(clients, s.Arn)) !== undefined)
        return { job, ref, state: 'refused', why: 'is in a schedule group made by ecs-batch' };
      return { job, ref, state: 'present', disabled: s.State === 'DISABLED' };
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return { job, ref, state: 'absent' };
      throw error;
    }
  }
  const rule = await ruleByName(clients, parsed.name);
  if (!rule) return { job, ref, state: 'absent' };
  if (rule.owner !== undefined)
    return { job, ref, state: 'refused', why: 'was made by ecs-batch (it carries the ecs-batch:project tag)' };
  const targets = await targetsOf(clients, parsed.name);
  if (parsed.target !== undefined) {
    // One target of a rule that has others: only that target goes; the rule stays for the rest.
    const target = targets.find((t) => t.Id === parsed.target);
    if (!target) return { job, ref, state: 'absent' };
    // A target cannot be disabled: it is removed whatever takeOver says.
    return target.Arn === clusterArn
      ? { job, ref, state: 'present', disabled: false }
      : { job, ref, state: 'refused', why: 'no longer targets this cluster' };
  }
  if (!targets.some((t) => t.Arn === clusterArn))
    return { job, ref, state: 'refused', why: 'no longer targets this cluster' };
  if (targets.some((t) => t.Arn !== clusterArn))
    return {
      job,
      ref,
      state: 'refused',
      why: 'also has targets outside this cluster: name just its target (rule/NAME/TARGET-ID), or delete the rule by hand',
    };
  return { job, ref, state: 'present', disabled: rule.state === 'DISABLED' };
}

function takeOverReason(ref: string, disable: boolean | undefined): string {
  const parsed = parseReplaced(ref);
  if (parsed?.kind === 'rule' && parsed.target !== undefined)
    return (
      `takes over target ${parsed.target} of rule ${parsed.name}, made by hand: removed once ` +
      `this job's own schedule exists (the rule keeps its other targets)`
    );
  return `takes over ${ref.replace('/', ' ')}, made by hand: ${disable ? 'disabled' : 'deleted'} once this job's own schedule exists`;
}

export const replaced: ResourceKind<ReplacedChange> = {
  kinds: ['replaced'],

  async observe(clients, req) {
    if (!req.replaces?.length || !req.twins) return {};
    const clusterArn = req.twins.clusterArn;
    return {
      replaced: await mapLimit(req.replaces, READ_CONCURRENCY, async ({ job, ref, disable }) => {
        const state = await stateOf(clients, clusterArn, job, ref);
        const parsed = parseReplaced(ref);
        const wholeResource = parsed?.kind === 'schedule' || parsed?.target === undefined;
        return state.state === 'present' && disable && wholeResource ? { ...state, disable } : state;
      }),
    };
  },

  plan({ observed }) {
    const changes: ReplacedChange[] = [];
    const conflicts: string[] = [];
    for (const r of observed.replaced ?? []) {
      if (r.state === 'refused')
        conflicts.push(
          `job ${r.job} replaces ${r.ref}, which ${r.why}: ecs-batch will not delete it; fix or remove the replaces entry`,
        );
      else if (r.state === 'present' && r.disable && r.disabled)
        changes.push({
          kind: 'replaced',
          action: 'unchanged',
          name: r.ref,
          job: r.job,
          reason: 'disabled already (takeOver: disable)',
        });
      else if (r.state === 'present')
        changes.push({
          kind: 'replaced',
          action: 'take-over',
          name: r.ref,
          job: r.job,
          reason: takeOverReason(r.ref, r.disable),
          ...(r.disable ? { disable: true } : {}),
        });
      else changes.push({ kind: 'replaced', action: 'unchanged', name: r.ref, job: r.job, reason: 'already gone' });
    }
    return { changes, conflicts };
  },

  // After the jobs' own schedules (and their alerts) exist, before prune: no gap, no double run.

  // Taking over hand-made schedules and rules (`replaces:`): exactly the ones named, nothing else.
  iam({ desired, manifest, arn, write }) {
    if (!write) return [];
    const taken = desired.jobs
      .flatMap((d) => d.job.replaces)
      .map(parseReplaced)
      .filter((r) => r !== undefined);
    const disable = manifest.takeOver === 'disable';
    const ruleArns = (whole: boolean) => [
      ...new Set(
        taken.flatMap((r) =>
          r.kind === 'rule' && (r.target === undefined) === whole ? [arn('events', `rule/${r.name}`)] : [],
        ),
      ),
    ];
    return [
      ...allow(
        'TakeOverRules',
        disable ? ['events:DisableRule'] : ['events:RemoveTargets', 'events:DeleteRule'],
        ruleArns(true),
      ),
      // One target of a rule that keeps its others: the rule itself is never deleted.
      ...allow('TakeOverRuleTargets', ['events:RemoveTargets'], ruleArns(false)),
      // Disabling sends the schedule back with its own role: the deploy role must be allowed to pass it (it is when it
      // is the job's schedulerRoleArn, as import writes it).
      ...allow(
        'TakeOverSchedules',
        disable ? ['scheduler:GetSchedule', 'scheduler:UpdateSchedule'] : ['scheduler:DeleteSchedule'],
        taken.flatMap((r) => (r.kind === 'schedule' ? [arn('scheduler', `schedule/${r.group}/${r.name}`)] : [])),
      ),
    ];
  },

  phase: () => PHASE.takeOver,

  async apply({ clients }, c) {
    if (c.action !== 'take-over') return undefined;
    const parsed = parseReplaced(c.name)!;
    if (c.disable) return disable(clients, parsed);
    if (parsed.kind === 'schedule') {
      await clients.scheduler
        .send(new DeleteScheduleCommand({ GroupName: parsed.group, Name: parsed.name }))
        .catch((error: unknown) => {
          if (!(error instanceof ResourceNotFoundException)) throw error;
        });
      return undefined;
    }
    if (parsed.target !== undefined) {
      await clients.events.send(new RemoveTargetsCommand({ Rule: parsed.name, Ids: [parsed.target] }));
      return 'removed its target; the rule stays for its other targets';
    }
    const ids = (await targetsOf(clients, parsed.name)).map((t) => t.Id!);
    if (ids.length) await clients.events.send(new RemoveTargetsCommand({ Rule: parsed.name, Ids: ids }));
    await clients.events.send(new DeleteRuleCommand({ Name: parsed.name }));
    return undefined;
  },
};

/** `takeOver: disable`: the rule or schedule stays, switched off. UpdateSchedule replaces every field, so the live ones are sent back. */
async function disable(
  clients: ApplyContext['clients'],
  parsed: NonNullable<ReturnType<typeof parseReplaced>>,
): Promise<string> {
  if (parsed.kind === 'rule') {
    await clients.events.send(new DisableRuleCommand({ Name: parsed.name }));
    return 'disabled';
  }
  const live = await clients.scheduler.send(new GetScheduleCommand({ GroupName: parsed.group, Name: parsed.name }));
  await clients.scheduler.send(
    new UpdateScheduleCommand({
      Name: parsed.name,
      GroupName: parsed.group,
      ScheduleExpression: live.ScheduleExpression,
      FlexibleTimeWindow: live.FlexibleTimeWindow,
      Target: live.Target,
      State: 'DISABLED',
      ...(live.ScheduleExpressionTimezone ? { ScheduleExpressionTimezone: live.ScheduleExpressionTimezone } : {}),
      ...(live.Description ? { Description: live.Description } : {}),
      ...(live.StartDate ? { StartDate: live.StartDate } : {}),
      ...(live.EndDate ? { EndDate: live.EndDate } : {}),
      ...(live.KmsKeyArn ? { KmsKeyArn: live.KmsKeyArn } : {}),
      ...(live.ActionAfterCompletion ? { ActionAfterCompletion: live.ActionAfterCompletion } : {}),
    }),
  );
  return 'disabled';
}
