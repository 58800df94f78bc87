/**
 * Every AWS limit the project relies on, in one place. The validator, the planner and the local
 * emulator all read these, so a limit is corrected once.
 */

/** EventBridge rule names, Scheduler schedule and group names: 1-64 of these characters. */
export const RULE_NAME = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 } as const;
export const SCHEDULE_NAME = { pattern: /^[0-9a-zA-Z\-_.]+$/, max: 64 } as const;
export const SCHEDULE_GROUP_NAME = SCHEDULE_NAME;
/** An ECS cluster: its name (letters, numbers, hyphens, underscores, up to 255) or its ARN. */
export const CLUSTER_REF =
  /^(?:[A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/;
/** ECS task definition family: letters, numbers, hyphens and underscores, up to 255. */
export const TASK_FAMILY = { pattern: /^[A-Za-z0-9_-]+$/, max: 255 } as const;
/** ECS container names share the family's alphabet. */
export const CONTAINER_NAME = TASK_FAMILY;
/** CloudWatch Logs group names. */
export const LOG_GROUP_NAME = { pattern: /^[.\-_/#A-Za-z0-9]+$/, max: 512 } as const;
export const ECR_REPOSITORY_NAME = {
  pattern: /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,
  min: 2,
  max: 256,
} as const;

/** The request fields RegisterTaskDefinition takes: anything else in a base file is not a task definition field. */
export const TASK_DEFINITION_FIELDS: ReadonlySet<string> = new Set([
  'family',
  'taskRoleArn',
  'executionRoleArn',
  'networkMode',
  'containerDefinitions',
  'volumes',
  'placementConstraints',
  'requiresCompatibilities',
  'cpu',
  'memory',
  'tags',
  'pidMode',
  'ipcMode',
  'proxyConfiguration',
  'inferenceAccelerators',
  'ephemeralStorage',
  'runtimePlatform',
  'enableFaultInjection',
]);

/** ECS RunTask and targets: at most this many placement constraints and strategy rules. */
export const PLACEMENT_CONSTRAINTS_MAX = 10;
export const PLACEMENT_STRATEGY_MAX = 5;

/** A CloudWatch Logs resource policy document. */
export const LOGS_RESOURCE_POLICY_MAX = 5120;

export const RULE_DESCRIPTION_MAX = 512;
export const SCHEDULE_DESCRIPTION_MAX = 512;
export const SCHEDULE_EXPRESSION_MAX = 256;
export const TARGET_INPUT_MAX = 8192;
export const TARGETS_PER_RULE_MAX = 5;
export const TARGET_ID = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 } as const;
/** Default quota of rules per event bus (an adjustable quota, so a warning, not an error). */
export const RULES_PER_BUS_DEFAULT = 300;

/** EventBridge Scheduler ranges. */
export const FLEXIBLE_WINDOW_MINUTES = { min: 1, max: 1440 } as const;
export const RETRY_ATTEMPTS = { min: 0, max: 185 } as const;
export const RETRY_EVENT_AGE_SECONDS = { min: 60, max: 86400 } as const;
/** What Scheduler and EventBridge apply when no RetryPolicy is given. */
export const DEFAULT_RETRY_POLICY = { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86400 } as const;

/** AWS cron year bounds. */
export const CRON_YEAR = { min: 1970, max: 2199 } as const;

/** ECS resource tags. */
export const TAG_KEY_MAX = 128;
export const TAG_VALUE_MAX = 256;
export const TAGS_PER_RESOURCE_MAX = 50;

/** CloudWatch Logs retention values PutRetentionPolicy accepts (days). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** Fargate task sizes: cpu units -> allowed memory (MiB). From AWS's task size table. */
export const FARGATE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024, 2048]],
  [512, steps(1024, 4096, 1024)],
  [1024, steps(2048, 8192, 1024)],
  [2048, steps(4096, 16384, 1024)],
  [4096, steps(8192, 30720, 1024)],
  [8192, steps(16384, 61440, 4096)],
  [16384, steps(32768, 122880, 8192)],
]);

function steps(from: number, to: number, by: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += by) out.push(v);
  return out;
}

/** Describes the Fargate memory choices for a cpu value, for error messages. */
export function fargateMemoryText(cpu: number): string {
  const mem = FARGATE_SIZES.get(cpu);
  if (!mem) return '';
  if (mem.length <= 3) return mem.join(', ');
  return `${mem[0]}-${mem[mem.length - 1]} in steps of ${mem[1]! - mem[0]!}`;
}

/**
 * Default request quotas AWS documents (per account and Region) for the APIs ecs-batch calls in bulk. Where Regions
 * differ, `perSecond` is the figure for every Region and `largeRegions` the one for the Regions AWS lists by name.
 * - ECS: token buckets; RegisterTaskDefinition 1/s with a burst of 20; reads ("cluster read" and the like) 20/s,
 *   bucket 50 (Request throttling for the Amazon ECS API).
 * - EventBridge Scheduler: GetSchedule, ListSchedules, CreateSchedule, UpdateSchedule, DeleteSchedule each 1,000/s in
 *   the large Regions and 250/s elsewhere (Quotas for Amazon EventBridge Scheduler).
 * - EventBridge: every API but PutEvents 50/s ("throttle limit for all other APIs").
 * - CloudWatch Logs: FilterLogEvents 5/s.
 */
export const API_RATES = {
  RegisterTaskDefinition: { perSecond: 1, burst: 20 },
  ecsRead: { perSecond: 20, burst: 50 },
  scheduler: { perSecond: 250, largeRegions: 1000 },
  events: { perSecond: 50 },
  FilterLogEvents: { perSecond: 5 },
} as const;

/** The Regions where EventBridge Scheduler's request quotas are the larger figure. */
export const SCHEDULER_LARGE_REGIONS: ReadonlySet<string> = new Set([
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ap-northeast-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'eu-central-1',
  'eu-west-1',
  'eu-west-2',
  'sa-east-1',
]);

/** A call's usual round trip to an AWS API from a runner in the same Region. */
const TYPICAL_LATENCY_SECONDS = 0.03;
/** Sockets one SDK client keeps per host (its default is 50): the most requests in flight for one API. */
const IN_FLIGHT_MAX = 32;

/**
 * Requests to keep in flight for a quota of `perSecond`: as many as the quota lets through at the usual latency
 * (rate × latency), so a bulk write goes at the quota's pace without meeting it often; at least 1.
 */
export function inFlightFor(perSecond: number): number {
  return Math.max(1, Math.min(IN_FLIGHT_MAX, Math.round(perSecond * TYPICAL_LATENCY_SECONDS)));
}

/** EventBridge's (rules') requests in flight: 2 at the usual latency. */
export const EVENTS_IN_FLIGHT = inFlightFor(API_RATES.events.perSecond);

/** EventBridge Scheduler's requests in flight in a Region. */
export function schedulerInFlight(region: string): number {
  const rate = API_RATES.scheduler;
  return inFlightFor(SCHEDULER_LARGE_REGIONS.has(region) ? rate.largeRegions : rate.perSecond);
}

/** CloudWatch Logs: a FilterLogEvents filter pattern's length, and the most one page returns (whichever comes first). */
export const FILTER_PATTERN_MAX = 1024;
export const FILTER_PAGE = { events: 10_000, bytes: 1_048_576 } as const;

/** Page sizes the pipeline asks for (each API's maximum). */
export const PAGE_SIZE = {
  ListSchedules: 100,
  ListRules: 100,
  ListTaskDefinitions: 100,
  ListTaskDefinitionFamilies: 100,
  DescribeLogGroups: 50,
  DescribeImages: 100,
  ListScheduleGroups: 100,
} as const;

/**
 * Pre-flight reads, batched as far as each API allows: an EC2 filter takes up to 200 values, an SSM parameter filter
 * 50 (a DescribeParameters page at most 50 parameters); IAM and Secrets Manager describe one role or secret a call,
 * a few at a time (IAM allows about 20 reads a second per account).
 */
export const EC2_FILTER_VALUES_MAX = 200;
export const SSM_FILTER_VALUES_MAX = 50;
export const PREFLIGHT_IN_FLIGHT = 5;
/**
 * Roles the deploy policy names for pre-flight's iam:GetRole. Past this many, the deploy policy (which lists each role
 * once more for PassRole) would need more managed policies than a role may have: the plan policy still names them
 * all, so the PR plan checks them, and a deploy says its role check was skipped.
 */
export const DEPLOY_POLICY_ROLE_READS_MAX = 50;

/** A lifecycle rule that keeps tagged images counts this many at most (a count "more than" nobody reaches). */
export const IMAGES_KEPT_BY_TAG = 9999;
