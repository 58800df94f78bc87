import { CRON_YEAR } from '../aws/limits.ts';
import { ScheduleSyntaxError } from './errors.ts';

/** The six fields of an AWS cron expression, in order. */
export const CRON_FIELD_NAMES = ['minutes', 'hours', 'day-of-month', 'month', 'day-of-week', 'year'] as const;
export type CronFieldName = (typeof CRON_FIELD_NAMES)[number];

export const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** AWS numbers days of the week 1-7 starting at Sunday. */
export const AWS_DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRule {
  name: CronFieldName;
  min: number;
  max: number;
  /** Names accepted in place of numbers; index 0 is `min`. */
  names?: readonly string[];
  wildcards: string;
  /** `wildcards` as a set. */
  allowed: ReadonlySet<string>;
}

/** AWS's table of fields and the wildcards each one accepts. */
const FIELD_RULES: readonly FieldRule[] = (
  [
    { name: 'minutes', min: 0, max: 59, wildcards: ', - * /' },
    { name: 'hours', min: 0, max: 23, wildcards: ', - * /' },
    { name: 'day-of-month', min: 1, max: 31, wildcards: ', - * ? / L W' },
    { name: 'month', min: 1, max: 12, names: MONTH_NAMES, wildcards: ', - * /' },
    { name: 'day-of-week', min: 1, max: 7, names: AWS_DAY_NAMES, wildcards: ', - * ? L #' },
    { name: 'year', min: CRON_YEAR.min, max: CRON_YEAR.max, wildcards: ', - * /' },
  ] as const
).map((rule) => ({ ...rule, allowed: new Set(rule.wildcards.split(' ')) }));

/** A validated AWS cron expression: the six fields as written (names upper-cased). */
export interface CronFields {
  minutes: string;
  hours: string;
  dayOfMonth: string;
  month: string;
  dayOfWeek: string;
  year: string;
}

export function cronFieldsToString(f: CronFields): string {
  return `${f.minutes} ${f.hours} ${f.dayOfMonth} ${f.month} ${f.dayOfWeek} ${f.year}`;
}

/**
 * Validates the body of `cron(...)` against AWS's rules. `baseOffset` is where the body starts in
 * the text the user wrote, so errors point at the right column.
 */
export function parseAwsCronBody(body: string, baseOffset: number): CronFields {
  const tokens = [...body.matchAll(/\S+/g)].map((m) => ({ text: m[0], offset: baseOffset + m.index }));
  if (tokens.length !== 6) {
    throw new ScheduleSyntaxError(fieldCountMessage(tokens.length), baseOffset, body.length);
  }
  const values = tokens.map((token, i) => {
    const rule = FIELD_RULES[i]!;
    return validateField(rule, token.text.toUpperCase(), token.offset);
  });
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = values as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const domAny = dayOfMonth === '?';
  const dowAny = dayOfWeek === '?';
  if (domAny === dowAny) {
    const where = tokens[2]!;
    const what = domAny
      ? "both day-of-month and day-of-week are '?'; one of them must name the days"
      : "day-of-month and day-of-week are both set; AWS cannot combine them, so one must be '?'";
    // The fix, when it is plain: the field that says "every day" becomes '?' (or, both '?', day-of-month '*').
    const fields = tokens.map((t) => t.text);
    if (domAny) fields[2] = '*';
    else if (dayOfWeek === '*') fields[4] = '?';
    else if (dayOfMonth === '*') fields[2] = '?';
    const fixed = fields.join(' ') !== tokens.map((t) => t.text).join(' ') ? `cron(${fields.join(' ')})` : undefined;
    throw new ScheduleSyntaxError(
      fixed
        ? `${what}: did you mean ${fixed}?`
        : `${what} (e.g. cron(0 9 * * ? *) runs daily, cron(0 9 ? * MON *) every Monday)`,
      where.offset,
      tokens[4]!.offset + tokens[4]!.text.length - where.offset,
    );
  }
  return { minutes, hours, dayOfMonth, month, dayOfWeek, year };
}

function fieldCountMessage(count: number): string {
  const shape = 'minutes hours day-of-month month day-of-week year';
  if (count === 5) {
    return (
      `AWS cron takes 6 fields (${shape}); found 5. AWS cron has a year field: add ' *' at the ` +
      `end, and use '?' in day-of-month or day-of-week`
    );
  }
  if (count === 7) {
    return `AWS cron takes 6 fields (${shape}); found 7. AWS cron has no seconds field: drop the first one`;
  }
  return `AWS cron takes 6 fields (${shape}); found ${count}`;
}

function validateField(rule: FieldRule, text: string, offset: number): string {
  const fail = (message: string, at = 0, length = text.length - at): never => {
    throw new ScheduleSyntaxError(`${rule.name} '${text}': ${message}`, offset + at, length);
  };
  const allowed = rule.allowed;
  // Most fields are one number or '*'.
  if (text === '*') return text;
  if (/^\d+$/.test(text)) {
    checkValue(rule, text, 0, fail);
    return text;
  }
  if (text === '?') {
    if (!allowed.has('?')) fail(`'?' is only allowed in day-of-month and day-of-week`);
    return text;
  }
  if (text === 'L') {
    if (!allowed.has('L')) fail(`'L' is only allowed in day-of-month and day-of-week`);
    return text;
  }
  const parts = text.split(',');
  if (parts.length > 1) {
    const hashes = parts.flatMap((p, i) => (p.includes('#') ? [i] : []));
    const at = hashes.length > 1 ? hashes[1]! : parts.findIndex((p) => mustStandAlone(rule, p));
    if (at >= 0) {
      const bad = parts[at]!;
      const offsetOf = parts.slice(0, at).join(',').length + (at > 0 ? 1 : 0);
      if (bad.includes('#'))
        fail(`'#' can be used only once in day-of-week (AWS reads '3#1,6#3' as two expressions)`, offsetOf, bad.length);
      fail(`'${bad}' must stand alone in the field, not in a list`, offsetOf, bad.length);
    }
  }
  let at = 0;
  for (const part of parts) {
    validatePart(rule, part, (message, from = 0, length = part.length - from) => fail(message, at + from, length));
    at += part.length + 1;
  }
  return text;
}

/** Parts AWS accepts only as the whole field. */
function mustStandAlone(rule: FieldRule, part: string): boolean {
  if (part === '*' || part === '?' || part === 'L' || part.includes('#')) return true;
  if (/^\d+W$/.test(part)) return true;
  return rule.name === 'day-of-week' && /^(\d+|[A-Z]{3})L$/.test(part);
}

type Fail = (message: string, from?: number, length?: number) => never;

function validatePart(rule: FieldRule, part: string, fail: Fail): void {
  if (part === '') fail('empty value (stray comma?)');
  const allowed = rule.allowed;
  if (part === '?') fail(`'?' must stand alone in the field`);

  // Day-of-month: nW = weekday nearest day n.
  const w = /^(\d+)W$/.exec(part);
  if (w) {
    if (!allowed.has('W')) fail(`'W' is only allowed in day-of-month`);
    checkValue(rule, w[1]!, 0, fail);
    return;
  }
  if (part.includes('W') && rule.name === 'day-of-month') {
    fail(`'W' must follow a single day number, e.g. 15W (the weekday nearest the 15th)`);
  }
  // Day-of-week: nL = last given weekday of the month; n#k = k-th given weekday.
  const lastWeekday = /^([A-Z]{3}|\d+)L$/.exec(part);
  if (lastWeekday && rule.name === 'day-of-week') {
    checkValue(rule, lastWeekday[1]!, 0, fail);
    return;
  }
  const nth = /^([A-Z]{3}|\d+)#(\d+)$/.exec(part);
  if (nth) {
    if (!allowed.has('#')) fail(`'#' is only allowed in day-of-week`);
    checkValue(rule, nth[1]!, 0, fail);
    const k = Number(nth[2]);
    if (k < 1 || k > 5) fail(`the week number after '#' must be 1-5`, part.indexOf('#') + 1);
    return;
  }
  const misplaced = part.includes('#') ? '#' : /^\d*([LW])$/.exec(part)?.[1];
  if (misplaced) {
    if (!allowed.has(misplaced)) {
      fail(`'${misplaced}' is not allowed in ${rule.name} (allowed: ${rule.wildcards})`, part.indexOf(misplaced), 1);
    }
    fail(`'${misplaced}' is not used that way here; AWS accepts ${examplesFor(rule)}`);
  }

  const slash = part.indexOf('/');
  let base = part;
  if (slash >= 0) {
    if (!allowed.has('/')) {
      fail(
        `'/' is not allowed in ${rule.name} (allowed: ${rule.wildcards}); list the values instead, e.g. 2,4,6`,
        slash,
        1,
      );
    }
    base = part.slice(0, slash);
    const step = part.slice(slash + 1);
    if (!/^\d+$/.test(step)) fail(`the increment after '/' must be a number`, slash + 1);
    const span = rule.max - rule.min;
    const n = Number(step);
    if (n < 1 || n > span) fail(`increment ${step} is out of range 1-${span}`, slash + 1);
  }
  if (base === '*') return;
  const dash = base.indexOf('-');
  if (dash >= 0) {
    const from = checkValue(rule, base.slice(0, dash), 0, fail);
    const to = checkValue(rule, base.slice(dash + 1), dash + 1, fail);
    if (to < from) {
      fail(
        `range ${base} runs backwards; write it as two ranges (e.g. ${wrapExample(rule, from, to)})`,
        0,
        base.length,
      );
    }
    return;
  }
  checkValue(rule, base, 0, fail);
}

function wrapExample(rule: FieldRule, from: number, to: number): string {
  const show = (n: number) => (rule.names ? rule.names[n - rule.min]! : String(n));
  const first = from === rule.max ? show(from) : `${show(from)}-${show(rule.max)}`;
  const second = to === rule.min ? show(to) : `${show(rule.min)}-${show(to)}`;
  return `${first},${second}`;
}

function examplesFor(rule: FieldRule): string {
  if (rule.name === 'day-of-month') return `L (last day), 15W (weekday nearest the 15th)`;
  return `L (Saturday), 6L (last Friday of the month), 2#1 (first Monday)`;
}

/** Checks one number or name and returns its numeric value. */
function checkValue(rule: FieldRule, value: string, at: number, fail: Fail): number {
  if (value === '') fail('missing value', at, 1);
  if (rule.names && /^[A-Z]+$/.test(value)) {
    const index = rule.names.indexOf(value);
    if (index < 0) {
      fail(`unknown name '${value}'; use ${rule.names[0]}-${rule.names[rule.names.length - 1]}`, at, value.length);
    }
    return rule.min + index;
  }
  if (!/^\d+$/.test(value)) {
    const names = rule.names ? ` or names ${rule.names[0]}-${rule.names[rule.names.length - 1]}` : '';
    fail(`'${value}' is not a number${names}`, at, value.length);
  }
  const n = Number(value);
  if (rule.name === 'day-of-week' && n === 0) {
    fail(`0 is not valid in AWS cron: 1=SUN..7=SAT; did you mean 1 (SUN)?`, at, value.length);
  }
  if (n < rule.min || n > rule.max) {
    const hint = rule.name === 'day-of-week' ? ' (1=SUN..7=SAT)' : '';
    fail(`${value} is out of range ${rule.min}-${rule.max}${hint}`, at, value.length);
  }
  return n;
}
