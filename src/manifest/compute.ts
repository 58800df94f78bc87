/** Facts about where and how a job runs that follow from its settings (launch type, network mode), for checks and rendering. */
import { TASK_DEFINITION_FIELDS } from '../aws/limits.ts';
import type { NetworkMode, ResolvedJob } from './types.ts';

/** True when the job runs on Fargate (directly or through a Fargate capacity provider). */
export function isFargate(job: ResolvedJob): boolean {
  return (
    job.launchType === 'FARGATE' ||
    (job.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider))
  );
}

const NETWORK_MODES: readonly string[] = ['bridge', 'host', 'awsvpc', 'none'];

/**
 * The task's network mode: the manifest's `networkMode`; else awsvpc on Fargate or with `network`;
 * else the base task definition's; else bridge (ECS's default on EC2).
 */
export function networkModeOf(job: ResolvedJob): NetworkMode {
  if (job.networkMode) return job.networkMode;
  if (isFargate(job) || job.network !== undefined) return 'awsvpc';
  const base = job.baseTaskDefinition?.networkMode;
  return typeof base === 'string' && NETWORK_MODES.includes(base) ? (base as NetworkMode) : 'bridge';
}

export function usesAwsvpc(job: ResolvedJob): boolean {
  return networkModeOf(job) === 'awsvpc';
}

/** The base file's keys that RegisterTaskDefinition does not take (pasted from DescribeTaskDefinition, or run-time settings). */
export function foreignTaskDefinitionKeys(base: Record<string, unknown>): string[] {
  return Object.keys(base).filter((k) => !TASK_DEFINITION_FIELDS.has(k));
}
