import { describe, expect, it } from '@jest/globals';
import { nextRuns, parseSchedule } from '../../../src/schedule/index.ts';

/** Next runs as ISO strings (UTC, minutes precision). */
function runs(expression: string, after: string, count = 3, timeZone = 'UTC'): string[] {
  return nextRuns(parseSchedule(expression), timeZone, Date.parse(after), count).runs.map((t) =>
    new Date(t).toISOString().slice(0, 16),
  );
}

// Every expected value below was worked out by hand from a calendar (and AWS's rules), not by the code.
describe('next runs of AWS cron in UTC', () => {
  it.each([
    [
      'daily at 10:00, strictly after a run',
      'cron(0 10 * * ? *)',
      '2024-01-01T10:00:00Z',
      ['2024-01-02T10:00', '2024-01-03T10:00', '2024-01-04T10:00'],
    ],
    [
      'weekdays by name, from a Friday afternoon',
      'cron(15 12 ? * MON-FRI *)',
      '2024-01-05T13:00:00Z',
      ['2024-01-08T12:15', '2024-01-09T12:15', '2024-01-10T12:15'],
    ],
    [
      'weekdays by number (2-6 = MON-FRI)',
      'cron(15 12 ? * 2-6 *)',
      '2024-01-05T13:00:00Z',
      ['2024-01-08T12:15', '2024-01-09T12:15', '2024-01-10T12:15'],
    ],
    [
      'day-of-week 1 is Sunday',
      'cron(0 0 ? * 1 *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-07T00:00', '2024-01-14T00:00', '2024-01-21T00:00'],
    ],
    [
      'day-of-week 7 is Saturday',
      'cron(0 0 ? * 7 *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-06T00:00', '2024-01-13T00:00', '2024-01-20T00:00'],
    ],
    [
      'L: last day of the month, leap year',
      'cron(0 0 L * ? *)',
      '2024-01-31T00:00:00Z',
      ['2024-02-29T00:00', '2024-03-31T00:00', '2024-04-30T00:00'],
    ],
    [
      'L: last day of February, common year',
      'cron(0 0 L * ? *)',
      '2023-01-31T00:00:00Z',
      ['2023-02-28T00:00', '2023-03-31T00:00', '2023-04-30T00:00'],
    ],
    [
      'W: nearest weekday (Sat 15 Jun -> Fri 14)',
      'cron(0 9 15W * ? *)',
      '2024-06-01T00:00:00Z',
      ['2024-06-14T09:00', '2024-07-15T09:00', '2024-08-15T09:00'],
    ],
    [
      'W: nearest weekday (Sun 15 Sep -> Mon 16)',
      'cron(0 9 15W * ? *)',
      '2024-09-01T00:00:00Z',
      ['2024-09-16T09:00', '2024-10-15T09:00', '2024-11-15T09:00'],
    ],
    [
      '1W does not leave the month (Sat 1 Jun -> Mon 3)',
      'cron(0 9 1W * ? *)',
      '2024-05-02T00:00:00Z',
      ['2024-06-03T09:00', '2024-07-01T09:00', '2024-08-01T09:00'],
    ],
    [
      '#: second Tuesday',
      'cron(0 0 ? * 3#2 *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-09T00:00', '2024-02-13T00:00', '2024-03-12T00:00'],
    ],
    [
      '#: fifth Monday only in months that have one',
      'cron(0 0 ? * MON#5 *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-29T00:00', '2024-04-29T00:00', '2024-07-29T00:00'],
    ],
    [
      'L alone in day-of-week is Saturday',
      'cron(0 0 ? * L *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-06T00:00', '2024-01-13T00:00', '2024-01-20T00:00'],
    ],
    [
      '6L: last Friday of the month',
      'cron(0 0 ? * 6L *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-26T00:00', '2024-02-23T00:00', '2024-03-29T00:00'],
    ],
    [
      'leap day only',
      'cron(0 0 29 2 ? *)',
      '2024-03-01T00:00:00Z',
      ['2028-02-29T00:00', '2032-02-29T00:00', '2036-02-29T00:00'],
    ],
    [
      'month names',
      'cron(0 12 1 JAN,JUL ? *)',
      '2024-02-01T00:00:00Z',
      ['2024-07-01T12:00', '2025-01-01T12:00', '2025-07-01T12:00'],
    ],
    [
      'start/increment',
      'cron(1/10 * * * ? *)',
      '2024-01-01T00:00:00Z',
      ['2024-01-01T00:01', '2024-01-01T00:11', '2024-01-01T00:21'],
    ],
    [
      'range with increment',
      'cron(0 8-18/5 * * ? *)',
      '2024-01-01T09:00:00Z',
      ['2024-01-01T13:00', '2024-01-01T18:00', '2024-01-02T08:00'],
    ],
    ['year list', 'cron(0 0 1 1 ? 2030,2032)', '2024-01-01T00:00:00Z', ['2030-01-01T00:00', '2032-01-01T00:00']],
    [
      'the last years AWS allows',
      'cron(0 0 1 1 ? 2198-2199)',
      '2024-01-01T00:00:00Z',
      ['2198-01-01T00:00', '2199-01-01T00:00'],
    ],
    ['a year in the past', 'cron(0 0 1 1 ? 2020)', '2024-01-01T00:00:00Z', []],
  ])('%s: %s', (_label, expression, after, expected) => {
    expect(runs(expression, after)).toEqual(expected);
  });
});

describe('next runs in a time zone, with Scheduler DST rules', () => {
  it('runs at local time across zones', () => {
    expect(runs('cron(0 0 * * ? *)', '2024-01-01T00:00:00Z', 2, 'Asia/Tokyo')).toEqual([
      '2024-01-01T15:00',
      '2024-01-02T15:00',
    ]);
  });

  it('skips a local time that does not exist (spring forward)', () => {
    // 2024-03-10 02:30 does not exist in New York; 03-09 is EST (-5), 03-11 EDT (-4).
    expect(runs('cron(30 2 * * ? *)', '2024-03-09T00:00:00Z', 3, 'America/New_York')).toEqual([
      '2024-03-09T07:30',
      '2024-03-11T06:30',
      '2024-03-12T06:30',
    ]);
  });

  it('runs a repeated local time once, at its first occurrence (fall back)', () => {
    // 2024-11-03 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
    expect(runs('cron(30 1 * * ? *)', '2024-11-02T12:00:00Z', 2, 'America/New_York')).toEqual([
      '2024-11-03T05:30',
      '2024-11-04T06:30',
    ]);
  });

  it('does not repeat runs in the second pass of a repeated hour', () => {
    // From 01:50 EDT: 01:00-01:45 EST are repeats, the next new wall time is 02:00 EST = 07:00Z.
    expect(runs('cron(0/15 * * * ? *)', '2024-11-03T05:50:00Z', 3, 'America/New_York')).toEqual([
      '2024-11-03T07:00',
      '2024-11-03T07:15',
      '2024-11-03T07:30',
    ]);
  });

  it('starting inside the repeated hour, repeats are not counted again', () => {
    // 06:10Z is 01:10 EST (second pass). 01:15 EST is a repeat; the next run is 02:00 EST.
    expect(runs('cron(15 1,2 * * ? *)', '2024-11-03T06:10:00Z', 2, 'America/New_York')).toEqual([
      '2024-11-03T07:15',
      '2024-11-04T06:15',
    ]);
  });

  it('handles a half-hour DST shift (Lord Howe)', () => {
    // Australia/Lord_Howe moves from +10:30 to +11 at 02:00 on 2024-10-06: 02:15 does not exist.
    expect(runs('cron(15 2 * * ? *)', '2024-10-04T00:00:00Z', 2, 'Australia/Lord_Howe')).toEqual([
      '2024-10-04T15:45',
      '2024-10-06T15:15',
    ]);
  });

  it('at(...) runs once in its zone, or not at all when past', () => {
    expect(runs('at(2030-01-31T09:00:00)', '2024-01-01T00:00:00Z', 3, 'Asia/Tokyo')).toEqual(['2030-01-31T00:00']);
    expect(runs('at(2020-01-31T09:00:00)', '2024-01-01T00:00:00Z', 3, 'Asia/Tokyo')).toEqual([]);
    expect(runs('at(2024-03-10T02:30:00)', '2024-01-01T00:00:00Z', 3, 'America/New_York')).toEqual([]);
  });

  it('rate(...) is approximate, counted from the reference time', () => {
    const result = nextRuns(parseSchedule('rate(2 hours)'), 'UTC', Date.parse('2024-01-01T00:00:30Z'), 2);
    expect(result.approximate).toBe(true);
    expect(result.runs.map((t) => new Date(t).toISOString())).toEqual([
      '2024-01-01T02:00:00.000Z',
      '2024-01-01T04:00:00.000Z',
    ]);
  });
});

describe('next runs, asked for again', () => {
  it('a first run asked for earlier does not cut a longer list short, and a caller cannot change what the next one gets', () => {
    const s = parseSchedule('cron(15 9 ? * MON-FRI *)');
    const now = Date.parse('2026-03-06T00:00:00Z');
    const one = nextRuns(s, 'America/New_York', now, 1).runs;
    one.push(0);
    const five = nextRuns(s, 'America/New_York', now, 5).runs;
    expect(five).toHaveLength(5);
    expect(five[0]).toBe(one[0]);
    five.length = 0;
    expect(nextRuns(s, 'America/New_York', now, 3).runs).toHaveLength(3);
    // Across the DST change of 2026-03-08, 09:15 local stays 09:15 local.
    expect(nextRuns(s, 'America/New_York', now, 3).runs.map((t) => new Date(t).toISOString())).toEqual([
      '2026-03-06T14:15:00.000Z',
      '2026-03-09T13:15:00.000Z',
      '2026-03-10T13:15:00.000Z',
    ]);
  });
});
