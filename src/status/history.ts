/**
 * The last runs of every job from the run history log group, newest first, at any history size. FilterLogEvents
 * returns a time range oldest first, so the history is read in windows walking back from now (each read whole), and
 * once only a few jobs still lack runs, the older windows are read for those jobs alone (a filter pattern naming
 * them). The reads are bounded; a job whose runs the bound cut off says so.
 */
import { FilterLogEventsCommand, ResourceNotFoundException } from '@aws-sdk/client-cloudwatch-logs';
import type { Task } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import { FILTER_PATTERN_MAX } from '../aws/limits.ts';
import { historyLogGroup, jobOfTaskGroup, jobResourceName, operationsResourceName } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { classify } from '../model/runs.ts';
import { SKIPPED_OUTPUT } from '../stepfunctions/asl.ts';
import { START_TIMEOUT_REASON } from '../stepfunctions/attempts.ts';
import type { WatchFinding } from '../stepfunctions/watch.ts';
import { isSharedFamily } from '../taskdef/shared.ts';

/** `missed` and `late` are the watch's findings: a run that never started in its window, one not done by its deadline. */
export type RunResultKind =
  'succeeded' | 'failed' | 'interrupted' | 'never-started' | 'stopped' | 'skipped' | 'missed' | 'late';

export interface RunRecord {
  /** The run's task ('' for a skipped run, which starts none). */
  taskArn: string;
  /** A skipped run's state machine execution, or the watch's that found a missed or late run. */
  executionArn?: string;
  /** When the run was due (a missed or late run). */
  scheduledTime?: string;
  startedAt?: string;
  stoppedAt?: string;
  result: RunResultKind;
  exitCode?: number;
  reason?: string;
  durationSeconds?: number;
  /** Started by hand (ecs-batch run) rather than by the schedule. */
  manual: boolean;
}

/** How many recent runs per job are shown. */
export const RUNS_PER_JOB = 5;
/** How far back the history is read. */
export const HISTORY_DAYS_READ = 14;
/** FilterLogEvents calls one status makes at the most (CloudWatch Logs allows about 5 a second per account). */
export const HISTORY_CALLS_MAX = 100;
/** The first window; each later one is four times longer while windows stay small. */
const FIRST_WINDOW_MS = 15 * 60_000;
/** Past this many events, a window does not grow: the next one is as long. */
const WINDOW_EVENTS_TARGET = 5_000;
/** Events one unfiltered call returns, until calls show otherwise (a page is 1 MB; a history event about 1.5 KB). */
const EVENTS_PER_CALL_GUESS = 700;

export interface HistoryRuns {
  /** Each job's runs, newest first, at most RUNS_PER_JOB. */
  runs: Map<string, RunRecord[]>;
  /** Jobs whose older history was not read (the read bound): the oldest instant read for them. */
  cut: Map<string, number>;
  calls: number;
  events: number;
}

function toDate(v: unknown): Date | undefined {
  return typeof v === 'string' || typeof v === 'number'
    ? new Date(typeof v === 'number' && v < 1e12 ? v * 1000 : v)
    : v instanceof Date
      ? v
      : undefined;
}

/** A task a step's start watch stopped (startTimeout): it never started, whoever pressed stop. */
const startTimedOut = (t: Record<string, unknown>) =>
  typeof t.stoppedReason === 'string' && t.stoppedReason.startsWith(START_TIMEOUT_REASON);

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
    t.stopCode === 'SpotInterruption'
      ? 'interrupted'
      : c.status === 'succeeded'
        ? 'succeeded'
        : c.status === 'failed'
          ? 'failed'
          : c.status === 'failed-to-start'
            ? t.stopCode === 'UserInitiated' && !startTimedOut(t)
              ? 'stopped'
              : 'never-started'
            : 'stopped';
  const reason = startTimedOut(t) ? 'never started (start timeout)' : (c.containerReason ?? c.stoppedReason);
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
export function runsOwnFamily(manifest: ResolvedManifest, job: string, taskDefinitionArn: unknown): boolean {
  if (typeof taskDefinitionArn !== 'string') return false;
  const family = taskDefinitionArn.slice(taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
  if (family === jobResourceName(manifest.prefix, job)) return true;
  return manifest.taskDefinitions === 'shared' && isSharedFamily(manifest.prefix, family);
}

/** A state machine execution of this project that succeeded (its status change event), as a run without a task. */
function succeededExecution(
  detail: Record<string, unknown>,
  run: Pick<RunRecord, 'result'> & Partial<RunRecord>,
): RunRecord | undefined {
  if (detail.status !== 'SUCCEEDED') return undefined;
  const at = toDate(detail.stopDate ?? detail.startDate);
  return {
    taskArn: '',
    executionArn: String(detail.executionArn ?? ''),
    ...(at ? { stoppedAt: at.toISOString() } : {}),
    manual: false,
    ...run,
  };
}

const machineName = (arn: unknown) => (typeof arn === 'string' ? arn.slice(arn.lastIndexOf(':') + 1) : undefined);

/** A run that concurrency: forbid skipped (its execution's status change), for the job whose state machine it is. */
function skippedRun(manifest: ResolvedManifest, detail: Record<string, unknown>) {
  if (detail.output !== JSON.stringify(SKIPPED_OUTPUT)) return undefined;
  const machine = machineName(detail.stateMachineArn);
  const job = manifest.jobs.find((j) => jobResourceName(manifest.prefix, j.name) === machine);
  const at = toDate(detail.stopDate ?? detail.startDate);
  const run = job && succeededExecution(detail, { result: 'skipped', ...(at ? { startedAt: at.toISOString() } : {}) });
  return run && { job: job.name, run };
}

/** A missed or late run the project's watch found (its execution's output), for the job it names. */
function watchFinding(manifest: ResolvedManifest, detail: Record<string, unknown>) {
  if (machineName(detail.stateMachineArn) !== operationsResourceName(manifest.prefix, 'watch')) return undefined;
  let finding: Partial<WatchFinding>;
  try {
    finding = JSON.parse(String(detail.output)) as Partial<WatchFinding>;
  } catch {
    return undefined;
  }
  if (finding.result !== 'missed' && finding.result !== 'late') return undefined;
  const job = manifest.jobs.find((j) => j.name === finding.job);
  const due = toDate(finding.scheduledTime);
  if (!job || !due || Number.isNaN(due.getTime())) return undefined;
  const run = succeededExecution(detail, { result: finding.result, scheduledTime: due.toISOString() });
  return run && { job: job.name, run };
}

/** The job and run one history event records, when it is one of this manifest's. */
function runOfEvent(manifest: ResolvedManifest, message: string | undefined) {
  let event: { source?: unknown; detail?: Record<string, unknown> };
  try {
    event = JSON.parse(message ?? '') as typeof event;
  } catch {
    return undefined;
  }
  const detail = event.detail;
  if (!detail) return undefined;
  if (event.source === 'aws.states') {
    const execution = skippedRun(manifest, detail) ?? watchFinding(manifest, detail);
    if (execution) return execution;
  }
  const owner = jobOfTaskGroup(typeof detail.group === 'string' ? detail.group : undefined);
  if (owner?.prefix !== manifest.prefix) return undefined;
  // A task group anyone can set: only a task of the job's own family counts as its run.
  if (!runsOwnFamily(manifest, owner.job, detail.taskDefinitionArn)) return undefined;
  return { job: owner.job, run: runRecord(detail) };
}

/**
 * Filter patterns (each within FilterLogEvents' length) that keep the events of these jobs: any of their task groups
 * (`…:<prefix>:<job>`) or their state machine (skipped runs). A term may match more (job-1 is in job-10): each event
 * is still checked exactly. Job names are letters, digits, - and _: nothing in them needs escaping in a quoted term.
 */
export function jobPatterns(prefix: string, jobs: readonly string[]): string[] {
  const patterns: string[] = [];
  let current = '';
  for (const job of jobs) {
    const terms = `?":${prefix}:${job}" ?"stateMachine:${jobResourceName(prefix, job)}"`;
    if (current && current.length + 1 + terms.length > FILTER_PATTERN_MAX) {
      patterns.push(current);
      current = '';
    }
    current = current ? `${current} ${terms}` : terms;
  }
  if (current) patterns.push(current);
  return patterns;
}

/** Newest first, one entry per task (or skipped execution): EventBridge may deliver an event more than once. */
function addRun(list: RunRecord[], run: RunRecord): void {
  const same = (r: RunRecord) => (run.taskArn ? r.taskArn === run.taskArn : r.executionArn === run.executionArn);
  if (!list.some(same)) list.push(run);
}

const newestFirst = (a: RunRecord, b: RunRecord) => String(b.stoppedAt ?? '').localeCompare(String(a.stoppedAt ?? ''));

export async function runsFromHistory(
  clients: AwsClients,
  manifest: ResolvedManifest,
  now: number,
  maxCalls = HISTORY_CALLS_MAX,
): Promise<HistoryRuns> {
  const oldest = now - HISTORY_DAYS_READ * 86_400_000;
  const found = new Map<string, RunRecord[]>();
  const result: HistoryRuns = { runs: new Map(), cut: new Map(), calls: 0, events: 0 };
  const lacking = () => manifest.jobs.map((j) => j.name).filter((job) => (found.get(job)?.length ?? 0) < RUNS_PER_JOB);
  const finish = () => {
    for (const [job, list] of found) result.runs.set(job, list.sort(newestFirst).slice(0, RUNS_PER_JOB));
    return result;
  };

  /** Reads [start, end) whole with one pattern: its runs, or undefined when the call bound stopped it first. */
  const readWindow = async (start: number, end: number, pattern: string | undefined) => {
    const runs: { job: string; run: RunRecord }[] = [];
    let token: string | undefined;
    do {
      if (result.calls >= maxCalls) return undefined;
      result.calls++;
      const page = await clients.logs.send(
        new FilterLogEventsCommand({
          logGroupName: historyLogGroup(manifest.prefix),
          startTime: start,
          endTime: end - 1,
          ...(pattern ? { filterPattern: pattern } : {}),
          ...(token ? { nextToken: token } : {}),
        }),
      );
      for (const e of page.events ?? []) {
        result.events++;
        const owned = runOfEvent(manifest, e.message);
        if (owned) runs.push(owned);
      }
      token = page.nextToken;
    } while (token);
    return runs;
  };

  let end = now + 1;
  let span = FIRST_WINDOW_MS;
  // What the reads have shown: all events per ms of history and per call (unfiltered reads), and the ms read.
  const seen = { events: 0, ms: 0, calls: 0, read: 0 };
  try {
    for (let jobs = lacking(); jobs.length && end > oldest; jobs = lacking()) {
      const start = Math.max(oldest, end - span);
      const patterns = jobPatterns(manifest.prefix, jobs);
      // The cheaper read of this window: whole (its events, by the history's density), or for the lacking jobs alone
      // (a call per pattern, plus their own runs, by their density so far). The first window is read whole.
      const perCall = seen.calls ? Math.max(1, seen.events / seen.calls) : EVENTS_PER_CALL_GUESS;
      const lackingRuns = jobs.reduce((n, job) => n + (found.get(job)?.length ?? 0), 0);
      const wholeCost = seen.ms ? Math.max(1, ((seen.events / seen.ms) * (end - start)) / perCall) : 0;
      const aloneCost =
        patterns.length * Math.max(1, ((lackingRuns / Math.max(1, seen.read)) * (end - start)) / perCall);
      const alone = seen.ms > 0 && aloneCost < wholeCost;
      const before = { events: result.events, calls: result.calls };
      const windowRuns: { job: string; run: RunRecord }[] = [];
      for (const pattern of alone ? patterns : [undefined]) {
        const runs = await readWindow(start, end, pattern);
        if (!runs) {
          // A window read in part holds its oldest runs, not its newest: none of it counts. The jobs still lacking
          // runs were read back to `end`.
          for (const job of jobs) result.cut.set(job, end);
          return finish();
        }
        windowRuns.push(...runs);
      }
      if (!alone) {
        seen.events += result.events - before.events;
        seen.calls += result.calls - before.calls;
        seen.ms += end - start;
      }
      seen.read += end - start;
      for (const { job, run } of windowRuns) {
        const list = found.get(job) ?? [];
        addRun(list, run);
        found.set(job, list);
      }
      if (alone || result.events - before.events < WINDOW_EVENTS_TARGET) span *= 4;
      end = start;
    }
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return finish();
    throw error;
  }
  return finish();
}
