/** The simulated lifecycle of ECS tasks: PROVISIONING -> RUNNING -> STOPPED, with logs and exit codes. */
import type { FakeState, Json, TaskOutcome, TaskRecord } from './state.ts';

export interface TaskTiming {
  /** Time from RunTask to RUNNING (or to STOPPED, for a task that fails to start). */
  provisionMs: number;
  /** Time the container runs when the outcome does not say. */
  runMs: number;
  /** Time from StopTask to STOPPED. */
  stopMs: number;
}

export interface TaskContext {
  family: string;
  containerName: string;
  command: string[];
  environment: Record<string, string>;
  taskDefinition: Json;
  /** The capacity provider the task was placed on, when RunTask named a strategy. */
  capacityProvider?: string;
}

/** Decides how a task ends; return undefined to use the default (environment-driven) outcome. */
export type OutcomeRule = (task: TaskContext) => TaskOutcome | undefined;

/** Lets a test refuse a RunTask the way ECS reports capacity problems (in `failures[]`). */
export type RunTaskFailureRule = (request: Json) => { reason: string; detail?: string } | undefined;

const MISSING_LOG_GROUP =
  'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 ' +
  'times: failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1';

export class TaskSimulation {
  timing: TaskTiming = { provisionMs: 100, runMs: 300, stopMs: 50 };
  outcome?: OutcomeRule;
  runTaskFailure?: RunTaskFailureRule;
  /** Told of every task state change (the emulator publishes ECS Task State Change events from it). */
  onChange?: (task: TaskRecord, at: number) => void;

  /**
   * The default outcome reads the container's environment, so a demo or a test driving the
   * standalone server can choose it: FAKE_EXIT_CODE, FAKE_RUN_MS, FAKE_LOG_LINES (a count),
   * FAKE_FAIL_TO_START (a reason), FAKE_SPOT_INTERRUPTED (any value: a task on FARGATE_SPOT is interrupted).
   */
  decide(task: TaskContext): TaskOutcome {
    const custom = this.outcome?.(task);
    if (custom) return custom;
    const env = task.environment;
    if (env.FAKE_FAIL_TO_START) return { failToStart: env.FAKE_FAIL_TO_START };
    const spotInterrupted = env.FAKE_SPOT_INTERRUPTED !== undefined && /SPOT/.test(task.capacityProvider ?? '');
    const exitCode = env.FAKE_EXIT_CODE !== undefined ? Number(env.FAKE_EXIT_CODE) : 0;
    const count = env.FAKE_LOG_LINES !== undefined ? Number(env.FAKE_LOG_LINES) : undefined;
    const logLines =
      count !== undefined
        ? Array.from({ length: count }, (_, i) => `log line ${i + 1} of ${count}`)
        : [
            `starting: ${task.command.join(' ') || '(image default command)'}`,
            `running ${task.family}`,
            `finished with exit code ${exitCode}`,
          ];
    return {
      exitCode,
      logLines,
      ...(env.FAKE_RUN_MS !== undefined ? { runMs: Number(env.FAKE_RUN_MS) } : {}),
      ...(spotInterrupted ? { spotInterrupted } : {}),
    };
  }

  /** Plans a new task's timeline. Start failures AWS would hit (missing log group, missing image) come first. */
  plan(
    state: FakeState,
    task: TaskContext,
    logGroup: string | undefined,
    imageMissing: string | undefined,
    now: number,
  ): TaskRecord['plan'] {
    let outcome = this.decide(task);
    if (imageMissing) outcome = { failToStart: imageMissing };
    else if (logGroup !== undefined && !state.logGroups.has(logGroup)) outcome = { failToStart: MISSING_LOG_GROUP };
    const runningAt = outcome.stuckStarting ? Infinity : now + this.timing.provisionMs;
    if (outcome.failToStart) return { runningAt, stopsAt: runningAt, outcome, logTimes: [] };
    const runMs = outcome.runMs ?? this.timing.runMs;
    const lines = outcome.logLines ?? [];
    const logTimes = lines.map((_, i) => runningAt + Math.floor(((i + 1) * runMs) / (lines.length + 1)));
    return { runningAt, stopsAt: outcome.held ? Infinity : runningAt + runMs, outcome, logTimes };
  }

  /** Lets held tasks (outcome `held`) that match finish now; returns how many. */
  release(state: FakeState, now: number, matches: (task: TaskRecord) => boolean = () => true): number {
    let released = 0;
    for (const task of state.tasks.values())
      if (task.plan.stopsAt === Infinity && task.lastStatus !== 'STOPPED' && matches(task)) {
        task.plan.stopsAt = Math.max(now, task.plan.runningAt);
        released += 1;
      }
    return released;
  }

  /** Moves every task along its timeline up to `now`, writing the log lines that are due. */
  advance(state: FakeState, now: number): void {
    for (const task of state.tasks.values()) {
      if (task.lastStatus === 'STOPPED') continue;
      const { plan } = task;
      const container = task.containers[0]!;
      if (plan.outcome.failToStart) {
        if (now >= plan.stopsAt && task.desiredStatus !== 'STOPPED') {
          stop(task, plan.stopsAt, 'TaskFailedToStart', plan.outcome.failToStart);
          container.reason = plan.outcome.failToStart;
          this.onChange?.(task, plan.stopsAt);
        } else if (task.desiredStatus === 'STOPPED' && task.stoppingAt !== undefined && now >= task.stoppingAt) {
          stop(task, task.stoppingAt, task.stopCode ?? 'UserInitiated', task.stoppedReason ?? 'Task stopped by user');
          this.onChange?.(task, task.stoppingAt);
        }
        continue;
      }
      if (task.lastStatus === 'PROVISIONING' && now >= plan.runningAt && task.desiredStatus === 'RUNNING') {
        task.lastStatus = 'RUNNING';
        task.startedAt = plan.runningAt;
        container.lastStatus = 'RUNNING';
        ensureStream(state, container, plan.runningAt);
        this.onChange?.(task, plan.runningAt);
      }
      if (task.lastStatus === 'RUNNING') {
        const until = task.stoppingAt !== undefined ? Math.min(now, task.stoppingAt) : now;
        writeDueLogs(state, task, until);
      }
      if (task.desiredStatus === 'STOPPED' && task.stoppingAt !== undefined && now >= task.stoppingAt) {
        if (task.lastStatus === 'RUNNING') container.exitCode = 137;
        stop(task, task.stoppingAt, task.stopCode ?? 'UserInitiated', task.stoppedReason ?? 'Task stopped by user');
        this.onChange?.(task, task.stoppingAt);
      } else if (task.lastStatus === 'RUNNING' && now >= plan.stopsAt && plan.outcome.spotInterrupted) {
        writeDueLogs(state, task, plan.stopsAt);
        container.exitCode = 143; // SIGTERM: Fargate's two-minute interruption notice
        stop(task, plan.stopsAt, 'SpotInterruption', 'Your Spot Task was interrupted.');
        this.onChange?.(task, plan.stopsAt);
      } else if (task.lastStatus === 'RUNNING' && now >= plan.stopsAt) {
        writeDueLogs(state, task, plan.stopsAt);
        container.exitCode = plan.outcome.exitCode ?? 0;
        stop(task, plan.stopsAt, 'EssentialContainerExited', 'Essential container in task exited');
        this.onChange?.(task, plan.stopsAt);
      }
    }
  }
}

function stop(task: TaskRecord, at: number, stopCode: string, reason: string): void {
  task.lastStatus = 'STOPPED';
  task.desiredStatus = 'STOPPED';
  task.stoppingAt ??= at;
  task.stoppedAt = at;
  task.stopCode = stopCode;
  task.stoppedReason = reason;
  for (const c of task.containers) c.lastStatus = 'STOPPED';
}

function ensureStream(state: FakeState, container: TaskRecord['containers'][number], at: number): void {
  if (!container.logGroup || !container.logStream) return;
  const group = state.logGroups.get(container.logGroup);
  if (group && !group.streams.has(container.logStream)) {
    group.streams.set(container.logStream, { name: container.logStream, createdAt: at, events: [] });
  }
}

function writeDueLogs(state: FakeState, task: TaskRecord, until: number): void {
  const container = task.containers[0]!;
  const stream =
    container.logGroup && container.logStream
      ? state.logGroups.get(container.logGroup)?.streams.get(container.logStream)
      : undefined;
  const lines = task.plan.outcome.logLines ?? [];
  while (task.logsWritten < lines.length && task.plan.logTimes[task.logsWritten]! <= until) {
    const timestamp = task.plan.logTimes[task.logsWritten]!;
    stream?.events.push({
      timestamp,
      message: lines[task.logsWritten]!,
      ingestionTime: timestamp + 1,
      eventId: state.nextId(),
    });
    task.logsWritten += 1;
  }
}
