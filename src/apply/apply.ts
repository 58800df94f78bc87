/**
 * Executes a plan in a safe order: log groups -> task definitions -> schedule group -> schedules
 * or rules (pointed at the exact new revision) -> prune -> old revisions. A failure stops before
 * the next phase, so every schedule keeps pointing at a revision that exists; running the deploy
 * again converges.
 */
import { CreateLogGroupCommand, PutRetentionPolicyCommand, ResourceAlreadyExistsException } from '@aws-sdk/client-cloudwatch-logs';
import { DeregisterTaskDefinitionCommand, RegisterTaskDefinitionCommand, TagResourceCommand } from '@aws-sdk/client-ecs';
import { DeleteRuleCommand, PutRuleCommand, PutTargetsCommand, RemoveTargetsCommand } from '@aws-sdk/client-eventbridge';
import {
  ConflictException,
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  GetScheduleGroupCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { APPLIED_TAG } from '../manifest/names.ts';
import { NEW_REVISION, type Change, type Plan } from '../plan/types.ts';
import { mapLimit } from '../util/concurrency.ts';
import { describeError } from '../util/errors.ts';

/** Writes in flight at once. RegisterTaskDefinition is throttled at ~1/s (burst 20): adaptive retry paces it. */
export const WRITE_CONCURRENCY = 4;

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

function revisionOf(arn: string): number {
  return Number(arn.slice(arn.lastIndexOf(':') + 1));
}

type Phase = (change: Change) => Promise<string | undefined>;

export async function apply(clients: AwsClients, plan: Plan, onEvent?: (event: ApplyEvent) => void): Promise<ApplyResult> {
  const result: ApplyResult = { ok: true, applied: [], taskDefinitionArns: {}, revisions: {}, skipped: [] };
  for (const c of plan.changes) {
    if (c.kind === 'task-definition' && c.current && c.action === 'unchanged') {
      result.taskDefinitionArns[c.job] = c.current.arn;
      result.revisions[c.job] = c.current.revision;
    }
  }
  const newArns = new Map<string, string>();
  const withArn = (arn: string | undefined, family: string): string => {
    if (arn !== NEW_REVISION) return arn ?? '';
    const registered = newArns.get(family);
    if (!registered) throw new Error(`internal: no registered revision for ${family}`);
    return registered;
  };

  // What was written, fingerprinted on the revision it runs, so the next plan tells changes made outside
  // ecs-batch. A revision registered by this apply already carries it.
  const recordApplied = async (family: string, taskDefinitionArn: string, fingerprint: string | undefined) => {
    if (!fingerprint || newArns.has(family)) return;
    await clients.ecs.send(new TagResourceCommand({ resourceArn: taskDefinitionArn, tags: [{ key: APPLIED_TAG, value: fingerprint }] }));
  };

  const phases: [(c: Change) => boolean, Phase][] = [
    [(c) => c.kind === 'log-group', async (c) => {
      if (c.kind !== 'log-group') return undefined;
      if (c.action === 'create') {
        try {
          await clients.logs.send(new CreateLogGroupCommand({ logGroupName: c.name, ...(c.tags ? { tags: c.tags } : {}) }));
        } catch (error) {
          // Created since we looked (e.g. a concurrent deploy): the goal is reached.
          if (!(error instanceof ResourceAlreadyExistsException)) throw error;
        }
      }
      if (c.retentionDays !== undefined) await clients.logs.send(new PutRetentionPolicyCommand({ logGroupName: c.name, retentionInDays: c.retentionDays }));
      return undefined;
    }],
    [(c) => c.kind === 'task-definition', async (c) => {
      if (c.kind !== 'task-definition') return undefined;
      const out = await clients.ecs.send(new RegisterTaskDefinitionCommand(c.input));
      const arn = out.taskDefinition!.taskDefinitionArn!;
      newArns.set(c.family, arn);
      result.taskDefinitionArns[c.job] = arn;
      result.revisions[c.job] = revisionOf(arn);
      return `revision ${revisionOf(arn)}`;
    }],
    [(c) => c.kind === 'schedule-group', async (c) => {
      if (c.kind !== 'schedule-group') return undefined;
      try {
        await clients.scheduler.send(new CreateScheduleGroupCommand({ Name: c.name, Tags: Object.entries(c.tags).map(([Key, Value]) => ({ Key, Value })) }));
      } catch (error) {
        // A concurrent first deploy created it since we looked: fine if it carries our tag.
        if (!(error instanceof ConflictException)) throw error;
        const group = await clients.scheduler.send(new GetScheduleGroupCommand({ Name: c.name }));
        const tags = await clients.scheduler.send(new ListTagsForResourceCommand({ ResourceArn: group.Arn! }));
        const owned = Object.entries(c.tags).every(([Key, Value]) => tags.Tags?.some((t) => t.Key === Key && t.Value === Value));
        if (!owned) throw new Error(`schedule group ${c.name} was created meanwhile by someone else (without the tag ${Object.keys(c.tags).join(', ')}): not using it`, { cause: error });
        return 'already exists (created concurrently)';
      }
      return undefined;
    }],
    [(c) => (c.kind === 'schedule' || c.kind === 'rule') && c.action !== 'delete', async (c) => {
      if (c.kind === 'schedule' && c.input) {
        const arn = withArn(c.input.Target!.EcsParameters!.TaskDefinitionArn, c.name);
        const input = { ...c.input, Target: { ...c.input.Target!, EcsParameters: { ...c.input.Target!.EcsParameters!, TaskDefinitionArn: arn } } };
        await clients.scheduler.send(c.action === 'create' ? new CreateScheduleCommand(input) : new UpdateScheduleCommand(input));
        await recordApplied(c.name, arn, c.fingerprintRecorded ? undefined : c.fingerprint);
      } else if (c.kind === 'rule' && c.rule && c.target) {
        await clients.events.send(new PutRuleCommand(c.rule));
        const arn = withArn(c.target.EcsParameters!.TaskDefinitionArn, c.name);
        const target = { ...c.target, EcsParameters: { ...c.target.EcsParameters!, TaskDefinitionArn: arn } };
        const out = await clients.events.send(new PutTargetsCommand({ Rule: c.name, Targets: [target] }));
        if (out.FailedEntryCount) throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
        await recordApplied(c.name, arn, c.fingerprintRecorded ? undefined : c.fingerprint);
      }
      return undefined;
    }],
    [(c) => c.action === 'delete', async (c) => {
      if (c.kind === 'schedule') {
        try {
          await clients.scheduler.send(new DeleteScheduleCommand({ Name: c.name, GroupName: c.group }));
        } catch (error) {
          if (!(error instanceof ResourceNotFoundException)) throw error;
        }
      } else if (c.kind === 'rule') {
        if (c.removeTargetIds?.length) await clients.events.send(new RemoveTargetsCommand({ Rule: c.name, Ids: c.removeTargetIds }));
        if (!c.foreignTargets) await clients.events.send(new DeleteRuleCommand({ Name: c.name }));
        else return `kept: ${c.foreignTargets} other target(s)`;
      }
      return undefined;
    }],
    [(c) => c.kind === 'task-definition-revisions', async (c) => {
      if (c.kind !== 'task-definition-revisions') return undefined;
      await mapLimit(c.arns, WRITE_CONCURRENCY, (arn) => clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn })));
      return `${c.arns.length} revision(s)`;
    }],
  ];

  const pending = plan.changes.filter((c) => c.action !== 'unchanged');
  for (const [selects, run] of phases) {
    const batch = pending.filter(selects);
    if (!result.ok) {
      result.skipped.push(...batch);
      continue;
    }
    await mapLimit(batch, WRITE_CONCURRENCY, async (change) => {
      if (!result.ok) {
        result.skipped.push(change);
        return;
      }
      try {
        const detail = await run(change);
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
  return result;
}
