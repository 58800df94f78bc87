/**
 * Step Functions state machines (Standard, JSONPath) named `<prefix>-<root>`, one per chain (or
 * job with retries, a timeout or a concurrency policy), tagged for ownership. Created before the
 * schedules that start them and deleted after (prune), so a job switching between direct and
 * state machine is never left with no runner, or two.
 */
import { compared, notOwned } from './compare.ts';
import { allow, passRole } from '../aws/policy.ts';
import {
  CreateStateMachineCommand,
  DeleteStateMachineCommand,
  DescribeStateMachineCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UpdateStateMachineCommand,
  paginateListStateMachines,
} from '@aws-sdk/client-sfn';
import { APPLIED_TAG, OWNER_TAG } from '../manifest/names.ts';
import { NEW_REVISION } from '../targets/ecs.ts';
import { mapLimit } from '../util/concurrency.ts';
import { canonical, diffValues, type FieldChange } from '../util/diff.ts';
import { driftWarning, fingerprintOf } from './applied.ts';
import {
  PHASE,
  READ_CONCURRENCY,
  UNSCOPED_READS,
  OWN_WRITES,
  createdOwned,
  ownedOnly,
  tagsOwnOnly,
  type ResourceKind,
} from './kind.ts';
import type { ObservedStateMachine } from '../model/observed.ts';

export type { ObservedStateMachine };

export interface StateMachineChange {
  kind: 'state-machine';
  action: 'create' | 'update' | 'unchanged' | 'delete';
  name: string;
  arn?: string;
  roleArn?: string;
  /** The definition as JSON; a job's new revision appears as `(new revision):<family>` until apply knows it. */
  definition?: string;
  /** The chain's jobs, for reports. */
  jobs?: string[];
  /** The ownership tag's value. */
  owner?: string;
  diff: FieldChange[];
  reason: string;
  /** The live state machine is not what ecs-batch last wrote: someone changed it outside ecs-batch. */
  drifted?: boolean;
}

const placeholder = (family: string) => `${NEW_REVISION}:${family}`;

function normalizeDefinition(text: string | undefined): unknown {
  try {
    return canonical(JSON.parse(text ?? 'null'));
  } catch {
    return text;
  }
}

/**
 * What ecs-batch wrote, as a fingerprint: kept in a tag on the state machine, so a later plan can tell a console edit
 * (drift) from a manifest edit.
 */
function writtenFingerprint(definition: string, roleArn: string): string {
  return fingerprintOf({ definition: normalizeDefinition(definition), roleArn });
}

export const stateMachines: ResourceKind<StateMachineChange> = {
  kinds: ['state-machine'],

  async observe(clients, req) {
    const names: { name: string; arn: string }[] = [];
    for await (const page of paginateListStateMachines({ client: clients.sfn, pageSize: 100 }, {})) {
      for (const m of page.stateMachines ?? [])
        if (m.name?.startsWith(`${req.prefix}-`) && m.stateMachineArn)
          names.push({ name: m.name, arn: m.stateMachineArn });
    }
    const found = await mapLimit(names, READ_CONCURRENCY, async ({ name, arn }): Promise<ObservedStateMachine> => {
      const [described, tags] = await Promise.all([
        clients.sfn.send(new DescribeStateMachineCommand({ stateMachineArn: arn })),
        clients.sfn.send(new ListTagsForResourceCommand({ resourceArn: arn })),
      ]);
      const applied = (tags.tags ?? []).find((t) => t.key === APPLIED_TAG)?.value;
      return {
        name,
        arn,
        definition: described.definition ?? '',
        roleArn: described.roleArn ?? '',
        owned: (tags.tags ?? []).some((t) => t.key === OWNER_TAG && t.value === req.prefix),
        ...(applied ? { applied } : {}),
      };
    });
    return { stateMachines: Object.fromEntries(found.map((m) => [m.name, m])) };
  },

  plan({ desired, observed, facts }) {
    const { knownArns } = facts;
    const changes: StateMachineChange[] = [];
    const conflicts: string[] = [];
    const warnings: string[] = [];
    const wanted = new Set<string>();
    for (const m of desired.stateMachines) {
      wanted.add(m.name);
      const definition = JSON.stringify(m.definition((family) => knownArns.get(family) ?? placeholder(family)));
      const current = observed.stateMachines?.[m.name];
      const base = {
        kind: 'state-machine' as const,
        name: m.name,
        arn: m.arn,
        roleArn: m.roleArn,
        definition,
        jobs: m.jobs,
        owner: desired.prefix,
      };
      if (current && !current.owned) {
        conflicts.push(notOwned(`state machine ${m.name}`, desired.prefix, 'rename the job, or tag it to adopt it'));
        continue;
      }
      if (!current) {
        changes.push({ ...base, action: 'create', diff: [], reason: m.purpose });
        continue;
      }
      const diff = [
        ...diffValues(normalizeDefinition(current.definition), normalizeDefinition(definition)).map((d) => ({
          ...d,
          path: `definition.${d.path}`,
        })),
        ...diffValues(current.roleArn, m.roleArn).map((d) => ({ ...d, path: 'roleArn' })),
      ];
      // Never recorded (made by an older ecs-batch) is not drift.
      const outside =
        diff.length > 0 &&
        current.applied !== undefined &&
        current.applied !== writtenFingerprint(current.definition, current.roleArn);
      if (outside) warnings.push(driftWarning('state machine', m.name, diff));
      changes.push({ ...base, ...compared(diff, outside) });
    }
    for (const m of Object.values(observed.stateMachines ?? {})) {
      if (!m.owned || wanted.has(m.name)) continue;
      changes.push({
        kind: 'state-machine',
        action: 'delete',
        name: m.name,
        arn: m.arn,
        diff: [],
        reason: 'no job runs through it any more',
      });
    }
    return { changes, conflicts, warnings };
  },

  // State machines `<prefix>-*` (told apart from another environment's by the tag).
  iam({ desired, arn, write }) {
    const machines = arn('states', `stateMachine:${desired.prefix}-*`);
    return [
      ...allow(UNSCOPED_READS, ['states:ListStateMachines'], ['*']),
      ...allow('StateMachines', ['states:DescribeStateMachine', 'states:ListTagsForResource'], [machines]),
      // Deleting always (a job that loses its retries prunes its state machine); writing only when there are chains.
      ...(write ? allow(OWN_WRITES.change, ['states:DeleteStateMachine'], [machines], ownedOnly(desired.prefix)) : []),
      ...(write && desired.stateMachines.length
        ? [
            ...allow(OWN_WRITES.create, ['states:CreateStateMachine'], [machines], createdOwned(desired.prefix)),
            ...allow(OWN_WRITES.change, ['states:UpdateStateMachine'], [machines], ownedOnly(desired.prefix)),
            ...allow(OWN_WRITES.tag, ['states:TagResource'], [machines], tagsOwnOnly(desired.prefix)),
          ]
        : []),
      ...(write
        ? passRole(
            'PassRoleToStateMachines',
            desired.stateMachines.map((m) => m.roleArn),
            'states.amazonaws.com',
          )
        : []),
    ];
  },

  phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.stateMachines),

  async apply(ctx, c) {
    const { clients } = ctx;
    if (c.action === 'delete') {
      await clients.sfn.send(new DeleteStateMachineCommand({ stateMachineArn: c.arn! }));
      return undefined;
    }
    // Revisions this apply registered replace their placeholders.
    const definition = c.definition!.replace(/\(new revision\):([A-Za-z0-9_-]+)/g, (_m, family: string) =>
      ctx.withArn(NEW_REVISION, family),
    );
    const applied = { key: APPLIED_TAG, value: writtenFingerprint(definition, c.roleArn!) };
    if (c.action === 'create') {
      await clients.sfn.send(
        new CreateStateMachineCommand({
          name: c.name,
          type: 'STANDARD',
          definition,
          roleArn: c.roleArn!,
          tags: [{ key: OWNER_TAG, value: c.owner! }, applied],
        }),
      );
    } else {
      await clients.sfn.send(
        new UpdateStateMachineCommand({ stateMachineArn: c.arn!, definition, roleArn: c.roleArn! }),
      );
      await clients.sfn.send(new TagResourceCommand({ resourceArn: c.arn!, tags: [applied] }));
    }
    return undefined;
  },
};
