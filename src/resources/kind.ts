/**
 * One module per kind of AWS resource (src/resources/<kind>.ts): it observes the resource, plans
 * its changes from desired and observed state (pure), applies a change, and says when in a deploy
 * that runs. Plan and apply are generic over the kinds listed in ./index.ts.
 */
import type { AwsClients } from '../aws/clients.ts';
import { namesOrPattern, type Statement } from '../aws/policy.ts';
import { OWNER_TAG } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import type { ChangeBase, PlanOptions } from '../model/change.ts';
import type { DesiredState } from '../model/desired.ts';
import type { ObserveRequest, ObservedState } from '../model/observed.ts';

/** Facts a kind publishes for the kinds planned after it (RESOURCE_KINDS is in that order). */
export interface PlanFacts {
  /** Task definition ARN per family when it is known before apply (an unchanged revision): from the task definitions. */
  knownArns: ReadonlyMap<string, string>;
}

export interface PlanInput {
  desired: DesiredState;
  observed: ObservedState;
  options: PlanOptions;
  facts: PlanFacts;
}

/** What one kind's planner returns; the planner merges them in RESOURCE_KINDS order. */
export interface KindPlan<C extends ChangeBase> {
  changes?: C[];
  /** What this manifest owns and no longer lists; the planner applies `prune` and the mass-prune guard. */
  prunable?: C[];
  /** Resources this manifest would have to overwrite but does not own: apply refuses to start. */
  conflicts?: string[];
  warnings?: string[];
  /** Jobs this manifest owns now (their schedules or rules), for the mass-prune guard. */
  ownedJobs?: string[];
  facts?: Partial<PlanFacts>;
}

export interface ApplyContext {
  clients: AwsClients;
  /** Revisions this apply registered, by family. */
  newArns: ReadonlyMap<string, string>;
  /** Says that a family's new revision is registered, and which jobs run it. */
  registered(family: string, jobs: readonly string[], arn: string): void;
  /** A planned TaskDefinitionArn with NEW_REVISION resolved to the revision this apply registered. */
  withArn(arn: string | undefined, family: string): string;
}

/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
export const READ_CONCURRENCY = 8;
/** Writes in flight at once for a kind whose API's quota says nothing more (ECS: RegisterTaskDefinition's 1/s). */
export const WRITE_CONCURRENCY = 4;

/** Order of the phases of an apply: a failure stops every later phase. */
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

/** What a kind's IAM statements are scoped by: the manifest, what it asks for, and ARNs in the policy's account and region. */
export interface PolicyScope {
  manifest: ResolvedManifest;
  desired: DesiredState;
  arn(service: string, resource: string): string;
  /** The deploy role (what observe and apply call); otherwise the plan role (what observe calls). */
  write: boolean;
}

/**
 * Sids shared by every kind, so the tag-scoped writes of rules, state machines and alarms are one statement each (the
 * policy must fit 6,144 characters); mergeStatements keeps each action to its own service's resources.
 */
export const OWN_WRITES = {
  create: 'CreateOwnResources',
  change: 'ChangeOwnResources',
  tag: 'TagOwnResources',
} as const;

/** Only resources this project tagged as its own (on a call that names an existing resource). */
export function ownedOnly(prefix: string): NonNullable<Statement['Condition']> {
  return { StringEquals: { [`aws:ResourceTag/${OWNER_TAG}`]: prefix }, ...ownTagIfSent(prefix) };
}

/** A create (or a create-or-update, as PutRule is) that tags the resource as this project's, and never takes another's. */
export function createdOwned(prefix: string): NonNullable<Statement['Condition']> {
  return {
    StringEquals: { [`aws:RequestTag/${OWNER_TAG}`]: prefix },
    StringEqualsIfExists: { [`aws:ResourceTag/${OWNER_TAG}`]: prefix },
  };
}

/** Tagging: never a resource another project tagged, never with another project's tag. */
export function tagsOwnOnly(prefix: string): NonNullable<Statement['Condition']> {
  return {
    StringEqualsIfExists: { [`aws:ResourceTag/${OWNER_TAG}`]: prefix, [`aws:RequestTag/${OWNER_TAG}`]: prefix },
  };
}

/** A call that sends tags may not give the resource another project's. */
function ownTagIfSent(prefix: string): NonNullable<Statement['Condition']> {
  return { StringEqualsIfExists: { [`aws:RequestTag/${OWNER_TAG}`]: prefix } };
}

/**
 * A project's log groups by name, or (past MAX_LISTED_NAMES) by a pattern that holds the project's own path segment
 * (`/<prefix>/`), so it cannot match another project's or environment's groups.
 */
export function logGroupArns(names: readonly string[], prefix: string, arn: PolicyScope['arn']): string[] {
  return namesOrPattern(names, (p) => p.includes(`/${prefix}/`)).flatMap((g) => [
    arn('logs', `log-group:${g}`),
    arn('logs', `log-group:${g}:*`),
  ]);
}

/** Sid of the reads AWS does not scope to a resource ("*" is the only choice); each kind adds its own to it. */
export const UNSCOPED_READS = 'ReadWithoutResourceScope';

export interface ResourceKind<C extends ChangeBase> {
  kinds: readonly C['kind'][];
  /** Reads live state (reads only). */
  observe?(clients: AwsClients, req: ObserveRequest): Promise<Partial<ObservedState>>;
  /** This kind's changes, from desired and observed state and earlier kinds' facts. Pure. */
  plan?(input: PlanInput): KindPlan<C>;
  /** The phase a change runs in (see PHASE). */
  phase(change: C): number;
  /** Writes one change; returns a detail for the progress line. */
  apply(ctx: ApplyContext, change: C): Promise<string | undefined>;
  /** Its writes in flight at once, from its API's quota (src/aws/limits.ts); WRITE_CONCURRENCY when it says none. */
  writesInFlight?(region: string): number;
  /** The IAM statements its observe (and, when scope.write, its apply) needs: `iam-policy` is their union. */
  iam?(scope: PolicyScope): Statement[];
}
