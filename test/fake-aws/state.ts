/** The emulator's in-memory state: one account, one region, every service. Tests may read it directly. */

export type Json = Record<string, unknown>;
export interface Tag {
  key: string;
  value: string;
}

export interface TaskDefinitionRecord {
  family: string;
  revision: number;
  arn: string;
  status: 'ACTIVE' | 'INACTIVE' | 'DELETE_IN_PROGRESS';
  /** The request as registered (RegisterTaskDefinition's fields). */
  body: Json;
  registeredAt: number;
  deregisteredAt?: number;
}

export interface ContainerRecord {
  name: string;
  image: string;
  lastStatus: string;
  exitCode?: number;
  reason?: string;
  logGroup?: string;
  logStream?: string;
}

export interface TaskOutcome {
  /** Exit code of the essential container. */
  exitCode?: number;
  /** Lines the container writes to its log stream, in order. */
  logLines?: string[];
  /** How long the container runs, in ms. */
  runMs?: number;
  /** Set to fail the task before its container starts (stopCode TaskFailedToStart). */
  failToStart?: string;
  /** The container runs until the test calls tasks.release() for it: no race with the machine's speed. */
  held?: boolean;
  /** The task stays PROVISIONING (no capacity, an ENI that never attaches) until someone stops it. */
  stuckStarting?: boolean;
  /** On a Spot capacity provider, the task is reclaimed when it would have ended (stopCode SpotInterruption). */
  spotInterrupted?: boolean;
}

export interface TaskRecord {
  arn: string;
  clusterArn: string;
  taskDefinitionArn: string;
  family: string;
  createdAt: number;
  startedBy?: string;
  group?: string;
  launchType?: string;
  capacityProviderName?: string;
  platformVersion?: string;
  /** As RunTask was asked (DescribeTasks does not return them; tests read them here). */
  placementConstraints?: Json[];
  placementStrategy?: Json[];
  lastStatus: 'PROVISIONING' | 'PENDING' | 'RUNNING' | 'DEPROVISIONING' | 'STOPPED';
  desiredStatus: 'RUNNING' | 'STOPPED';
  /** What the essential container runs: its command and environment after overrides. */
  command: string[];
  environment: Record<string, string>;
  containers: ContainerRecord[];
  overrides: Json;
  tags: Tag[];
  startedAt?: number;
  stoppingAt?: number;
  stoppedAt?: number;
  stopCode?: string;
  stoppedReason?: string;
  /** Planned timeline and outcome, decided when the task was started. */
  plan: { runningAt: number; stopsAt: number; outcome: TaskOutcome; logTimes: number[] };
  logsWritten: number;
}

export interface ClusterRecord {
  name: string;
  arn: string;
  status: 'ACTIVE';
  tags: Tag[];
  /** Attached capacity providers (a strategy may name only these). */
  capacityProviders: string[];
  /** Registered EC2 container instances. */
  containerInstances: number;
}

export interface SubnetRecord {
  id: string;
  vpcId: string;
  zone: string;
  mapPublicIpOnLaunch: boolean;
}

export interface SecurityGroupRecord {
  id: string;
  vpcId: string;
  name: string;
}

export interface RoleRecord {
  name: string;
  arn: string;
  path: string;
  /** The trust policy as JSON text (IAM answers it URL-encoded). */
  trust: string;
  createdAt: string;
}

export interface ImageRecord {
  digest: string;
  tags: string[];
  manifest: string;
  mediaType: string;
  pushedAt: number;
  size: number;
}

export interface RepositoryRecord {
  name: string;
  arn: string;
  uri: string;
  createdAt: number;
  scanOnPush: boolean;
  tagMutability: string;
  lifecyclePolicy?: string;
  images: ImageRecord[];
  tags: Tag[];
}

export interface RuleRecord {
  name: string;
  arn: string;
  eventBusName: string;
  scheduleExpression?: string;
  eventPattern?: string;
  state: 'ENABLED' | 'DISABLED';
  description?: string;
  roleArn?: string;
  targets: Json[];
}

export interface ScheduleGroupRecord {
  name: string;
  arn: string;
  state: 'ACTIVE';
  createdAt: number;
  modifiedAt: number;
  tags: Tag[];
}

export interface ScheduleRecord {
  name: string;
  groupName: string;
  arn: string;
  createdAt: number;
  modifiedAt: number;
  /** Every field of the last Create/UpdateSchedule request (UpdateSchedule replaces them all). */
  body: Json;
}

export interface LogEvent {
  timestamp: number;
  message: string;
  ingestionTime: number;
  eventId: string;
}

export interface LogGroupRecord {
  name: string;
  arn: string;
  createdAt: number;
  retentionInDays?: number;
  streams: Map<string, { name: string; createdAt: number; events: LogEvent[] }>;
  tags: Tag[];
}

export interface TopicRecord {
  arn: string;
  name: string;
  /** The topic's access policy (JSON); EventBridge and CloudWatch deliver only when it lets them publish. */
  policy?: string;
  tags: Tag[];
  /** What was published to it, in order: tests read alerts here. */
  messages: { message: string; from: string; at: number }[];
}

export interface AlarmRecord {
  name: string;
  arn: string;
  body: Json;
  tags: Tag[];
}

/** An event that went through the default bus, and the rules it matched. */
export interface BusRecord {
  event: Json;
  matched: string[];
  /** Deliveries that failed (no permission, missing target), as AWS counts FailedInvocations. */
  failed: { rule: string; target: string; reason: string }[];
}

export interface StateMachineRecord {
  name: string;
  arn: string;
  definition: string;
  roleArn: string;
  type: string;
  createdAt: number;
  tags: Tag[];
}

export interface ExecutionRecord {
  arn: string;
  name: string;
  stateMachineArn: string;
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
  startedAt: number;
  stoppedAt?: number;
  input: string;
  output?: string;
  error?: string;
  cause?: string;
  /** Tasks its steps started. */
  tasks: string[];
  abort?: () => void;
}

export class FakeState {
  readonly accountId: string;
  region: string;
  readonly clusters = new Map<string, ClusterRecord>();
  readonly taskDefinitions = new Map<string, TaskDefinitionRecord[]>();
  readonly taskDefinitionTags = new Map<string, Tag[]>();
  readonly tasks = new Map<string, TaskRecord>();
  readonly repositories = new Map<string, RepositoryRecord>();
  readonly rules = new Map<string, RuleRecord>();
  readonly ruleTags = new Map<string, Tag[]>();
  readonly scheduleGroups = new Map<string, ScheduleGroupRecord>();
  readonly schedules = new Map<string, ScheduleRecord>();
  readonly logGroups = new Map<string, LogGroupRecord>();
  /** SNS topics by ARN. */
  readonly topics = new Map<string, TopicRecord>();
  /** CloudWatch Logs resource policies by name (who may write to which log groups). */
  readonly logResourcePolicies = new Map<string, string>();
  readonly alarms = new Map<string, AlarmRecord>();
  /** Step Functions state machines and executions, by ARN. */
  readonly stateMachines = new Map<string, StateMachineRecord>();
  readonly executions = new Map<string, ExecutionRecord>();
  /** What pre-flight checks read: the network, roles by name, SSM parameters by name, secrets by ARN. */
  readonly subnets = new Map<string, SubnetRecord>();
  readonly securityGroups = new Map<string, SecurityGroupRecord>();
  readonly roles = new Map<string, RoleRecord>();
  readonly parameters = new Map<string, { name: string; type: string; arn: string }>();
  readonly secrets = new Map<string, { name: string; arn: string }>();
  /** Every event published on the default bus. */
  readonly bus: BusRecord[] = [];
  private sequence = 0;

  constructor(accountId: string, region: string, now: number) {
    this.accountId = accountId;
    this.region = region;
    // Scheduler always has a group called "default".
    this.scheduleGroups.set('default', {
      name: 'default',
      arn: this.arn('scheduler', 'schedule-group/default'),
      state: 'ACTIVE',
      createdAt: now,
      modifiedAt: now,
      tags: [],
    });
  }

  arn(service: string, resource: string): string {
    return `arn:aws:${service}:${this.region}:${this.accountId}:${resource}`;
  }

  /** A unique id for task ids, event ids and the like. */
  nextId(): string {
    this.sequence += 1;
    return this.sequence.toString(16).padStart(12, '0');
  }

  /** All task definition revisions, across families. */
  allTaskDefinitions(): TaskDefinitionRecord[] {
    return [...this.taskDefinitions.values()].flat();
  }

  findTaskDefinitionByArn(arn: string): TaskDefinitionRecord | undefined {
    const m = /task-definition\/([^:]+):(\d+)$/.exec(arn);
    if (!m) return undefined;
    return this.taskDefinitions.get(m[1]!)?.find((r) => r.revision === Number(m[2]));
  }
}
