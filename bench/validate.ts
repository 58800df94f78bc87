/** Validation speed: a 1,000-job manifest with 5 next runs each, and the CLI's cold start. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifestText } from '../src/manifest/load.ts';
import { validationReport } from '../src/report/validation.ts';
import { generatedManifest } from './manifests.ts';
import { median, type BenchRow } from './stats.ts';

export function benchValidate(): BenchRow[] {
  const rows: BenchRow[] = [];
  const text = generatedManifest(1000);
  const now = Date.parse('2026-11-28T12:00:00Z');
  const times: number[] = [];
  let jobs = 0;
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const result = loadManifestText(text, 'bench.yml', { now });
    const report = validationReport(result, now, 5);
    times.push(performance.now() - start);
    jobs = report.jobs.length;
    if (!report.valid) throw new Error(`generated manifest is invalid: ${JSON.stringify(report.errors.slice(0, 3))}`);
  }
  rows.push({ name: `validate ${jobs} jobs + 5 next runs each (in process)`, value: `${median(times).toFixed(0)} ms median of 7 (first ${times[0]!.toFixed(0)} ms)` });

  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-bench-'));
  try {
    const file = join(dir, 'ecs-batch.yml');
    writeFileSync(file, text);
    const run = (args: string[]) => {
      const start = performance.now();
      const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
      if (r.status !== 0 && args.includes('validate')) throw new Error(r.stderr);
      return performance.now() - start;
    };
    const node = median(Array.from({ length: 5 }, () => run(['-e', '0'])));
    const version = median(Array.from({ length: 5 }, () => run(['dist/cli/index.js', '--version'])));
    const validate = median(Array.from({ length: 5 }, () => run(['dist/cli/index.js', 'validate', '--manifest', file, '--format', 'json', '--next', '5'])));
    rows.push({ name: 'node startup alone (node -e 0)', value: `${node.toFixed(0)} ms` });
    rows.push({ name: 'CLI cold start (ecs-batch --version)', value: `${version.toFixed(0)} ms (${(version / node).toFixed(1)}x node startup)` });
    rows.push({ name: 'CLI validate of the 1,000-job manifest, 5 next runs, JSON', value: `${validate.toFixed(0)} ms` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
