/**
 * What ecs-batch last wrote, remembered: a fingerprint of each schedule or rule rides on the task
 * definition revision it runs (tag ecs-batch:applied), so a plan can tell a change made outside
 * ecs-batch (drift) from a manifest edit.
 */
import { TagResourceCommand } from '@aws-sdk/client-ecs';
import { createHash } from 'node:crypto';
import { APPLIED_TAG } from '../manifest/names.ts';
import type { Change, DesiredJob, ObservedState } from '../plan/types.ts';
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

/** A new revision carries the fingerprint of the schedule that will run it: no extra write. */
export function carryToRegistration(changes: Change[], family: string, fingerprint: string): void {
  for (const c of changes) {
    if (c.kind === 'task-definition' && c.action === 'register' && c.family === family) {
      c.input = { ...c.input, tags: [...(c.input.tags ?? []), { key: APPLIED_TAG, value: fingerprint }] };
    }
  }
}

export function driftWarning(
  kind: 'schedule' | 'rule' | 'state machine',
  name: string,
  diff: readonly FieldChange[],
): string {
  const fields = [...new Set(diff.map((f) => f.path.split(/[.[]/)[0]))].join(', ');
  return `${kind} ${name} was changed outside ecs-batch (${fields}); this deploy puts back the manifest's values. The manifest is the source of truth: to stop a job, set enabled: false on it in the manifest`;
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
