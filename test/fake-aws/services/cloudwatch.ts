/** Amazon CloudWatch alarms (awsJson1_0): what ecs-batch puts on EventBridge Scheduler's failure metrics. */
import { list, str, type Operations } from '../context.ts';
import { AwsError, required } from '../errors.ts';
import type { Tag } from '../state.ts';

const invalid = (message: string) => new AwsError('InvalidParameterValueException', message, 400);
const tagsOf = (value: unknown): Tag[] =>
  list<{ Key: string; Value: string }>(value).map((t) => ({ key: t.Key, value: t.Value }));

export const cloudwatch: Operations = {
  PutMetricAlarm(input, { state }) {
    const name = required(str(input.AlarmName), 'AlarmName');
    if (name.length > 255) throw invalid('AlarmName must be at most 255 characters.');
    const metrics = list(input.Metrics);
    if (!input.MetricName && metrics.length === 0) throw invalid('Either MetricName or Metrics must be specified.');
    if (metrics.length && metrics.filter((m) => m.ReturnData !== false).length !== 1)
      throw invalid('Exactly one element of the metrics list should return data.');
    for (const action of list<string>(input.AlarmActions))
      if (!/^arn:aws[a-z-]*:sns:/.test(action)) throw invalid(`Invalid alarm action ${action}`);
    const existing = state.alarms.get(name);
    const arn = existing?.arn ?? state.arn('cloudwatch', `alarm:${name}`);
    const { Tags, ...body } = input;
    state.alarms.set(name, { name, arn, body: structuredClone(body), tags: existing?.tags ?? tagsOf(Tags) });
    return {};
  },

  DescribeAlarms(input, { state }) {
    const names = list<string>(input.AlarmNames);
    const prefix = str(input.AlarmNamePrefix);
    const alarms = [...state.alarms.values()].filter(
      (a) => (names.length ? names.includes(a.name) : true) && (prefix ? a.name.startsWith(prefix) : true),
    );
    return {
      MetricAlarms: alarms.map((a) => ({ ...a.body, AlarmArn: a.arn, StateValue: 'OK' })),
      CompositeAlarms: [],
    };
  },

  DeleteAlarms(input, { state }) {
    for (const name of list<string>(input.AlarmNames)) state.alarms.delete(name);
    return {};
  },

  ListTagsForResource(input, { state }) {
    const alarm = [...state.alarms.values()].find((a) => a.arn === input.ResourceARN);
    if (!alarm) throw new AwsError('ResourceNotFoundException', 'The specified resource does not exist.', 404);
    return { Tags: alarm.tags.map((t) => ({ Key: t.key, Value: t.value })) };
  },

  TagResource(input, { state }) {
    const alarm = [...state.alarms.values()].find((a) => a.arn === input.ResourceARN);
    if (!alarm) throw new AwsError('ResourceNotFoundException', 'The specified resource does not exist.', 404);
    const merged = new Map(alarm.tags.map((t) => [t.key, t.value]));
    for (const t of tagsOf(input.Tags)) merged.set(t.key, t.value);
    alarm.tags = [...merged].map(([key, value]) => ({ key, value }));
    return {};
  },
};
