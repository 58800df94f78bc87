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
    if (jobs[name]) jobs[name] = deepMerge(jobs[name], patch);
  }
  return {
    ...doc,
    cluster: overlay.cluster ?? doc.cluster,
    backend: overlay.backend ?? doc.backend,
    image: deepMerge(doc.image, overlay.image),
    defaults: deepMerge(doc.defaults ?? {}, overlay.defaults ?? {}),
    jobs,
  };
}

export function jobWithDefaults(doc: ManifestDocument, name: string): JobSpec {
  return deepMerge<JobSettings>(doc.defaults ?? {}, doc.jobs[name]) as JobSpec;
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
