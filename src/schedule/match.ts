import { CRON_YEAR } from '../aws/limits.ts';
import { AWS_DAY_NAMES, MONTH_NAMES, type CronFields } from './cron.ts';

/**
 * Which wall-clock minutes an AWS cron expression selects, and the next one after a given wall time.
 *
 * Written here rather than taken from croner (which this project used before, and which its tests
 * still use as the reference): croner builds a 10,000-entry year table for every expression, so
 * validating 1,000 jobs spent most of its time building and collecting them (npm run bench). This
 * reads only what `parseAwsCronBody` has already accepted, so it needs no error handling.
 */
export interface CronMatcher {
  /** The first selected wall time (a wall clock read as UTC, ms) strictly after `wall`, or undefined past AWS's last year. */
  next(wall: number): number | undefined;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** For each value v in [0, size), the least selected value ≥ v, or -1: one lookup finds the next match. */
type NextTable = Int16Array;

export function cronMatcher(fields: CronFields): CronMatcher {
  const minutes = nextTable(valuesOf(fields.minutes, 0, 59), 60);
  const hours = nextTable(valuesOf(fields.hours, 0, 23), 24);
  const months = nextTable(valuesOf(fields.month, 1, 12, MONTH_NAMES), 13);
  const years =
    fields.year === '*'
      ? undefined
      : nextTable(
          valuesOf(fields.year, CRON_YEAR.min, CRON_YEAR.max).map((y) => y - CRON_YEAR.min),
          CRON_YEAR.max - CRON_YEAR.min + 1,
        );
  const dayMatches = fields.dayOfMonth === '?' ? weekdayRule(fields.dayOfWeek) : monthDayRule(fields.dayOfMonth);
  // Validated fields always select something; an empty one would walk every day up to 2199.
  if (minutes[0]! < 0 || hours[0]! < 0 || months[1]! < 0) return { next: () => undefined };

  /** The first selected year ≥ y, or -1. */
  const yearFrom = (y: number): number => {
    if (y < CRON_YEAR.min) y = CRON_YEAR.min;
    if (y > CRON_YEAR.max) return -1;
    if (!years) return y;
    const found = years[y - CRON_YEAR.min]!;
    return found < 0 ? -1 : found + CRON_YEAR.min;
  };

  return {
    next(wall) {
      const start = new Date(Math.floor(wall / MINUTE) * MINUTE + MINUTE);
      let year = start.getUTCFullYear();
      let month = start.getUTCMonth() + 1;
      let day = start.getUTCDate();
      let hour = start.getUTCHours();
      let minute = start.getUTCMinutes();
      // Each step moves to the start of the next candidate year, month, day or hour, so the loop
      // ends: at most 230 years × 12 months × 31 days, and far fewer for anything that runs.
      for (;;) {
        const y = yearFrom(year);
        if (y < 0) return undefined;
        if (y !== year) {
          year = y;
          month = 1;
          day = 1;
          hour = 0;
          minute = 0;
        }
        const m = months[month]!;
        if (m < 0) {
          year = year + 1;
          month = 1;
          day = 1;
          hour = 0;
          minute = 0;
          continue;
        }
        if (m !== month) {
          month = m;
          day = 1;
          hour = 0;
          minute = 0;
        }
        const length = daysInMonth(year, month);
        if (day > length) {
          month = month + 1;
          day = 1;
          hour = 0;
          minute = 0;
          if (month > 12) {
            year = year + 1;
            month = 1;
          }
          continue;
        }
        if (!dayMatches(year, month, day, length)) {
          day = day + 1;
          hour = 0;
          minute = 0;
          continue;
        }
        const h = hours[hour]!;
        if (h < 0) {
          day = day + 1;
          hour = 0;
          minute = 0;
          continue;
        }
        if (h !== hour) {
          hour = h;
          minute = 0;
        }
        const mi = minutes[minute]!;
        if (mi < 0) {
          hour = hour + 1;
          minute = 0;
          if (hour > 23) {
            day = day + 1;
            hour = 0;
          }
          continue;
        }
        return Date.UTC(year, month - 1, day, hour, mi);
      }
    },
  };
}

/**
 * The values a list of parts selects: `*`, `a`, `a-b`, with an optional `/step` counted from the
 * start of the part, so `*\/5` in years is 1970, 1975... (as in Quartz, whose syntax AWS's is).
 */
function valuesOf(text: string, min: number, max: number, names?: readonly string[]): number[] {
  const value = (v: string) => (names && /^[A-Z]/.test(v) ? min + names.indexOf(v) : Number(v));
  const values: number[] = [];
  for (const part of text.split(',')) {
    const slash = part.indexOf('/');
    const base = slash < 0 ? part : part.slice(0, slash);
    const step = slash < 0 ? 1 : Number(part.slice(slash + 1));
    const dash = base.indexOf('-');
    let from = min;
    let to = max;
    if (dash >= 0) {
      from = value(base.slice(0, dash));
      to = value(base.slice(dash + 1));
    } else if (base !== '*') {
      from = value(base);
      to = slash < 0 ? from : max;
    }
    for (let v = from; v <= to; v += step) values.push(v);
  }
  return values;
}

function nextTable(values: readonly number[], size: number): NextTable {
  const table = new Int16Array(size).fill(-1);
  for (const v of values) table[v] = v;
  for (let v = size - 2; v >= 0; v--) if (table[v]! < 0) table[v] = table[v + 1]!;
  return table;
}

type DayRule = (year: number, month: number, day: number, length: number) => boolean;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** AWS numbers weekdays 1 (Sunday) to 7 (Saturday). */
function awsWeekday(year: number, month: number, day: number): number {
  const days = Math.floor(Date.UTC(year, month - 1, day) / DAY);
  return ((((days + 4) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday (5)
}

/** Day-of-month with day-of-week '?': a list of days, `L` (the last day) or `nW` (the weekday nearest day n, within the month). */
function monthDayRule(text: string): DayRule {
  if (text === '*') return () => true;
  if (text === 'L') return (_y, _m, day, length) => day === length;
  const nearest = /^(\d+)W$/.exec(text);
  if (nearest) {
    const target = Number(nearest[1]);
    return (year, month, day, length) => {
      if (target > length) return false;
      const weekday = awsWeekday(year, month, target);
      let runs = target;
      if (weekday === 7)
        runs = target === 1 ? target + 2 : target - 1; // Saturday: Friday, or Monday the 3rd
      else if (weekday === 1) runs = target === length ? target - 2 : target + 1; // Sunday: Monday, or Friday before the last day
      return day === runs;
    };
  }
  const days = new Uint8Array(32);
  for (const d of valuesOf(text, 1, 31)) days[d] = 1;
  return (_y, _m, day) => days[day] === 1;
}

/** Day-of-week with day-of-month '?': a list of weekdays, `L` (Saturday), `nL` (the last weekday n of the month) or `n#k` (the k-th). */
function weekdayRule(text: string): DayRule {
  if (text === '*') return () => true;
  const weekday = (v: string) => (/^[A-Z]/.test(v) ? 1 + AWS_DAY_NAMES.indexOf(v) : Number(v));
  const last = /^([A-Z]{3}|\d+)L$/.exec(text);
  if (last) {
    const wanted = weekday(last[1]!);
    return (year, month, day, length) => day + 7 > length && awsWeekday(year, month, day) === wanted;
  }
  const nth = /^([A-Z]{3}|\d+)#(\d+)$/.exec(text);
  if (nth) {
    const wanted = weekday(nth[1]!);
    const week = Number(nth[2]);
    return (year, month, day) => Math.ceil(day / 7) === week && awsWeekday(year, month, day) === wanted;
  }
  const days = new Uint8Array(8);
  for (const d of text === 'L' ? [7] : valuesOf(text, 1, 7, AWS_DAY_NAMES)) days[d] = 1;
  return (year, month, day) => days[awsWeekday(year, month, day)] === 1;
}
