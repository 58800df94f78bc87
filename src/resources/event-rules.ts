/**
 * EventBridge rules on events (not schedules): the alert rules (to the SNS topic, through an
 * InputTransformer) and the run-history rule (to a log group). Named `<prefix>-ecs-batch-...`,
 * tagged for ownership, one target each. The alert topic is read, never written: a plan warns
 * when its policy does not let EventBridge (or CloudWatch) publish.
 */
import { compared, notOwned } from './compare.ts';
import { allow } from '../aws/policy.ts';
import { EVENTS_IN_FLIGHT } from '../aws/limits.ts';
import { GetTopicAttributesCommand, NotFoundException } from '@aws-sdk/client-sns';
import {
  DeleteRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type Target,
} from '@aws-sdk/client-eventbridge';
import { OWNER_TAG, RESERVED_JOB_PREFIX } from '../manifest/names.ts';
import { RULE_TARGET_ID, normalizeRuleTarget } from '../targets/schedule.ts';
import { canonical, diffValues, prefixedChanges, type FieldChange } from '../util/diff.ts';
import { OWN_WRITES, PHASE, createdOwned, ownedOnly, tagsOwnOnly, type ResourceKind } from './kind.ts';

export interface EventRuleChange {
  kind: 'event-rule';
  action: 'create' | 'update' | 'unchanged' | 'delete';
  name: string;
  description?: string;
  /** The event pattern as JSON. */
  pattern?: string;
  target?: Target;
  removeTargetIds?: string[];
  diff: FieldChange[];
  reason: string;
}

/** Patterns compare by meaning: key order and spacing do not matter. */
function normalizePattern(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return canonical(JSON.parse(text));
  } catch {
    return text;
  }
}

/** Does an access policy let this service publish to the topic? (Allow statements; `*` wildcards.) */
export function topicLetsPublish(policy: string | undefined, service: string, topicArn: string): boolean {
  if (!policy) return false;
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(policy) as { Statement?: unknown };
  } catch {
    return false;
  }
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
  const like = (pattern: string, value: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(value);
  const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
  return statements.some((raw) => {
    const st = (raw ?? {}) as Record<string, unknown>;
    const principal = st.Principal;
    const principals =
      principal === '*'
        ? ['*']
        : [
            ...list((principal as Record<string, unknown> | undefined)?.Service),
            ...list((principal as Record<string, unknown> | undefined)?.AWS).filter((a) => a === '*'),
          ];
    return (
      st.Effect === 'Allow' &&
      principals.some((p) => p === '*' || p === service) &&
      list(st.Action).some((a) => like(a, 'sns:Publish')) &&
      list(st.Resource).some((r) => like(r, topicArn))
    );
  });
}

const isOperations = (prefix: string, name: string) => name.startsWith(`${prefix}-${RESERVED_JOB_PREFIX}`);

export const eventRules: ResourceKind<EventRuleChange> = {
  kinds: ['event-rule'],
  writesInFlight: () => EVENTS_IN_FLIGHT,

  // The rules themselves are read by src/resources/rules.ts (every rule named <prefix>-*); this reads the topic.
  async observe(clients, req) {
    if (!req.alertTopic) return {};
    try {
      const out = await clients.sns.send(new GetTopicAttributesCommand({ TopicArn: req.alertTopic }));
      return { alertTopicPolicy: out.Attributes?.Policy ?? '' };
    } catch (error) {
      if (error instanceof NotFoundException) return { alertTopicPolicy: null };
      // Not allowed to read it (another account's topic): say nothing rather than guess.
      return {};
    }
  },

  plan({ desired, observed }) {
    const changes: EventRuleChange[] = [];
    const warnings: string[] = [];
    const conflicts: string[] = [];
    const { prefix } = desired;
    const wanted = new Set<string>();
    for (const d of desired.operations.eventRules) {
      wanted.add(d.name);
      const pattern = JSON.stringify(d.pattern);
      const current = observed.rules[d.name];
      if (current && !current.owned) {
        conflicts.push(notOwned(`rule ${d.name}`, prefix, 'delete it or tag it to adopt it'));
        continue;
      }
      const base = { kind: 'event-rule' as const, name: d.name, description: d.description, pattern, target: d.target };
      if (!current) {
        changes.push({ ...base, ...compared(undefined) });
        continue;
      }
      const ours = current.targets.find((t) => t.Id === RULE_TARGET_ID);
      const diff = [
        ...diffValues(
          canonical({
            EventPattern: normalizePattern(current.eventPattern),
            State: current.state ?? 'ENABLED',
            Description: current.description,
          }),
          canonical({ EventPattern: normalizePattern(pattern), State: 'ENABLED', Description: d.description }),
        ),
        ...prefixedChanges('Target', diffValues(normalizeRuleTarget(ours), normalizeRuleTarget(d.target))),
      ];
      changes.push({ ...base, ...compared(diff) });
    }
    // What the manifest no longer asks for (alerts or history removed) goes.
    for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!rule.owned || !rule.eventPattern || wanted.has(rule.name) || !isOperations(prefix, rule.name)) continue;
      changes.push({
        kind: 'event-rule',
        action: 'delete',
        name: rule.name,
        removeTargetIds: rule.targets.map((t) => t.Id!),
        diff: [],
        reason: 'no longer asked for by the manifest',
      });
    }
    const topic = desired.operations.alertTopic;
    if (topic && observed.alertTopicPolicy === null) {
      warnings.push(
        `alerts: the SNS topic ${topic} does not exist; create it (and subscribe the team) before failures can reach anyone`,
      );
    } else if (topic && observed.alertTopicPolicy !== undefined) {
      const missing = [
        'events.amazonaws.com',
        ...(desired.operations.alarms.length ? ['cloudwatch.amazonaws.com'] : []),
      ].filter((s) => !topicLetsPublish(observed.alertTopicPolicy ?? undefined, s, topic));
      if (missing.length) {
        warnings.push(
          `alerts: the policy of SNS topic ${topic} does not let ${missing.join(' and ')} publish, so alerts would be dropped; ` +
            `add a statement allowing sns:Publish to ${missing.map((s) => `"Service": "${s}"`).join(', ')} ` +
            `(ecs-batch never changes a topic it does not own)`,
        );
      }
    }
    return { changes, warnings, conflicts };
  },

  // The rules themselves are `<prefix>-*` like the jobs' (src/resources/rules.ts reads them and deletes leftovers).
  iam({ desired, arn, write }) {
    const { eventRules, alertTopic } = desired.operations;
    const rules = arn('events', `rule/${desired.prefix}-*`);
    return [
      ...(write && eventRules.length
        ? [
            ...allow(OWN_WRITES.create, ['events:PutRule'], [rules], createdOwned(desired.prefix)),
            ...allow(OWN_WRITES.change, ['events:PutTargets'], [rules], ownedOnly(desired.prefix)),
            ...allow(OWN_WRITES.tag, ['events:TagResource'], [rules], tagsOwnOnly(desired.prefix)),
          ]
        : []),
      // The alert topic is read (its policy checked), never written.
      ...(alertTopic ? allow('AlertTopic', ['sns:GetTopicAttributes'], [alertTopic]) : []),
    ];
  },

  phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.alerts),

  async apply({ clients }, c) {
    if (c.action === 'delete') {
      if (c.removeTargetIds?.length)
        await clients.events.send(new RemoveTargetsCommand({ Rule: c.name, Ids: c.removeTargetIds }));
      await clients.events.send(new DeleteRuleCommand({ Name: c.name }));
      return undefined;
    }
    const prefix = c.name.slice(0, c.name.indexOf(`-${RESERVED_JOB_PREFIX}`));
    await clients.events.send(
      new PutRuleCommand({
        Name: c.name,
        EventPattern: c.pattern!,
        State: 'ENABLED',
        Description: c.description!,
        Tags: [{ Key: OWNER_TAG, Value: prefix }],
      }),
    );
    const out = await clients.events.send(new PutTargetsCommand({ Rule: c.name, Targets: [c.target!] }));
    if (out.FailedEntryCount)
      throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
    return undefined;
  },
};
