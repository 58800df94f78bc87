/**
 * The account the tests' manifests run in: the subnets, security groups, roles (each trusting the service that uses
 * it), parameters and secrets they name, so pre-flight finds what a working account has. A test of a defect plants it.
 */
import type { FakeAws } from './index.ts';

export const TEST_VPC = 'vpc-0main';

const TASK_ROLES = ['exec', 'task', 'billing-task', 'task-prod', 'ecsTaskExecutionRole', 'batch-task', 'a', 'x'];
// A role many accounts make once for both: EventBridge rules and Scheduler.
const INVOKE_ROLES = ['invoke', 'invoke-by-hand', 'ecs-batch-invoke'];
const STATE_MACHINE_ROLES = ['sfn', 'ecs-batch-states'];

export function seedTestAccount(fake: FakeAws): void {
  for (const id of ['subnet-0a1b', 'subnet-1', 'subnet-live', 'subnet-0a1b2c3d']) fake.createSubnet(id, TEST_VPC);
  for (const id of ['sg-0c2d', 'sg-1', 'sg-0c2d3e4f']) fake.createSecurityGroup(id, TEST_VPC);
  for (const name of TASK_ROLES) fake.createRole(name, ['ecs-tasks.amazonaws.com']);
  for (const name of INVOKE_ROLES) fake.createRole(name, ['scheduler.amazonaws.com', 'events.amazonaws.com']);
  for (const name of STATE_MACHINE_ROLES) fake.createRole(name, ['states.amazonaws.com']);
  for (const name of ['db-password', 'db', 't', '/production/mail', '/production/db', '/app/db'])
    fake.putParameter(name);
  fake.createSecret('db', 'AbCdEf');
}
