/**
 * Each kind's pure plan step on its own: given desired and observed state (and earlier kinds' facts), the changes,
 * conflicts, warnings and prunable resources it returns. No network.
 */
import { describe, expect, it } from '@jest/globals';
import { targetTaskDefinition } from '../../../src/targets/ecs.ts';
import { loadManifestText } from '../../../src/load/load.ts';
import type { PlanOptions } from '../../../src/model/change.ts';
import type { DesiredState } from '../../../src/model/desired.ts';
import type { ObservedState } from '../../../src/model/observed.ts';
import { desiredState } from '../../../src/plan/desired.ts';
import { alarms } from '../../../src/resources/alarms.ts';
import { eventRules } from '../../../src/resources/event-rules.ts';
import type { PlanFacts } from '../../../src/resources/kind.ts';
import { logGroups } from '../../../src/resources/log-groups.ts';
import { logsPolicy } from '../../../src/resources/logs-policy.ts';
import { otherOwners } from '../../../src/resources/other-owners.ts';
import { replaced } from '../../../src/resources/replaced.ts';
import { rules } from '../../../src/resources/rules.ts';
import { scheduleGroups, schedules } from '../../../src/resources/schedules.ts';
import { stateMachines } from '../../../src/resources/state-machines.ts';
import { taskDefinitionRevisions, taskDefinitions } from '../../../src/resources/task-definitions.ts';
import { NEW_REVISION } from '../../../src/targets/ecs.ts';

const CLUSTER = 'arn:aws:ecs:ap-northeast-1:123456789012:cluster/batch';
const IMAGE = `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:${'a'.repeat(64)}`;
const OWNER = 'ecs-batch:project';

const BASE = `version: 1
project: myapp
cluster: batch
image: { repository: app }
defaults:
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn
  network: { subnets: [subnet-1] }
  logs: { group: /ecs-batch/myapp, retentionDays: 30 }
jobs:
  nightly:
    schedule: cron(0 0 * * ? *)
    command: [nightly]
  sweep:
    schedule: rate(10 minutes)
`;
const OPERATIONS = BASE.replace(
  'jobs:\n',
  'alerts: { snsTopicArn: "arn:aws:sns:ap-northeast-1:123456789012:alerts" }\nhistory: { retentionDays: 30 }\njobs:\n',
);
const RETRIES = BASE.replace('    command: [nightly]\n', '    command: [nightly]\n    retries: 2\n');
const RULES = BASE.replace('cluster: batch\n', 'cluster: batch\nbackend: rules\n');
const REPLACES = BASE.replace('    command: [nightly]\n', '    command: [nightly]\n    replaces: [rule/old-nightly]\n');

function desired(text = BASE): DesiredState {
  const result = loadManifestText(text, 'm.yml', { now: Date.parse('2026-01-01T00:00:00Z') });
  if (!result.manifest) throw new Error(JSON.stringify(result.diagnostics));
  return desiredState(result.manifest, { region: 'ap-northeast-1', clusterArn: CLUSTER, image: IMAGE });
}

function observed(more: Partial<ObservedState> = {}): ObservedState {
  return {
    taskDefinitions: {},
    ownedFamilies: [],
    activeRevisions: {},
    schedules: {},
    rules: {},
    logGroups: {},
    ...more,
  };
}

const OPTIONS: PlanOptions = { prune: true };
const NO_FACTS: PlanFacts = { knownArns: new Map() };
const input = (d: DesiredState, o = observed(), facts = NO_FACTS, options = OPTIONS) => ({
  desired: d,
  observed: o,
  options,
  facts,
});

describe('task definitions', () => {
  it('registers a new family, and publishes no known ARN for it', () => {
    const out = taskDefinitions.plan!(input(desired()));
    expect(out.changes!.map((c) => [c.family, c.action])).toEqual([
      ['myapp-nightly', 'register'],
      ['myapp-sweep', 'register'],
    ]);
    expect([...out.facts!.knownArns!.keys()]).toEqual([]);
  });

  it('keeps a matching revision and publishes its ARN; refuses a family another project tagged', () => {
    const d = desired();
    const td = d.taskDefinitions[0]!;
    const arn = `arn:aws:ecs:ap-northeast-1:123456789012:task-definition/${td.family}:4`;
    const live = { arn, family: td.family, revision: 4, definition: { ...td.input }, tags: td.input.tags! };
    const out = taskDefinitions.plan!(input(d, observed({ taskDefinitions: { [td.family]: live } })));
    expect(out.changes!.find((c) => c.family === td.family)!.action).toBe('unchanged');
    expect(out.facts!.knownArns!.get(td.family)).toBe(arn);
    const foreign = { ...live, tags: [{ key: OWNER, value: 'other' }] };
    const refused = taskDefinitions.plan!(input(d, observed({ taskDefinitions: { [td.family]: foreign } })));
    expect(refused.conflicts).toEqual([expect.stringMatching(/myapp-nightly exists but is not owned/)]);
  });

  it('deregisters owned families no job uses any more', () => {
    const out = taskDefinitionRevisions.plan!(
      input(desired(), observed({ ownedFamilies: ['myapp-gone'], activeRevisions: { 'myapp-gone': ['arn:1'] } })),
    );
    expect(out.prunable!.map((c) => [c.family, c.action])).toEqual([['myapp-gone', 'deregister']]);
  });
});

describe('schedules', () => {
  it('point at the known revision, or at the one this deploy registers', () => {
    const known = 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-nightly:4';
    const out = schedules.plan!(input(desired(), observed(), { knownArns: new Map([['myapp-nightly', known]]) }));
    const arnOf = (name: string) => targetTaskDefinition(out.changes!.find((c) => c.name === name)!.input!.Target);
    expect(arnOf('myapp-nightly')).toBe(known);
    expect(arnOf('myapp-sweep')).toBe(NEW_REVISION);
  });

  it('prune what the group holds and the manifest dropped; leave a hand-made schedule alone, with a warning', () => {
    const group = { name: 'myapp', arn: 'arn:group', owned: true };
    const live = { Name: 'x', $metadata: {} };
    const out = schedules.plan!(
      input(desired(), observed({ scheduleGroup: group, schedules: { 'myapp-gone': live, backup: live } })),
    );
    expect(out.prunable!.map((c) => [c.name, c.action])).toEqual([['myapp-gone', 'delete']]);
    expect(out.ownedJobs).toEqual(['gone']);
    expect(out.warnings).toEqual([
      expect.stringMatching(/schedule backup in the group myapp is not named myapp-<job>/),
    ]);
  });

  it('the group: created when absent, refused when someone else holds it', () => {
    expect(scheduleGroups.plan!(input(desired())).changes!.map((c) => c.action)).toEqual(['create']);
    const theirs = observed({ scheduleGroup: { name: 'myapp', arn: 'arn:group', owned: false } });
    expect(scheduleGroups.plan!(input(desired(), theirs)).conflicts).toHaveLength(1);
  });
});

describe('rules', () => {
  it('creates one rule per scheduled job on the rules backend, and nothing on the scheduler backend', () => {
    expect(rules.plan!(input(desired(RULES))).changes!.map((c) => [c.name, c.action])).toEqual([
      ['myapp-nightly', 'create'],
      ['myapp-sweep', 'create'],
    ]);
    expect(rules.plan!(input(desired())).changes).toEqual([]);
  });

  it('refuses a same-named rule without the tag; prunes an owned one the manifest dropped', () => {
    const rule = (name: string, owned: boolean) => ({ name, arn: `arn:${name}`, owned, targets: [] });
    const out = rules.plan!(
      input(
        desired(RULES),
        observed({ rules: { 'myapp-nightly': rule('myapp-nightly', false), 'myapp-gone': rule('myapp-gone', true) } }),
      ),
    );
    expect(out.conflicts).toEqual([expect.stringMatching(/rule myapp-nightly exists but is not owned/)]);
    expect(out.prunable!.map((c) => [c.name, c.action])).toEqual([['myapp-gone', 'delete']]);
  });
});

describe('log groups', () => {
  it('creates the jobs’ group tagged as ours; leaves the retention of a group it did not make, with a warning', () => {
    const created = logGroups.plan!(input(desired())).changes!;
    expect(created.map((c) => [c.name, c.action])).toEqual([['/ecs-batch/myapp', 'create']]);
    const theirs = observed({
      logGroups: { '/ecs-batch/myapp': { name: '/ecs-batch/myapp', retentionInDays: 7, managed: false } },
    });
    const out = logGroups.plan!(input(desired(), theirs));
    expect(out.warnings).toEqual([expect.stringMatching(/was not created by ecs-batch/)]);
  });
});

describe('the operating half', () => {
  it('alerts and history: event rules, the alarm and the Logs resource policy are created', () => {
    const d = desired(OPERATIONS);
    expect(eventRules.plan!(input(d)).changes!.every((c) => c.action === 'create')).toBe(true);
    expect(eventRules.plan!(input(d)).changes!.length).toBeGreaterThan(0);
    expect(alarms.plan!(input(d)).changes!.map((c) => c.action)).toEqual(['create']);
    expect(logsPolicy.plan!(input(d, observed({ logsPolicies: {} }))).changes!.map((c) => c.action)).toEqual([
      'create',
    ]);
  });

  it('without alerts or history, nothing is asked for', () => {
    expect(eventRules.plan!(input(desired())).changes).toEqual([]);
    expect(alarms.plan!(input(desired())).changes).toEqual([]);
  });
});

describe('state machines', () => {
  it('a job with retries gets one, pointing at the revision this deploy registers until it is known', () => {
    const out = stateMachines.plan!(input(desired(RETRIES)));
    expect(out.changes!.map((c) => [c.name, c.action])).toEqual([['myapp-nightly', 'create']]);
    expect(out.changes![0]!.definition).toContain(NEW_REVISION);
  });
});

describe('take-over and other deployments', () => {
  it('a rule the job replaces is deleted once the job has its own', () => {
    const d = desired(REPLACES);
    const present = observed({
      replaced: [{ job: 'nightly', ref: 'rule/old-nightly', state: 'present', disabled: false }],
    });
    expect(replaced.plan!(input(d, present)).changes!.map((c) => [c.name, c.action])).toEqual([
      ['rule/old-nightly', 'take-over'],
    ]);
    const gone = observed({ replaced: [{ job: 'nightly', ref: 'rule/old-nightly', state: 'absent' }] });
    expect(replaced.plan!(input(d, gone)).changes!.map((c) => c.action)).toEqual(['unchanged']);
  });

  it('another ecs-batch deployment of the same jobs is a warning, never a change', () => {
    const out = otherOwners.plan!(
      input(desired(), observed({ otherOwners: [{ job: 'nightly', owner: 'oldname', kind: 'schedule', name: 'x' }] })),
    );
    expect(out.warnings).toEqual([expect.stringMatching(/oldname/)]);
    expect(out.changes ?? []).toEqual([]);
  });
});

describe('project boundaries', () => {
  it("warns about rules named like ours that another project's tag claims, and leaves them alone", () => {
    const theirs = (name: string) => ({
      name,
      arn: `arn:aws:events:::rule/${name}`,
      owned: false,
      owner: 'myapp-prod',
      targets: [],
    });
    const out = rules.plan!(
      input(
        desired(),
        observed({ rules: { 'myapp-prod-a': theirs('myapp-prod-a'), 'myapp-prod-b': theirs('myapp-prod-b') } }),
      ),
    );
    expect(out.warnings).toEqual([
      expect.stringMatching(/^2 EventBridge rules named myapp-… belong to ecs-batch project myapp-prod/),
    ]);
    expect(out.prunable ?? []).toEqual([]);
    // An untagged rule (hand-made) is not another project's.
    const plain = rules.plan!(
      input(desired(), observed({ rules: { 'myapp-x': { ...theirs('myapp-x'), owner: undefined } } })),
    );
    expect(plain.warnings ?? []).toEqual([]);
  });

  it("the Logs resource policy keeps other projects' statements and replaces only this project's", () => {
    const want = desired(OPERATIONS).operations.logsPolicy!;
    const other = {
      Sid: 'Other',
      Effect: 'Allow',
      Resource: 'arn:aws:logs:ap-northeast-1:123456789012:log-group:/aws/events/ecs-batch/billing:*',
    };
    const stale = { ...want.statement, Action: ['logs:PutLogEvents'] };
    const current = JSON.stringify({ Version: '2012-10-17', Statement: [other, stale] });
    const out = logsPolicy.plan!(input(desired(OPERATIONS), observed({ logsPolicies: { [want.name]: current } })));
    const [change] = out.changes!;
    expect(change!.action).toBe('update');
    expect((JSON.parse(change!.document) as { Statement: unknown[] }).Statement).toEqual([other, want.statement]);
    expect(want.statement).toMatchObject({
      Resource: 'arn:aws:logs:ap-northeast-1:123456789012:log-group:/aws/events/ecs-batch/myapp:*',
      Condition: {
        ArnLike: { 'aws:SourceArn': 'arn:aws:events:ap-northeast-1:123456789012:rule/myapp-ecs-batch-history*' },
        StringEquals: { 'aws:SourceAccount': '123456789012' },
      },
    });
    // Written with it: nothing to do.
    const again = logsPolicy.plan!(
      input(desired(OPERATIONS), observed({ logsPolicies: { [want.name]: change!.document } })),
    );
    expect(again.changes!.map((c) => c.action)).toEqual(['unchanged']);
  });

  it('the Logs resource policy: the statement an earlier ecs-batch wrote is kept with a warning; past 5,120 characters, a conflict', () => {
    const want = desired(OPERATIONS).operations.logsPolicy!;
    const legacy = {
      Sid: 'EcsBatchRunHistory',
      Effect: 'Allow',
      Principal: { Service: ['events.amazonaws.com'] },
      Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      Resource: 'arn:aws:logs:ap-northeast-1:123456789012:log-group:/aws/events/ecs-batch/*:*',
    };
    const withLegacy = JSON.stringify({ Version: '2012-10-17', Statement: [legacy] });
    const out = logsPolicy.plan!(input(desired(OPERATIONS), observed({ logsPolicies: { [want.name]: withLegacy } })));
    expect(out.warnings).toEqual([expect.stringMatching(/still has the statement an earlier ecs-batch wrote/)]);
    const full = JSON.stringify({
      Version: '2012-10-17',
      Statement: Array.from({ length: 14 }, (_, i) => ({ ...want.statement, Sid: `P${i}`, Resource: `x:${i}` })),
    });
    const over = logsPolicy.plan!(input(desired(OPERATIONS), observed({ logsPolicies: { [want.name]: full } })));
    expect(over.changes).toEqual([]);
    expect(over.conflicts).toEqual([expect.stringMatching(/would be \d+ characters .* AWS allows 5120/)]);
  });

  it('alert and history rules match the project family, not only the task group anyone can set', () => {
    for (const rule of desired(OPERATIONS).operations.eventRules.filter(
      (r) => (r.pattern as { source: string[] }).source[0] === 'aws.ecs',
    ))
      expect((rule.pattern as { detail: Record<string, unknown> }).detail.taskDefinitionArn).toEqual([
        { prefix: 'arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-' },
      ]);
  });
});
