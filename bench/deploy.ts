/**
 * Deploy speed and API calls for 10, 100 and 500 jobs against the emulator with per-call latency
 * and AWS-like throttling of RegisterTaskDefinition (1/s sustained, burst 20, sped up by
 * TIME_SCALE so the benchmark finishes in minutes; the lower bound is scaled the same way).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_RATES } from '../src/aws/limits.ts';
import { READ_CONCURRENCY } from '../src/plan/observe.ts';
import { release } from '../src/release.ts';
import { startFakeAws } from '../test/fake-aws/index.ts';
import { generatedManifest } from './manifests.ts';
import type { BenchRow } from './stats.ts';

export const TIME_SCALE = 10;
const LATENCY_MS = 30;

function summarize(calls: Record<string, number>): string {
  return Object.entries(calls)
    .sort((a, b) => b[1] - a[1])
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
}

export async function benchDeploy(sizes = [10, 100, 500]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rate = API_RATES.RegisterTaskDefinition;
  for (const jobs of sizes) {
    const fake = await startFakeAws({
      region: 'us-east-1',
      // The pipeline asks for each API's maximum page size; AWS's own caps apply.
      pageCap: 100,
      faults: { latencyMs: LATENCY_MS, buckets: { RegisterTaskDefinition: { perSecond: rate.perSecond * TIME_SCALE, burst: rate.burst } } },
    });
    for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
    Object.assign(process.env, fake.env());
    fake.createCluster('batch');
    const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-bench-'));
    const manifest = join(dir, 'ecs-batch.yml');
    writeFileSync(manifest, generatedManifest(jobs));
    const images = { v1: fake.seedImage('bench-batch', 'v1').uri, v2: fake.seedImage('bench-batch', 'v2').uri };
    try {
      for (const [label, tag] of [['first deploy', 'v1'], ['image change', 'v2'], ['no-op deploy', 'v2']] as const) {
        fake.calls.reset();
        const rssBefore = process.memoryUsage().rss;
        let peak = rssBefore;
        const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
        const start = performance.now();
        const outcome = await release({ manifest, image: images[tag], dryRun: false, prune: true });
        const wall = performance.now() - start;
        clearInterval(sampler);
        if (!outcome.apply?.ok) throw new Error(`${label} failed: ${outcome.apply?.error?.message ?? outcome.plan?.conflicts.join('; ')}`);
        const calls = fake.calls.byOperation();
        const total = fake.calls.count();
        const writes = fake.calls.writes().length;
        const throttled = fake.calls.entries.filter((e) => e.errorCode === 'ThrottlingException').length;
        const reads = total - writes - throttled;
        const registers = label === 'no-op deploy' ? 0 : jobs;
        const bound = registers ? (Math.max(0, registers - rate.burst) / (rate.perSecond * TIME_SCALE)) * 1000 : 0;
        rows.push({
          name: `${jobs} jobs, ${label}`,
          value:
            `${(wall / 1000).toFixed(2)} s wall` +
            (bound ? ` (${(wall / bound).toFixed(2)}x the ${(bound / 1000).toFixed(1)} s rate-limit lower bound at ${TIME_SCALE}x speed; ≈${((wall * TIME_SCALE) / 1000 / 60).toFixed(1)} min against AWS)` : '') +
            `; ${total} calls (${writes} writes, ${reads} reads, ${throttled} throttled and retried); ` +
            (writes === 0 ? `reads in flight ≈ ${((reads * LATENCY_MS) / wall).toFixed(1)} on average (${READ_CONCURRENCY} per kind of read, kinds in parallel); ` : '') +
            `peak RSS +${((peak - rssBefore) / 1e6).toFixed(0)} MB; ${summarize(calls)}`,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await fake.stop();
    }
  }
  return rows;
}
