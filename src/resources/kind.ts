/**
 * One module per kind of AWS resource (src/resources/<kind>.ts): it observes the resource, plans
 * its changes from desired and observed state (pure), applies a change, and says when in a deploy
 * that runs. Plan and apply are generic over the kinds listed in ./index.ts.
 */
import type { AwsClients } from '../aws/clients.ts';
import type { ApplyResult } from '../apply/apply.ts';
import type { ObserveRequest } from '../plan/observe.ts';
import type { Change, DesiredState, ObservedState, PlanOptions } from '../plan/types.ts';

/** What the planners share while they run, in the order of RESOURCE_KINDS. */
export interface PlanContext {
  desired: DesiredState;
  observed: ObservedState;
  options: PlanOptions;
  changes: Change[];
  conflicts: string[];
  warnings: string[];
  /** What this manifest owns and no longer lists; the planner applies `prune` and the mass-prune guard. */
  prunable: Change[];
  /** Jobs this manifest owns now (their schedules or rules), for the mass-prune guard. */
  ownedJobs: Set<string>;
  /** Task definition ARN per family when it is known before apply (an unchanged revision). */
  knownArns: Map<string, string>;
}

export interface ApplyContext {
  clients: AwsClients;
  result: ApplyResult;
  /** Revisions this apply registered, by family. */
  newArns: Map<string, string>;
  /** A planned TaskDefinitionArn with NEW_REVISION resolved to the revision this apply registered. */
  withArn(arn: string | undefined, family: string): string;
}

/** Order of the phases of an apply: a failure stops every later phase. */
/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
export const READ_CONCURRENCY = 8;

export const PHASE = {
  logs: 10,
  taskDefinitions: 20,
  scheduleGroup: 30,
  stateMachines: 35,
  schedules: 40,
  alerts: 45,
  takeOver: 47,
  prune: 50,
  oldRevisions: 60,
} as const;

export interface ResourceKind<C extends Change = Change> {
  kinds: readonly C['kind'][];
  /** Reads live state (reads only). */
  observe?(clients: AwsClients, req: ObserveRequest): Promise<Partial<ObservedState>>;
  /** Adds this kind's changes to the context. Pure. */
  plan?(ctx: PlanContext): void;
  /** The phase a change runs in (see PHASE). */
  phase(change: C): number;
  /** Writes one change; returns a detail for the progress line. */
  apply(ctx: ApplyContext, change: C): Promise<string | undefined>;
}
