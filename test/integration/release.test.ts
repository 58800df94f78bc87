import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { targetTaskDefinition } from '../../src/targets/ecs.ts';
import { RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { PutRuleCommand, PutTargetsCommand, TagResourceCommand } from '@aws-sdk/client-eventbridge';
import { CreateScheduleCommand, CreateScheduleGroupCommand } from '@aws-sdk/client-scheduler';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release, type ReleaseOptions } from '../../src/release/release.ts';
import type { Json } from '../fake-aws/state.ts';
import { fakeAws, fargateTaskDefinition, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
let dir: string;
let v1: { uri: string; digest: string; tagUri: string };

beforeEach(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
  v1 = aws.fake.seedImage('myapp-batch', 'v1');
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
});
afterEach(() => aws.stop());

function manifestFile(text = MANIFEST): string {
  writeFileSync(join(dir, 'ecs-batch.yml'), text);
  return join(dir, 'ecs-batch.yml');
}

async function deploy(options: Partial<ReleaseOptions> = {}) {
  aws.fake.calls.reset();
  return release({ manifest: join(dir, 'ecs-batch.yml'), image: v1.uri, dryRun: false, prune: true, ...options });
}

function schedule(name: string) {
  const s = aws.fake.state.schedules.get(`myapp/${name}`);
  if (!s) throw new Error(`no schedule ${name}`);
  return s.body as Json & { Target: { EcsParameters: { TaskDefinitionArn: string } } };
}

function revisions(family: string) {
  return (aws.fake.state.taskDefinitions.get(family) ?? []).map((r) => `${r.revision}:${r.status}`);
}

const writes = () => aws.fake.calls.writes().map((w) => w.operation);

describe('first deploy', () => {
  it('registers a task definition per job, creates the log group, the tagged group and schedules pointing at exact revisions', async () => {
    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    expect(revisions('myapp-nightly')).toEqual(['1:ACTIVE']);
    const td = aws.fake.state.taskDefinitions.get('myapp-monthly')![0]!;
    expect(td.body).toMatchObject({
      cpu: '1024',
      memory: '2048',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
    });
    expect((td.body.containerDefinitions as Json[])[0]).toMatchObject({
      image: v1.uri,
      command: ['php', 'artisan', 'monthly'],
    });
    expect(aws.fake.state.taskDefinitionTags.get(td.arn)).toEqual([
      { key: 'ecs-batch:project', value: 'myapp' },
      { key: 'ecs-batch:job', value: 'monthly' },
      // The fingerprint of the schedule that runs it (drift detection), set at registration.
      { key: 'ecs-batch:applied', value: expect.stringMatching(/^[0-9a-f]{16}$/) },
    ]);
    expect(aws.fake.state.scheduleGroups.get('myapp')!.tags).toEqual([{ key: 'ecs-batch:project', value: 'myapp' }]);
    const nightly = schedule('myapp-nightly');
    expect(nightly).toMatchObject({
      ScheduleExpression: 'cron(0 0 * * ? *)',
      ScheduleExpressionTimezone: 'Asia/Tokyo',
      State: 'ENABLED',
      Description: 'Nightly aggregation',
    });
    expect(targetTaskDefinition(nightly.Target as never)).toBe(
      'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-nightly:1',
    );
    expect(schedule('myapp-monthly').ScheduleExpression).toBe('cron(0 9 1 * ? *)');
    expect(schedule('myapp-legacy').State).toBe('DISABLED');
    const logs = aws.fake.state.logGroups.get('/ecs-batch/myapp')!;
    expect(logs.retentionInDays).toBe(30);
    expect(logs.tags).toEqual([{ key: 'ecs-batch:project', value: 'myapp' }]);
    expect(writes().sort()).toEqual([
      'CreateLogGroup',
      'CreateSchedule',
      'CreateSchedule',
      'CreateSchedule',
      'CreateSchedule',
      'CreateScheduleGroup',
      // The live tag on the image the jobs now run (a lifecycle rule can keep it).
      'PutImage',
      'PutRetentionPolicy',
      'RegisterTaskDefinition',
      'RegisterTaskDefinition',
      'RegisterTaskDefinition',
      'RegisterTaskDefinition',
    ]);
  });

  it('resolves an ECR tag to its digest', async () => {
    const outcome = await deploy({ image: v1.tagUri });
    expect(outcome.image).toMatchObject({ uri: v1.uri, resolvedFromTag: 'v1' });
    expect((aws.fake.state.taskDefinitions.get('myapp-sweep')![0]!.body.containerDefinitions as Json[])[0]!.image).toBe(
      v1.uri,
    );
  });
});

describe('repeat deploys', () => {
  it('a repeat deploy makes zero write calls', async () => {
    await deploy();
    const again = await deploy();
    expect(again.apply?.ok).toBe(true);
    expect(writes()).toEqual([]);
    expect(aws.fake.calls.count()).toBeGreaterThan(0);
  });

  it('a new image registers new revisions and moves every schedule to them, nothing else', async () => {
    await deploy();
    const v2 = aws.fake.seedImage('myapp-batch', 'v2');
    await deploy({ image: v2.uri });
    expect(writes().sort()).toEqual(
      ['PutImage', ...Array(4).fill('RegisterTaskDefinition'), ...Array(4).fill('UpdateSchedule')].sort(),
    );
    expect(revisions('myapp-nightly')).toEqual(['1:ACTIVE', '2:ACTIVE']);
    expect(targetTaskDefinition(schedule('myapp-nightly').Target as never)).toMatch(/myapp-nightly:2$/);
    await deploy({ image: v2.uri });
    expect(writes()).toEqual([]);
  });

  it('removing a job deletes its schedule and deregisters its family', async () => {
    await deploy();
    manifestFile(MANIFEST.replace(/ {2}sweep:\n(?: {4}.*\n)+/, ''));
    const outcome = await deploy();
    expect(outcome.plan?.jobs.map((j) => j.job)).toEqual(['nightly', 'monthly', 'legacy']);
    expect(aws.fake.state.schedules.has('myapp/myapp-sweep')).toBe(false);
    expect(revisions('myapp-sweep')).toEqual(['1:INACTIVE']);
    expect(writes().sort()).toEqual(['DeleteSchedule', 'DeregisterTaskDefinition']);
  });

  it('disabling a job keeps its schedule, DISABLED', async () => {
    await deploy();
    manifestFile(
      MANIFEST.replace(
        '    command: [php, artisan, sweep]\n',
        '    command: [php, artisan, sweep]\n    enabled: false\n',
      ),
    );
    await deploy();
    expect(schedule('myapp-sweep').State).toBe('DISABLED');
    // The schedule changes without a new revision: its fingerprint is recorded on the revision it runs.
    expect(writes()).toEqual(['UpdateSchedule', 'TagResource']);
  });

  it('keep-revisions deregisters older revisions', async () => {
    await deploy({ keepRevisions: 2 });
    for (const tag of ['v2', 'v3', 'v4']) {
      const image = aws.fake.seedImage('myapp-batch', tag);
      await deploy({ image: image.uri, keepRevisions: 2 });
    }
    expect(revisions('myapp-nightly')).toEqual(['1:INACTIVE', '2:INACTIVE', '3:ACTIVE', '4:ACTIVE']);
    expect(targetTaskDefinition(schedule('myapp-nightly').Target as never)).toMatch(/:4$/);
  });
});

describe('what this manifest does not own is never touched', () => {
  async function foreign() {
    const { clients } = aws;
    const td = await clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('myapp-other')));
    const staging = await clients.ecs.send(
      new RegisterTaskDefinitionCommand({
        ...fargateTaskDefinition('myapp-staging-nightly'),
        tags: [{ key: 'ecs-batch:project', value: 'myapp-staging' }],
      }),
    );
    await clients.scheduler.send(
      new CreateScheduleGroupCommand({
        Name: 'myapp-staging',
        Tags: [{ Key: 'ecs-batch:project', Value: 'myapp-staging' }],
      }),
    );
    const target = (arn: string) => ({
      Arn: 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch',
      RoleArn: 'arn:aws:iam::123456789012:role/x',
      EcsParameters: { TaskDefinitionArn: arn, NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['s'] } } },
    });
    await clients.scheduler.send(
      new CreateScheduleCommand({
        Name: 'myapp-staging-nightly',
        GroupName: 'myapp-staging',
        ScheduleExpression: 'rate(1 day)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: target(staging.taskDefinition!.taskDefinitionArn!),
      }),
    );
    await clients.scheduler.send(
      new CreateScheduleCommand({
        Name: 'myapp-sweep-old',
        GroupName: 'default',
        ScheduleExpression: 'rate(1 day)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: target(td.taskDefinition!.taskDefinitionArn!),
      }),
    );
    await clients.events.send(new PutRuleCommand({ Name: 'myapp-legacy-rule', ScheduleExpression: 'rate(1 day)' }));
    await clients.events.send(
      new PutRuleCommand({
        Name: 'myapp-staging-rule',
        ScheduleExpression: 'rate(1 day)',
        Tags: [{ Key: 'ecs-batch:project', Value: 'myapp-staging' }],
      }),
    );
  }

  function snapshot() {
    const s = aws.fake.state;
    return JSON.stringify({
      families: ['myapp-other', 'myapp-staging-nightly'].map((f) => s.taskDefinitions.get(f)),
      schedules: [...s.schedules.values()].filter((x) => x.groupName !== 'myapp'),
      groups: [...s.scheduleGroups.values()].filter((g) => g.name !== 'myapp'),
      rules: [...s.rules.values()],
    });
  }

  it('same-prefix families, schedules in other groups, untagged and other-environment rules survive deploys and prunes', async () => {
    await foreign();
    const before = snapshot();
    await deploy();
    manifestFile(MANIFEST.replace(/ {2}sweep:\n(?: {4}.*\n)+/, ''));
    await deploy();
    expect(snapshot()).toEqual(before);
    expect(aws.fake.state.schedules.has('myapp/myapp-sweep')).toBe(false);
  });

  it('refuses to take over a same-named family it does not own: zero writes', async () => {
    await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('myapp-nightly')));
    const outcome = await deploy();
    expect(outcome.plan?.conflicts).toEqual([expect.stringMatching(/family myapp-nightly exists but is not owned/)]);
    expect(outcome.apply).toBeUndefined();
    expect(writes()).toEqual([]);
  });

  it('refuses a schedule group of the same name that it does not own', async () => {
    await aws.clients.scheduler.send(new CreateScheduleGroupCommand({ Name: 'myapp' }));
    const outcome = await deploy();
    expect(outcome.plan?.conflicts[0]).toMatch(/schedule group myapp exists but is not owned/);
    expect(writes()).toEqual([]);
  });
});

/** Made by hand on the cluster: a schedule running nightly's command, a rule running sweep's, and a rule running something else. */
async function handmade() {
  const clusterArn = aws.fake.state.clusters.get('batch')!.arn;
  const td = await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('legacy-cron')));
  const target = (command: string[]) => ({
    Arn: clusterArn,
    RoleArn: 'arn:aws:iam::123456789012:role/invoke',
    EcsParameters: {
      TaskDefinitionArn: td.taskDefinition!.taskDefinitionArn!,
      LaunchType: 'FARGATE' as const,
      NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'] } },
    },
    Input: JSON.stringify({ containerOverrides: [{ name: 'app', command }] }),
  });
  await aws.clients.scheduler.send(
    new CreateScheduleCommand({
      Name: 'nightly-by-hand',
      ScheduleExpression: 'cron(0 0 * * ? *)',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: target(['php', 'artisan', 'nightly']),
    }),
  );
  await aws.clients.events.send(new PutRuleCommand({ Name: 'sweep-by-hand', ScheduleExpression: 'rate(10 minutes)' }));
  await aws.clients.events.send(
    new PutTargetsCommand({ Rule: 'sweep-by-hand', Targets: [{ Id: '1', ...target(['php', 'artisan', 'sweep']) }] }),
  );
  await aws.clients.events.send(new PutRuleCommand({ Name: 'not-named', ScheduleExpression: 'rate(1 hour)' }));
  await aws.clients.events.send(
    new PutTargetsCommand({ Rule: 'not-named', Targets: [{ Id: '1', ...target(['php', 'artisan', 'other']) }] }),
  );
  return { target, taskDefinitionArn: td.taskDefinition!.taskDefinitionArn! };
}

describe('hand-made schedules that already run a job', () => {
  it(
    'warns that a job would run twice when a hand-made schedule or rule runs the same command or ' +
      'family on the cluster, and changes neither',
    async () => {
      const { target } = await handmade();
      await aws.clients.scheduler.send(
        new CreateScheduleCommand({
          Name: 'unrelated',
          ScheduleExpression: 'rate(1 hour)',
          FlexibleTimeWindow: { Mode: 'OFF' },
          Target: target(['php', 'artisan', 'other']),
        }),
      );
      const schedulesBefore = JSON.stringify([...aws.fake.state.schedules.entries()]);
      const outcome = await deploy({ dryRun: true });
      const twice = outcome.plan!.warnings.filter((w) => /would also run/.test(w));
      expect(twice).toEqual([
        expect.stringMatching(/^job nightly would also run from schedule default\/nightly-by-hand: .*same command/),
        expect.stringMatching(/^job sweep would also run from rule sweep-by-hand: .*same command/),
      ]);
      expect(JSON.stringify([...aws.fake.state.schedules.entries()])).toBe(schedulesBefore);
      // Deployed, the job's own schedule is not a stranger: the warning stays about the hand-made ones only.
      await deploy();
      // A copy made by hand of a deployed job's own schedule is found by its task definition family.
      const monthlyArn = aws.fake.state.taskDefinitions.get('myapp-monthly')![0]!.arn;
      await aws.clients.events.send(
        new PutRuleCommand({ Name: 'monthly-copy', ScheduleExpression: 'cron(0 0 1 * ? *)' }),
      );
      await aws.clients.events.send(
        new PutTargetsCommand({
          Rule: 'monthly-copy',
          Targets: [
            {
              ...target([]),
              Id: '1',
              Input: undefined,
              EcsParameters: { ...target([]).EcsParameters, TaskDefinitionArn: monthlyArn },
            },
          ],
        }),
      );
      const again = await deploy({ dryRun: true });
      expect(again.plan!.warnings.filter((w) => /would also run/.test(w))).toEqual([
        expect.stringMatching(/^job monthly would also run from rule monthly-copy: .*task definition family/),
        expect.stringMatching(/^job nightly would also run from schedule default\/nightly-by-hand: /),
        expect.stringMatching(/^job sweep would also run from rule sweep-by-hand: /),
      ]);
      expect(aws.fake.state.schedules.has('default/nightly-by-hand')).toBe(true);
    },
  );
});

describe('taking over hand-made schedules (replaces:)', () => {
  const TAKING_OVER = MANIFEST.replace(
    '    command: [php, artisan, nightly]\n',
    '    command: [php, artisan, nightly]\n    replaces: schedule/default/nightly-by-hand\n',
  ).replace(
    '    command: [php, artisan, sweep]\n',
    '    command: [php, artisan, sweep]\n    replaces: [rule/sweep-by-hand]\n',
  );

  it("deletes exactly the named ones after the job's own schedule exists; nothing runs twice; a repeat writes nothing", async () => {
    const handmadeTd = (await handmade()).taskDefinitionArn;
    manifestFile(TAKING_OVER);
    const planned = await deploy({ dryRun: true });
    expect(planned.plan!.changes.filter((c) => c.kind === 'replaced').map((c) => [c.name, c.action])).toEqual([
      ['schedule/default/nightly-by-hand', 'take-over'],
      ['rule/sweep-by-hand', 'take-over'],
    ]);
    expect(planned.plan!.warnings.filter((w) => /would also run/.test(w))).toEqual([]);
    expect(planned.plan!.jobs.find((j) => j.job === 'sweep')!.reasons).toContain(
      "takes over rule sweep-by-hand, made by hand: deleted once this job's own schedule exists",
    );
    expect(aws.fake.state.schedules.has('default/nightly-by-hand')).toBe(true);

    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    const ops = writes();
    expect(ops.indexOf('DeleteSchedule')).toBeGreaterThan(ops.lastIndexOf('CreateSchedule'));
    expect(ops.indexOf('DeleteRule')).toBeGreaterThan(ops.lastIndexOf('CreateSchedule'));
    // One enabled schedule or rule per job, the one ecs-batch made.
    expect(aws.fake.state.schedules.has('default/nightly-by-hand')).toBe(false);
    expect(aws.fake.state.rules.has('default/sweep-by-hand')).toBe(false);
    expect(aws.fake.state.schedules.get('myapp/myapp-nightly')).toBeDefined();
    expect(aws.fake.state.rules.has('default/not-named')).toBe(true);
    expect(aws.fake.state.taskDefinitions.get('legacy-cron')![0]!.arn).toBe(handmadeTd);
    expect(aws.fake.state.taskDefinitions.get('legacy-cron')![0]!.status).toBe('ACTIVE');

    await deploy();
    expect(writes()).toEqual([]);
  });

  it('refuses, before any write, to delete a named rule that now also targets something else', async () => {
    await handmade();
    await aws.clients.events.send(
      new PutTargetsCommand({
        Rule: 'sweep-by-hand',
        Targets: [{ Id: 'lambda', Arn: 'arn:aws:lambda:ap-northeast-1:123456789012:function:f' }],
      }),
    );
    manifestFile(TAKING_OVER);
    const outcome = await deploy();
    expect(outcome.plan?.conflicts).toEqual([
      expect.stringMatching(/^job sweep replaces rule\/sweep-by-hand, which also has targets outside this cluster/),
    ]);
    expect(writes()).toEqual([]);
    expect(aws.fake.state.rules.has('default/sweep-by-hand')).toBe(true);
  });

  it('refuses a named rule that carries an ecs-batch tag (another deployment owns it)', async () => {
    await handmade();
    const arn = aws.fake.state.rules.get('default/sweep-by-hand')!.arn;
    await aws.clients.events.send(
      new TagResourceCommand({ ResourceARN: arn, Tags: [{ Key: 'ecs-batch:project', Value: 'other' }] }),
    );
    manifestFile(TAKING_OVER);
    const outcome = await deploy();
    expect(outcome.plan?.conflicts).toEqual([
      expect.stringMatching(/^job sweep replaces rule\/sweep-by-hand, which was made by ecs-batch/),
    ]);
    expect(writes()).toEqual([]);
  });

  it("refuses to take over a schedule in an ecs-batch group, the manifest's own included", async () => {
    await deploy();
    manifestFile(
      MANIFEST.replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    replaces: schedule/myapp/myapp-sweep\n',
      ),
    );
    const outcome = await deploy();
    expect(outcome.plan?.conflicts).toEqual([
      expect.stringMatching(
        /^job nightly replaces schedule\/myapp\/myapp-sweep, which is in a schedule group made by ecs-batch/,
      ),
    ]);
    expect(writes()).toEqual([]);
    expect(aws.fake.state.schedules.has('myapp/myapp-sweep')).toBe(true);
  });

  it('takeOver: disable switches the named ones off instead (keeping every other field); a repeat writes nothing', async () => {
    await handmade();
    const before = structuredClone(aws.fake.state.schedules.get('default/nightly-by-hand')!.body);
    manifestFile(TAKING_OVER.replace('cluster: batch\n', 'cluster: batch\ntakeOver: disable\n'));
    const planned = await deploy({ dryRun: true });
    expect(planned.plan!.jobs.find((j) => j.job === 'sweep')!.reasons).toContain(
      "takes over rule sweep-by-hand, made by hand: disabled once this job's own schedule exists",
    );
    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    const ops = writes();
    expect(ops).toEqual(expect.arrayContaining(['DisableRule', 'UpdateSchedule']));
    expect(ops).not.toEqual(expect.arrayContaining(['DeleteRule']));
    expect(ops.indexOf('DisableRule')).toBeGreaterThan(ops.lastIndexOf('CreateSchedule'));
    expect(aws.fake.state.rules.get('default/sweep-by-hand')!.state).toBe('DISABLED');
    expect(aws.fake.state.rules.get('default/sweep-by-hand')!.targets).toHaveLength(1);
    const { ClientToken: _token, ...kept } = before;
    expect(aws.fake.state.schedules.get('default/nightly-by-hand')!.body).toMatchObject({ ...kept, State: 'DISABLED' });
    await deploy();
    expect(writes()).toEqual([]);
    expect(outcome.plan!.changes.filter((c) => c.kind === 'replaced').map((c) => c.action)).toEqual([
      'take-over',
      'take-over',
    ]);
  });

  it('a replaced resource already gone is fine', async () => {
    manifestFile(TAKING_OVER);
    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    expect(outcome.plan!.changes.filter((c) => c.kind === 'replaced').map((c) => c.action)).toEqual([
      'unchanged',
      'unchanged',
    ]);
  });
});

describe('the rules backend', () => {
  const RULES = MANIFEST.replace('cluster: batch', 'cluster: batch\nbackend: rules').replace(
    '  timezone: Asia/Tokyo\n',
    '',
  );

  it('creates tagged rules with one ECS target each; a repeat is a no-op; removal prunes', async () => {
    manifestFile(RULES);
    await aws.clients.events.send(new PutRuleCommand({ Name: 'myapp-handmade', ScheduleExpression: 'rate(1 day)' }));
    await deploy();
    const rule = aws.fake.state.rules.get('default/myapp-nightly')!;
    expect(rule).toMatchObject({
      scheduleExpression: 'cron(0 0 * * ? *)',
      state: 'ENABLED',
      description: 'Nightly aggregation',
    });
    expect(rule.targets).toEqual([
      expect.objectContaining({
        Id: 'ecs-batch',
        EcsParameters: expect.objectContaining({
          TaskDefinitionArn: expect.stringMatching(/myapp-nightly:1$/),
          LaunchType: 'FARGATE',
        }),
      }),
    ]);
    expect(aws.fake.state.ruleTags.get(rule.arn)).toEqual([
      { key: 'ecs-batch:project', value: 'myapp' },
      { key: 'ecs-batch:job', value: 'nightly' },
    ]);
    expect(aws.fake.state.rules.get('default/myapp-legacy')!.state).toBe('DISABLED');
    await deploy();
    expect(writes()).toEqual([]);
    manifestFile(RULES.replace(/ {2}sweep:\n(?: {4}.*\n)+/, ''));
    await deploy();
    expect(aws.fake.state.rules.has('default/myapp-sweep')).toBe(false);
    expect(aws.fake.state.rules.has('default/myapp-handmade')).toBe(true);
  });

  it('switching to the scheduler backend moves the jobs and deletes the old rules', async () => {
    manifestFile(RULES);
    await deploy();
    manifestFile(MANIFEST);
    await deploy();
    expect([...aws.fake.state.rules.keys()]).toEqual([]);
    expect(aws.fake.state.schedules.size).toBe(4);
  });
});

describe('bad input: nothing is written', () => {
  it('an invalid manifest makes no AWS call at all', async () => {
    manifestFile(MANIFEST.replace('cron(0 0 * * ? *)', 'cron(0 0 * * * *)'));
    const outcome = await deploy();
    expect(outcome.load.valid).toBe(false);
    expect(aws.fake.calls.count()).toBe(0);
  });

  it('a missing cluster is a clear error before any write', async () => {
    manifestFile(MANIFEST.replace('cluster: batch', 'cluster: nope'));
    await expect(deploy()).rejects.toThrow(/ECS cluster 'nope' does not exist in ap-northeast-1/);
    expect(writes()).toEqual([]);
  });

  it('an image digest that is not in ECR is a clear error before any write', async () => {
    await expect(deploy({ image: v1.uri.replace(/sha256:.*/, `sha256:${'0'.repeat(64)}`) })).rejects.toThrow(
      /is not in ECR repository myapp-batch/,
    );
    expect(writes()).toEqual([]);
  });

  it('a tag outside ECR must be pinned by digest', async () => {
    await expect(deploy({ image: 'docker.io/library/busybox:latest' })).rejects.toThrow(/not pinned by digest/);
    expect(aws.fake.calls.writes()).toEqual([]);
  });
});

describe('faults', () => {
  it('5xx errors are retried and the deploy converges', async () => {
    aws.fake.faults.errorRate = 0.25;
    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    expect(aws.fake.calls.entries.some((e) => e.status === 500)).toBe(true);
    aws.fake.faults.errorRate = 0;
    await deploy();
    expect(writes()).toEqual([]);
  });

  it('RegisterTaskDefinition throttling (AWS-like token bucket) is absorbed by retries', async () => {
    aws.fake.faults.buckets.RegisterTaskDefinition = { perSecond: 4, burst: 2 };
    const outcome = await deploy();
    expect(outcome.apply?.ok).toBe(true);
    expect(aws.fake.calls.entries.filter((e) => e.errorCode === 'ThrottlingException').length).toBeGreaterThan(0);
    expect(revisions('myapp-nightly')).toEqual(['1:ACTIVE']);
  });

  it('a failure part-way leaves every schedule on a revision that exists; the next deploy converges', async () => {
    await deploy();
    const v2 = aws.fake.seedImage('myapp-batch', 'v2');
    aws.fake.faults.failures.push({
      operation: 'UpdateSchedule',
      code: 'ValidationException',
      status: 400,
      message: 'injected',
      times: 1,
    });
    const failed = await deploy({ image: v2.uri });
    expect(failed.apply?.ok).toBe(false);
    expect(failed.apply?.error?.message).toMatch(/injected/);
    for (const s of aws.fake.state.schedules.values()) {
      const arn = targetTaskDefinition(s.body.Target as never)!;
      expect(aws.fake.state.findTaskDefinitionByArn(arn)?.status).toBe('ACTIVE');
    }
    const retry = await deploy({ image: v2.uri });
    expect(retry.apply?.ok).toBe(true);
    expect(writes().every((w) => w === 'UpdateSchedule' || w === 'PutImage')).toBe(true);
    expect(revisions('myapp-nightly')).toEqual(['1:ACTIVE', '2:ACTIVE']);
    for (const name of ['myapp-nightly', 'myapp-sweep', 'myapp-monthly', 'myapp-legacy'])
      expect(targetTaskDefinition(schedule(name).Target as never)).toMatch(/:2$/);
    await deploy({ image: v2.uri });
    expect(writes()).toEqual([]);
  });
});

describe('a base task definition file', () => {
  it('adds what the manifest does not model, and stays stable across deploys', async () => {
    writeFileSync(
      join(dir, 'base.json'),
      JSON.stringify({
        volumes: [{ name: 'scratch' }],
        containerDefinitions: [{ name: 'sidecar', image: 'public.ecr.aws/x/agent:1', essential: false }],
      }),
    );
    manifestFile(MANIFEST.replace('  logs:', '  taskDefinition: base.json\n  logs:'));
    await deploy();
    const body = aws.fake.state.taskDefinitions.get('myapp-nightly')![0]!.body;
    expect(body.volumes).toEqual([{ name: 'scratch' }]);
    expect((body.containerDefinitions as Json[]).map((c) => c.name)).toEqual(['nightly', 'sidecar']);
    await deploy();
    expect(writes()).toEqual([]);
  });
});
