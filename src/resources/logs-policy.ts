/**
 * The CloudWatch Logs resource policy that lets EventBridge write run history to log groups under
 * /aws/events/ecs-batch/. One policy serves every ecs-batch project of the account and region
 * (AWS allows only 10), so it is created or widened, never deleted.
 */
import { allow } from '../aws/policy.ts';
import { DescribeResourcePoliciesCommand, PutResourcePolicyCommand } from '@aws-sdk/client-cloudwatch-logs';
import { canonical, diffValues, type FieldChange } from '../util/diff.ts';
import { LOGS_RESOURCE_POLICY_MAX } from '../aws/limits.ts';
import { PHASE, UNSCOPED_READS, type ResourceKind } from './kind.ts';

export interface LogsPolicyChange {
  kind: 'logs-policy';
  action: 'create' | 'update' | 'unchanged';
  name: string;
  document: string;
  diff: FieldChange[];
  reason: string;
}

const parsed = (text: string): unknown => {
  try {
    return canonical(JSON.parse(text));
  } catch {
    return text;
  }
};

interface PolicyStatement {
  Sid?: string;
  Resource?: unknown;
  Condition?: unknown;
}

function statementsOf(text: string | undefined): PolicyStatement[] | undefined {
  if (text === undefined) return [];
  try {
    const doc = JSON.parse(text) as { Statement?: unknown };
    return Array.isArray(doc.Statement) ? (doc.Statement as PolicyStatement[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The policy with this project's statement in place of any earlier one for the same history group; every other
 * statement (other projects', hand-written ones) is kept as it is.
 */
export function mergedLogsPolicy(current: string | undefined, statement: Record<string, unknown>): string | undefined {
  const statements = statementsOf(current);
  if (!statements) return undefined;
  const others = statements.filter((s) => s.Sid !== statement.Sid && s.Resource !== statement.Resource);
  return JSON.stringify({ Version: '2012-10-17', Statement: [...others, statement] });
}

/** The statement earlier versions of ecs-batch wrote: every rule of the account may write to every history group. */
function legacyStatement(current: string | undefined): boolean {
  return (statementsOf(current) ?? []).some(
    (s) =>
      typeof s.Resource === 'string' && s.Resource.endsWith(':log-group:/aws/events/ecs-batch/*:*') && !s.Condition,
  );
}

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
    const warnings: string[] = [];
    const want = desired.operations.logsPolicy;
    if (!want) return { changes };
    const current = observed.logsPolicies?.[want.name];
    const document = mergedLogsPolicy(current, want.statement);
    if (document === undefined)
      return {
        changes,
        conflicts: [
          `the CloudWatch Logs resource policy ${want.name} is not a policy document ecs-batch can add its statement ` +
            'to; fix or delete it',
        ],
      };
    if (document.length > LOGS_RESOURCE_POLICY_MAX)
      return {
        changes,
        conflicts: [
          `the CloudWatch Logs resource policy ${want.name} would be ${document.length} characters with this ` +
            `project's statement; AWS allows ${LOGS_RESOURCE_POLICY_MAX}. Remove statements of projects that no ` +
            'longer keep history',
        ],
      };
    if (legacyStatement(current))
      warnings.push(
        `the CloudWatch Logs resource policy ${want.name} still has the statement an earlier ecs-batch wrote, which ` +
          "lets any rule of the account write to every project's history: remove it once every project has deployed",
      );
    if (current === undefined) {
      changes.push({
        kind: 'logs-policy',
        action: 'create',
        name: want.name,
        document,
        diff: [],
        reason: 'lets EventBridge write run history',
      });
      return { changes, warnings };
    }
    const diff = diffValues(parsed(current), parsed(document));
    changes.push({
      kind: 'logs-policy',
      action: diff.length ? 'update' : 'unchanged',
      name: want.name,
      document,
      diff,
      reason: diff.length ? "does not hold this project's run history statement yet" : 'matches',
    });
    return { changes, warnings };
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
