/** Runs a clock jumping forward removes: the calendar facts below are from each zone's published DST rules. */
import { describe, expect, it } from '@jest/globals';
import { dstSkips, nextRuns, parseSchedule } from '../../../src/schedule/index.ts';

const FROM = Date.parse('2026-12-07T00:00:00Z');
const YEAR = 366 * 24 * 3600 * 1000;
const skips = (expression: string, zone: string) =>
  dstSkips(parseSchedule(expression), zone, FROM, FROM + YEAR).map(({ wall, jump }) => ({ wall, jump }));

describe('dstSkips', () => {
  it.each([
    // US: second Sunday of March 2027 is the 14th, 02:00 → 03:00.
    ['cron(30 2 * * ? *)', 'America/New_York', [{ wall: '2027-03-14 02:30', jump: ['02:00', '03:00'] }]],
    // EU: last Sunday of March 2027 is the 28th, 01:00 → 02:00 in London.
    ['cron(15 1 * * ? *)', 'Europe/London', [{ wall: '2027-03-28 01:15', jump: ['01:00', '02:00'] }]],
    // Southern hemisphere: first Sunday of October 2027 is the 3rd, 02:00 → 03:00 in Sydney.
    ['cron(0 2 * * ? *)', 'Australia/Sydney', [{ wall: '2027-10-03 02:00', jump: ['02:00', '03:00'] }]],
    // Lord Howe moves by half an hour: 02:00 → 02:30 (first Sunday of October); 02:30 itself exists.
    ['cron(10 2 * * ? *)', 'Australia/Lord_Howe', [{ wall: '2027-10-03 02:10', jump: ['02:00', '02:30'] }]],
  ])('%s in %s', (expression, zone, expected) => {
    expect(skips(expression, zone)).toEqual(expected);
  });

  it('says nothing for a run outside the jump, a weekday the jump misses, a zone without DST, rate() or UTC', () => {
    expect(skips('cron(30 3 * * ? *)', 'America/New_York')).toEqual([]);
    expect(skips('cron(30 2 ? * MON-FRI *)', 'America/New_York')).toEqual([]); // 14 March 2027 is a Sunday
    expect(skips('cron(30 2 * * ? *)', 'Asia/Tokyo')).toEqual([]);
    expect(skips('rate(1 day)', 'America/New_York')).toEqual([]);
    expect(skips('cron(30 2 * * ? *)', 'UTC')).toEqual([]);
  });

  it('agrees with nextRuns: the skipped local time is not among the runs around the jump', () => {
    const schedule = parseSchedule('cron(30 2 * * ? *)');
    const runs = nextRuns(schedule, 'America/New_York', Date.parse('2027-03-12T00:00:00Z'), 4).runs;
    // 12th 02:30 EST = 07:30Z, 13th, then the 14th has none, then 15th 02:30 EDT = 06:30Z.
    expect(runs.map((t) => new Date(t).toISOString().slice(0, 16))).toEqual([
      '2027-03-12T07:30',
      '2027-03-13T07:30',
      '2027-03-15T06:30',
      '2027-03-16T06:30',
    ]);
  });
});

describe('validate warns of a run DST skips, at its schedule line', () => {
  it('a nightly at 02:30 New York time, and not a frequent job or a job at 03:30', async () => {
    const { loadManifestText } = await import('../../../src/load/load.ts');
    const { MANIFEST } = await import('../../helpers/manifests.ts');
    const text = MANIFEST.replace('timezone: Asia/Tokyo', 'timezone: America/New_York').replace(
      'schedule: cron(0 0 * * ? *)',
      'schedule: cron(30 2 * * ? *)',
    );
    const warnings = loadManifestText(text, 'ecs-batch.yml', { now: FROM }).diagnostics.filter((d) =>
      d.message.includes('daylight saving'),
    );
    const line = text.split('\n').findIndex((l) => l.includes('cron(30 2 * * ? *)')) + 1;
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'jobs.nightly.schedule',
        line,
        message: expect.stringMatching(/2027-03-14 02:30 does not exist .* skips that run; move the job/),
      }),
    ]);
  });
});
