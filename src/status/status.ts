/**
 * `ecs-batch status`: every job with its schedule in words, enabled or not (as deployed), next
 * runs, and how its last runs went: from the run history log group when the manifest keeps one,
 * else from what ECS still remembers (about an hour of stopped tasks). Reads only.
 */
import { DescribeTasksCommand, paginateListTasks } from '@aws-sdk/client-ecs';
import { ListRulesCommand } from '@aws-sdk/client-eventbridge';
import {
  GetScheduleCommand,
  ResourceNotFoundException as NoScheduleGroup,
  paginateListSchedules,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE, schedulerInFlight } from '../aws/limits.ts';
import { jobOfTaskGroup, jobResourceName } from '../manifest/names.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { jobScheduleInfo, localRuns } from '../model/schedule-info.ts';
import { parseSchedule } from '../schedule/index.ts';
import { mapLimit } from '../util/concurrency.ts';
import {
  RUNS_PER_JOB,
  runRecord,
  runsFromHistory,
  runsOwnFamily,
  type HistoryRuns,
  type RunRecord,
  type RunResultKind,
} from './history.ts';

export { RUNS_PER_JOB, runRecord, type RunRecord, type RunResultKind };

export interface JobStatus {
  job: string;
  description: string;
  schedule: { expression: string; human: string; timezone: string };
  /**
   * What the live schedule (or rule) says when someone changed it outside ecs-batch (the console, the CLI): the next
   * deploy puts the manifest's back, and the next runs shown are the live ones until then.
   */
  drift?: { expression: string; timezone: string };
  /** As deployed (the live schedule or rule); the manifest's when it is not deployed. */
  enabled: boolean;
  deployed: boolean;
  nextRuns: string[];
  nextRunsLocal: string[];
  /** Newest first. */
  lastRuns: RunRecord[];
  /** The history read stopped here (its bound) before this job had all its last runs: older ones are not shown. */
  historyReadTo?: string;
}

export interface StatusReport {
  prefix: string;
  region: string;
  cluster: string;
  /** Where the last runs come from. */
  source: 'history' | 'ecs';
  generatedAt: string;
  jobs: JobStatus[];
  /** What reading the history cost (with `history`). */
  historyReads?: { calls: number; events: number };
}

/** Runs per job from what ECS still remembers of stopped tasks (about an hour). */
async function runsFromEcs(clients: AwsClients, manifest: ResolvedManifest): Promise<Map<string, RunRecord[]>> {
  const arns: string[] = [];
  for await (const page of paginateListTasks(
    { client: clients.ecs, pageSize: 100 },
    { cluster: manifest.cluster, desiredStatus: 'STOPPED' },
  )) {
    arns.push(...(page.taskArns ?? []));
    if (arns.length >= 500) break;
  }
  const runs = new Map<string, RunRecord[]>();
  for (let i = 0; i < arns.length; i += 100) {
    const out = await clients.ecs.send(
      new DescribeTasksCommand({ cluster: manifest.cluster, tasks: arns.slice(i, i + 100) }),
    );
    for (const task of out.tasks ?? []) {
      const family = task.taskDefinitionArn?.slice(task.taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
      const owner = jobOfTaskGroup(task.group);
      const job =
        owner?.prefix === manifest.prefix
          ? owner.job
          : manifest.jobs.find((j) => jobResourceName(manifest.prefix, j.name) === family)?.name;
      if (!job || !runsOwnFamily(manifest, job, task.taskDefinitionArn)) continue;
      runs.set(job, [...(runs.get(job) ?? []), runRecord(task)]);
    }
  }
  return runs;
}

interface LiveSchedule {
  enabled: boolean;
  expression?: string;
  timezone?: string;
}

/** The live schedules' (or rules') state, expression and time zone: what actually fires. */
async function liveStates(clients: AwsClients, manifest: ResolvedManifest): Promise<Map<string, LiveSchedule>> {
  const states = new Map<string, LiveSchedule>();
  if (manifest.backend === 'scheduler') {
    const names: string[] = [];
    try {
      for await (const page of paginateListSchedules(
        { client: clients.scheduler, pageSize: PAGE_SIZE.ListSchedules },
        { GroupName: manifest.prefix },
      )) {
        for (const s of page.Schedules ?? []) {
          states.set(s.Name!, { enabled: s.State !== 'DISABLED' });
          names.push(s.Name!);
        }
      }
    } catch (error) {
      if (!(error instanceof NoScheduleGroup)) throw error;
    }
    // A listing carries no expression: read the schedules of this manifest's jobs (bounded, in parallel).
    const ours = new Set(manifest.jobs.map((j) => jobResourceName(manifest.prefix, j.name)));
    await mapLimit(
      names.filter((n) => ours.has(n)),
      schedulerInFlight(await clients.region()),
      async (name) => {
        try {
          const s = await clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: manifest.prefix }));
          states.set(name, {
            enabled: s.State !== 'DISABLED',
            ...(s.ScheduleExpression ? { expression: s.ScheduleExpression } : {}),
            timezone: s.ScheduleExpressionTimezone ?? 'UTC',
          });
        } catch (error) {
          if (!(error instanceof NoScheduleGroup)) throw error;
        }
      },
    );
  } else {
    let token: string | undefined;
    do {
      const page = await clients.events.send(
        new ListRulesCommand({
          NamePrefix: `${manifest.prefix}-`,
          Limit: PAGE_SIZE.ListRules,
          ...(token ? { NextToken: token } : {}),
        }),
      );
      for (const r of page.Rules ?? [])
        states.set(r.Name!, {
          enabled: r.State !== 'DISABLED',
          ...(r.ScheduleExpression ? { expression: r.ScheduleExpression, timezone: 'UTC' } : {}),
        });
      token = page.NextToken;
    } while (token);
  }
  return states;
}

/** The next runs of what the live schedule says, when it parses; else the manifest's stay. */
function liveScheduleInfo(job: ResolvedJob, live: LiveSchedule, now: number, count: number) {
  try {
    const schedule = parseSchedule(live.expression!);
    return jobScheduleInfo({ ...job, schedule, timezone: live.timezone ?? 'UTC' }, now, count);
  } catch {
    return undefined;
  }
}

const ORDER: Record<RunResultKind | 'none', number> = {
  failed: 0,
  'never-started': 0,
  missed: 0,
  late: 0,
  interrupted: 1,
  stopped: 1,
  skipped: 1,
  succeeded: 2,
  none: 3,
};

export async function jobStatus(
  clients: AwsClients,
  manifest: ResolvedManifest,
  now: number,
  nextCount = 3,
): Promise<StatusReport> {
  const [states, history, region] = await Promise.all([
    liveStates(clients, manifest),
    manifest.history
      ? runsFromHistory(clients, manifest, now)
      : runsFromEcs(clients, manifest).then((runs): Partial<HistoryRuns> & Pick<HistoryRuns, 'runs'> => ({ runs })),
    clients.region(),
  ]);
  const runs = history.runs;
  const cut = history.cut;
  const jobs: JobStatus[] = manifest.jobs.map((job) => {
    const info = jobScheduleInfo(job, now, nextCount);
    const deployed = states.get(jobResourceName(manifest.prefix, job.name));
    const live = deployed?.enabled;
    // Changed by hand: say what fires now, and compute the next runs from it.
    const drifted =
      deployed?.expression !== undefined &&
      !job.after?.length &&
      (deployed.expression !== job.schedule.expression || (deployed.timezone ?? 'UTC') !== job.timezone);
    const liveInfo = drifted ? liveScheduleInfo(job, deployed, now, nextCount) : undefined;
    const lastRuns = (runs.get(job.name) ?? [])
      .sort((a, b) => String(b.stoppedAt ?? '').localeCompare(String(a.stoppedAt ?? '')))
      .slice(0, RUNS_PER_JOB);
    return {
      job: job.name,
      description: job.description ?? '',
      schedule: { expression: info.expression, human: info.human, timezone: info.timezone },
      ...(drifted ? { drift: { expression: deployed.expression!, timezone: deployed.timezone ?? 'UTC' } } : {}),
      enabled: live ?? job.enabled,
      deployed: live !== undefined,
      nextRuns: live === false ? [] : (liveInfo ?? info).nextRuns,
      nextRunsLocal: live === false ? [] : localRuns(liveInfo ?? info),
      lastRuns,
      ...(cut?.has(job.name) ? { historyReadTo: new Date(cut.get(job.name)!).toISOString() } : {}),
    };
  });
  // Jobs that failed last time first; the manifest's order otherwise.
  const rank = (j: JobStatus) => ORDER[j.lastRuns[0]?.result ?? 'none'];
  const ordered = jobs
    .map((j, i) => ({ j, i }))
    .sort((a, b) => rank(a.j) - rank(b.j) || a.i - b.i)
    .map((x) => x.j);
  return {
    prefix: manifest.prefix,
    region,
    cluster: manifest.cluster,
    source: manifest.history ? 'history' : 'ecs',
    generatedAt: new Date(now).toISOString(),
    jobs: ordered,
    ...(history.calls !== undefined ? { historyReads: { calls: history.calls, events: history.events ?? 0 } } : {}),
  };
}
