/**
 * Runs a job that goes through a state machine: starts the state machine (the whole chain, from
 * its first job) and follows it: each step's task as it starts and stops, with its logs, its
 * attempts, and the final result. `--only` runs one step as a plain task instead (run.ts).
 */
import { DescribeTaskDefinitionCommand, DescribeTasksCommand, ListTasksCommand, type Task } from '@aws-sdk/client-ecs';
import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  StartExecutionCommand,
  StopExecutionCommand,
} from '@aws-sdk/client-sfn';
import type { AwsClients } from '../aws/clients.ts';
import type { Chain } from '../manifest/chains.ts';
import { jobResourceName, stepTaskGroup } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { stateMachineArn } from '../aws/arn.ts';
import { logGroupConsoleUrl } from '../aws/console.ts';
import { inertLine } from '../util/untrusted.ts';
import { sharedTaskDefinition } from '../taskdef/shared.ts';
import { redactSecrets } from '../util/secrets.ts';
import { resolveCluster } from '../plan/observe.ts';
import { runInputDefaults, type AslDefinition, type RunInput } from '../stepfunctions/asl.ts';
import { LogFollower, type LogLine } from './logs.ts';
import { classify } from './run.ts';

export interface StepRun {
  job: string;
  attempt: number;
  taskArn: string;
  status: 'running' | 'succeeded' | 'failed' | 'failed-to-start';
  exitCode?: number;
  reason?: string;
  logUrl?: string;
}

export interface ChainRunResult {
  chain: string;
  stateMachine: string;
  executionArn: string;
  status: 'succeeded' | 'failed' | 'timed-out' | 'aborted' | 'skipped' | 'started';
  error?: string;
  cause?: string;
  steps: StepRun[];
}

export interface ChainRunOptions {
  wait: boolean;
  timeoutSeconds: number;
  startedBy: string;
  /** Added to (or replacing in) every step's environment for this run. */
  environment?: Record<string, string> | undefined;
  /** The time this run is for (ISO 8601): every step's ECS_BATCH_SCHEDULED_TIME. Default: when it starts. */
  scheduledTime?: string | undefined;
  pollSeconds?: number;
  onLog?: (job: string, line: LogLine) => void;
  onNote?: (note: string) => void;
}

const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

export function chainOf(manifest: ResolvedManifest, job: string): Chain | undefined {
  return manifest.chains.find((c) => c.waves.some((w) => w.includes(job)));
}

/**
 * The run input that gives every step `environment` on top of its own: the deployed definition's defaults (what the
 * steps run with now), each with these names replaced.
 */
async function runInputWith(
  clients: AwsClients,
  arn: string,
  environment: Record<string, string>,
  scheduledTime: string,
): Promise<RunInput> {
  const { definition } = await clients.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
  const defaults = runInputDefaults(JSON.parse(definition ?? '{}') as AslDefinition, scheduledTime);
  if (!defaults)
    throw new Error(
      `the deployed state machine ${arn.split(':').pop()} takes no environment for a run (an older ecs-batch deployed ` +
        'it): deploy this manifest once, or run one step with --only',
    );
  const added = Object.entries(environment).map(([Name, Value]) => ({ Name, Value }));
  const env: RunInput['env'] = {};
  for (const [job, own] of Object.entries(defaults.env))
    env[job] = [...own.filter((e) => !Object.hasOwn(environment, e.Name)), ...added];
  return { scheduledTime, env };
}

export async function runChain(
  clients: AwsClients,
  manifest: ResolvedManifest,
  chain: Chain,
  options: ChainRunOptions,
): Promise<ChainRunResult> {
  const [region, clusterArn] = await Promise.all([clients.region(), resolveCluster(clients, manifest.cluster)]);
  const name = jobResourceName(manifest.prefix, chain.root);
  const arn = stateMachineArn(clusterArn, region, name);
  const startedAt = Date.now();
  const execution = `${options.startedBy.replace(/[^A-Za-z0-9_-]/g, '-')}-${startedAt}`.slice(0, 80);
  const scheduledTime = options.scheduledTime ?? new Date(startedAt).toISOString();
  const input = options.environment
    ? await runInputWith(clients, arn, options.environment, scheduledTime)
    : { scheduledTime };
  const { executionArn, startDate } = await clients.sfn.send(
    new StartExecutionCommand({ stateMachineArn: arn, name: execution, input: JSON.stringify(input) }),
  );
  // Steps are the tasks of the chain's families created since the execution started (on AWS's clock).
  const since = startDate?.getTime() ?? startedAt;
  const result: ChainRunResult = {
    chain: chain.root,
    stateMachine: name,
    executionArn: executionArn!,
    status: 'started',
    steps: [],
  };
  if (!options.wait) return result;

  const jobs = chain.waves.flat();
  // The families the steps run (one per job, or the jobs' shared shapes), and each step's task group.
  const byName = new Map(manifest.jobs.map((j) => [j.name, j]));
  const families = [
    ...new Set(
      jobs.map((job) =>
        manifest.taskDefinitions === 'shared'
          ? sharedTaskDefinition(byName.get(job)!, { prefix: manifest.prefix, region, image: '' }).family
          : jobResourceName(manifest.prefix, job),
      ),
    ),
  ];
  const jobOfGroup = new Map(jobs.map((job) => [stepTaskGroup(manifest.prefix, job), job]));
  const seen = new Map<string, StepRun>();
  const followers = new Map<string, LogFollower>();
  const attempts = new Map<string, number>();
  const poll = options.pollSeconds ?? 5;
  const deadline = startedAt + options.timeoutSeconds * 1000;

  /** Every task of the chain's families started since this run began: new steps, and steps that stopped. */
  const look = async () => {
    const arns: string[] = [];
    for (const family of families) {
      for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
        const out = await clients.ecs.send(new ListTasksCommand({ cluster: clusterArn, family, desiredStatus }));
        arns.push(...(out.taskArns ?? []).filter((a) => seen.get(a)?.status === 'running' || !seen.has(a)));
      }
    }
    for (let i = 0; i < arns.length; i += 100) {
      const out = await clients.ecs.send(
        new DescribeTasksCommand({ cluster: clusterArn, tasks: arns.slice(i, i + 100) }),
      );
      for (const task of (out.tasks ?? []).sort(
        (a, b) => (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0),
      ))
        await track(task);
    }
  };

  const track = async (task: Task) => {
    if (!task.taskArn || (task.createdAt && task.createdAt.getTime() < since)) return;
    // Each step runs in its own task group: that says which job a task is, whichever family it runs.
    const job = task.group ? jobOfGroup.get(task.group) : undefined;
    if (!job) return;
    let step = seen.get(task.taskArn);
    if (!step) {
      const attempt = (attempts.get(job) ?? 0) + 1;
      attempts.set(job, attempt);
      step = { job, attempt, taskArn: task.taskArn, status: 'running' };
      seen.set(task.taskArn, step);
      result.steps.push(step);
      options.onNote?.(`▶ ${job}${attempt > 1 ? ` (attempt ${attempt})` : ''} started`);
      const container = task.containers?.[0];
      const log = container?.name ? await logOf(clients, task, container.name) : undefined;
      if (log) {
        followers.set(task.taskArn, new LogFollower(clients, log.group, log.stream));
        step.logUrl = logGroupConsoleUrl(region, log.group, log.stream);
      }
    }
    const follower = followers.get(task.taskArn);
    if (follower) for (const line of await follower.poll()) options.onLog?.(job, line);
    if (task.lastStatus === 'STOPPED' && step.status === 'running') {
      const c = classify(task, false);
      step.status = c.status === 'succeeded' ? 'succeeded' : c.status === 'failed' ? 'failed' : 'failed-to-start';
      if (c.exitCode !== undefined) step.exitCode = c.exitCode;
      const reason = c.containerReason ?? c.stoppedReason;
      if (reason && step.status !== 'succeeded') step.reason = reason;
      options.onNote?.(
        `${step.status === 'succeeded' ? '✓' : '✗'} ${job}${step.attempt > 1 ? ` (attempt ${step.attempt})` : ''} ` +
          (step.status === 'failed'
            ? `failed with exit code ${step.exitCode}`
            : step.status === 'succeeded'
              ? 'succeeded'
              : 'never started'),
      );
    }
  };

  for (;;) {
    const e = await clients.sfn.send(new DescribeExecutionCommand({ executionArn: executionArn! }));
    await look();
    if (e.status !== 'RUNNING') {
      await look();
      result.status =
        e.status === 'SUCCEEDED'
          ? result.steps.length
            ? 'succeeded'
            : 'skipped'
          : e.status === 'TIMED_OUT'
            ? 'timed-out'
            : e.status === 'ABORTED'
              ? 'aborted'
              : 'failed';
      if (e.error) result.error = e.error;
      if (e.cause) result.cause = e.cause;
      return result;
    }
    if (Date.now() > deadline) {
      options.onNote?.(
        `timed out after ${options.timeoutSeconds}s: stopping the run (its running step is stopped with it)`,
      );
      await clients.sfn.send(
        new StopExecutionCommand({
          executionArn: executionArn!,
          cause: `ecs-batch run: timed out after ${options.timeoutSeconds}s`,
        }),
      );
    }
    await sleep(poll);
  }
}

async function logOf(
  clients: AwsClients,
  task: Task,
  container: string,
): Promise<{ group: string; stream: string } | undefined> {
  const { taskDefinition } = await clients.ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: task.taskDefinitionArn! }),
  );
  const options = taskDefinition?.containerDefinitions?.find((c) => c.name === container)?.logConfiguration?.options;
  if (!options?.['awslogs-group']) return undefined;
  const id = task.taskArn!.slice(task.taskArn!.lastIndexOf('/') + 1);
  const prefix = options['awslogs-stream-prefix'];
  return { group: options['awslogs-group'], stream: `${prefix ? `${prefix}/` : ''}${container}/${id}` };
}

export function renderChainRunText(r: ChainRunResult): string {
  const title = {
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    'timed-out': '⏱️ timed out',
    aborted: '■ stopped',
    skipped: '⏭️ skipped (the previous run is still going)',
    started: '▶️ started (not waited for)',
  }[r.status];
  const lines = [
    `ecs-batch run ${r.chain} (state machine ${r.stateMachine}): ${title}`,
    `execution: ${r.executionArn}`,
  ];
  for (const s of r.steps) {
    const what =
      s.status === 'succeeded'
        ? 'succeeded'
        : s.status === 'failed'
          ? `failed (exit code ${s.exitCode})`
          : s.status === 'running'
            ? 'running'
            : 'never started';
    lines.push(
      `  ${s.job}${s.attempt > 1 ? ` attempt ${s.attempt}` : ''}: ` +
        `${what}${s.reason ? `: ${inertLine(redactSecrets(s.reason))}` : ''}${s.logUrl ? `\n    logs: ${s.logUrl}` : ''}`,
    );
  }
  // What AWS and the containers said stays one line of text, secrets hidden.
  if (r.error)
    lines.push(
      `error: ${inertLine(redactSecrets(r.error))}${r.cause ? `: ${inertLine(redactSecrets(r.cause.slice(0, 300)))}` : ''}`,
    );
  return lines.join('\n');
}
