/** The emulator's event bus and the services it delivers to, through the real SDK clients. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { CreateLogGroupCommand, PutResourcePolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { PutRuleCommand, PutTargetsCommand, TestEventPatternCommand } from '@aws-sdk/client-eventbridge';
import { GetTopicAttributesCommand, NotFoundException } from '@aws-sdk/client-sns';
import { transformInput } from '../fake-aws/bus.ts';
import { fakeAws, fargateTaskDefinition, rejection, sleep, type FakeSetup } from '../helpers/aws.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'us-east-1', taskTiming: { provisionMs: 10, runMs: 30, stopMs: 10 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const EVENT = JSON.stringify({
  id: '1',
  account: '123456789012',
  source: 'aws.ecs',
  time: '2026-11-29T00:00:00Z',
  region: 'us-east-1',
  'detail-type': 'ECS Task State Change',
  resources: [],
  detail: { lastStatus: 'STOPPED' },
});

describe('EventBridge events', () => {
  it('TestEventPattern answers like AWS, and PutRule refuses a bad pattern', async () => {
    expect(
      (
        await aws.clients.events.send(
          new TestEventPatternCommand({ EventPattern: '{"detail":{"lastStatus":["STOPPED"]}}', Event: EVENT }),
        )
      ).Result,
    ).toBe(true);
    expect(
      (
        await aws.clients.events.send(
          new TestEventPatternCommand({ EventPattern: '{"detail":{"lastStatus":["RUNNING"]}}', Event: EVENT }),
        )
      ).Result,
    ).toBe(false);
    const bad = await rejection(
      aws.clients.events.send(new PutRuleCommand({ Name: 'bad', EventPattern: '{"detail":{"lastStatus":"STOPPED"}}' })),
    );
    expect(bad.name).toBe('InvalidEventPatternException');
  });

  it('delivers matched task events to SNS through the transformer, and to a log group only with a resource policy', async () => {
    const open = aws.fake.createTopic('open');
    const closed = aws.fake.createTopic('closed', null);
    await aws.clients.events.send(
      new PutRuleCommand({
        Name: 'stopped',
        EventPattern: JSON.stringify({ source: ['aws.ecs'], detail: { lastStatus: ['STOPPED'] } }),
      }),
    );
    await aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/aws/events/test' }));
    const transformer = {
      InputPathsMap: { status: '$.detail.lastStatus', exit: '$.detail.containers[0].exitCode' },
      InputTemplate: '{"text": "task <status> with <exit>"}',
    };
    await aws.clients.events.send(
      new PutTargetsCommand({
        Rule: 'stopped',
        Targets: [
          { Id: 'a', Arn: open, InputTransformer: transformer },
          { Id: 'b', Arn: closed },
          { Id: 'c', Arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/test' },
        ],
      }),
    );
    const { taskDefinition } = await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand(fargateTaskDefinition('bus')),
    );
    const run = async () => {
      aws.fake.tasks.outcome = () => ({ exitCode: 2 });
      await aws.clients.ecs.send(
        new RunTaskCommand({
          cluster: 'batch',
          taskDefinition: taskDefinition!.taskDefinitionArn!,
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
        }),
      );
      await sleep(100);
      aws.fake.settle();
      aws.fake.tasks.outcome = undefined;
    };
    await aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/test' }));
    await run();
    expect(aws.fake.state.topics.get(open)!.messages.map((m) => m.message)).toEqual([
      '{"text": "task STOPPED with 2"}',
    ]);
    expect(aws.fake.state.topics.get(closed)!.messages).toEqual([]);
    const last = aws.fake.state.bus.at(-1)!;
    expect(last.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/^AuthorizationError/),
      expect.stringMatching(/^AccessDeniedException: no resource policy/),
    ]);

    await aws.clients.logs.send(
      new PutResourcePolicyCommand({
        policyName: 'events',
        policyDocument: JSON.stringify({
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'events.amazonaws.com' },
              Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/events/*:*',
            },
          ],
        }),
      }),
    );
    await run();
    const kept = [...aws.fake.state.logGroups.get('/aws/events/test')!.streams.values()].flatMap((s) => s.events);
    expect(kept.map((e) => (JSON.parse(e.message) as { 'detail-type': string })['detail-type'])).toEqual([
      'ECS Task State Change',
    ]);
  });

  it('the input transformer escapes strings inside JSON strings and gives other values as JSON', () => {
    const event = { detail: { reason: 'a "quoted"\nline', n: 3, list: [1, 2] } };
    const out = transformInput(
      {
        InputPathsMap: { r: '$.detail.reason', n: '$.detail.n', l: '$.detail.list', missing: '$.nope' },
        InputTemplate: '{"why": "<r>", "n": <n>, "l": <l>, "m": "<missing>"}',
      },
      event,
    );
    expect(JSON.parse(out)).toEqual({ why: 'a "quoted"\nline', n: 3, l: [1, 2], m: '' });
  });
});

describe('SNS and CloudWatch', () => {
  it('GetTopicAttributes returns the policy; a missing topic is NotFound', async () => {
    const arn = aws.fake.createTopic('attrs');
    const out = await aws.clients.sns.send(new GetTopicAttributesCommand({ TopicArn: arn }));
    expect(JSON.parse(out.Attributes!.Policy!)).toMatchObject({ Statement: [{ Action: 'sns:Publish' }] });
    const missing = await rejection(
      aws.clients.sns.send(new GetTopicAttributesCommand({ TopicArn: 'arn:aws:sns:us-east-1:123456789012:none' })),
    );
    expect(missing).toBeInstanceOf(NotFoundException);
  });

  it('alarms round-trip through PutMetricAlarm and DescribeAlarms', async () => {
    await aws.clients.cloudwatch.send(
      new PutMetricAlarmCommand({
        AlarmName: 'a1',
        MetricName: 'TargetErrorCount',
        Namespace: 'AWS/Scheduler',
        Statistic: 'Sum',
        Period: 300,
        EvaluationPeriods: 1,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: ['arn:aws:sns:us-east-1:123456789012:attrs'],
      }),
    );
    const out = await aws.clients.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ['a1'] }));
    expect(out.MetricAlarms?.[0]).toMatchObject({
      AlarmName: 'a1',
      Threshold: 1,
      AlarmArn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:a1',
    });
    const bad = await rejection(
      aws.clients.cloudwatch.send(
        new PutMetricAlarmCommand({
          AlarmName: 'a2',
          EvaluationPeriods: 1,
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 1,
        }),
      ),
    );
    expect(bad.name).toBe('InvalidParameterValueException');
  });
});
