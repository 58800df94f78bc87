import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  CreateClusterCommand,
  DeleteTaskDefinitionsCommand,
  DeregisterTaskDefinitionCommand,
  DescribeClustersCommand,
  DescribeTaskDefinitionCommand,
  DescribeTasksCommand,
  ListTagsForResourceCommand,
  ListTaskDefinitionFamiliesCommand,
  ListTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
  StopTaskCommand,
  TagResourceCommand,
  UntagResourceCommand,
  paginateListTaskDefinitionFamilies,
  paginateListTaskDefinitions,
  type Task,
} from '@aws-sdk/client-ecs';
import { CreateLogGroupCommand, GetLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { fakeAws, fargateTaskDefinition, rejection, sleep, type FakeSetup } from '../helpers/aws.ts';

let aws: FakeSetup;
const network = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

beforeAll(async () => {
  aws = await fakeAws({ taskTiming: { provisionMs: 30, runMs: 150, stopMs: 20 } });
  await aws.clients.ecs.send(new CreateClusterCommand({ clusterName: 'batch' }));
  await aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/test' }));
});
afterAll(() => aws.stop());
beforeEach(() => {
  aws.fake.tasks.outcome = undefined;
  aws.fake.tasks.runTaskFailure = undefined;
});

async function waitStatus(taskArn: string, status: string): Promise<Task> {
  for (let i = 0; i < 100; i++) {
    const { tasks } = await aws.clients.ecs.send(new DescribeTasksCommand({ cluster: 'batch', tasks: [taskArn] }));
    if (tasks?.[0]?.lastStatus === status) return tasks[0];
    await sleep(20);
  }
  throw new Error(`task did not reach ${status}`);
}

const waitStopped = (taskArn: string) => waitStatus(taskArn, 'STOPPED');

describe('clusters', () => {
  it('describes existing clusters and reports missing ones as failures', async () => {
    const out = await aws.clients.ecs.send(new DescribeClustersCommand({ clusters: ['batch', 'nope'] }));
    expect(out.clusters?.map((c) => c.clusterName)).toEqual(['batch']);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:us-east-1:123456789012:cluster/nope', reason: 'MISSING' }]);
  });
});

describe('task definitions', () => {
  it('registers revisions per family and returns what AWS adds', async () => {
    const first = await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand({ ...fargateTaskDefinition('td-a'), tags: [{ key: 'k', value: 'v' }] }),
    );
    const second = await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('td-a')));
    expect([first.taskDefinition?.revision, second.taskDefinition?.revision]).toEqual([1, 2]);
    const described = await aws.clients.ecs.send(
      new DescribeTaskDefinitionCommand({ taskDefinition: 'td-a:1', include: ['TAGS'] }),
    );
    expect(described.tags).toEqual([{ key: 'k', value: 'v' }]);
    const td = described.taskDefinition!;
    expect(td).toMatchObject({
      status: 'ACTIVE',
      compatibilities: ['EC2', 'FARGATE'],
      cpu: '256',
      memory: '512',
      registeredBy: expect.any(String),
    });
    expect(td.registeredAt).toBeInstanceOf(Date);
    expect(td.containerDefinitions![0]).toMatchObject({
      cpu: 0,
      essential: true,
      portMappings: [],
      environment: [],
      mountPoints: [],
      volumesFrom: [],
    });
    // A bare family means its latest ACTIVE revision.
    expect(
      (await aws.clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'td-a' }))).taskDefinition
        ?.revision,
    ).toBe(2);
  });

  it.each([
    [{ family: 'bad.name' }, /Family contains invalid characters/],
    [{ cpu: '256', memory: '4096' }, /No Fargate configuration exists for given values: 256 CPU, 4096 memory/],
    [{ networkMode: 'bridge' }, /Fargate only supports network mode/],
    [{ containerDefinitions: [] }, /Container list cannot be empty/],
    [{ containerDefinitions: [{ name: 'x' }] }, /Container.image should not be null/],
    [
      { containerDefinitions: [{ name: 'x', image: 'i', logConfiguration: { logDriver: 'awslogs', options: {} } }] },
      /awslogs requires options/,
    ],
  ])('refuses what AWS refuses: %j', async (change, message) => {
    const e = await rejection(
      aws.clients.ecs.send(
        new RegisterTaskDefinitionCommand({ ...fargateTaskDefinition('td-bad'), ...(change as object) }),
      ),
    );
    expect(e.name).toBe('ClientException');
    expect(e.message).toMatch(message);
  });

  it('lists revisions of one family (familyPrefix is the full family name) across pages', async () => {
    for (let i = 0; i < 7; i++)
      await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('td-list')));
    await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('td-list-other')));
    aws.fake.calls.reset();
    const arns: string[] = [];
    for await (const page of paginateListTaskDefinitions(
      { client: aws.clients.ecs },
      { familyPrefix: 'td-list', sort: 'DESC' },
    ))
      arns.push(...(page.taskDefinitionArns ?? []));
    expect(arns).toHaveLength(7);
    expect(arns[0]).toMatch(/td-list:7$/);
    expect(aws.fake.calls.count('ListTaskDefinitions')).toBe(2);
  });

  it('lists families by prefix, ACTIVE only by default', async () => {
    const families: string[] = [];
    for await (const page of paginateListTaskDefinitionFamilies(
      { client: aws.clients.ecs },
      { familyPrefix: 'td-list' },
    ))
      families.push(...(page.families ?? []));
    expect(families).toEqual(['td-list', 'td-list-other']);
  });

  it('deregisters (INACTIVE) and deletes only inactive revisions', async () => {
    await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('td-del')));
    const active = await aws.clients.ecs.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: ['td-del:1'] }));
    expect(active.failures?.[0]?.reason).toMatch(/still in ACTIVE status/);
    await expect(
      rejection(aws.clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'td-del' }))),
    ).resolves.toMatchObject({ name: 'ClientException' });
    const out = await aws.clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'td-del:1' }));
    expect(out.taskDefinition).toMatchObject({ status: 'INACTIVE', deregisteredAt: expect.any(Date) });
    const families = await aws.clients.ecs.send(new ListTaskDefinitionFamiliesCommand({ familyPrefix: 'td-del' }));
    expect(families.families).toEqual([]);
    const deleted = await aws.clients.ecs.send(new DeleteTaskDefinitionsCommand({ taskDefinitions: ['td-del:1'] }));
    expect(deleted.taskDefinitions?.[0]?.status).toBe('DELETE_IN_PROGRESS');
    const e = await rejection(aws.clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'td-del:1' })));
    expect(e.message).toMatch(/Unable to describe task definition/);
  });

  it('tags, untags and lists tags of a task definition', async () => {
    const { taskDefinition } = await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand(fargateTaskDefinition('td-tags')),
    );
    const resourceArn = taskDefinition!.taskDefinitionArn!;
    await aws.clients.ecs.send(
      new TagResourceCommand({
        resourceArn,
        tags: [
          { key: 'a', value: '1' },
          { key: 'b', value: '2' },
        ],
      }),
    );
    await aws.clients.ecs.send(new UntagResourceCommand({ resourceArn, tagKeys: ['a'] }));
    expect((await aws.clients.ecs.send(new ListTagsForResourceCommand({ resourceArn }))).tags).toEqual([
      { key: 'b', value: '2' },
    ]);
  });
});

describe('tasks', () => {
  beforeAll(async () => {
    await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('job')));
    await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand(
        fargateTaskDefinition('job-nolog', {
          containerDefinitions: [
            {
              ...fargateTaskDefinition('x').containerDefinitions[0],
              logConfiguration: {
                logDriver: 'awslogs',
                options: { 'awslogs-group': '/missing', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'p' },
              },
            },
          ],
        }),
      ),
    );
  });

  it('runs PROVISIONING -> RUNNING -> STOPPED, with exit code and log lines in its awslogs stream', async () => {
    aws.fake.tasks.outcome = () => ({ exitCode: 0, logLines: ['one', 'two', 'three'] });
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'job',
        launchType: 'FARGATE',
        networkConfiguration: network,
        startedBy: 'test',
      }),
    );
    const task = run.tasks![0]!;
    expect(task.lastStatus).toBe('PROVISIONING');
    const stopped = await waitStopped(task.taskArn!);
    expect(stopped).toMatchObject({
      stopCode: 'EssentialContainerExited',
      desiredStatus: 'STOPPED',
      startedBy: 'test',
    });
    expect(stopped.containers?.[0]?.exitCode).toBe(0);
    const id = task.taskArn!.split('/').pop();
    const logs = await aws.clients.logs.send(
      new GetLogEventsCommand({ logGroupName: '/test', logStreamName: `job/main/${id}`, startFromHead: true }),
    );
    expect(logs.events?.map((e) => e.message)).toEqual(['one', 'two', 'three']);
  });

  it('applies command and environment overrides; the default outcome reads FAKE_EXIT_CODE', async () => {
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'job',
        launchType: 'FARGATE',
        networkConfiguration: network,
        overrides: {
          containerOverrides: [
            { name: 'main', command: ['php', 'x'], environment: [{ name: 'FAKE_EXIT_CODE', value: '3' }] },
          ],
        },
      }),
    );
    const stopped = await waitStopped(run.tasks![0]!.taskArn!);
    expect(stopped.containers?.[0]?.exitCode).toBe(3);
    expect(stopped.overrides?.containerOverrides?.[0]?.command).toEqual(['php', 'x']);
    const id = stopped.taskArn!.split('/').pop();
    const logs = await aws.clients.logs.send(
      new GetLogEventsCommand({ logGroupName: '/test', logStreamName: `job/main/${id}`, startFromHead: true }),
    );
    expect(logs.events?.[0]?.message).toBe('starting: php x');
  });

  it('fails to start when the awslogs group is missing, as ECS does', async () => {
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'job-nolog',
        launchType: 'FARGATE',
        networkConfiguration: network,
      }),
    );
    const stopped = await waitStopped(run.tasks![0]!.taskArn!);
    expect(stopped.stopCode).toBe('TaskFailedToStart');
    expect(stopped.stoppedReason).toMatch(
      /ResourceInitializationError.*ResourceNotFoundException: The specified log group does not exist/,
    );
    expect(stopped.containers?.[0]?.exitCode).toBeUndefined();
  });

  it('fails to start when an ECR image of this account does not exist (CannotPullContainerError)', async () => {
    await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand(
        fargateTaskDefinition('job-noimage', {
          containerDefinitions: [
            {
              ...fargateTaskDefinition('job-noimage').containerDefinitions[0],
              image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:${'0'.repeat(64)}`,
            },
          ],
        }),
      ),
    );
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'job-noimage',
        launchType: 'FARGATE',
        networkConfiguration: network,
      }),
    );
    const stopped = await waitStopped(run.tasks![0]!.taskArn!);
    expect(stopped.stopCode).toBe('TaskFailedToStart');
    expect(stopped.stoppedReason).toMatch(/^CannotPullContainerError/);
  });

  it('StopTask stops a running task (UserInitiated, exit 137)', async () => {
    // Held: it runs until stopped, however slow the machine is.
    aws.fake.tasks.outcome = () => ({ exitCode: 0, held: true, logLines: [] });
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'job',
        launchType: 'FARGATE',
        networkConfiguration: network,
        startedBy: 'stopper',
      }),
    );
    const arn = run.tasks![0]!.taskArn!;
    await waitStatus(arn, 'RUNNING');
    const listed = await aws.clients.ecs.send(new ListTasksCommand({ cluster: 'batch', startedBy: 'stopper' }));
    expect(listed.taskArns).toEqual([arn]);
    await aws.clients.ecs.send(new StopTaskCommand({ cluster: 'batch', task: arn, reason: 'timeout' }));
    const stopped = await waitStopped(arn);
    expect(stopped).toMatchObject({ stopCode: 'UserInitiated', stoppedReason: 'timeout' });
    expect(stopped.containers?.[0]?.exitCode).toBe(137);
    const after = await aws.clients.ecs.send(
      new ListTasksCommand({ cluster: 'batch', startedBy: 'stopper', desiredStatus: 'STOPPED' }),
    );
    expect(after.taskArns).toEqual([arn]);
  });

  it('reports capacity problems in failures[], as ECS does', async () => {
    aws.fake.tasks.runTaskFailure = () => ({
      reason: 'Capacity is unavailable at this time. Please try again later or in a different availability zone',
    });
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'job',
        launchType: 'FARGATE',
        networkConfiguration: network,
      }),
    );
    expect(run.tasks).toEqual([]);
    expect(run.failures?.[0]?.reason).toMatch(/Capacity is unavailable/);
  });

  it.each([
    [{ cluster: 'nope' }, 'ClusterNotFoundException', /Cluster not found/],
    [{ networkConfiguration: undefined }, 'InvalidParameterException', /Network Configuration must be provided/],
    [{ taskDefinition: 'no-such-family' }, 'ClientException', /TaskDefinition not found/],
    [
      { capacityProviderStrategy: [{ capacityProvider: 'FARGATE' }] },
      'InvalidParameterException',
      /both a launch type and capacity provider/,
    ],
    [
      { overrides: { containerOverrides: [{ name: 'other' }] } },
      'InvalidParameterException',
      /not a container in the TaskDefinition/,
    ],
  ])('RunTask refuses %j', async (change, name, message) => {
    const e = await rejection(
      aws.clients.ecs.send(
        new RunTaskCommand({
          cluster: 'batch',
          taskDefinition: 'job',
          launchType: 'FARGATE',
          networkConfiguration: network,
          ...(change as object),
        }),
      ),
    );
    expect(e.name).toBe(name);
    expect(e.message).toMatch(message);
  });

  it('refuses to run an INACTIVE revision', async () => {
    await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('job-old')));
    await aws.clients.ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: 'job-old:1' }));
    const e = await rejection(
      aws.clients.ecs.send(
        new RunTaskCommand({
          cluster: 'batch',
          taskDefinition: 'job-old:1',
          launchType: 'FARGATE',
          networkConfiguration: network,
        }),
      ),
    );
    expect(e.message).toMatch(/inactive/);
  });
});
