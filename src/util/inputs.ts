import { didYouMean } from './suggest.ts';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was called: exit code 2, with usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<const O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true as const });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(options)).replace("'", "'--") : '';
    throw new UsageError(`${message}${hint}`);
  }
}

export function parseFormat(value: string | undefined): 'text' | 'json' {
  if (value === undefined || value === 'text' || value === 'json') return value ?? 'text';
  throw new UsageError(`--format must be text or json, not '${value}'`);
}

export function parsePositiveInt(name: string, value: string | undefined, fallback: number, max = 1000): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${name} must be a whole number from 1 to ${max}, not '${value}'`);
  }
  return Number(value);
}

export function parseNonNegativeInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} must be a whole number, not '${value}'`);
  return Number(value);
}

/** An ISO 8601 time given for a run (--scheduled-time), as ISO 8601 UTC; undefined when not given. */
export function parseScheduledTime(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(t))
    throw new UsageError(`${name} must be an ISO 8601 time with its zone, e.g. 2026-12-01T03:00:00Z, not '${value}'`);
  return new Date(t).toISOString().replace('.000Z', 'Z');
}

export function parseInstant(name: string, value: string | undefined): number {
  if (value === undefined) return Date.now();
  const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(t))
    throw new UsageError(`${name} must be an ISO-8601 time such as 2030-01-31T09:00:00Z, not '${value}'`);
  return t;
}

/** `90s`, `30m`, `2h`, `1h30m`, `0.5s`, or plain seconds. */
export function parseDuration(name: string, value: string | undefined, fallbackSeconds: number): number {
  if (value === undefined || value.trim() === '') return fallbackSeconds;
  const seconds = durationSeconds(value);
  if (seconds === undefined)
    throw new UsageError(`${name} must be a duration such as 90s, 30m, 2h or 1h30m, not '${value}'`);
  if (!(seconds > 0)) throw new UsageError(`${name} must be more than 0s`);
  return seconds;
}

/** `90s`, `30m`, `2h`, `1h30m`, `0.5s`, or plain seconds; undefined when it is not a duration. */
export function durationSeconds(value: string): number | undefined {
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s?)?$/.exec(value.trim());
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/**
 * A command override: a JSON list (`["php","artisan","x"]`), or words split like a shell does
 * (quotes and backslashes; no variables or operators: nothing is interpreted).
 */
export function parseCommand(name: string, value: string | undefined): string[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const text = value.trim();
  if (text.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError(`${name} looks like a JSON list but is not valid JSON`);
    }
    if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string') || parsed.length === 0) {
      throw new UsageError(`${name} as JSON must be a non-empty list of strings`);
    }
    return parsed as string[];
  }
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (quote) throw new UsageError(`${name} has an unclosed ${quote} quote`);
  if (inWord) words.push(word);
  return words;
}

/** `KEY=VALUE` pairs (from repeated flags, or lines of an input). */
export function parseEnvironment(name: string, values: readonly string[]): Record<string, string> | undefined {
  const pairs = values
    .flatMap((v) => v.split('\n'))
    .map((v) => v.trim())
    .filter(Boolean);
  if (pairs.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq) : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`${name} must be KEY=VALUE, not '${pair}'`);
    if (key.startsWith('ECS_BATCH_'))
      throw new UsageError(
        `${name}: ${key} is ecs-batch's own (ECS_BATCH_SCHEDULED_TIME is set for every run; give --scheduled-time ` +
          "or the input 'scheduled-time' for it)",
      );
    out[key] = pair.slice(eq + 1);
  }
  return out;
}
