import { AWS_DAY_NAMES, MONTH_NAMES, type CronFields } from './cron.ts';
import { ScheduleSyntaxError } from './errors.ts';

/** Unix presets and the 5-field expressions they stand for. */
export const UNIX_PRESETS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

interface UnixField {
  name: string;
  min: number;
  max: number;
  names?: readonly string[];
  /** AWS's start value for `*` with a step (`*\/n` is written `start/n` in AWS's documentation). */
  stepStart: number;
}

const UNIX_FIELDS: readonly UnixField[] = [
  { name: 'minute', min: 0, max: 59, stepStart: 0 },
  { name: 'hour', min: 0, max: 23, stepStart: 0 },
  { name: 'day-of-month', min: 1, max: 31, stepStart: 1 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, stepStart: 1 },
  // Unix day-of-week: 0-7, where both 0 and 7 are Sunday.
  { name: 'day-of-week', min: 0, max: 7, names: AWS_DAY_NAMES, stepStart: 0 },
];

/**
 * Converts a 5-field unix cron expression (`m h dom mon dow`) into the AWS fields that run at
 * exactly the same times, or explains why AWS cannot express it.
 */
export function convertUnixCron(text: string, baseOffset: number): CronFields {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0].toUpperCase(), offset: baseOffset + m.index }));
  if (tokens.length !== 5) {
    throw new ScheduleSyntaxError(
      `a unix cron expression has 5 fields (minute hour day-of-month month day-of-week); found ${tokens.length}. ` +
        `For AWS's 6-field form write cron(...), e.g. cron(0 9 * * ? *)`,
      baseOffset,
      text.length,
    );
  }
  const values = tokens.map((t, i) => expandField(UNIX_FIELDS[i]!, t.text, t.offset));
  const [min, hour, dom, month, dow] = tokens.map((t) => t.text) as [string, string, string, string, string];
  const domRestricted = dom !== '*';
  const dowRestricted = dow !== '*';
  if (domRestricted && dowRestricted) {
    throw new ScheduleSyntaxError(
      `it restricts both day-of-month (${dom}) and day-of-week (${dow}); unix cron runs when EITHER matches, ` +
        `which AWS cannot express (one of the two must be '?'). Split it into two jobs, or keep one: ` +
        `cron(${awsSimple(min, 0)} ${awsSimple(hour, 0)} ${awsSimple(dom, 1)} ${awsSimple(month, 1)} ? *) or ` +
        `cron(${awsSimple(min, 0)} ${awsSimple(hour, 0)} ? ${awsSimple(month, 1)} ${awsDays(values[4]!)} *)`,
      tokens[2]!.offset,
      tokens[4]!.offset + tokens[4]!.text.length - tokens[2]!.offset,
    );
  }
  return {
    minutes: awsSimple(min, 0),
    hours: awsSimple(hour, 0),
    dayOfMonth: dowRestricted ? '?' : awsSimple(dom, 1),
    month: awsSimple(month, 1),
    dayOfWeek: dowRestricted ? awsDays(values[4]!) : '?',
    year: '*',
  };
}

/** Fields whose syntax means the same in AWS; only `*\/n` is rewritten to AWS's documented `start/n`. */
function awsSimple(field: string, stepStart: number): string {
  return field
    .split(',')
    .map((part) => (part.startsWith('*/') ? `${stepStart}${part.slice(1)}` : part))
    .join(',');
}

/** Unix days (0-6, Sunday = 0) as AWS day names, consecutive runs folded into ranges. */
function awsDays(days: ReadonlySet<number>): string {
  const sorted = [...days].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === d - 1) last.push(d);
    else runs.push([d]);
  }
  return runs
    .map((run) => {
      const names = run.map((d) => AWS_DAY_NAMES[d]!);
      return names.length >= 3 ? `${names[0]}-${names[names.length - 1]}` : names.join(',');
    })
    .join(',');
}

/** Validates a unix field and returns the values it selects (day-of-week 7 folded to 0). */
function expandField(field: UnixField, text: string, offset: number): Set<number> {
  const fail = (message: string): never => {
    throw new ScheduleSyntaxError(`unix cron ${field.name} '${text}': ${message}`, offset, text.length);
  };
  const out = new Set<number>();
  const top = field.name === 'day-of-week' ? 6 : field.max;
  for (const part of text.split(',')) {
    if (/[?#]/.test(part) || /^\d*L?[LW]$/.test(part)) {
      fail(`'?', 'L', 'W' and '#' are not unix cron; write the AWS form cron(...) to use them`);
    }
    const m = /^(\*|[A-Z0-9]+(?:-[A-Z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) fail(`'${part}' is not valid unix cron syntax`);
    const step = m![2] === undefined ? 1 : Number(m![2]);
    if (step < 1) fail('the increment after / must be at least 1');
    let from: number;
    let to: number;
    if (m![1] === '*') {
      from = field.min;
      to = top;
    } else {
      const [a, b] = m![1]!.split('-') as [string, string | undefined];
      from = value(field, a, fail);
      to = b === undefined ? (m![2] === undefined ? from : top) : value(field, b, fail);
      if (to < from) fail(`range ${m![1]} runs backwards`);
    }
    for (let v = from; v <= to; v += step) out.add(field.name === 'day-of-week' && v === 7 ? 0 : v);
  }
  return out;
}

function value(field: UnixField, text: string, fail: (m: string) => never): number {
  if (field.names && /^[A-Z]+$/.test(text)) {
    const i = field.names.indexOf(text);
    if (i < 0) fail(`unknown name '${text}'`);
    return field.name === 'day-of-week' ? i : field.min + i;
  }
  if (!/^\d+$/.test(text)) fail(`'${text}' is not a number`);
  const n = Number(text);
  if (n < field.min || n > field.max) fail(`${n} is out of range ${field.min}-${field.max}`);
  return n;
}
