/**
 * The default event bus: ECS task state changes are published to it, rules with event patterns
 * match them, and matched events are delivered to the rules' SNS and CloudWatch Logs targets
 * (through an InputTransformer when the target has one), as EventBridge does, permissions
 * included: a topic or log group whose policy does not let EventBridge write gets nothing.
 */
import { randomUUID } from 'node:crypto';
import { list, str } from './context.ts';
import { matchesPattern } from './patterns.ts';
import type { FakeState, Json, TaskRecord } from './state.ts';

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

/** The "ECS Task State Change" event ECS sends for a task, shaped as the ECS docs show it. */
export function taskStateChangeEvent(state: FakeState, task: TaskRecord, at: number): Json {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'ECS Task State Change',
    source: 'aws.ecs',
    account: state.accountId,
    time: iso(at),
    region: state.region,
    resources: [task.arn],
    detail: {
      clusterArn: task.clusterArn,
      taskArn: task.arn,
      taskDefinitionArn: task.taskDefinitionArn,
      ...(task.group ? { group: task.group } : {}),
      lastStatus: task.lastStatus,
      desiredStatus: task.desiredStatus,
      ...(task.launchType ? { launchType: task.launchType } : {}),
      ...(task.capacityProviderName ? { capacityProviderName: task.capacityProviderName } : {}),
      ...(task.startedBy ? { startedBy: task.startedBy } : {}),
      createdAt: iso(task.createdAt),
      ...(task.startedAt !== undefined ? { startedAt: iso(task.startedAt) } : {}),
      ...(task.stoppingAt !== undefined && task.lastStatus === 'STOPPED' ? { stoppingAt: iso(task.stoppingAt) } : {}),
      ...(task.stoppedAt !== undefined
        ? { stoppedAt: iso(task.stoppedAt), executionStoppedAt: iso(task.stoppedAt) }
        : {}),
      ...(task.stopCode ? { stopCode: task.stopCode } : {}),
      ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
      containers: task.containers.map((c) => ({
        containerArn: `${task.arn.replace(':task/', ':container/')}/${c.name}`,
        name: c.name,
        image: c.image,
        lastStatus: c.lastStatus,
        taskArn: task.arn,
        ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
        ...(c.reason ? { reason: c.reason } : {}),
      })),
      overrides: task.overrides,
      updatedAt: iso(at),
      version: 1,
    },
  };
}

/** A JSONPath of the simple kind InputPathsMap uses: `$.detail.containers[0].exitCode`. */
function pick(event: Json, path: string): unknown {
  const parts = path.replace(/^\$\.?/, '').match(/[^.[\]]+/g) ?? [];
  let value: unknown = event;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * EventBridge's InputTransformer: each `<name>` in the template becomes the value its path picks.
 * Inside a JSON string it is the value's text, escaped; elsewhere in a JSON template, the value
 * as JSON; in a text template, the value as text. A path that picks nothing gives an empty value.
 */
export function transformInput(transformer: Json, event: Json): string {
  const paths = (transformer.InputPathsMap ?? {}) as Record<string, string>;
  const template = String(transformer.InputTemplate ?? '');
  const json = /^\s*[{["]/.test(template);
  let out = '';
  let inString = false;
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    const placeholder = ch === '<' ? /^<([A-Za-z0-9_.-]+)>/.exec(template.slice(i)) : null;
    if (placeholder && placeholder[1]! in paths) {
      const value = pick(event, paths[placeholder[1]!]!);
      if (!json) out += value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
      else if (inString)
        out +=
          value === undefined
            ? ''
            : JSON.stringify(typeof value === 'string' ? value : JSON.stringify(value)).slice(1, -1);
      else out += value === undefined ? 'null' : JSON.stringify(value);
      i += placeholder[0].length - 1;
      continue;
    }
    if (json && ch === '"' && template[i - 1] !== '\\') inString = !inString;
    out += ch;
  }
  return out;
}

/** Does a resource policy let a service principal do an action on a resource? (Allow statements, `*` wildcards.) */
export function policyAllows(
  policyText: string | undefined,
  service: string,
  action: string,
  resource: string,
  /** The request's condition keys (aws:SourceArn, aws:SourceAccount): a statement with a condition on another key, or
   * an operator the emulator does not know, does not apply. */
  context: Record<string, string> = {},
): boolean {
  if (!policyText) return false;
  let policy: { Statement?: unknown };
  try {
    policy = JSON.parse(policyText) as { Statement?: unknown };
  } catch {
    return false;
  }
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement];
  const glob = (pattern: string, value: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    ).test(value);
  const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
  return statements.some((st: unknown) => {
    const s = (st ?? {}) as Record<string, unknown>;
    if (s.Effect !== 'Allow') return false;
    const principal = s.Principal as Record<string, unknown> | string | undefined;
    const services =
      principal === '*'
        ? ['*']
        : asList((principal as Record<string, unknown> | undefined)?.Service).concat(
            asList((principal as Record<string, unknown> | undefined)?.AWS).filter((a) => a === '*'),
          );
    if (!services.some((p) => p === '*' || p === service)) return false;
    if (!asList(s.Action).some((a) => glob(a, action))) return false;
    if (!asList(s.Resource).some((r) => glob(r, resource))) return false;
    return Object.entries((s.Condition ?? {}) as Record<string, Record<string, unknown>>).every(([operator, keys]) =>
      Object.entries(keys).every(([key, want]) => {
        const value = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
        if (value === undefined) return false;
        if (operator === 'StringEquals' || operator === 'ArnEquals') return asList(want).includes(value);
        if (operator === 'StringLike' || operator === 'ArnLike') return asList(want).some((w) => glob(w, value));
        return false;
      }),
    );
  });
}

function deliver(state: FakeState, rule: string, target: Json, event: Json, at: number): string | undefined {
  const arn = String(target.Arn ?? '');
  const payload = target.InputTransformer
    ? transformInput(target.InputTransformer as Json, event)
    : (str(target.Input) ?? JSON.stringify(target.InputPath ? pick(event, String(target.InputPath)) : event));
  if (arn.startsWith(`arn:aws:sns:`)) {
    const topic = state.topics.get(arn);
    if (!topic) return 'NotFound: the topic does not exist';
    if (!policyAllows(topic.policy, 'events.amazonaws.com', 'sns:Publish', arn))
      return 'AuthorizationError: the topic policy does not let events.amazonaws.com publish';
    topic.messages.push({ message: payload, from: 'events.amazonaws.com', at });
    return undefined;
  }
  const logs = /^arn:aws:logs:[^:]+:\d{12}:log-group:(.+?)(:\*)?$/.exec(arn);
  if (logs) {
    const group = state.logGroups.get(logs[1]!);
    if (!group) return 'ResourceNotFoundException: the log group does not exist';
    // EventBridge names the rule that delivers (what a confused-deputy condition checks).
    const source = { 'aws:SourceArn': rule, 'aws:SourceAccount': state.accountId };
    const allowed = [...state.logResourcePolicies.values()].some(
      (p) =>
        policyAllows(p, 'events.amazonaws.com', 'logs:PutLogEvents', `${group.arn}:*`, source) ||
        policyAllows(p, 'events.amazonaws.com', 'logs:PutLogEvents', group.arn, source),
    );
    if (!allowed) return 'AccessDeniedException: no resource policy lets events.amazonaws.com write to the log group';
    const name = `events-${new Date(at).toISOString().slice(0, 10)}`;
    const stream = group.streams.get(name) ?? { name, createdAt: at, events: [] };
    group.streams.set(name, stream);
    stream.events.push({ timestamp: at, message: payload, ingestionTime: at + 1, eventId: state.nextId() });
    return undefined;
  }
  return `the emulator does not deliver to ${arn}`;
}

/** Publishes an event on the default bus: every ENABLED rule whose pattern matches gets it, through its targets. */
export function publish(state: FakeState, event: Json, at: number): void {
  const record = { event, matched: [] as string[], failed: [] as { rule: string; target: string; reason: string }[] };
  for (const rule of state.rules.values()) {
    if (rule.eventBusName !== 'default' || rule.state !== 'ENABLED' || !rule.eventPattern) continue;
    if (!matchesPattern(JSON.parse(rule.eventPattern) as Record<string, unknown>, event)) continue;
    record.matched.push(rule.name);
    for (const target of list(rule.targets)) {
      const failure = deliver(state, rule.arn, target, event, at);
      if (failure) record.failed.push({ rule: rule.name, target: String(target.Arn), reason: failure });
    }
  }
  state.bus.push(record);
}
