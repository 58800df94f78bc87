/** What the planner takes (desired and observed state) and what it produces (ordered changes). */
import type { RegisterTaskDefinitionCommandInput, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { PutRuleCommandInput, Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput, GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import type { Backend, ResolvedJob } from '../manifest/types.ts';
import type { Chain } from '../manifest/chains.ts';
import type { AslDefinition } from '../stepfunctions/asl.ts';
import type { DesiredOperations } from './operations.ts';
import type { AlarmChange } from '../resources/alarms.ts';
import type { EventRuleChange } from '../resources/event-rules.ts';
import type { LogGroupChange } from '../resources/log-groups.ts';
import type { ReplacedChange, ReplacedState } from '../resources/replaced.ts';
import type { LogsPolicyChange } from '../resources/logs-policy.ts';
import type { ObservedStateMachine, StateMachineChange } from '../resources/state-machines.ts';
import type { RuleChange } from '../resources/rules.ts';
import type { ScheduleChange, ScheduleGroupChange } from '../resources/schedules.ts';
import type { RevisionsChange, TaskDefinitionChange } from '../resources/task-definitions.ts';
import { describeChange, type DisplayOptions, type FieldChange } from '../util/diff.ts';

export { NEW_REVISION } from '../targets/ecs.ts';
export { RULE_TARGET_ID } from '../targets/schedule.ts';

export interface DesiredJob {
  job: ResolvedJob;
  /** `<prefix>-<job>`: schedule or rule name (and task definition family, unless shared). */
  name: string;
  /** The task definition family it runs: `name`, or its shape's with `taskDefinitions: shared`. */
  family: string;
  /** Its schedule names the family without a revision and passes the job's overrides (shared). */
  shared?: boolean;
  taskDefinition: RegisterTaskDefinitionCommandInput;
  /** Scheduler backend: the schedule, its TaskDefinitionArn left to the planner. */
  schedule?: CreateScheduleCommandInput;
  /** Rules backend: the rule and its target, the target's TaskDefinitionArn left to the planner. */
  rule?: PutRuleCommandInput;
  target?: RuleTarget;
  /** The state machine that runs it (retries, timeout, concurrency, or a chain); a job after others has no schedule or rule. */
  stateMachine?: string;
}

/** A Step Functions state machine `<prefix>-<root>` that runs a chain (or one job). */
export interface DesiredStateMachine {
  name: string;
  arn: string;
  roleArn: string;
  chain: Chain;
  /** The definition, given each job's task definition (a known revision, or NEW_REVISION's placeholder). */
  definition(taskDefinitionOf: (family: string) => string): AslDefinition;
}

export interface DesiredLogGroup {
  name: string;
  retentionDays?: number;
}

/** One task definition family to register, and the jobs that run it (one, unless shared). */
export interface DesiredTaskDefinition {
  family: string;
  input: RegisterTaskDefinitionCommandInput;
  jobs: string[];
}

export interface DesiredState {
  prefix: string;
  backend: Backend;
  region: string;
  clusterArn: string;
  image: string;
  jobs: DesiredJob[];
  taskDefinitions: DesiredTaskDefinition[];
  logGroups: DesiredLogGroup[];
  /** Alerts, run history and the alarm (src/plan/operations.ts). */
  operations: DesiredOperations;
  stateMachines: DesiredStateMachine[];
}

export interface ObservedTaskDefinition {
  arn: string;
  family: string;
  revision: number;
  definition: TaskDefinition;
  tags: Tag[];
}

export interface ObservedRule {
  name: string;
  arn: string;
  scheduleExpression?: string;
  /** Set on event-pattern rules (alerts, history), which are not job schedules. */
  eventPattern?: string;
  state?: string;
  description?: string;
  /** Tagged ecs-batch:project=<prefix>. */
  owned: boolean;
  targets: RuleTarget[];
}

export interface ObservedLogGroup {
  name: string;
  retentionInDays?: number;
  /** Tagged ecs-batch:project=<prefix> (ecs-batch created it). */
  managed: boolean;
}

/** A schedule or rule of another ecs-batch prefix that runs one of this manifest's jobs on the same cluster. */
export interface OtherOwnersJob {
  job: string;
  /** The other prefix (its ownership tag). */
  owner: string;
  kind: 'schedule' | 'rule';
  name: string;
}

/** A schedule or rule nobody's ecs-batch made, that runs one of this manifest's jobs on its cluster. */
export interface StrangerJob {
  job: string;
  kind: 'schedule' | 'rule';
  /** `group/name` for a schedule, the name for a rule. */
  name: string;
  /** What gives it away: the job's own task definition family, or the same command. */
  by: 'family' | 'command';
}

export interface ObservedAlarm {
  name: string;
  arn: string;
  /** As DescribeAlarms returns it. */
  alarm: Record<string, unknown>;
  owned: boolean;
}

export interface ObservedState {
  /** Latest ACTIVE revision of each family, keyed by family (desired families and owned ones). */
  taskDefinitions: Record<string, ObservedTaskDefinition>;
  /** Families named `<prefix>-*` whose latest revision carries this manifest's ownership tag. */
  ownedFamilies: string[];
  /** ACTIVE revision ARNs per family, newest first (read when pruning or keeping N revisions). */
  activeRevisions: Record<string, string[]>;
  scheduleGroup?: { name: string; arn: string; owned: boolean };
  /** Schedules in the group `<prefix>`, by name. */
  schedules: Record<string, GetScheduleCommandOutput>;
  /** Rules named `<prefix>-*`, owned or not, by name. */
  rules: Record<string, ObservedRule>;
  logGroups: Record<string, ObservedLogGroup>;
  /** State machines named `<prefix>-*`, by name. */
  stateMachines?: Record<string, ObservedStateMachine>;
  /** This manifest's alarms, by name. */
  alarms?: Record<string, ObservedAlarm>;
  /** CloudWatch Logs resource policies, by name. */
  logsPolicies?: Record<string, string>;
  /** The alert topic's access policy; `null` when the topic does not exist; undefined when not read. */
  alertTopicPolicy?: string | null;
  /** Other ecs-batch deployments running the same jobs on the same cluster (e.g. before a rename of `project`). */
  otherOwners?: OtherOwnersJob[];
  /** Schedules and rules made by hand that run one of the jobs (same family or command) on the same cluster. */
  strangers?: StrangerJob[];
  /** Where each `replaces:` entry stands. */
  replaced?: ReplacedState[];
  /** Why other deployments could not be looked for (e.g. the role may not list schedule groups). */
  otherOwnersUnknown?: string;
}

export interface PlanOptions {
  prune: boolean;
  /** Most jobs a prune may remove; without it, more than half of the owned jobs (and more than one) is refused. */
  maxPrune?: number;
  /** Keep this many ACTIVE revisions per family; older ones are deregistered. */
  keepRevisions?: number;
}

/** A change to one resource; each kind's shape is defined in its module (src/resources). */
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

export type JobAction = 'create' | 'update' | 'enable' | 'disable' | 'unchanged';

/** Why a job changes: a line in our own words, or a field change that the report describes. */
export type Reason =
  string | { resource: 'task definition' | 'schedule' | 'rule' | 'state machine'; change: FieldChange };

export function reasonText(reason: Reason, options: DisplayOptions = {}): string {
  return typeof reason === 'string' ? reason : `${reason.resource} ${describeChange(reason.change, options)}`;
}

export interface JobPlan {
  job: string;
  name: string;
  action: JobAction;
  enabled: boolean;
  /** What changes, one line each (empty when unchanged). */
  reasons: Reason[];
  family: string;
  currentRevision?: number;
  /** The task definition ARN the schedule will point at, when it is known before apply. */
  taskDefinitionArn?: string;
  registersNewRevision: boolean;
}

export interface Plan {
  prefix: string;
  backend: Backend;
  region: string;
  image: string;
  /** Every change in the order apply runs them (unchanged ones included, for the report). */
  changes: Change[];
  jobs: JobPlan[];
  /** Resources this manifest would have to overwrite but does not own: apply refuses to start. */
  conflicts: string[];
  warnings: string[];
}

/** The resource a change is about: a family for task definitions, a name otherwise. */
export function changeName(c: Change): string {
  return c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
}

export function isWrite(change: Change): boolean {
  return change.action !== 'unchanged';
}
