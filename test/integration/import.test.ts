import { scheduledRunTask } from '../../src/targets/ecs.ts';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importCommand } from '../../src/cli/import.ts';
import { loadManifest } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import type { Json } from '../fake-aws/state.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';
import { commandsTheRunnerReads } from '../helpers/runner.ts';

let aws: FakeSetup;
let dir: string;

const INVOKE = 'arn:aws:iam::123456789012:role/invoke-by-hand';
const EXEC = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const LAMBDA = 'arn:aws:lambda:ap-northeast-1:123456789012:function:notify';

beforeEach(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  dir = scratchDir({});
});
afterEach(() => aws.stop());

/**
 * What a team made by hand in the console: rules with command overrides, a disabled rule, a rule with
 * a second (Lambda) target, a Scheduler schedule with a time zone on EC2, and things on the same
 * account that are not this cluster's scheduled tasks (another cluster, a Lambda-only rule).
 */
async function handMade() {
  const batch = aws.fake.createCluster('batch');
  const other = aws.fake.createCluster('other');
  const image = aws.fake.seedImage('legacy-batch', 'v1').tagUri;
  const register = async (family: string, extra: Json) =>
    (
      await aws.clients.ecs.send(
        new RegisterTaskDefinitionCommand({ family, containerDefinitions: [], ...(extra as object) }),
      )
    ).taskDefinition!.taskDefinitionArn!;
  const billing = await register('billing', {
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    executionRoleArn: EXEC,
    taskRoleArn: 'arn:aws:iam::123456789012:role/billing-task',
    containerDefinitions: [
      {
        name: 'app',
        image,
        essential: true,
        command: ['php', 'artisan', 'list'],
        environment: [{ name: 'APP_ENV', value: 'production' }],
        secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/db-password' }],
        workingDirectory: '/srv/app',
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': '/legacy/billing',
            'awslogs-region': 'ap-northeast-1',
            'awslogs-stream-prefix': 'billing',
          },
        },
      },
    ],
  });
  const reports = await register('reports', {
    requiresCompatibilities: ['EC2'],
    networkMode: 'bridge',
    cpu: '256',
    memory: '512',
    executionRoleArn: EXEC,
    containerDefinitions: [
      {
        name: 'reports',
        image,
        essential: true,
        command: ['bin/report', '--monthly'],
        ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 8192 }],
      },
    ],
  });
  const fargate = (taskDefinitionArn: string, command?: string[]) => ({
    Arn: batch,
    RoleArn: INVOKE,
    EcsParameters: {
      TaskDefinitionArn: taskDefinitionArn,
      LaunchType: 'FARGATE' as const,
      NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'], SecurityGroups: ['sg-0c2d'] } },
    },
    ...(command ? { Input: JSON.stringify({ containerOverrides: [{ name: 'app', command }] }) } : {}),
  });
  const rule = async (name: string, expression: string, targets: object[], extra: object = {}) => {
    await aws.clients.events.send(new PutRuleCommand({ Name: name, ScheduleExpression: expression, ...extra }));
    await aws.clients.events.send(new PutTargetsCommand({ Rule: name, Targets: targets as never }));
  };
  await rule(
    'daily-aggregate',
    'cron(0 3 * * ? *)',
    [{ Id: '1', ...fargate(billing, ['php', 'artisan', 'aggregate:daily']) }],
    { Description: "Aggregate yesterday's events" },
  );
  await rule('weekly.cleanup', 'rate(7 days)', [{ Id: '1', ...fargate(billing, ['php', 'artisan', 'cleanup']) }], {
    State: 'DISABLED',
  });
  await rule('hourly-sync', 'rate(1 hour)', [
    { Id: 'ecs', ...fargate(billing, ['php', 'artisan', 'sync']) },
    { Id: 'notify', Arn: LAMBDA },
  ]);
  await rule('elsewhere', 'rate(1 day)', [{ Id: '1', ...fargate(billing, ['php', 'artisan', 'x']), Arn: other }]);
  await rule('lambda-only', 'rate(5 minutes)', [{ Id: '1', Arn: LAMBDA }]);
  await aws.clients.scheduler.send(
    new CreateScheduleCommand({
      Name: 'monthly-report',
      ScheduleExpression: 'cron(0 9 1 * ? *)',
      ScheduleExpressionTimezone: 'Asia/Tokyo',
      Description: 'Monthly report for finance',
      FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 },
      Target: {
        Arn: batch,
        RoleArn: INVOKE,
        EcsParameters: {
          TaskDefinitionArn: reports,
          LaunchType: 'EC2',
          PlacementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
        },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
      },
    }),
  );
  await aws.clients.scheduler.send(
    new CreateScheduleCommand({
      Name: 'other-cluster',
      ScheduleExpression: 'rate(1 day)',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { ...fargate(billing), Arn: other },
    }),
  );
  return { batch, other, billing, reports, image };
}

const output = () => join(dir, 'ecs-batch.yml');
const runImport = (extra: object = {}) =>
  importCommand(aws.clients, { cluster: 'batch', project: 'legacy', output: output(), backend: 'scheduler', ...extra });

/** What starts a task on the cluster, enabled, by the command it runs: one entry per run per period. */
function runnersOnCluster(clusterArn: string): string[] {
  const familyCommand = (arn: string) => {
    const family = arn.slice(arn.lastIndexOf('/') + 1).replace(/:\d+$/, '');
    const revision = [...(aws.fake.state.taskDefinitions.get(family) ?? [])]
      .reverse()
      .find((r) => arn.endsWith(`:${r.revision}`) || !/:\d+$/.test(arn));
    return ((revision!.body.containerDefinitions as Json[])[0]!.command as string[]).join(' ');
  };
  const commandOf = (target: Json) => {
    if (typeof target.Input === 'string')
      return (
        (JSON.parse(target.Input) as { containerOverrides?: { command?: string[] }[] }).containerOverrides?.[0]
          ?.command ?? []
      ).join(' ');
    return familyCommand(String((target.EcsParameters as Json).TaskDefinitionArn));
  };
  const out: string[] = [];
  for (const r of aws.fake.state.rules.values()) {
    if (r.state !== 'ENABLED') continue;
    for (const t of r.targets) if (t.Arn === clusterArn) out.push(commandOf(t));
  }
  for (const s of aws.fake.state.schedules.values()) {
    // What the schedule runs, written either way (templated, or the universal RunTask target).
    const task = scheduledRunTask(s.body.Target as never);
    if (s.body.State === 'DISABLED' || !task || task.cluster !== clusterArn) continue;
    const own = task.request.overrides?.containerOverrides?.[0]?.command;
    out.push(own ? own.join(' ') : familyCommand(String(task.request.taskDefinition)));
  }
  return out.sort();
}

describe('ecs-batch import', () => {
  it(
    "writes a manifest that validates from the cluster's hand-made rules and schedules, with nothing " +
      'foreign, and writes nothing to AWS',
    async () => {
      await handMade();
      aws.fake.calls.reset();
      const result = await runImport();
      expect(aws.fake.calls.writes()).toEqual([]);
      expect(result.summary).toEqual(expect.arrayContaining([expect.stringMatching(/^validate: ok/)]));
      expect(result.ok).toBe(true);
      const doc = parse(readFileSync(output(), 'utf8')) as Json & { jobs: Record<string, Json>; defaults: Json };
      expect(Object.keys(doc.jobs)).toEqual(['daily-aggregate', 'hourly-sync', 'monthly-report', 'weekly-cleanup']);
      expect(doc).toMatchObject({ project: 'legacy', cluster: 'batch', image: { repository: 'legacy-batch' } });
      expect(doc.backend).toBeUndefined();
      // Shared by most jobs: in defaults; the EC2 job keeps its own.
      expect(doc.defaults).toEqual({
        timezone: 'UTC',
        launchType: 'FARGATE',
        cpu: 512,
        memory: 1024,
        executionRoleArn: EXEC,
        schedulerRoleArn: INVOKE,
        logs: { group: '/legacy/billing', streamPrefix: 'billing' },
        containerName: 'app',
        taskDefinition: 'ecs-batch.taskdefs/daily-aggregate.json',
      });
      // What the EC2 job lacks (a network, a task role, the environment) cannot be a default: a job cannot unset it.
      const fargateShape = {
        taskRoleArn: 'arn:aws:iam::123456789012:role/billing-task',
        network: { subnets: ['subnet-0a1b'], securityGroups: ['sg-0c2d'] },
        environment: { APP_ENV: 'production' },
        secrets: { DB_PASSWORD: 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/db-password' },
      };
      expect(doc.jobs['daily-aggregate']).toEqual({
        description: "Aggregate yesterday's events",
        schedule: 'cron(0 3 * * ? *)',
        command: ['php', 'artisan', 'aggregate:daily'],
        ...fargateShape,
        replaces: 'rule/daily-aggregate',
      });
      expect(doc.jobs['weekly-cleanup']).toEqual({
        schedule: 'rate(7 days)',
        enabled: false,
        command: ['php', 'artisan', 'cleanup'],
        ...fargateShape,
        replaces: 'rule/weekly.cleanup',
      });
      expect(doc.jobs['hourly-sync']).toMatchObject({
        schedule: 'rate(1 hour)',
        command: ['php', 'artisan', 'sync'],
        replaces: 'rule/hourly-sync/ecs',
      });
      expect(doc.jobs['monthly-report']).toMatchObject({
        description: 'Monthly report for finance',
        schedule: 'cron(0 9 1 * ? *)',
        timezone: 'Asia/Tokyo',
        launchType: 'EC2',
        placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
        cpu: 256,
        memory: 512,
        containerName: 'reports',
        command: ['bin/report', '--monthly'],
        retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 3600 },
        flexibleTimeWindowMinutes: 15,
        replaces: 'schedule/default/monthly-report',
      });
      expect(doc.jobs['monthly-report']).toMatchObject({
        logs: { group: '/ecs-batch/legacy' },
        taskDefinition: 'ecs-batch.taskdefs/monthly-report.json',
      });
      expect(doc.jobs['monthly-report']!.network).toBeUndefined();
      const text = readFileSync(output(), 'utf8');
      if (process.env.SHOW_IMPORT) process.stdout.write(text);
      expect(text).toMatch(/# DECIDE: its container had no logs; it will log to \/ecs-batch\/legacy/);
      expect(text).toMatch(
        /# from rule weekly\.cleanup \(disabled there: imported disabled\)\n(?: {2}# DECIDE: .*\n)* {2}weekly-cleanup:/,
      );
      expect(text).toMatch(/# DECIDE: rule hourly-sync has 1 other target: the first deploy removes only target ecs/);
      // What the manifest does not model sits in a base task definition beside it.
      const billingBase = JSON.parse(
        readFileSync(join(dir, 'ecs-batch.taskdefs/daily-aggregate.json'), 'utf8'),
      ) as Json;
      expect(billingBase).toEqual({ containerDefinitions: [{ name: 'app', workingDirectory: '/srv/app' }] });
      const reportsBase = JSON.parse(readFileSync(join(dir, 'ecs-batch.taskdefs/monthly-report.json'), 'utf8')) as Json;
      expect(reportsBase).toEqual({
        containerDefinitions: [{ name: 'reports', ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 8192 }] }],
      });
      // Nothing from the other cluster or the Lambda-only rule.
      expect(text).not.toMatch(/elsewhere|lambda-only|other-cluster/);
      expect(result.summary.join('\n')).toMatch(
        /imported 4 jobs from cluster batch: 3 from EventBridge rules, 1 from Scheduler schedules/,
      );
      expect(result.summary.at(-1)).toMatch(/^validate: ok/);
      // The environment, secret and logs of the task definition are the manifest's now.
      const loaded = loadManifest(output());
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const aggregate = loaded.manifest!.jobs.find((j) => j.name === 'daily-aggregate')!;
      expect(aggregate).toMatchObject({
        environment: { APP_ENV: 'production' },
        secrets: { DB_PASSWORD: expect.stringContaining('parameter/db-password') },
        logs: { group: '/legacy/billing', streamPrefix: 'billing' },
        taskRoleArn: 'arn:aws:iam::123456789012:role/billing-task',
      });
    },
  );

  it(
    'deploying the import takes over each job once: one enabled schedule per job, the hand-made ones ' +
      'gone, foreign ones and task definitions untouched; a repeat writes nothing',
    async () => {
      const { batch, other } = await handMade();
      expect((await runImport()).ok).toBe(true);
      const before = runnersOnCluster(batch);
      expect(before).toEqual(['bin/report --monthly', 'php artisan aggregate:daily', 'php artisan sync']); // not the disabled rule
      const foreignBefore = JSON.stringify([
        aws.fake.state.rules.get('default/elsewhere'),
        aws.fake.state.rules.get('default/lambda-only'),
        aws.fake.state.schedules.get('default/other-cluster'),
      ]);
      const tdsBefore = JSON.stringify(
        [...aws.fake.state.taskDefinitions.entries()].filter(([f]) => !f.startsWith('legacy-')),
      );
      const image = aws.fake.seedImage('legacy-batch', 'v2').uri;

      const planned = await release({ manifest: output(), image, dryRun: true, prune: true });
      expect(planned.plan!.conflicts).toEqual([]);
      expect(planned.plan!.warnings.filter((w) => /would also run/.test(w))).toEqual([]);
      expect(planned.plan!.jobs.find((j) => j.job === 'daily-aggregate')!.reasons).toContain(
        "takes over rule daily-aggregate, made by hand: deleted once this job's own schedule exists",
      );

      const deployed = await release({ manifest: output(), image, dryRun: false, prune: true });
      expect(deployed.apply?.ok).toBe(true);
      // Exactly one enabled runner per enabled job, all ecs-batch's own; the disabled job stays disabled.
      expect(runnersOnCluster(batch)).toEqual([
        'bin/report --monthly',
        'php artisan aggregate:daily',
        'php artisan sync',
      ]);
      expect([...aws.fake.state.schedules.keys()].filter((k) => k.startsWith('legacy/')).sort()).toEqual([
        'legacy/legacy-daily-aggregate',
        'legacy/legacy-hourly-sync',
        'legacy/legacy-monthly-report',
        'legacy/legacy-weekly-cleanup',
      ]);
      expect(aws.fake.state.schedules.get('legacy/legacy-weekly-cleanup')!.body.State).toBe('DISABLED');
      expect(aws.fake.state.rules.has('default/daily-aggregate')).toBe(false);
      expect(aws.fake.state.rules.has('default/weekly.cleanup')).toBe(false);
      expect(aws.fake.state.schedules.has('default/monthly-report')).toBe(false);
      // The rule with a Lambda target stays, with only that target.
      expect(aws.fake.state.rules.get('default/hourly-sync')!.targets.map((t) => t.Id)).toEqual(['notify']);
      expect(
        JSON.stringify([
          aws.fake.state.rules.get('default/elsewhere'),
          aws.fake.state.rules.get('default/lambda-only'),
          aws.fake.state.schedules.get('default/other-cluster'),
        ]),
      ).toBe(foreignBefore);
      expect(
        JSON.stringify([...aws.fake.state.taskDefinitions.entries()].filter(([f]) => !f.startsWith('legacy-'))),
      ).toBe(tdsBefore);
      expect(runnersOnCluster(other)).toHaveLength(2);
      // The new task definitions run the new image with the imported command and settings.
      const monthly = aws.fake.state.taskDefinitions.get('legacy-monthly-report')!.at(-1)!.body as Json & {
        containerDefinitions: Json[];
      };
      expect(monthly).toMatchObject({
        networkMode: 'bridge',
        requiresCompatibilities: ['EC2'],
        cpu: '256',
        memory: '512',
      });
      expect(monthly.containerDefinitions[0]).toMatchObject({
        name: 'reports',
        image,
        command: ['bin/report', '--monthly'],
        ulimits: [{ name: 'nofile', softLimit: 4096, hardLimit: 8192 }],
      });
      const scheduled = aws.fake.state.schedules.get('legacy/legacy-monthly-report')!.body as Json & { Target: Json };
      expect(scheduled).toMatchObject({
        ScheduleExpressionTimezone: 'Asia/Tokyo',
        ScheduleExpression: 'cron(0 9 1 * ? *)',
      });

      aws.fake.calls.reset();
      const again = await release({ manifest: output(), image, dryRun: false, prune: true });
      expect(again.apply?.ok).toBe(true);
      expect(aws.fake.calls.writes()).toEqual([]);
    },
  );

  it(
    'a hand-made schedule on the universal RunTask target (cluster named in its Input) is imported, ' +
      'warned about, and taken over like any other',
    async () => {
      const { billing } = await handMade();
      const request = {
        Cluster: 'batch',
        TaskDefinition: billing,
        LaunchType: 'FARGATE',
        NetworkConfiguration: { AwsvpcConfiguration: { Subnets: ['subnet-0a1b'], SecurityGroups: ['sg-0c2d'] } },
        Overrides: { ContainerOverrides: [{ Name: 'app', Command: ['php', 'artisan', 'invoices'] }] },
      };
      const universal = (name: string, cluster: string) =>
        aws.clients.scheduler.send(
          new CreateScheduleCommand({
            Name: name,
            ScheduleExpression: 'cron(0 6 * * ? *)',
            FlexibleTimeWindow: { Mode: 'OFF' },
            Target: {
              Arn: 'arn:aws:scheduler:::aws-sdk:ecs:runTask',
              RoleArn: INVOKE,
              Input: JSON.stringify({ ...request, Cluster: cluster }),
            },
          }),
        );
      await universal('invoices', 'batch');
      // The same kind of schedule for another cluster is not this cluster's.
      await universal('invoices-other', 'other');
      const result = await runImport();
      expect(result.ok).toBe(true);
      const doc = parse(readFileSync(output(), 'utf8')) as { jobs: Record<string, Json> };
      expect(doc.jobs.invoices).toMatchObject({
        schedule: 'cron(0 6 * * ? *)',
        command: ['php', 'artisan', 'invoices'],
        replaces: 'schedule/default/invoices',
      });
      expect(doc.jobs['invoices-other']).toBeUndefined();

      // Without replaces:, the plan warns that the job would also run from it.
      const text = readFileSync(output(), 'utf8');
      writeFileSync(output(), text.replace('    replaces: schedule/default/invoices\n', ''));
      const image = aws.fake.seedImage('legacy-batch', 'v2').uri;
      const planned = await release({ manifest: output(), image, dryRun: true, prune: true });
      expect(planned.plan!.warnings.filter((w) => /would also run/.test(w))).toEqual([
        expect.stringMatching(/^job invoices would also run from schedule default\/invoices: .*same command/),
      ]);
      // With it, the deploy takes it over; the other cluster's stays.
      writeFileSync(output(), text);
      expect((await release({ manifest: output(), image, dryRun: false, prune: true })).apply?.ok).toBe(true);
      expect(aws.fake.state.schedules.has('default/invoices')).toBe(false);
      expect(aws.fake.state.schedules.has('default/invoices-other')).toBe(true);
    },
  );

  it('with --backend rules writes backend: rules and says what a person must decide about a time zone', async () => {
    await handMade();
    const result = await runImport({ backend: 'rules' });
    const text = readFileSync(output(), 'utf8');
    expect(text).toMatch(/^backend: rules$/m);
    expect(text).toMatch(/# DECIDE: it runs in time zone Asia\/Tokyo; EventBridge rules run in UTC only/);
    // validate agrees that the time zone cannot be kept on rules, at the job's line.
    expect(result.ok).toBe(false);
    expect(result.summary.join('\n')).toMatch(
      /ecs-batch\.yml:\d+:\d+: error: .*monthly-report|ecs-batch\.yml:\d+:\d+: error: .*time ?zone/i,
    );
  });

  it('never overwrites a file, and says so', async () => {
    await handMade();
    writeFileSync(output(), 'keep me\n');
    const result = await runImport();
    expect(result.ok).toBe(false);
    expect(result.summary.join('\n')).toMatch(/not written: .*ecs-batch\.yml exists \(import never overwrites\)/);
    expect(readFileSync(output(), 'utf8')).toBe('keep me\n');
    expect(existsSync(join(dir, 'ecs-batch.taskdefs'))).toBe(false);
  });

  it('hostile text from AWS stays a value: a description cannot add YAML keys, and comments stay one line', async () => {
    const { billing, batch } = await handMade();
    const hostile = 'x\njobs:\n  evil:\n    schedule: rate(1 minute)\n# ::error::owned';
    await aws.clients.events.send(
      new PutRuleCommand({ Name: 'tricky', ScheduleExpression: 'rate(2 hours)', Description: hostile }),
    );
    await aws.clients.events.send(
      new PutTargetsCommand({
        Rule: 'tricky',
        Targets: [
          {
            Id: '1',
            Arn: batch,
            RoleArn: INVOKE,
            EcsParameters: {
              TaskDefinitionArn: billing,
              LaunchType: 'FARGATE',
              NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'] } },
            },
            Input: JSON.stringify({ containerOverrides: [{ name: 'app', command: ['sh', '-c', '::error::x\n'] }] }),
          },
        ],
      }),
    );
    // Secrets typed into a hand-made task definition (main container, a sidecar, a command flag) never reach the files.
    const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';
    const leaky = (
      await aws.clients.ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'leaky',
          executionRoleArn: EXEC,
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu: '256',
          memory: '512',
          containerDefinitions: [
            {
              name: 'app',
              image: 'legacy-batch:v1',
              command: ['bin/sync', '--password', 'hunter2-hunter2'],
              environment: [
                { name: 'GITHUB_TOKEN', value: token },
                { name: 'MODE', value: 'full' },
              ],
            },
            {
              name: 'proxy',
              image: 'envoy:v1',
              essential: false,
              environment: [{ name: 'UPSTREAM', value: `https://user:pa55word@example.com` }],
            },
          ],
        }),
      )
    ).taskDefinition!.taskDefinitionArn!;
    await aws.clients.events.send(new PutRuleCommand({ Name: 'leaky', ScheduleExpression: 'rate(3 hours)' }));
    await aws.clients.events.send(
      new PutTargetsCommand({
        Rule: 'leaky',
        Targets: [
          {
            Id: '1',
            Arn: batch,
            RoleArn: INVOKE,
            EcsParameters: {
              TaskDefinitionArn: leaky,
              LaunchType: 'FARGATE',
              NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'] } },
            },
          },
        ],
      }),
    );
    const result = await runImport();
    expect(result.summary.slice(-4)).toEqual(expect.arrayContaining([expect.stringMatching(/^validate: ok/)]));
    const text = readFileSync(output(), 'utf8');
    const doc = parse(text) as { jobs: Record<string, Json> };
    expect(doc.jobs.evil).toBeUndefined();
    expect(doc.jobs.tricky).toMatchObject({ description: hostile, command: ['sh', '-c', '::error::x\n'] });
    const files = [
      text,
      ...['leaky'].map((job) => readFileSync(join(dir, `ecs-batch.taskdefs/${job}.json`), 'utf8')),
      result.summary.join('\n'),
    ].join('\n');
    for (const secret of [token, 'hunter2-hunter2', 'pa55word']) expect(files).not.toContain(secret);
    expect(doc.jobs.leaky).toMatchObject({ command: ['bin/sync', '--password', '***'], environment: { MODE: 'full' } });
    expect(text).toMatch(
      /# DECIDE: environment GITHUB_TOKEN of container app looks like a secret: its value was not written/,
    );
    expect(text).toMatch(/# DECIDE: environment UPSTREAM of container proxy looks like a secret/);
    expect(text).toMatch(/# DECIDE: its command carries a secret, written here as \*\*\*/);
  });

  it('the CLI: --cluster is required; the summary goes to stderr and no line of it is a workflow command', async () => {
    const { batch } = await handMade();
    // A hand-made task definition whose image text would be a workflow command if printed raw.
    const evil = (
      await aws.clients.ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'evil',
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu: '256',
          memory: '512',
          executionRoleArn: EXEC,
          containerDefinitions: [
            { name: 'app', image: 'docker.io/x/y:1\n::error::pwned\n##[warning]pwned', command: ['true'] },
          ],
        }),
      )
    ).taskDefinition!.taskDefinitionArn!;
    await aws.clients.events.send(new PutRuleCommand({ Name: 'evil', ScheduleExpression: 'rate(1 day)' }));
    await aws.clients.events.send(
      new PutTargetsCommand({
        Rule: 'evil',
        Targets: [
          {
            Id: '1',
            Arn: batch,
            RoleArn: INVOKE,
            EcsParameters: {
              TaskDefinitionArn: evil,
              LaunchType: 'FARGATE',
              NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'] } },
            },
          },
        ],
      }),
    );
    const env = aws.fake.env();
    const missing = await runCli(['import'], env, dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--cluster is required/);
    const r = await runCli(['import', '--cluster', 'batch', '--project', 'legacy'], env, dir);
    expect(r.stderr).toMatch(/validate: ok/);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/imported 5 jobs from cluster batch/);
    expect(r.stderr).toMatch(/pwned/);
    expect(commandsTheRunnerReads(r.stderr)).toEqual([]);
    aws.fake.createCluster('empty');
    const none = await runCli(['import', '--cluster', 'empty', '--output', 'empty.yml'], env, dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/no scheduled ECS task made by hand targets cluster empty: nothing to import/);
    expect(existsSync(join(dir, 'empty.yml'))).toBe(false);
  });
});
