import { afterEach, describe, expect, it } from '@jest/globals';
import {
  CreateClusterCommand,
  DescribeClustersCommand,
  DescribeTasksCommand,
  RegisterTaskDefinitionCommand,
  RunTaskCommand,
} from '@aws-sdk/client-ecs';
import { CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetScheduleGroupCommand } from '@aws-sdk/client-scheduler';
import { createClients } from '../../src/aws/clients.ts';
import { fakeAws, fargateTaskDefinition, rejection, type FakeSetup } from '../helpers/aws.ts';

let aws: FakeSetup | undefined;
afterEach(async () => {
  await aws?.stop();
  aws = undefined;
});

describe('connections', () => {
  it('are kept alive as AWS keeps them: sequential calls reuse one socket', async () => {
    aws = await fakeAws({ faults: { latencyMs: 5 } });
    for (let i = 0; i < 10; i++) await aws.clients.ecs.send(new DescribeClustersCommand({ clusters: ['x'] }));
    expect(aws.fake.connections()).toBe(1);
    // Ten at once need ten sockets; the next ten at once reuse them.
    const ten = () =>
      Promise.all(
        Array.from({ length: 10 }, () => aws!.clients.ecs.send(new DescribeClustersCommand({ clusters: ['x'] }))),
      );
    await ten();
    const afterFirst = aws.fake.connections();
    expect(afterFirst).toBeLessThanOrEqual(10);
    await ten();
    expect(aws.fake.connections()).toBe(afterFirst);
  });
});

describe('fault injection', () => {
  it('adds latency to every call', async () => {
    aws = await fakeAws({ faults: { latencyMs: 120 } });
    const started = performance.now();
    await aws.clients.ecs.send(new DescribeClustersCommand({ clusters: ['x'] }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });

  it('throttles at a set rate', async () => {
    aws = await fakeAws({ faults: { throttleRate: 0.4 }, seed: 7 });
    const once = createClients({ maxAttempts: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, () => once.ecs.send(new DescribeClustersCommand({ clusters: ['x'] }))),
    );
    once.destroy();
    const throttled = results.filter(
      (r) => r.status === 'rejected' && (r.reason as Error).name === 'ThrottlingException',
    ).length;
    expect(throttled).toBeGreaterThan(25);
    expect(throttled).toBeLessThan(55);
  });

  it('a throttled call is retried by the SDK and gets through', async () => {
    aws = await fakeAws({
      faults: { failures: [{ operation: 'DescribeClusters', code: 'ThrottlingException', status: 400, times: 2 }] },
    });
    const out = await aws.clients.ecs.send(new DescribeClustersCommand({ clusters: ['x'] }));
    expect(out.$metadata.attempts).toBe(3);
    expect(aws.fake.calls.entries.map((e) => e.errorCode ?? e.status)).toEqual([
      'ThrottlingException',
      'ThrottlingException',
      200,
    ]);
  });

  it('applies a token bucket per operation (RegisterTaskDefinition: burst 20)', async () => {
    aws = await fakeAws({ faults: { buckets: { RegisterTaskDefinition: { perSecond: 1, burst: 20 } } } });
    const once = createClients({ maxAttempts: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () =>
        once.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('burst'))),
      ),
    );
    once.destroy();
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failed.map((r) => (r.reason as Error).name)).toEqual(Array(5).fill('ThrottlingException'));
  });

  it('Scheduler throttling answers 429 ThrottlingException', async () => {
    aws = await fakeAws({
      faults: { failures: [{ operation: 'GetScheduleGroup', code: 'ThrottlingException', status: 429 }] },
    });
    const once = createClients({ maxAttempts: 1 });
    const e = await rejection(once.scheduler.send(new GetScheduleGroupCommand({ Name: 'default' })));
    once.destroy();
    expect(e.name).toBe('ThrottlingException');
    expect(e.$metadata?.httpStatusCode).toBe(429);
  });

  it('answers 5xx at a set rate; the SDK retries them', async () => {
    aws = await fakeAws({ faults: { errorRate: 0.4 }, seed: 3 });
    for (let i = 0; i < 5; i++) await aws.clients.ecs.send(new CreateClusterCommand({ clusterName: `c${i}` }));
    expect(aws.fake.calls.entries.some((e) => e.status === 500)).toBe(true);
    expect(aws.fake.state.clusters.size).toBe(5);
  });

  it('injects exact failures for the next calls of an operation', async () => {
    aws = await fakeAws({
      faults: {
        failures: [
          { operation: 'CreateCluster', code: 'AccessDeniedException', status: 400, message: 'nope', times: 2 },
        ],
      },
    });
    const e = await rejection(aws.clients.ecs.send(new CreateClusterCommand({ clusterName: 'a' })));
    expect(e).toMatchObject({ name: 'AccessDeniedException', message: 'nope' });
    await rejection(aws.clients.ecs.send(new CreateClusterCommand({ clusterName: 'a' })));
    await aws.clients.ecs.send(new CreateClusterCommand({ clusterName: 'a' }));
    expect(aws.fake.state.clusters.has('a')).toBe(true);
  });

  it('counts calls per operation and tells writes from reads', async () => {
    aws = await fakeAws();
    await aws.clients.ecs.send(new CreateClusterCommand({ clusterName: 'a' }));
    await aws.clients.ecs.send(new DescribeClustersCommand({ clusters: ['a'] }));
    await aws.clients.ecs.send(new DescribeClustersCommand({ clusters: ['a'] }));
    expect(aws.fake.calls.byOperation()).toEqual({ CreateCluster: 1, DescribeClusters: 2 });
    expect(aws.fake.calls.writes().map((w) => w.operation)).toEqual(['CreateCluster']);
  });
});

describe('a manual clock', () => {
  it('moves tasks only when the test advances it', async () => {
    aws = await fakeAws({ clock: 'manual', taskTiming: { provisionMs: 1000, runMs: 5000 } });
    aws.fake.createCluster('batch');
    await aws.clients.logs.send(new CreateLogGroupCommand({ logGroupName: '/test' }));
    await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('clocked')));
    const run = await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: 'clocked',
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['s'] } },
      }),
    );
    const arn = run.tasks![0]!.taskArn!;
    const status = async () =>
      (await aws!.clients.ecs.send(new DescribeTasksCommand({ cluster: 'batch', tasks: [arn] }))).tasks![0]!.lastStatus;
    expect(await status()).toBe('PROVISIONING');
    aws.fake.clock.advance(1000);
    expect(await status()).toBe('RUNNING');
    aws.fake.clock.advance(5000);
    expect(await status()).toBe('STOPPED');
  });
});
