/** Checks shared by EventBridge and Scheduler for targets that run ECS tasks. */
import { camelKeys } from '../../../src/util/case.ts';
import { TARGET_INPUT_MAX } from '../../../src/aws/limits.ts';
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
    if (!vpc || list(vpc.Subnets).length === 0)
      throw fail('Subnets are required for a task definition that uses the awsvpc network mode.');
  }
  const count = ecs.TaskCount === undefined ? 1 : Number(ecs.TaskCount);
  if (!Number.isInteger(count) || count < 1 || count > 10) throw fail('TaskCount must be between 1 and 10.');
  if (ecs.LaunchType && ecs.CapacityProviderStrategy)
    throw fail('LaunchType and CapacityProviderStrategy cannot both be specified.');
  const fargate =
    ecs.LaunchType === 'FARGATE' ||
    list(ecs.CapacityProviderStrategy).some((p) => /^FARGATE/.test(String(p.capacityProvider)));
  if (fargate && (list(ecs.PlacementConstraints).length || list(ecs.PlacementStrategy).length)) {
    throw fail('Task placement constraints and strategies are not supported for tasks on Fargate.');
  }
}

/** Scheduler's universal target that calls ECS RunTask with its Input as the request. */
export const UNIVERSAL_RUN_TASK = 'arn:aws:scheduler:::aws-sdk:ecs:runTask';

/**
 * A universal target: its Input is the API request in the API model's PascalCase (camelCase keys
 * are refused as AWS does, "missing field"). Only ECS RunTask is emulated; for it, the same checks
 * as a templated ECS target.
 */
export function checkUniversalTarget(state: FakeState, target: Json, fail: (message: string) => AwsError): void {
  const arn = String(target.Arn);
  if (arn !== UNIVERSAL_RUN_TASK)
    throw fail(`The emulator runs only the universal target ${UNIVERSAL_RUN_TASK}, not ${arn}.`);
  const text = str(target.Input);
  if (!text) throw fail('Input is required for a universal target.');
  if (text.length > TARGET_INPUT_MAX)
    throw fail(
      `Value at 'target.input' failed to satisfy constraint: Member must have length less than or equal to ${TARGET_INPUT_MAX}`,
    );
  let request: Json;
  try {
    request = JSON.parse(text) as Json;
  } catch {
    throw fail('Input must be well-formed JSON for a universal target.');
  }
  for (const field of ['Cluster', 'TaskDefinition'])
    if (!str(request[field])) throw fail(`Invalid request provided: missing field ${field}`);
  checkEcsTarget(
    state,
    {
      ...request,
      TaskDefinitionArn: request.TaskDefinition,
      TaskCount: request.Count,
      NetworkConfiguration: networkOf(request.NetworkConfiguration),
    },
    fail,
  );
}

/** RunTask's spelling of the network block (awsvpcConfiguration, subnets...) from a PascalCase one. */
function networkOf(value: unknown): Json | undefined {
  const vpc = (value as Json | undefined)?.AwsvpcConfiguration as Json | undefined;
  return vpc
    ? {
        awsvpcConfiguration: {
          Subnets: vpc.Subnets,
          SecurityGroups: vpc.SecurityGroups,
          AssignPublicIp: vpc.AssignPublicIp,
        },
      }
    : undefined;
}

/**
 * The RunTask request a rule or schedule target makes when it fires, as AWS documents it: a
 * templated ECS target's EcsParameters (a rule's Input read as the task's overrides), or a
 * universal target's Input. Undefined for a target that is not an ECS task.
 */
export function runTaskRequestOf(target: Json, from: 'rule' | 'schedule'): Json | undefined {
  if (target.Arn === UNIVERSAL_RUN_TASK) return camelKeys(JSON.parse(String(target.Input))) as Json;
  const ecs = target.EcsParameters as Json | undefined;
  if (!ecs) return undefined;
  const vpc = (ecs.NetworkConfiguration as Json | undefined)?.awsvpcConfiguration as Json | undefined;
  const input = str(target.Input);
  return {
    cluster: target.Arn,
    taskDefinition: ecs.TaskDefinitionArn,
    count: ecs.TaskCount ?? 1,
    ...(ecs.LaunchType ? { launchType: ecs.LaunchType } : {}),
    ...(ecs.CapacityProviderStrategy ? { capacityProviderStrategy: ecs.CapacityProviderStrategy } : {}),
    ...(vpc
      ? {
          networkConfiguration: {
            awsvpcConfiguration: {
              subnets: vpc.Subnets,
              securityGroups: vpc.SecurityGroups,
              assignPublicIp: vpc.AssignPublicIp,
            },
          },
        }
      : {}),
    ...(ecs.PlacementConstraints ? { placementConstraints: ecs.PlacementConstraints } : {}),
    ...(ecs.PlacementStrategy ? { placementStrategy: ecs.PlacementStrategy } : {}),
    ...(ecs.Group ? { group: ecs.Group } : {}),
    ...(ecs.PropagateTags ? { propagateTags: ecs.PropagateTags } : {}),
    // EventBridge documents an ECS target's Input as the task's overrides; Scheduler's templated target has no such field.
    ...(from === 'rule' && input ? { overrides: JSON.parse(input) as Json } : {}),
  };
}
