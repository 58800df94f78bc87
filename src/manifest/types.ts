/**
 * The manifest as written (these types mirror schema/ecs-batch.schema.json; a unit test keeps the
 * two in step) and as resolved for one environment.
 */
import type { Schedule } from '../schedule/index.ts';

export type Backend = 'scheduler' | 'rules';
export type LaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL';
export type NetworkMode = 'bridge' | 'host' | 'awsvpc' | 'none';

export interface PlacementConstraintSpec {
  type: 'distinctInstance' | 'memberOf';
  expression?: string;
}

export interface PlacementStrategySpec {
  type: 'random' | 'spread' | 'binpack';
  field?: string;
}

export interface CapacityProviderItem {
  capacityProvider: string;
  weight?: number;
  base?: number;
}

export interface NetworkSettings {
  subnets: string[];
  securityGroups?: string[];
  assignPublicIp?: 'ENABLED' | 'DISABLED';
}

export interface LogSettings {
  group: string;
  retentionDays?: number;
  streamPrefix?: string;
}

export interface RetryPolicySettings {
  maximumRetryAttempts?: number;
  maximumEventAgeInSeconds?: number;
}

/** Keys allowed in `defaults` and in each job. */
export interface JobSettings {
  timezone?: string;
  enabled?: boolean;
  /** null unsets an inherited value (the more specific of these two wins anyway). */
  launchType?: LaunchType | null;
  capacityProviderStrategy?: CapacityProviderItem[] | null;
  platformVersion?: string;
  networkMode?: NetworkMode;
  placementConstraints?: PlacementConstraintSpec[];
  placementStrategy?: PlacementStrategySpec[];
  cpu?: number;
  memory?: number;
  architecture?: 'X86_64' | 'ARM64';
  ephemeralStorageGiB?: number;
  executionRoleArn?: string;
  taskRoleArn?: string;
  schedulerRoleArn?: string;
  network?: NetworkSettings;
  logs?: LogSettings;
  environment?: Record<string, string | number | boolean>;
  secrets?: Record<string, string>;
  tags?: Record<string, string>;
  containerName?: string;
  taskDefinition?: string;
  deadLetterQueueArn?: string;
  retryPolicy?: RetryPolicySettings;
  flexibleTimeWindowMinutes?: number;
  /** false: this job's failures never alert. */
  alerts?: boolean;
  /** Step Functions runner: run a failed run again up to N times. */
  retries?: number;
  retryDelay?: string;
  timeout?: string;
  concurrency?: Concurrency;
  stateMachineRoleArn?: string;
  /** A task not RUNNING this long after it was started is stopped and counts as not started. */
  startTimeout?: string;
  retryOn?: RetryOn[];
  noRetryExitCodes?: number[];
  /** The capacity provider a retry after a Spot interruption or a capacity error runs on. */
  spotFallback?: string;
  /** The run must have succeeded this long after its scheduled time (a `late` alert otherwise). */
  deadline?: string;
}

/** The kinds of failure a retry runs again. */
export type RetryOn = 'not-started' | 'failed' | 'timeout';

export type Concurrency = 'allow' | 'forbid' | 'replace';

export type AlertEvent = 'failed' | 'not-started' | 'schedule-errors' | 'missed' | 'late';

export interface AlertsSpec {
  snsTopicArn: string;
  on?: AlertEvent[];
}

export type HistorySpec = boolean | { retentionDays?: number };

/** One task definition family per job, or one per shape shared by the jobs that have it. */
export type TaskDefinitionsMode = 'per-job' | 'shared';

/** What a deploy does to the hand-made rules and schedules the jobs replace. */
export type TakeOver = 'delete' | 'disable';

export interface JobSpec extends JobSettings {
  description?: string;
  /** Required unless the job runs `after` others. */
  schedule?: string;
  command?: string[];
  after?: string | string[];
  /** Hand-made schedules or rules this job takes over: `rule/NAME` or `schedule/GROUP/NAME`. */
  replaces?: string | string[];
}

export interface ImageSpec {
  repository: string;
  context?: string;
  dockerfile?: string;
}

export interface EnvironmentOverlay {
  cluster?: string;
  backend?: Backend;
  image?: Partial<ImageSpec>;
  defaults?: JobSettings;
  alerts?: AlertsSpec;
  history?: HistorySpec;
  jobs?: Record<string, Partial<JobSpec>>;
}

export interface ManifestDocument {
  $schema?: string;
  version: 1;
  project: string;
  cluster: string;
  backend?: Backend;
  image: ImageSpec;
  defaults?: JobSettings;
  alerts?: AlertsSpec;
  history?: HistorySpec;
  takeOver?: TakeOver;
  taskDefinitions?: TaskDefinitionsMode;
  jobs: Record<string, JobSpec>;
  environments?: Record<string, EnvironmentOverlay>;
}

/** One job with defaults and the environment overlay applied. */
export interface ResolvedJob extends Omit<
  JobSettings,
  | 'timezone'
  | 'enabled'
  | 'environment'
  | 'taskDefinition'
  | 'launchType'
  | 'capacityProviderStrategy'
  | 'alerts'
  | 'retryDelay'
  | 'timeout'
  | 'concurrency'
  | 'retries'
  | 'replaces'
  | 'startTimeout'
  | 'deadline'
  | 'retryOn'
> {
  /** Hand-made schedules or rules this job takes over (deleted once its own exists). */
  replaces: string[];
  /** The jobs it follows (a chain); such a job has no schedule of its own. */
  after?: string[];
  retries: number;
  retryDelaySeconds: number;
  timeoutSeconds?: number;
  startTimeoutSeconds?: number;
  /** Default [not-started, failed]. */
  retryOn: RetryOn[];
  deadlineSeconds?: number;
  /** Watched for missed or late runs (the manifest's alerts ask for them and the job has a schedule of its own). */
  watched?: boolean;
  /** Watched: its run counts as missed when it has not started this long after its scheduled time. */
  startBySeconds?: number;
  concurrency: Concurrency;
  /** Its failures alert (when the manifest has alerts). */
  alerts: boolean;
  launchType?: LaunchType;
  capacityProviderStrategy?: CapacityProviderItem[];
  name: string;
  description?: string;
  /** The schedule as written (`after ...` for a job in a chain). */
  scheduleText: string;
  /** Its own schedule; for a job in a chain, the schedule of the job that starts the chain. */
  schedule: Schedule;
  timezone: string;
  enabled: boolean;
  command?: string[];
  environment: Record<string, string>;
  secrets: Record<string, string>;
  tags: Record<string, string>;
  containerName: string;
  /** The base task definition (parsed JSON), when `taskDefinition` names one. */
  baseTaskDefinition?: Record<string, unknown>;
}

export interface ResolvedManifest {
  /** Path of the manifest file as given. */
  file: string;
  project: string;
  environment?: string;
  /** `project`, or `project-environment`: the prefix of every name and the ownership tag value. */
  prefix: string;
  /** The prefixes of this manifest's other environments (and of its base), which are not strangers. */
  siblingPrefixes: string[];
  cluster: string;
  backend: Backend;
  image: Required<ImageSpec>;
  jobs: ResolvedJob[];
  /** Jobs that run through a Step Functions state machine, one per chain (a lone job is a chain of one). */
  chains: Chain[];
  /** Failure alerts, when the manifest asks for them. */
  alerts?: { snsTopicArn: string; on: AlertEvent[] };
  /** Run history, when the manifest asks for it. */
  history?: { retentionDays: number };
  takeOver: TakeOver;
  taskDefinitions: TaskDefinitionsMode;
}

export interface Chain {
  /** The job with the schedule: it names the state machine (`<prefix>-<root>`) and its schedule. */
  root: string;
  /** Jobs in waves, in order (the root alone in the first wave). */
  waves: string[][];
}
