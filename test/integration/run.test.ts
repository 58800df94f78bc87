import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { UpdateScheduleCommand, GetScheduleCommand } from '@aws-sdk/client-scheduler';
import { release } from '../../src/release/release.ts';
import type { Json } from '../fake-aws/state.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { ROOT, runAction, runCli, scratchDir } from '../helpers/processes.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let aws: FakeSetup;
let dir: string;
let project: string;

beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 40, runMs: 300, stopMs: 30 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());
beforeEach(async () => {
  project = `r${Math.random().toString(36).slice(2, 7)}`;
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('project: myapp', `project: ${project}`) });
  aws.fake.tasks.outcome = undefined;
  aws.fake.tasks.runTaskFailure = undefined;
  const image = aws.fake.seedImage('myapp-batch', 'v1');
  const outcome = await release({ manifest: join(dir, 'ecs-batch.yml'), image: image.uri, dryRun: false, prune: true });
  expect(outcome.apply?.ok).toBe(true);
});

const run = (args: string[], env: Record<string, string> = {}) =>
  runCli(['run', ...args, '--poll', '0.1'], { ...aws.fake.env(), ...env }, dir);

describe('ecs-batch run', () => {
  it('runs the job, streams every log line in order across pages, and exits 0', async () => {
    aws.fake.tasks.outcome = () => ({
      exitCode: 0,
      logLines: Array.from({ length: 23 }, (_, i) => `line ${i + 1}`),
      runMs: 400,
    });
    const r = await run(['nightly']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('line '));
    expect(lines).toEqual(Array.from({ length: 23 }, (_, i) => `line ${i + 1}`));
    expect(r.stdout).toMatch(/ecs-batch run nightly: ✅ succeeded/);
    expect(r.stdout).toMatch(/exit code: 0/);
    expect(r.stdout).toMatch(
      new RegExp(`task definition: .*task-definition/${project}-nightly:1 \\(settings from the schedule\\)`),
    );
    const task = [...aws.fake.state.tasks.values()].at(-1)!;
    expect(task.startedBy).toBe('ecs-batch/manual');
    expect(task.tags).toEqual(
      expect.arrayContaining([
        { key: 'ecs-batch:trigger', value: 'manual' },
        { key: 'ecs-batch:project', value: project },
      ]),
    );
    expect(aws.fake.calls.count('GetLogEvents')).toBeGreaterThan(4);
  });

  it('a non-zero exit code fails the run with that code', async () => {
    aws.fake.tasks.outcome = () => ({ exitCode: 3, logLines: ['boom'] });
    const r = await run(['sweep', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      status: 'failed',
      exitCode: 3,
      stopCode: 'EssentialContainerExited',
      hint: expect.stringMatching(/exited with code 3/),
    });
  });

  it('applies command and environment overrides', async () => {
    const r = await run([
      'sweep',
      '--command',
      'php artisan "queue:sweep --now"',
      '--env',
      'FAKE_EXIT_CODE=0',
      '--env',
      'DRY_RUN=1',
    ]);
    expect(r.code).toBe(0);
    const task = [...aws.fake.state.tasks.values()].at(-1)!;
    expect(task.overrides.containerOverrides).toEqual([
      {
        name: 'sweep',
        command: ['php', 'artisan', 'queue:sweep --now'],
        environment: [
          { name: 'FAKE_EXIT_CODE', value: '0' },
          { name: 'DRY_RUN', value: '1' },
          // A run by hand is for the time it starts, unless --scheduled-time says otherwise.
          { name: 'ECS_BATCH_SCHEDULED_TIME', value: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/) },
        ],
      },
    ]);
    expect(r.stdout).toMatch(/starting: php artisan queue:sweep --now/);
  });

  it('gives the run the time it is for: --scheduled-time, to the minute, in UTC', async () => {
    const r = await run(['sweep', '--scheduled-time', '2026-11-27T12:00:00+09:00']);
    expect(r.code).toBe(0);
    const task = [...aws.fake.state.tasks.values()].at(-1)!;
    expect(task.environment.ECS_BATCH_SCHEDULED_TIME).toBe('2026-11-27T03:00:00Z');
    const bad = await run(['sweep', '--scheduled-time', 'yesterday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--scheduled-time must be an ISO 8601 time with its zone/);
    const reserved = await run(['sweep', '--env', 'ECS_BATCH_SCHEDULED_TIME=x']);
    expect(reserved.code).toBe(2);
    expect(reserved.stderr).toMatch(/ECS_BATCH_SCHEDULED_TIME is ecs-batch's own .*--scheduled-time/);
  });

  it('uses the live schedule settings, not the manifest', async () => {
    const name = `${project}-nightly`;
    const live = await aws.clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: project }));
    const { Arn: _arn, CreationDate: _c, LastModificationDate: _m, $metadata: _meta, ...input } = live;
    // Changed by hand in the RunTask request the schedule's Input holds.
    const request0 = JSON.parse(input.Target!.Input!) as { NetworkConfiguration: { AwsvpcConfiguration: Json } };
    request0.NetworkConfiguration.AwsvpcConfiguration.Subnets = ['subnet-live'];
    input.Target!.Input = JSON.stringify(request0);
    await aws.clients.scheduler.send(new UpdateScheduleCommand({ ...input, Name: name, GroupName: project } as never));
    let request: Json | undefined;
    aws.fake.tasks.runTaskFailure = (req) => {
      request = req;
      return undefined;
    };
    await run(['nightly']);
    expect((request?.networkConfiguration as Json).awsvpcConfiguration).toEqual({
      subnets: ['subnet-live'],
      securityGroups: ['sg-0c2d'],
      assignPublicIp: 'DISABLED',
    });
    expect(request).toMatchObject({
      cluster: 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch',
      launchType: 'FARGATE',
      propagateTags: 'TASK_DEFINITION',
      enableECSManagedTags: true,
    });
  });

  it('reports a task that never started because its log group is missing, with a hint', async () => {
    aws.fake.state.logGroups.delete('/ecs-batch/myapp');
    try {
      const r = await run(['nightly', '--format', 'json']);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout)).toMatchObject({
        status: 'failed-to-start',
        stopCode: 'TaskFailedToStart',
        stoppedReason: expect.stringMatching(/log group does not exist/),
        hint: expect.stringMatching(/awslogs group \/ecs-batch\/myapp does not exist.*ecs-batch deploy/),
      });
    } finally {
      await release({
        manifest: join(dir, 'ecs-batch.yml'),
        image: aws.fake.seedImage('myapp-batch', 'v1').uri,
        dryRun: false,
        prune: true,
      });
    }
  });

  it('reports an image that cannot be pulled', async () => {
    const repo = aws.fake.state.repositories.get('myapp-batch')!;
    const saved = repo.images;
    repo.images = [];
    try {
      const r = await run(['nightly', '--format', 'json']);
      expect(JSON.parse(r.stdout)).toMatchObject({
        status: 'failed-to-start',
        hint: expect.stringMatching(/image could not be pulled/),
      });
    } finally {
      repo.images = saved;
    }
  });

  it('reports a RunTask capacity failure as not started', async () => {
    aws.fake.tasks.runTaskFailure = () => ({ reason: 'Capacity is unavailable at this time' });
    const r = await run(['nightly']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not started \(RunTask refused\)/);
    expect(r.stdout).toMatch(/reason: Capacity is unavailable at this time/);
    expect(r.stdout).toMatch(/hint: ECS could not place the task/);
  });

  it('stops the task when it runs past --timeout', async () => {
    aws.fake.tasks.outcome = () => ({ exitCode: 0, runMs: 60_000, logLines: ['still going'] });
    const r = await run(['nightly', '--timeout', '1s', '--format', 'json']);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({
      status: 'timed-out',
      stopCode: 'UserInitiated',
      stoppedReason: 'ecs-batch: timed out after 1s',
    });
    expect(aws.fake.state.tasks.get(result.taskArn)!.lastStatus).toBe('STOPPED');
  });

  it('--no-wait starts the task and returns at once', async () => {
    aws.fake.tasks.outcome = () => ({ exitCode: 0, runMs: 60_000, logLines: [] });
    const r = await run(['nightly', '--no-wait', '--format', 'json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe('started');
    expect(aws.fake.state.tasks.get(result.taskArn)!.desiredStatus).toBe('RUNNING');
  });

  it('runs a disabled job, with a note', async () => {
    const r = await run(['legacy']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: job 'legacy' is disabled in the manifest/);
  });

  it('without a live schedule, falls back to the manifest and the latest revision, with a note', async () => {
    aws.fake.state.schedules.delete(`${project}/${project}-sweep`);
    const r = await run(['sweep']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /note: no live schedule .*-sweep: using the manifest's settings and the latest ACTIVE revision/,
    );
    expect(r.stdout).toMatch(/settings from the manifest/);
  });

  it.each([
    [['nigthly'], 2, /unknown job 'nigthly'; did you mean 'nightly'\?/],
    [[], 2, /give exactly one job name/],
    [['nightly', '--timeout', 'soon'], 2, /--timeout must be a duration/],
    [['nightly', '--env', 'NOPE'], 2, /--env must be KEY=VALUE/],
    [['nightly', '--command', '"unclosed'], 2, /unclosed " quote/],
  ])('bad input %j exits %i with a clear message', async (args, code, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a job never deployed is a clear error', async () => {
    aws.fake.state.schedules.delete(`${project}/${project}-monthly`);
    aws.fake.state.taskDefinitions.delete(`${project}-monthly`);
    const r = await run(['monthly']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/job 'monthly' has never been deployed/);
  });

  it('no AWS credentials: a clear error', async () => {
    const r = await runCli(
      ['run', 'nightly'],
      {
        AWS_ENDPOINT_URL: aws.fake.url,
        AWS_REGION: 'ap-northeast-1',
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no usable AWS credentials or region/);
  });
});

describe('run action (bundled, with the runner environment)', () => {
  it('streams logs in a collapsible group, sets outputs and the summary', async () => {
    aws.fake.tasks.outcome = () => ({ exitCode: 0, logLines: ['hello', 'world'] });
    const r = await runAction(
      'run',
      { job: 'nightly', 'poll-interval': '0.1s' },
      { env: { ...aws.fake.env(), GITHUB_RUN_ID: '4242' }, cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /::group::Logs of nightly\n::stop-commands::(ecs-batch-[0-9a-f]{32})\nhello\nworld\n::\1::\n::endgroup::/,
    );
    expect(r.outputs).toMatchObject({ status: 'succeeded', 'exit-code': '0', 'stop-code': 'EssentialContainerExited' });
    expect(r.outputs['task-arn']).toMatch(/^arn:aws:ecs:ap-northeast-1:123456789012:task\/batch\//);
    expect(r.outputs['log-url']).toMatch(/^https:\/\/ap-northeast-1\.console\.aws\.amazon\.com\/cloudwatch\/home/);
    expect(r.summary).toMatch(/### ecs-batch run `nightly`: ✅ succeeded/);
    expect([...aws.fake.state.tasks.values()].at(-1)!.startedBy).toBe('ecs-batch/4242');
  });

  it('fails the step with the exit code, and masks secret-looking override values', async () => {
    aws.fake.tasks.outcome = () => ({ exitCode: 2, logLines: [] });
    const r = await runAction(
      'run',
      { job: 'nightly', 'poll-interval': '0.1s', env: 'API_TOKEN=s3cr3t\nMODE=full' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::add-mask::s3cr3t/);
    expect(r.stdout).toMatch(/::error::nightly: failed \(exit code 2\)/);
    expect(r.outputs['exit-code']).toBe('2');
  });

  it('an unknown job fails with a did-you-mean', async () => {
    const r = await runAction('run', { job: 'nightlyy' }, { env: aws.fake.env(), cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::unknown job 'nightlyy'; did you mean 'nightly'\?/);
  });
});

describe('validate warns about stale rerun workflows', () => {
  it('flags jobs a rerun workflow offers that the manifest does not have, and jobs it does not offer', async () => {
    const wf = scratchDir({
      'rerun.yml': [
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      job:',
        '        type: choice',
        '        options: [nightly, sweap, monthly]',
        'jobs:',
        '  run:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: ecs-batch/ecs-batch/actions/run@v1',
        '        with:',
        '          job: ${{ inputs.job }}',
        '',
      ].join('\n'),
    });
    const r = await runCli(['validate', '--workflows', wf, '--format', 'json'], {}, dir);
    expect(r.code).toBe(0);
    const warnings = JSON.parse(r.stdout).warnings;
    expect(warnings).toEqual([
      expect.objectContaining({
        file: join(wf, 'rerun.yml'),
        line: 6,
        message: "job 'sweap' is offered here but the manifest has no such job; did you mean 'sweep'?",
      }),
      expect.objectContaining({
        file: join(wf, 'rerun.yml'),
        line: 6,
        message: 'jobs not offered for a rerun here: sweep, legacy (add them to the options)',
      }),
    ]);
  });

  it('the example rerun workflow matches the example manifest', async () => {
    // Run where the workflows say the manifest is (manifest: ecs-batch.yml), so they are compared.
    const examples = join(ROOT, 'examples');
    const r = await runCli(
      ['validate', '--manifest', 'ecs-batch.yml', '--workflows', 'workflows', '--format', 'json'],
      {},
      examples,
    );
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
    // A job dropped from the manifest is then caught.
    const cut = scratchDir({
      'ecs-batch.yml': readFileSync(join(examples, 'ecs-batch.yml'), 'utf8').replace(/^ {2}sweep:\n(?: {4}.*\n)+/m, ''),
    });
    const stale = await runCli(
      ['validate', '--manifest', 'ecs-batch.yml', '--workflows', join(examples, 'workflows'), '--format', 'json'],
      {},
      cut,
    );
    expect(JSON.parse(stale.stdout).warnings).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/job 'sweep' is offered here but the manifest has no such job/),
      }),
    ]);
  });

  it("two manifests sharing one rerun workflow: each checks only its own steps, and none warns about the other's jobs", async () => {
    const workflow = (steps: string) =>
      [
        'on:',
        '  workflow_dispatch:',
        '    inputs:',
        '      job: { type: choice, options: [nightly, sweep, monthly, legacy, extract] }',
        '      other: { type: choice, options: [nope] }',
        'jobs:',
        '  run:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        steps,
        '',
      ].join('\n');
    const wf = scratchDir({
      'rerun.yml': workflow(
        [
          '      - uses: ecs-batch/ecs-batch/actions/run@v1',
          '        with: { manifest: ecs-batch.yml, job: "${{ inputs.job }}" }',
          '      - uses: ecs-batch/ecs-batch/actions/run@v1',
          '        with: { manifest: etl/ecs-batch.yml, job: "${{ inputs.job }}" }',
          '      - uses: ecs-batch/ecs-batch/actions/run@v1',
          '        with: { manifest: etl/ecs-batch.yml, job: "${{ inputs.other }}" }',
        ].join('\n'),
      ),
    });
    const r = await runCli(['validate', '--workflows', wf, '--format', 'json'], {}, dir);
    // `extract` is the other manifest's; `other` feeds only the other manifest's step.
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });
});
