import { describe, expect, it } from '@jest/globals';
import validateAsl from 'asl-validator';
import { loadManifestText } from '../../../src/load/load.ts';
import { desiredState } from '../../../src/plan/desired.ts';
import { RUN_TASK_TARGET } from '../../../src/targets/ecs.ts';

const CLUSTER = 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch';
const image = (c: string) => `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:${c.repeat(64)}`;

const SHARED = `version: 1
project: myapp
cluster: batch
taskDefinitions: shared
image: { repository: app }
defaults:
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn
  network: { subnets: [subnet-1] }
  logs: { group: /ecs-batch/myapp }
  environment: { APP_ENV: production }
jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [nightly]
  sweep:
    schedule: rate(10 minutes)
    command: [sweep]
    environment: { QUEUE: high }
  report:
    schedule: cron(0 1 * * ? *)
    command: [report]
    retries: 2
  mail:
    after: report
    command: [mail]
`;

function desired(text = SHARED, img = image('a')) {
  const result = loadManifestText(text, 'm.yml', { now: Date.parse('2026-01-01T00:00:00Z') });
  if (!result.manifest) throw new Error(JSON.stringify(result.diagnostics));
  return desiredState(result.manifest, { region: 'ap-northeast-1', clusterArn: CLUSTER, image: img });
}

describe('taskDefinitions: shared', () => {
  it('renders one family for one shape, without commands, job environment or job tag; the shared stream prefix is the project', () => {
    const d = desired();
    expect(d.taskDefinitions).toHaveLength(1);
    const [td] = d.taskDefinitions;
    expect(td!.jobs).toEqual(['nightly', 'sweep', 'report', 'mail']);
    expect(td!.family).toMatch(/^myapp-shared-256-512-[0-9a-f]{8}$/);
    const main = td!.input.containerDefinitions![0]!;
    expect(main).toMatchObject({ name: 'main', image: image('a'), environment: [] });
    expect(main.command).toBeUndefined();
    expect(main.logConfiguration?.options?.['awslogs-stream-prefix']).toBe('myapp');
    expect(td!.input.tags).toEqual([{ key: 'ecs-batch:project', value: 'myapp' }]);
    expect(d.jobs.every((j) => j.family === td!.family && j.shared)).toBe(true);
  });

  it('keeps the family name when the image changes, and splits shapes that differ in anything else', () => {
    expect(desired(SHARED, image('b')).taskDefinitions[0]!.family).toBe(desired().taskDefinitions[0]!.family);
    const withSecret = desired(
      SHARED.replace(
        '    command: [sweep]\n',
        '    command: [sweep]\n    secrets: { TOKEN: arn:aws:ssm:ap-northeast-1:123456789012:parameter/t }\n',
      ),
    );
    expect(withSecret.taskDefinitions.map((t) => t.jobs)).toEqual([['nightly', 'report', 'mail'], ['sweep']]);
  });

  it("a schedule is a universal RunTask target: the family without a revision, the job's group, command and whole environment", () => {
    const sweep = desired().jobs.find((j) => j.job.name === 'sweep')!;
    expect(sweep.schedule!.Target!.Arn).toBe(RUN_TASK_TARGET);
    expect(sweep.schedule!.Target!.EcsParameters).toBeUndefined();
    const request = JSON.parse(sweep.schedule!.Target!.Input!);
    expect(request).toEqual({
      Cluster: CLUSTER,
      TaskDefinition: `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/${sweep.family}`,
      Count: 1,
      Group: 'ecs-batch:myapp:sweep',
      LaunchType: 'FARGATE',
      NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-1'], AssignPublicIp: 'DISABLED' } },
      PropagateTags: 'TASK_DEFINITION',
      EnableECSManagedTags: true,
      Overrides: {
        ContainerOverrides: [
          {
            Name: 'main',
            Command: ['sweep'],
            Environment: [
              { Name: 'APP_ENV', Value: 'production' },
              { Name: 'QUEUE', Value: 'high' },
              // Scheduler replaces its context attribute with the time the schedule was due.
              { Name: 'ECS_BATCH_SCHEDULED_TIME', Value: '<aws.scheduler.scheduled-time>' },
            ],
          },
        ],
      },
    });
  });

  it("state machine steps name the family and carry each job's overrides: a valid definition that a roll does not change", async () => {
    const machine = desired().stateMachines[0]!;
    const definition = machine.definition(() => 'unused: shared jobs name their family');
    const steps = JSON.stringify(definition);
    expect(steps).toContain('"Command":["report"]');
    expect(steps).toContain('"Command":["mail"]');
    expect(steps).not.toContain('unused');
    expect(validateAsl(definition).isValid).toBe(true);
    expect(JSON.stringify(desired(SHARED, image('c')).stateMachines[0]!.definition(() => ''))).toBe(steps);
  });

  it("refuses, at the job's line, a command that would not fit in the 8,192 characters AWS allows a target's Input", () => {
    const long = `    command: [run, "${'x'.repeat(8200)}"]\n`;
    const result = loadManifestText(SHARED.replace('    command: [sweep]\n', long), 'm.yml');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        line: 21,
        path: 'jobs.sweep.command',
        message: expect.stringMatching(
          /job 'sweep': its schedule's target Input would be about \d+ characters .* AWS allows 8192/,
        ),
      }),
    ]);
    // Per job, the command is in the task definition: no such limit.
    expect(
      loadManifestText(
        SHARED.replace('taskDefinitions: shared\n', '').replace('    command: [sweep]\n', long),
        'm.yml',
      ).diagnostics.filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });
});
