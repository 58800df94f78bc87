import { describe, expect, it } from '@jest/globals';
import type { RegisterTaskDefinitionCommandInput, TaskDefinition } from '@aws-sdk/client-ecs';
import type { CreateScheduleCommandInput, GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import { loadManifestText } from '../../../src/load/load.ts';
import { desiredState } from '../../../src/plan/desired.ts';
import { plan } from '../../../src/plan/plan.ts';
import {
  NEW_REVISION,
  changeName,
  isWrite,
  reasonText,
  type Change,
  type DesiredState,
  type ObservedState,
} from '../../../src/plan/types.ts';
import { fingerprint } from '../../../src/util/secrets.ts';
import { targetTaskDefinition, withTargetTaskDefinition } from '../../../src/targets/ecs.ts';

const CLUSTER = 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch';
const image = (c: string) => `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:${c.repeat(64)}`;

const BASE = `version: 1
project: myapp
cluster: batch
image: { repository: app }
defaults:
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  network: { subnets: [subnet-1] }
  logs: { group: /ecs-batch/myapp, retentionDays: 30 }
jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [nightly]
  sweep:
    schedule: rate(10 minutes)
`;

function desired(text = BASE, img = image('a')): DesiredState {
  const result = loadManifestText(text, 'm.yml', { now: Date.parse('2026-01-01T00:00:00Z') });
  if (!result.manifest) throw new Error(JSON.stringify(result.diagnostics));
  return desiredState(result.manifest, { region: 'ap-northeast-1', clusterArn: CLUSTER, image: img });
}

function empty(): ObservedState {
  return { taskDefinitions: {}, ownedFamilies: [], activeRevisions: {}, schedules: {}, rules: {}, logGroups: {} };
}

/** What ECS shows for a registered request: read-only fields and defaults added. */
function described(input: RegisterTaskDefinitionCommandInput, revision: number): TaskDefinition {
  const { tags: _tags, ...request } = input;
  return {
    ...request,
    containerDefinitions: request.containerDefinitions!.map((c) => ({
      ...c,
      cpu: 0,
      portMappings: [],
      mountPoints: [],
      volumesFrom: [],
    })),
    taskDefinitionArn: `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/${input.family}:${revision}`,
    revision,
    status: 'ACTIVE',
    compatibilities: ['EC2', 'FARGATE'],
    requiresAttributes: [],
    registeredAt: new Date(),
  };
}

/** What Scheduler shows for a created schedule: the request with its defaults. */
function got(input: CreateScheduleCommandInput): GetScheduleCommandOutput {
  return {
    ...input,
    Arn: `arn:aws:scheduler:ap-northeast-1:123456789012:schedule/${input.GroupName}/${input.Name}`,
    CreationDate: new Date(),
    LastModificationDate: new Date(),
    Target: input.Target!.EcsParameters
      ? { ...input.Target!, EcsParameters: { ...input.Target!.EcsParameters!, TaskCount: 1 } }
      : input.Target!,
    $metadata: {},
  } as GetScheduleCommandOutput;
}

/** The observed state right after `d` was applied (revision `revision` of every family). */
function deployed(d: DesiredState, revision = 1): ObservedState {
  const o = empty();
  o.scheduleGroup = {
    name: d.prefix,
    arn: `arn:aws:scheduler:ap-northeast-1:123456789012:schedule-group/${d.prefix}`,
    owned: true,
  };
  for (const g of d.logGroups)
    o.logGroups[g.name] = {
      name: g.name,
      ...(g.retentionDays ? { retentionInDays: g.retentionDays } : {}),
      managed: true,
    };
  for (const j of d.jobs) {
    const td = described(j.taskDefinition, revision);
    o.taskDefinitions[j.name] = {
      arn: td.taskDefinitionArn!,
      family: j.name,
      revision,
      definition: td,
      tags: j.taskDefinition.tags!,
    };
    o.ownedFamilies.push(j.name);
    o.activeRevisions[j.name] = [td.taskDefinitionArn!];
    if (j.schedule) {
      o.schedules[j.name] = got({
        ...j.schedule,
        Target: withTargetTaskDefinition(j.schedule.Target!, td.taskDefinitionArn!),
      });
    }
    if (j.rule) {
      o.rules[j.name] = {
        name: j.name,
        arn: `arn:aws:events:ap-northeast-1:123456789012:rule/${j.name}`,
        scheduleExpression: j.rule.ScheduleExpression!,
        state: j.rule.State!,
        ...(j.rule.Description ? { description: j.rule.Description } : {}),
        owned: true,
        targets: [
          { ...j.target!, EcsParameters: { ...j.target!.EcsParameters!, TaskDefinitionArn: td.taskDefinitionArn } },
        ],
      };
    }
  }
  return o;
}

const writes = (changes: Change[]) => changes.filter(isWrite).map((c) => `${c.action} ${c.kind} ${changeName(c)}`);
const options = { prune: true };

describe('plan: first deploy', () => {
  it('creates the log group, registers every family, creates the group and schedules, in that order', () => {
    const p = plan(desired(), empty(), options);
    expect(p.conflicts).toEqual([]);
    expect(writes(p.changes)).toEqual([
      'create log-group /ecs-batch/myapp',
      'register task-definition myapp-nightly',
      'register task-definition myapp-sweep',
      'create schedule-group myapp',
      'create schedule myapp-nightly',
      'create schedule myapp-sweep',
    ]);
    const schedule = p.changes.find((c) => c.kind === 'schedule')!;
    expect(schedule.kind === 'schedule' && targetTaskDefinition(schedule.input?.Target)).toBe(NEW_REVISION);
    expect(p.jobs.map((j) => j.action)).toEqual(['create', 'create']);
  });
});

describe('plan: a repeat deploy', () => {
  it('changes nothing: no write at all', () => {
    const d = desired();
    const p = plan(d, deployed(d), options);
    expect(writes(p.changes)).toEqual([]);
    expect(p.jobs.map((j) => [j.action, j.reasons.map((r) => reasonText(r))])).toEqual([
      ['unchanged', []],
      ['unchanged', []],
    ]);
    expect(p.jobs[0]!.taskDefinitionArn).toBe(
      'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-nightly:1',
    );
  });

  it('also with the rules backend', () => {
    const text = BASE.replace('cluster: batch', 'cluster: batch\nbackend: rules');
    const d = desired(text);
    expect(writes(plan(d, deployed(d), options).changes)).toEqual([]);
  });
});

describe('plan: changes', () => {
  it('a new image registers new revisions and points the schedules at them', () => {
    const before = desired();
    const p = plan(desired(BASE, image('b')), deployed(before), options);
    expect(writes(p.changes)).toEqual([
      'register task-definition myapp-nightly',
      'register task-definition myapp-sweep',
      'update schedule myapp-nightly',
      'update schedule myapp-sweep',
    ]);
    const nightly = p.jobs[0]!;
    expect(nightly.action).toBe('update');
    expect(nightly.reasons.map((r) => reasonText(r))).toEqual([
      `task definition containerDefinitions[nightly].image: "app@sha256:aaaaaaaaaaaa…" → "app@sha256:bbbbbbbbbbbb…"`,
      'schedule now runs the new revision',
    ]);
  });

  it('a schedule edit updates only the schedule, still pointing at the current revision', () => {
    const before = desired();
    const p = plan(desired(BASE.replace('cron(0 0 * * ? *)', 'cron(0 1 * * ? *)')), deployed(before), options);
    expect(writes(p.changes)).toEqual(['update schedule myapp-nightly']);
    const change = p.changes.find((c) => c.kind === 'schedule' && c.action === 'update')!;
    expect(change.kind === 'schedule' && targetTaskDefinition(change.input?.Target)).toBe(
      'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-nightly:1',
    );
    expect(p.jobs[0]!.reasons.map((r) => reasonText(r))).toEqual([
      'schedule ScheduleExpression: "cron(0 0 * * ? *)" → "cron(0 1 * * ? *)"',
    ]);
  });

  it('enabled: false keeps the schedule, DISABLED (and back again)', () => {
    const before = desired();
    const disabled = desired(BASE.replace('    command: [nightly]\n', '    command: [nightly]\n    enabled: false\n'));
    const p = plan(disabled, deployed(before), options);
    expect(writes(p.changes)).toEqual(['update schedule myapp-nightly']);
    expect(p.jobs[0]).toMatchObject({ action: 'disable', enabled: false });
    expect(p.jobs[0]!.reasons.map((r) => reasonText(r))).toEqual(['schedule State: "ENABLED" → "DISABLED"']);
    expect(plan(before, deployed(disabled), options).jobs[0]!.action).toBe('enable');
  });

  it('never shows the values of secret-looking variables in the diff', () => {
    const withToken = (t: string) =>
      BASE.replace(
        '    command: [nightly]\n',
        `    command: [nightly]\n    environment: { API_TOKEN: ${t}, MODE: full }\n`,
      );
    const p = plan(desired(withToken('new-value-123')), deployed(desired(withToken('old-value-456'))), options);
    const shown = p.jobs.flatMap((j) => j.reasons.map((r) => reasonText(r, { showValues: true })));
    expect(shown).toEqual([
      `task definition containerDefinitions[nightly].environment[API_TOKEN].value: changed (value ` +
        `${fingerprint('old-value-456')} → ${fingerprint('new-value-123')})`,
      'schedule now runs the new revision',
    ]);
    expect(JSON.stringify(shown)).not.toMatch(/value-(123|456)/);
  });

  it('a schedule changed by hand in the console is put back', () => {
    const d = desired();
    const observed = deployed(d);
    observed.schedules['myapp-sweep']!.ScheduleExpression = 'rate(1 hour)';
    observed.schedules['myapp-sweep']!.StartDate = new Date('2030-01-01T00:00:00Z');
    const p = plan(d, observed, options);
    expect(writes(p.changes)).toEqual(['update schedule myapp-sweep']);
    expect(p.jobs[1]!.reasons.map((r) => reasonText(r))).toEqual([
      'schedule ScheduleExpression: "rate(1 hour)" → "rate(10 minutes)"',
      'schedule StartDate: "2030-01-01T00:00:00.000Z" → (none)',
    ]);
  });

  it('a retention change on a log group ecs-batch manages is applied; on one it does not, it is only reported', () => {
    const d = desired(BASE.replace('retentionDays: 30', 'retentionDays: 90'));
    const observed = deployed(desired());
    expect(writes(plan(d, observed, options).changes)).toEqual(['set-retention log-group /ecs-batch/myapp']);
    observed.logGroups['/ecs-batch/myapp']!.managed = false;
    const p = plan(d, observed, options);
    expect(writes(p.changes)).toEqual([]);
    expect(p.warnings[0]).toMatch(/not created by ecs-batch.*left as is/);
  });
});

describe('plan: prune', () => {
  const removed = BASE.replace(/ {2}sweep:\n.*\n$/, '');

  it('deletes the schedule and deregisters the family of a removed job', () => {
    const before = desired();
    const p = plan(desired(removed), deployed(before), options);
    expect(writes(p.changes)).toEqual([
      'delete schedule myapp-sweep',
      'deregister task-definition-revisions myapp-sweep',
    ]);
  });

  it('with prune off, leaves them and says so', () => {
    const p = plan(desired(removed), deployed(desired()), { prune: false });
    expect(writes(p.changes)).toEqual([]);
    expect(p.warnings).toEqual([
      'prune is off: left in place what this manifest no longer lists: schedule myapp-sweep, task definition family myapp-sweep',
    ]);
  });

  it('never touches a family it does not own', () => {
    const observed = deployed(desired());
    observed.ownedFamilies = observed.ownedFamilies.filter((f) => f !== 'myapp-sweep');
    expect(writes(plan(desired(removed), observed, options).changes)).toEqual(['delete schedule myapp-sweep']);
  });

  it('after a switch to the scheduler backend, deletes the rules it owned', () => {
    const asRules = desired(BASE.replace('cluster: batch', 'cluster: batch\nbackend: rules'));
    const observed = { ...deployed(asRules), schedules: {}, scheduleGroup: undefined };
    const p = plan(desired(), observed, options);
    expect(writes(p.changes).filter((w) => w.includes('rule'))).toEqual([
      'delete rule myapp-nightly',
      'delete rule myapp-sweep',
    ]);
  });

  it('keeps a rule someone else added targets to (removing only its own target)', () => {
    const text = BASE.replace('cluster: batch', 'cluster: batch\nbackend: rules');
    const observed = deployed(desired(text));
    observed.rules['myapp-sweep']!.targets.push({ Id: 'theirs', Arn: 'arn:aws:sqs:ap-northeast-1:123456789012:q' });
    const p = plan(desired(text.replace(/ {2}sweep:\n.*\n$/, '')), observed, options);
    const del = p.changes.find((c) => c.kind === 'rule' && c.action === 'delete')!;
    expect(del).toMatchObject({ name: 'myapp-sweep', removeTargetIds: ['ecs-batch'], foreignTargets: 1 });
  });
});

describe('plan: ownership', () => {
  it('refuses a schedule group it does not own', () => {
    const observed = empty();
    observed.scheduleGroup = { name: 'myapp', arn: 'arn', owned: false };
    expect(plan(desired(), observed, options).conflicts).toEqual([
      expect.stringMatching(/schedule group myapp exists but is not owned/),
    ]);
  });

  it('refuses a family whose latest revision is not tagged for this manifest', () => {
    const d = desired();
    const observed = deployed(d);
    observed.taskDefinitions['myapp-nightly']!.tags = [];
    expect(plan(d, observed, options).conflicts).toEqual([
      expect.stringMatching(/family myapp-nightly exists but is not owned/),
    ]);
  });

  it('refuses a rule with the same name that it does not own', () => {
    const text = BASE.replace('cluster: batch', 'cluster: batch\nbackend: rules');
    const observed = empty();
    observed.rules['myapp-sweep'] = { name: 'myapp-sweep', arn: 'arn', owned: false, targets: [] };
    expect(plan(desired(text), observed, options).conflicts).toEqual([
      expect.stringMatching(/rule myapp-sweep exists but is not owned/),
    ]);
  });
});

describe('plan: keep-revisions', () => {
  const arn = (family: string, n: number) => `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/${family}:${n}`;

  it('keeps N revisions counting the one being registered', () => {
    const before = desired();
    const observed = deployed(before, 5);
    observed.activeRevisions['myapp-nightly'] = [5, 4, 3, 2].map((n) => arn('myapp-nightly', n));
    const p = plan(desired(BASE, image('b')), observed, { prune: true, keepRevisions: 2 });
    const dereg = p.changes.find((c) => c.kind === 'task-definition-revisions' && c.family === 'myapp-nightly')!;
    expect(dereg.kind === 'task-definition-revisions' && dereg.arns).toEqual(
      [4, 3, 2].map((n) => arn('myapp-nightly', n)),
    );
  });

  it('never deregisters the revision a schedule points at', () => {
    const d = desired();
    const observed = deployed(d, 2);
    observed.activeRevisions['myapp-nightly'] = [3, 2, 1].map((n) => arn('myapp-nightly', n));
    const p = plan(d, observed, { prune: true, keepRevisions: 1 });
    const dereg = p.changes.find((c) => c.kind === 'task-definition-revisions' && c.family === 'myapp-nightly')!;
    expect(dereg.kind === 'task-definition-revisions' && dereg.arns).toEqual([arn('myapp-nightly', 1)]);
  });

  it('keep-revisions under 2 warns that a rollback would have nothing to point at; 2 does not', () => {
    const d = desired();
    const observed = deployed(d, 2);
    expect(plan(d, observed, { prune: true, keepRevisions: 1 }).warnings).toEqual([
      expect.stringMatching(/^keep-revisions 1 keeps no earlier revision: ecs-batch rollback would have to register/),
    ]);
    expect(plan(d, observed, { prune: true, keepRevisions: 2 }).warnings).toEqual([]);
  });
});
