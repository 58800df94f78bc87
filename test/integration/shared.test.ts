import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClients } from '../../src/aws/clients.ts';
import { loadManifest } from '../../src/load/load.ts';
import { release, type ReleaseOptions } from '../../src/release/release.ts';
import { deploymentReport, renderDeploymentText } from '../../src/report/deployment.ts';
import { runJob } from '../../src/run/run.ts';
import type { Json } from '../fake-aws/state.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
let dir: string;
let v1: { uri: string; digest: string };
let v2: { uri: string; digest: string };

beforeEach(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 20, runMs: 60, stopMs: 20 } });
  aws.fake.createCluster('batch');
  v1 = aws.fake.seedImage('myapp-batch', 'v1');
  v2 = aws.fake.seedImage('myapp-batch', 'v2', JSON.stringify({ schemaVersion: 2, v: 2 }));
  dir = scratchDir({});
});
afterEach(() => aws.stop());

/** N jobs of one shape: each its own command, some with their own environment. */
function manyJobs(n: number, extra = ''): string {
  const jobs = Array.from({ length: n }, (_, i) => {
    const id = String(i).padStart(3, '0');
    return (
      `  job-${id}:\n    schedule: cron(${i % 60} ${i % 24} * * ? *)\n    command: [php, artisan, ` +
      `"job:${id}"]\n${i % 3 === 0 ? `    environment: { JOB_ID: "${id}" }\n` : ''}`
    );
  });
  return MANIFEST.replace('cluster: batch\n', `cluster: batch\ntaskDefinitions: shared\n${extra}`).replace(
    /jobs:\n[\s\S]*$/,
    `jobs:\n${jobs.join('')}`,
  );
}

function manifestFile(text: string): string {
  writeFileSync(join(dir, 'ecs-batch.yml'), text);
  return join(dir, 'ecs-batch.yml');
}

async function deploy(image: string, options: Partial<ReleaseOptions> = {}) {
  aws.fake.calls.reset();
  const outcome = await release({
    manifest: join(dir, 'ecs-batch.yml'),
    image,
    dryRun: false,
    prune: true,
    ...options,
  });
  expect(outcome.plan?.conflicts).toEqual([]);
  expect(outcome.apply?.error).toBeUndefined();
  expect(outcome.apply?.ok).toBe(true);
  return outcome;
}

const writes = () => aws.fake.calls.writes().map((w) => w.operation);
const families = () =>
  [...aws.fake.state.taskDefinitions.entries()]
    .filter(([, revs]) => revs.some((r) => r.status === 'ACTIVE'))
    .map(([f]) => f)
    .sort();

/** Fires the job's schedule (or rule) as AWS would, and says what the task it started runs. */
async function fire(job: string, how: 'schedule' | 'rule' = 'schedule') {
  const [task] =
    how === 'schedule'
      ? await aws.fake.fire({ schedule: `myapp/myapp-${job}` })
      : await aws.fake.fire({ rule: `myapp-${job}` });
  const record = aws.fake.state.tasks.get(String(task!.taskArn))!;
  return {
    image: record.containers[0]!.image,
    command: record.command,
    environment: record.environment,
    group: record.group,
    family: record.family,
  };
}

describe('taskDefinitions: shared', () => {
  it(
    '200 jobs of one shape: one family; a no-op writes nothing; an image roll is one write; every ' +
      'schedule runs its own command on the new digest',
    async () => {
      manifestFile(manyJobs(200));
      const first = await deploy(v1.uri);
      expect(families()).toEqual([expect.stringMatching(/^myapp-shared-256-512-[0-9a-f]{8}$/)]);
      expect(writes().filter((w) => w === 'RegisterTaskDefinition')).toHaveLength(1);
      expect(writes().filter((w) => w === 'CreateSchedule')).toHaveLength(200);
      expect(Object.keys(first.apply!.taskDefinitionArns)).toHaveLength(200);
      const schedule = aws.fake.state.schedules.get('myapp/myapp-job-007')!.body as Json & { Target: Json };
      expect(schedule.Target.Arn).toBe('arn:aws:scheduler:::aws-sdk:ecs:runTask');
      expect(schedule.Target.EcsParameters).toBeUndefined();

      await deploy(v1.uri);
      expect(writes()).toEqual([]);

      const roll = await deploy(v2.uri);
      // A roll is one registration, and the live tag on the new image.
      expect(writes()).toEqual(['RegisterTaskDefinition', 'PutImage']);
      expect(roll.plan!.jobs.filter((j) => j.action === 'update')).toHaveLength(200);
      // Every schedule, fired as AWS would: its own command, on the new digest, in its own task group.
      for (let i = 0; i < 200; i++) {
        const job = `job-${String(i).padStart(3, '0')}`;
        const ran = await fire(job);
        expect(ran.image).toBe(v2.uri);
        expect(ran.command).toEqual(['php', 'artisan', `job:${job.slice(4)}`]);
        expect(ran.group).toBe(`ecs-batch:myapp:${job}`);
        expect(ran.environment).toMatchObject({ APP_ENV: 'production' });
      }
      expect((await fire('job-123')).environment).toMatchObject({ JOB_ID: '123' });
      expect((await fire('job-124')).environment.JOB_ID).toBeUndefined();
    },
  );

  it(
    "a change to a job's command or environment updates its schedule only, and the plan shows the " +
      'field, never a secret value',
    async () => {
      manifestFile(manyJobs(3));
      await deploy(v1.uri);
      const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';
      manifestFile(
        manyJobs(3).replace(
          '    command: [php, artisan, "job:001"]\n',
          `    command: [php, artisan, "job:001", --verbose]\n    environment: { API_TOKEN: "${token}" }\n`,
        ),
      );
      const changed = await deploy(v1.uri);
      expect(writes()).toEqual(['UpdateSchedule']);
      const text = renderDeploymentText(deploymentReport(changed, Date.now()));
      expect(text).not.toContain(token);
      expect(text).toMatch(
        /schedule Target\.Input\.overrides\.containerOverrides\[main\]\.environment\[API_TOKEN\]: added \(value sha256:[0-9a-f]{8}\)/,
      );
      expect(text).toMatch(
        /schedule Target\.Input\.overrides\.containerOverrides\[main\]\.command: .* → \["php","artisan","job:001","--verbose"\]/,
      );
      expect(await fire('job-001')).toMatchObject({
        command: ['php', 'artisan', 'job:001', '--verbose'],
        environment: { API_TOKEN: token },
      });
    },
  );

  it(
    'a job with retries runs through a state machine whose step names the family and carries its ' +
      'overrides; a roll rewrites neither',
    async () => {
      manifestFile(
        manyJobs(3)
          .replace('  logs: {', '  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n  logs: {')
          .replace(
            '    command: [php, artisan, "job:002"]\n',
            '    command: [php, artisan, "job:002"]\n    retries: 2\n',
          ),
      );
      await deploy(v1.uri);
      const machine = [...aws.fake.state.stateMachines.values()].find((m) => m.name === 'myapp-job-002')!;
      const definition = JSON.parse(machine.definition);
      const step = definition.States['Run job-002'].Parameters;
      expect(step.TaskDefinition).toMatch(/:task-definition\/myapp-shared-256-512-[0-9a-f]{8}$/);
      // The environment comes from the run input, whose default is the job's own.
      expect(step.Overrides.ContainerOverrides).toEqual([
        { Name: 'main', Command: ['php', 'artisan', 'job:002'], 'Environment.$': "$.ecsBatch.run.env['job-002']" },
      ]);
      expect(definition.States['Default environments'].Parameters.defaults.env).toEqual({
        'job-002': [
          { Name: 'APP_ENV', Value: 'production' },
          { Name: 'ECS_BATCH_SCHEDULED_TIME', 'Value.$': '$.ecsBatch.run.scheduledTime' },
        ],
      });
      await deploy(v2.uri);
      // A roll is one registration, and the live tag on the new image.
      expect(writes()).toEqual(['RegisterTaskDefinition', 'PutImage']);
    },
  );

  it('jobs of different shapes get a family each, and a roll registers one revision per shape', async () => {
    manifestFile(manyJobs(6).replace('  job-005:\n', '  job-005:\n    cpu: 1024\n    memory: 2048\n'));
    await deploy(v1.uri);
    expect(families()).toEqual([
      expect.stringMatching(/^myapp-shared-1024-2048-/),
      expect.stringMatching(/^myapp-shared-256-512-/),
    ]);
    await deploy(v2.uri);
    expect(writes()).toEqual(['RegisterTaskDefinition', 'RegisterTaskDefinition', 'PutImage']);
    expect((await fire('job-005')).image).toBe(v2.uri);
    // The odd job back to the common size: its old shape's family is no one's any more.
    manifestFile(manyJobs(6));
    const merged = await deploy(v2.uri);
    expect(
      merged.plan!.changes.flatMap((c) => (c.kind === 'task-definition-revisions' ? [[c.family, c.reason]] : [])),
    ).toEqual([[expect.stringMatching(/^myapp-shared-1024-2048-/), 'no job has this shape any more']]);
    expect(families()).toEqual([expect.stringMatching(/^myapp-shared-256-512-/)]);
    expect(await fire('job-005')).toMatchObject({
      image: v2.uri,
      family: expect.stringMatching(/^myapp-shared-256-512-/),
    });
  });

  const switching =
    "switching per-job → shared → per-job converges each time, prunes the other mode's families, and settles to zero writes";
  it(switching, async () => {
    const perJob = manyJobs(4).replace('taskDefinitions: shared\n', '');
    manifestFile(perJob);
    await deploy(v1.uri);
    expect(families()).toEqual(['myapp-job-000', 'myapp-job-001', 'myapp-job-002', 'myapp-job-003']);

    manifestFile(manyJobs(4));
    const toShared = await deploy(v1.uri);
    expect(families()).toEqual([expect.stringMatching(/^myapp-shared-/)]);
    expect(toShared.plan!.changes.filter((c) => c.kind === 'task-definition-revisions').map((c) => c.reason)).toEqual(
      Array(4).fill('the job runs a shared task definition now (taskDefinitions: shared)'),
    );
    // The schedules moved first, then the old families went.
    const ops = writes();
    expect(ops.lastIndexOf('UpdateSchedule')).toBeLessThan(ops.indexOf('DeregisterTaskDefinition'));
    expect((await fire('job-002')).command).toEqual(['php', 'artisan', 'job:002']);
    await deploy(v1.uri);
    expect(writes()).toEqual([]);

    manifestFile(perJob);
    await deploy(v2.uri);
    expect(families()).toEqual(['myapp-job-000', 'myapp-job-001', 'myapp-job-002', 'myapp-job-003']);
    expect(aws.fake.calls.writes().filter((w) => w.operation === 'DeregisterTaskDefinition')).toHaveLength(1);
    const ran = await fire('job-001');
    expect(ran).toMatchObject({ image: v2.uri, command: ['php', 'artisan', 'job:001'], family: 'myapp-job-001' });
    await deploy(v2.uri);
    expect(writes()).toEqual([]);
  });

  it('renaming the project warns that the old deployment still runs the jobs, read from its universal targets', async () => {
    manifestFile(manyJobs(3).replace('project: myapp', 'project: oldname'));
    await deploy(v1.uri);
    manifestFile(manyJobs(3));
    const planned = await release({ manifest: join(dir, 'ecs-batch.yml'), image: v1.uri, dryRun: true, prune: true });
    expect(planned.plan!.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^ecs-batch project oldname also runs job-000, job-001, job-002 on this cluster/),
      ]),
    );
  });

  it('on the rules backend: the rule names the family and its input carries the overrides; a roll is one write', async () => {
    manifestFile(
      manyJobs(5)
        .replace('cluster: batch\n', 'cluster: batch\nbackend: rules\n')
        .replace('  timezone: Asia/Tokyo\n', ''),
    );
    await deploy(v1.uri);
    const target = aws.fake.state.rules.get('default/myapp-job-003')!.targets[0]!;
    expect((target.EcsParameters as Json).TaskDefinitionArn).toMatch(
      /:task-definition\/myapp-shared-256-512-[0-9a-f]{8}$/,
    );
    // An InputTransformer: the overrides, with the scheduled event's time filled in when the rule fires.
    const transformer = target.InputTransformer as { InputPathsMap: object; InputTemplate: string };
    expect(transformer.InputPathsMap).toEqual({ time: '$.time' });
    expect(JSON.parse(transformer.InputTemplate.replace('<time>', '"2026-12-01T03:00:00Z"'))).toEqual({
      containerOverrides: [
        {
          name: 'main',
          command: ['php', 'artisan', 'job:003'],
          environment: [
            { name: 'APP_ENV', value: 'production' },
            { name: 'JOB_ID', value: '003' },
            { name: 'ECS_BATCH_SCHEDULED_TIME', value: '2026-12-01T03:00:00Z' },
          ],
        },
      ],
    });
    await deploy(v2.uri);
    expect(writes()).toEqual(['RegisterTaskDefinition', 'PutImage']);
    expect(await fire('job-003', 'rule')).toMatchObject({ image: v2.uri, command: ['php', 'artisan', 'job:003'] });
  });

  it('ecs-batch run starts the job with its own command from the schedule, and --command replaces it', async () => {
    manifestFile(manyJobs(3));
    await deploy(v1.uri);
    const manifest = loadManifest(join(dir, 'ecs-batch.yml')).manifest!;
    const clients = createClients();
    try {
      const job = manifest.jobs.find((j) => j.name === 'job-001')!;
      const own = await runJob(clients, manifest, job, {
        wait: false,
        timeoutSeconds: 60,
        startedBy: 'ecs-batch/manual',
      });
      expect(own.settingsSource).toBe('schedule');
      const first = [...aws.fake.state.tasks.values()].at(-1)!;
      expect(first.command).toEqual(['php', 'artisan', 'job:001']);
      expect(first.group).toBe('ecs-batch:myapp:job-001');
      await runJob(clients, manifest, job, {
        wait: false,
        timeoutSeconds: 60,
        startedBy: 'ecs-batch/manual',
        command: ['php', 'artisan', 'job:001', '--dry-run'],
        environment: { DRY_RUN: '1' },
      });
      const second = [...aws.fake.state.tasks.values()].at(-1)!;
      expect(second.command).toEqual(['php', 'artisan', 'job:001', '--dry-run']);
      expect(second.environment).toMatchObject({ APP_ENV: 'production', DRY_RUN: '1' });
    } finally {
      clients.destroy();
    }
  });
});
