/** Wall-clock arithmetic in IANA time zones, through the runtime's ICU data (no tz database of our own). */
import { BoundedMemo } from '../util/memo.ts';

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

let knownZones: Set<string> | undefined;

/**
 * Three-letter IDs the runtime's ICU accepts (old Java aliases) that are not time zone database
 * names, so AWS refuses them; with the zone people usually mean. (EST, MST, HST and CET are real
 * tz database zones and are not here.) KST and friends, which the runtime refuses, get the same hint.
 */
export const NOT_TZ_DATABASE_NAMES: Readonly<Record<string, string>> = {
  ACT: 'Australia/Darwin',
  AET: 'Australia/Sydney',
  AGT: 'America/Argentina/Buenos_Aires',
  ART: 'Africa/Cairo',
  AST: 'America/Anchorage',
  BET: 'America/Sao_Paulo',
  BST: 'Europe/London',
  CAT: 'Africa/Harare',
  CNT: 'America/St_Johns',
  CST: 'America/Chicago',
  CTT: 'Asia/Shanghai',
  EAT: 'Africa/Nairobi',
  ECT: 'Europe/Paris',
  IET: 'America/Indiana/Indianapolis',
  IST: 'Asia/Kolkata',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  MIT: 'Pacific/Apia',
  NET: 'Asia/Yerevan',
  NST: 'Pacific/Auckland',
  PLT: 'Asia/Karachi',
  PNT: 'America/Phoenix',
  PRT: 'America/Puerto_Rico',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  EDT: 'America/New_York',
  CDT: 'America/Chicago',
  MDT: 'America/Denver',
  CEST: 'Europe/Paris',
  SST: 'Pacific/Guadalcanal',
  VST: 'Asia/Ho_Chi_Minh',
  AEST: 'Australia/Sydney',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
};

/**
 * Legacy zones the tz database keeps for compatibility: fixed offsets (EST is -05:00 all year, so a New York job runs
 * an hour late all summer) or rules named after an abbreviation. AWS accepts them; people mean the city's zone.
 */
const LEGACY_ZONES: Readonly<Record<string, string>> = {
  EST: 'America/New_York',
  MST: 'America/Denver',
  HST: 'Pacific/Honolulu',
  CET: 'Europe/Paris',
  MET: 'Europe/Paris',
  EET: 'Europe/Athens',
  WET: 'Europe/Lisbon',
  EST5EDT: 'America/New_York',
  CST6CDT: 'America/Chicago',
  MST7MDT: 'America/Denver',
  PST8PDT: 'America/Los_Angeles',
};

/** The city zone a legacy zone name (`EST`, `CET`) usually means, or undefined. */
export function zoneForLegacyName(name: string): string | undefined {
  return Object.hasOwn(LEGACY_ZONES, name) ? LEGACY_ZONES[name] : undefined;
}

/** The zone a non-tz-database abbreviation (`JST`) usually means, or undefined. */
export function zoneForAbbreviation(name: string): string | undefined {
  return Object.hasOwn(NOT_TZ_DATABASE_NAMES, name) ? NOT_TZ_DATABASE_NAMES[name] : undefined;
}

/** True for names the runtime knows as IANA zones (canonical names and their links, plus UTC). */
export function isValidTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || zoneForAbbreviation(name) || zoneForLegacyName(name)) return false;
  knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  if (knownZones.has(name) || name === 'UTC') return true;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** Close matches among the runtime's zone names, for "did you mean". */
export function timeZoneNames(): readonly string[] {
  knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
  return [...knownZones, 'UTC'];
}

// format() is several times faster than formatToParts(); its en-US shape is fixed: "11/29/2026, 09:26:07".
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

export function wallTimeAt(instant: number, timeZone: string): WallTime {
  if (timeZone === 'UTC') return utcWall(instant);
  // Every job in a zone asks for the wall time of the same "now": asked of the runtime once.
  const wall = walls.of(`${timeZone}\0${instant}`, () => {
    const m = FORMATTED.exec(formatter(timeZone).format(instant));
    if (!m) throw new Error(`unexpected date format for ${timeZone}`);
    return {
      year: Number(m[3]),
      month: Number(m[1]),
      day: Number(m[2]),
      hour: Number(m[4]),
      minute: Number(m[5]),
      second: Number(m[6]),
    };
  });
  return { ...wall };
}

const walls = new BoundedMemo<string, WallTime>(10_000);

/** The wall time of an instant in UTC. */
export function utcWall(instant: number): WallTime {
  const d = new Date(instant);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** The wall time read as if it were UTC: a number that orders wall times. */
export function wallAsUtc(w: WallTime): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/**
 * Offset (ms) of the zone from UTC at an instant. Offsets change only at transitions, and every
 * transition of this century falls on a quarter hour of UTC (a unit test checks every zone the
 * runtime knows for the years ahead), so the offset found for a quarter hour holds for all of it:
 * cached per zone and quarter hour (validating 1,000 jobs asks a few thousand times, mostly for the
 * same quarters). Earlier instants, with their odd historical transitions, are not cached.
 */
export function offsetAt(instant: number, timeZone: string): number {
  if (instant < CACHED_FROM) return uncachedOffsetAt(instant, timeZone);
  const quarter = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new BoundedMemo(OFFSETS_PER_ZONE_MAX)));
  return zone.of(quarter, () => uncachedOffsetAt(quarter, timeZone));
}

const QUARTER_HOUR = 15 * 60_000;
const CACHED_FROM = Date.UTC(2000, 0, 1);
const OFFSETS_PER_ZONE_MAX = 100_000;
const offsets = new Map<string, BoundedMemo<number, number>>();

export function uncachedOffsetAt(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallAsUtc(wallTimeAt(wholeSecond, timeZone)) - wholeSecond;
}

/**
 * The instants at which a wall time occurs in a zone: none in a DST gap, two in a DST overlap
 * (earliest first), otherwise one.
 */
export function instantsOf(w: WallTime, timeZone: string): number[] {
  const local = wallAsUtc(w);
  if (timeZone === 'UTC') return [local];
  const day = 24 * 3600 * 1000;
  // Every instant with this wall time lies within ±14 h of `local`, so between the UTC midnights a
  // day either side of its date. When the offset is the same at both, no transition lies between
  // (no zone changes twice within three days: a unit test checks every zone for the years ahead).
  // Midnights keep the offset cache small: a few entries per zone, whatever the number of jobs.
  const start = Math.floor(local / day) * day - day;
  const before = offsetAt(start, timeZone);
  const after = offsetAt(start + 3 * day, timeZone);
  if (before === after) return [local - before];
  const found = new Set<number>();
  for (const offset of new Set([before, after, offsetAt(local, timeZone)])) {
    const instant = local - offset;
    if (offsetAt(instant, timeZone) === offset) found.add(instant);
  }
  return [...found].sort((a, b) => a - b);
}

/** Formats an instant as `YYYY-MM-DD HH:mm` in a zone, with the zone's abbreviation or offset. */
export function formatInZone(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  const offsetMinutes = Math.round(offsetAt(instant, timeZone) / 60000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const zone = timeZone === 'UTC' ? 'UTC' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${zone}`;
}
