/** Every kind of AWS resource a deploy manages, in planning order. Adding a kind: one module, one line here, one in Change. */
import type { AwsClients } from '../aws/clients.ts';
import type { ObserveRequest, ObservedState } from '../model/observed.ts';
import type { Statement } from '../aws/policy.ts';
import {
  WRITE_CONCURRENCY,
  type ApplyContext,
  type KindPlan,
  type PlanInput,
  type PolicyScope,
  type ResourceKind,
} from './kind.ts';
import { alarms, type AlarmChange } from './alarms.ts';
import { eventRules, type EventRuleChange } from './event-rules.ts';
import { logGroups, type LogGroupChange } from './log-groups.ts';
import { logsPolicy, type LogsPolicyChange } from './logs-policy.ts';
import { otherOwners } from './other-owners.ts';
import { replaced, type ReplacedChange } from './replaced.ts';
import { rules, type RuleChange } from './rules.ts';
import { scheduleGroups, schedules, type ScheduleChange, type ScheduleGroupChange } from './schedules.ts';
import { stateMachines, type StateMachineChange } from './state-machines.ts';
import {
  taskDefinitionRevisions,
  taskDefinitions,
  type RevisionsChange,
  type TaskDefinitionChange,
} from './task-definitions.ts';

/** A change to one resource; each kind's shape is defined in its module. */
export type Change =
  | LogGroupChange
  | TaskDefinitionChange
  | ScheduleGroupChange
  | ScheduleChange
  | RuleChange
  | RevisionsChange
  | EventRuleChange
  | AlarmChange
  | LogsPolicyChange
  | StateMachineChange
  | ReplacedChange;

/** A kind as the generic planner and apply see it: over any Change, each handed only to the module that owns it. */
export interface RegisteredKind {
  kinds: readonly string[];
  observe?(clients: AwsClients, req: ObserveRequest): Promise<Partial<ObservedState>>;
  plan?(input: PlanInput): KindPlan<Change>;
  phase(change: Change): number;
  apply(ctx: ApplyContext, change: Change): Promise<string | undefined>;
  writesInFlight(region: string): number;
  iam?(scope: PolicyScope): Statement[];
}

function registered<C extends Change>(kind: ResourceKind<C>): RegisteredKind {
  const owns = (change: Change): change is C => (kind.kinds as readonly string[]).includes(change.kind);
  const own = (change: Change): C => {
    if (!owns(change)) throw new Error(`internal: a ${change.kind} change went to the ${kind.kinds.join('/')} module`);
    return change;
  };
  return {
    kinds: kind.kinds,
    ...(kind.observe ? { observe: kind.observe.bind(kind) } : {}),
    ...(kind.plan ? { plan: kind.plan.bind(kind) } : {}),
    ...(kind.iam ? { iam: kind.iam.bind(kind) } : {}),
    phase: (change) => kind.phase(own(change)),
    apply: (ctx, change) => kind.apply(ctx, own(change)),
    writesInFlight: (region) => kind.writesInFlight?.(region) ?? WRITE_CONCURRENCY,
  };
}

/** Planning order: task definitions before the schedules, rules and state machines that point at them. */
export const RESOURCE_KINDS: readonly RegisteredKind[] = [
  registered(logsPolicy),
  registered(logGroups),
  registered(taskDefinitions),
  registered(stateMachines),
  registered(scheduleGroups),
  registered(schedules),
  registered(rules),
  registered(eventRules),
  registered(alarms),
  registered(replaced),
  registered(taskDefinitionRevisions),
  registered(otherOwners),
];

export function kindOf(change: Change): RegisteredKind {
  const found = RESOURCE_KINDS.find((k) => k.kinds.includes(change.kind));
  if (!found) throw new Error(`internal: no resource module for ${change.kind}`);
  return found;
}

/** The phase of apply a change runs in. */
export function phaseOf(change: Change): number {
  return kindOf(change).phase(change);
}

/** How many of a change's kind to write at once in a Region. */
export function writesInFlight(change: Change, region: string): number {
  return kindOf(change).writesInFlight(region);
}

/** Writes one change through its kind's module. */
export function applyChange(ctx: ApplyContext, change: Change): Promise<string | undefined> {
  return kindOf(change).apply(ctx, change);
}
