/** A change made in the console is named in the plan as one, and put back by the deploy; a manifest edit is not "drift". */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { GetScheduleCommand, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from '../../src/release.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const RULES = MANIFEST.replace('cluster: batch', 'cluster: batch\nbackend: rules').replace('  timezone: Asia/Tokyo\n', '');

async function setUp(project: string, text: string) {
  const dir = scratchDir({ 'ecs-batch.yml': text.replace('project: myapp', `project: ${project}`) });
  const image = aws.fake.seedImage('myapp-batch', project).uri;
  const deploy = () => release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients });
  expect((await deploy()).apply?.ok).toBe(true);
  return { dir, image, deploy };
}

describe('drift', () => {
  it('a schedule disabled in the console is named, and the deploy puts it back', async () => {
    const { dir, image, deploy } = await setUp('drift1', MANIFEST);
    const live = await aws.clients.scheduler.send(new GetScheduleCommand({ Name: 'drift1-nightly', GroupName: 'drift1' }));
    await aws.clients.scheduler.send(new UpdateScheduleCommand({ ...(live as object), Name: 'drift1-nightly', GroupName: 'drift1', State: 'DISABLED' } as never));

    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/warning: schedule drift1-nightly was changed outside ecs-batch \(State\); this deploy puts back the manifest's values\. The manifest is the source of truth: to stop a job, set enabled: false/);
    expect(plan.stdout).toMatch(/schedule drift1-nightly was changed outside ecs-batch since the last deploy/);
    expect(plan.stdout).toMatch(/schedule State: "DISABLED" → "ENABLED"/);

    expect((await deploy()).apply?.ok).toBe(true);
    const after = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(after.stdout).not.toMatch(/outside ecs-batch/);
    expect(after.stdout).toMatch(/0 AWS change\(s\)/);
  });

  it('a manifest edit is a change, not drift', async () => {
    const { dir, image, deploy } = await setUp('drift2', MANIFEST);
    writeFileSync(join(dir, 'ecs-batch.yml'), MANIFEST.replace('project: myapp', 'project: drift2').replace('cron(0 0 * * ? *)', 'cron(0 1 * * ? *)'));
    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.stdout).toMatch(/ScheduleExpression: "cron\(0 0 \* \* \? \*\)" → "cron\(0 1 \* \* \? \*\)"/);
    expect(plan.stdout).not.toMatch(/outside ecs-batch/);
    // After deploying the edit, a console change is drift again (the fingerprint followed the edit).
    expect((await deploy()).apply?.ok).toBe(true);
    const live = await aws.clients.scheduler.send(new GetScheduleCommand({ Name: 'drift2-nightly', GroupName: 'drift2' }));
    await aws.clients.scheduler.send(new UpdateScheduleCommand({ ...(live as object), Name: 'drift2-nightly', GroupName: 'drift2', ScheduleExpression: 'cron(0 5 * * ? *)' } as never));
    const again = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(again.stdout).toMatch(/schedule drift2-nightly was changed outside ecs-batch \(ScheduleExpression\)/);
  });

  it('an EventBridge rule edited by hand is named too', async () => {
    const { dir, image } = await setUp('drift3', RULES);
    await aws.clients.events.send(new PutRuleCommand({ Name: 'drift3-sweep', ScheduleExpression: 'rate(1 hour)', State: 'ENABLED' }));
    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.stdout).toMatch(/warning: rule drift3-sweep was changed outside ecs-batch \(ScheduleExpression\)/);
  });
});
