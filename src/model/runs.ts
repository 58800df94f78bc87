/** What one run of a job came to: the result of `run`, and what run history reads from a stopped task. */
import type { Task } from '@aws-sdk/client-ecs';

/** How long a manual run may take before it is stopped, unless told otherwise (the CLI and the action agree). */
export const RUN_TIMEOUT_SECONDS = 3600;

export type RunStatus = 'succeeded' | 'failed' | 'failed-to-start' | 'not-started' | 'timed-out' | 'started';

export interface RunResult {
  job: string;
  status: RunStatus;
  settingsSource: 'schedule' | 'rule' | 'manifest';
  taskDefinitionArn: string;
  taskArn?: string;
  exitCode?: number;
  stopCode?: string;
  stoppedReason?: string;
  /** Why the container did not start (CannotPullContainerError, ...). */
  containerReason?: string;
  durationSeconds?: number;
  logGroup?: string;
  logStream?: string;
  logUrl?: string;
  /** The task definition's network mode (the hints differ). */
  networkMode?: string;
  logLines: number;
  notes: string[];
  hint?: string;
}

/** What a stopped task says about the run. */
export function classify(
  task: Task,
  timedOut: boolean,
): Pick<RunResult, 'status' | 'exitCode' | 'stopCode' | 'stoppedReason' | 'containerReason' | 'durationSeconds'> {
  const container = task.containers?.find((c) => c.exitCode !== undefined) ?? task.containers?.[0];
  const exitCode = container?.exitCode;
  const started = task.startedAt ?? task.createdAt;
  const durationSeconds =
    started && task.stoppedAt ? Math.max(0, (task.stoppedAt.getTime() - started.getTime()) / 1000) : undefined;
  const status: RunStatus = timedOut
    ? 'timed-out'
    : task.stopCode === 'TaskFailedToStart' || exitCode === undefined
      ? 'failed-to-start'
      : exitCode === 0
        ? 'succeeded'
        : 'failed';
  return {
    status,
    ...(exitCode !== undefined ? { exitCode } : {}),
    ...(task.stopCode ? { stopCode: task.stopCode } : {}),
    ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
    ...(container?.reason ? { containerReason: container.reason } : {}),
    ...(durationSeconds !== undefined ? { durationSeconds } : {}),
  };
}
