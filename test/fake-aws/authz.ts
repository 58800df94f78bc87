/**
 * What AWS authorizes for each request, as the Service Authorization Reference defines it: the IAM action, the
 * resource ARN it is evaluated on, and the condition keys AWS puts in the request context (tags of the resource as it
 * is before the call, tags the request sends, the cluster, the service a role is passed to). Implied checks (PassRole
 * for the roles a request hands over, ecs:TagResource when a create tags) are requests of their own. Computed before
 * the call changes anything; tests evaluate them against the policy `iam-policy` prints, with a real IAM evaluator.
 */
import type { FakeState, Json, Tag } from './state.ts';
import { list, str } from './context.ts';

export type ContextValue = string | string[];

export interface AuthzRequest {
  action: string;
  resource: string;
  context: Record<string, ContextValue>;
}

const OPERATION_PREFIX: Record<string, string> = { monitoring: 'cloudwatch' };

type Tags = readonly Tag[] | undefined;

function resourceTags(tags: Tags): Record<string, string> {
  return Object.fromEntries((tags ?? []).map((t) => [`aws:ResourceTag/${t.key}`, t.value]));
}

function requestTags(tags: Tags): Record<string, ContextValue> {
  if (!tags?.length) return {};
  return {
    ...Object.fromEntries(tags.map((t) => [`aws:RequestTag/${t.key}`, t.value])),
    'aws:TagKeys': tags.map((t) => t.key),
  };
}

const lowerTags = (value: unknown): Tag[] =>
  list<{ key?: unknown; value?: unknown }>(value).map((t) => ({ key: String(t.key), value: String(t.value ?? '') }));
const pascalTags = (value: unknown): Tag[] =>
  list<{ Key?: unknown; Value?: unknown }>(value).map((t) => ({ key: String(t.Key), value: String(t.Value ?? '') }));
const mapTags = (value: unknown): Tag[] =>
  Object.entries((value ?? {}) as Record<string, unknown>).map(([key, v]) => ({ key, value: String(v) }));

/** Tags on a create are authorized as the service's TagResource too (ECS adds ecs:CreateAction). */
function tagOnCreate(service: string, resource: string, tags: Tag[]): AuthzRequest[] {
  return tags.length ? [{ action: `${service}:TagResource`, resource, context: requestTags(tags) }] : [];
}

function passRole(role: unknown, service: string, arn: (service: string, resource: string) => string): AuthzRequest[] {
  const value = str(role);
  if (!value) return [];
  const resource = value.startsWith('arn:')
    ? value
    : arn('iam', `role/${value}`).replace(/:[a-z0-9-]+:(\d{12}):/, '::$1:');
  return [{ action: 'iam:PassRole', resource, context: { 'iam:PassedToService': service } }];
}

/** The authorization requests one API call makes; undefined when the emulator does not know the operation's. */
export function authorizationOf(
  service: string,
  operation: string,
  input: Json,
  state: FakeState,
): AuthzRequest[] | undefined {
  const prefix = OPERATION_PREFIX[service] ?? service;
  const action = `${prefix}:${operation}`;
  const arn = (svc: string, resource: string) => state.arn(svc, resource);
  const one = (resource: string, context: Record<string, ContextValue> = {}): AuthzRequest[] => [
    { action, resource, context },
  ];
  const handler = (HANDLERS[prefix] ?? {})[operation];
  if (handler === undefined) return undefined;
  return handler({ input, state, arn, one, action });
}

interface Call {
  input: Json;
  state: FakeState;
  arn(service: string, resource: string): string;
  one(resource: string, context?: Record<string, ContextValue>): AuthzRequest[];
  action: string;
}
type AuthzHandler = (call: Call) => AuthzRequest[];

const unscoped: AuthzHandler = ({ one }) => one('*');

// ---- ECS ----
function clusterArnOf(state: FakeState, ref: unknown): string {
  const value = str(ref) ?? 'default';
  return value.startsWith('arn:') ? value : state.arn('ecs', `cluster/${value}`);
}

function taskDefinitionOf(state: FakeState, ref: unknown): { arn: string; tags: Tags; body?: Json } {
  const value = str(ref) ?? '';
  const name = value.startsWith('arn:') ? value.slice(value.indexOf('/') + 1) : value;
  const [family, revision] = name.split(':') as [string, string | undefined];
  const revisions = state.taskDefinitions.get(family) ?? [];
  const record =
    revision !== undefined
      ? revisions.find((r) => r.revision === Number(revision))
      : revisions.filter((r) => r.status === 'ACTIVE').at(-1);
  // A family without a revision is authorized as the revision it resolves to (the service reference's ARN has one).
  const resource = record?.arn ?? state.arn('ecs', `task-definition/${family}:${revision ?? '1'}`);
  return { arn: resource, tags: record ? state.taskDefinitionTags.get(record.arn) : undefined, body: record?.body };
}

function taskOf(state: FakeState, clusterArn: string, ref: unknown): { arn: string; tags: Tags } {
  const value = str(ref) ?? '';
  const task = state.tasks.get(value) ?? [...state.tasks.values()].find((t) => t.arn.endsWith(`/${value}`));
  const clusterName = clusterArn.slice(clusterArn.lastIndexOf('/') + 1);
  return { arn: task?.arn ?? state.arn('ecs', `task/${clusterName}/${value}`), tags: task?.tags };
}

function ecsTagsOf(state: FakeState, resource: string): Tags {
  if (resource.includes(':task-definition/')) return state.taskDefinitionTags.get(resource);
  if (resource.includes(':task/')) return state.tasks.get(resource)?.tags;
  return [...state.clusters.values()].find((c) => c.arn === resource)?.tags;
}

const ecs: Record<string, AuthzHandler> = {
  DescribeClusters: ({ input, state, action }) =>
    list(input.clusters ?? ['default']).map((c) => ({ action, resource: clusterArnOf(state, c), context: {} })),
  DescribeTaskDefinition: unscoped,
  ListTaskDefinitionFamilies: unscoped,
  ListTaskDefinitions: unscoped,
  DeregisterTaskDefinition: unscoped,
  RegisterTaskDefinition: ({ input, state, arn, one }) => {
    const family = String(input.family);
    const next = (state.taskDefinitions.get(family)?.length ?? 0) + 1;
    const resource = arn('ecs', `task-definition/${family}:${next}`);
    const tags = lowerTags(input.tags);
    return [
      ...one(resource, requestTags(tags)),
      // Tags on create are authorized as ecs:TagResource with ecs:CreateAction.
      ...(tags.length
        ? [
            {
              action: 'ecs:TagResource',
              resource,
              context: { ...requestTags(tags), 'ecs:CreateAction': 'RegisterTaskDefinition' },
            },
          ]
        : []),
      ...passRole(input.taskRoleArn, 'ecs-tasks.amazonaws.com', arn),
      ...passRole(input.executionRoleArn, 'ecs-tasks.amazonaws.com', arn),
    ];
  },
  RunTask: ({ input, state, arn, one }) => {
    const cluster = clusterArnOf(state, input.cluster);
    const td = taskDefinitionOf(state, input.taskDefinition);
    const tags = lowerTags(input.tags);
    const overrides = (input.overrides ?? {}) as Json;
    const clusterName = cluster.slice(cluster.lastIndexOf('/') + 1);
    return [
      ...one(td.arn, { 'ecs:cluster': cluster, ...resourceTags(td.tags), ...requestTags(tags) }),
      ...(tags.length || input.propagateTags
        ? [
            {
              action: 'ecs:TagResource',
              resource: arn('ecs', `task/${clusterName}/new`),
              context: { ...requestTags(tags), 'ecs:CreateAction': 'RunTask' },
            },
          ]
        : []),
      // Running a task passes its roles (the task definition's, or the overrides').
      ...passRole(overrides.taskRoleArn ?? td.body?.taskRoleArn, 'ecs-tasks.amazonaws.com', arn),
      ...passRole(overrides.executionRoleArn ?? td.body?.executionRoleArn, 'ecs-tasks.amazonaws.com', arn),
    ];
  },
  DescribeTasks: ({ input, state, action }) => {
    const cluster = clusterArnOf(state, input.cluster);
    return list(input.tasks).map((t) => {
      const task = taskOf(state, cluster, t);
      return { action, resource: task.arn, context: { 'ecs:cluster': cluster, ...resourceTags(task.tags) } };
    });
  },
  StopTask: ({ input, state, one }) => {
    const cluster = clusterArnOf(state, input.cluster);
    const task = taskOf(state, cluster, input.task);
    return one(task.arn, { 'ecs:cluster': cluster, ...resourceTags(task.tags) });
  },
  ListTasks: ({ input, state, one }) => one('*', { 'ecs:cluster': clusterArnOf(state, input.cluster) }),
  TagResource: ({ input, state, one }) => {
    const resource = String(input.resourceArn);
    return one(resource, { ...resourceTags(ecsTagsOf(state, resource)), ...requestTags(lowerTags(input.tags)) });
  },
  ListTagsForResource: ({ input, state, one }) =>
    one(String(input.resourceArn), resourceTags(ecsTagsOf(state, String(input.resourceArn)))),
};

// ---- ECR ----
const repositoryScoped: AuthzHandler = ({ input, arn, one }) =>
  one(arn('ecr', `repository/${String(input.repositoryName)}`));
const ecr: Record<string, AuthzHandler> = {
  GetAuthorizationToken: unscoped,
  DescribeRepositories: ({ input, arn, action }) =>
    list(input.repositoryNames).map((n) => ({ action, resource: arn('ecr', `repository/${String(n)}`), context: {} })),
  CreateRepository: ({ input, arn, one }) => {
    const resource = arn('ecr', `repository/${String(input.repositoryName)}`);
    const tags = pascalTags(input.tags);
    return [...one(resource, requestTags(tags)), ...tagOnCreate('ecr', resource, tags)];
  },
  TagResource: ({ input, one }) => one(String(input.resourceArn), requestTags(pascalTags(input.tags))),
  ...Object.fromEntries(
    [
      'DescribeImages',
      'GetLifecyclePolicy',
      'PutLifecyclePolicy',
      'BatchCheckLayerAvailability',
      'BatchGetImage',
      'CompleteLayerUpload',
      'GetDownloadUrlForLayer',
      'InitiateLayerUpload',
      'PutImage',
      'UploadLayerPart',
      'BatchDeleteImage',
    ].map((op) => [op, repositoryScoped]),
  ),
};

// ---- EventBridge ----
function ruleOf(state: FakeState, ref: unknown): { arn: string; tags: Tags } {
  const value = str(ref) ?? '';
  const name = value.startsWith('arn:') ? value.slice(value.lastIndexOf('/') + 1) : value;
  const rule = state.rules.get(`default/${name}`);
  const resource = rule?.arn ?? state.arn('events', `rule/${name}`);
  return { arn: resource, tags: state.ruleTags.get(resource) };
}
const ruleScoped =
  (field: 'Name' | 'Rule'): AuthzHandler =>
  ({ input, state, one }) => {
    const rule = ruleOf(state, input[field]);
    return one(rule.arn, resourceTags(rule.tags));
  };
const events: Record<string, AuthzHandler> = {
  ListRules: unscoped,
  ListRuleNamesByTarget: unscoped,
  DescribeRule: ruleScoped('Name'),
  DeleteRule: ruleScoped('Name'),
  EnableRule: ruleScoped('Name'),
  DisableRule: ruleScoped('Name'),
  ListTargetsByRule: ruleScoped('Rule'),
  RemoveTargets: ruleScoped('Rule'),
  PutRule: ({ input, state, one }) => {
    const rule = ruleOf(state, input.Name);
    const tags = pascalTags(input.Tags);
    return [
      ...one(rule.arn, { ...resourceTags(rule.tags), ...requestTags(tags) }),
      ...(rule.tags ? [] : tagOnCreate('events', rule.arn, tags)),
    ];
  },
  PutTargets: ({ input, state, arn, one }) => {
    const rule = ruleOf(state, input.Rule);
    return [
      ...one(rule.arn, resourceTags(rule.tags)),
      ...list<Json>(input.Targets).flatMap((t) => passRole(t.RoleArn, 'events.amazonaws.com', arn)),
    ];
  },
  TagResource: ({ input, state, one }) => {
    const rule = ruleOf(state, input.ResourceARN);
    return one(rule.arn, { ...resourceTags(rule.tags), ...requestTags(pascalTags(input.Tags)) });
  },
  ListTagsForResource: ({ input, state, one }) => {
    const rule = ruleOf(state, input.ResourceARN);
    return one(rule.arn, resourceTags(rule.tags));
  },
};

// ---- EventBridge Scheduler ----
const scheduleScoped: AuthzHandler = ({ input, arn, one }) =>
  one(arn('scheduler', `schedule/${str(input.GroupName) ?? 'default'}/${String(input.Name)}`));
const scheduleWrite: AuthzHandler = (call) => [
  ...scheduleScoped(call),
  ...passRole(((call.input.Target ?? {}) as Json).RoleArn, 'scheduler.amazonaws.com', call.arn),
];
const groupScoped: AuthzHandler = ({ input, state, arn, one }) => {
  const name = String(input.Name ?? input.ResourceArn ?? '').replace(/^arn:.*:schedule-group\//, '');
  return one(arn('scheduler', `schedule-group/${name}`), resourceTags(state.scheduleGroups.get(name)?.tags));
};
const scheduler: Record<string, AuthzHandler> = {
  ListSchedules: unscoped,
  ListScheduleGroups: unscoped,
  GetSchedule: scheduleScoped,
  DeleteSchedule: scheduleScoped,
  CreateSchedule: scheduleWrite,
  UpdateSchedule: scheduleWrite,
  GetScheduleGroup: groupScoped,
  ListTagsForResource: groupScoped,
  CreateScheduleGroup: (call) => {
    const [request] = groupScoped(call);
    const tags = pascalTags(call.input.Tags);
    return [{ ...request!, context: requestTags(tags) }, ...tagOnCreate('scheduler', request!.resource, tags)];
  },
  TagResource: (call) => {
    const [request] = groupScoped(call);
    return [{ ...request!, context: { ...request!.context, ...requestTags(pascalTags(call.input.Tags)) } }];
  },
};

// ---- CloudWatch Logs ----
function logGroupOf(state: FakeState, name: unknown): { arn: string; tags: Tags } {
  const group = state.logGroups.get(String(name));
  return { arn: state.arn('logs', `log-group:${String(name)}`), tags: group?.tags };
}
const groupNamed: AuthzHandler = ({ input, state, one }) => {
  const group = logGroupOf(state, input.logGroupName);
  return one(group.arn, resourceTags(group.tags));
};
const groupByArn: AuthzHandler = ({ input, state, one }) => {
  const name = String(input.resourceArn)
    .replace(/^arn:[^:]*:logs:[^:]*:\d{12}:log-group:/, '')
    .replace(/:\*$/, '');
  const group = logGroupOf(state, name);
  return one(group.arn, { ...resourceTags(group.tags), ...requestTags(mapTags(input.tags)) });
};
const logs: Record<string, AuthzHandler> = {
  DescribeLogGroups: unscoped,
  DescribeResourcePolicies: unscoped,
  PutResourcePolicy: unscoped,
  CreateLogGroup: ({ input, state, one }) => {
    const { arn: resource } = logGroupOf(state, input.logGroupName);
    const tags = mapTags(input.tags);
    return [...one(resource, requestTags(tags)), ...tagOnCreate('logs', resource, tags)];
  },
  PutRetentionPolicy: groupNamed,
  FilterLogEvents: groupNamed,
  GetLogEvents: ({ input, state, one }) => {
    const group = logGroupOf(state, input.logGroupName);
    return one(`${group.arn}:log-stream:${String(input.logStreamName)}`, resourceTags(group.tags));
  },
  TagResource: groupByArn,
  ListTagsForResource: groupByArn,
};

// ---- CloudWatch (alarms) ----
const alarmNamed = (state: FakeState, name: unknown) => ({
  arn: state.arn('cloudwatch', `alarm:${String(name)}`),
  tags: state.alarms.get(String(name))?.tags,
});
const cloudwatch: Record<string, AuthzHandler> = {
  DescribeAlarms: ({ input, state, action }) =>
    list(input.AlarmNames).map((n) => {
      const alarm = alarmNamed(state, n);
      return { action, resource: alarm.arn, context: resourceTags(alarm.tags) };
    }),
  PutMetricAlarm: ({ input, state, one }) => {
    const alarm = alarmNamed(state, input.AlarmName);
    const tags = pascalTags(input.Tags);
    return [
      ...one(alarm.arn, { ...resourceTags(alarm.tags), ...requestTags(tags) }),
      ...(alarm.tags ? [] : tagOnCreate('cloudwatch', alarm.arn, tags)),
    ];
  },
  DeleteAlarms: ({ input, state, action }) =>
    list(input.AlarmNames).map((n) => {
      const alarm = alarmNamed(state, n);
      return { action, resource: alarm.arn, context: resourceTags(alarm.tags) };
    }),
  TagResource: ({ input, state, one }) => {
    const alarm = alarmNamed(state, String(input.ResourceARN).replace(/^.*:alarm:/, ''));
    return one(alarm.arn, { ...resourceTags(alarm.tags), ...requestTags(pascalTags(input.Tags)) });
  },
  ListTagsForResource: ({ input, state, one }) => {
    const alarm = alarmNamed(state, String(input.ResourceARN).replace(/^.*:alarm:/, ''));
    return one(alarm.arn, resourceTags(alarm.tags));
  },
};

// ---- Step Functions ----
const machineTags = (state: FakeState, arn: unknown): Tags => state.stateMachines.get(String(arn))?.tags;
const machineScoped =
  (field: string): AuthzHandler =>
  ({ input, state, one }) =>
    one(String(input[field]), { ...resourceTags(machineTags(state, input[field])) });
const executionScoped: AuthzHandler = ({ input, state, one }) => {
  const execution = state.executions.get(String(input.executionArn));
  return one(String(input.executionArn), resourceTags(machineTags(state, execution?.stateMachineArn)));
};
const states: Record<string, AuthzHandler> = {
  ListStateMachines: unscoped,
  DescribeStateMachine: machineScoped('stateMachineArn'),
  DeleteStateMachine: machineScoped('stateMachineArn'),
  ListExecutions: machineScoped('stateMachineArn'),
  StartExecution: machineScoped('stateMachineArn'),
  ListTagsForResource: machineScoped('resourceArn'),
  UpdateStateMachine: (call) => [
    ...machineScoped('stateMachineArn')(call),
    ...passRole(call.input.roleArn, 'states.amazonaws.com', call.arn),
  ],
  TagResource: ({ input, state, one }) =>
    one(String(input.resourceArn), {
      ...resourceTags(machineTags(state, input.resourceArn)),
      ...requestTags(lowerTags(input.tags)),
    }),
  CreateStateMachine: ({ input, arn, one }) => {
    const resource = arn('states', `stateMachine:${String(input.name)}`);
    const tags = lowerTags(input.tags);
    return [
      ...one(resource, requestTags(tags)),
      ...tagOnCreate('states', resource, tags),
      ...passRole(input.roleArn, 'states.amazonaws.com', arn),
    ];
  },
  DescribeExecution: executionScoped,
  StopExecution: executionScoped,
};

const sns: Record<string, AuthzHandler> = {
  GetTopicAttributes: ({ input, one }) => one(String(input.TopicArn)),
};

// ---- What pre-flight reads: EC2 and SSM describes take no resource; a role and a secret are their own ARN. ----
const ec2: Record<string, AuthzHandler> = { DescribeSubnets: unscoped, DescribeSecurityGroups: unscoped };
const iam: Record<string, AuthzHandler> = {
  GetRole: ({ input, state, one }) => {
    const name = String(input.RoleName);
    const role = state.roles.get(name);
    return one(role?.arn ?? `arn:aws:iam::${state.accountId}:role/${name}`);
  },
};
const ssm: Record<string, AuthzHandler> = { DescribeParameters: unscoped };
const secretsmanager: Record<string, AuthzHandler> = {
  DescribeSecret: ({ input, state, one }) => {
    const id = String(input.SecretId);
    const secret = [...state.secrets.values()].find(
      (x) => x.arn === id || x.arn.replace(/-[A-Za-z0-9]{6}$/, '') === id,
    );
    return one(secret?.arn ?? (id.startsWith('arn:') ? id : state.arn('secretsmanager', `secret:${id}`)));
  },
};

/** GetCallerIdentity needs no permission. */
const sts: Record<string, AuthzHandler> = { GetCallerIdentity: () => [] };

const HANDLERS: Record<string, Record<string, AuthzHandler>> = {
  ecs,
  ecr,
  events,
  scheduler,
  logs,
  cloudwatch,
  states,
  sns,
  sts,
  ec2,
  iam,
  ssm,
  secretsmanager,
};
