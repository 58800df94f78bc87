/** Requests checked against AWS's API models (botocore's, extracted to test/fixtures), through the real SDK clients. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import { RunTaskCommand } from '@aws-sdk/client-ecs';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { fakeAws, rejection, type FakeSetup } from '../helpers/aws.ts';
import { violations } from '../fake-aws/models.ts';
import { cloudwatch } from '../fake-aws/services/cloudwatch.ts';
import { ecr } from '../fake-aws/services/ecr.ts';
import { ecs } from '../fake-aws/services/ecs.ts';
import { events } from '../fake-aws/services/events.ts';
import { logs } from '../fake-aws/services/logs.ts';
import { scheduler } from '../fake-aws/services/scheduler.ts';
import { sfn } from '../fake-aws/services/sfn.ts';
import { sns } from '../fake-aws/services/sns.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'us-east-1' });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/batch';
const ROLE = 'arn:aws:iam::123456789012:role/invoke';

describe('the API models', () => {
  it('are botocore’s request shapes for every operation the emulator implements', () => {
    const fixture = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'fixtures', 'aws-api-models.json'), 'utf8'),
    ) as {
      source: string;
      services: Record<string, { operations: Record<string, string>; shapes: Record<string, { max?: number }> }>;
    };
    expect(fixture.source).toMatch(/^botocore \d+\.\d+\.\d+ \(Apache-2\.0\)$/);
    expect(fixture.services.events!.shapes.RuleName).toMatchObject({ min: 1, max: 64 });
    // Every operation the emulator implements has its shape (rerun scripts/extract-api-models.ts after adding one).
    const implemented = { ecs, ecr, events, scheduler, logs, monitoring: cloudwatch, states: sfn, sns };
    for (const [service, operations] of Object.entries(implemented))
      for (const op of Object.keys(operations))
        expect([service, op, fixture.services[service]!.operations[op] !== undefined]).toEqual([service, op, true]);
  });

  it('a rule name over 64 characters is refused as AWS refuses it, before anything is written', async () => {
    const name = `${'p'.repeat(36)}-ecs-batch-alerts-not-started`;
    const e = await rejection(
      aws.clients.events.send(new PutRuleCommand({ Name: name, EventPattern: '{"source":["x"]}' })),
    );
    expect(e.name).toBe('ValidationException');
    expect(e.message).toMatch(
      /at 'Name' failed to satisfy constraint: Member must have length less than or equal to 64/,
    );
    expect(aws.fake.state.rules.size).toBe(0);
    await aws.clients.events.send(new PutRuleCommand({ Name: name.slice(0, 64), EventPattern: '{"source":["x"]}' }));
  });

  it('enums and ranges', async () => {
    const e = await rejection(
      aws.clients.ecs.send(
        new RunTaskCommand({ cluster: 'batch', taskDefinition: 'x', launchType: 'SPACESHIP' as never }),
      ),
    );
    expect(e.name).toBe('InvalidParameterException');
    expect(e.message).toMatch(
      /at 'launchType' failed to satisfy constraint: Member must satisfy enum value set: \[EC2, FARGATE/,
    );
    const range = await rejection(
      aws.clients.logs.send(new FilterLogEventsCommand({ logGroupName: 'g', limit: 20000 })),
    );
    expect(range.message).toMatch(
      /at 'limit' failed to satisfy constraint: Member must have value less than or equal to 10000/,
    );
  });

  it("a universal RunTask target's Input is checked as a RunTask request", async () => {
    const create = (input: object) =>
      aws.clients.scheduler.send(
        new CreateScheduleCommand({
          Name: `s${Math.random().toString(36).slice(2, 8)}`,
          ScheduleExpression: 'rate(1 hour)',
          FlexibleTimeWindow: { Mode: 'OFF' },
          Target: { Arn: 'arn:aws:scheduler:::aws-sdk:ecs:runTask', RoleArn: ROLE, Input: JSON.stringify(input) },
        }),
      );
    const e = await rejection(create({ Cluster: CLUSTER, LaunchType: 'SPACESHIP', TaskDefinition: 'x' }));
    expect(e.message).toMatch(
      /at 'Target.Input.launchType' failed to satisfy constraint: Member must satisfy enum value set/,
    );
    const missing = await rejection(create({ Cluster: CLUSTER }));
    expect(missing.message).toMatch(/Value null at 'Target.Input.taskDefinition'/);
  });

  it("an ECS rule target's Input is a TaskOverride, and an InputTransformer template stays JSON", async () => {
    await aws.clients.events.send(new PutRuleCommand({ Name: 'r', ScheduleExpression: 'rate(1 hour)' }));
    const target = (more: object) =>
      aws.clients.events.send(
        new PutTargetsCommand({
          Rule: 'r',
          Targets: [{ Id: 't', Arn: CLUSTER, RoleArn: ROLE, EcsParameters: { TaskDefinitionArn: 'x:1' }, ...more }],
        }),
      );
    const bad = await rejection(target({ Input: JSON.stringify({ containerOverrides: [{ cpu: 'lots' }] }) }));
    expect(bad.message).toMatch(
      /at 'Targets.1.Input.containerOverrides.1.member.cpu' failed to satisfy constraint: Member must be a number/,
    );
    const template = await rejection(
      target({ InputTransformer: { InputPathsMap: { g: '$.detail.group' }, InputTemplate: '{"job": <g>' } }),
    );
    expect(template.message).toMatch(/InputTemplate is not valid JSON/);
    await target({ Input: JSON.stringify({ containerOverrides: [{ name: 'main', command: ['x'] }] }) });
  });

  it('violations(): what each constraint says', () => {
    const model = {
      operations: {},
      shapes: {
        S: { type: 'structure', required: ['a'], members: { a: { shape: 'N' }, b: { shape: 'L' } } },
        N: { type: 'string', min: 1, max: 3, pattern: '^[a-z]+$' },
        L: { type: 'list', member: { shape: 'N' }, max: 1 },
      },
    };
    expect(violations(model, 'S', { a: 'ABCD', b: ['x', 'y'] }, '')).toEqual([
      "Value 'ABCD' at 'a' failed to satisfy constraint: Member must have length less than or equal to 3",
      "Value 'ABCD' at 'a' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z]+$",
      "Value '[...]' at 'b' failed to satisfy constraint: Member must have length less than or equal to 1",
    ]);
    expect(violations(model, 'S', {}, '')).toEqual([
      "Value null at 'a' failed to satisfy constraint: Member must not be null",
    ]);
    expect(violations(model, 'S', { a: 'ok' }, '')).toEqual([]);
  });
});
