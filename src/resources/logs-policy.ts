/**
 * The CloudWatch Logs resource policy that lets EventBridge write run history to log groups under
 * /aws/events/ecs-batch/. One policy serves every ecs-batch project of the account and region
 * (AWS allows only 10), so it is created or widened, never deleted.
 */
import { allow } from '../aws/policy.ts';
import { DescribeResourcePoliciesCommand, PutResourcePolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { canonical, diffValues, type FieldChange } from '../util/diff.ts';
import { PHASE, UNSCOPED_READS, type ResourceKind } from './kind.ts';

export interface LogsPolicyChange {
  kind: 'logs-policy';
  action: 'create' | 'update' | 'unchanged';
  name: string;
  document: string;
  diff: FieldChange[];
  reason: string;
}

const parsed = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : canonical(JSON.parse(text));
  } catch {
    return text;
  }
};

export const logsPolicy: ResourceKind<LogsPolicyChange> = {
  kinds: ['logs-policy'],

  async observe(clients, req) {
    if (!req.history) return {};
    const out = await clients.logs.send(new DescribeResourcePoliciesCommand({}));
    return {
      logsPolicies: Object.fromEntries(
        (out.resourcePolicies ?? []).map((p) => [p.policyName!, p.policyDocument ?? '']),
      ),
    };
  },

  plan({ desired, observed }) {
    const changes: LogsPolicyChange[] = [];
    const want = desired.operations.logsPolicy;
    if (!want) return { changes };
    const current = observed.logsPolicies?.[want.name];
    if (current === undefined) {
      changes.push({
        kind: 'logs-policy',
        action: 'create',
        name: want.name,
        document: want.document,
        diff: [],
        reason: 'lets EventBridge write run history',
      });
      return { changes };
    }
    const diff = diffValues(parsed(current), parsed(want.document));
    changes.push({
      kind: 'logs-policy',
      action: diff.length ? 'update' : 'unchanged',
      name: want.name,
      document: want.document,
      diff,
      reason: diff.length ? 'does not cover ecs-batch run history yet' : 'matches',
    });
    return { changes };
  },

  // The one Logs resource policy that lets EventBridge write run history: AWS does not scope these to a resource.
  iam: ({ desired, write }) => [
    ...allow(UNSCOPED_READS, ['logs:DescribeResourcePolicies'], ['*']),
    ...(write && desired.operations.logsPolicy ? allow('RunHistoryPolicy', ['logs:PutResourcePolicy'], ['*']) : []),
  ],

  phase: () => PHASE.logs,

  async apply({ clients }, c) {
    await clients.logs.send(new PutResourcePolicyCommand({ policyName: c.name, policyDocument: c.document }));
    return undefined;
  },
};
