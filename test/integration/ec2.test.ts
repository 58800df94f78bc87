/** An EC2 cluster end to end on the emulator: bridge networking, placement, a capacity provider job, a staging overlay. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { scheduledRunTask } from '../../src/targets/ecs.ts';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';

const EC2 = `version: 1
project: php
cluster: batch-ec2
image: { repository: php-batch }
defaults:
  timezone: Asia/Tokyo
  launchType: EC2
  networkMode: bridge
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  logs: { group: /ecs-batch/php }
  placementStrategy:
    - { type: spread, field: "attribute:ecs.availability-zone" }
  placementConstraints:
    - { type: distinctInstance }
jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [php, artisan, nightly]
  spot:
    schedule: rate(10 minutes)
    capacityProviderStrategy: [{ capacityProvider: ec2-spot, weight: 1 }]
environments:
  staging:
    cluster: batch-staging
    defaults:
      logs: { group: /ecs-batch/php-staging }
`;

let aws: FakeSetup;
let dir: string;

beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 30, runMs: 150, stopMs: 20 } });
  aws.fake.createCluster('batch-ec2', { capacityProviders: ['ec2-spot'], containerInstances: 2 });
  aws.fake.createCluster('batch-staging', { capacityProviders: ['ec2-spot'], containerInstances: 1 });
  dir = scratchDir({ 'ecs-batch.yml': EC2 });
});
afterAll(() => aws.stop());

describe('an EC2 cluster', () => {
  it('validates every environment, deploys with placement and the job strategy, and a repeat deploy writes nothing', async () => {
    const v = await runCli(['validate'], {}, dir);
    expect(v.code).toBe(0);
    const image = aws.fake.seedImage('php-batch', 'v1').uri;
    const first = await release({
      manifest: join(dir, 'ecs-batch.yml'),
      image,
      dryRun: false,
      prune: true,
      clients: aws.clients,
    });
    expect(first.apply?.ok).toBe(true);
    // Each schedule's RunTask request, as the universal target's Input holds it.
    const requestOf = (name: string) =>
      scheduledRunTask(aws.fake.state.schedules.get(`php/${name}`)!.body.Target as never)!.request;
    expect(requestOf('php-nightly')).toMatchObject({
      launchType: 'EC2',
      placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
      placementConstraints: [{ type: 'distinctInstance' }],
    });
    expect(requestOf('php-nightly').networkConfiguration).toBeUndefined();
    expect(requestOf('php-spot').capacityProviderStrategy).toEqual([{ capacityProvider: 'ec2-spot', weight: 1 }]);
    expect(requestOf('php-spot').launchType).toBeUndefined();
    expect(aws.fake.state.taskDefinitions.get('php-nightly')![0]!.body).toMatchObject({
      networkMode: 'bridge',
      requiresCompatibilities: ['EC2'],
    });

    aws.fake.calls.reset();
    const again = await release({
      manifest: join(dir, 'ecs-batch.yml'),
      image,
      dryRun: false,
      prune: true,
      clients: aws.clients,
    });
    expect(again.apply?.ok).toBe(true);
    expect(aws.fake.calls.writes()).toEqual([]);

    const staging = await release({
      manifest: join(dir, 'ecs-batch.yml'),
      environment: 'staging',
      image,
      dryRun: false,
      prune: true,
      clients: aws.clients,
    });
    expect(staging.apply?.ok).toBe(true);
    expect(
      scheduledRunTask(aws.fake.state.schedules.get('php-staging/php-staging-nightly')!.body.Target as never)!.cluster,
    ).toMatch(/cluster\/batch-staging$/);
  });

  it('a manual run uses the placement of the schedule; a failed pull gets a hint for bridge networking', async () => {
    const ok = await runCli(['run', 'nightly', '--poll', '0.1'], aws.fake.env(), dir);
    expect(ok.code).toBe(0);
    const task = [...aws.fake.state.tasks.values()].at(-1)!;
    expect(task.placementStrategy).toEqual([{ type: 'spread', field: 'attribute:ecs.availability-zone' }]);
    expect(task.placementConstraints).toEqual([{ type: 'distinctInstance' }]);
    expect(task.launchType).toBe('EC2');

    aws.fake.tasks.outcome = () => ({
      failToStart: 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref',
    });
    const failed = await runCli(['run', 'nightly', '--poll', '0.1', '--format', 'json'], aws.fake.env(), dir);
    aws.fake.tasks.outcome = undefined;
    expect(failed.code).toBe(1);
    const result = JSON.parse(failed.stdout) as { hint: string; networkMode: string };
    expect(result.networkMode).toBe('bridge');
    expect(result.hint).toMatch(/instances reach ECR \(bridge networking pulls from the host\)/);
    expect(result.hint).not.toMatch(/subnets/);
  });
});
