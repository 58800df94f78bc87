/** Checks shared by EventBridge and Scheduler for targets that run ECS tasks. */
import { list, str } from '../context.ts';
import type { AwsError } from '../errors.ts';
import type { FakeState, Json } from '../state.ts';

/**
 * A target must name a task definition revision that exists, and give subnets when that revision
 * uses awsvpc. (AWS checks some of this only when the schedule fires; refusing at once keeps a
 * pipeline bug from hiding until the next run.)
 */
export function checkEcsTarget(state: FakeState, ecs: Json, fail: (message: string) => AwsError): void {
  const arn = str(ecs.TaskDefinitionArn);
  if (!arn) throw fail('EcsParameters.TaskDefinitionArn is required.');
  const ours = arn.startsWith(`arn:aws:ecs:${state.region}:${state.accountId}:task-definition/`);
  if (!ours) return;
  const revision = /:\d+$/.test(arn)
    ? state.findTaskDefinitionByArn(arn)
    : state.taskDefinitions.get(arn.slice(arn.indexOf('/') + 1))?.find((r) => r.status === 'ACTIVE');
  if (!revision || revision.status === 'DELETE_IN_PROGRESS') throw fail(`The task definition ${arn} does not exist.`);
  if (revision.body.networkMode === 'awsvpc') {
    const vpc = ((ecs.NetworkConfiguration ?? {}) as Json).awsvpcConfiguration as Json | undefined;
    if (!vpc || list(vpc.Subnets).length === 0) throw fail('Subnets are required for a task definition that uses the awsvpc network mode.');
  }
  const count = ecs.TaskCount === undefined ? 1 : Number(ecs.TaskCount);
  if (!Number.isInteger(count) || count < 1 || count > 10) throw fail('TaskCount must be between 1 and 10.');
  if (ecs.LaunchType && ecs.CapacityProviderStrategy) throw fail('LaunchType and CapacityProviderStrategy cannot both be specified.');
  const fargate = ecs.LaunchType === 'FARGATE' || list(ecs.CapacityProviderStrategy).some((p) => /^FARGATE/.test(String(p.capacityProvider)));
  if (fargate && (list(ecs.PlacementConstraints).length || list(ecs.PlacementStrategy).length)) {
    throw fail('Task placement constraints and strategies are not supported for tasks on Fargate.');
  }
}
