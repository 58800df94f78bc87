/** The state a manifest asks for, as the planner compares it with what AWS holds (data only). */
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import type { PutMetricAlarmCommandInput } from '@aws-sdk/client-cloudwatch';
import type { PutRuleCommandInput, Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput } from '@aws-sdk/client-scheduler';
import type { Backend, Chain, ResolvedJob } from '../manifest/types.ts';
import type { AslDefinition } from '../stepfunctions/asl.ts';

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
  /** Watched for missed and late runs: its companion schedule, which starts the watch. */
  watch?: CreateScheduleCommandInput;
}

/** A Step Functions state machine: `<prefix>-<root>` that runs a chain (or one job), or the project's watch. */
export interface DesiredStateMachine {
  name: string;
  arn: string;
  roleArn: string;
  /** The chain it runs (none for the watch). */
  chain?: Chain;
  /** The jobs it runs (or watches), for reports. */
  jobs: string[];
  /** What it does, for the plan. */
  purpose: string;
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

export interface DesiredEventRule {
  name: string;
  description: string;
  /** The event pattern (an object; sent as JSON). */
  pattern: Record<string, unknown>;
  target: RuleTarget;
}

export interface DesiredOperations {
  eventRules: DesiredEventRule[];
  alarms: PutMetricAlarmCommandInput[];
  /** Log groups the operating half writes to (run history). */
  logGroups: { name: string; retentionDays: number }[];
  /**
   * This project's statement in the account's CloudWatch Logs resource policy that lets EventBridge write history: its
   * own history group, from its own rules only.
   */
  logsPolicy?: { name: string; statement: Record<string, unknown> };
  /** The alert topic, whose policy a plan reads (never writes). */
  alertTopic?: string;
}
