import cronstrue from 'cronstrue';
import { cronFieldsToString, type CronFields } from './cron.ts';
import type { Schedule } from './expression.ts';
import { BoundedMemo } from '../util/memo.ts';

/** Human-readable text for a schedule, reading AWS's day-of-week numbering (1 = Sunday). */
export function describeSchedule(schedule: Schedule): string {
  switch (schedule.kind) {
    case 'rate':
      return schedule.value === 1 ? `Every ${schedule.unit}` : `Every ${schedule.value} ${schedule.unit}s`;
    case 'at': {
      const w = schedule.wall;
      const pad = (n: number) => String(n).padStart(2, '0');
      return `Once, at ${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`;
    }
    case 'cron':
      return describeCron(schedule.fields) ?? schedule.expression;
  }
}

const AT_MIDNIGHT = 'At 00:00';

/**
 * Most jobs run at one time of day (a single minute and hour) on one of a few day patterns, and
 * cronstrue then writes "At HH:MM" followed by text that depends only on the day, month and year
 * fields. So the text is made once per day pattern, at 00:00, and the time put in: describing
 * 1,000 jobs is then tens of cronstrue calls, not 1,000 (a test compares both ways on random expressions).
 */
function describeCron(fields: CronFields): string | undefined {
  if (!/^\d+$/.test(fields.minutes) || !/^\d+$/.test(fields.hours)) return cronstrueText(fields);
  const days = `${fields.dayOfMonth} ${fields.month} ${fields.dayOfWeek} ${fields.year}`;
  const rest = dayTexts.of(days, () => {
    const text = cronstrueText({ ...fields, minutes: '0', hours: '0' });
    return text?.startsWith(AT_MIDNIGHT) ? text.slice(AT_MIDNIGHT.length) : null;
  });
  if (rest === null) return cronstrueText(fields);
  const two = (n: string) => String(Number(n)).padStart(2, '0');
  return `At ${two(fields.hours)}:${two(fields.minutes)}${rest}`;
}

/** What follows "At 00:00" for each day pattern; null when cronstrue's text has another shape. */
const dayTexts = new BoundedMemo<string, string | null>(1024);

/** cronstrue's reading, or undefined for what it cannot read. */
export function cronstrueText(fields: CronFields): string | undefined {
  try {
    // A leading seconds field makes the 7-part form unambiguous to cronstrue.
    return cronstrue.toString(`0 ${cronFieldsToString(fields)}`, {
      dayOfWeekStartIndexZero: false,
      use24HourTimeFormat: true,
      throwExceptionOnParseError: true,
    });
  } catch {
    return undefined;
  }
}
