/** What a plan reads from AWS (data only), and what it asks to read. */
import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import type { Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';

export interface ObserveRequest {
  prefix: string;
  /** Every desired task definition family (`<prefix>-<job>`, or a shared shape's). */
  names: string[];
  logGroups: string[];
  /** Read ACTIVE revisions of the desired families (for keep-revisions). */
  revisionsOfDesired: boolean;
  /** A rollback: read this many earlier ACTIVE revisions of each desired family, to point at one that matches. */
  earlierRevisions?: number;
  /** The alert topic, whose policy is read (never written). */
  alertTopic?: string;
  /** The manifest keeps run history (its Logs resource policy is read). */
  history?: boolean;
  /** To find other ecs-batch deployments that run the same jobs on the same cluster (a renamed project). */
  /** Hand-made schedules and rules the jobs take over (`replaces:`). */
  replaces?: { job: string; ref: string; disable?: boolean }[];
  twins?: {
    clusterArn: string;
    jobs: string[];
    /** The manifest's image repository: a twin runs the same one. */
    repository: string;
    /** Prefixes of this manifest's other environments: not twins. */
    siblings: string[];
    /** Each job's command, to recognise a hand-made schedule that runs the same one. */
    commands?: Record<string, string[]>;
  };
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
  /** The ecs-batch:project tag's value, when the rule has one (another project's, when not owned). */
  owner?: string;
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
  /** Earlier ACTIVE revisions of the desired families, newest first (a rollback reads them). */
  earlierRevisions?: Record<string, ObservedTaskDefinition[]>;
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

export interface ObservedStateMachine {
  name: string;
  arn: string;
  definition: string;
  roleArn: string;
  owned: boolean;
  /** The fingerprint ecs-batch tagged it with when it last wrote it. */
  applied?: string;
}

export type ReplacedState =
  | { job: string; ref: string; state: 'present'; disabled: boolean; disable?: boolean }
  | { job: string; ref: string; state: 'absent' }
  | { job: string; ref: string; state: 'refused'; why: string };
