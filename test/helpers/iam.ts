/**
 * Evaluates what the emulator says AWS authorizes for each call (test/fake-aws/authz.ts) against IAM policies, with a
 * real IAM policy evaluator (@cloud-copilot/iam-simulate, with AWS's service reference data from iam-data). A dev
 * dependency only (AGPL-3.0): it is never bundled into dist/.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { PolicyDocument } from '../../src/policy/iam.ts';
import type { AuthzRequest } from '../fake-aws/authz.ts';
import type { CallRecord } from '../fake-aws/index.ts';

export const ACCOUNT = '123456789012';

export type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied' | `invalid: ${string}`;

const memo = new Map<string, Promise<Decision>>();

/** The decision for one request by a role holding these policies (in the emulator's account). */
export function decide(policies: readonly PolicyDocument[], request: AuthzRequest): Promise<Decision> {
  const key = JSON.stringify([policies, request]);
  const known = memo.get(key);
  if (known) return known;
  const decision = (async (): Promise<Decision> => {
    const result = await runSimulation(
      {
        identityPolicies: policies.map((policy, i) => ({ name: `policy-${i}`, policy })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        request: {
          principal: `arn:aws:iam::${ACCOUNT}:role/ecs-batch-test`,
          action: request.action,
          resource: { resource: request.resource, accountId: ACCOUNT },
          contextVariables: request.context,
        },
      },
      {},
    );
    if (result.resultType === 'error') return `invalid: ${JSON.stringify(result.errors)}`;
    return result.overallResult as Decision;
  })();
  memo.set(key, decision);
  return decision;
}

/** Every call (of those given) whose authorization the policies do not allow, described; [] when all are allowed. */
export async function notAllowed(
  calls: readonly CallRecord[],
  policiesOf: (call: CallRecord) => readonly PolicyDocument[],
): Promise<string[]> {
  const out = new Set<string>();
  for (const call of calls) {
    if (!call.authz) {
      // A call the emulator refused before it could authorize (a throttle) is not a request AWS authorizes.
      if (call.status < 300) out.add(`${call.service}:${call.operation}: the emulator has no authorization model`);
      continue;
    }
    for (const request of call.authz) {
      const decision = await decide(policiesOf(call), request);
      if (decision !== 'Allowed')
        out.add(`${call.principal ?? 'caller'} ${request.action} ${request.resource} ${decision}`);
    }
  }
  return [...out].sort();
}
