import { describe, expect, it } from '@jest/globals';
import { Cron } from 'croner';
import fc from 'fast-check';
import { ScheduleSyntaxError, nextRuns, parseSchedule } from '../../../src/schedule/index.ts';
import { awsCronBody, awsField } from '../../helpers/cron.ts';

const token = fc.oneof(
  fc.constantFrom('*', '?', 'L', 'W', '#', '/', '-', ',', 'MON', 'JAN', 'SUN', '5L', '3#2', '15W', 'LW'),
  fc.integer({ min: -5, max: 2300 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 })).map(([a, b]) => `${a}-${b}`),
  fc.tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 70 })).map(([a, b]) => `${a}/${b}`),
  fc.string({ maxLength: 4 }),
);
const field = fc.array(token, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(','));
const cronText = fc.array(field, { minLength: 4, maxLength: 8 }).map((fields) => `cron(${fields.join(' ')})`);
const anyText = fc.oneof(
  cronText,
  fc.string(),
  fc.array(field, { minLength: 5, maxLength: 5 }).map((f) => f.join(' ')),
  fc
    .tuple(
      fc.integer({ min: -2, max: 100 }),
      fc.constantFrom('minute', 'minutes', 'hour', 'hours', 'day', 'days', 'weeks'),
    )
    .map(([n, u]) => `rate(${n} ${u})`),
  fc.date({ noInvalidDate: true }).map((d) => `at(${d.toISOString().slice(0, 19)})`),
);

function tryParse(text: string) {
  try {
    return parseSchedule(text);
  } catch (error) {
    if (!(error instanceof ScheduleSyntaxError)) throw error;
    // Errors point inside the text the user wrote.
    expect(error.offset).toBeGreaterThanOrEqual(0);
    expect(error.offset).toBeLessThanOrEqual(Math.max(text.length, 0));
    return undefined;
  }
}

describe('schedule parser properties', () => {
  it('never throws anything but a ScheduleSyntaxError', () => {
    fc.assert(
      fc.property(anyText, (text) => void tryParse(text)),
      { numRuns: 3000 },
    );
  });

  it('every accepted cron evaluates, with runs strictly increasing and after the reference time', () => {
    const after = Date.parse('2026-06-15T12:34:56Z');
    fc.assert(
      fc.property(cronText, fc.constantFrom('UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/London'), (text, zone) => {
        const schedule = tryParse(text);
        if (!schedule) return;
        const { runs } = nextRuns(schedule, zone, after, 4);
        let previous = after;
        for (const run of runs) {
          expect(run).toBeGreaterThan(previous);
          previous = run;
        }
      }),
      { numRuns: 3000 },
    );
  });

  const validAwsCron = awsCronBody(fc.oneof(fc.constant('*'), awsField(2026, 2199))).map((body) => `cron(${body})`);

  it('accepts every well-formed AWS cron expression, and evaluates it', () => {
    const after = Date.parse('2026-06-15T12:34:56Z');
    fc.assert(
      fc.property(validAwsCron, fc.constantFrom('UTC', 'Asia/Tokyo', 'America/New_York'), (text, zone) => {
        const { runs } = nextRuns(parseSchedule(text), zone, after, 3);
        expect(runs.every((r, i) => r > (i === 0 ? after : runs[i - 1]!))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  const unixField = (min: number, max: number) =>
    fc.oneof(
      fc.constant('*'),
      fc.integer({ min, max }).map(String),
      fc
        .tuple(fc.integer({ min, max }), fc.integer({ min, max }))
        .map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
      fc.integer({ min: 1, max: Math.max(1, max - min) }).map((s) => `*/${s}`),
      fc.array(fc.integer({ min, max }), { minLength: 2, maxLength: 3 }).map((xs) => xs.join(',')),
    );

  it('a converted unix expression runs at exactly the times unix cron would', () => {
    const after = Date.parse('2026-01-01T00:00:00Z');
    const unix = fc
      .tuple(unixField(0, 59), unixField(0, 23), unixField(1, 31), unixField(1, 12), unixField(0, 7))
      .filter(([, , dom, , dow]) => dom === '*' || dow === '*')
      .map((fields) => fields.join(' '));
    fc.assert(
      fc.property(unix, (text) => {
        const ours = nextRuns(parseSchedule(text), 'UTC', after, 6).runs;
        // croner in plain 5-field mode is an independent reading of unix cron.
        const reference = new Cron(text, { utcOffset: 0, mode: '5-part' })
          .nextRuns(6, new Date(after))
          .map((d) => d.getTime());
        expect(ours).toEqual(reference);
      }),
      { numRuns: 1500 },
    );
  });
});
