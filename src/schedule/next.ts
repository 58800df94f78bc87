import { cronFieldsToString, type CronFields } from './cron.ts';
import { cronMatcher, type CronMatcher } from './match.ts';
import { BoundedMemo } from '../util/memo.ts';
import type { Schedule } from './expression.ts';
import { instantsOf, offsetAt, utcWall, wallAsUtc, wallTimeAt } from './timezone.ts';

export interface NextRuns {
  /** Instants (ms since epoch), strictly after the reference time, ascending. */
  runs: number[];
  /**
   * True for rate(...): Scheduler counts a rate from when the schedule was created, which the
   * manifest does not know, so the runs shown are "every N from now".
   */
  approximate: boolean;
}

const MINUTE = 60_000;
const RATE_MS = { minute: MINUTE, hour: 60 * MINUTE, day: 24 * 60 * MINUTE } as const;

/**
 * The next `count` runs of a schedule in an IANA time zone, with EventBridge Scheduler's DST rules:
 * a local time that does not exist (spring forward) is skipped, and a local time that occurs twice
 * (fall back) runs once, at its first occurrence.
 */
export function nextRuns(schedule: Schedule, timeZone: string, after: number, count: number): NextRuns {
  if (schedule.kind !== 'cron') return uncachedNextRuns(schedule, timeZone, after, count);
  // Validation asks for a job's first run, and its report for the next few: computed once.
  const key = `${schedule.expression}\0${timeZone}\0${after}`;
  const known = recent.get(key);
  if (known && (known.runs.length >= count || known.complete))
    return { runs: known.runs.slice(0, count), approximate: false };
  const runs = cronRuns(schedule.fields, timeZone, after, count);
  recent.set(key, { runs, complete: runs.length < count });
  return { runs: [...runs], approximate: false };
}

/** Cron runs computed lately, by expression, zone and reference time (bounded: a long-lived process does not grow). */
/** (`complete`: fewer runs than asked for exist, so asking for more finds no more.) */
const recent = new BoundedMemo<string, { runs: number[]; complete: boolean }>(10_000);

function uncachedNextRuns(schedule: Schedule, timeZone: string, after: number, count: number): NextRuns {
  switch (schedule.kind) {
    case 'rate': {
      const step = schedule.value * RATE_MS[schedule.unit];
      const start = Math.floor(after / MINUTE) * MINUTE;
      return { runs: Array.from({ length: count }, (_, i) => start + step * (i + 1)), approximate: true };
    }
    case 'at': {
      const first = instantsOf(schedule.wall, timeZone)[0];
      return { runs: first !== undefined && first > after && count > 0 ? [first] : [], approximate: false };
    }
    case 'cron':
      return { runs: cronRuns(schedule.fields, timeZone, after, count), approximate: false };
  }
}

/** True when the cron expression matches at least one moment in AWS's year range (not e.g. Feb 30). */
export function cronCanRun(fields: CronFields): boolean {
  return matcher(fields).next(Date.UTC(1969, 11, 31, 23, 59)) !== undefined;
}

// The fields are matched on a wall clock; the zone is applied afterwards, so the DST rules are
// Scheduler's (ours), not a library's.
/** Matchers by expression: small (a few hundred bytes), bounded so a long-lived process does not grow. */
const matchers = new BoundedMemo<string, CronMatcher>(1024);

function matcher(fields: CronFields): CronMatcher {
  return matchers.of(cronFieldsToString(fields), () => cronMatcher(fields));
}

function cronRuns(fields: CronFields, timeZone: string, after: number, count: number): number[] {
  const cron = matcher(fields);
  const runs: number[] = [];
  // Every run after `after` has a wall time after wall(after): in an overlap the second pass only
  // repeats wall times whose (single) run already happened on the first pass.
  let cursor = wallAsUtc(wallTimeAt(after, timeZone));
  // A gap or an overlap skips at most a few hours of candidates; the cap only guards against bugs.
  for (let guard = 0; runs.length < count && guard < count + 10_000; guard++) {
    const next = cron.next(cursor);
    if (next === undefined) break;
    cursor = next;
    const instant = instantsOf(utcWall(next), timeZone)[0];
    if (instant !== undefined && instant > after) runs.push(instant);
  }
  return runs;
}

export interface DstSkip {
  /** The wall time the cron selects that the clock jumps over, as `YYYY-MM-DD HH:mm`. */
  wall: string;
  /** When the clock jumps (ms). */
  at: number;
  /** The wall clock just before the jump and just after it, `HH:mm` (02:00 and 03:00 in New York). */
  jump: [string, string];
}

const DAY = 24 * 60 * MINUTE;

interface Jump {
  at: number;
  before: number;
  after: number;
}
/** Every job in a zone asks for the same year's jumps: found once. */
const jumpsOf = new BoundedMemo<string, Jump[]>(1024);

/** The instants in [from, to) at which the zone's offset grows (the clock jumps forward), to the minute. */
function springForwards(timeZone: string, from: number, to: number): Jump[] {
  return jumpsOf.of(`${timeZone}\0${from}\0${to}`, () => uncachedSpringForwards(timeZone, from, to));
}

function uncachedSpringForwards(timeZone: string, from: number, to: number): Jump[] {
  const out: Jump[] = [];
  let previous = offsetAt(from, timeZone);
  for (let day = from + DAY; day < to + DAY; day += DAY) {
    const offset = offsetAt(Math.min(day, to), timeZone);
    if (offset > previous) {
      // Narrow the day down to the minute the offset changes (transitions fall on whole minutes).
      let [low, high] = [day - DAY, Math.min(day, to)];
      while (high - low > MINUTE) {
        const mid = Math.floor((low + high) / 2 / MINUTE) * MINUTE;
        if (offsetAt(mid, timeZone) > previous) high = mid;
        else low = mid;
      }
      out.push({ at: high, before: previous, after: offset });
    }
    previous = offset;
  }
  return out;
}

/**
 * Runs of a cron schedule that a clock jumping forward (DST starts) removes between `from` and `to`: Scheduler skips a
 * local time that does not exist, so a daily job at 02:30 in New York does not run on that day at all.
 */
export function dstSkips(schedule: Schedule, timeZone: string, from: number, to: number): DstSkip[] {
  if (schedule.kind !== 'cron' || timeZone === 'UTC') return [];
  const cron = matcher(schedule.fields);
  const skips: DstSkip[] = [];
  for (const jump of springForwards(timeZone, from, to)) {
    // Wall times [jump + before, jump + after) do not exist that day.
    const gapStart = jump.at + jump.before;
    const selected = cron.next(gapStart - MINUTE);
    const wall = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
    if (selected !== undefined && selected < jump.at + jump.after)
      skips.push({
        wall: wall(selected),
        at: jump.at,
        jump: [wall(gapStart).slice(11), wall(jump.at + jump.after).slice(11)],
      });
  }
  return skips;
}
