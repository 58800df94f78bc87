/**
 * iam-policy is the union of what each kind of resource declares: a kind that reads or writes AWS says which
 * permissions it needs, so the policy follows the desired state (its log groups, roles, state machines).
 */
import { describe, expect, it } from '@jest/globals';
import { loadManifestText } from '../../../src/load/load.ts';
import { iamPolicy, type PolicyDocument } from '../../../src/policy/iam.ts';
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
