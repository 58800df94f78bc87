/** A change made in the console is named in the plan as one, and put back by the deploy; a manifest edit is not "drift". */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PutRuleCommand } from '@aws-sdk/client-eventbridge';
import { GetScheduleCommand, UpdateScheduleCommand } from '@aws-sdk/client-scheduler';
import { DescribeStateMachineCommand, UpdateStateMachineCommand } from '@aws-sdk/client-sfn';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';
import { joined } from '../helpers/pattern.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const RULES = MANIFEST.replace('cluster: batch', 'cluster: batch\nbackend: rules').replace(
  '  timezone: Asia/Tokyo\n',
  '',
);

async function setUp(project: string, text: string) {
  const dir = scratchDir({ 'ecs-batch.yml': text.replace('project: myapp', `project: ${project}`) });
  const image = aws.fake.seedImage('myapp-batch', project).uri;
  const deploy = () =>
    release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients });
  expect((await deploy()).apply?.ok).toBe(true);
  return { dir, image, deploy };
}

describe('drift', () => {
  it('a schedule disabled in the console is named, and the deploy puts it back', async () => {
    const { dir, image, deploy } = await setUp('drift1', MANIFEST);
    const live = await aws.clients.scheduler.send(
      new GetScheduleCommand({ Name: 'drift1-nightly', GroupName: 'drift1' }),
    );
    await aws.clients.scheduler.send(
      new UpdateScheduleCommand({
        ...(live as object),
        Name: 'drift1-nightly',
        GroupName: 'drift1',
        State: 'DISABLED',
      } as never),
    );

    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(
      joined(
        /warning: schedule drift1-nightly was changed outside ecs-batch \(State\); /,
        /this deploy puts back the manifest's values\. The manifest is the source of truth: to stop a job, set enabled: false/,
      ),
    );
    expect(plan.stdout).toMatch(/schedule drift1-nightly was changed outside ecs-batch since the last deploy/);
    expect(plan.stdout).toMatch(/schedule State: "DISABLED" → "ENABLED"/);

    expect((await deploy()).apply?.ok).toBe(true);
    const after = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(after.stdout).not.toMatch(/outside ecs-batch/);
    expect(after.stdout).toMatch(/0 AWS change\(s\)/);
  });

  it('a manifest edit is a change, not drift', async () => {
    const { dir, image, deploy } = await setUp('drift2', MANIFEST);
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      MANIFEST.replace('project: myapp', 'project: drift2').replace('cron(0 0 * * ? *)', 'cron(0 1 * * ? *)'),
    );
    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.stdout).toMatch(/ScheduleExpression: "cron\(0 0 \* \* \? \*\)" → "cron\(0 1 \* \* \? \*\)"/);
    expect(plan.stdout).not.toMatch(/outside ecs-batch/);
    // After deploying the edit, a console change is drift again (the fingerprint followed the edit).
    expect((await deploy()).apply?.ok).toBe(true);
    const live = await aws.clients.scheduler.send(
      new GetScheduleCommand({ Name: 'drift2-nightly', GroupName: 'drift2' }),
    );
    await aws.clients.scheduler.send(
      new UpdateScheduleCommand({
        ...(live as object),
        Name: 'drift2-nightly',
        GroupName: 'drift2',
        ScheduleExpression: 'cron(0 5 * * ? *)',
      } as never),
    );
    const again = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(again.stdout).toMatch(/schedule drift2-nightly was changed outside ecs-batch \(ScheduleExpression\)/);
  });

  it('an EventBridge rule edited by hand is named too', async () => {
    const { dir, image } = await setUp('drift3', RULES);
    await aws.clients.events.send(
      new PutRuleCommand({ Name: 'drift3-sweep', ScheduleExpression: 'rate(1 hour)', State: 'ENABLED' }),
    );
    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.stdout).toMatch(/warning: rule drift3-sweep was changed outside ecs-batch \(ScheduleExpression\)/);
  });

  it('a state machine edited in the console is named, put back, and a manifest edit or an image roll is not drift', async () => {
    const chain = MANIFEST.replace(
      '  environment: { APP_ENV: production }\n',
      '  environment: { APP_ENV: production }\n  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n',
    ).replace(
      '    command: [php, artisan, nightly]\n',
      '    command: [php, artisan, nightly]\n  publish:\n    after: nightly\n    command: [php, artisan, publish]\n    retries: 2\n',
    );
    const { dir, image, deploy } = await setUp('drift4', chain);
    const arn = aws.fake.state.arn('states', 'stateMachine:drift4-nightly');
    const live = await aws.clients.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }));
    const edited = live.definition!.replace('"MaxAttempts":2', '"MaxAttempts":9');
    expect(edited).not.toBe(live.definition);
    await aws.clients.sfn.send(new UpdateStateMachineCommand({ stateMachineArn: arn, definition: edited }));

    const plan = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(plan.stdout).toMatch(/warning: state machine drift4-nightly was changed outside ecs-batch \(definition\)/);
    expect(plan.stdout).toMatch(/state machine drift4-nightly was changed outside ecs-batch since the last deploy/);
    expect((await deploy()).apply?.ok).toBe(true);
    expect((await aws.clients.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn }))).definition).toBe(
      live.definition,
    );
    expect((await runCli(['plan', '--image', image], aws.fake.env(), dir)).stdout).toMatch(/0 AWS change\(s\)/);

    // A manifest edit changes the definition, and a new image changes the revisions it names: neither is drift.
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      chain.replace('project: myapp', 'project: drift4').replace('retries: 2', 'retries: 3'),
    );
    const next = aws.fake.seedImage('myapp-batch', 'drift4-v2').uri;
    const edit = await runCli(['plan', '--image', next], aws.fake.env(), dir);
    expect(edit.stdout).toMatch(/state machine definition\.States\.Run publish\.Retry:[\s\S]*"MaxAttempts":3/);
    expect(edit.stdout).not.toMatch(/outside ecs-batch/);
    expect(
      (
        await release({
          manifest: join(dir, 'ecs-batch.yml'),
          image: next,
          dryRun: false,
          prune: true,
          clients: aws.clients,
        })
      ).apply?.ok,
    ).toBe(true);
    const settled = await runCli(['plan', '--image', next], aws.fake.env(), dir);
    expect(settled.stdout).not.toMatch(/outside ecs-batch/);
    expect(settled.stdout).toMatch(/0 AWS change\(s\)/);
  });
});
