import { seedTestAccount } from '../fake-aws/seed.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startFakeAws, type FakeAws } from '../fake-aws/index.ts';
import { ROOT, runAction, runCli, scratchDir } from '../helpers/processes.ts';
import { MANIFEST } from '../helpers/manifests.ts';

let fake: FakeAws;
let image: { uri: string; tagUri: string };
let dir: string;

beforeAll(async () => {
  fake = await startFakeAws({ region: 'ap-northeast-1' });
  seedTestAccount(fake);
  fake.createCluster('batch');
  image = fake.seedImage('myapp-batch', 'v1');
});
afterAll(() => fake.stop());
beforeEach(() => {
  // A fresh project prefix per test keeps the tests independent on one emulator.
  const project = `p${Math.random().toString(36).slice(2, 8)}`;
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('project: myapp', `project: ${project}`) });
  fake.calls.reset();
});

const cli = (args: string[]) => runCli(args, fake.env(), dir);

describe('ecs-batch plan / deploy (bundled CLI)', () => {
  it('plan reads but writes nothing; deploy applies; a second deploy changes nothing', async () => {
    const plan = await cli(['plan', '--image', image.uri, '--format', 'json']);
    expect(plan.code).toBe(0);
    const planned = JSON.parse(plan.stdout);
    expect(planned.status).toBe('planned');
    expect(planned.totals).toMatchObject({ jobs: 4, create: 4 });
    expect(fake.calls.writes()).toEqual([]);
    // --job: one job's rows and changes, the rest of the plan left out.
    const one = JSON.parse((await cli(['plan', '--image', image.uri, '--format', 'json', '--job', 'sweep'])).stdout);
    expect(one.jobs.map((j: { job: string }) => j.job)).toEqual(['sweep']);
    expect(one.changes.length).toBeGreaterThan(0);
    expect(one.changes.every((c: { job?: string }) => c.job === 'sweep')).toBe(true);
    const typo = await cli(['plan', '--image', image.uri, '--job', 'swep']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/--job: no job 'swep' in the manifest; did you mean 'sweep'\?/);
    expect(fake.calls.writes()).toEqual([]);

    const deploy = await cli(['deploy', '--image', image.tagUri]);
    expect(deploy.code).toBe(0);
    expect(deploy.stdout).toMatch(/✅ deployed/);
    expect(deploy.stdout).toMatch(/4 job\(s\): 4 new/);
    expect(deploy.stderr).toMatch(/✓ register task-definition p\w+-nightly: revision 1/);

    fake.calls.reset();
    const again = await cli(['deploy', '--image', image.uri, '--format', 'json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.totals).toMatchObject({ unchanged: 4, writes: 0 });
    expect(Object.keys(report.taskDefinitionArns)).toEqual(['nightly', 'sweep', 'monthly', 'legacy']);
    expect(fake.calls.writes()).toEqual([]);
  });

  it('an invalid manifest exits 1 with file:line:col, no stack trace, and no AWS call', async () => {
    const bad = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('rate(10 minutes)', 'rate(10 minute)') });
    const r = await runCli(['deploy', '--image', image.uri], fake.env(), bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ecs-batch\.yml:\d+:\d+: error: schedule 'rate\(10 minute\)'/m);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
    expect(fake.calls.count()).toBe(0);
  });

  it('plan without --image compares against the image the jobs run now', async () => {
    const before = await cli(['plan']);
    expect(before.code).toBe(1);
    expect(before.stderr).toMatch(/nothing is deployed yet and no --image was given/);
    await cli(['deploy', '--image', image.uri]);
    const after = await cli(['plan', '--format', 'json']);
    expect(after.code).toBe(0);
    const report = JSON.parse(after.stdout);
    expect(report.image).toMatchObject({ uri: image.uri, current: true });
    expect(report.totals).toMatchObject({ unchanged: 4, writes: 0 });
  });

  it('usage errors exit 2', async () => {
    const r = await cli(['deploy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--image is required/);
  });

  it('operational errors exit 1 with the reason and a hint', async () => {
    const r = await cli(['deploy', '--image', image.uri.replace(/sha256:.*/, `sha256:${'0'.repeat(64)}`)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not in ECR repository myapp-batch\nhint: push it first/);
  });

  it('no credentials: a clear message, exit 1', async () => {
    const r = await runCli(
      ['deploy', '--image', image.uri],
      {
        AWS_ENDPOINT_URL: fake.url,
        AWS_REGION: 'ap-northeast-1',
        AWS_CONFIG_FILE: '/nonexistent',
        AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no usable AWS credentials or region/);
    expect(r.stderr).toMatch(/configure-aws-credentials/);
  });

  it('a deploy killed mid-apply converges on the next run', async () => {
    await cli(['deploy', '--image', image.uri]);
    const v2 = fake.seedImage('myapp-batch', 'v2');
    fake.calls.reset();
    // Kill the CLI once its first RegisterTaskDefinition is answered, as a crashed runner would.
    // Slow calls keep the other writes in flight, so the kill lands before any schedule moves.
    fake.faults.latencyMs = 150;
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), 'deploy', '--image', v2.uri], {
      cwd: dir,
      env: { ...process.env, ...fake.env() },
      stdio: 'ignore',
    });
    const killed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    fake.onCall = (call) => {
      if (call.operation === 'RegisterTaskDefinition') child.kill('SIGKILL');
    };
    await killed;
    fake.onCall = undefined;
    fake.faults.latencyMs = 0;
    expect(fake.calls.count('UpdateSchedule')).toBe(0);

    const resumed = await cli(['deploy', '--image', v2.uri, '--format', 'json']);
    expect(resumed.code).toBe(0);
    const report = JSON.parse(resumed.stdout);
    for (const arn of Object.values(report.taskDefinitionArns) as string[]) {
      const td = fake.state.findTaskDefinitionByArn(arn)!;
      expect(td.status).toBe('ACTIVE');
      expect(JSON.stringify(td.body)).toContain(v2.uri);
    }
    fake.calls.reset();
    const settled = await cli(['deploy', '--image', v2.uri]);
    expect(settled.code).toBe(0);
    expect(fake.calls.writes()).toEqual([]);
  });
});

describe('release action (bundled, with the runner environment)', () => {
  it('dry-run plans, writes nothing, and outputs the changes', async () => {
    const r = await runAction('release', { image: image.uri, 'dry-run': 'true' }, { env: fake.env(), cwd: dir });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('planned');
    expect(JSON.parse(r.outputs.changes!).length).toBeGreaterThan(0);
    expect(r.summary).toMatch(/📝 plan \(nothing written\)/);
    expect(fake.calls.writes()).toEqual([]);
  });

  it('deploys, and outputs the task definition ARN of every job and the summary', async () => {
    const r = await runAction('release', { image: image.uri, 'keep-revisions': '3' }, { env: fake.env(), cwd: dir });
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('applied');
    const arns = JSON.parse(r.outputs['task-definition-arns']!);
    expect(Object.keys(arns)).toEqual(['nightly', 'sweep', 'monthly', 'legacy']);
    expect(arns.nightly).toMatch(/^arn:aws:ecs:ap-northeast-1:123456789012:task-definition\/p\w+-nightly:1$/);
    expect(r.outputs.image).toBe(image.uri);
    expect(r.summary).toMatch(/\| Job \| Change \| Schedule \| Next run \| Task definition \| Image \| Links \|/);
    expect(r.summary).toMatch(/\| `nightly` \| create \| `cron\(0 0 \* \* \? \*\)`<br>At 00:00 \(Asia\/Tokyo\) \|/);
    expect(r.outputs.summary!.trim()).toBe(r.summary.trim());
  });

  it('fails the step on an invalid manifest, with an annotation on its line', async () => {
    const bad = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('  cpu: 256', '  cpu: 300') });
    const r = await runAction('release', { image: image.uri }, { env: fake.env(), cwd: bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error title=ecs-batch,file=ecs-batch\.yml,line=7,col=8::cpu 300 is not a Fargate size/);
    expect(r.outputs.status).toBe('invalid');
  });

  it('requires an image', async () => {
    const r = await runAction('release', {}, { env: fake.env(), cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::input 'image' is required/);
  });
});
