/**
 * `ecs-batch rollback`: every job back on an earlier image. The image is the one `--steps` deploys back (default the
 * one before the current), read from the task definition revisions the first job has kept, or the one `--to` names.
 * With per-job task definitions each schedule is pointed at the earlier revision that ran that image, and nothing is
 * registered (RegisterTaskDefinition's 1 a second never slows it); a job with no such revision (new since, or changed
 * in a way the old revisions do not hold) refuses the rollback before any write. With shared task definitions
 * (schedules run a shape's latest revision) it is one registration per shape, and the image is named with `--to`.
 */
import { DescribeTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import { activeRevisions } from '../resources/task-definitions.ts';
import { jobResourceName } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { OperationError } from '../util/errors.ts';
import type { Plan } from '../plan/types.ts';

/** Earlier revisions a rollback reads per job, newest first (keep-revisions must keep at least this many to roll back). */
export const ROLLBACK_REVISIONS_READ = 10;

/** The image `steps` deploys back, from the first job's revisions (newest first): undefined when none is that old. */
export async function previousImage(
  clients: AwsClients,
  manifest: ResolvedManifest,
  steps: number,
): Promise<string | undefined> {
  const job = manifest.jobs[0]!;
  const family = jobResourceName(manifest.prefix, job.name);
  const arns = await activeRevisions(clients, family);
  const images: string[] = [];
  for (const arn of arns.slice(0, ROLLBACK_REVISIONS_READ + 1)) {
    const td = (await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: arn }))).taskDefinition;
    const container =
      td?.containerDefinitions?.find((c) => c.name === job.containerName) ?? td?.containerDefinitions?.[0];
    const image = container?.image;
    if (image && /@sha256:[0-9a-f]{64}$/.test(image) && images.at(-1) !== image) images.push(image);
    if (images.length > steps) return images[steps];
  }
  return undefined;
}

/** Refuses (before any write) a per-job rollback that would register: a job the earlier revisions cannot run. */
export function refuseRegistrations(manifest: ResolvedManifest, plan: Plan): void {
  if (manifest.taskDefinitions === 'shared') return;
  const registering = plan.jobs.filter((j) => j.registersNewRevision).map((j) => j.job);
  if (registering.length)
    throw new OperationError(
      `rollback refused: ${registering.join(', ')} ha${registering.length === 1 ? 's' : 've'} no earlier revision ` +
        'with that image and the manifest as it is now (a job added since, or settings changed since)',
      'deploy that image instead (`ecs-batch deploy --image ...`), which registers what the manifest says',
    );
}

/** What a rollback releases, and where its image came from. */
export type RollbackTarget =
  | { image: string; from: 'given' | 'deployments' | 'revisions'; earlierRevisions?: number }
  | { missing: 'shared-needs-image' | 'no-earlier-image' };

/**
 * The image a rollback goes back to: the one given; else (per-job task definitions only) the one `recorded` finds
 * (the action's GitHub deployments), else the one the earlier revisions pin. Per-job, it points at earlier revisions.
 */
export async function rollbackTarget(
  clients: AwsClients,
  manifest: ResolvedManifest | undefined,
  options: {
    given?: string | undefined;
    steps: number;
    recorded?: (current: string | undefined) => Promise<string | undefined>;
  },
): Promise<RollbackTarget> {
  // Shared task definitions: schedules run a shape's latest revision, so going back is one registration per shape.
  const perJob = manifest !== undefined && manifest.taskDefinitions !== 'shared';
  const reuse = perJob ? { earlierRevisions: ROLLBACK_REVISIONS_READ } : {};
  if (options.given) return { image: options.given, from: 'given', ...reuse };
  if (!manifest) return { missing: 'no-earlier-image' };
  if (!perJob) return { missing: 'shared-needs-image' };
  const recorded = options.recorded && (await options.recorded(await previousImage(clients, manifest, 0)));
  if (recorded) return { image: recorded, from: 'deployments', ...reuse };
  const image = await previousImage(clients, manifest, options.steps);
  return image ? { image, from: 'revisions', ...reuse } : { missing: 'no-earlier-image' };
}
