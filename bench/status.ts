/**
 * status against a large run history: 500 jobs, 14 days of runs (every 10 minutes to weekly), on the emulator with
 * AWS's FilterLogEvents page (10,000 events or 1 MB) and 30 ms per call. Reports whether every job's last runs are
 * its newest, what the read cost (calls, events) and the wall time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClients } from '../src/aws/clients.ts';
import { loadManifest } from '../src/load/load.ts';
import { release } from '../src/release/release.ts';
import { jobStatus, RUNS_PER_JOB } from '../src/status/status.ts';
import { startFakeAws } from '../test/fake-aws/index.ts';
import { seedTestAccount } from '../test/fake-aws/seed.ts';
import { seedHistory, type SeededJob } from '../test/helpers/history.ts';
import { generatedManifest } from './manifests.ts';
import type { BenchRow } from './stats.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** 4% every 10 minutes, 20% hourly, 60% daily, 16% weekly (the generated manifest's job names). */
function seededJobs(count: number, now: number): SeededJob[] {
  return Array.from({ length: count }, (_, i) => {
    const share = i % 25;
    const everyMs = share === 0 ? 10 * MINUTE : share <= 5 ? 60 * MINUTE : share <= 20 ? DAY : 7 * DAY;
    return {
      name: `job-${String(i).padStart(4, '0')}`,
      everyMs,
      newest: now - ((i * 13) % 600) * MINUTE,
      exitCodes: { 0: i % 7 ? 0 : 1 },
    };
  }).map((j) => ({ ...j, newest: j.newest - (j.newest % MINUTE) }));
}

export async function benchStatus(jobs = 500): Promise<BenchRow[]> {
  const now = Date.parse('2026-12-07T06:00:00Z');
  const fake = await startFakeAws({ region: 'us-east-1', pageCap: 10_000, faults: { latencyMs: 30 } });
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_')) delete process.env[key];
  Object.assign(process.env, fake.env());
  seedTestAccount(fake);
  const clusterArn = fake.createCluster('batch');
  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-bench-status-'));
  const file = join(dir, 'ecs-batch.yml');
  writeFileSync(file, generatedManifest(jobs).replace('jobs:\n', 'history: true\njobs:\n'));
  const clients = createClients();
  try {
    const image = fake.seedImage('bench-batch', 'v1').uri;
    const deployed = await release({ manifest: file, image, dryRun: false, prune: true, clients });
    if (!deployed.apply?.ok) throw new Error('the bench deploy failed');
    const { expected, events } = seedHistory(fake, {
      prefix: 'bench',
      clusterArn,
      jobs: seededJobs(jobs, now),
      from: now - 14 * DAY,
      keep: RUNS_PER_JOB,
    });
    const manifest = loadManifest(file, { now }).manifest!;
    fake.calls.reset();
    const start = performance.now();
    const report = await jobStatus(clients, manifest, now);
    const wall = performance.now() - start;
    const right = report.jobs.filter((j) => {
      const want = expected.get(j.job) ?? [];
      return (
        j.lastRuns.length === want.length &&
        j.lastRuns.every((r, i) => r.stoppedAt === want[i]!.stoppedAt && r.exitCode === want[i]!.exitCode)
      );
    }).length;
    const counts: Record<string, number> = {};
    for (const c of fake.calls.entries) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
    return [
      {
        name: `status, ${jobs} jobs, 14 days of history (${events.toLocaleString('en-US')} events)`,
        value:
          `${right} of ${report.jobs.length} jobs show their newest ${RUNS_PER_JOB} runs exactly; ` +
          `${report.jobs.filter((j) => j.historyReadTo).length} cut by the read bound; ` +
          `${(wall / 1000).toFixed(2)} s wall (30 ms per call; goal ≤ 3 s); ` +
          `history: ${report.historyReads?.calls} FilterLogEvents calls, ` +
          `${report.historyReads?.events.toLocaleString('en-US')} events read ` +
          `(${((100 * (report.historyReads?.events ?? 0)) / events).toFixed(1)}% of the history); all calls: ` +
          Object.entries(counts)
            .sort((a, b) => b[1] - a[1])
            .map(([op, n]) => `${op} ${n}`)
            .join(', '),
      },
    ];
  } finally {
    clients.destroy();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
