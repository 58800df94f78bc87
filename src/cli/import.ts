/**
 * `ecs-batch import`: read the cluster's hand-made scheduled tasks (no AWS write), write the
 * manifest and its base task definition files (never over a file that exists), then validate
 * what was written, so the summary says whether it is ready for a pull request.
 */
import { existsSync } from 'node:fs';
import { isSymlink, writeNewFile } from '../util/write.ts';
import { basename, dirname, join, resolve } from 'node:path';
import type { AwsClients } from '../aws/clients.ts';
import { discover } from '../import/discover.ts';
import { importManifest } from '../import/manifest.ts';
import { formatDiagnostic } from '../manifest/diagnostics.ts';
import { loadManifest } from '../load/load.ts';
import type { Backend } from '../manifest/types.ts';

export interface ImportCommandOptions {
  cluster: string;
  project?: string;
  output: string;
  backend: Backend;
}

export interface ImportCommandResult {
  /** Lines for stderr: what was imported, skipped, left to decide, and what validate says. */
  summary: string[];
  written: string[];
  ok: boolean;
}

/** A project name from the cluster's: what `project` allows. */
export function projectFromCluster(cluster: string): string {
  return (
    cluster
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .replace(/-+$/, '') || 'batch'
  );
}

export async function importCommand(clients: AwsClients, options: ImportCommandOptions): Promise<ImportCommandResult> {
  const manifestDir = dirname(resolve(options.output));
  const baseDir = `${basename(options.output).replace(/\.ya?ml$/, '')}.taskdefs`;
  const discovery = await discover(clients, options.cluster);
  const result = importManifest(discovery, {
    project: options.project ?? projectFromCluster(options.cluster),
    backend: options.backend,
    baseDir,
  });
  const summary: string[] = [];
  if (!result.jobs.length) {
    summary.push(`no scheduled ECS task made by hand targets cluster ${options.cluster}: nothing to import`);
    for (const s of discovery.skipped) summary.push(`  skipped ${s.what}: ${s.why}`);
    return { summary, written: [], ok: false };
  }
  const files = [options.output, ...Object.keys(result.baseFiles).map((f) => join(dirname(options.output), f))];
  const existing = files.filter((f) => existsSync(f) || isSymlink(f));
  if (existing.length) {
    summary.push(
      `not written: ${existing.join(', ')} exist${existing.length === 1 ? 's' : ''} (import never overwrites); pass another --output`,
    );
    return { summary, written: [], ok: false };
  }
  for (const [file, body] of Object.entries(result.baseFiles))
    writeNewFile(join(manifestDir, file), `${JSON.stringify(body, null, 2)}\n`);
  writeNewFile(options.output, result.yaml);

  const rules = result.jobs.filter((j) => j.ref.startsWith('rule/')).length;
  summary.push(
    `imported ${result.jobs.length} job${result.jobs.length === 1 ? '' : 's'} from cluster ` +
      `${options.cluster}: ${rules} from EventBridge rules, ${result.jobs.length - rules} from Scheduler schedules`,
  );
  const width = Math.max(...result.jobs.map((j) => j.job.length));
  for (const j of result.jobs) summary.push(`  ${j.job.padEnd(width)}  replaces ${j.ref}`);
  for (const s of discovery.skipped) summary.push(`skipped ${s.what}: ${s.why}`);
  for (const j of result.jobs) for (const d of j.decide) summary.push(`decide: job ${j.job}: ${d}`);
  summary.push(`wrote ${files.join(', ')}`);

  const loaded = loadManifest(options.output);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  for (const d of loaded.diagnostics) summary.push(formatDiagnostic(d));
  summary.push(
    errors.length
      ? `validate: ${errors.length} error${errors.length === 1 ? '' : 's'} to fix before the first deploy (see above)`
      : 'validate: ok. Next: open a pull request with these files; the first deploy takes over each ' +
          "hand-made rule or schedule once the job's own exists",
  );
  return { summary, written: files, ok: errors.length === 0 };
}
