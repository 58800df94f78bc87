/**
 * Runs a job now, with the settings its schedule uses; waits for it (bounded), streaming its
 * logs; and tells a container that exited non-zero from a task that never started.
 */
import {
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  RunTaskCommand,
  StopTaskCommand,
  waitUntilTasksStopped,
} from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { SCHEDULED_TIME_VARIABLE } from '../manifest/names.ts';
import { logGroupConsoleUrl } from '../aws/console.ts';
import { OperationError } from '../util/errors.ts';
import { UsageError } from '../util/inputs.ts';
import { didYouMean } from '../util/suggest.ts';
import { LogFollower, type LogLine } from './logs.ts';
import { runSettings } from './settings.ts';
import { classify, type RunResult, type RunStatus } from '../model/runs.ts';

export { classify, type RunResult, type RunStatus };

export interface RunOptions {
  command?: string[];
  environment?: Record<string, string>;
  /** The time this run is for (ISO 8601): the task's ECS_BATCH_SCHEDULED_TIME. Default: when it starts. */
  scheduledTime?: string;
  wait: boolean;
  timeoutSeconds: number;
  /** Identifies the run on the task (ECS allows letters, digits, -, _ and /; up to 128). */
  startedBy: string;
  /** How often to look at the task and its logs. */
  pollSeconds?: { status: number; logs: number };
  onLog?: (line: LogLine) => void;
  onNote?: (note: string) => void;
}

/** The task tag that marks a run started by hand. */
export const MANUAL_RUN_TAG = { key: 'ecs-batch:trigger', value: 'manual' };

export function startedByFor(runId: string | undefined): string {
  return `ecs-batch/${(runId ?? 'manual').replace(/[^A-Za-z0-9_/-]/g, '-')}`.slice(0, 128);
}

function hintFor(
  result: Pick<RunResult, 'status' | 'stoppedReason' | 'containerReason' | 'exitCode' | 'logGroup' | 'networkMode'>,
): string | undefined {
  const reason = `${result.stoppedReason ?? ''} ${result.containerReason ?? ''}`;
  if (/log group does not exist/i.test(reason)) {
    return (
      `the awslogs group ${result.logGroup ?? ''} does not exist, so the container could not ` +
      `start: \`ecs-batch deploy\` creates it (or create it yourself)`
    );
  }
  if (/CannotPullContainerError/i.test(reason)) {
    // Where the pull goes out from depends on the network mode: the task's own interface (awsvpc), or the host's.
    return result.networkMode === 'awsvpc'
      ? 'the image could not be pulled: check it exists in ECR, that the execution role may pull it, ' +
          'and that the subnets reach ECR (NAT gateway, VPC endpoints, or assignPublicIp: ENABLED)'
      : `the image could not be pulled: check it exists in ECR, that the container instances' role ` +
          '(or the execution role) may pull it, and that the instances reach ECR ' +
          `(${result.networkMode ?? 'bridge'} networking pulls from the host)`;
  }
  if (/ResourceInitializationError/i.test(reason))
    return 'the task could not be initialized: check the execution role (secrets, logs) and the network';
  if (result.status === 'not-started')
    return 'ECS could not place the task: retry later, or use subnets in more Availability Zones or another capacity provider';
  if (result.status === 'failed') return `the container exited with code ${result.exitCode}: see its logs`;
  if (result.status === 'timed-out')
    return 'the task ran longer than --timeout and was stopped; raise the timeout if that is expected';
  return undefined;
}

const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

export async function runJob(
  clients: AwsClients,
  manifest: ResolvedManifest,
  job: ResolvedJob,
  options: RunOptions,
): Promise<RunResult> {
  const settings = await runSettings(clients, manifest, job);
  for (const note of settings.notes) options.onNote?.(note);
  const taskDefinitionArn = settings.request.taskDefinition!;
  const { taskDefinition } = await clients.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: taskDefinitionArn }),
  );
  const containers = taskDefinition?.containerDefinitions ?? [];
  const main =
    containers.find((c) => c.name === job.containerName) ??
    containers.find((c) => c.essential !== false) ??
    containers[0];
  if (!main?.name) throw new OperationError(`task definition ${taskDefinitionArn} has no container to run`);
  const log = main.logConfiguration?.logDriver === 'awslogs' ? main.logConfiguration.options : undefined;

  // The schedule's own overrides (shared task definitions) are the starting point; --command and --env go on top, and
  // the scheduled time is this run's (the schedule's holds Scheduler's placeholder).
  const scheduled = settings.request.overrides;
  const ownOverride = scheduled?.containerOverrides?.find((c) => c.name === main.name);
  const given = options.environment ?? {};
  const environment = [
    ...(ownOverride?.environment ?? []).filter(
      (e) => !Object.hasOwn(given, String(e.name)) && e.name !== SCHEDULED_TIME_VARIABLE,
    ),
    ...Object.entries(given).map(([name, value]) => ({ name, value })),
    { name: SCHEDULED_TIME_VARIABLE, value: options.scheduledTime ?? new Date().toISOString() },
  ];
  const overrides = {
    ...scheduled,
    containerOverrides: [
      ...(scheduled?.containerOverrides ?? []).filter((c) => c !== ownOverride),
      {
        ...ownOverride,
        name: main.name,
        ...(options.command ? { command: options.command } : {}),
        environment,
      },
    ],
  };
  const run = await clients.ecs.send(
    new RunTaskCommand({
      ...settings.request,
      startedBy: options.startedBy,
      overrides,
      tags: [MANUAL_RUN_TAG],
    }),
  );
  const base: RunResult = {
    job: job.name,
    status: 'started',
    settingsSource: settings.source,
    taskDefinitionArn,
    ...(taskDefinition?.networkMode ? { networkMode: taskDefinition.networkMode } : {}),
    logLines: 0,
    notes: settings.notes,
  };
  const task = run.tasks?.[0];
  if (!task?.taskArn) {
    const failure = run.failures?.[0];
    const result: RunResult = {
      ...base,
      status: 'not-started',
      stoppedReason: [failure?.reason, failure?.detail].filter(Boolean).join(': ') || 'RunTask started no task',
    };
    return { ...result, ...withHint(result) };
  }
  const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
  const logGroup = log?.['awslogs-group'];
  const logStream =
    log && logGroup
      ? `${log['awslogs-stream-prefix'] ? `${log['awslogs-stream-prefix']}/` : ''}${main.name}/${taskId}`
      : undefined;
  const region = await clients.region();
  const located: RunResult = {
    ...base,
    taskArn: task.taskArn,
    ...(logGroup ? { logGroup } : {}),
    ...(logStream ? { logStream, logUrl: logGroupConsoleUrl(region, logGroup!, logStream) } : {}),
  };
  if (!options.wait) return located;

  const poll = options.pollSeconds ?? { status: 6, logs: 2 };
  const follower = logGroup && logStream ? new LogFollower(clients, logGroup, logStream) : undefined;
  let stopped = false;
  let lines = 0;
  const emit = (batch: LogLine[]) => {
    for (const line of batch) options.onLog?.(line);
    lines += batch.length;
  };
  const streaming = (async () => {
    while (follower && !stopped) {
      emit(await follower.poll());
      if (!stopped) await sleep(poll.logs);
    }
  })();
  const taskArn = task.taskArn;
  const waitFor = (seconds: number) =>
    waitUntilTasksStopped(
      {
        client: clients.ecs,
        maxWaitTime: seconds,
        minDelay: poll.status,
        maxDelay: Math.max(poll.status, Math.min(15, poll.status * 4)),
      },
      { cluster: settings.request.cluster, tasks: [taskArn] },
    );
  let timedOut = false;
  try {
    await waitFor(Math.max(options.timeoutSeconds, poll.status * 2));
  } catch (error) {
    if ((error as Error).name !== 'TimeoutError') {
      stopped = true;
      await streaming;
      throw error;
    }
    timedOut = true;
    options.onNote?.(`timed out after ${options.timeoutSeconds}s: stopping the task`);
    await clients.ecs.send(
      new StopTaskCommand({
        cluster: settings.request.cluster,
        task: task.taskArn,
        reason: `ecs-batch: timed out after ${options.timeoutSeconds}s`,
      }),
    );
    await waitFor(Math.max(120, poll.status * 2));
  }
  stopped = true;
  await streaming;
  // The last lines may land after the task stops: one final read drains them.
  if (follower) emit(await follower.poll());
  const described = await clients.ecs.send(
    new DescribeTasksCommand({ cluster: settings.request.cluster, tasks: [task.taskArn] }),
  );
  const final = described.tasks?.[0] ?? task;
  const result: RunResult = { ...located, ...classify(final, timedOut), logLines: lines };
  return { ...result, ...withHint(result) };
}

function withHint(result: RunResult): { hint?: string } {
  const hint = hintFor(result);
  return hint ? { hint } : {};
}

/** The job by name, or a usage error with a did-you-mean. */
export function findJob(manifest: ResolvedManifest, name: string): ResolvedJob {
  const job = manifest.jobs.find((j) => j.name === name);
  if (job) return job;
  const names = manifest.jobs.map((j) => j.name);
  throw new UsageError(`unknown job '${name}'${didYouMean(name, names)} (jobs: ${names.join(', ')})`);
}
