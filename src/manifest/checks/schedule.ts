/** Schedules: the expression, the time zone, whether it ever runs, and jobs that start at once. */
import { RULES_PER_BUS_DEFAULT } from '../../aws/limits.ts';
import {
  ScheduleSyntaxError,
  cronCanRun,
  dstSkips,
  formatInZone,
  isValidTimeZone,
  nextRuns,
  parseSchedule,
  shortestIntervalSeconds,
  type Schedule,
} from '../../schedule/index.ts';
import { afterList } from '../chains.ts';
import { durationSeconds } from '../../util/inputs.ts';
import type { Backend, JobSpec } from '../types.ts';
import { type CheckReporter, type JobCheckContext } from './context.ts';
import { checkRunner } from './operations.ts';

/** Jobs starting in the same minute before the validator suggests staggering them. */
export const SAME_MINUTE_WARNING_THRESHOLD = 10;

export function checkSchedule(name: string, job: JobSpec, ctx: JobCheckContext): Schedule | undefined {
  const { report } = ctx;
  // Where the schedule is written: looked up only for a diagnostic.
  const path = () => report.sourceOf(name, ['schedule']);
  checkRunner(name, job, ctx);
  if (job.after !== undefined) {
    if (job.schedule !== undefined)
      report.error(
        path(),
        `job '${name}' runs after ${afterList(job.after).join(', ')}: it has no schedule of its own; ` +
          `remove schedule (the chain starts at the job with a schedule)`,
        'key',
      );
    return undefined;
  }
  if (job.schedule === undefined) {
    report.error(
      ['jobs', name],
      `job '${name}' has no schedule: add schedule: (cron(...), rate(...), or a quoted unix cron ` +
        `line), or after: <job> to run it when another job succeeds`,
      'key',
    );
    return undefined;
  }
  let schedule: Schedule;
  try {
    schedule = parseSchedule(job.schedule);
  } catch (error) {
    if (!(error instanceof ScheduleSyntaxError)) throw error;
    report.error(path(), `schedule '${job.schedule}': ${error.message}`, { index: error.offset });
    return undefined;
  }
  const timezone = job.timezone && isValidTimeZone(job.timezone) ? job.timezone : 'UTC';
  if (schedule.kind === 'at') {
    if (ctx.backend === 'rules') {
      report.error(
        path(),
        `at(...) one-time schedules need backend: scheduler; EventBridge rules accept only cron(...) and rate(...)`,
        'value',
      );
    } else if (nextRuns(schedule, timezone, ctx.now, 1).runs.length === 0) {
      report.warn(
        path(),
        `${schedule.expression} is not after now (${formatInZone(ctx.now, timezone)}) or does not exist in ${timezone}: it will never run`,
        'value',
      );
    }
  }
  // Every month of every year: each valid day-of-month (up to 31) and weekday (up to its 5th) comes
  // round, so the expression runs, and again after now; only other expressions are evaluated.
  const runsEveryYear = schedule.kind === 'cron' && schedule.fields.month === '*' && schedule.fields.year === '*';
  if (schedule.kind === 'cron' && !runsEveryYear) {
    if (!cronCanRun(schedule.fields)) {
      report.error(
        path(),
        `${schedule.expression} never matches a real date (e.g. day 30 in February); it would never run`,
        'value',
      );
      return undefined;
    }
    if (nextRuns(schedule, timezone, ctx.now, 1).runs.length === 0) {
      report.warn(
        path(),
        `${schedule.expression} has no run after ${formatInZone(ctx.now, timezone)}: its years are in the past`,
        'value',
      );
    }
  }
  checkDstSkips(schedule, timezone, ctx, path);
  checkDeadline(name, job, schedule, timezone, ctx);
  if (schedule.kind === 'rate' && schedule.unit === 'minute' && schedule.value < 1) {
    report.error(path(), 'nothing can run more often than once a minute', 'value');
  }
  return schedule;
}

/**
 * A deadline is judged before the next run starts (a run late past the next is a different problem, and the watch
 * would take the next run for this one), and after the flexible window (a run may start that late).
 */
function checkDeadline(name: string, job: JobSpec, schedule: Schedule, timezone: string, ctx: JobCheckContext) {
  const seconds = job.deadline === undefined ? undefined : durationSeconds(job.deadline);
  if (seconds === undefined) return;
  const at = () => ctx.report.sourceOf(name, ['deadline']);
  const window = (job.flexibleTimeWindowMinutes ?? 0) * 60;
  if (seconds <= window) {
    ctx.report.error(
      at(),
      `deadline ${job.deadline} is within job '${name}'s flexible window (${job.flexibleTimeWindowMinutes}m): ` +
        'a run may start that late; give it a deadline past the window',
      'value',
    );
    return;
  }
  const gap = shortestIntervalSeconds(schedule, timezone, ctx.now) * 1000;
  if (gap !== Infinity && seconds * 1000 >= gap)
    ctx.report.error(
      at(),
      `deadline ${job.deadline} is not shorter than the time between job '${name}'s runs ` +
        `(${Math.round(gap / 60_000)} minutes at the shortest): a run must be judged before the next one starts; ` +
        'shorten the deadline',
      'value',
    );
}

/** A year ahead: every DST change of the zone comes round once. */
const DST_LOOKAHEAD_MS = 366 * 24 * 3600 * 1000;

/**
 * A job at a set time that DST skips: Scheduler runs no run whose local time does not exist (the clock jumps over it)
 * and runs a repeated local time once, so only the jump loses a run. Frequent jobs (every minute of an hour, or
 * every hour) lose runs by the nature of the jump, and say nothing.
 */
function checkDstSkips(schedule: Schedule, timezone: string, ctx: JobCheckContext, path: () => string[]) {
  if (schedule.kind !== 'cron') return;
  const { minutes, hours } = schedule.fields;
  if (hours.startsWith('*') || minutes.startsWith('*') || minutes.includes('/')) return;
  const skips = dstSkips(schedule, timezone, ctx.now, ctx.now + DST_LOOKAHEAD_MS);
  if (!skips.length) return;
  const [first] = skips;
  const jumps = skips.length > 1 ? ` (and ${skips.length - 1} more time(s) in the next year)` : '';
  ctx.report.warn(
    path(),
    `${schedule.expression} in ${timezone}: ${first!.wall} does not exist (that night the clock goes from ` +
      `${first!.jump[0]} to ${first!.jump[1]} for daylight saving time), so EventBridge Scheduler skips that run` +
      `${jumps}; move the job out of the hour the clock skips, or use UTC, if it must run every time`,
    'value',
  );
}

export interface ScheduledJob {
  name: string;
  schedule: Schedule;
  timezone: string;
  enabled: boolean;
}

/** Warnings that look across jobs: bursts of jobs in one minute, and the rules-per-bus quota. */
export function checkAcrossJobs(
  jobs: readonly ScheduledJob[],
  ctx: { backend: Backend; now: number; report: CheckReporter },
): void {
  if (ctx.backend === 'rules' && jobs.length > RULES_PER_BUS_DEFAULT) {
    ctx.report.warn(
      ['jobs'],
      `${jobs.length} jobs need ${jobs.length} rules; the default EventBridge quota is ${RULES_PER_BUS_DEFAULT} ` +
        `rules per event bus (raise it, or use backend: scheduler)`,
      'key',
    );
  }
  const byMinute = new Map<number, string[]>();
  for (const job of jobs) {
    if (!job.enabled || job.schedule.kind !== 'cron' || !isValidTimeZone(job.timezone)) continue;
    const first = nextRuns(job.schedule, job.timezone, ctx.now, 1).runs[0];
    if (first === undefined) continue;
    const names = byMinute.get(first) ?? [];
    names.push(job.name);
    byMinute.set(first, names);
  }
  for (const [minute, names] of [...byMinute].sort((a, b) => a[0] - b[0])) {
    if (names.length < SAME_MINUTE_WARNING_THRESHOLD) continue;
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    ctx.report.warn(
      ['jobs'],
      `${names.length} jobs start in the same minute (${formatInZone(minute, 'UTC')}: ${shown}); ` +
        `stagger their minutes to avoid a burst of RunTask calls and task launches`,
      'key',
    );
  }
}
