/**
 * iam-policy is the union of what each kind of resource declares: a kind that reads or writes AWS says which
 * permissions it needs, so the policy follows the desired state (its log groups, roles, state machines).
 */
import { describe, expect, it } from '@jest/globals';
import { loadManifestText } from '../../../src/load/load.ts';
import fc from 'fast-check';
import { iamPolicy, splitPolicy, type PolicyDocument } from '../../../src/policy/iam.ts';
import { RESOURCE_KINDS } from '../../../src/resources/index.ts';
import { MANIFEST } from '../../helpers/manifests.ts';

const HISTORY = MANIFEST.replace('jobs:\n', 'history: { retentionDays: 30 }\njobs:\n');
const CTX = { account: '123456789012', region: 'ap-northeast-1', partition: 'aws' };

function policy(text: string, purpose: 'deploy' | 'plan'): PolicyDocument {
  const { manifest, diagnostics } = loadManifestText(text, 'ecs-batch.yml', {
    now: Date.parse('2026-01-01T00:00:00Z'),
  });
  if (!manifest) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return iamPolicy(manifest, purpose, CTX);
}

/** Whether some statement allows the action on exactly this resource (as listed, no wildcard matching). */
function allows(doc: PolicyDocument, action: string, resource: string): boolean {
  return doc.Statement.some((s) => s.Action.includes(action) && s.Resource.includes(resource));
}

describe('the policy of the resource kinds', () => {
  it('every kind that observes or applies declares its statements', () => {
    const missing = RESOURCE_KINDS.filter((k) => !k.iam).map((k) => k.kinds.join('/') || 'other owners');
    expect(missing).toEqual([]);
  });

  it('with run history, the deploy role may create and tag the history log group, and the plan role read its tags', () => {
    const group = 'arn:aws:logs:ap-northeast-1:123456789012:log-group:/aws/events/ecs-batch/myapp';
    const deploy = policy(HISTORY, 'deploy');
    for (const action of ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource'])
      expect([action, allows(deploy, action, group)]).toEqual([action, true]);
    expect(allows(policy(HISTORY, 'plan'), 'logs:ListTagsForResource', group)).toBe(true);
    expect(allows(policy(HISTORY, 'plan'), 'logs:CreateLogGroup', group)).toBe(false);
    expect(allows(policy(MANIFEST, 'deploy'), 'logs:CreateLogGroup', group)).toBe(false);
  });

  it('one statement per Sid: the kinds that read without a resource scope share one', () => {
    const sids = policy(HISTORY, 'deploy').Statement.map((s) => s.Sid);
    expect(new Set(sids).size).toBe(sids.length);
    const unscoped = policy(HISTORY, 'plan').Statement.find((s) => s.Sid === 'ReadWithoutResourceScope')!;
    expect(unscoped.Resource).toEqual(['*']);
    expect(unscoped.Action).toEqual(
      expect.arrayContaining(['ecs:ListTaskDefinitionFamilies', 'logs:DescribeLogGroups', 'states:ListStateMachines']),
    );
  });
});

describe('never a pattern wider than the project, whatever the manifest', () => {
  const purposes = ['deploy', 'plan', 'run', 'scheduler', 'state-machine'] as const;
  const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);

  it('roles by ARN; log groups by name or a pattern holding /<prefix>/; documents split within 6,144 characters', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ role: name, group: fc.constantFrom('/ecs-batch/myapp/', '/aws/ecs/', '/ecs-batch/myapp-') }),
          {
            minLength: 1,
            maxLength: 40,
          },
        ),
        (jobs) => {
          const body = jobs
            .map(
              (j, i) =>
                `  job-${i}:\n    schedule: rate(10 minutes)\n    taskRoleArn: arn:aws:iam::123456789012:role/${j.role}\n` +
                `    logs: { group: ${j.group}${j.role} }\n`,
            )
            .join('');
          const { manifest } = loadManifestText(
            `${MANIFEST.slice(0, MANIFEST.indexOf('jobs:\n'))}jobs:\n${body}`,
            'm.yml',
            {
              now: Date.parse('2026-01-01T00:00:00Z'),
            },
          );
          if (!manifest) return;
          for (const purpose of purposes) {
            const doc = iamPolicy(manifest, purpose, CTX);
            const statements = doc.Statement;
            const roles = statements.filter((s) => s.Action.includes('iam:PassRole')).flatMap((s) => s.Resource);
            expect(roles.filter((r) => !/^arn:aws:iam::123456789012:role\/[a-z0-9-]+$/.test(r))).toEqual([]);
            for (const r of statements.flatMap((s) => s.Resource).filter((x) => x.includes(':log-group:'))) {
              const group = r.replace(/^.*:log-group:/, '').replace(/:\*$/, '');
              const listed =
                manifest.jobs.some((j) => j.logs?.group === group) || group === '/aws/events/ecs-batch/myapp';
              expect([r, listed || (group.endsWith('*') && group.includes('/myapp/'))]).toEqual([r, true]);
            }
            for (const part of splitPolicy(doc)) expect(JSON.stringify(part).length).toBeLessThanOrEqual(6144);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
