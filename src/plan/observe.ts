/** Reads the live state the planner compares against: every kind's module reads its own (reads only). */
import { DescribeClustersCommand } from '@aws-sdk/client-ecs';
import type { AwsClients } from '../aws/clients.ts';
import { RESOURCE_KINDS } from '../resources/index.ts';
import { READ_CONCURRENCY } from '../resources/kind.ts';
import { OperationError } from '../util/errors.ts';
import type { ObservedState } from './types.ts';

export { READ_CONCURRENCY };

export interface ObserveRequest {
  prefix: string;
  /** Every desired task definition family (`<prefix>-<job>`, or a shared shape's). */
  names: string[];
  logGroups: string[];
  /** Read ACTIVE revisions of the desired families (for keep-revisions). */
  revisionsOfDesired: boolean;
  /** The alert topic, whose policy is read (never written). */
  alertTopic?: string;
  /** The manifest keeps run history (its Logs resource policy is read). */
  history?: boolean;
  /** To find other ecs-batch deployments that run the same jobs on the same cluster (a renamed project). */
  /** Hand-made schedules and rules the jobs take over (`replaces:`). */
  replaces?: { job: string; ref: string; disable?: boolean }[];
  twins?: {
    clusterArn: string;
    jobs: string[];
    /** The manifest's image repository: a twin runs the same one. */
    repository: string;
    /** Prefixes of this manifest's other environments: not twins. */
    siblings: string[];
    /** Each job's command, to recognise a hand-made schedule that runs the same one. */
    commands?: Record<string, string[]>;
  };
}

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
