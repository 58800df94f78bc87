/** Delivery (retries, dead-letter queue, flexible window) and the operating half (alerts, history). */
import {
  FLEXIBLE_WINDOW_MINUTES,
  LOG_RETENTION_DAYS,
  RETRY_ATTEMPTS,
  RETRY_EVENT_AGE_SECONDS,
  RULE_NAME,
} from '../../aws/limits.ts';
import { operationsResourceName } from '../names.ts';
import { durationSeconds } from '../../util/inputs.ts';
import type { Backend, JobSpec } from '../types.ts';
import { type CheckReporter, type JobCheckContext } from './context.ts';

export function checkDelivery(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const retry = job.retryPolicy;
  if (
    retry?.maximumRetryAttempts !== undefined &&
    (retry.maximumRetryAttempts < RETRY_ATTEMPTS.min || retry.maximumRetryAttempts > RETRY_ATTEMPTS.max)
  ) {
    report.error(
      report.sourceOf(name, ['retryPolicy', 'maximumRetryAttempts']),
      `maximumRetryAttempts must be ${RETRY_ATTEMPTS.min}-${RETRY_ATTEMPTS.max}`,
      'value',
    );
  }
  if (
    retry?.maximumEventAgeInSeconds !== undefined &&
    (retry.maximumEventAgeInSeconds < RETRY_EVENT_AGE_SECONDS.min ||
      retry.maximumEventAgeInSeconds > RETRY_EVENT_AGE_SECONDS.max)
  ) {
    report.error(
      report.sourceOf(name, ['retryPolicy', 'maximumEventAgeInSeconds']),
      `maximumEventAgeInSeconds must be ${RETRY_EVENT_AGE_SECONDS.min}-${RETRY_EVENT_AGE_SECONDS.max}`,
      'value',
    );
  }
  const window = job.flexibleTimeWindowMinutes;
  if (window !== undefined && window !== 0) {
    const path = report.sourceOf(name, ['flexibleTimeWindowMinutes']);
    if (ctx.backend === 'rules') {
      report.error(
        path,
        `flexibleTimeWindowMinutes needs backend: scheduler; EventBridge rules have no flexible window`,
        'key',
      );
    } else if (window < FLEXIBLE_WINDOW_MINUTES.min || window > FLEXIBLE_WINDOW_MINUTES.max) {
      report.error(
        path,
        `flexibleTimeWindowMinutes must be 0 (off) or ${FLEXIBLE_WINDOW_MINUTES.min}-${FLEXIBLE_WINDOW_MINUTES.max}`,
        'value',
      );
    }
  }
}

const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/** `alerts` and `history`: a topic ARN that is a topic ARN, retention AWS accepts, what each backend can do. */
export function checkOperations(
  doc: { alerts?: { snsTopicArn: string; on?: string[] }; history?: boolean | { retentionDays?: number } },
  { backend, prefix }: { backend: Backend; prefix: string },
  at: (path: string[]) => string[],
  report: CheckReporter,
): void {
  // The alert and history rules are named `<prefix>-ecs-batch-<what>`: the longest must fit EventBridge's limit before
  // a deploy writes anything.
  const notStarted = !doc.alerts?.on || doc.alerts.on.includes('not-started');
  const rules: (readonly [string, Parameters<typeof operationsResourceName>[1]])[] = [
    ...(doc.alerts ? [['alerts', notStarted ? 'alerts-not-started' : 'alerts-failed'] as const] : []),
    ...(doc.history ? [['history', 'history-skips'] as const] : []),
  ];
  for (const [key, what] of rules) {
    const name = operationsResourceName(prefix, what);
    if (name.length > RULE_NAME.max)
      report.error(
        at([key]),
        `the ${key} rule name '${name}' would be ${name.length} characters; EventBridge allows ${RULE_NAME.max}. ` +
          `Shorten the project (or environment) name by ${name.length - RULE_NAME.max}`,
        'key',
      );
  }
  if (doc.alerts) {
    const arn = doc.alerts.snsTopicArn;
    if (!SNS_TOPIC_ARN.test(arn)) {
      const hint = /\.fifo$/.test(arn)
        ? ' (a FIFO topic cannot take EventBridge and alarm notifications here; use a standard topic)'
        : '';
      report.error(
        at(['alerts', 'snsTopicArn']),
        `alerts.snsTopicArn '${arn}' is not an SNS topic ARN: arn:aws:sns:<region>:<account>:<topic>${hint}`,
        'value',
      );
    }
    if (backend === 'rules' && doc.alerts.on?.includes('schedule-errors')) {
      report.warn(
        at(['alerts', 'on']),
        `schedule-errors alerts come from EventBridge Scheduler's metrics; with backend: rules, give ` +
          `jobs a deadLetterQueueArn to catch invocations that fail`,
        'value',
      );
    }
  }
  const days = typeof doc.history === 'object' ? doc.history.retentionDays : undefined;
  if (days !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
    report.error(
      at(['history', 'retentionDays']),
      `history.retentionDays ${days} is not a value CloudWatch Logs accepts (allowed: ${LOG_RETENTION_DAYS.join(', ')})`,
      'value',
    );
  }
}

export const RUNNER_LIMITS = {
  retries: { min: 0, max: 10 },
  timeoutSeconds: { min: 10, max: 7 * 86400 },
  retryDelaySeconds: { min: 1, max: 86400 },
  startTimeoutSeconds: { min: 60, max: 3600 },
  deadlineSeconds: { min: 60, max: 7 * 86400 },
} as const;

/** retries, retryDelay, timeout: in range, in words a person writes. */
export function checkRunner(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  if (
    job.retries !== undefined &&
    (job.retries < RUNNER_LIMITS.retries.min || job.retries > RUNNER_LIMITS.retries.max)
  ) {
    report.error(
      report.sourceOf(name, ['retries']),
      `retries must be ${RUNNER_LIMITS.retries.min}-${RUNNER_LIMITS.retries.max}, not ${job.retries}`,
      'value',
    );
  }
  for (const [key, limits] of [
    ['timeout', RUNNER_LIMITS.timeoutSeconds],
    ['retryDelay', RUNNER_LIMITS.retryDelaySeconds],
    ['startTimeout', RUNNER_LIMITS.startTimeoutSeconds],
    ['deadline', RUNNER_LIMITS.deadlineSeconds],
  ] as const) {
    const text = job[key];
    if (text === undefined) continue;
    const seconds = durationSeconds(text);
    if (seconds === undefined)
      report.error(
        report.sourceOf(name, [key]),
        `${key} '${text}' is not a duration: write 30s, 10m, 2h or 1h30m`,
        'value',
      );
    else if (seconds < limits.min || seconds > limits.max)
      report.error(
        report.sourceOf(name, [key]),
        `${key} ${text} is out of range: ${span(limits.min)} to ${span(limits.max)}`,
        'value',
      );
  }
  checkFailurePolicy(name, job, ctx);
}

const span = (seconds: number) =>
  seconds < 60 ? `${seconds}s` : seconds < 3600 ? `${seconds / 60}m` : `${seconds / 3600}h`;

/** retryOn, noRetryExitCodes, spotFallback: what they need to mean something. */
function checkFailurePolicy(name: string, job: JobSpec, { report }: JobCheckContext): void {
  const retries = job.retries ?? 0;
  for (const key of ['retryOn', 'noRetryExitCodes', 'spotFallback'] as const)
    if (job[key] !== undefined && retries === 0 && !(key === 'noRetryExitCodes' && !job[key]!.length))
      report.warn(
        report.sourceOf(name, [key]),
        `${key} decides what a retry runs again, and job '${name}' has no retries: set retries (1-10), or remove ${key}`,
        'key',
      );
  (job.noRetryExitCodes ?? []).forEach((code, index) => {
    if (code < 1 || code > 255)
      report.error(
        [...report.sourceOf(name, ['noRetryExitCodes']), String(index)],
        `noRetryExitCodes: ${code} is not an exit code a failed container has (1-255)`,
        'value',
      );
  });
  if (job.spotFallback !== undefined) {
    const strategy = job.capacityProviderStrategy ?? [];
    if (!strategy.some((p) => /spot/i.test(p.capacityProvider)))
      report.error(
        report.sourceOf(name, ['spotFallback']),
        `spotFallback runs a retry elsewhere after a Spot interruption, and job '${name}' does not run on Spot: ` +
          'give it a capacityProviderStrategy with FARGATE_SPOT (or a Spot capacity provider), or remove spotFallback',
        'value',
      );
    else if (strategy.some((p) => p.capacityProvider === job.spotFallback))
      report.error(
        report.sourceOf(name, ['spotFallback']),
        `spotFallback ${job.spotFallback} is already in job '${name}'s capacityProviderStrategy: name the ` +
          'capacity provider a retry should move to (e.g. FARGATE)',
        'value',
      );
  }
}
