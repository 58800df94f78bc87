/** Renders one task definition per job from the resolved manifest. Pure: no AWS calls. */
import type { ContainerDefinition, RegisterTaskDefinitionCommandInput, Tag } from '@aws-sdk/client-ecs';
import { JOB_TAG, OWNER_TAG, jobResourceName } from '../manifest/names.ts';
import { TASK_DEFINITION_FIELDS } from '../aws/limits.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import { foreignTaskDefinitionKeys, isFargate, networkModeOf, usesAwsvpc } from '../manifest/compute.ts';

export { foreignTaskDefinitionKeys, isFargate, networkModeOf, usesAwsvpc };

export interface RenderContext {
  prefix: string;
  region: string;
  /** The image pinned by digest (repo@sha256:...). */
  image: string;
}

function byName<T extends { name?: string | undefined }>(items: T[]): T[] {
  return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}

/** The task definition tags: ownership first, then the job's own. */
export function taskDefinitionTags(job: ResolvedJob, prefix: string): Tag[] {
  const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
  return [
    { key: OWNER_TAG, value: prefix },
    { key: JOB_TAG, value: job.name },
    ...own.sort((a, b) => a.key.localeCompare(b.key)),
  ];
}

export function renderTaskDefinition(job: ResolvedJob, ctx: RenderContext): RegisterTaskDefinitionCommandInput {
  // Keys RegisterTaskDefinition does not take are dropped (validation says so, with the line).
  const base = Object.fromEntries(
    Object.entries(job.baseTaskDefinition ?? {}).filter(([k]) => TASK_DEFINITION_FIELDS.has(k)),
  ) as Partial<RegisterTaskDefinitionCommandInput>;
  const baseContainers = (base.containerDefinitions ?? []) as ContainerDefinition[];
  const baseMain = baseContainers.find((c) => c.name === job.containerName) ?? {};
  const main: ContainerDefinition = {
    ...baseMain,
    name: job.containerName,
    image: ctx.image,
    essential: true,
    ...(job.command ? { command: job.command } : {}),
    environment: byName([
      ...(baseMain.environment ?? []).filter((e) => !(String(e.name) in job.environment)),
      ...Object.entries(job.environment).map(([name, value]) => ({ name, value })),
    ]),
    secrets: byName([
      ...(baseMain.secrets ?? []).filter((s) => !(String(s.name) in job.secrets)),
      ...Object.entries(job.secrets).map(([name, valueFrom]) => ({ name, valueFrom })),
    ]),
    ...(job.logs
      ? {
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': job.logs.group,
              'awslogs-region': ctx.region,
              'awslogs-stream-prefix': job.logs.streamPrefix ?? job.name,
            },
          },
        }
      : {}),
  };
  const containers = [main, ...baseContainers.filter((c) => c.name !== job.containerName)];
  const compatibility = job.launchType ?? (isFargate(job) ? 'FARGATE' : 'EC2');
  return {
    ...base,
    family: jobResourceName(ctx.prefix, job.name),
    ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
    ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
    networkMode: networkModeOf(job),
    requiresCompatibilities: [compatibility],
    ...(job.cpu !== undefined ? { cpu: String(job.cpu) } : {}),
    ...(job.memory !== undefined ? { memory: String(job.memory) } : {}),
    ...(job.architecture
      ? { runtimePlatform: { cpuArchitecture: job.architecture, operatingSystemFamily: 'LINUX' } }
      : {}),
    ...(job.ephemeralStorageGiB !== undefined ? { ephemeralStorage: { sizeInGiB: job.ephemeralStorageGiB } } : {}),
    containerDefinitions: containers,
    tags: taskDefinitionTags(job, ctx.prefix),
  };
}
