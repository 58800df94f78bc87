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
      const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      if (r.status !== 0 && args.includes('validate')) throw new Error(r.stderr || String(r.error));
      return performance.now() - start;
    };
    const node = median(Array.from({ length: 7 }, () => run(['-e', '0'])));
    const version = median(Array.from({ length: 7 }, () => run(['dist/cli/index.js', '--version'])));
    const help = median(Array.from({ length: 7 }, () => run(['dist/cli/index.js', 'validate', '--help'])));
    // The same manifest with 1, 1,000 and 5,000 jobs, through the bundled CLI (JSON, 1 next run: validation, not next runs).
    const cli: Record<number, number> = {};
    for (const n of [1, 1000, 5000]) {
      const f = join(dir, `jobs-${n}.yml`);
      writeFileSync(f, generatedManifest(n));
      cli[n] = median(Array.from({ length: n === 5000 ? 3 : 7 }, () => run(['dist/cli/index.js', 'validate', '--manifest', f, '--format', 'json', '--next', '1'])));
    }
    rows.push({ name: 'node startup alone (node -e 0), this machine', value: `${node.toFixed(0)} ms` });
    rows.push({ name: 'CLI cold start (ecs-batch --version)', value: `${version.toFixed(0)} ms (${(version / node).toFixed(1)}x node -e 0)` });
    rows.push({ name: 'CLI --help of a command', value: `${help.toFixed(0)} ms (${(help / node).toFixed(1)}x node -e 0)` });
    rows.push({ name: 'CLI validate, 1 job', value: `${cli[1]!.toFixed(0)} ms (${(cli[1]! / node).toFixed(1)}x node -e 0; goal ≤ 4x)` });
    rows.push({ name: 'CLI validate, 1,000 jobs', value: `${cli[1000]!.toFixed(0)} ms (${(cli[1000]! / cli[1]!).toFixed(2)}x 1 job; goal ≤ 2x)` });
    rows.push({ name: 'CLI validate, 5,000 jobs', value: `${cli[5000]!.toFixed(0)} ms (per job beyond 1: ${((cli[5000]! - cli[1]!) / 4999).toFixed(3)} ms at 5,000 vs ${((cli[1000]! - cli[1]!) / 999).toFixed(3)} ms at 1,000: linear when these match)` });
    const validate = median(Array.from({ length: 5 }, () => run(['dist/cli/index.js', 'validate', '--manifest', file, '--format', 'json', '--next', '5'])));
    rows.push({ name: 'CLI validate of the 1,000-job manifest, 5 next runs, JSON', value: `${validate.toFixed(0)} ms` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
