/** How far apart a schedule's runs are, and a rate as the cron expression with the same runs. */
import { parseSchedule, type Schedule } from './expression.ts';
import { nextRuns } from './next.ts';

/** The shortest time between two of a schedule's runs, in seconds (Infinity for a one-time schedule), over its next 40. */
export function shortestIntervalSeconds(schedule: Schedule, timezone: string, now: number): number {
  const runs = nextRuns(schedule, timezone, now, 40).runs;
  let gap = Infinity;
  for (let i = 1; i < runs.length; i++) gap = Math.min(gap, (runs[i]! - runs[i - 1]!) / 1000);
  return gap;
}

/**
 * A rate counts from when Scheduler created (or last updated) the schedule, so a companion schedule could not fire with
 * the job's runs. A watched rate job runs on the clock instead: the cron expression with the same runs, when the rate
 * divides an hour or a day.
 */
export function rateOnTheClock(schedule: Schedule): Schedule | undefined {
  if (schedule.kind !== 'rate') return schedule;
  const { value, unit } = schedule;
  if (unit === 'minute' && 60 % value === 0)
    return parseSchedule(value === 1 ? 'cron(* * * * ? *)' : `cron(0/${value} * * * ? *)`);
  if (unit === 'hour' && 24 % value === 0)
    return parseSchedule(value === 1 ? 'cron(0 * * * ? *)' : `cron(0 0/${value} * * ? *)`);
  if (unit === 'day' && value === 1) return parseSchedule('cron(0 0 * * ? *)');
  return undefined;
}
