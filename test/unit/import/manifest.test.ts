import { describe, expect, it } from '@jest/globals';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Discovery, FoundTask } from '../../../src/import/discover.ts';
import { importManifest } from '../../../src/import/manifest.ts';
import { loadManifest } from '../../../src/load/load.ts';

const EXEC = 'arn:aws:iam::123456789012:role/exec';

function taskDefinition(
  name: string,
  environment: Record<string, string>,
  extra: Partial<TaskDefinition> = {},
): TaskDefinition {
  return {
    family: name,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: EXEC,
    containerDefinitions: [
      {
        name: 'main',
        image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1',
        cpu: 0,
        essential: true,
        command: ['run', name],
        environment: Object.entries(environment).map(([n, value]) => ({ name: n, value })),
        mountPoints: [],
        portMappings: [],
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': '/app', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': name },
        },
      },
    ],
    volumes: [],
    placementConstraints: [],
    ...extra,
  };
}

function found(name: string, td: TaskDefinition, extra: Partial<FoundTask> = {}): FoundTask {
  return {
    ref: `rule/${name}`,
    kind: 'rule',
    name,
    otherTargets: 0,
    expression: 'rate(1 hour)',
    timezone: 'UTC',
    enabled: true,
    roleArn: 'arn:aws:iam::123456789012:role/invoke',
    ecs: {
      taskDefinitionArn: `arn:aws:ecs:us-east-1:123456789012:task-definition/${name}:1`,
      launchType: 'FARGATE',
      subnets: ['subnet-1'],
      unmodelled: [],
    },
    taskDefinition: td,
    ...extra,
  };
}

const discovery = (tasks: FoundTask[]): Discovery => ({
  cluster: 'batch',
  clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/batch',
  region: 'us-east-1',
  found: tasks,
  skipped: [],
});

/** Writes the import to disk and loads it as `validate` would. */
function loaded(result: ReturnType<typeof importManifest>) {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-import-'));
  for (const [file, body] of Object.entries(result.baseFiles)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(body));
  }
  writeFileSync(join(dir, 'ecs-batch.yml'), result.yaml);
  return loadManifest(join(dir, 'ecs-batch.yml'));
}

describe('importManifest', () => {
  it('moves what most jobs share into defaults without changing what any job resolves to', () => {
    const tasks = [
      found('a', taskDefinition('a', { SHARED: '1', ONLY_A: 'x' })),
      found('b', taskDefinition('b', { SHARED: '1' })),
      found('c', taskDefinition('c', { SHARED: '2' }, { cpu: '1024', memory: '2048' })),
    ];
    const result = importManifest(discovery(tasks), { project: 'app', backend: 'scheduler', baseDir: 'taskdefs' });
    expect(result.document.defaults).toMatchObject({
      cpu: 256,
      memory: 512,
      environment: { SHARED: '1' },
      executionRoleArn: EXEC,
      network: { subnets: ['subnet-1'] },
    });
    // b has nothing of its own but its command; c overrides what it does not share.
    expect(result.document.jobs.b).toEqual({
      schedule: 'rate(1 hour)',
      command: ['run', 'b'],
      logs: { group: '/app', streamPrefix: 'b' },
      replaces: 'rule/b',
    });
    expect(result.document.jobs.c).toMatchObject({ cpu: 1024, memory: 2048, environment: { SHARED: '2' } });
    const manifest = loaded(result).manifest!;
    const job = (name: string) => manifest.jobs.find((j) => j.name === name)!;
    expect(job('a')).toMatchObject({
      cpu: 256,
      environment: { SHARED: '1', ONLY_A: 'x' },
      containerName: 'main',
      replaces: ['rule/a'],
    });
    expect(job('b').environment).toEqual({ SHARED: '1' });
    expect(job('c')).toMatchObject({ cpu: 1024, memory: 2048, environment: { SHARED: '2' } });
    // DescribeTaskDefinition's empty lists and zero container cpu are not "something to keep": no base file.
    expect(result.baseFiles).toEqual({});
  });

  it('a value only one job has is not a default (no other job may inherit what it did not have)', () => {
    const tasks = [
      found('a', taskDefinition('a', {}, { taskRoleArn: 'arn:aws:iam::123456789012:role/a' })),
      found('b', taskDefinition('b', {})),
      found('c', taskDefinition('c', {})),
    ];
    const result = importManifest(discovery(tasks), { project: 'app', backend: 'scheduler', baseDir: 'taskdefs' });
    expect(result.document.defaults?.taskRoleArn).toBeUndefined();
    expect(result.document.jobs.a!.taskRoleArn).toBe('arn:aws:iam::123456789012:role/a');
  });

  it('names jobs within the name limits: invalid characters replaced, reserved prefix avoided, collisions numbered, long names cut', () => {
    const long = 'x'.repeat(64); // the longest rule name AWS allows
    const tasks = [
      found('nightly.job', taskDefinition('n', {})),
      found('nightly_job', taskDefinition('n', {}), { ref: 'rule/other' }),
      found('ecs-batch-alerts', taskDefinition('e', {})),
      found(long, taskDefinition('l', {})),
    ];
    tasks[1]!.name = 'nightly-job';
    const result = importManifest(discovery(tasks), { project: 'app', backend: 'scheduler', baseDir: 'taskdefs' });
    const names = Object.keys(result.document.jobs);
    expect(names).toEqual(expect.arrayContaining(['nightly-job', 'nightly-job-2', 'job-alerts']));
    expect(names.every((n) => `app-${n}`.length <= 64 && /^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(n))).toBe(true);
    expect(loaded(result).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('text from AWS in a DECIDE comment stays on its line: it cannot add keys to the manifest', () => {
    const evil = taskDefinition('evil', {});
    evil.containerDefinitions![0]!.image = 'other/repo:v1\njobs:\n  injected: {schedule: rate(1 minute)}\r\u2028#';
    const tasks = [found('a', taskDefinition('a', {})), found('b', taskDefinition('b', {})), found('evil', evil)];
    const result = importManifest(discovery(tasks), { project: 'app', backend: 'scheduler', baseDir: 'taskdefs' });
    expect(result.yaml).toMatch(/^ {2}# DECIDE: it ran other\/repo:v1 jobs: +injected: .*; a manifest has one image/m);
    const manifest = loaded(result).manifest!;
    expect(manifest.jobs.map((j) => j.name)).toEqual(['a', 'b', 'evil']);
  });

  it('says when the image was not in ECR (the deploy runs the one the workflow pushes to ECR)', () => {
    const hub = taskDefinition('hub', {});
    hub.containerDefinitions![0]!.image = 'busybox:1.36';
    const result = importManifest(discovery([found('hub', hub)]), {
      project: 'app',
      backend: 'scheduler',
      baseDir: 'taskdefs',
    });
    expect(result.document.image.repository).toBe('busybox');
    expect(result.jobs[0]!.decide).toEqual([
      expect.stringMatching(/^it ran busybox:1\.36, which is not in ECR/),
      // A rule's role, now run by Scheduler: its trust must allow scheduler.amazonaws.com.
      expect.stringMatching(
        /^its role .*role\/invoke was the rule's target role \(trusted by events\.amazonaws\.com\)/,
      ),
    ]);
    expect(
      importManifest(discovery([found('a', taskDefinition('a', {}))]), {
        project: 'app',
        backend: 'scheduler',
        baseDir: 'taskdefs',
      }).jobs[0]!.decide.filter((d) => !/the rule's target role/.test(d)),
    ).toEqual([]);
  });

  it('keeps what the manifest does not model in a base file, one per distinct shape', () => {
    const withVolume = (name: string) => taskDefinition(name, {}, { volumes: [{ name: 'scratch', host: {} }] });
    const tasks = [found('a', withVolume('a')), found('b', withVolume('b')), found('c', taskDefinition('c', {}))];
    const result = importManifest(discovery(tasks), { project: 'app', backend: 'scheduler', baseDir: 'taskdefs' });
    expect(result.baseFiles).toEqual({ 'taskdefs/a.json': { volumes: [{ name: 'scratch' }] } });
    // c has no base file, so the base cannot be a default c would inherit.
    expect(result.document.defaults?.taskDefinition).toBeUndefined();
    expect([
      result.document.jobs.a!.taskDefinition,
      result.document.jobs.b!.taskDefinition,
      result.document.jobs.c!.taskDefinition,
    ]).toEqual(['taskdefs/a.json', 'taskdefs/a.json', undefined]);
    expect(loaded(result).manifest!.jobs.find((j) => j.name === 'b')!.baseTaskDefinition).toEqual({
      volumes: [{ name: 'scratch' }],
    });
  });

  it('writes no secret into the repository: base files are judged string by string, and DECIDE says where', () => {
    const td = taskDefinition(
      'etl',
      { DB_PW: 'hunter22', MAILGUN: `key-${'0123456789abcdef'.repeat(2)}`, REDIS_URL: 'redis://:pw1234@cache:6379' },
      {},
    );
    const main = td.containerDefinitions![0]!;
    main.entryPoint = ['sh', '-c', 'curl -H "Authorization: Bearer abcdef123456" https://api'];
    main.dockerLabels = { api_key: 'plain-label-value', team: 'data' };
    main.logConfiguration = {
      logDriver: 'splunk',
      options: { 'splunk-token': 'abcd-1234', 'splunk-url': 'https://s' },
    };
    td.containerDefinitions!.push({
      name: 'sidecar',
      image: 'public.ecr.aws/x/agent:1',
      essential: false,
      command: ['agent', '--api_key=0123456789abcdef', '--verbose'],
      environment: [{ name: 'WEBHOOK', value: 'https://hooks.example/T0/B0/xyz' }],
      logConfiguration: { logDriver: 'splunk', options: { 'splunk-token': 'abcd-1234', 'splunk-url': 'https://s' } },
    });
    const result = importManifest(discovery([found('etl', td)]), {
      project: 'app',
      backend: 'scheduler',
      baseDir: 'taskdefs',
    });
    const written = JSON.stringify(result.baseFiles) + result.yaml;
    for (const secret of [
      'hunter22',
      'key-0123',
      'pw1234',
      'abcdef123456',
      'plain-label-value',
      'abcd-1234',
      '0123456789abcdef',
      'hooks.example',
    ])
      expect([secret, written.includes(secret)]).toEqual([secret, false]);
    // What is not secret stays.
    expect(written).toContain('"team":"data"');
    expect(written).toContain('https://s');
    const decide = result.jobs[0]!.decide.join('\n');
    for (const where of [
      'entryPoint',
      'dockerLabels.api_key',
      'options.splunk-token',
      'command',
      'DB_PW',
      'MAILGUN',
      'REDIS_URL',
      'WEBHOOK',
    ])
      expect([where, decide.includes(where)]).toEqual([where, true]);
  });

  it('writes no raw line separators or C1 controls, which a YAML 1.1 reader takes as line breaks', () => {
    const hostile = {
      NOTE: 'second\u2028project: pwned',
      OTHER: 'a\u2029b: c',
      NEL: 'x\u0085y',
      CSI: 'a\u009bb',
    };
    const result = importManifest(discovery([found('etl', taskDefinition('etl', hostile))]), {
      project: 'app',
      backend: 'scheduler',
      baseDir: 'taskdefs',
    });
    expect(result.yaml).not.toMatch(/[\u0080-\u009f\u2028\u2029]/);
    expect(result.yaml).toContain('"second\\u2028project: pwned"');
    // Read back, every value is what it was.
    expect(loaded(result).manifest!.jobs[0]!.environment).toMatchObject(hostile);
  });

  it('an EC2 task definition sized only on its container gets that size, so the import validates', () => {
    const td = taskDefinition('ec2job', {}, { requiresCompatibilities: ['EC2'], networkMode: 'bridge' });
    delete td.cpu;
    delete td.memory;
    td.containerDefinitions![0]!.memoryReservation = 384;
    td.containerDefinitions![0]!.cpu = 128;
    const task = found('ec2job', td, {
      ecs: {
        taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/ec2job:1',
        launchType: 'EC2',
        unmodelled: [],
      },
    });
    const result = importManifest(discovery([task]), { project: 'app', backend: 'scheduler', baseDir: 'taskdefs' });
    const job = result.document.jobs.ec2job!;
    expect([job.cpu ?? result.document.defaults?.cpu, job.memory ?? result.document.defaults?.memory]).toEqual([
      128, 384,
    ]);
    expect(loaded(result).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
