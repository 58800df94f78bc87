import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CreateLogGroupCommand,
  CreateLogStreamCommand,
  DescribeLogGroupsCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
  PutLogEventsCommand,
  PutRetentionPolicyCommand,
  paginateDescribeLogGroups,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  BatchGetImageCommand,
  CreateRepositoryCommand,
  DescribeImagesCommand,
  DescribeRepositoriesCommand,
  GetAuthorizationTokenCommand,
  GetLifecyclePolicyCommand,
  PutImageCommand,
  PutImageScanningConfigurationCommand,
  PutLifecyclePolicyCommand,
} from '@aws-sdk/client-ecr';
import { RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import {
  DeleteRuleCommand,
  DescribeRuleCommand,
  DisableRuleCommand,
  ListTagsForResourceCommand as ListRuleTagsCommand,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  ListRulesCommand,
  TagResourceCommand as TagRuleCommand,
} from '@aws-sdk/client-eventbridge';
import {
  CreateScheduleCommand,
  CreateScheduleGroupCommand,
  DeleteScheduleCommand,
  DeleteScheduleGroupCommand,
  GetScheduleCommand,
  ListTagsForResourceCommand as ListGroupTagsCommand,
  TagResourceCommand as TagGroupCommand,
  UpdateScheduleCommand,
  paginateListScheduleGroups,
  paginateListSchedules,
  type CreateScheduleCommandInput,
} from '@aws-sdk/client-scheduler';
import { createClients } from '../../src/aws/clients.ts';
import { fakeAws, fargateTaskDefinition, rejection, type FakeSetup } from '../helpers/aws.ts';
import { textPatternMatcher } from '../fake-aws/services/logs.ts';

let aws: FakeSetup;
let taskDefinitionArn: string;
const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/batch';
const ROLE = 'arn:aws:iam::123456789012:role/invoke';

beforeAll(async () => {
  aws = await fakeAws();
  const out = await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('svc-job')));
  taskDefinitionArn = out.taskDefinition!.taskDefinitionArn!;
});
afterAll(() => aws.stop());

describe('ECR', () => {
  it('creates a repository once, with scan-on-push', async () => {
    const out = await aws.clients.ecr.send(
      new CreateRepositoryCommand({ repositoryName: 'app', imageScanningConfiguration: { scanOnPush: true } }),
    );
    expect(out.repository).toMatchObject({
      repositoryName: 'app',
      repositoryUri: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app',
      imageScanningConfiguration: { scanOnPush: true },
    });
    const again = await rejection(aws.clients.ecr.send(new CreateRepositoryCommand({ repositoryName: 'app' })));
    expect(again.name).toBe('RepositoryAlreadyExistsException');
    const bad = await rejection(aws.clients.ecr.send(new CreateRepositoryCommand({ repositoryName: 'App' })));
    expect(bad.name).toBe('InvalidParameterException');
  });

  it('stores images by digest and finds them by tag or digest', async () => {
    const put = await aws.clients.ecr.send(
      new PutImageCommand({ repositoryName: 'app', imageManifest: '{"v":1}', imageTag: 'abc123' }),
    );
    const digest = put.image!.imageId!.imageDigest!;
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const byTag = await aws.clients.ecr.send(
      new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'abc123' }] }),
    );
    expect(byTag.imageDetails?.[0]).toMatchObject({ imageDigest: digest, imageTags: ['abc123'] });
    const missing = await rejection(
      aws.clients.ecr.send(new DescribeImagesCommand({ repositoryName: 'app', imageIds: [{ imageTag: 'nope' }] })),
    );
    expect(missing.name).toBe('ImageNotFoundException');
    const batch = await aws.clients.ecr.send(
      new BatchGetImageCommand({ repositoryName: 'app', imageIds: [{ imageDigest: digest }, { imageTag: 'nope' }] }),
    );
    expect(batch.images?.[0]?.imageManifest).toBe('{"v":1}');
    expect(batch.failures?.[0]?.failureCode).toBe('ImageNotFound');
    const noRepo = await rejection(
      aws.clients.ecr.send(new DescribeRepositoriesCommand({ repositoryNames: ['other'] })),
    );
    expect(noRepo.name).toBe('RepositoryNotFoundException');
  });

  it('keeps lifecycle policies and scanning configuration', async () => {
    const none = await rejection(aws.clients.ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'app' })));
    expect(none.name).toBe('LifecyclePolicyNotFoundException');
    const bad = await rejection(
      aws.clients.ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'app', lifecyclePolicyText: 'not json' })),
    );
    expect(bad.name).toBe('InvalidParameterException');
    const policy = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          selection: { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 10 },
          action: { type: 'expire' },
        },
      ],
    });
    await aws.clients.ecr.send(new PutLifecyclePolicyCommand({ repositoryName: 'app', lifecyclePolicyText: policy }));
    expect(
      (await aws.clients.ecr.send(new GetLifecyclePolicyCommand({ repositoryName: 'app' }))).lifecyclePolicyText,
    ).toBe(policy);
    const scan = await aws.clients.ecr.send(
      new PutImageScanningConfigurationCommand({
        repositoryName: 'app',
        imageScanningConfiguration: { scanOnPush: false },
      }),
    );
    expect(scan.imageScanningConfiguration?.scanOnPush).toBe(false);
    const token = await aws.clients.ecr.send(new GetAuthorizationTokenCommand({}));
    expect(Buffer.from(token.authorizationData![0]!.authorizationToken!, 'base64').toString()).toMatch(/^AWS:/);
  });
});

describe('EventBridge rules', () => {
  const target = () => ({
    Id: 'ecs-batch',
    Arn: CLUSTER,
    RoleArn: ROLE,
    EcsParameters: {
      TaskDefinitionArn: taskDefinitionArn,
      TaskCount: 1,
      LaunchType: 'FARGATE' as const,
      NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-1'] } },
    },
  });

  it('creates, describes, disables and tags a scheduled rule', async () => {
    const { RuleArn } = await aws.clients.events.send(
      new PutRuleCommand({
        Name: 'p-nightly',
        ScheduleExpression: 'cron(0 0 * * ? *)',
        Description: 'd',
        Tags: [{ Key: 'ecs-batch:project', Value: 'p' }],
      }),
    );
    await aws.clients.events.send(new DisableRuleCommand({ Name: 'p-nightly' }));
    expect(await aws.clients.events.send(new DescribeRuleCommand({ Name: 'p-nightly' }))).toMatchObject({
      State: 'DISABLED',
      ScheduleExpression: 'cron(0 0 * * ? *)',
      Arn: RuleArn,
    });
    await aws.clients.events.send(new TagRuleCommand({ ResourceARN: RuleArn, Tags: [{ Key: 'x', Value: 'y' }] }));
    expect((await aws.clients.events.send(new ListRuleTagsCommand({ ResourceARN: RuleArn }))).Tags).toEqual([
      { Key: 'ecs-batch:project', Value: 'p' },
      { Key: 'x', Value: 'y' },
    ]);
  });

  it.each([
    [{ Name: 'bad name' }, /satisfy regular expression pattern/],
    [
      { Name: 'x'.repeat(65) },
      /at 'Name' failed to satisfy constraint: Member must have length less than or equal to 64/,
    ],
    [{ Description: 'd'.repeat(513) }, /less than or equal to 512/],
    [{ ScheduleExpression: 'cron(0 0 * * * *)' }, /ScheduleExpression is not valid/],
    [{ ScheduleExpression: 'cron(0 0 ? * 0 *)' }, /ScheduleExpression is not valid/],
    [{ ScheduleExpression: 'at(2030-01-01T00:00:00)' }, /ScheduleExpression is not valid/],
    [{ ScheduleExpression: '0 0 * * *' }, /ScheduleExpression is not valid/],
    [{ ScheduleExpression: 'rate(1 minutes)' }, /ScheduleExpression is not valid/],
  ])('PutRule refuses %j', async (change, message) => {
    const e = await rejection(
      aws.clients.events.send(new PutRuleCommand({ Name: 'p-bad', ScheduleExpression: 'rate(1 hour)', ...change })),
    );
    expect(e.name).toBe('ValidationException');
    expect(e.message).toMatch(message);
  });

  it('holds at most 5 targets, and refuses bad ones', async () => {
    await aws.clients.events.send(new PutRuleCommand({ Name: 'p-targets', ScheduleExpression: 'rate(5 minutes)' }));
    await aws.clients.events.send(
      new PutTargetsCommand({ Rule: 'p-targets', Targets: [1, 2, 3, 4, 5].map((i) => ({ ...target(), Id: `t${i}` })) }),
    );
    // The SDK classifies LimitExceededException as throttling and would retry it: ask once.
    const once = createClients({ maxAttempts: 1 });
    const sixth = await rejection(
      once.events.send(new PutTargetsCommand({ Rule: 'p-targets', Targets: [{ ...target(), Id: 't6' }] })),
    );
    once.destroy();
    expect(sixth.name).toBe('LimitExceededException');
    const input = await rejection(
      aws.clients.events.send(
        new PutTargetsCommand({ Rule: 'p-targets', Targets: [{ Id: 't1', Arn: CLUSTER, Input: 'x'.repeat(8193) }] }),
      ),
    );
    expect(input.message).toMatch(/less than or equal to 8192/);
    const role = await rejection(
      aws.clients.events.send(
        new PutTargetsCommand({ Rule: 'p-targets', Targets: [{ ...target(), RoleArn: undefined }] }),
      ),
    );
    expect(role.message).toMatch(/RoleArn is required/);
    const td = await rejection(
      aws.clients.events.send(
        new PutTargetsCommand({
          Rule: 'p-targets',
          Targets: [
            {
              ...target(),
              EcsParameters: { ...target().EcsParameters, TaskDefinitionArn: `${taskDefinitionArn.slice(0, -2)}:99` },
            },
          ],
        }),
      ),
    );
    expect(td.message).toMatch(/does not exist/);
  });

  it('refuses to delete a rule that still has targets', async () => {
    const e = await rejection(aws.clients.events.send(new DeleteRuleCommand({ Name: 'p-targets' })));
    expect(e.message).toBe("Rule can't be deleted since it has targets.");
    await aws.clients.events.send(new RemoveTargetsCommand({ Rule: 'p-targets', Ids: ['t1', 't2', 't3', 't4', 't5'] }));
    expect((await aws.clients.events.send(new ListTargetsByRuleCommand({ Rule: 'p-targets' }))).Targets).toEqual([]);
    await aws.clients.events.send(new DeleteRuleCommand({ Name: 'p-targets' }));
    const gone = await rejection(aws.clients.events.send(new DescribeRuleCommand({ Name: 'p-targets' })));
    expect(gone.name).toBe('ResourceNotFoundException');
  });

  it('lists rules by prefix across pages', async () => {
    for (let i = 0; i < 8; i++)
      await aws.clients.events.send(new PutRuleCommand({ Name: `list-${i}`, ScheduleExpression: 'rate(1 day)' }));
    aws.fake.calls.reset();
    const names: string[] = [];
    // The EventBridge SDK has no paginator for ListRules: follow NextToken by hand.
    let token: string | undefined;
    do {
      const page = await aws.clients.events.send(
        new ListRulesCommand({ NamePrefix: 'list-', ...(token ? { NextToken: token } : {}) }),
      );
      names.push(...(page.Rules ?? []).map((r) => r.Name!));
      token = page.NextToken;
    } while (token);
    expect(names).toHaveLength(8);
    expect(aws.fake.calls.count('ListRules')).toBe(2);
  });
});

describe('EventBridge Scheduler', () => {
  const schedule = (name: string, change: Partial<CreateScheduleCommandInput> = {}): CreateScheduleCommandInput => ({
    Name: name,
    GroupName: 'proj',
    ScheduleExpression: 'cron(0 9 * * ? *)',
    ScheduleExpressionTimezone: 'Asia/Tokyo',
    FlexibleTimeWindow: { Mode: 'OFF' },
    Target: {
      Arn: CLUSTER,
      RoleArn: ROLE,
      EcsParameters: {
        TaskDefinitionArn: taskDefinitionArn,
        LaunchType: 'FARGATE',
        NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-1'] } },
      },
    },
    ...change,
  });

  beforeAll(async () => {
    await aws.clients.scheduler.send(
      new CreateScheduleGroupCommand({ Name: 'proj', Tags: [{ Key: 'ecs-batch:project', Value: 'proj' }] }),
    );
  });

  it('needs the group to exist, and names to be unique in it', async () => {
    const noGroup = await rejection(
      aws.clients.scheduler.send(new CreateScheduleCommand(schedule('a', { GroupName: 'nope' }))),
    );
    expect(noGroup.name).toBe('ResourceNotFoundException');
    expect(noGroup.$metadata?.httpStatusCode).toBe(404);
    await aws.clients.scheduler.send(new CreateScheduleCommand(schedule('proj-a')));
    const dup = await rejection(aws.clients.scheduler.send(new CreateScheduleCommand(schedule('proj-a'))));
    expect(dup.name).toBe('ConflictException');
    const groupDup = await rejection(aws.clients.scheduler.send(new CreateScheduleGroupCommand({ Name: 'proj' })));
    expect(groupDup.name).toBe('ConflictException');
  });

  it(
    'a universal RunTask target takes the request in PascalCase (camelCase is refused, as AWS does), ' +
      'and firing it runs that request',
    async () => {
      const request = {
        Cluster: CLUSTER,
        TaskDefinition: taskDefinitionArn,
        LaunchType: 'FARGATE',
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'] } },
      };
      const universal = (input: object) =>
        schedule('proj-universal', {
          Target: { Arn: 'arn:aws:scheduler:::aws-sdk:ecs:runTask', RoleArn: ROLE, Input: JSON.stringify(input) },
        });
      const camel = await rejection(
        aws.clients.scheduler.send(
          new CreateScheduleCommand(universal({ cluster: CLUSTER, taskDefinition: taskDefinitionArn })),
        ),
      );
      expect(camel.message).toMatch(/missing field Cluster/);
      const noNetwork = await rejection(
        aws.clients.scheduler.send(
          new CreateScheduleCommand(universal({ ...request, NetworkConfiguration: undefined })),
        ),
      );
      expect(noNetwork.message).toMatch(/Subnets are required/);
      if (!aws.fake.state.clusters.has('batch')) aws.fake.createCluster('batch');
      await aws.clients.scheduler.send(
        new CreateScheduleCommand(
          universal({
            ...request,
            Group: 'g1',
            Overrides: { ContainerOverrides: [{ Name: 'main', Command: ['echo', 'hi'] }] },
          }),
        ),
      );
      const [task] = await aws.fake.fire({ schedule: 'proj/proj-universal' });
      const record = aws.fake.state.tasks.get(String(task!.taskArn))!;
      expect(record).toMatchObject({ group: 'g1', command: ['echo', 'hi'], launchType: 'FARGATE' });
    },
  );

  it('GetSchedule returns the request with the defaults AWS fills in', async () => {
    const got = await aws.clients.scheduler.send(new GetScheduleCommand({ Name: 'proj-a', GroupName: 'proj' }));
    expect(got).toMatchObject({
      Name: 'proj-a',
      GroupName: 'proj',
      State: 'ENABLED',
      ScheduleExpressionTimezone: 'Asia/Tokyo',
      ActionAfterCompletion: 'NONE',
    });
    expect(got.Target?.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: 86400, MaximumRetryAttempts: 185 });
    expect(got.Target?.EcsParameters?.TaskCount).toBe(1);
    expect(got.CreationDate).toBeInstanceOf(Date);
  });

  it('UpdateSchedule replaces the whole schedule', async () => {
    await aws.clients.scheduler.send(
      new UpdateScheduleCommand({ ...schedule('proj-a'), Description: 'with description', State: 'DISABLED' }),
    );
    await aws.clients.scheduler.send(
      new UpdateScheduleCommand(schedule('proj-a', { ScheduleExpressionTimezone: undefined })),
    );
    const got = await aws.clients.scheduler.send(new GetScheduleCommand({ Name: 'proj-a', GroupName: 'proj' }));
    expect(got.Description).toBeUndefined();
    expect(got.State).toBe('ENABLED');
    expect(got.ScheduleExpressionTimezone).toBe('UTC');
  });

  it.each([
    [{ Name: 'bad name' }, /regular expression/],
    [{ ScheduleExpression: 'cron(0 9 * * * *)' }, /Invalid Schedule Expression/],
    [{ ScheduleExpression: 'rate(5 minute)' }, /Invalid Schedule Expression/],
    [{ ScheduleExpressionTimezone: 'Asia/Tokio' }, /Invalid time zone/],
    [
      { FlexibleTimeWindow: { Mode: 'FLEXIBLE' as const, MaximumWindowInMinutes: 1441 } },
      /at 'FlexibleTimeWindow.MaximumWindowInMinutes' .*less than or equal to 1440/,
    ],
    [{ FlexibleTimeWindow: { Mode: 'OFF' as const, MaximumWindowInMinutes: 5 } }, /must not be set when Mode is OFF/],
    [{ Description: 'd'.repeat(513) }, /less than or equal to 512/],
    [
      { Target: { Arn: CLUSTER, RoleArn: ROLE, RetryPolicy: { MaximumRetryAttempts: 186 } } },
      /at 'Target.RetryPolicy.MaximumRetryAttempts' .*less than or equal to 185/,
    ],
    [
      { Target: { Arn: CLUSTER, RoleArn: ROLE, RetryPolicy: { MaximumEventAgeInSeconds: 59 } } },
      /at 'Target.RetryPolicy.MaximumEventAgeInSeconds' .*greater than or equal to 60/,
    ],
    [
      {
        Target: { Arn: CLUSTER, RoleArn: ROLE, DeadLetterConfig: { Arn: 'arn:aws:sns:us-east-1:123456789012:topic' } },
      },
      /at 'Target.DeadLetterConfig.Arn' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    ],
    [
      {
        Target: {
          Arn: CLUSTER,
          RoleArn: ROLE,
          EcsParameters: { TaskDefinitionArn: `${CLUSTER.replace('cluster/batch', 'task-definition/ghost:1')}` },
        },
      },
      /does not exist/,
    ],
    [{ Target: { Arn: CLUSTER, RoleArn: ROLE, EcsParameters: { TaskDefinitionArn: '' } } }, /TaskDefinitionArn/],
  ])('refuses %j', async (change, message) => {
    const e = await rejection(
      aws.clients.scheduler.send(
        new CreateScheduleCommand(schedule('proj-bad', change as Partial<CreateScheduleCommandInput>)),
      ),
    );
    expect(e.name).toBe('ValidationException');
    expect(e.message).toMatch(message);
  });

  it('lists schedules of one group across pages', async () => {
    for (let i = 0; i < 6; i++) await aws.clients.scheduler.send(new CreateScheduleCommand(schedule(`proj-list-${i}`)));
    await aws.clients.scheduler.send(new CreateScheduleCommand(schedule('elsewhere', { GroupName: 'default' })));
    aws.fake.calls.reset();
    const names: string[] = [];
    for await (const page of paginateListSchedules(
      { client: aws.clients.scheduler },
      { GroupName: 'proj', NamePrefix: 'proj-list-' },
    ))
      names.push(...(page.Schedules ?? []).map((s) => s.Name!));
    expect(names).toEqual([0, 1, 2, 3, 4, 5].map((i) => `proj-list-${i}`));
    expect(aws.fake.calls.count('ListSchedules')).toBe(2);
    const groups: string[] = [];
    for await (const page of paginateListScheduleGroups({ client: aws.clients.scheduler }, {}))
      groups.push(...(page.ScheduleGroups ?? []).map((g) => g.Name!));
    expect(groups).toEqual(['default', 'proj']);
  });

  it('tags schedule groups (only groups take tags)', async () => {
    const arn = 'arn:aws:scheduler:us-east-1:123456789012:schedule-group/proj';
    await aws.clients.scheduler.send(new TagGroupCommand({ ResourceArn: arn, Tags: [{ Key: 'team', Value: 'data' }] }));
    expect((await aws.clients.scheduler.send(new ListGroupTagsCommand({ ResourceArn: arn }))).Tags).toEqual([
      { Key: 'ecs-batch:project', Value: 'proj' },
      { Key: 'team', Value: 'data' },
    ]);
    const e = await rejection(
      aws.clients.scheduler.send(
        new TagGroupCommand({
          ResourceArn: 'arn:aws:scheduler:us-east-1:123456789012:schedule/proj/proj-a',
          Tags: [{ Key: 'a', Value: 'b' }],
        }),
      ),
    );
    expect(e.name).toBe('ValidationException');
  });

  it('deletes schedules and groups', async () => {
    await aws.clients.scheduler.send(new DeleteScheduleCommand({ Name: 'proj-a', GroupName: 'proj' }));
    const gone = await rejection(
      aws.clients.scheduler.send(new GetScheduleCommand({ Name: 'proj-a', GroupName: 'proj' })),
    );
    expect(gone.name).toBe('ResourceNotFoundException');
    await aws.clients.scheduler.send(new DeleteScheduleGroupCommand({ Name: 'proj' }));
    expect([...aws.fake.state.schedules.values()].map((s) => s.name)).toEqual(['elsewhere']);
    const def = await rejection(aws.clients.scheduler.send(new DeleteScheduleGroupCommand({ Name: 'default' })));
    expect(def.name).toBe('ValidationException');
  });
});

describe('CloudWatch Logs', () => {
  it('creates groups once and accepts only AWS retention values', async () => {
    await aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs-batch/a' }));
    const dup = await rejection(aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/ecs-batch/a' })));
    expect(dup.name).toBe('ResourceAlreadyExistsException');
    const bad = await rejection(
      aws.clients.logs.send(new PutRetentionPolicyCommand({ logGroupName: '/ecs-batch/a', retentionInDays: 31 })),
    );
    expect(bad.name).toBe('InvalidParameterException');
    await aws.clients.logs.send(new PutRetentionPolicyCommand({ logGroupName: '/ecs-batch/a', retentionInDays: 30 }));
    const out = await aws.clients.logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: '/ecs-batch/a' }));
    expect(out.logGroups).toEqual([expect.objectContaining({ logGroupName: '/ecs-batch/a', retentionInDays: 30 })]);
    const missing = await rejection(
      aws.clients.logs.send(new PutRetentionPolicyCommand({ logGroupName: '/nope', retentionInDays: 30 })),
    );
    expect(missing.name).toBe('ResourceNotFoundException');
  });

  it('pages log groups', async () => {
    for (let i = 0; i < 7; i++) await aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: `/pages/${i}` }));
    const names: string[] = [];
    for await (const page of paginateDescribeLogGroups({ client: aws.clients.logs }, { logGroupNamePrefix: '/pages/' }))
      names.push(...(page.logGroups ?? []).map((g) => g.logGroupName!));
    expect(names).toHaveLength(7);
  });

  it('returns events in order across pages; the forward token repeats at the end', async () => {
    await aws.clients.logs.send(new CreateLogStreamCommand({ logGroupName: '/ecs-batch/a', logStreamName: 's' }));
    const logEvents = Array.from({ length: 12 }, (_, i) => ({ timestamp: 1000 + i, message: `m${i}` }));
    await aws.clients.logs.send(
      new PutLogEventsCommand({ logGroupName: '/ecs-batch/a', logStreamName: 's', logEvents }),
    );
    const seen: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 10; i++) {
      const out = await aws.clients.logs.send(
        new GetLogEventsCommand({
          logGroupName: '/ecs-batch/a',
          logStreamName: 's',
          startFromHead: true,
          ...(token ? { nextToken: token } : {}),
        }),
      );
      seen.push(...(out.events ?? []).map((e) => e.message!));
      if (out.nextForwardToken === token) break;
      token = out.nextForwardToken;
    }
    expect(seen).toEqual(logEvents.map((e) => e.message));
    const filtered = await aws.clients.logs.send(
      new FilterLogEventsCommand({ logGroupName: '/ecs-batch/a', filterPattern: 'm1' }),
    );
    expect(filtered.events?.map((e) => e.message)).toEqual(['m1', 'm10', 'm11']);
    // CloudWatch's documented text patterns: all terms, any ?term, a quoted phrase as it is; JSON refused.
    const messages = ['[ERROR 400] BAD REQUEST', '[WARN] disk full', '[INFO] ok', 'ERROR Exception: timeout'];
    const matcher = (pattern: string) => messages.filter(textPatternMatcher(pattern));
    expect(matcher('ERROR')).toEqual([messages[0], messages[3]]);
    expect(matcher('ERROR REQUEST')).toEqual([messages[0]]);
    expect(matcher('?ERROR ?WARN')).toEqual([messages[0], messages[1], messages[3]]);
    expect(matcher('"Exception: timeout"')).toEqual([messages[3]]);
    expect(matcher('?"disk full" ?"BAD REQUEST"')).toEqual([messages[0], messages[1]]);
    expect(() => matcher('{ $.level = "ERROR" }')).toThrow(/text filter patterns only/);
    const order = await rejection(
      aws.clients.logs.send(
        new PutLogEventsCommand({
          logGroupName: '/ecs-batch/a',
          logStreamName: 's',
          logEvents: [
            { timestamp: 5, message: 'b' },
            { timestamp: 4, message: 'a' },
          ],
        }),
      ),
    );
    expect(order.name).toBe('InvalidParameterException');
  });
});

describe('STS', () => {
  it('answers GetCallerIdentity in the query protocol', async () => {
    const res = await fetch(aws.fake.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: 'AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/sts/aws4_request',
      },
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
    });
    expect(await res.text()).toMatch(/<Account>123456789012<\/Account>/);
  });
});
