import { describe, expect, it } from '@jest/globals';
import { offsetAt, timeZoneNames, uncachedOffsetAt } from '../../../src/schedule/timezone.ts';

const WEEK = 7 * 24 * 3600_000;
const MINUTE = 60_000;

/** Each instant from `start` to `end` at which the zone's offset changes, to the minute. */
function transitions(zone: string, start: number, end: number): number[] {
  const found: number[] = [];
  for (let t = start; t < end; t += WEEK) {
    if (uncachedOffsetAt(t, zone) === uncachedOffsetAt(t + WEEK, zone)) continue;
    // A week holds at most one transition: find its first minute.
    let [lo, hi] = [t, t + WEEK];
    const before = uncachedOffsetAt(lo, zone);
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (uncachedOffsetAt(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

describe('time zone offsets, cached per quarter hour', () => {
  it('rests on a fact: every transition of every zone the runtime knows, 2026 to 2031, is on a quarter hour of UTC', () => {
    const odd: string[] = [];
    let count = 0;
    for (const zone of timeZoneNames()) {
      for (const at of transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2031, 0, 1))) {
        count++;
        if (at % (15 * MINUTE) !== 0) odd.push(`${zone} ${new Date(at).toISOString()}`);
      }
    }
    expect(count).toBeGreaterThan(100);
    expect(odd).toEqual([]);
  });

  it('gives the same offsets as asking the runtime each time, around DST changes', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kathmandu']) {
      for (const at of transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))) {
        for (let t = at - 20 * MINUTE; t <= at + 20 * MINUTE; t += MINUTE / 2) expect([zone, t, offsetAt(t, zone)]).toEqual([zone, t, uncachedOffsetAt(t, zone)]);
      }
    }
  });
});
