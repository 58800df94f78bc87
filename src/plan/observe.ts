/** Reads the live state the planner compares against: every kind's module reads its own (reads only). */
import { DescribeClustersCommand } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import { RESOURCE_KINDS } from '../resources/index.ts';
import { READ_CONCURRENCY } from '../resources/kind.ts';
import { OperationError } from '../util/errors.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import type { DesiredState } from '../model/desired.ts';
import type { ObserveRequest, ObservedState } from '../model/observed.ts';

export type { ObserveRequest } from '../model/observed.ts';

export { READ_CONCURRENCY };

/** The cluster's ARN; a clear error (before any write) when it does not exist. */
export async function resolveCluster(clients: AwsClients, cluster: string): Promise<string> {
  const out = await clients.ecs.send(new DescribeClustersCommand({ clusters: [cluster] }));
  const found = out.clusters?.find((c) => c.status === 'ACTIVE' || c.status === undefined);
  if (!found?.clusterArn) {
    const region = await clients.region();
    throw new OperationError(
      `ECS cluster '${cluster}' does not exist in ${region}`,
      'create it, or fix `cluster` in the manifest (or the environment overlay)',
    );
  }
  return found.clusterArn;
}

/** What to read for a desired state: its families and log groups, and what its manifest points at. */
export function observeRequest(
  manifest: ResolvedManifest,
  desired: DesiredState,
  options: { keepRevisions?: number | undefined; earlierRevisions?: number | undefined },
): ObserveRequest {
  return {
    prefix: manifest.prefix,
    names: desired.taskDefinitions.map((t) => t.family),
    logGroups: desired.logGroups.map((g) => g.name),
    revisionsOfDesired: options.keepRevisions !== undefined,
    ...(options.earlierRevisions ? { earlierRevisions: options.earlierRevisions } : {}),
    ...(desired.operations.alertTopic ? { alertTopic: desired.operations.alertTopic } : {}),
    history: Boolean(manifest.history),
    replaces: manifest.jobs.flatMap((j) =>
      j.replaces.map((ref) => ({ job: j.name, ref, ...(manifest.takeOver === 'disable' ? { disable: true } : {}) })),
    ),
    twins: {
      clusterArn: desired.clusterArn,
      jobs: manifest.jobs.map((j) => j.name),
      repository: manifest.image.repository,
      siblings: manifest.siblingPrefixes,
      commands: Object.fromEntries(manifest.jobs.filter((j) => j.command?.length).map((j) => [j.name, j.command!])),
    },
  };
}

export async function observe(clients: AwsClients, req: ObserveRequest): Promise<ObservedState> {
  // Every kind is read whatever the manifest uses: after a switch of backend, what the other one
  // still holds is this manifest's to prune (or it would keep running the jobs twice).
  const parts = await Promise.all(RESOURCE_KINDS.map((kind) => kind.observe?.(clients, req) ?? Promise.resolve({})));
  const empty: ObservedState = {
    taskDefinitions: {},
    ownedFamilies: [],
    activeRevisions: {},
    schedules: {},
    rules: {},
    logGroups: {},
  };
  return Object.assign(empty, ...parts) as ObservedState;
}
