/**
 * EventBridge event patterns, as AWS documents them: every key of the pattern must match; a leaf
 * is a list of matchers, any of which may match; an array in the event matches when an element
 * does (and the fields of one sub-pattern are matched against the same element of an array of
 * objects); matchers are literals, prefix, suffix, equals-ignore-case, anything-but (value, list,
 * prefix or suffix), numeric ranges, exists, wildcard; `$or` lists alternative sub-patterns.
 */
import { AwsError } from './errors.ts';

type Json = unknown;

const invalid = (message: string) =>
  new AwsError('InvalidEventPatternException', `Event pattern is not valid. Reason: ${message}`, 400);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Checks a pattern's shape the way PutRule does; throws InvalidEventPatternException. */
export function validatePattern(pattern: unknown, path = ''): void {
  if (!isObject(pattern)) throw invalid(`${path || 'the pattern'} must be an object`);
  for (const [key, value] of Object.entries(pattern)) {
    const at = path ? `${path}.${key}` : key;
    if (key === '$or') {
      if (!Array.isArray(value) || value.length < 2) throw invalid('$or needs a list of at least two patterns');
      for (const alt of value) validatePattern(alt, at);
    } else if (isObject(value)) {
      validatePattern(value, at);
    } else if (Array.isArray(value)) {
      if (value.length === 0) throw invalid(`Empty arrays are not allowed (at ${at})`);
      for (const m of value) validateMatcher(m, at);
    } else {
      throw invalid(`"${at}" must be an object or an array`);
    }
  }
}

const MATCHERS = new Set([
  'prefix',
  'suffix',
  'anything-but',
  'numeric',
  'exists',
  'equals-ignore-case',
  'wildcard',
  'cidr',
]);

function validateMatcher(m: unknown, at: string): void {
  if (!isObject(m)) return;
  const keys = Object.keys(m);
  if (keys.length !== 1 || !MATCHERS.has(keys[0]!))
    throw invalid(`Unrecognized match type ${keys.join(',')} (at ${at})`);
  if (keys[0] === 'numeric') {
    const n = m.numeric;
    if (!Array.isArray(n) || n.length % 2 !== 0 || n.length === 0)
      throw invalid(`numeric needs operator/value pairs (at ${at})`);
    for (let i = 0; i < n.length; i += 2) {
      if (!['<', '<=', '=', '>', '>='].includes(String(n[i])) || typeof n[i + 1] !== 'number')
        throw invalid(`bad numeric comparison (at ${at})`);
    }
  }
  if (keys[0] === 'exists' && typeof m.exists !== 'boolean') throw invalid(`exists takes true or false (at ${at})`);
}

function numericMatches(ops: unknown[], value: unknown): boolean {
  if (typeof value !== 'number') return false;
  for (let i = 0; i < ops.length; i += 2) {
    const bound = ops[i + 1] as number;
    const ok = {
      '<': value < bound,
      '<=': value <= bound,
      '=': value === bound,
      '>': value > bound,
      '>=': value >= bound,
    }[String(ops[i]) as '<'];
    if (!ok) return false;
  }
  return true;
}

function wildcardMatches(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

/** One matcher against one (non-array) value that exists. */
function matcherMatches(m: unknown, value: unknown): boolean {
  if (!isObject(m)) return m === value;
  if ('prefix' in m) {
    const p = m.prefix;
    if (isObject(p) && typeof p['equals-ignore-case'] === 'string')
      return typeof value === 'string' && value.toLowerCase().startsWith(p['equals-ignore-case'].toLowerCase());
    return typeof value === 'string' && typeof p === 'string' && value.startsWith(p);
  }
  if ('suffix' in m) {
    const s = m.suffix;
    if (isObject(s) && typeof s['equals-ignore-case'] === 'string')
      return typeof value === 'string' && value.toLowerCase().endsWith(s['equals-ignore-case'].toLowerCase());
    return typeof value === 'string' && typeof s === 'string' && value.endsWith(s);
  }
  if ('equals-ignore-case' in m)
    return typeof value === 'string' && value.toLowerCase() === String(m['equals-ignore-case']).toLowerCase();
  if ('wildcard' in m) return typeof value === 'string' && wildcardMatches(String(m.wildcard), value);
  if ('numeric' in m) return numericMatches(m.numeric as unknown[], value);
  if ('anything-but' in m) {
    const but = m['anything-but'];
    if (Array.isArray(but)) return !but.some((b) => b === value);
    if (isObject(but)) return !matcherMatches(but, value);
    return but !== value;
  }
  return false;
}

/** A leaf: the event's value (maybe absent, maybe an array) against a list of matchers. */
function leafMatches(matchers: unknown[], present: boolean, value: unknown): boolean {
  return matchers.some((m) => {
    if (isObject(m) && 'exists' in m) return m.exists === present;
    if (!present) return false;
    // anything-but against an array: no element may be excluded (and there must be one).
    if (Array.isArray(value)) return value.some((v) => matcherMatches(m, v));
    return matcherMatches(m, value);
  });
}

/** True when `event` matches `pattern`. */
export function matchesPattern(pattern: Record<string, unknown>, event: Json): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    if (key === '$or') return (expected as Record<string, unknown>[]).some((alt) => matchesPattern(alt, event));
    const present = isObject(event) && key in event;
    const value = present ? (event as Record<string, unknown>)[key] : undefined;
    if (isObject(expected)) {
      if (!present) return false;
      // Array of objects: one element must match the whole sub-pattern.
      if (Array.isArray(value)) return value.some((element) => matchesPattern(expected, element));
      return matchesPattern(expected, value);
    }
    return leafMatches(expected as unknown[], present && value !== undefined, value);
  });
}

/** Parses and validates a pattern string as PutRule and TestEventPattern do. */
export function parsePattern(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid('the pattern is not valid JSON');
  }
  validatePattern(parsed);
  return parsed as Record<string, unknown>;
}
