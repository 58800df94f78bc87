/**
 * `ecs-batch backfill`: a job (or the chain it runs in) once for each time its schedule was due in a range, in
 * order, at most N at once, each run with that time as its ECS_BATCH_SCHEDULED_TIME.
 */
import type { AwsClients } from '../aws/clients.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { nextRuns } from '../schedule/index.ts';
import { mapLimit } from '../util/concurrency.ts';
import { UsageError } from '../util/inputs.ts';
import { chainOf, runChain } from './chain.ts';
import { runJob } from './run.ts';

/** More runs than this need --max-runs: a range typed wrong should not start thousands of tasks. */
export const BACKFILL_RUNS_MAX = 1000;

export interface BackfillRun {
  scheduledTime: string;
  status: string;
  exitCode?: number;
  taskArn?: string;
  executionArn?: string;
  reason?: string;
}

export interface BackfillOptions {
  from: number;
  to: number;
  parallel: number;
  maxRuns?: number | undefined;
  timeoutSeconds: number;
  startedBy: string;
  pollSeconds: number;
  /** Each run as it ends. */
  onRun?: (run: BackfillRun) => void;
}

const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');

/**
 * The times the schedule was due in [from, to], oldest first: the job's own, or (a job after others) its chain
 * head's. rate() counts from `from` (the manifest does not know when the schedule was created).
 */
export function backfillTimes(manifest: ResolvedManifest, job: ResolvedJob, from: number, to: number, max: number) {
  const chain = chainOf(manifest, job.name);
  const head = chain ? manifest.jobs.find((j) => j.name === chain.root)! : job;
  const times: number[] = [];
  if (head.schedule.kind === 'rate') {
    const step = nextRuns(head.schedule, head.timezone, 0, 2).runs;
    for (let t = from; t <= to && times.length <= max; t += step[1]! - step[0]!) times.push(t);
  } else {
    let after = from - 1;
    while (times.length <= max) {
      const next = nextRuns(head.schedule, head.timezone, after, Math.min(500, max + 1 - times.length)).runs;
      const inRange = next.filter((t) => t <= to);
      times.push(...inRange);
      if (inRange.length < next.length || next.length === 0) break;
      after = next[next.length - 1]!;
    }
  }
  return { chain, head, times: times.map(iso) };
}

export async function backfill(
  clients: AwsClients,
  manifest: ResolvedManifest,
  job: ResolvedJob,
  options: BackfillOptions,
): Promise<BackfillRun[]> {
  const max = options.maxRuns ?? BACKFILL_RUNS_MAX;
  const { chain, head, times } = backfillTimes(manifest, job, options.from, options.to, max);
  if (times.length > max)
    throw new UsageError(`more than ${max} runs in that range: give --max-runs N to allow more, or a shorter range`);
  // A job that forbids overlapping runs backfills one at a time.
  const parallel = head.concurrency === 'forbid' ? 1 : options.parallel;
  return mapLimit(times, parallel, async (scheduledTime): Promise<BackfillRun> => {
    let run: BackfillRun;
    if (chain) {
      const r = await runChain(clients, manifest, chain, {
        wait: true,
        timeoutSeconds: options.timeoutSeconds,
        startedBy: options.startedBy,
        scheduledTime,
        pollSeconds: options.pollSeconds,
      });
      run = {
        scheduledTime,
        status: r.status,
        executionArn: r.executionArn,
        ...(r.error ? { reason: r.error } : {}),
      };
    } else {
      const r = await runJob(clients, manifest, job, {
        wait: true,
        timeoutSeconds: options.timeoutSeconds,
        startedBy: options.startedBy,
        scheduledTime,
        pollSeconds: { status: options.pollSeconds, logs: options.pollSeconds },
      });
      run = {
        scheduledTime,
        status: r.status,
        ...(r.exitCode !== undefined ? { exitCode: r.exitCode } : {}),
        ...(r.taskArn ? { taskArn: r.taskArn } : {}),
        ...(r.containerReason || r.stoppedReason ? { reason: r.containerReason ?? r.stoppedReason } : {}),
      };
    }
    options.onRun?.(run);
    return run;
  });
}
