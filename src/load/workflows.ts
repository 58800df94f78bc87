/**
 * Rerun workflows offer jobs in a `choice` list; when the manifest changes, the list goes stale.
 * This finds workflow_dispatch choice inputs that feed the run action's `job` and compares them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, normalize, relative, resolve } from 'node:path';
import { DEFAULT_MANIFEST } from '../manifest/defaults.ts';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { MAX_WORKFLOW_BYTES, readBoundedTextFile } from '../util/files.ts';
import { didYouMean } from '../util/suggest.ts';
import type { Diagnostic } from '../manifest/diagnostics.ts';
import type { LoadResult } from './load.ts';
import { documentValue, parseYaml, type SourceMap } from '../manifest/yaml.ts';

const RUN_ACTION = /(^|\/)actions\/run(@|$)/;

function get(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value as Node | undefined;
}

/** Warnings for every workflow in `dir` whose job choices differ from the manifest's jobs. */
export function checkRerunWorkflows(
  dir: string,
  jobs: readonly string[],
  manifestFile = DEFAULT_MANIFEST,
): Diagnostic[] {
  if (!existsSync(dir)) return [];
  const out: Diagnostic[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const file = join(dir, name);
    let text: string;
    try {
      text = readBoundedTextFile(file, MAX_WORKFLOW_BYTES);
    } catch {
      continue; // Not a workflow we can read: nothing to compare.
    }
    const { source, problems } = parseYaml(text);
    if (problems.length) continue;
    out.push(...checkWorkflow(file, source, jobs, manifestFile));
  }
  return out;
}

/** Whether a run step's `manifest:` (default ecs-batch.yml; an expression could be any) names this manifest. */
function sameManifest(given: unknown, manifestFile: string): boolean {
  const named = given === undefined || given === null || given === '' ? DEFAULT_MANIFEST : String(given);
  if (named.includes('${{')) return true;
  return normalize(named) === normalize(relative(process.cwd(), resolve(manifestFile)));
}

function checkWorkflow(file: string, source: SourceMap, jobs: readonly string[], manifestFile: string): Diagnostic[] {
  const data = documentValue(source);
  if ('problem' in data) return [];
  const doc = data.value as {
    on?: unknown;
    jobs?: Record<string, { steps?: { uses?: string; with?: Record<string, unknown> }[] }>;
  } | null;
  if (!doc || typeof doc !== 'object') return [];
  // Which workflow_dispatch inputs feed the run action's `job`?
  const fed = new Set<string>();
  // An input that also feeds another manifest's run step offers that manifest's jobs too.
  const alsoOthers = new Set<string>();
  for (const job of Object.values(doc.jobs ?? {})) {
    for (const step of job?.steps ?? []) {
      if (!step?.uses || !RUN_ACTION.test(step.uses)) continue;
      const m = /\$\{\{\s*(?:github\.event\.)?inputs\.([\w-]+)\s*\}\}/.exec(String(step.with?.job ?? ''));
      if (!m) continue;
      if (sameManifest(step.with?.manifest, manifestFile)) fed.add(m[1]!);
      else alsoOthers.add(m[1]!);
    }
  }
  const inputs = get(get(get(source.document.contents, 'on'), 'workflow_dispatch'), 'inputs');
  const out: Diagnostic[] = [];
  const warn = (node: Node | undefined, path: string, message: string) => {
    const at = source.position(node?.range?.[0] ?? 0);
    out.push({ severity: 'warning', message, file, line: at.line, column: at.column, path });
  };
  for (const input of fed) {
    const options = get(get(inputs, input), 'options');
    if (!isSeq(options)) continue;
    const offered: string[] = [];
    options.items.forEach((item, i) => {
      const value = isScalar(item) ? String(item.value) : '';
      offered.push(value);
      if (!jobs.includes(value) && !alsoOthers.has(input)) {
        warn(
          item as Node,
          `on.workflow_dispatch.inputs.${input}.options.${i}`,
          `job '${value}' is offered here but the manifest has no such job${didYouMean(value, jobs)}`,
        );
      }
    });
    const missing = jobs.filter((j) => !offered.includes(j));
    if (missing.length) {
      warn(
        options,
        `on.workflow_dispatch.inputs.${input}.options`,
        `jobs not offered for a rerun here: ${missing.join(', ')} (add them to the options)`,
      );
    }
  }
  return out;
}

/** The default place for workflows, relative to where the check runs (the repository root in CI). */
export { DEFAULT_WORKFLOWS_DIR } from '../manifest/defaults.ts';

/** Adds the rerun-workflow warnings to a load result (they never make it invalid). */
export function withWorkflowChecks(result: LoadResult, dir: string, manifestFile = DEFAULT_MANIFEST): LoadResult {
  if (!result.manifest) return result;
  const extra = checkRerunWorkflows(
    dir,
    result.manifest.jobs.map((j) => j.name),
    manifestFile,
  );
  return extra.length ? { ...result, diagnostics: [...result.diagnostics, ...extra] } : result;
}
