import { SCHEDULE_EXPRESSION_MAX } from '../aws/limits.ts';
import { cronFieldsToString, parseAwsCronBody, type CronFields } from './cron.ts';
import { ScheduleSyntaxError } from './errors.ts';
import type { WallTime } from './timezone.ts';
import { UNIX_PRESETS, convertUnixCron } from './unix.ts';

export type RateUnit = 'minute' | 'hour' | 'day';

interface Common {
  /** The AWS expression that is deployed. */
  expression: string;
  /** What the user wrote, when it differs from `expression` (a unix expression or preset). */
  convertedFrom?: string;
}
export interface CronSchedule extends Common {
  kind: 'cron';
  fields: CronFields;
}
export interface RateSchedule extends Common {
  kind: 'rate';
  value: number;
  unit: RateUnit;
}
export interface AtSchedule extends Common {
  kind: 'at';
  wall: WallTime;
}
export type Schedule = CronSchedule | RateSchedule | AtSchedule;

const RATE_UNITS: Readonly<Record<string, { unit: RateUnit; plural: boolean }>> = {
  minute: { unit: 'minute', plural: false },
  minutes: { unit: 'minute', plural: true },
  hour: { unit: 'hour', plural: false },
  hours: { unit: 'hour', plural: true },
  day: { unit: 'day', plural: false },
  days: { unit: 'day', plural: true },
};

/**
 * Parses a schedule as written in the manifest: AWS `cron(...)`, `rate(...)`, `at(...)`, a 5-field
 * unix cron expression, or a unix preset. Throws only ScheduleSyntaxError.
 */
export function parseSchedule(input: string): Schedule {
  const lead = input.length - input.trimStart().length;
  const text = input.trim();
  if (text === '') throw new ScheduleSyntaxError('the schedule is empty; write e.g. cron(0 9 * * ? *) or rate(1 hour)');
  if (text.length > SCHEDULE_EXPRESSION_MAX) {
    throw new ScheduleSyntaxError(
      `the schedule is ${text.length} characters; AWS allows at most ${SCHEDULE_EXPRESSION_MAX}`,
      lead,
      text.length,
    );
  }
  const call = /^([a-zA-Z]+)\s*\(/.exec(text);
  if (call) {
    const name = call[1]!;
    const open = call[0].length;
    if (!text.endsWith(')')) {
      throw new ScheduleSyntaxError(`${name}(...) is missing its closing ')'`, lead + text.length - 1, 1);
    }
    if (call[0] !== `${name}(`) {
      throw new ScheduleSyntaxError(
        `write ${name}(...) with no space before '('`,
        lead + name.length,
        open - name.length,
      );
    }
    const body = text.slice(open, -1);
    const bodyOffset = lead + open;
    switch (name) {
      case 'cron': {
        const fields = parseAwsCronBody(body, bodyOffset);
        return { kind: 'cron', expression: `cron(${cronFieldsToString(fields)})`, fields };
      }
      case 'rate':
        return parseRate(body, bodyOffset);
      case 'at':
        return parseAt(body, bodyOffset);
      default:
        throw new ScheduleSyntaxError(
          `unknown schedule type '${name}(...)'; use cron(...), rate(...) or at(...)`,
          lead,
          name.length,
        );
    }
  }
  if (text.startsWith('@')) {
    const unix = UNIX_PRESETS[text.toLowerCase()];
    if (!unix) {
      const known = Object.keys(UNIX_PRESETS).join(' ');
      const why = text.toLowerCase() === '@reboot' ? '@reboot has no AWS equivalent' : `unknown preset '${text}'`;
      throw new ScheduleSyntaxError(`${why}; presets: ${known}`, lead, text.length);
    }
    return fromUnix(unix, text, 0);
  }
  const fieldCount = text.split(/\s+/).length;
  if (fieldCount === 6 || fieldCount === 7) {
    throw new ScheduleSyntaxError(
      `${fieldCount} bare fields: write AWS cron as cron(${text}), or use 5-field unix cron`,
      lead,
      text.length,
    );
  }
  if (fieldCount !== 5) {
    throw new ScheduleSyntaxError(
      `'${text}' is not a schedule; write cron(minutes hours day-of-month month day-of-week year), ` +
        `rate(5 minutes), at(2030-01-31T09:00:00), or 5-field unix cron`,
      lead,
      text.length,
    );
  }
  return fromUnix(text, text, lead);
}

function fromUnix(unix: string, written: string, offset: number): CronSchedule {
  const fields = convertUnixCron(unix, offset);
  // The converted fields must themselves be valid AWS cron; a failure here is our bug, not the user's.
  const body = cronFieldsToString(fields);
  parseAwsCronBody(body, 0);
  return { kind: 'cron', expression: `cron(${body})`, fields, convertedFrom: written };
}

function parseRate(body: string, offset: number): RateSchedule {
  const m = /^(\S+) (\S+)$/.exec(body);
  if (!m) {
    throw new ScheduleSyntaxError(
      `rate(...) takes a value and a unit separated by one space, e.g. rate(5 minutes)`,
      offset,
      body.length,
    );
  }
  const [, valueText, unitText] = m as unknown as [string, string, string];
  if (!/^\d+$/.test(valueText) || Number(valueText) < 1) {
    throw new ScheduleSyntaxError(
      `rate value '${valueText}' must be a whole number of at least 1`,
      offset,
      valueText.length,
    );
  }
  const value = Number(valueText);
  const unitOffset = offset + valueText.length + 1;
  const unit = RATE_UNITS[unitText];
  if (!unit) {
    throw new ScheduleSyntaxError(
      `rate unit '${unitText}' must be minute(s), hour(s) or day(s)`,
      unitOffset,
      unitText.length,
    );
  }
  if (value === 1 && unit.plural) {
    throw new ScheduleSyntaxError(
      `AWS requires the singular with 1: rate(1 ${unit.unit})`,
      unitOffset,
      unitText.length,
    );
  }
  if (value !== 1 && !unit.plural) {
    throw new ScheduleSyntaxError(
      `AWS requires the plural with ${value}: rate(${value} ${unit.unit}s)`,
      unitOffset,
      unitText.length,
    );
  }
  return { kind: 'rate', expression: `rate(${value} ${unitText})`, value, unit: unit.unit };
}

function parseAt(body: string, offset: number): AtSchedule {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!m) {
    throw new ScheduleSyntaxError(
      `at(...) takes a local date and time yyyy-mm-ddThh:mm:ss, e.g. at(2030-01-31T09:00:00)`,
      offset,
      body.length,
    );
  }
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const real =
    probe.getUTCFullYear() === year &&
    probe.getUTCMonth() === month - 1 &&
    probe.getUTCDate() === day &&
    probe.getUTCHours() === hour &&
    probe.getUTCMinutes() === minute &&
    probe.getUTCSeconds() === second &&
    hour < 24;
  if (!real) throw new ScheduleSyntaxError(`at(${body}) is not a real date and time`, offset, body.length);
  return { kind: 'at', expression: `at(${body})`, wall: { year, month, day, hour, minute, second } };
}
