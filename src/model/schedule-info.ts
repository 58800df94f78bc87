/** A job's schedule as people read it: the AWS expression, the human text and the next runs on the job's clock. */
import type { ResolvedJob } from '../manifest/types.ts';
import { describeSchedule, formatInZone, nextRuns } from '../schedule/index.ts';

export interface JobScheduleInfo {
  name: string;
  /** The AWS expression deployed (after any conversion). */
  expression: string;
  /** What the manifest says, when it was converted (unix cron or a preset). */
  written?: string;
  timezone: string;
  description: string;
  enabled: boolean;
  human: string;
  /** ISO-8601 UTC instants, strictly after the reference time. */
  nextRuns: string[];
  /** True for rate(...), whose runs count from the schedule's creation time. */
  nextRunsApproximate: boolean;
}

export function jobScheduleInfo(job: ResolvedJob, now: number, count: number): JobScheduleInfo {
  const next = nextRuns(job.schedule, job.timezone, now, count);
  // A job in a chain runs after the jobs it follows, on the schedule of the chain's first job.
  const after = job.after ? `after ${job.after.join(', ')}` : undefined;
  return {
    name: job.name,
    expression: after ?? job.schedule.expression,
    ...(job.schedule.convertedFrom && !after ? { written: job.schedule.convertedFrom } : {}),
    timezone: job.timezone,
    description: job.description ?? '',
    enabled: job.enabled,
    human: after
      ? `when ${job.after!.join(' and ')} succeeded (${describeSchedule(job.schedule)} starts the chain)`
      : describeSchedule(job.schedule),
    nextRuns: next.runs.map((t) => new Date(t).toISOString()),
    nextRunsApproximate: next.approximate,
  };
}

/** Next runs shown on the job's own clock. */
export function localRuns(info: JobScheduleInfo): string[] {
  return info.nextRuns.map(
    (iso) => `${info.nextRunsApproximate ? '~' : ''}${formatInZone(Date.parse(iso), info.timezone)}`,
  );
}
