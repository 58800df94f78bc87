/**
 * `taskDefinitions: shared`: jobs with the same shape share one task definition family, and what
 * makes each job itself (its command and environment) rides in its schedule as RunTask overrides.
 * A new image is then one registration per shape, whatever the number of jobs. Pure.
 */
import type { RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { shortHash } from '../util/hash.ts';
import { siblingArn } from '../aws/arn.ts';
import { JOB_TAG } from '../manifest/names.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import { canonical } from '../util/diff.ts';
import { renderTaskDefinition, type RenderContext } from './render.ts';

/** RunTask's TaskOverride for one job (the ECS API's camelCase spelling). */
export interface JobOverrides {
  containerOverrides: { name: string; command?: string[]; environment?: { name: string; value: string }[] }[];
}

/** What the job adds to its shape at run time: its command and environment. */
export function jobOverrides(job: ResolvedJob): JobOverrides {
  const environment = Object.entries(job.environment)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ({ name, value }));
  return {
    containerOverrides: [
      {
        name: job.containerName,
        ...(job.command ? { command: job.command } : {}),
        ...(environment.length ? { environment } : {}),
      },
    ],
  };
}

/**
 * The job's shape: its task definition without its command and environment (those become
 * overrides), without the job tag, and logging under one stream prefix (the manifest prefix unless
 * `logs.streamPrefix` says otherwise), in a family named after the shape: `<prefix>-shared-<cpu>-<memory>-<hash>`.
 * The image is not part of the name, so the family stays the same when the image rolls.
 */
export function sharedTaskDefinition(
  job: ResolvedJob,
  ctx: RenderContext,
): { family: string; input: RegisterTaskDefinitionCommandInput } {
  const shape: ResolvedJob = {
    ...job,
    environment: {},
    ...(job.logs ? { logs: { ...job.logs, streamPrefix: job.logs.streamPrefix ?? ctx.prefix } } : {}),
  };
  delete shape.command;
  const rendered = renderTaskDefinition(shape, ctx);
  const tags = (rendered.tags ?? []).filter((t) => t.key !== JOB_TAG);
  const key = canonical({
    ...rendered,
    family: undefined,
    tags,
    containerDefinitions: rendered.containerDefinitions?.map((c) => ({
      ...c,
      image: c.name === job.containerName ? undefined : c.image,
    })),
  });
  const hash = shortHash(JSON.stringify(key), 8);
  const family = `${ctx.prefix}-shared-${rendered.cpu ?? 'x'}-${rendered.memory ?? 'x'}-${hash}`;
  return { family, input: { ...rendered, family, tags } };
}

/** A family name sharedTaskDefinition gives (its shape's), as opposed to a job's own. */
export function isSharedFamily(prefix: string, family: string): boolean {
  return (
    family.startsWith(`${prefix}-shared-`) && /-(?:\d+|x)-(?:\d+|x)-[0-9a-f]{8}$/.test(family.slice(prefix.length))
  );
}

/** A family's ARN without a revision: RunTask then starts its latest ACTIVE revision. */
export function familyArn(clusterArn: string, region: string, family: string): string {
  return siblingArn(clusterArn, 'ecs', region, `task-definition/${family}`);
}
