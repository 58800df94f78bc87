import cronstrue from 'cronstrue';
import { cronFieldsToString } from './cron.ts';
import type { Schedule } from './expression.ts';

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
      try {
        // A leading seconds field makes the 7-part form unambiguous to cronstrue.
        return cronstrue.toString(`0 ${cronFieldsToString(schedule.fields)}`, {
          dayOfWeekStartIndexZero: false,
          use24HourTimeFormat: true,
          throwExceptionOnParseError: true,
        });
      } catch {
        return schedule.expression;
      }
  }
}
