import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UNSCOPED_ACTIONS, type PolicyDocument } from '../../src/policy/iam.ts';
import { loadManifest } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import { findJob, runJob } from '../../src/run/run.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { ROOT, runAction, runCli, scratchDir } from '../helpers/processes.ts';

const SDK_SERVICE: Record<string, string> = {
  'client-ecs': 'ecs',
  'client-ecr': 'ecr',
  'client-eventbridge': 'events',
  'client-scheduler': 'scheduler',
  'client-cloudwatch-logs': 'logs',
  'client-cloudwatch': 'cloudwatch',
  'client-sns': 'sns',
  'client-sfn': 'states',
  'client-ec2': 'ec2',
  'client-iam': 'iam',
  'client-ssm': 'ssm',
  'client-secrets-manager': 'secretsmanager',
};

/** The emulator's call log names services by their SigV4 name; IAM by its prefix. */
const IAM_PREFIX: Record<string, string> = { monitoring: 'cloudwatch' };

async function policy(purpose: string, manifest = 'ecs-batch.yml', cwd = dir): Promise<PolicyDocument> {
  const r = await runCli(
    ['iam-policy', '--manifest', manifest, '--for', purpose, '--region', 'ap-northeast-1'],
    {},
    cwd,
  );
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as PolicyDocument;
}

function allowed(doc: PolicyDocument): Set<string> {
  return new Set(doc.Statement.flatMap((s) => s.Action));
}

/** Every AWS operation src/ can call: `new XCommand(` in a file, its service from the file's imports. */
function operationsInSource(): Set<string> {
  const found = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const imp of text.matchAll(/import \{([^}]*)\} from '@aws-sdk\/(client-[\w-]+)'/g)) {
          const service = SDK_SERVICE[imp[2]!]!;
          for (const m of imp[1]!.matchAll(/(?:^|,)\s*(\w+)Command(?:\s+as\s+(\w+))?/g)) {
            const local = m[2] ?? `${m[1]}Command`;
            if (new RegExp(`new ${local}\\(`).test(text)) found.add(`${service}:${m[1]}`);
          }
          for (const m of imp[1]!.matchAll(/paginate(\w+)/g))
            if (new RegExp(`paginate${m[1]}\\(`).test(text)) found.add(`${service}:${m[1]}`);
        }
      }
    }
  };
  walk(join(ROOT, 'src'));
  return found;
}

/** The same jobs on EventBridge rules (UTC only, and the job that is cut shows a prune). */
const RULES_MANIFEST = MANIFEST.replace(/ {2}sweep:\n(?: {4}.*\n)+/, '')
  .replace('cluster: batch', 'cluster: batch\nbackend: rules')
  .replace('  timezone: Asia/Tokyo\n', '');

/** With alerts and run history: event rules, an alarm, the topic check, the Logs resource policy. */
const ALERTS_MANIFEST = MANIFEST.replace(
  'jobs:\n',
  'alerts: { snsTopicArn: "arn:aws:sns:ap-northeast-1:123456789012:batch-alerts" }\nhistory: { retentionDays: 30 }\njobs:\n',
);

/** A job with retries runs through a state machine (run starts and follows it). */
const CHAINS_MANIFEST = MANIFEST.replace(
  '  environment: { APP_ENV: production }\n',
  '  environment: { APP_ENV: production }\n  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n',
).replace('    command: [php, artisan, nightly]\n', '    command: [php, artisan, nightly]\n    retries: 2\n');

let aws: FakeSetup;
let dir: string;

beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
});
afterAll(() => aws.stop());

describe('ecs-batch iam-policy', () => {
  it('scopes resources to this manifest, and passes only its roles, to the right service', async () => {
    const doc = await policy('deploy');
    const resources = doc.Statement.flatMap((s) => s.Resource);
    expect(resources).toEqual(
      expect.arrayContaining([
        'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch',
        'arn:aws:ecr:ap-northeast-1:123456789012:repository/myapp-batch',
        'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-*:*',
        'arn:aws:scheduler:ap-northeast-1:123456789012:schedule-group/myapp',
        'arn:aws:scheduler:ap-northeast-1:123456789012:schedule/myapp/*',
        'arn:aws:events:ap-northeast-1:123456789012:rule/myapp-*',
        'arn:aws:logs:ap-northeast-1:123456789012:log-group:/ecs-batch/myapp',
      ]),
    );
    for (const s of doc.Statement.filter((x) => x.Resource.includes('*'))) {
      for (const action of s.Action) expect(UNSCOPED_ACTIONS).toContain(action);
    }
    // Registering is held to this manifest's ownership tag; `<prefix>-*` families are told apart from other environments' by it.
    expect(doc.Statement.find((x) => x.Action.includes('ecs:RegisterTaskDefinition'))!.Condition).toEqual({
      StringEquals: { 'aws:RequestTag/ecs-batch:project': 'myapp' },
    });
    // The scheduler backend writes no rules (it may only remove its own, after a switch of backend).
    expect(doc.Statement.flatMap((x) => x.Action)).not.toEqual(expect.arrayContaining(['events:PutRule']));
    expect(doc.Statement.flatMap((x) => x.Action)).toEqual(
      expect.arrayContaining(['events:DeleteRule', 'scheduler:CreateSchedule']),
    );
    const passRole = doc.Statement.filter((s) => s.Action.includes('iam:PassRole'));
    // Statement order follows the order of the resource kinds, which carries no meaning.
    const byService = (s: (typeof passRole)[number]) => JSON.stringify(s.Condition);
    passRole.sort((a, b) => byService(b).localeCompare(byService(a)));
    expect(passRole.map((s) => [s.Resource, s.Condition])).toEqual([
      [
        ['arn:aws:iam::123456789012:role/invoke'],
        { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      ],
      [
        ['arn:aws:iam::123456789012:role/exec', 'arn:aws:iam::123456789012:role/task'],
        { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } },
      ],
    ]);
  });

  it('lets a deploy delete exactly the hand-made schedules and rules the jobs replace, and nothing when none', async () => {
    const takeOver = (d: PolicyDocument) =>
      d.Statement.filter((x) => (x as { Sid?: string }).Sid?.startsWith('TakeOver')).map((x) => [x.Action, x.Resource]);
    expect(takeOver(await policy('deploy'))).toEqual([]);
    writeFileSync(
      join(dir, 'replaces.yml'),
      MANIFEST.replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    replaces: [rule/daily-aggregate, schedule/legacy/nightly, rule/hourly/ecs]\n',
      ),
    );
    expect(takeOver(await policy('deploy', 'replaces.yml'))).toEqual([
      [
        ['events:DeleteRule', 'events:RemoveTargets'],
        ['arn:aws:events:ap-northeast-1:123456789012:rule/daily-aggregate'],
      ],
      // One target of a rule that keeps its others: the rule itself may not be deleted.
      [['events:RemoveTargets'], ['arn:aws:events:ap-northeast-1:123456789012:rule/hourly']],
      [['scheduler:DeleteSchedule'], ['arn:aws:scheduler:ap-northeast-1:123456789012:schedule/legacy/nightly']],
    ]);
    expect(takeOver(await policy('plan', 'replaces.yml'))).toEqual([]);
    writeFileSync(
      join(dir, 'disable.yml'),
      readFileSync(join(dir, 'replaces.yml'), 'utf8').replace(
        'cluster: batch\n',
        'cluster: batch\ntakeOver: disable\n',
      ),
    );
    expect(takeOver(await policy('deploy', 'disable.yml'))).toEqual([
      [['events:DisableRule'], ['arn:aws:events:ap-northeast-1:123456789012:rule/daily-aggregate']],
      [['events:RemoveTargets'], ['arn:aws:events:ap-northeast-1:123456789012:rule/hourly']],
      [
        ['scheduler:GetSchedule', 'scheduler:UpdateSchedule'],
        ['arn:aws:scheduler:ap-northeast-1:123456789012:schedule/legacy/nightly'],
      ],
    ]);
  });

  it(
    "the schedules' role may run a shared family by its revision-less ARN (what a universal target " +
      'names), and per job only revisions',
    async () => {
      const runTask = (d: PolicyDocument) => d.Statement.find((x) => x.Action.includes('ecs:RunTask'))!.Resource;
      expect(runTask(await policy('scheduler'))).toEqual([
        'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-*:*',
      ]);
      writeFileSync(
        join(dir, 'shared.yml'),
        MANIFEST.replace('cluster: batch\n', 'cluster: batch\ntaskDefinitions: shared\n'),
      );
      expect(runTask(await policy('scheduler', 'shared.yml'))).toEqual([
        'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-*:*',
        'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-shared-*',
      ]);
    },
  );

  it('the plan policy is read-only', async () => {
    const actions = [...allowed(await policy('plan'))];
    expect(actions.filter((a) => !/:(Describe|List|Get|BatchGet)/.test(a))).toEqual([]);
  });

  it('covers every AWS operation the code can call', async () => {
    writeFileSync(join(dir, 'rules.yml'), RULES_MANIFEST);
    writeFileSync(join(dir, 'alerts.yml'), ALERTS_MANIFEST);
    writeFileSync(join(dir, 'chains.yml'), CHAINS_MANIFEST);
    // Secrets of both kinds: pre-flight describes each (never reads a value).
    writeFileSync(
      join(dir, 'secrets.yml'),
      MANIFEST.replace(
        '  environment: { APP_ENV: production }\n',
        '  environment: { APP_ENV: production }\n  secrets:\n    DB: arn:aws:ssm:ap-northeast-1:123456789012:parameter/db\n' +
          '    API: arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:db-AbCdEf\n',
      ),
    );
    const replacing = MANIFEST.replace(
      '    command: [php, artisan, nightly]\n',
      '    command: [php, artisan, nightly]\n    replaces: [rule/a, schedule/default/b]\n',
    );
    writeFileSync(join(dir, 'take-over.yml'), replacing);
    writeFileSync(
      join(dir, 'take-over-disable.yml'),
      replacing.replace('cluster: batch\n', 'cluster: batch\ntakeOver: disable\n'),
    );
    const all = new Set([
      ...allowed(await policy('deploy', 'take-over.yml')),
      ...allowed(await policy('deploy', 'take-over-disable.yml')),
      ...allowed(await policy('deploy')),
      ...allowed(await policy('deploy', 'rules.yml')),
      ...allowed(await policy('deploy', 'alerts.yml')),
      ...allowed(await policy('plan')),
      ...allowed(await policy('plan', 'alerts.yml')),
      ...allowed(await policy('plan', 'secrets.yml')),
      ...allowed(await policy('deploy', 'chains.yml')),
      ...allowed(await policy('run')),
      ...allowed(await policy('run', 'chains.yml')),
    ]);
    const operations = [...operationsInSource()];
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.filter((op) => !all.has(op))).toEqual([]);
  });

  it('covers every call a deploy, a prune and a backend switch make (from the emulator call log)', async () => {
    const manifest = join(dir, 'ecs-batch.yml');
    const uncovered = new Set<string>();
    let seen = 0;
    /** Runs a step and checks each call it made against the policy of the manifest it used. */
    const check = async (purpose: 'deploy' | 'plan', step: () => Promise<unknown>) => {
      const covers = allowed(await policy(purpose));
      aws.fake.calls.reset();
      await step();
      for (const e of aws.fake.calls.entries) {
        seen += 1;
        const action = `${IAM_PREFIX[e.service] ?? e.service}:${e.operation}`;
        if (!covers.has(action)) uncovered.add(`${purpose} ${action}`);
      }
    };
    await check('deploy', () => runAction('prepare', {}, { env: { ...aws.fake.env(), GITHUB_SHA: 'abc' }, cwd: dir }));
    const image = aws.fake.seedImage('myapp-batch', 'abc');
    await check('deploy', () => release({ manifest, image: image.uri, dryRun: false, prune: true, keepRevisions: 1 }));
    writeFileSync(manifest, RULES_MANIFEST);
    await check('deploy', () => release({ manifest, image: image.uri, dryRun: false, prune: true, maxPrune: 1 }));
    writeFileSync(manifest, MANIFEST);
    await check('deploy', () =>
      release({
        manifest,
        image: aws.fake.seedImage('myapp-batch', 'def').uri,
        dryRun: false,
        prune: true,
        keepRevisions: 1,
      }),
    );
    await check('plan', () => release({ manifest, image: image.uri, dryRun: true, prune: true }));
    // Switching to shared task definitions (and back): universal targets, families pruned.
    writeFileSync(manifest, MANIFEST.replace('cluster: batch\n', 'cluster: batch\ntaskDefinitions: shared\n'));
    await check('deploy', () => release({ manifest, image: image.uri, dryRun: false, prune: true }));
    writeFileSync(manifest, MANIFEST);
    await check('deploy', () => release({ manifest, image: image.uri, dryRun: false, prune: true }));
    expect(seen).toBeGreaterThan(40);
    expect([...uncovered]).toEqual([]);
  });

  it('names every role and stays within the managed-policy size limit, in several policies when one cannot hold them', async () => {
    const MANAGED_POLICY_MAX = 6144;
    const many = (n: number, roles: number) => {
      const jobs = Array.from({ length: n }, (_, i) =>
        [
          `  job-${i}:`,
          `    schedule: rate(${10 + (i % 50)} minutes)`,
          `    command: [run, '${i}']`,
          ...(roles > 1
            ? [
                `    logs: { group: /ecs-batch/myapp/job-${i % roles} }`,
                `    taskRoleArn: arn:aws:iam::123456789012:role/job-${i % roles}`,
              ]
            : []),
        ].join('\n'),
      );
      return MANIFEST.slice(0, MANIFEST.indexOf('jobs:\n')) + `jobs:\n${jobs.join('\n')}\n`;
    };
    const sizes: Record<string, number[]> = {};
    for (const [n, roles] of [
      [1, 1],
      [100, 1],
      [1000, 1],
      [100, 50],
      [1000, 1000],
    ] as const) {
      const file = `many-${n}-${roles}.yml`;
      writeFileSync(join(dir, file), many(n, roles));
      for (const purpose of ['deploy', 'run', 'scheduler']) {
        const r = await runCli(
          ['iam-policy', '--manifest', file, '--for', purpose, '--region', 'ap-northeast-1'],
          {},
          dir,
        );
        expect([file, purpose, r.code]).toEqual([file, purpose, 0]);
        const printed = JSON.parse(r.stdout) as PolicyDocument | PolicyDocument[];
        const docs = Array.isArray(printed) ? printed : [printed];
        expect(Array.isArray(printed)).toBe(docs.length > 1);
        if (docs.length > 1) expect(r.stderr).toMatch(/attach every one of them/);
        // IAM counts the policy without white space.
        sizes[`${purpose} ${n} jobs, ${roles} roles`] = docs.map((d) => JSON.stringify(d).length);
        for (const d of docs) expect(JSON.stringify(d).length).toBeLessThanOrEqual(MANAGED_POLICY_MAX);
        const statements = docs.flatMap((d) => d.Statement);
        const passed = statements.filter((s) => s.Action.includes('iam:PassRole')).flatMap((s) => s.Resource);
        // Every task role by its ARN: never `role/*` or a prefix of several.
        expect(passed.filter((x) => x.includes('*'))).toEqual([]);
        const taskRoles = roles > 1 ? Array.from({ length: roles }, (_, i) => `role/job-${i}`) : ['role/task'];
        for (const role of taskRoles) expect(passed).toContain(`arn:aws:iam::123456789012:${role}`);
        const groups = statements.flatMap((s) => s.Resource).filter((x) => x.includes(':log-group:'));
        for (const g of groups) expect(g).toMatch(/:log-group:\/(ecs-batch|aws\/events\/ecs-batch)\/myapp(\/|$|:)/);
      }
    }
    // Past what one policy holds, the 1,000 roles are cut into parts, each part of one statement.
    expect(sizes['deploy 1000 jobs, 1000 roles']!.length).toBeGreaterThan(1);
    // With the same roles, 1,000 jobs cost what 100 do.
    expect(sizes['deploy 1000 jobs, 1 roles']).toEqual(sizes['deploy 100 jobs, 1 roles']);
    writeFileSync(join(dir, 'sizes.json'), JSON.stringify(sizes, null, 2));
  });

  it('refuses, rather than widens, a policy no role could hold', async () => {
    const jobs = Array.from(
      { length: 1400 },
      (_, i) =>
        `  job-${i}:\n    schedule: rate(10 minutes)\n    taskRoleArn: arn:aws:iam::123456789012:role/some-long-role-name-${i}`,
    );
    writeFileSync(
      join(dir, 'huge.yml'),
      MANIFEST.slice(0, MANIFEST.indexOf('jobs:\n')) + `jobs:\n${jobs.join('\n')}\n`,
    );
    const r = await runCli(
      ['iam-policy', '--manifest', 'huge.yml', '--for', 'run', '--region', 'ap-northeast-1'],
      {},
      dir,
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/needs \d+ managed policies .* It is not widened to fit/);
  });

  it('covers every call a manual run makes', async () => {
    const runPolicy = allowed(await policy('run'));
    const manifest = loadManifest(join(dir, 'ecs-batch.yml')).manifest!;
    await release({
      manifest: join(dir, 'ecs-batch.yml'),
      image: aws.fake.seedImage('myapp-batch', 'abc').uri,
      dryRun: false,
      prune: true,
    });
    aws.fake.calls.reset();
    const result = await runJob(aws.clients, manifest, findJob(manifest, 'nightly'), {
      wait: true,
      timeoutSeconds: 30,
      startedBy: 'ecs-batch/test',
      pollSeconds: { status: 0.1, logs: 0.1 },
    });
    expect(result.status).toBe('succeeded');
    const calls = [...new Set(aws.fake.calls.entries.map((e) => `${e.service}:${e.operation}`))];
    expect(calls).toEqual(expect.arrayContaining(['ecs:RunTask', 'ecs:DescribeTasks', 'logs:GetLogEvents']));
    expect(calls.filter((c) => !runPolicy.has(c))).toEqual([]);
  });

  it('refuses a bad --for', async () => {
    const r = await runCli(['iam-policy', '--for', 'admin'], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--for must be deploy, plan, run, scheduler, state-machine or import/);
  });
});
