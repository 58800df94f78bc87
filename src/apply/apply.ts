/**
 * Executes a plan phase by phase (each kind of resource says its phase: log groups -> task
 * definitions -> schedule group -> schedules or rules, pointed at the exact new revision -> prune ->
 * old revisions). A failure stops before the next phase, so every schedule keeps pointing at a
 * revision that exists; running the deploy again converges.
 */
import type { AwsClients } from '../aws/clients.ts';
import { NEW_REVISION } from '../targets/ecs.ts';
import type { Change, Plan } from '../plan/types.ts';
import { applyChange, kindOf, phaseOf, writesInFlight } from '../resources/index.ts';
import { WRITE_CONCURRENCY, type ApplyContext } from '../resources/kind.ts';
import { revisionOf } from '../resources/task-definitions.ts';
import { mapLimit } from '../util/concurrency.ts';
import { describeError } from '../util/errors.ts';

export { WRITE_CONCURRENCY };

export interface ApplyEvent {
  change: Change;
  status: 'done' | 'failed';
  detail?: string;
}

export interface ApplyResult {
  ok: boolean;
  /** Changes that were written, in order. */
  applied: Change[];
  /** Every job's task definition ARN after the apply (new or unchanged). */
  taskDefinitionArns: Record<string, string>;
  /** The revision number each job now runs. */
  revisions: Record<string, number>;
  error?: { change: Change; message: string };
  /** Changes not attempted because an earlier one failed. */
  skipped: Change[];
}

export async function apply(
  clients: AwsClients,
  plan: Plan,
  onEvent?: (event: ApplyEvent) => void,
): Promise<ApplyResult> {
  const result: ApplyResult = { ok: true, applied: [], taskDefinitionArns: {}, revisions: {}, skipped: [] };
  for (const c of plan.changes) {
    if (c.kind === 'task-definition' && c.current && c.action === 'unchanged') {
      for (const job of c.jobs) {
        result.taskDefinitionArns[job] = c.current.arn;
        result.revisions[job] = c.current.revision;
      }
    }
  }
  const newArns = new Map<string, string>();
  const ctx: ApplyContext = {
    clients,
    newArns,
    registered: (family, jobs, arn) => {
      newArns.set(family, arn);
      for (const job of jobs) {
        result.taskDefinitionArns[job] = arn;
        result.revisions[job] = revisionOf(arn);
      }
    },
    withArn: (arn, family) => {
      if (arn !== NEW_REVISION) return arn ?? '';
      const registered = newArns.get(family);
      if (!registered) throw new Error(`internal: no registered revision for ${family}`);
      return registered;
    },
  };

  const pending = plan.changes.filter((c) => c.action !== 'unchanged');
  const phases = [...new Set(pending.map(phaseOf))].sort((a, b) => a - b);
  const region = pending.length ? await clients.region() : '';
  for (const phase of phases) {
    const batch = pending.filter((c) => phaseOf(c) === phase);
    if (!result.ok) {
      result.skipped.push(...batch);
      continue;
    }
    // Each kind of resource at its own API's pace, side by side within the phase.
    const byKind = new Map<unknown, Change[]>();
    for (const change of batch) byKind.set(kindOf(change), [...(byKind.get(kindOf(change)) ?? []), change]);
    await Promise.all([...byKind.values()].map((changes) => writeAll(changes, writesInFlight(changes[0]!, region))));
  }
  return result;

  async function writeAll(batch: Change[], inFlight: number): Promise<void> {
    await mapLimit(batch, inFlight, async (change) => {
      if (!result.ok) {
        result.skipped.push(change);
        return;
      }
      try {
        const detail = await applyChange(ctx, change);
        result.applied.push(change);
        onEvent?.({ change, status: 'done', ...(detail ? { detail } : {}) });
      } catch (error) {
        const message = describeError(error);
        if (result.ok) result.error = { change, message };
        result.ok = false;
        onEvent?.({ change, status: 'failed', detail: message });
      }
    });
  }
}
