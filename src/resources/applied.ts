/**
 * What ecs-batch last wrote, remembered: a fingerprint of each schedule or rule rides on the task
 * definition revision it runs (tag ecs-batch:applied), so a plan can tell a change made outside
 * ecs-batch (drift) from a manifest edit.
 */
import { TagResourceCommand } from '@aws-sdk/client-ecs';
import { createHash } from 'node:crypto';
import { APPLIED_TAG } from '../manifest/names.ts';
import { withTargetTaskDefinition } from '../targets/ecs.ts';
import type { Target } from '@aws-sdk/client-eventbridge';
import type { DesiredJob } from '../model/desired.ts';
import type { ObservedState } from '../model/observed.ts';
import {
  normalizeRule,
  normalizeRuleTarget,
  normalizeSchedule,
  type RuleFields,
  type ScheduleLike,
} from '../targets/schedule.ts';
import type { FieldChange } from '../util/diff.ts';
import type { ApplyContext } from './kind.ts';

/** A short fingerprint of a normalized schedule or rule (its task definition named by family, so it survives a roll). */
export function fingerprintOf(normalized: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(normalized ?? null))
    .digest('hex')
    .slice(0, 16);
}

function recorded(observed: ObservedState, name: string): string | undefined {
  return observed.taskDefinitions[name]?.tags.find((t) => t.key === APPLIED_TAG)?.value;
}

/** The live resource is not what ecs-batch last wrote. Unknown (never recorded) is not drift. */
export function drifted(observed: ObservedState, name: string, liveFingerprint: string): boolean {
  const last = recorded(observed, name);
  return last !== undefined && last !== liveFingerprint;
}

/** The fingerprint to record, and whether the revision the schedule will run already carries it. */
export function fingerprintFields(
  observed: ObservedState,
  d: DesiredJob,
  knownArns: ReadonlyMap<string, string>,
  fingerprint: string,
) {
  const already = knownArns.has(d.family) && recorded(observed, d.family) === fingerprint;
  return { fingerprint, ...(already ? { fingerprintRecorded: true } : {}) };
}

/** The fingerprint of a schedule with its task definition named by family (it survives a roll). */
export function scheduleFingerprint(s: ScheduleLike, family: string): string {
  return fingerprintOf(
    normalizeSchedule({
      ...s,
      Target: s.Target && withTargetTaskDefinition(s.Target, family),
    } as ScheduleLike),
  );
}

/** The fingerprint of a rule and its target, the task definition named by family (it survives a roll). */
export function ruleFingerprint(rule: RuleFields | undefined, target: Target | undefined, family: string): string {
  return fingerprintOf([
    normalizeRule(rule),
    normalizeRuleTarget(
      target && {
        ...target,
        EcsParameters: target.EcsParameters && { ...target.EcsParameters, TaskDefinitionArn: family },
      },
    ),
  ]);
}

/**
 * The fingerprint a job's new revision is registered with: that of the schedule or rule that will run it, so the
 * registration records it with no extra write. None with shared task definitions (a shared revision has no room for
 * every job's: 50 tags at most).
 */
export function registrationFingerprint(d: DesiredJob): string | undefined {
  if (d.shared) return undefined;
  if (d.schedule) return scheduleFingerprint(d.schedule, d.family);
  if (d.rule) return ruleFingerprint(d.rule, d.target, d.family);
  return undefined;
}

export function driftWarning(
  kind: 'schedule' | 'rule' | 'state machine',
  name: string,
  diff: readonly FieldChange[],
): string {
  const fields = [...new Set(diff.map((f) => f.path.split(/[.[]/)[0]))].join(', ');
  return (
    `${kind} ${name} was changed outside ecs-batch (${fields}); this deploy puts back the ` +
    `manifest's values. The manifest is the source of truth: to stop a job, set enabled: false on it in the manifest`
  );
}

/** After a schedule or rule is written: its fingerprint on the revision it runs, unless that revision carries it already. */
export async function recordApplied(
  ctx: ApplyContext,
  family: string,
  taskDefinitionArn: string,
  change: { fingerprint?: string; fingerprintRecorded?: boolean },
): Promise<void> {
  if (!change.fingerprint || change.fingerprintRecorded || ctx.newArns.has(family)) return;
  await ctx.clients.ecs.send(
    new TagResourceCommand({ resourceArn: taskDefinitionArn, tags: [{ key: APPLIED_TAG, value: change.fingerprint }] }),
  );
}
