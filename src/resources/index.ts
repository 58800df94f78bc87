/** Every kind of AWS resource a deploy manages, in planning order. Adding a kind: one module, one line here, one in the Change union. */
import type { Change } from '../plan/types.ts';
import type { ApplyContext, ResourceKind } from './kind.ts';
import { alarms } from './alarms.ts';
import { eventRules } from './event-rules.ts';
import { logGroups } from './log-groups.ts';
import { logsPolicy } from './logs-policy.ts';
import { otherOwners } from './other-owners.ts';
import { replaced } from './replaced.ts';
import { rules } from './rules.ts';
import { scheduleGroups, schedules } from './schedules.ts';
import { stateMachines } from './state-machines.ts';
import { taskDefinitionRevisions, taskDefinitions } from './task-definitions.ts';

/** Planning order: task definitions before the schedules and rules that point at them. */
export const RESOURCE_KINDS: readonly ResourceKind[] = [
  logsPolicy,
  logGroups,
  taskDefinitions,
  stateMachines,
  scheduleGroups,
  schedules,
  rules,
  eventRules,
  alarms,
  replaced,
  taskDefinitionRevisions,
  otherOwners,
] as unknown as ResourceKind[];

export function kindOf(change: Change): ResourceKind {
  const found = RESOURCE_KINDS.find((k) => (k.kinds as readonly string[]).includes(change.kind));
  if (!found) throw new Error(`internal: no resource module for ${change.kind}`);
  return found;
}

/** The phase of apply a change runs in. */
export function phaseOf(change: Change): number {
  return (kindOf(change).phase as (c: Change) => number)(change);
}

/** Writes one change through its kind's module. */
export function applyChange(ctx: ApplyContext, change: Change): Promise<string | undefined> {
  return (kindOf(change).apply as (ctx: ApplyContext, c: Change) => Promise<string | undefined>)(ctx, change);
}
