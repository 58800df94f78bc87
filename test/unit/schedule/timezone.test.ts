import { describe, expect, it } from '@jest/globals';
import { offsetAt, timeZoneNames, uncachedOffsetAt } from '../../../src/schedule/timezone.ts';

const WEEK = 7 * 24 * 3600_000;
const MINUTE = 60_000;

/**
 * Each instant from `start` to `end` at which the zone's offset changes, to the minute, looking
 * `step` apart (two changes within one step that cancel out would not be seen).
 */
function transitions(zone: string, start: number, end: number, step = WEEK): number[] {
  const found: number[] = [];
  for (let t = start; t < end; t += step) {
    if (uncachedOffsetAt(t, zone) === uncachedOffsetAt(t + step, zone)) continue;
    // A step holds at most one transition: find its first minute.
    let [lo, hi] = [t, t + step];
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

  it('rests on another: no zone changes its offset twice within three days, 2026 and 2027 (instantsOf looks three days wide)', () => {
    const close: string[] = [];
    for (const zone of timeZoneNames()) {
      // A day apart: two changes a day or more apart are each seen.
      const at = transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1), 24 * 3600_000);
      for (let i = 1; i < at.length; i++)
        if (at[i]! - at[i - 1]! <= 3 * 24 * 3600_000)
          close.push(`${zone} ${new Date(at[i - 1]!).toISOString()} and ${new Date(at[i]!).toISOString()}`);
    }
    expect(close).toEqual([]);
  });

  it('gives the same offsets as asking the runtime each time, around DST changes', () => {
    for (const zone of [
      'America/New_York',
      'Europe/London',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Asia/Kathmandu',
    ]) {
      for (const at of transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))) {
        for (let t = at - 20 * MINUTE; t <= at + 20 * MINUTE; t += MINUTE / 2)
          expect([zone, t, offsetAt(t, zone)]).toEqual([zone, t, uncachedOffsetAt(t, zone)]);
      }
    }
  });
});
