/**
 * Every call the commands make, and every call AWS makes with the roles they set up, evaluated at resource level
 * (action, ARN, condition keys) against the policy `iam-policy` prints for that role, with a real IAM evaluator; and
 * the same roles denied on another environment's resources, which share the `<prefix>-` names.
 */
import { readLastRuns } from '../../src/report/last-runs.ts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { PutRuleCommand, PutTargetsCommand } from '@aws-sdk/client-eventbridge';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import { discover } from '../../src/import/discover.ts';
import { iamPolicy, importPolicy, policyContext, splitPolicy, type PolicyPurpose } from '../../src/policy/iam.ts';
import { loadManifest } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import { chainOf, runChain } from '../../src/run/chain.ts';
import { findJob, runJob } from '../../src/run/run.ts';
import { jobStatus } from '../../src/status/status.ts';
import type { ResolvedManifest } from '../../src/manifest/types.ts';
import { authorizationOf, type AuthzRequest } from '../fake-aws/authz.ts';
import type { CallRecord } from '../fake-aws/index.ts';
import { fakeAws, fargateTaskDefinition, type FakeSetup } from '../helpers/aws.ts';
import { decide, notAllowed } from '../helpers/iam.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runAction, scratchDir } from '../helpers/processes.ts';

const REGION = 'ap-northeast-1';
const TOPIC = `arn:aws:sns:${REGION}:123456789012:batch-alerts`;

/** Alerts, history, a chain (retries), and a prod environment whose prefix `myapp-prod` starts with `myapp-`. */
const FULL = MANIFEST.replace('jobs:\n', `alerts: { snsTopicArn: "${TOPIC}" }\nhistory: { retentionDays: 30 }\njobs:\n`)
  .replace(
    '  environment: { APP_ENV: production }\n',
    '  environment: { APP_ENV: production }\n  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n',
  )
  .replace(
    '    command: [php, artisan, nightly]\n',
    '    command: [php, artisan, nightly]\n    retries: 2\n    concurrency: forbid\n',
  )
  .concat(
    'environments:\n  prod:\n    defaults:\n      logs: { group: /ecs-batch/myapp-prod }\n' +
      '      taskRoleArn: arn:aws:iam::123456789012:role/task-prod\n',
  );

let aws: FakeSetup;
let dir: string;
let file: string;
const manifests = new Map<string, ResolvedManifest>();

function manifestOf(environment?: string): ResolvedManifest {
  const key = environment ?? '';
  if (!manifests.has(key)) {
    const loaded = loadManifest(file, environment ? { environment } : {});
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    manifests.set(key, loaded.manifest!);
  }
  return manifests.get(key)!;
}

function policies(purpose: PolicyPurpose, environment?: string) {
  const manifest = manifestOf(environment);
  return splitPolicy(iamPolicy(manifest, purpose, policyContext(manifest, REGION, undefined)));
}

/** Runs a step and returns the calls it made (and the calls AWS made meanwhile with the roles). */
async function callsOf(step: () => Promise<unknown>): Promise<CallRecord[]> {
  aws.fake.calls.reset();
  await step();
  return [...aws.fake.calls.entries];
}

/** The actions each role was seen to need (every request its calls made), across the tests. */
const needed = new Map<PolicyPurpose, Set<string>>();

/** Each call checked against the policy of the role that makes it. */
function byRole(purpose: PolicyPurpose, environment?: string) {
  return (call: CallRecord) => {
    const role = call.principal ?? purpose;
    const seen = needed.get(role) ?? new Set<string>();
    for (const r of call.authz ?? []) seen.add(r.action);
    needed.set(role, seen);
    return policies(role, environment);
  };
}

beforeAll(async () => {
  aws = await fakeAws({ region: REGION });
  aws.fake.createCluster('batch');
  aws.fake.createTopic('batch-alerts');
  dir = scratchDir({ 'ecs-batch.yml': FULL });
  file = join(dir, 'ecs-batch.yml');
});
afterAll(() => aws.stop());

describe('every call allowed by the policy iam-policy prints, at resource level', () => {
  const image = () => aws.fake.seedImage('myapp-batch', 'abc').uri;

  it('deploy (prepare, first deploy, roll, prune) and plan', async () => {
    const prepare = await callsOf(() =>
      runAction('prepare', {}, { env: { ...aws.fake.env(), GITHUB_SHA: 'abc' }, cwd: dir }),
    );
    const first = await callsOf(() => release({ manifest: file, image: image(), dryRun: false, prune: true }));
    const roll = await callsOf(() =>
      release({
        manifest: file,
        image: aws.fake.seedImage('myapp-batch', 'def').uri,
        dryRun: false,
        prune: true,
        keepRevisions: 1,
      }),
    );
    const plan = await callsOf(() =>
      release({ manifest: file, image: image(), dryRun: true, prune: true, keepRevisions: 1 }),
    );
    // The deploy summary's last runs (the CLI and the action read them after the release).
    const lastRuns = await callsOf(() => readLastRuns(aws.clients, manifestOf(), Date.now()));
    expect(lastRuns.map((c) => c.operation)).toContain('FilterLogEvents');
    expect(await notAllowed(lastRuns, byRole('deploy'))).toEqual([]);
    for (const calls of [prepare, first, roll, plan]) expect(calls.length).toBeGreaterThan(0);
    expect(first.map((c) => c.operation)).toEqual(
      expect.arrayContaining(['RegisterTaskDefinition', 'CreateSchedule', 'PutRule', 'CreateStateMachine']),
    );
    expect(await notAllowed([...prepare, ...first, ...roll], byRole('deploy'))).toEqual([]);
    expect(await notAllowed(plan, byRole('plan'))).toEqual([]);
    // The read-only role may not deploy.
    expect((await notAllowed(first, byRole('plan'))).length).toBeGreaterThan(0);
  });

  it('the schedules start tasks and the chain with their roles; run, a chain run and status with theirs', async () => {
    const fired = await callsOf(() => aws.fake.fire({ schedule: 'myapp/myapp-sweep' }));
    expect(fired.map((c) => [c.principal, c.operation])).toEqual([['scheduler', 'RunTask']]);
    expect(await notAllowed(fired, byRole('scheduler'))).toEqual([]);

    const manifest = manifestOf();
    const options = {
      wait: true,
      timeoutSeconds: 30,
      startedBy: 'ecs-batch/test',
      pollSeconds: { status: 0.05, logs: 0.05 },
    };
    const run = await callsOf(async () =>
      expect((await runJob(aws.clients, manifest, findJob(manifest, 'monthly'), options)).status).toBe('succeeded'),
    );
    expect(run.map((c) => c.operation)).toEqual(expect.arrayContaining(['RunTask', 'DescribeTasks']));
    expect(await notAllowed(run, byRole('run'))).toEqual([]);

    // A chain run (with an environment for every step): run reads the deployed steps' own and starts the state
    // machine, which runs its task with the state machine's role.
    const chain = await callsOf(async () => {
      const result = await runChain(aws.clients, manifest, chainOf(manifest, 'nightly')!, {
        wait: true,
        timeoutSeconds: 30,
        startedBy: 'ecs-batch/test',
        environment: { RUN_DATE: '2026-12-01' },
        pollSeconds: 0.05,
      });
      expect(result.status).toBe('succeeded');
    });
    expect(chain.filter((c) => c.principal === 'state-machine').map((c) => c.operation)).toContain('RunTask');
    expect(chain.map((c) => c.operation)).toEqual(expect.arrayContaining(['DescribeStateMachine', 'StartExecution']));
    expect(await notAllowed(chain, byRole('run'))).toEqual([]);

    aws.fake.settle();
    const status = await callsOf(() => jobStatus(aws.clients, manifest, Date.now()));
    expect(status.map((c) => c.operation)).toEqual(expect.arrayContaining(['FilterLogEvents']));
    expect(await notAllowed(status, byRole('plan'))).toEqual([]);
  });

  it('the rules backend, and shared task definitions (deploy and what the rules run)', async () => {
    const RULES = FULL.replace('cluster: batch\n', 'cluster: batch\nbackend: rules\n').replace(
      '  timezone: Asia/Tokyo\n',
      '',
    );
    const variants = [
      RULES,
      FULL.replace('cluster: batch\n', 'cluster: batch\ntaskDefinitions: shared\n'),
      // No history: status reads ECS; no retries: the state machine is pruned.
      FULL.replace('history: { retentionDays: 30 }\n', '').replace('    retries: 2\n    concurrency: forbid\n', ''),
      FULL,
    ];
    const options = {
      wait: true,
      timeoutSeconds: 30,
      startedBy: 'ecs-batch/test',
      pollSeconds: { status: 0.05, logs: 0.05 },
    };
    for (const text of variants) {
      writeFileSync(file, text);
      manifests.clear();
      const deploy = await callsOf(() => release({ manifest: file, image: image(), dryRun: false, prune: true }));
      expect(await notAllowed(deploy, byRole('deploy'))).toEqual([]);
      const manifest = manifestOf();
      const rules = manifest.backend === 'rules';
      const fire = (job: string) =>
        callsOf(() => aws.fake.fire(rules ? { rule: `myapp-${job}` } : { schedule: `myapp/myapp-${job}` }));
      const fired = [...(await fire('sweep')), ...(manifest.chains.length ? await fire('nightly') : [])];
      expect(fired.filter((c) => c.operation === 'RunTask').length).toBe(1);
      expect(await notAllowed(fired, byRole('scheduler'))).toEqual([]);
      // A manual run reads its settings from the live schedule or rule.
      const run = await callsOf(async () =>
        expect((await runJob(aws.clients, manifest, findJob(manifest, 'sweep'), options)).status).toBe('succeeded'),
      );
      expect(await notAllowed(run, byRole('run'))).toEqual([]);
      aws.fake.settle();
      const status = await callsOf(() => jobStatus(aws.clients, manifest, Date.now()));
      expect(await notAllowed(status, byRole('plan'))).toEqual([]);
    }
  });

  it('grants nothing no call needs (beyond what these scenarios cannot reach, each with its reason)', () => {
    // Needed on paths these scenarios do not take (each has its own test elsewhere).
    const elsewhere: Record<string, string> = {
      'ecr:GetAuthorizationToken': 'the docker login of the build step (a GitHub runner)',
      ...Object.fromEntries(
        [
          'BatchCheckLayerAvailability',
          'BatchGetImage',
          'CompleteLayerUpload',
          'GetDownloadUrlForLayer',
          'InitiateLayerUpload',
          'PutImage',
          'UploadLayerPart',
        ].map((op) => [`ecr:${op}`, 'docker push of the build step (a GitHub runner)']),
      ),
      'ecs:StopTask': 'run --timeout, and a state machine step that times out (run.test.ts, chains.test.ts)',
      'states:StopExecution': 'a chain run that passes its --timeout, and concurrency: replace (chains.test.ts)',
      'events:DescribeRule': "AWS's managed rule for the .sync ECS integration (AWS's documented policy)",
      'events:PutRule': "AWS's managed rule for the .sync ECS integration (AWS's documented policy)",
      'events:PutTargets': "AWS's managed rule for the .sync ECS integration (AWS's documented policy)",
    };
    // What .sync itself polls with the state machine's role (the emulator's interpreter does it internally).
    const syncReads = new Set(['ecs:DescribeTasks']);
    const unused: Record<string, string[]> = {};
    for (const purpose of ['deploy', 'plan', 'run', 'scheduler', 'state-machine'] as const) {
      const granted = new Set(policies(purpose).flatMap((d) => d.Statement.flatMap((st) => st.Action)));
      unused[purpose] = [...granted]
        .filter((a) => !needed.get(purpose)?.has(a) && !elsewhere[a])
        .filter((a) => !(purpose === 'state-machine' && syncReads.has(a)))
        .sort();
    }
    expect(unused).toEqual({ deploy: [], plan: [], run: [], scheduler: [], 'state-machine': [] });
  });
});

describe('import reads what iam-policy --for import allows', () => {
  it('rules and schedules made by hand on a cluster, and the task definitions they run', async () => {
    aws.fake.createCluster('legacy');
    const cluster = `arn:aws:ecs:${REGION}:123456789012:cluster/legacy`;
    const td = await aws.clients.ecs.send(new RegisterTaskDefinitionCommand(fargateTaskDefinition('hand-made')));
    await aws.clients.events.send(new PutRuleCommand({ Name: 'hand.nightly', ScheduleExpression: 'rate(1 day)' }));
    await aws.clients.events.send(
      new PutTargetsCommand({
        Rule: 'hand.nightly',
        Targets: [
          {
            Id: 'ecs',
            Arn: cluster,
            RoleArn: 'arn:aws:iam::123456789012:role/invoke',
            EcsParameters: {
              TaskDefinitionArn: td.taskDefinition!.taskDefinitionArn,
              LaunchType: 'FARGATE',
              NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'] } },
            },
          },
        ],
      }),
    );
    await aws.clients.scheduler.send(
      new CreateScheduleCommand({
        Name: 'hand-hourly',
        ScheduleExpression: 'rate(1 hour)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: {
          Arn: cluster,
          RoleArn: 'arn:aws:iam::123456789012:role/invoke',
          EcsParameters: {
            TaskDefinitionArn: td.taskDefinition!.taskDefinitionArn,
            LaunchType: 'FARGATE',
            NetworkConfiguration: { awsvpcConfiguration: { Subnets: ['subnet-0a1b'] } },
          },
        },
      }),
    );
    const calls = await callsOf(() => discover(aws.clients, 'legacy'));
    expect(calls.map((c) => c.operation)).toEqual(
      expect.arrayContaining(['ListRuleNamesByTarget', 'ListSchedules', 'DescribeTaskDefinition']),
    );
    const policy = importPolicy('legacy', { account: '123456789012', region: REGION, partition: 'aws' });
    expect(await notAllowed(calls, () => [policy])).toEqual([]);
    const granted = new Set(policy.Statement.flatMap((s) => s.Action));
    const used = new Set(calls.flatMap((c) => (c.authz ?? []).map((r) => r.action)));
    expect([...granted].filter((a) => !used.has(a))).toEqual([]);
  });
});

/** The other deployment: myapp's prod environment, or project myapp-reports (its own manifest). */
const OTHERS = [
  { what: 'another environment (myapp-prod)', prefix: 'myapp-prod', taskRole: 'task-prod' },
  { what: 'another project (myapp-reports)', prefix: 'myapp-reports', taskRole: 'task-reports' },
] as const;

describe.each(OTHERS)("$what: its resources, named like myapp's, are out of reach", ({ prefix, taskRole }) => {
  let requests: AuthzRequest[];
  let theirPolicies: (purpose: PolicyPurpose) => ReturnType<typeof policies>;

  beforeAll(async () => {
    // Deploy it and run its jobs, so its rules, state machine, alarm, tasks and executions exist.
    const reports = prefix === 'myapp-reports';
    aws.fake.createRole(taskRole, ['ecs-tasks.amazonaws.com']);
    const theirFile = reports ? join(dir, 'reports.yml') : file;
    if (reports)
      writeFileSync(
        theirFile,
        FULL.replace('project: myapp', 'project: myapp-reports')
          .replace('role/task\n', `role/${taskRole}\n`)
          .replace('group: /ecs-batch/myapp,', 'group: /ecs-batch/myapp-reports,'),
      );
    await release({
      manifest: theirFile,
      ...(reports ? {} : { environment: 'prod' }),
      image: aws.fake.seedImage('myapp-batch', prefix).uri,
      dryRun: false,
      prune: true,
    });
    const prod = loadManifest(theirFile, reports ? {} : { environment: 'prod' }).manifest!;
    theirPolicies = (purpose) => splitPolicy(iamPolicy(prod, purpose, policyContext(prod, REGION, undefined)));
    const started = await runJob(aws.clients, prod, findJob(prod, 'monthly'), {
      wait: false,
      timeoutSeconds: 30,
      startedBy: 'ecs-batch/test',
    });
    const chain = await runChain(aws.clients, prod, chainOf(prod, 'nightly')!, {
      wait: false,
      timeoutSeconds: 30,
      startedBy: 'ecs-batch/test',
    });
    const { state } = aws.fake;
    const of = (service: string, operation: string, input: Record<string, unknown>) =>
      authorizationOf(service, operation, input, state)!;
    const rule = `${prefix}-ecs-batch-alerts-failed`;
    const machine = [...state.stateMachines.values()].find((m) => m.name === `${prefix}-nightly`)!.arn;
    const prodFamily = [...state.taskDefinitions.keys()].find((f) => f.startsWith(`${prefix}-`))!;
    const prodRevision = state.taskDefinitions.get(prodFamily)!.at(-1)!.arn;
    expect(started.taskArn).toBeDefined();
    requests = [
      ...of('events', 'DeleteRule', { Name: rule }),
      ...of('events', 'PutTargets', { Rule: rule, Targets: [{ Id: 'x', Arn: TOPIC }] }),
      ...of('events', 'RemoveTargets', { Rule: rule, Ids: ['ecs-batch'] }),
      ...of('events', 'PutRule', {
        Name: rule,
        EventPattern: '{}',
        Tags: [{ Key: 'ecs-batch:project', Value: 'myapp' }],
      }),
      ...of('events', 'TagResource', {
        ResourceARN: state.arn('events', `rule/${rule}`),
        Tags: [{ Key: 'ecs-batch:project', Value: 'myapp' }],
      }),
      ...of('states', 'UpdateStateMachine', { stateMachineArn: machine, definition: '{}' }),
      ...of('states', 'DeleteStateMachine', { stateMachineArn: machine }),
      ...of('states', 'StartExecution', { stateMachineArn: machine }),
      ...of('states', 'StopExecution', { executionArn: chain.executionArn }),
      ...of('monitoring', 'DeleteAlarms', { AlarmNames: [`${prefix}-ecs-batch-schedule-errors`] }),
      ...of('monitoring', 'PutMetricAlarm', {
        AlarmName: `${prefix}-ecs-batch-schedule-errors`,
        Tags: [{ Key: 'ecs-batch:project', Value: 'myapp' }],
      }),
      ...of('ecs', 'StopTask', { cluster: 'batch', task: started.taskArn }),
      ...of('ecs', 'RunTask', { cluster: 'batch', taskDefinition: prodRevision }),
      ...of('ecs', 'TagResource', {
        resourceArn: prodRevision,
        tags: [{ key: 'ecs-batch:applied', value: 'x' }],
      }),
      ...of('scheduler', 'UpdateSchedule', { GroupName: prefix, Name: `${prefix}-sweep` }),
      ...of('scheduler', 'DeleteSchedule', { GroupName: prefix, Name: `${prefix}-sweep` }),
      ...of('logs', 'PutRetentionPolicy', { logGroupName: `/ecs-batch/${prefix}` }),
      ...of('logs', 'GetLogEvents', { logGroupName: `/ecs-batch/${prefix}`, logStreamName: 'x' }),
      ...of('logs', 'FilterLogEvents', { logGroupName: `/aws/events/ecs-batch/${prefix}` }),
    ];
  });

  it.each(['deploy', 'run', 'scheduler', 'state-machine'] as const)('for the %s role', async (purpose) => {
    const own = policies(purpose);
    // Both environments run with the same execution role: passing it is allowed to both, on purpose.
    const theirs = requests.filter((r) => !(r.action === 'iam:PassRole' && r.resource.endsWith(':role/exec')));
    const decided = await Promise.all(theirs.map(async (r) => [r.action, r.resource, await decide(own, r)]));
    // Every request is well-formed for the evaluator (a valid ARN for the action, known condition keys)...
    expect(decided.filter(([, , d]) => String(d).startsWith('invalid'))).toEqual([]);
    // ...and none is allowed.
    expect(decided.filter(([, , d]) => d === 'Allowed')).toEqual([]);
    // The prod task role is not myapp's to pass.
    const passProd: AuthzRequest = {
      action: 'iam:PassRole',
      resource: `arn:aws:iam::123456789012:role/${taskRole}`,
      context: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
    };
    expect(await decide(own, passProd)).not.toBe('Allowed');
  });

  it('and its own roles may do exactly those things (the negative cases are real requests)', async () => {
    const deploy = theirPolicies('deploy');
    const run = theirPolicies('run');
    const allowedFor = async (action: string) => {
      const r = requests.find((x) => x.action === action)!;
      return [action, await decide(action.startsWith('ecs:Stop') || action.includes('Execution') ? run : deploy, r)];
    };
    for (const action of [
      'events:DeleteRule',
      'events:PutTargets',
      'states:UpdateStateMachine',
      'states:StartExecution',
      'states:StopExecution',
      'cloudwatch:DeleteAlarms',
      'ecs:StopTask',
      'scheduler:DeleteSchedule',
      'logs:PutRetentionPolicy',
    ])
      expect(await allowedFor(action)).toEqual([action, 'Allowed']);
  });
});
