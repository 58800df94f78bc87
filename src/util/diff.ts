/** Canonical forms and field-level differences of JSON-like values, for plans that show what changes. */
import { quoted } from './untrusted.ts';
import { camelKeys } from './case.ts';
import { environmentVariableOf, fingerprint, isSecretName, redactArgv, redactSecrets } from './secrets.ts';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

/** Drops undefined/null, empty lists and empty objects, and orders object keys: equal meaning, equal form. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value === null ? undefined : value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Lists of named things (containers, variables) are compared by name, not position. */
function namedList(v: unknown): Map<string, unknown> | undefined {
  if (!Array.isArray(v) || v.length === 0 || !v.every((item) => isObject(item) && typeof item.name === 'string'))
    return undefined;
  const names = v.map((item) => (item as { name: string }).name);
  if (new Set(names).size !== names.length) return undefined;
  return new Map(v.map((item) => [(item as { name: string }).name, item]));
}

/** The same changes under a parent path (`Target` + `Arn` = `Target.Arn`). */
export function prefixedChanges(prefix: string, changes: FieldChange[]): FieldChange[] {
  return changes.map((c) => ({ ...c, path: `${prefix}.${c.path}` }));
}

/** Differences between two canonical values, as paths like `containerDefinitions[main].image`. */
export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  const a = namedList(before);
  const b = namedList(after);
  if (a && b) {
    const names = [...new Set([...a.keys(), ...b.keys()])];
    return names.flatMap((n) => diffValues(a.get(n), b.get(n), `${path}[${n}]`));
  }
  return [{ path, before, after }];
}

/**
 * A target Input as the structure it carries (RunTask overrides, or a whole RunTask request in
 * either spelling), so a diff names the field that changed and an environment value in it is
 * shown by the same rule as everywhere else (fingerprinted), never as one long JSON string.
 */
export function structuredInput(input: string | undefined): unknown {
  if (input === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(input);
    // `{}` (a state machine's start) stays as written: fingerprints recorded before this read it so.
    return parsed && typeof parsed === 'object' && Object.keys(parsed).length ? camelKeys(parsed) : input;
  } catch {
    return input;
  }
}

export interface DisplayOptions {
  /**
   * Show plain environment values (the user opted in). Otherwise an environment change says
   * added / removed / changed with a fingerprint, never the value. Secret-looking names and
   * secret-shaped values are hidden either way.
   */
  showValues?: boolean;
}

/**
 * A change as `path: before → after` (or, for long values, `path:` then `- before` and `+ after`
 * on lines of their own). Values are whole, strings JSON-quoted (no newline of a value escapes
 * its line), secrets hidden by name and shape, environment values fingerprinted.
 */
export function describeChange(change: FieldChange, options: DisplayOptions = {}): string {
  const variable = environmentVariableOf(change.path);
  if (variable !== undefined && (!options.showValues || isSecretName(variable))) {
    return `${change.path}: ${fingerprintChange(change.before, change.after)}`;
  }
  if (/(^|\.)environment$/.test(change.path) && (Array.isArray(change.before) || Array.isArray(change.after))) {
    return `${change.path}: ${describeVariables(change.before, change.after, options)}`;
  }
  const before = show(change.before);
  const after = show(change.after);
  // Long values get a line each (as a unified diff would), whole: never cut.
  if (before.length + after.length > LONG_VALUE) return `${change.path}:\n- ${before}\n+ ${after}`;
  return `${change.path}: ${before} → ${after}`;
}

/** Past this many characters, the two sides of a change go on lines of their own. */
const LONG_VALUE = 120;

function valueOf(entry: unknown): string {
  const v = (entry as { value?: unknown } | undefined)?.value;
  return typeof v === 'string' ? v : JSON.stringify(v ?? null);
}

function fingerprintChange(before: unknown, after: unknown): string {
  const b = before === undefined ? undefined : typeof before === 'string' ? before : JSON.stringify(before);
  const a = after === undefined ? undefined : typeof after === 'string' ? after : JSON.stringify(after);
  if (b === undefined) return `added (value ${fingerprint(a ?? '')})`;
  if (a === undefined) return 'removed';
  return `changed (value ${fingerprint(b)} → ${fingerprint(a)})`;
}

/** A whole environment list added or removed: the variables' names, each value fingerprinted or shown. */
function describeVariables(before: unknown, after: unknown, options: DisplayOptions): string {
  const named = (list: unknown) =>
    new Map((Array.isArray(list) ? list : []).map((e) => [String((e as { name?: unknown }).name), valueOf(e)]));
  const b = named(before);
  const a = named(after);
  const parts: string[] = [];
  for (const name of [...new Set([...b.keys(), ...a.keys()])].sort()) {
    const hide = !options.showValues || isSecretName(name);
    if (!a.has(name)) parts.push(`${quoted(name)} removed`);
    else if (!b.has(name))
      parts.push(
        `${quoted(name)} added (${hide ? `value ${fingerprint(a.get(name)!)}` : quoted(redactSecrets(a.get(name)!))})`,
      );
    else if (a.get(name) !== b.get(name))
      parts.push(
        `${quoted(name)} changed ` +
          (hide
            ? `(value ${fingerprint(b.get(name)!)} → ${fingerprint(a.get(name)!)})`
            : `(${quoted(redactSecrets(b.get(name)!))} → ${quoted(redactSecrets(a.get(name)!))})`),
      );
  }
  return parts.join(', ') || '(no variable changed)';
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const safe = Array.isArray(value) && value.every((v) => typeof v === 'string') ? redactArgv(value) : value;
  const text = typeof safe === 'string' ? quoted(redactSecrets(safe)) : redactSecrets(quoted(safe));
  // Image references: the ECR host is the same on both sides and the digest's head is enough.
  return text
    .replace(/\b\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\//g, '')
    .replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
}
