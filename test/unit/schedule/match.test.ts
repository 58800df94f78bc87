import { describe, expect, it } from '@jest/globals';
import { Cron } from 'croner';
import fc from 'fast-check';
import { parseAwsCronBody } from '../../../src/schedule/cron.ts';
import { cronstrueText } from '../../../src/schedule/describe.ts';
import { describeSchedule, parseSchedule } from '../../../src/schedule/index.ts';
import { cronMatcher } from '../../../src/schedule/match.ts';
import { MONTH_NAMES, awsCronBody, awsDays, awsField } from '../../helpers/cron.ts';

/** croner, configured as ecs-batch used it before it had its own matcher: the reference reading of AWS cron. */
function croner(body: string) {
  const f = parseAwsCronBody(body, 0);
  const dow = f.dayOfWeek === 'L' ? '7' : f.dayOfWeek;
  return new Cron(`0 ${f.minutes} ${f.hours} ${f.dayOfMonth} ${f.month} ${dow} ${f.year}`, {
    utcOffset: 0,
    mode: '7-part',
    alternativeWeekdays: true,
    sloppyRanges: true,
  });
}

function ours(body: string, after: number, count: number): number[] {
  const m = cronMatcher(parseAwsCronBody(body, 0));
  const runs: number[] = [];
  for (let at = after; runs.length < count;) {
    const next = m.next(at);
    if (next === undefined) break;
    runs.push(next);
    at = next;
  }
  return runs;
}

/** (croner goes on past 2199, the last year AWS has.) */
function reference(body: string, after: number, count: number): number[] {
  return croner(body)
    .nextRuns(count, new Date(after))
    .map((d) => d.getTime())
    .filter((t) => t < Date.UTC(2200, 0, 1));
}

// Years: written out, as croner counts `*/n` in years from year 0 and AWS from 1970 (see below).
const years = fc.oneof(
  fc.constant('*'),
  fc.integer({ min: 2020, max: 2199 }).map(String),
  fc
    .tuple(fc.integer({ min: 1970, max: 2199 }), fc.integer({ min: 1970, max: 2199 }))
    .map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
);
const body = awsCronBody(years);

describe('the AWS cron matcher', () => {
  it('selects exactly the minutes croner selects, for every well-formed expression', () => {
    fc.assert(
      fc.property(
        body,
        fc.date({ min: new Date('1975-01-01T00:00:00Z'), max: new Date('2150-01-01T00:00:00Z'), noInvalidDate: true }),
        (text, from) => {
          const after = from.getTime();
          expect(ours(text, after, 8)).toEqual(reference(text, after, 8));
        },
      ),
      { numRuns: 4000 },
    );
  });

  it.each([
    // AWS's documented examples, and the edges of each special character.
    ['0 10 * * ? *', '2026-11-29T09:59:00Z', ['2026-11-29T10:00:00Z', '2026-11-30T10:00:00Z', '2026-12-01T10:00:00Z']],
    ['15 12 * * ? *', '2026-11-29T12:15:00Z', ['2026-11-30T12:15:00Z', '2026-12-01T12:15:00Z', '2026-12-02T12:15:00Z']],
    [
      '0 18 ? * MON-FRI *',
      '2026-11-27T18:00:00Z',
      ['2026-11-30T18:00:00Z', '2026-12-01T18:00:00Z', '2026-12-02T18:00:00Z'],
    ],
    ['0 8 1 * ? *', '2026-11-29T00:00:00Z', ['2026-12-01T08:00:00Z', '2027-01-01T08:00:00Z', '2027-02-01T08:00:00Z']],
    [
      '0/15 * * * ? *',
      '2026-11-29T10:07:30Z',
      ['2026-11-29T10:15:00Z', '2026-11-29T10:30:00Z', '2026-11-29T10:45:00Z'],
    ],
    [
      '0/10 * ? * MON-FRI *',
      '2026-11-28T23:55:00Z',
      ['2026-11-30T00:00:00Z', '2026-11-30T00:10:00Z', '2026-11-30T00:20:00Z'],
    ],
    [
      '0/5 8-17 ? * MON-FRI *',
      '2026-11-30T17:55:00Z',
      ['2026-12-01T08:00:00Z', '2026-12-01T08:05:00Z', '2026-12-01T08:10:00Z'],
    ],
    ['0 9 ? * 2#1 *', '2026-11-29T00:00:00Z', ['2026-12-07T09:00:00Z', '2027-01-04T09:00:00Z', '2027-02-01T09:00:00Z']],
    ['0 0 L * ? *', '2027-01-31T00:00:00Z', ['2027-02-28T00:00:00Z', '2027-03-31T00:00:00Z', '2027-04-30T00:00:00Z']],
    ['0 0 L 2 ? 2028', '2026-01-01T00:00:00Z', ['2028-02-29T00:00:00Z']],
    ['0 12 ? * 6L *', '2026-11-29T00:00:00Z', ['2026-12-25T12:00:00Z', '2027-01-29T12:00:00Z', '2027-02-26T12:00:00Z']],
    ['0 12 ? * L *', '2026-11-29T00:00:00Z', ['2026-12-05T12:00:00Z', '2026-12-12T12:00:00Z', '2026-12-19T12:00:00Z']],
    // 1 Aug 2026 is a Saturday: 1W runs Monday the 3rd; 31 May 2026 is a Sunday: 31W runs Friday the 29th.
    ['0 6 1W 8 ? 2026', '2026-01-01T00:00:00Z', ['2026-08-03T06:00:00Z']],
    ['0 6 31W 5 ? 2026', '2026-01-01T00:00:00Z', ['2026-05-29T06:00:00Z']],
    // 30 February never comes; the last year AWS accepts ends the search.
    ['0 0 30 2 ? *', '1969-12-31T23:59:00Z', []],
    ['59 23 31 12 ? 2199', '2199-12-31T23:58:00Z', ['2199-12-31T23:59:00Z']],
    ['0 0 1 1 ? *', '2199-12-31T23:58:00Z', []],
    // Years step from AWS's first year (1970), as Quartz counts its fields from their minimum.
    [
      '0 0 1 1 ? */100',
      '1969-12-31T23:59:00Z',
      ['1970-01-01T00:00:00Z', '2070-01-01T00:00:00Z', '2170-01-01T00:00:00Z'],
    ],
  ])('%s after %s', (text, after, expected) => {
    expect(ours(text, Date.parse(after), 3).map((t) => new Date(t).toISOString().replace('.000', ''))).toEqual(
      expected,
    );
  });
});

describe('human text', () => {
  it('is what cronstrue says for the whole expression, though made once per day pattern', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(fc.integer({ min: 0, max: 59 }).map(String), fc.integer({ min: 0, max: 23 }).map(String)),
          fc.tuple(awsField(0, 59), awsField(0, 23)),
        ),
        awsDays,
        awsField(1, 12, MONTH_NAMES),
        years,
        ([m, h], [dom, dow], mon, y) => {
          const text = `${m} ${h} ${dom} ${mon} ${dow} ${y}`;
          expect(describeSchedule(parseSchedule(`cron(${text})`))).toBe(
            cronstrueText(parseAwsCronBody(text, 0)) ?? `cron(${text})`,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('pads the time of day as cronstrue does, whatever zeros were written', () => {
    expect(describeSchedule(parseSchedule('cron(005 7 ? * MON *)'))).toBe(
      cronstrueText(parseAwsCronBody('005 7 ? * MON *', 0)),
    );
    expect(describeSchedule(parseSchedule('cron(5 07 ? * MON *)'))).toBe('At 07:05, only on Monday');
  });
});
