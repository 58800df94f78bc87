/** Validation speed: a 1,000-job manifest with 5 next runs each, and the CLI's cold start, in interleaved rounds. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifestText } from '../src/load/load.ts';
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
  rows.push({
    name: `validate ${jobs} jobs + 5 next runs each (in process)`,
    value: `${median(times).toFixed(0)} ms median of 7 (first ${times[0]!.toFixed(0)} ms)`,
  });

  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-bench-'));
  try {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const run = (args: string[]) => {
      const start = performance.now();
      const action = args[0]!.startsWith('dist/') && args[0] !== 'dist/cli/index.js';
      const r = spawnSync(process.execPath, action ? [join(process.cwd(), args[0]!)] : args, {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        ...(action ? { cwd: empty, env: { ...process.env, GITHUB_OUTPUT: join(empty, 'out') } } : {}),
      });
      if (r.status !== 0 && args.includes('validate')) throw new Error(r.stderr || String(r.error));
      return performance.now() - start;
    };
    // The same manifest with 1, 1,000 and 5,000 jobs, through the bundled CLI (JSON, 1 next run: validation, not next runs).
    const manifests: Record<number, string> = {};
    for (const n of [1, 1000, 5000]) writeFileSync((manifests[n] = join(dir, `jobs-${n}.yml`)), generatedManifest(n));
    // Every job with a warning (years in the past), each placed at its job's line.
    const warned = join(dir, 'jobs-5000-warned.yml');
    writeFileSync(warned, generatedManifest(5000).replace(/schedule: .*/g, 'schedule: cron(0 0 1 1 ? 2020)'));
    const validate = (n: number, next = '1') => [
      'dist/cli/index.js',
      'validate',
      '--manifest',
      manifests[n]!,
      '--format',
      'json',
      '--next',
      next,
    ];
    // Interleaved rounds: a shared machine's load drifts, and each ratio is taken within one round.
    const cases = {
      node: ['-e', '0'],
      version: ['dist/cli/index.js', '--version'],
      help: ['dist/cli/index.js', 'validate', '--help'],
      one: validate(1),
      thousand: validate(1000),
      fiveThousand: validate(5000),
      thousandNext5: validate(1000, '5'),
      // The validate action's defaults: 3 next runs each.
      oneDefaults: validate(1, '3'),
      thousandDefaults: validate(1000, '3'),
      // Each action bundle's cold start: loaded, then it stops at once (no manifest in an empty directory).
      prepareAction: ['dist/prepare/index.js'],
      releaseAction: ['dist/release/index.js'],
      runAction: ['dist/run/index.js'],
      validateAction: ['dist/validate/index.js'],
      warned: ['dist/cli/index.js', 'validate', '--manifest', warned, '--format', 'json', '--next', '1'],
    };
    const times = Object.fromEntries(Object.keys(cases).map((k) => [k, [] as number[]])) as Record<
      keyof typeof cases,
      number[]
    >;
    for (let round = 0; round < 15; round++)
      for (const [name, args] of Object.entries(cases)) times[name as keyof typeof cases].push(run(args));
    const m = (k: keyof typeof cases) => median(times[k]);
    // Median of the per-round ratios, and the ratio of the fastest runs (the least disturbed by other load).
    const ratio = (a: keyof typeof cases, b: keyof typeof cases) => {
      const perRound = times[a].map((t, i) => t / times[b][i]!);
      return (
        `${median(perRound).toFixed(2)}x (rounds: ${Math.min(...perRound).toFixed(2)}-${Math.max(...perRound).toFixed(2)}; ` +
        `fastest runs: ${(Math.min(...times[a]) / Math.min(...times[b])).toFixed(2)}x)`
      );
    };
    const node = m('node');
    rows.push({ name: 'node startup alone (node -e 0), this machine', value: `${node.toFixed(0)} ms` });
    rows.push({
      name: 'CLI cold start (ecs-batch --version)',
      value: `${m('version').toFixed(0)} ms (${ratio('version', 'node')} node -e 0)`,
    });
    rows.push({
      name: 'CLI --help of a command',
      value: `${m('help').toFixed(0)} ms (${ratio('help', 'node')} node -e 0)`,
    });
    rows.push({
      name: 'CLI validate, 1 job',
      value: `${m('one').toFixed(0)} ms (${ratio('one', 'node')} node -e 0; goal ≤ 4x)`,
    });
    rows.push({
      name: 'CLI validate, 1,000 jobs',
      value: `${m('thousand').toFixed(0)} ms (${ratio('thousand', 'one')} 1 job; goal ≤ 2x)`,
    });
    const slope = (from: number, to: number, a: number, b: number) => ((b - a) / (to - from)).toFixed(3);
    rows.push({
      name: 'CLI validate, 5,000 jobs',
      value:
        `${m('fiveThousand').toFixed(0)} ms (ms per added job: ${slope(1, 1000, m('one'), m('thousand'))} ` +
        `from 1 to 1,000, ${slope(1000, 5000, m('thousand'), m('fiveThousand'))} from 1,000 to 5,000: linear ` +
        `or better when the second is no larger)`,
    });
    rows.push({
      name: "CLI validate, 1,000 jobs with the validate action's default of 3 next runs",
      value:
        `${m('thousandDefaults').toFixed(0)} ms (${ratio('thousandDefaults', 'oneDefaults')} 1 job with the same ` +
        'defaults; goal ≤ 2x)',
    });
    for (const name of ['prepare', 'release', 'run', 'validate'] as const)
      rows.push({
        name: `the ${name} action's cold start (its bundle loaded; it stops at once without a manifest)`,
        value: `${m(`${name}Action`).toFixed(0)} ms (${ratio(`${name}Action`, 'node')} node -e 0; goal ≤ 3x)`,
      });
    rows.push({
      name: 'CLI validate of the 1,000-job manifest, 5 next runs, JSON',
      value: `${m('thousandNext5').toFixed(0)} ms`,
    });
    rows.push({
      name: 'CLI validate, 5,000 jobs with a warning on each (placed at its line)',
      value: `${m('warned').toFixed(0)} ms (${ratio('warned', 'fiveThousand')} the same jobs without warnings)`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
