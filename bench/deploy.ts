/**
 * Deploy speed and API calls against the emulator with per-call latency and AWS-like throttling of
 * RegisterTaskDefinition (1/s sustained, burst 20), for both `taskDefinitions` modes side by side.
 * Most configurations run the throttle TIME_SCALE times faster so the benchmark ends in minutes (the
 * lower bound is scaled the same way); one runs it in real time. Deploys run back to back, as a
 * team's merges do: the burst bucket does not refill between them, and the bound accounts for that.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_RATES, SCHEDULER_LARGE_REGIONS, schedulerInFlight } from '../src/aws/limits.ts';
import { READ_CONCURRENCY } from '../src/plan/observe.ts';
import { release } from '../src/release/release.ts';
import { awsBuckets } from '../test/fake-aws/faults.ts';
import { startFakeAws } from '../test/fake-aws/index.ts';
import { seedTestAccount } from '../test/fake-aws/seed.ts';
import { generatedManifest } from './manifests.ts';
import type { BenchRow } from './stats.ts';

export const TIME_SCALE = 10;
const LATENCY_MS = 30;
type Mode = 'per-job' | 'shared';

function summarize(calls: Record<string, number>): string {
  return Object.entries(calls)
    .sort((a, b) => b[1] - a[1])
    .map(([op, n]) => `${op} ${n}`)
    .join(', ');
}

/**
 * The least time AWS's RegisterTaskDefinition limit allows for `registers` calls, given the tokens
 * the bucket holds when the deploy starts; returns that bound and the tokens left after it.
 */
function rateBound(registers: number, tokens: number, perSecond: number): { seconds: number; tokensAfter: number } {
  const waiting = Math.max(0, registers - tokens);
  return { seconds: waiting / perSecond, tokensAfter: Math.max(0, tokens - registers) };
}

/** The backend's operations, each with its own bucket at AWS's quota: the busiest one bounds the deploy. */
const BACKEND_OPERATIONS = {
  scheduler: /^(Create|Update|Delete|Get|List)Schedules?$/,
  rules:
    /^(PutRule|PutTargets|DeleteRule|RemoveTargets|ListRules|ListTargetsByRule|ListRuleNamesByTarget|DescribeRule)$/,
};

async function benchOne(
  jobs: number,
  mode: Mode,
  scale: number,
  backend: 'scheduler' | 'rules' = 'scheduler',
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const rate = API_RATES.RegisterTaskDefinition;
  const perSecond = rate.perSecond * scale;
  const fake = await startFakeAws({
    region: 'us-east-1',
    // The pipeline asks for each API's maximum page size; AWS's own caps apply.
    pageCap: 100,
    // AWS's documented quotas for every API the deploy calls in bulk (us-east-1: Scheduler's larger figure).
    faults: { latencyMs: LATENCY_MS, buckets: awsBuckets('us-east-1', scale) },
  });
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, fake.env());
  fake.createCluster('batch');
  seedTestAccount(fake);
  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-bench-'));
  const manifest = join(dir, 'ecs-batch.yml');
  writeFileSync(
    manifest,
    generatedManifest(jobs, { taskDefinitions: mode, ...(backend === 'rules' ? { backend } : {}) }),
  );
  const images = { v1: fake.seedImage('bench-batch', 'v1').uri, v2: fake.seedImage('bench-batch', 'v2').uri };
  let tokens: number = rate.burst;
  let lastEnd = performance.now();
  try {
    for (const [label, tag] of [
      ['first deploy', 'v1'],
      ['image roll', 'v2'],
      ['no-op deploy', 'v2'],
    ] as const) {
      fake.calls.reset();
      const rssBefore = process.memoryUsage().rss;
      let peak = rssBefore;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const start = performance.now();
      tokens = Math.min(rate.burst, tokens + ((start - lastEnd) / 1000) * perSecond);
      const outcome = await release({ manifest, image: images[tag], dryRun: false, prune: true });
      const wall = performance.now() - start;
      lastEnd = performance.now();
      clearInterval(sampler);
      if (!outcome.apply?.ok)
        throw new Error(`${label} failed: ${outcome.apply?.error?.message ?? outcome.plan?.conflicts.join('; ')}`);
      const calls = fake.calls.byOperation();
      const total = fake.calls.count();
      const writes = fake.calls.writes().length;
      const throttled = fake.calls.entries.filter((e) => e.errorCode === 'ThrottlingException').length;
      const reads = total - writes - throttled;
      const registers = fake.calls.writes().filter((w) => w.operation === 'RegisterTaskDefinition').length;
      const registerBound = rateBound(registers, tokens, perSecond);
      tokens = registerBound.tokensAfter;
      // The backend's busiest operation at its quota (Scheduler: us-east-1 has the larger figure; EventBridge: 50/s).
      const backendCalls: Record<string, number> = {};
      for (const c of fake.calls.entries)
        if (BACKEND_OPERATIONS[backend].test(c.operation))
          backendCalls[c.operation] = (backendCalls[c.operation] ?? 0) + 1;
      const schedulerWrites = Math.max(0, ...Object.values(backendCalls));
      const schedulerRate =
        backend === 'rules'
          ? API_RATES.events.perSecond
          : SCHEDULER_LARGE_REGIONS.has('us-east-1')
            ? API_RATES.scheduler.largeRegions
            : API_RATES.scheduler.perSecond;
      // Not scaled: only RegisterTaskDefinition's refill runs faster in the bench.
      const schedulerSeconds = schedulerWrites / schedulerRate;
      const bound = { seconds: Math.max(registerBound.seconds, schedulerSeconds) };
      const speed = scale === 1 ? 'in real time' : `at ${scale}x speed`;
      const backendName = backend === 'rules' ? 'EventBridge' : 'Scheduler';
      const boundName = registerBound.seconds >= schedulerSeconds ? 'RegisterTaskDefinition' : backendName;
      const awsBound = Math.max(registerBound.seconds * scale, schedulerSeconds);
      // Scheduler's bound is in real time; RegisterTaskDefinition's at the bench's speed.
      const boundScale = boundName === backendName ? 1 : scale;
      const boundSpeed = boundName === backendName ? 'in real time' : speed;
      rows.push({
        name: `${jobs} jobs, ${mode}${backend === 'rules' ? ', rules backend' : ''}, ${label}${scale === 1 ? ' (real time)' : ''}`,
        value:
          `${writes} writes (${registers} RegisterTaskDefinition); ` +
          `AWS-time lower bound ${awsBound.toFixed(1)} s at AWS's rate (${boundName}: ` +
          `its busiest ${backendName} operation ${schedulerWrites} calls at ${schedulerRate}/s); ` +
          `${(wall / 1000).toFixed(2)} s wall ${speed}` +
          (bound.seconds > 0.01
            ? ` (${(wall / 1000 / bound.seconds).toFixed(2)}x the ${bound.seconds.toFixed(1)} s bound ` +
              `${boundSpeed}; ≈${((boundScale * wall) / 1000 / 60).toFixed(1)} min against AWS)`
            : '') +
          `; ${total} calls (${writes} writes, ${reads} reads, ${throttled} throttled and retried); ` +
          (writes === 0
            ? `reads in flight ≈ ${((reads * LATENCY_MS) / wall).toFixed(1)} on average (${READ_CONCURRENCY} per kind ` +
              `of read, ${schedulerInFlight('us-east-1')} for Scheduler); `
            : '') +
          `peak RSS +${((peak - rssBefore) / 1e6).toFixed(0)} MB; ${summarize(calls)}`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await fake.stop();
  }
  return rows;
}

export async function benchDeploy(sizes = [10, 100, 500], realTimeJobs = 50): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const jobs of sizes)
    for (const mode of ['per-job', 'shared'] as const) rows.push(...(await benchOne(jobs, mode, TIME_SCALE)));
  if (realTimeJobs)
    for (const mode of ['per-job', 'shared'] as const) rows.push(...(await benchOne(realTimeJobs, mode, 1)));
  // The rules backend: EventBridge's 50 calls a second per operation bound it.
  for (const jobs of sizes.filter((n) => n <= 100)) rows.push(...(await benchOne(jobs, 'shared', TIME_SCALE, 'rules')));
  return rows;
}
