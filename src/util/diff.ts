/** Canonical forms and field-level differences of JSON-like values, for plans that show what changes. */
import { isSecretPath } from './secrets.ts';

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
  if (!Array.isArray(v) || v.length === 0 || !v.every((item) => isObject(item) && typeof item.name === 'string')) return undefined;
  const names = v.map((item) => (item as { name: string }).name);
  if (new Set(names).size !== names.length) return undefined;
  return new Map(v.map((item) => [(item as { name: string }).name, item]));
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

/** One line per change: `path: before → after`, long values shortened, secret-looking values hidden. */
export function describeChange(change: FieldChange): string {
  if (isSecretPath(change.path)) return `${change.path}: (value hidden) → (value hidden)`;
  return `${change.path}: ${show(change.before)} → ${show(change.after)}`;
}

function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  // Image references: the ECR host is the same on both sides and the digest's head is enough.
  const short = text.replace(/\b\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\//g, '').replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
  return short.length > 120 ? `${short.slice(0, 117)}…` : short;
}
