/**
 * `ecs-batch status`: every job with its schedule in words, enabled or not (as deployed), next
 * runs, and how its last runs went: from the run history log group when the manifest keeps one,
 * else from what ECS still remembers (about an hour of stopped tasks). Reads only.
 */
import { FilterLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import { DescribeTasksCommand, paginateListTasks, type Task } from '@aws-sdk/client-ecs';
import { ListRulesCommand } from '@aws-sdk/client-eventbridge';
import {
  GetScheduleCommand,
  ResourceNotFoundException as NoScheduleGroup,
  paginateListSchedules,
} from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { PAGE_SIZE } from '../aws/limits.ts';
import { historyLogGroup, jobOfTaskGroup, jobResourceName } from '../manifest/names.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { jobScheduleInfo, localRuns } from '../model/schedule-info.ts';
import { classify } from '../model/runs.ts';
import { SKIPPED_OUTPUT } from '../stepfunctions/asl.ts';
import { isSharedFamily } from '../taskdef/shared.ts';
import { parseSchedule } from '../schedule/index.ts';
import { READ_CONCURRENCY } from '../resources/kind.ts';
import { mapLimit } from '../util/concurrency.ts';

export type RunResultKind = 'succeeded' | 'failed' | 'never-started' | 'stopped' | 'skipped';

export interface RunRecord {
  /** The run's task ('' for a skipped run, which starts none). */
  taskArn: string;
  /** A skipped run's state machine execution. */
  executionArn?: string;
  startedAt?: string;
  stoppedAt?: string;
  result: RunResultKind;
  exitCode?: number;
  reason?: string;
  durationSeconds?: number;
  /** Started by hand (ecs-batch run) rather than by the schedule. */
  manual: boolean;
}

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
}

export interface StatusReport {
  prefix: string;
  region: string;
  cluster: string;
  /** Where the last runs come from. */
  source: 'history' | 'ecs';
  generatedAt: string;
  jobs: JobStatus[];
}

/** How many recent runs per job, and how many events are read at most. */
export const RUNS_PER_JOB = 5;
const MAX_EVENTS = 5000;
const HISTORY_DAYS_READ = 14;

function toDate(v: unknown): Date | undefined {
  return typeof v === 'string' || typeof v === 'number'
    ? new Date(typeof v === 'number' && v < 1e12 ? v * 1000 : v)
    : v instanceof Date
      ? v
      : undefined;
}

/** A stopped task (from DescribeTasks, or from a history event's detail) as a run. */
export function runRecord(task: Task | Record<string, unknown>): RunRecord {
  const t = task as Record<string, unknown>;
  const asTask = {
    ...t,
    createdAt: toDate(t.createdAt),
    startedAt: toDate(t.startedAt),
    stoppedAt: toDate(t.stoppedAt),
  } as Task;
  const c = classify(asTask, false);
  const result: RunResultKind =
    c.status === 'succeeded'
      ? 'succeeded'
      : c.status === 'failed'
        ? 'failed'
        : c.status === 'failed-to-start'
          ? t.stopCode === 'UserInitiated'
            ? 'stopped'
            : 'never-started'
          : 'stopped';
  const reason = c.containerReason ?? c.stoppedReason;
  return {
    taskArn: String(t.taskArn ?? ''),
    ...(asTask.startedAt ? { startedAt: asTask.startedAt.toISOString() } : {}),
    ...(asTask.stoppedAt ? { stoppedAt: asTask.stoppedAt.toISOString() } : {}),
    result,
    ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
    ...(reason && result !== 'succeeded' ? { reason } : {}),
    ...(c.durationSeconds !== undefined ? { durationSeconds: Math.round(c.durationSeconds) } : {}),
    manual: typeof t.startedBy === 'string' && t.startedBy.startsWith('ecs-batch/'),
  };
}

/**
 * Whether a task ran one of the job's task definitions: its own family, or (shared task definitions) one of the
 * project's shared families. Anyone who may run tasks can give one the group `ecs-batch:<prefix>:<job>`.
 */
function runsOwnFamily(manifest: ResolvedManifest, job: string, taskDefinitionArn: unknown): boolean {
  if (typeof taskDefinitionArn !== 'string') return false;
  const family = taskDefinitionArn.slice(taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
  if (family === jobResourceName(manifest.prefix, job)) return true;
  return manifest.taskDefinitions === 'shared' && isSharedFamily(manifest.prefix, family);
}

/** Runs per job from the history log group (every STOPPED event the history rule kept). */
async function runsFromHistory(
  clients: AwsClients,
  manifest: ResolvedManifest,
  now: number,
): Promise<Map<string, RunRecord[]>> {
  const runs = new Map<string, RunRecord[]>();
  let token: string | undefined;
  let read = 0;
  do {
    let page;
    try {
      page = await clients.logs.send(
        new FilterLogEventsCommand({
          logGroupName: historyLogGroup(manifest.prefix),
          startTime: now - HISTORY_DAYS_READ * 86400_000,
          ...(token ? { nextToken: token } : {}),
        }),
      );
    } catch (error) {
      if (error instanceof ResourceNotFoundException) return runs;
      throw error;
    }
    for (const e of page.events ?? []) {
      read += 1;
      let event: { source?: unknown; detail?: Record<string, unknown> };
      try {
        event = JSON.parse(e.message ?? '') as typeof event;
      } catch {
        continue;
      }
      const detail = event.detail;
      if (!detail) continue;
      const skipped = event.source === 'aws.states' ? skippedRun(manifest, detail) : undefined;
      const owner = skipped
        ? { prefix: manifest.prefix, job: skipped.job }
        : jobOfTaskGroup(typeof detail.group === 'string' ? detail.group : undefined);
      if (owner?.prefix !== manifest.prefix) continue;
      // A task group anyone can set: only a task of the job's own family counts as its run.
      if (!skipped && !runsOwnFamily(manifest, owner.job, detail.taskDefinitionArn)) continue;
      const list = runs.get(owner.job) ?? [];
      // EventBridge may deliver an event more than once: one run per task (or skipped execution).
      if (skipped) {
        if (!list.some((r) => r.executionArn === skipped.run.executionArn)) list.push(skipped.run);
      } else if (!list.some((r) => r.taskArn === detail.taskArn)) list.push(runRecord(detail));
      runs.set(owner.job, list);
    }
    token = page.nextToken;
  } while (token && read < MAX_EVENTS);
  return runs;
}

/** A run that concurrency: forbid skipped (its execution's status change), for the job whose state machine it is. */
function skippedRun(
  manifest: ResolvedManifest,
  detail: Record<string, unknown>,
): { job: string; run: RunRecord } | undefined {
  if (
    detail.status !== 'SUCCEEDED' ||
    detail.output !== JSON.stringify(SKIPPED_OUTPUT) ||
    typeof detail.stateMachineArn !== 'string'
  )
    return undefined;
  const machine = detail.stateMachineArn.slice(detail.stateMachineArn.lastIndexOf(':') + 1);
  const job = manifest.jobs.find((j) => jobResourceName(manifest.prefix, j.name) === machine);
  if (!job) return undefined;
  const at = toDate(detail.stopDate ?? detail.startDate);
  return {
    job: job.name,
    run: {
      taskArn: '',
      executionArn: String(detail.executionArn ?? ''),
      ...(at ? { startedAt: at.toISOString(), stoppedAt: at.toISOString() } : {}),
      result: 'skipped',
      manual: false,
    },
  };
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
      READ_CONCURRENCY,
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
  const [states, runs, region] = await Promise.all([
    liveStates(clients, manifest),
    manifest.history ? runsFromHistory(clients, manifest, now) : runsFromEcs(clients, manifest),
    clients.region(),
  ]);
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
  };
}
