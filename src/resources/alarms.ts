/** The CloudWatch alarm on EventBridge Scheduler's failed invocations for the schedule group (a task the schedule could not start). */
import { compared, notOwned } from './compare.ts';
import { allow } from '../aws/policy.ts';
import {
  DeleteAlarmsCommand,
  DescribeAlarmsCommand,
  ListTagsForResourceCommand,
  PutMetricAlarmCommand,
  type PutMetricAlarmCommandInput,
} from '@aws-sdk/client-cloudwatch';
import { OWNER_TAG, operationsResourceName } from '../manifest/names.ts';
import type { ObservedAlarm } from '../model/observed.ts';
import { canonical, diffValues, type FieldChange } from '../util/diff.ts';
import { OWN_WRITES, PHASE, createdOwned, ownedOnly, tagsOwnOnly, type ResourceKind } from './kind.ts';

export interface AlarmChange {
  kind: 'alarm';
  action: 'create' | 'update' | 'unchanged' | 'delete';
  name: string;
  input?: PutMetricAlarmCommandInput;
  diff: FieldChange[];
  reason: string;
}

/** What an alarm means: the fields ecs-batch sets, as PutMetricAlarm takes them or DescribeAlarms returns them. */
function normalizeAlarm(a: Record<string, unknown> | PutMetricAlarmCommandInput | undefined): unknown {
  if (!a) return undefined;
  const x = a as Record<string, unknown>;
  return canonical({
    AlarmDescription: x.AlarmDescription,
    Metrics: x.Metrics,
    ComparisonOperator: x.ComparisonOperator,
    Threshold: x.Threshold,
    EvaluationPeriods: x.EvaluationPeriods,
    TreatMissingData: x.TreatMissingData,
    ActionsEnabled: x.ActionsEnabled ?? true,
    AlarmActions: x.AlarmActions,
  });
}

export const alarms: ResourceKind<AlarmChange> = {
  kinds: ['alarm'],

  async observe(clients, req) {
    const name = operationsResourceName(req.prefix, 'schedule-errors');
    const out = await clients.cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: [name] }));
    const found: Record<string, ObservedAlarm> = {};
    for (const alarm of out.MetricAlarms ?? []) {
      const tags = await clients.cloudwatch.send(new ListTagsForResourceCommand({ ResourceARN: alarm.AlarmArn! }));
      found[alarm.AlarmName!] = {
        name: alarm.AlarmName!,
        arn: alarm.AlarmArn!,
        alarm: alarm as Record<string, unknown>,
        owned: (tags.Tags ?? []).some((t) => t.Key === OWNER_TAG && t.Value === req.prefix),
      };
    }
    return { alarms: found };
  },

  plan({ desired, observed }) {
    const changes: AlarmChange[] = [];
    const conflicts: string[] = [];
    const { prefix } = desired;
    const wanted = new Set<string>();
    for (const input of desired.operations.alarms) {
      const name = input.AlarmName!;
      wanted.add(name);
      const current = observed.alarms?.[name];
      const tagged = { ...input, Tags: [{ Key: OWNER_TAG, Value: prefix }] };
      if (current && !current.owned) {
        conflicts.push(notOwned(`CloudWatch alarm ${name}`, prefix, 'delete it or tag it to adopt it'));
        continue;
      }
      if (!current) {
        changes.push({ kind: 'alarm', name, input: tagged, ...compared(undefined) });
        continue;
      }
      const diff = diffValues(normalizeAlarm(current.alarm), normalizeAlarm(input));
      changes.push({ kind: 'alarm', name, input: tagged, ...compared(diff) });
    }
    for (const alarm of Object.values(observed.alarms ?? {})) {
      if (alarm.owned && !wanted.has(alarm.name))
        changes.push({
          kind: 'alarm',
          action: 'delete',
          name: alarm.name,
          diff: [],
          reason: 'no longer asked for by the manifest',
        });
    }
    return { changes, conflicts };
  },

  // Read always: a removed `alerts` deletes the alarm.
  iam({ desired, arn, write }) {
    const alarms = [arn('cloudwatch', `alarm:${desired.prefix}-ecs-batch-*`)];
    return [
      ...allow('Alarm', ['cloudwatch:DescribeAlarms', 'cloudwatch:ListTagsForResource'], alarms),
      // Deleting always (a removed `alerts` prunes the alarm); writing only when the manifest asks for one.
      ...(write ? allow(OWN_WRITES.change, ['cloudwatch:DeleteAlarms'], alarms, ownedOnly(desired.prefix)) : []),
      ...(write && desired.operations.alarms.length
        ? [
            ...allow(OWN_WRITES.create, ['cloudwatch:PutMetricAlarm'], alarms, createdOwned(desired.prefix)),
            ...allow(OWN_WRITES.tag, ['cloudwatch:TagResource'], alarms, tagsOwnOnly(desired.prefix)),
          ]
        : []),
    ];
  },

  phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.alerts),

  async apply({ clients }, c) {
    if (c.action === 'delete') await clients.cloudwatch.send(new DeleteAlarmsCommand({ AlarmNames: [c.name] }));
    else await clients.cloudwatch.send(new PutMetricAlarmCommand(c.input!));
    return undefined;
  },
};
