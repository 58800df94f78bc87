import { describe, expect, it } from '@jest/globals';
import type { TaskDefinition } from '@aws-sdk/client-ecs';
import { loadManifestText } from '../../../src/load/load.ts';
import type { ResolvedManifest } from '../../../src/manifest/types.ts';
import { normalizeTaskDefinition } from '../../../src/taskdef/normalize.ts';
import { renderTaskDefinition } from '../../../src/taskdef/render.ts';
import { parseImageReference } from '../../../src/taskdef/image.ts';
import { diffValues } from '../../../src/util/diff.ts';

const IMAGE = `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:${'a'.repeat(64)}`;

function manifest(extra = '', jobExtra = ''): ResolvedManifest {
  const text = `version: 1
project: myapp
cluster: batch
image: { repository: app }
defaults:
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  taskRoleArn: arn:aws:iam::123456789012:role/task
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  network: { subnets: [subnet-1] }
  logs: { group: /ecs-batch/myapp }
  environment: { B_VAR: two, A_VAR: 1 }
  secrets: { DB_PASSWORD: arn:aws:ssm:ap-northeast-1:123456789012:parameter/db }
${extra}jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [php, artisan, nightly]
${jobExtra}`;
  const result = loadManifestText(text, 'm.yml', { now: Date.parse('2026-01-01T00:00:00Z') });
  if (!result.manifest) throw new Error(JSON.stringify(result.diagnostics));
  return result.manifest;
}

describe('renderTaskDefinition', () => {
  it('renders every field from the manifest', () => {
    const m = manifest();
    const td = renderTaskDefinition(m.jobs[0]!, { prefix: m.prefix, region: 'ap-northeast-1', image: IMAGE });
    expect(td).toEqual({
      family: 'myapp-nightly',
      taskRoleArn: 'arn:aws:iam::123456789012:role/task',
      executionRoleArn: 'arn:aws:iam::123456789012:role/exec',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [
        {
          name: 'nightly',
          image: IMAGE,
          essential: true,
          command: ['php', 'artisan', 'nightly'],
          environment: [
            { name: 'A_VAR', value: '1' },
            { name: 'B_VAR', value: 'two' },
          ],
          secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:ap-northeast-1:123456789012:parameter/db' }],
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '/ecs-batch/myapp',
              'awslogs-region': 'ap-northeast-1',
              'awslogs-stream-prefix': 'nightly',
            },
          },
        },
      ],
      tags: [
        { key: 'ecs-batch:project', value: 'myapp' },
        { key: 'ecs-batch:job', value: 'nightly' },
      ],
    });
  });

  it('merges a base task definition under the rendered fields, keeping sidecars and volumes', () => {
    const m = manifest();
    const job = {
      ...m.jobs[0]!,
      baseTaskDefinition: {
        volumes: [{ name: 'scratch' }],
        networkMode: 'bridge',
        containerDefinitions: [
          {
            name: 'nightly',
            image: 'ignored',
            ulimits: [{ name: 'nofile', softLimit: 1024, hardLimit: 2048 }],
            environment: [
              { name: 'FROM_BASE', value: 'x' },
              { name: 'A_VAR', value: 'base' },
            ],
          },
          { name: 'sidecar', image: 'datadog/agent', essential: false },
        ],
      },
    };
    const td = renderTaskDefinition(job, { prefix: 'myapp', region: 'ap-northeast-1', image: IMAGE });
    expect(td.volumes).toEqual([{ name: 'scratch' }]);
    expect(td.networkMode).toBe('awsvpc');
    expect(td.containerDefinitions!.map((c) => c.name)).toEqual(['nightly', 'sidecar']);
    const main = td.containerDefinitions![0]!;
    expect(main.image).toBe(IMAGE);
    expect(main.ulimits).toEqual([{ name: 'nofile', softLimit: 1024, hardLimit: 2048 }]);
    expect(main.environment).toEqual([
      { name: 'A_VAR', value: '1' },
      { name: 'B_VAR', value: 'two' },
      { name: 'FROM_BASE', value: 'x' },
    ]);
  });

  it('EC2 jobs without a network use bridge mode', () => {
    const m = manifest();
    const job = { ...m.jobs[0]!, launchType: 'EC2' as const, network: undefined };
    const td = renderTaskDefinition(job, { prefix: 'myapp', region: 'ap-northeast-1', image: IMAGE });
    expect(td).toMatchObject({ networkMode: 'bridge', requiresCompatibilities: ['EC2'] });
  });

  it('sets the runtime platform and ephemeral storage when asked', () => {
    const m = manifest('  architecture: ARM64\n  ephemeralStorageGiB: 50\n');
    const td = renderTaskDefinition(m.jobs[0]!, { prefix: 'myapp', region: 'ap-northeast-1', image: IMAGE });
    expect(td.runtimePlatform).toEqual({ cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' });
    expect(td.ephemeralStorage).toEqual({ sizeInGiB: 50 });
  });
});

describe('normalizeTaskDefinition: no false diffs', () => {
  it('what DescribeTaskDefinition returns equals what was registered', () => {
    const m = manifest();
    const rendered = renderTaskDefinition(m.jobs[0]!, { prefix: 'myapp', region: 'ap-northeast-1', image: IMAGE });
    const { tags: _tags, ...request } = rendered;
    // What ECS answers: the request, re-ordered, plus read-only fields and defaults.
    const described: TaskDefinition = {
      ...request,
      containerDefinitions: request.containerDefinitions!.map((c) => ({
        ...c,
        environment: [...(c.environment ?? [])].reverse(),
        cpu: 0,
        portMappings: [],
        mountPoints: [],
        volumesFrom: [],
        systemControls: [],
      })),
      taskDefinitionArn: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-nightly:3',
      revision: 3,
      status: 'ACTIVE',
      volumes: [],
      placementConstraints: [],
      requiresAttributes: [{ name: 'ecs.capability.execution-role-awslogs' }],
      compatibilities: ['EC2', 'FARGATE'],
      registeredAt: new Date(),
      registeredBy: 'arn:aws:sts::123456789012:assumed-role/x',
      cpu: '256',
    };
    expect(diffValues(normalizeTaskDefinition(described), normalizeTaskDefinition(rendered))).toEqual([]);
  });

  it('reads "0.25 vCPU" and "0.5 GB" as 256 and 512', () => {
    expect(
      normalizeTaskDefinition({ family: 'f', cpu: '0.25 vCPU', memory: '0.5 GB', containerDefinitions: [] }),
    ).toMatchObject({ cpu: '256', memory: '512' });
  });

  it('a real change is reported at its path', () => {
    const m = manifest();
    const a = renderTaskDefinition(m.jobs[0]!, { prefix: 'myapp', region: 'ap-northeast-1', image: IMAGE });
    const b = renderTaskDefinition(
      { ...m.jobs[0]!, command: ['php', 'other'] },
      { prefix: 'myapp', region: 'ap-northeast-1', image: IMAGE },
    );
    expect(diffValues(normalizeTaskDefinition(a), normalizeTaskDefinition(b))).toEqual([
      { path: 'containerDefinitions[nightly].command', before: ['php', 'artisan', 'nightly'], after: ['php', 'other'] },
    ]);
  });
});

describe('parseImageReference', () => {
  it.each([
    [
      IMAGE,
      {
        registry: '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com',
        repository: 'app',
        digest: `sha256:${'a'.repeat(64)}`,
      },
    ],
    [
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/app:abc123',
      { registry: '123456789012.dkr.ecr.us-east-1.amazonaws.com', repository: 'team/app', tag: 'abc123' },
    ],
    ['localhost:5000/app:1', { registry: 'localhost:5000', repository: 'app', tag: '1' }],
    ['library/busybox', { registry: '', repository: 'library/busybox' }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each(['', 'UPPER/case', 'app@sha256:short', 'app:bad tag'])('rejects %j', (text) => {
    expect(parseImageReference(text)).toBeUndefined();
  });
});
