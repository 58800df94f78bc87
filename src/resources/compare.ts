/** What every kind says when it compares a desired resource with the live one: one wording, one place. */
import { OWNER_TAG } from '../manifest/names.ts';
import type { FieldChange } from '../util/diff.ts';

/** The conflict of a resource named like ours that does not carry our tag; `fix` says what to do. */
export function notOwned(what: string, prefix: string, fix: string): string {
  return `${what} exists but is not owned by this manifest (no tag ${OWNER_TAG}=${prefix}); ${fix}`;
}

/** A create when nothing is live (`diff` undefined), else an update when fields differ, else unchanged. */
export function compared(
  diff: FieldChange[] | undefined,
  outside = false,
): { action: 'create' | 'update' | 'unchanged'; diff: FieldChange[]; reason: string; drifted?: true } {
  if (diff === undefined) return { action: 'create', diff: [], reason: 'does not exist' };
  if (!diff.length) return { action: 'unchanged', diff, reason: 'matches' };
  const fields = `${diff.length} field${diff.length === 1 ? '' : 's'} differ`;
  return outside
    ? { action: 'update', diff, reason: `${fields} (changed outside ecs-batch)`, drifted: true }
    : { action: 'update', diff, reason: fields };
}
