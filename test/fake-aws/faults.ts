/** Latency, throttling and server errors, injected at the emulator's front door. */
import { API_RATES, SCHEDULER_LARGE_REGIONS } from '../../src/aws/limits.ts';
import { AwsError } from './errors.ts';

export interface TokenBucket {
  perSecond: number;
  burst: number;
}

export interface InjectedFailure {
  operation: string;
  code: string;
  status: number;
  message?: string;
  /** How many calls fail (default 1). */
  times?: number;
}

export interface FaultConfig {
  /** Added to every call. */
  latencyMs: number;
  /** Random extra latency, 0..jitterMs. */
  jitterMs: number;
  /** Share of calls (0-1) answered with a throttling error. */
  throttleRate: number;
  /** Share of calls (0-1) answered with a 5xx. */
  errorRate: number;
  /** Per-operation rate limits, as AWS applies them (e.g. RegisterTaskDefinition 1/s, burst 20). */
  buckets: Record<string, TokenBucket>;
  /** Exact failures for the next calls of an operation. */
  failures: InjectedFailure[];
}

/** The ECS reads ecs-batch makes in bulk: each has its own bucket, as ECS throttles per action. */
const ECS_READS = ['DescribeTaskDefinition', 'DescribeTasks', 'DescribeClusters', 'ListTasks', 'ListTaskDefinitions'];
const SCHEDULER_CALLS = ['GetSchedule', 'ListSchedules', 'CreateSchedule', 'UpdateSchedule', 'DeleteSchedule'];
const EVENTS_CALLS = [
  'PutRule',
  'PutTargets',
  'DeleteRule',
  'RemoveTargets',
  'ListRules',
  'ListTargetsByRule',
  'ListRuleNamesByTarget',
  'DescribeRule',
];
// (ListTagsForResource and TagResource are left out: the buckets go by operation name, and ECS and Scheduler have
// operations of those names with quotas of their own.)

/**
 * AWS's documented default quotas (src/aws/limits.ts) as the emulator's per-operation buckets; Scheduler's at the
 * figure for `region`. `scale` makes RegisterTaskDefinition's refill that much faster (a bench that would otherwise
 * wait minutes on its 1/s); the others are AWS's own.
 */
export function awsBuckets(region = 'us-east-1', scale = 1): Record<string, TokenBucket> {
  const { RegisterTaskDefinition, ecsRead, scheduler, events, FilterLogEvents } = API_RATES;
  const scheduled = SCHEDULER_LARGE_REGIONS.has(region) ? scheduler.largeRegions : scheduler.perSecond;
  const bucket = (perSecond: number, burst = perSecond) => ({ perSecond, burst });
  return {
    RegisterTaskDefinition: bucket(RegisterTaskDefinition.perSecond * scale, RegisterTaskDefinition.burst),
    ...Object.fromEntries(ECS_READS.map((op) => [op, bucket(ecsRead.perSecond, ecsRead.burst)])),
    ...Object.fromEntries(SCHEDULER_CALLS.map((op) => [op, bucket(scheduled)])),
    ...Object.fromEntries(EVENTS_CALLS.map((op) => [op, bucket(events.perSecond)])),
    FilterLogEvents: bucket(FilterLogEvents.perSecond),
  };
}

export function defaultFaults(): FaultConfig {
  return { latencyMs: 0, jitterMs: 0, throttleRate: 0, errorRate: 0, buckets: {}, failures: [] };
}

/** A small seeded PRNG (mulberry32), so a fault pattern can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  readonly config: FaultConfig;
  private readonly random: () => number;
  private readonly levels = new Map<string, { tokens: number; at: number }>();

  constructor(config: FaultConfig, seed: number) {
    this.config = config;
    this.random = seededRandom(seed);
  }

  delayMs(): number {
    const { latencyMs, jitterMs } = this.config;
    return latencyMs + (jitterMs > 0 ? this.random() * jitterMs : 0);
  }

  /** The error to answer this call with, if any. `throttleCode` differs by service. */
  check(operation: string, throttleCode: string, throttleStatus: number, serverCode: string): AwsError | undefined {
    const injected = this.config.failures.find((f) => f.operation === operation);
    if (injected) {
      injected.times = (injected.times ?? 1) - 1;
      if (injected.times <= 0) this.config.failures.splice(this.config.failures.indexOf(injected), 1);
      return new AwsError(injected.code, injected.message ?? `Injected ${injected.code}`, injected.status);
    }
    const bucket = this.config.buckets[operation];
    if (bucket && !this.take(operation, bucket)) return new AwsError(throttleCode, 'Rate exceeded', throttleStatus);
    if (this.config.throttleRate > 0 && this.random() < this.config.throttleRate)
      return new AwsError(throttleCode, 'Rate exceeded', throttleStatus);
    if (this.config.errorRate > 0 && this.random() < this.config.errorRate)
      return new AwsError(serverCode, 'We encountered an internal error. Please try again.', 500);
    return undefined;
  }

  private take(operation: string, bucket: TokenBucket): boolean {
    const now = performance.now();
    const level = this.levels.get(operation) ?? { tokens: bucket.burst, at: now };
    level.tokens = Math.min(bucket.burst, level.tokens + ((now - level.at) / 1000) * bucket.perSecond);
    level.at = now;
    this.levels.set(operation, level);
    if (level.tokens < 1) return false;
    level.tokens -= 1;
    return true;
  }
}
