import { describe, expect, it } from '@jest/globals';
import { ScheduleSyntaxError, describeSchedule, parseSchedule } from '../../../src/schedule/index.ts';

function errorOf(expression: string): ScheduleSyntaxError {
  try {
    parseSchedule(expression);
  } catch (error) {
    if (error instanceof ScheduleSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${expression} to be rejected`);
}

/** The part of the expression an error points at. */
function pointed(expression: string): string {
  const e = errorOf(expression);
  return expression.slice(e.offset, e.offset + Math.max(e.length, 1));
}

describe('AWS cron: accepted as AWS documents it', () => {
  it.each([
    'cron(0 10 * * ? *)',
    'cron(15 12 * * ? *)',
    'cron(0 18 ? * MON-FRI *)',
    'cron(0 8 1 * ? *)',
    'cron(0/15 * * * ? *)',
    'cron(0/10 * ? * MON-FRI *)',
    'cron(0/5 8-17 ? * MON-FRI *)',
    'cron(0 9 ? * 2#1 *)',
    'cron(0 0 L * ? *)',
    'cron(0 0 15W * ? *)',
    'cron(0 0 ? * 6L *)',
    'cron(0 0 ? * L *)',
    'cron(*/5 * * * ? *)',
    'cron(0 0 1 JAN-MAR ? 2025-2030)',
    'cron(59 23 31 12 ? 2199)',
    'cron(0 0 1 1 ? 1970)',
  ])('%s', (expression) => {
    expect(parseSchedule(expression)).toMatchObject({ kind: 'cron', expression });
  });

  it('upper-cases names and normalizes spacing', () => {
    expect(parseSchedule('cron(0  9 ? * mon-fri *)').expression).toBe('cron(0 9 ? * MON-FRI *)');
  });
});

describe('AWS cron: every error class says why and points at the field', () => {
  it.each([
    ['day-of-week 0', 'cron(0 0 ? * 0 *)', /0 is not valid in AWS cron: 1=SUN\.\.7=SAT; did you mean 1 \(SUN\)\?/, '0'],
    ['five fields', 'cron(0 0 * * ?)', /takes 6 fields.*found 5.*year field/, '0 0 * * ?'],
    ['seven fields', 'cron(0 0 0 * * ? *)', /found 7.*no seconds field/, '0 0 0 * * ? *'],
    ['both day fields set', 'cron(0 0 * * * *)', /one must be '\?'/, '* * *'],
    ['both day fields ?', 'cron(0 0 ? * ? *)', /both day-of-month and day-of-week are '\?'/, '? * ?'],
    ['minute out of range', 'cron(60 0 * * ? *)', /minutes '60': 60 is out of range 0-59/, '60'],
    ['hour out of range', 'cron(0 24 * * ? *)', /hours '24': 24 is out of range 0-23/, '24'],
    ['day out of range', 'cron(0 0 32 * ? *)', /out of range 1-31/, '32'],
    ['month 0', 'cron(0 0 1 0 ? *)', /out of range 1-12/, '0'],
    ['day-of-week 8', 'cron(0 0 ? * 8 *)', /out of range 1-7 \(1=SUN\.\.7=SAT\)/, '8'],
    ['year before 1970', 'cron(0 0 1 1 ? 1969)', /out of range 1970-2199/, '1969'],
    ['year after 2199', 'cron(0 0 1 1 ? 2200)', /out of range 1970-2199/, '2200'],
    ['unknown month name', 'cron(0 0 1 JUNE ? *)', /unknown name 'JUNE'; use JAN-DEC/, 'JUNE'],
    ['unknown day name', 'cron(0 0 ? * MOM *)', /unknown name 'MOM'; use SUN-SAT/, 'MOM'],
    ['slash in day-of-week', 'cron(0 0 ? * 1/2 *)', /'\/' is not allowed in day-of-week/, '/'],
    ['two #', 'cron(0 0 ? * 3#1,6#3 *)', /'#' can be used only once/, '6#3'],
    ['# week 6', 'cron(0 0 ? * 3#6 *)', /must be 1-5/, '6'],
    ['W in day-of-week', 'cron(0 0 ? * 3W *)', /'W' is only allowed in day-of-month/, '3W'],
    ['L in minutes', 'cron(L 0 * * ? *)', /'L' is only allowed in day-of-month and day-of-week/, 'L'],
    ['? in hours', 'cron(0 ? * * ? *)', /'\?' is only allowed in day-of-month and day-of-week/, '?'],
    ['L in a list', 'cron(0 0 1,L * ? *)', /'L' must stand alone/, 'L'],
    ['backwards range', 'cron(0 22-2 * * ? *)', /runs backwards; write it as two ranges \(e\.g\. 22-23,0-2\)/, '22-2'],
    ['backwards day names', 'cron(0 0 ? * FRI-MON *)', /FRI-SAT,SUN-MON/, 'FRI-MON'],
    ['zero increment', 'cron(0/0 * * * ? *)', /increment 0 is out of range 1-59/, '0'],
    ['increment too large', 'cron(0/60 * * * ? *)', /increment 60 is out of range 1-59/, '60'],
    ['empty list item', 'cron(0 1,,2 * * ? *)', /empty value/, ''],
    ['not a number', 'cron(x 0 * * ? *)', /'X' is not a number/, 'x'],
  ])('%s: %s', (_label, expression, message, points) => {
    expect(errorOf(expression).message).toMatch(message);
    if (points) expect(pointed(expression)).toBe(points);
  });
});

describe('rate and at', () => {
  it.each([
    ['rate(1 minute)', 1, 'minute'],
    ['rate(5 minutes)', 5, 'minute'],
    ['rate(1 hour)', 1, 'hour'],
    ['rate(12 hours)', 12, 'hour'],
    ['rate(1 day)', 1, 'day'],
    ['rate(7 days)', 7, 'day'],
  ])('%s', (expression, value, unit) => {
    expect(parseSchedule(expression)).toMatchObject({ kind: 'rate', value, unit, expression });
  });

  it.each([
    ['rate(1 minutes)', /singular with 1: rate\(1 minute\)/],
    ['rate(5 minute)', /plural with 5: rate\(5 minutes\)/],
    ['rate(0 minutes)', /at least 1/],
    ['rate(1.5 hours)', /whole number/],
    ['rate(-1 days)', /whole number/],
    ['rate(5 weeks)', /minute\(s\), hour\(s\) or day\(s\)/],
    ['rate(5 seconds)', /minute\(s\), hour\(s\) or day\(s\)/],
    ['rate(5)', /value and a unit/],
    ['rate(5  minutes)', /one space/],
    ['at(2030-01-31 09:00:00)', /yyyy-mm-ddThh:mm:ss/],
    ['at(2030-02-30T09:00:00)', /not a real date/],
    ['at(2030-01-31T24:00:00)', /not a real date/],
    ['every(5 minutes)', /unknown schedule type 'every/],
    ['cron(0 0 * * ? *', /missing its closing/],
    ['cron (0 0 * * ? *)', /no space before/],
    ['', /empty/],
    ['hourly', /is not a schedule/],
  ])('rejects %s', (expression, message) => {
    expect(errorOf(expression).message).toMatch(message);
  });

  it('refuses expressions longer than AWS allows', () => {
    expect(errorOf(`cron(0 0 ${'1,'.repeat(130)}1 * ? *)`).message).toMatch(/at most 256/);
  });
});

describe('unix cron and presets convert to the exact AWS expression', () => {
  it.each([
    ['0 9 1 * *', 'cron(0 9 1 * ? *)'],
    ['0 9 * * *', 'cron(0 9 * * ? *)'],
    ['*/15 * * * *', 'cron(0/15 * * * ? *)'],
    ['0 */2 * * *', 'cron(0 0/2 * * ? *)'],
    ['0 0 */3 * *', 'cron(0 0 1/3 * ? *)'],
    ['0 9 * * 1-5', 'cron(0 9 ? * MON-FRI *)'],
    ['0 9 * * MON-FRI', 'cron(0 9 ? * MON-FRI *)'],
    ['0 9 * * 0', 'cron(0 9 ? * SUN *)'],
    ['0 9 * * 7', 'cron(0 9 ? * SUN *)'],
    ['0 9 * * 5-7', 'cron(0 9 ? * SUN,FRI,SAT *)'],
    ['0 9 * * 0,6', 'cron(0 9 ? * SUN,SAT *)'],
    ['0 9 * * */2', 'cron(0 9 ? * SUN,TUE,THU,SAT *)'],
    ['30 4 1 jan *', 'cron(30 4 1 JAN ? *)'],
    ['@hourly', 'cron(0 * * * ? *)'],
    ['@daily', 'cron(0 0 * * ? *)'],
    ['@midnight', 'cron(0 0 * * ? *)'],
    ['@weekly', 'cron(0 0 ? * SUN *)'],
    ['@monthly', 'cron(0 0 1 * ? *)'],
    ['@yearly', 'cron(0 0 1 1 ? *)'],
    ['@annually', 'cron(0 0 1 1 ? *)'],
  ])('%s -> %s', (unix, aws) => {
    const schedule = parseSchedule(unix);
    expect(schedule.expression).toBe(aws);
    expect(schedule.convertedFrom).toBe(unix);
  });

  it('refuses both day fields restricted (unix means either; AWS cannot)', () => {
    const e = errorOf('0 9 1 * 1');
    expect(e.message).toMatch(/EITHER matches, which AWS cannot express/);
    expect(e.message).toMatch(/cron\(0 9 1 \* \? \*\) or cron\(0 9 \? \* MON \*\)/);
  });

  it.each([
    ['0 9 * * 8', /out of range 0-7/],
    ['60 9 * * *', /out of range 0-59/],
    ['0 9 L * *', /not unix cron; write the AWS form/],
    ['0 9 * * 1#2', /not unix cron/],
    ['@reboot', /no AWS equivalent/],
    ['@fortnightly', /unknown preset/],
    ['0 0 * * * *', /6 bare fields: write AWS cron as cron\(/],
  ])('rejects %s', (expression, message) => {
    expect(errorOf(expression).message).toMatch(message);
  });
});

describe('human text reads AWS day numbers', () => {
  it.each([
    ['cron(0 9 ? * 2-6 *)', 'At 09:00, Monday through Friday'],
    ['cron(0 0 ? * 1 *)', 'At 00:00, only on Sunday'],
    ['cron(0 0 L * ? *)', 'At 00:00, on the last day of the month'],
    ['cron(0 0 ? * 6#3 *)', 'At 00:00, on the third Friday of the month'],
    ['rate(1 hour)', 'Every hour'],
    ['rate(10 minutes)', 'Every 10 minutes'],
    ['at(2030-01-31T09:00:00)', 'Once, at 2030-01-31 09:00:00'],
  ])('%s', (expression, text) => {
    expect(describeSchedule(parseSchedule(expression))).toBe(text);
  });
});
