/** Logs: the log group, its retention, and groups several jobs share. */
import { LOG_GROUP_NAME, LOG_RETENTION_DAYS } from '../../aws/limits.ts';
import type { JobSpec } from '../types.ts';
import { type CheckReporter, type JobCheckContext, matches } from './context.ts';

export function checkLogs(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  if (!job.logs) {
    report.error(
      report.sourceOf(name, ['logs']),
      `no log group: set defaults.logs.group (a missing awslogs group stops the container from starting)`,
      'key',
    );
    return;
  }
  if (!matches(LOG_GROUP_NAME, job.logs.group)) {
    report.error(
      report.sourceOf(name, ['logs', 'group']),
      `log group '${job.logs.group}' may contain only letters, digits and . - _ / # (at most ${LOG_GROUP_NAME.max})`,
      'value',
    );
  }
  const retention = job.logs.retentionDays;
  if (retention !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(retention)) {
    const near = LOG_RETENTION_DAYS.reduce((a, b) => (Math.abs(b - retention) < Math.abs(a - retention) ? b : a));
    report.error(
      report.sourceOf(name, ['logs', 'retentionDays']),
      `retentionDays ${retention} is not a value CloudWatch Logs accepts (nearest: ${near}; allowed: ${LOG_RETENTION_DAYS.join(', ')})`,
      'value',
    );
  }
}

/** Jobs sharing a log group must agree on its retention: a log group has only one. */
export function checkSharedLogGroups(
  jobs: readonly { name: string; logs?: { group: string; retentionDays?: number } }[],
  report: CheckReporter,
): void {
  const first = new Map<string, { job: string; days: number }>();
  for (const job of jobs) {
    const days = job.logs?.retentionDays;
    if (!job.logs || days === undefined) continue;
    const seen = first.get(job.logs.group);
    if (!seen) first.set(job.logs.group, { job: job.name, days });
    else if (seen.days !== days) {
      report.error(
        report.sourceOf(job.name, ['logs', 'retentionDays']),
        `log group ${job.logs.group} gets retentionDays ${days} here but ${seen.days} for job ` +
          `'${seen.job}'; a log group has one retention: make them agree`,
        'value',
      );
    }
  }
}
