/**
 * Run history for status tests and the bench: "ECS Task State Change" events for stopped tasks, put on the emulator's
 * bus at the times they happened, so the history rule writes them to the history log group as it would on AWS.
 */
import type { FakeAws } from '../fake-aws/index.ts';

export interface SeededJob {
  name: string;
  /** One run every this many ms, the newest at `newest`. */
  everyMs: number;
  newest: number;
  /** The exit code of the run at this index, newest first (default 0). */
  exitCodes?: Record<number, number>;
}

export interface SeededRun {
  stoppedAt: string;
  exitCode: number;
}

const MINUTE = 60_000;

/**
 * Publishes every run from `from` to each job's newest, oldest first; returns each job's newest runs
 * (as many as `keep`), newest first: what a correct status shows.
 */
export function seedHistory(
  fake: FakeAws,
  options: { prefix: string; clusterArn: string; jobs: readonly SeededJob[]; from: number; keep: number },
): { expected: Map<string, SeededRun[]>; events: number } {
  const { prefix, clusterArn } = options;
  const owner = /^(arn:aws:ecs:[^:]+:\d{12}):/.exec(clusterArn)![1]!;
  const runs: { job: SeededJob; at: number; index: number }[] = [];
  for (const job of options.jobs)
    for (let at = job.newest, index = 0; at >= options.from; at -= job.everyMs, index++) runs.push({ job, at, index });
  runs.sort((a, b) => a.at - b.at);
  const expected = new Map<string, SeededRun[]>();
  let n = 0;
  for (const { job, at, index } of runs) {
    const exitCode = job.exitCodes?.[index] ?? 0;
    const taskArn = `${owner}:task/batch/${prefix}${job.name}${index}`.replace(/-/g, '');
    const iso = (t: number) => new Date(t).toISOString();
    fake.publishEvent(
      {
        version: '0',
        id: `seed-${n++}`,
        'detail-type': 'ECS Task State Change',
        source: 'aws.ecs',
        time: iso(at),
        resources: [taskArn],
        detail: {
          clusterArn,
          taskArn,
          taskDefinitionArn: `${owner}:task-definition/${prefix}-${job.name}:1`,
          group: `ecs-batch:${prefix}:${job.name}`,
          lastStatus: 'STOPPED',
          desiredStatus: 'STOPPED',
          launchType: 'FARGATE',
          startedBy: 'chronos',
          createdAt: iso(at - 2 * MINUTE),
          startedAt: iso(at - MINUTE),
          stoppedAt: iso(at),
          stopCode: 'EssentialContainerExited',
          stoppedReason: 'Essential container in task exited',
          containers: [{ name: 'main', lastStatus: 'STOPPED', exitCode, taskArn }],
        },
      },
      at,
    );
    if (index < options.keep) {
      const list = expected.get(job.name) ?? [];
      list[index] = { stoppedAt: iso(at), exitCode };
      expected.set(job.name, list);
    }
  }
  return { expected, events: n };
}
