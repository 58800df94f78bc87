/** Which jobs are watched for missed and late runs, and what a watch needs of their schedules. */
import { rateOnTheClock, shortestIntervalSeconds } from '../schedule/index.ts';
import type { CheckReporter } from './checks/context.ts';
import type { AlertsSpec, Backend, ResolvedJob } from './types.ts';

/** A watched run counts as missed when it has not started this long after its window (or half its interval). */
export const MISSED_MARGIN_SECONDS = 300;

/** Why a lone job runs through a state machine, for the error that asks for its role. */
export const STATE_MACHINE_REASONS =
  'retries, a timeout, a start timeout, concurrency or a watch for missed and late runs';

export function markWatched(
  jobs: ResolvedJob[],
  ctx: { alerts: AlertsSpec | undefined; history: boolean; backend: Backend; now: number; report: CheckReporter },
): void {
  const { report } = ctx;
  // Missed and late runs are watched for each job with a schedule of its own that alerts (a follower's run is its
  // chain's; a disabled job expects no run).
  const watching = ctx.alerts?.on?.filter((e) => e === 'missed' || e === 'late') ?? [];
  for (const job of jobs)
    if (
      !job.after &&
      job.alerts &&
      job.enabled &&
      (watching.includes('missed') || (watching.includes('late') && job.deadlineSeconds !== undefined))
    )
      job.watched = true;
  for (const job of jobs) {
    if (!job.watched) continue;
    // A companion schedule fires with the job's runs only on the clock (a rate counts from the schedule's creation).
    const onClock = rateOnTheClock(job.schedule);
    if (!onClock) {
      report.error(
        report.sourceOf(job.name, ['schedule']),
        `job '${job.name}' is watched for missed or late runs, and ${job.schedule.expression} does not run on the ` +
          'clock (a rate counts from when the schedule was made): write it as cron(...), or a rate that divides an ' +
          'hour or a day',
        'value',
      );
      continue;
    }
    job.schedule = onClock;
    const interval = shortestIntervalSeconds(job.schedule, job.timezone, ctx.now);
    job.startBySeconds =
      (job.flexibleTimeWindowMinutes ?? 0) * 60 + Math.min(MISSED_MARGIN_SECONDS, Math.floor(interval / 2));
    if ((job.flexibleTimeWindowMinutes ?? 0) * 60 >= interval / 2)
      report.error(
        report.sourceOf(job.name, ['flexibleTimeWindowMinutes']),
        `job '${job.name}' is watched for missed runs, and its flexible window is half the time between its runs or ` +
          'more: a late start could not be told from a missed one; shorten the window',
        'value',
      );
  }
  for (const job of jobs)
    if (job.deadlineSeconds !== undefined && !watching.includes('late'))
      report.warn(
        report.sourceOf(job.name, ['deadline']),
        `job '${job.name}' has a deadline, and nothing alerts on it: add late to alerts.on (and an alerts.snsTopicArn)`,
        'key',
      );
  if (watching.includes('late') && !jobs.some((j) => j.deadlineSeconds !== undefined))
    report.warn(
      ['alerts', 'on'],
      'alerts on late need a job with a deadline (e.g. deadline: 45m in defaults or a job): none has one',
      'value',
    );
  // The watch alerts without a history; `status` shows the runs it found missed or late only from one.
  if (watching.length && !ctx.history && jobs.some((j) => j.watched))
    report.warn(
      ['alerts', 'on'],
      `alerts on ${watching.join(' and ')} work without a run history, and \`ecs-batch status\` shows missed and late ` +
        'runs only with one: add history: true',
      'value',
    );
  if (watching.length && ctx.backend === 'rules')
    report.error(
      ['alerts', 'on'],
      `alerts on ${watching.join(' and ')} watch each job through a companion EventBridge Scheduler schedule: ` +
        'use backend: scheduler, or remove them',
      'value',
    );
}
