import type { JobSettings, JobSpec, ManifestDocument } from './types.ts';

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Mappings merge key by key; lists and scalars from `over` replace those in `base`. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = key in out ? deepMerge(out[key], value) : value;
  }
  return out as T;
}

/** Of launchType and capacityProviderStrategy, the more specific level's choice wins: setting one drops the other inherited. */
const EXCLUSIVE: readonly (readonly [string, string])[] = [
  ['launchType', 'capacityProviderStrategy'],
  ['capacityProviderStrategy', 'launchType'],
];

/** Settings of a more specific level over a less specific one (deepMerge, plus the exclusive pairs above). */
export function mergeSettings<T>(base: T, over: unknown): T {
  const merged = deepMerge(base, over);
  if (!isPlainObject(merged) || !isPlainObject(over)) return merged;
  const out: Plain = { ...merged };
  for (const [set, dropped] of EXCLUSIVE) {
    if (over[set] !== undefined && over[set] !== null && !(dropped in over)) delete out[dropped];
  }
  return out as T;
}

/** `null` in a manifest unsets an inherited value. */
function withoutNulls<T>(settings: T): T {
  if (!isPlainObject(settings) || !Object.values(settings).includes(null)) return settings;
  return Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== null)) as T;
}

/**
 * Applies `environments.<env>` to the document: its top-level keys replace the base ones, its
 * `defaults` merge into `defaults`, its `jobs.<name>` into the same job. Jobs then inherit
 * `defaults` (so a job's own setting beats an environment default).
 */
export function applyEnvironment(doc: ManifestDocument, environment: string | undefined): ManifestDocument {
  if (!environment) return doc;
  const overlay = doc.environments?.[environment];
  if (!overlay) return doc;
  const jobs: Record<string, JobSpec> = { ...doc.jobs };
  for (const [name, patch] of Object.entries(overlay.jobs ?? {})) {
    if (jobs[name]) jobs[name] = mergeSettings(jobs[name], patch);
  }
  return {
    ...doc,
    cluster: overlay.cluster ?? doc.cluster,
    backend: overlay.backend ?? doc.backend,
    image: deepMerge(doc.image, overlay.image),
    defaults: mergeSettings(doc.defaults ?? {}, overlay.defaults ?? {}),
    ...(overlay.alerts || doc.alerts ? { alerts: deepMerge(doc.alerts, overlay.alerts) } : {}),
    ...(overlay.history !== undefined || doc.history !== undefined ? { history: overlay.history ?? doc.history } : {}),
    jobs,
  };
}

export function jobWithDefaults(doc: ManifestDocument, name: string): JobSpec {
  return withoutNulls(mergeSettings<JobSettings>(doc.defaults ?? {}, doc.jobs[name]) as JobSpec);
}

/**
 * Where in the file a job's effective setting comes from, most specific first, so an error about
 * it points at the line that set it.
 */
export function settingSource(
  has: (path: readonly string[]) => boolean,
  job: string,
  key: readonly string[],
  environment: string | undefined,
): string[] {
  const candidates: string[][] = [];
  if (environment) candidates.push(['environments', environment, 'jobs', job, ...key]);
  candidates.push(['jobs', job, ...key]);
  if (environment) candidates.push(['environments', environment, 'defaults', ...key]);
  candidates.push(['defaults', ...key]);
  for (const path of candidates) {
    if (has(path)) return path;
  }
  // Set nowhere: the fix is a default, so point at `defaults` (one report for every job).
  return has(['defaults']) ? ['defaults'] : [];
}
