/** Amazon EventBridge Scheduler (restJson1). */
import {
  DEFAULT_RETRY_POLICY,
  FLEXIBLE_WINDOW_MINUTES,
  RETRY_ATTEMPTS,
  RETRY_EVENT_AGE_SECONDS,
  SCHEDULE_DESCRIPTION_MAX,
  SCHEDULE_EXPRESSION_MAX,
  SCHEDULE_GROUP_NAME,
  SCHEDULE_NAME,
} from '../../../src/aws/limits.ts';
import { ScheduleSyntaxError, isValidTimeZone, parseSchedule } from '../../../src/schedule/index.ts';
import { epochSeconds, list, str, type Operations } from '../context.ts';
import { AwsError, checkName, required } from '../errors.ts';
import { paginate } from '../paging.ts';
import type { FakeState, Json, ScheduleGroupRecord, ScheduleRecord, Tag } from '../state.ts';
import { checkEcsTarget, checkUniversalTarget } from './targets.ts';

const invalid = (message: string) => new AwsError('ValidationException', message, 400);
const notFound = (message: string) => new AwsError('ResourceNotFoundException', message, 404);
const conflict = (message: string) => new AwsError('ConflictException', message, 409);

/** Maps a REST request to an operation and its input (path, query and body merged). */
export function routeScheduler(
  method: string,
  path: string,
  query: URLSearchParams,
  body: Json,
): { operation: string; input: Json } | undefined {
  const q = (name: string) => query.get(name) ?? undefined;
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [collection, name] = segments;
  if (collection === 'schedules' && name !== undefined) {
    const input = { ...body, Name: name, ...(q('groupName') ? { GroupName: q('groupName') } : {}) };
    const operation = { POST: 'CreateSchedule', GET: 'GetSchedule', PUT: 'UpdateSchedule', DELETE: 'DeleteSchedule' }[
      method
    ];
    return operation ? { operation, input } : undefined;
  }
  if (collection === 'schedules' && method === 'GET') {
    return {
      operation: 'ListSchedules',
      input: {
        GroupName: q('ScheduleGroup'),
        NamePrefix: q('NamePrefix'),
        State: q('State'),
        NextToken: q('NextToken'),
        MaxResults: q('MaxResults'),
      },
    };
  }
  if (collection === 'schedule-groups' && name !== undefined) {
    const operation = { POST: 'CreateScheduleGroup', GET: 'GetScheduleGroup', DELETE: 'DeleteScheduleGroup' }[method];
    return operation ? { operation, input: { ...body, Name: name } } : undefined;
  }
  if (collection === 'schedule-groups' && method === 'GET') {
    return {
      operation: 'ListScheduleGroups',
      input: { NamePrefix: q('NamePrefix'), NextToken: q('NextToken'), MaxResults: q('MaxResults') },
    };
  }
  if (collection === 'tags' && segments.length >= 2) {
    const arn = segments.slice(1).join('/');
    if (method === 'GET') return { operation: 'ListTagsForResource', input: { ResourceArn: arn } };
    if (method === 'POST') return { operation: 'TagResource', input: { ...body, ResourceArn: arn } };
    if (method === 'DELETE')
      return { operation: 'UntagResource', input: { ResourceArn: arn, TagKeys: query.getAll('TagKeys') } };
  }
  return undefined;
}

function group(state: FakeState, name: string): ScheduleGroupRecord {
  const found = state.scheduleGroups.get(name);
  if (!found) throw notFound(`Schedule group ${name} does not exist.`);
  return found;
}

function key(groupName: string, name: string): string {
  return `${groupName}/${name}`;
}

function checkExpression(expression: string): void {
  if (expression.length > SCHEDULE_EXPRESSION_MAX) throw invalid(`Invalid Schedule Expression ${expression}.`);
  if (!/^(cron|rate|at)\(/.test(expression)) throw invalid(`Invalid Schedule Expression ${expression}.`);
  try {
    if (parseSchedule(expression).expression !== expression)
      throw invalid(`Invalid Schedule Expression ${expression}.`);
  } catch (error) {
    if (error instanceof ScheduleSyntaxError) throw invalid(`Invalid Schedule Expression ${expression}.`);
    throw error;
  }
}

/** The request checks Create and Update share (Update replaces every field). */
function validateSchedule(state: FakeState, input: Json): void {
  checkName(String(input.Name ?? ''), 'name', SCHEDULE_NAME);
  checkExpression(required(str(input.ScheduleExpression), 'scheduleExpression'));
  const zone = str(input.ScheduleExpressionTimezone);
  if (zone !== undefined && !isValidTimeZone(zone)) throw invalid(`Invalid time zone ${zone}.`);
  const window = required(input.FlexibleTimeWindow as Json | undefined, 'flexibleTimeWindow');
  if (window.Mode === 'OFF') {
    if (window.MaximumWindowInMinutes !== undefined)
      throw invalid('MaximumWindowInMinutes must not be set when Mode is OFF.');
  } else if (window.Mode === 'FLEXIBLE') {
    const minutes = Number(window.MaximumWindowInMinutes);
    if (!Number.isInteger(minutes) || minutes < FLEXIBLE_WINDOW_MINUTES.min || minutes > FLEXIBLE_WINDOW_MINUTES.max) {
      throw invalid(
        `MaximumWindowInMinutes must be between ${FLEXIBLE_WINDOW_MINUTES.min} and ${FLEXIBLE_WINDOW_MINUTES.max} when Mode is FLEXIBLE.`,
      );
    }
  } else {
    throw invalid(
      `Value '${String(window.Mode)}' at 'flexibleTimeWindow.mode' failed to satisfy constraint: ` +
        `Member must satisfy enum value set: [OFF, FLEXIBLE]`,
    );
  }
  const description = str(input.Description);
  if (description !== undefined && description.length > SCHEDULE_DESCRIPTION_MAX) {
    throw invalid(
      `Value at 'description' failed to satisfy constraint: Member must have length less than or equal to ${SCHEDULE_DESCRIPTION_MAX}`,
    );
  }
  const state_ = str(input.State);
  if (state_ !== undefined && state_ !== 'ENABLED' && state_ !== 'DISABLED') throw invalid(`Invalid State ${state_}.`);
  const target = required(input.Target as Json | undefined, 'target');
  required(str(target.Arn), 'target.arn');
  required(str(target.RoleArn), 'target.roleArn');
  const retry = target.RetryPolicy as Json | undefined;
  if (retry) {
    const attempts = retry.MaximumRetryAttempts;
    if (attempts !== undefined && (Number(attempts) < RETRY_ATTEMPTS.min || Number(attempts) > RETRY_ATTEMPTS.max)) {
      throw invalid(`MaximumRetryAttempts must be between ${RETRY_ATTEMPTS.min} and ${RETRY_ATTEMPTS.max}.`);
    }
    const age = retry.MaximumEventAgeInSeconds;
    if (age !== undefined && (Number(age) < RETRY_EVENT_AGE_SECONDS.min || Number(age) > RETRY_EVENT_AGE_SECONDS.max)) {
      throw invalid(
        `MaximumEventAgeInSeconds must be between ${RETRY_EVENT_AGE_SECONDS.min} and ${RETRY_EVENT_AGE_SECONDS.max}.`,
      );
    }
  }
  const dlq = (target.DeadLetterConfig as Json | undefined)?.Arn;
  if (dlq !== undefined && !/^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]+$/.test(String(dlq))) {
    throw invalid('DeadLetterConfig Arn must be the ARN of a standard SQS queue.');
  }
  if (target.EcsParameters) checkEcsTarget(state, target.EcsParameters as Json, invalid);
  if (String(target.Arn).startsWith('arn:aws:scheduler:::aws-sdk:')) checkUniversalTarget(state, target, invalid);
}

/** GetSchedule's answer: the stored request, with the defaults AWS fills in. */
function describeSchedule(s: ScheduleRecord): Json {
  const body = s.body;
  const target = { ...(body.Target as Json) };
  target.RetryPolicy ??= {
    MaximumEventAgeInSeconds: DEFAULT_RETRY_POLICY.maximumEventAgeInSeconds,
    MaximumRetryAttempts: DEFAULT_RETRY_POLICY.maximumRetryAttempts,
  };
  if (target.EcsParameters) target.EcsParameters = { TaskCount: 1, ...(target.EcsParameters as Json) };
  const { ClientToken: _token, ...rest } = body;
  return {
    ...rest,
    Arn: s.arn,
    Name: s.name,
    GroupName: s.groupName,
    State: body.State ?? 'ENABLED',
    ActionAfterCompletion: body.ActionAfterCompletion ?? 'NONE',
    ScheduleExpressionTimezone: body.ScheduleExpressionTimezone ?? 'UTC',
    Target: target,
    CreationDate: epochSeconds(s.createdAt),
    LastModificationDate: epochSeconds(s.modifiedAt),
  };
}

function describeGroup(g: ScheduleGroupRecord): Json {
  return {
    Arn: g.arn,
    Name: g.name,
    State: g.state,
    CreationDate: epochSeconds(g.createdAt),
    LastModificationDate: epochSeconds(g.modifiedAt),
  };
}

function groupByArn(state: FakeState, arn: unknown): ScheduleGroupRecord {
  const found = [...state.scheduleGroups.values()].find((g) => g.arn === arn);
  if (!found) {
    if (String(arn).includes(':schedule/')) throw invalid('Tags are supported on schedule groups only.');
    throw notFound(`Resource ${String(arn)} does not exist.`);
  }
  return found;
}

function tags(value: unknown): Tag[] {
  return list<{ Key: string; Value: string }>(value).map((t) => ({ key: t.Key, value: t.Value }));
}

export const scheduler: Operations = {
  CreateScheduleGroup(input, ctx) {
    const name = String(input.Name ?? '');
    checkName(name, 'name', SCHEDULE_GROUP_NAME);
    if (ctx.state.scheduleGroups.has(name)) throw conflict(`Schedule group ${name} already exists.`);
    const now = ctx.now();
    const record = {
      name,
      arn: ctx.state.arn('scheduler', `schedule-group/${name}`),
      state: 'ACTIVE' as const,
      createdAt: now,
      modifiedAt: now,
      tags: tags(input.Tags),
    };
    ctx.state.scheduleGroups.set(name, record);
    return { ScheduleGroupArn: record.arn };
  },

  GetScheduleGroup(input, { state }) {
    return describeGroup(group(state, String(input.Name)));
  },

  ListScheduleGroups(input, { state, pageCap }) {
    const prefix = str(input.NamePrefix) ?? '';
    const groups = [...state.scheduleGroups.values()]
      .filter((g) => g.name.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(groups, {
      token: input.NextToken,
      requested: input.MaxResults,
      max: 100,
      cap: pageCap,
    });
    return { ScheduleGroups: page.map(describeGroup), ...(nextToken ? { NextToken: nextToken } : {}) };
  },

  DeleteScheduleGroup(input, { state }) {
    const name = String(input.Name);
    if (name === 'default') throw invalid('The default schedule group cannot be deleted.');
    group(state, name);
    for (const [k, s] of state.schedules) if (s.groupName === name) state.schedules.delete(k);
    state.scheduleGroups.delete(name);
    return {};
  },

  CreateSchedule(input, ctx) {
    const { state } = ctx;
    validateSchedule(state, input);
    const groupName = str(input.GroupName) ?? 'default';
    group(state, groupName);
    const name = String(input.Name);
    if (state.schedules.has(key(groupName, name))) throw conflict(`Schedule ${name} already exists.`);
    const now = ctx.now();
    const { Name: _n, GroupName: _g, ...body } = input;
    const record: ScheduleRecord = {
      name,
      groupName,
      arn: state.arn('scheduler', `schedule/${groupName}/${name}`),
      createdAt: now,
      modifiedAt: now,
      body: structuredClone(body),
    };
    state.schedules.set(key(groupName, name), record);
    return { ScheduleArn: record.arn };
  },

  GetSchedule(input, { state }) {
    const groupName = str(input.GroupName) ?? 'default';
    const found = state.schedules.get(key(groupName, String(input.Name)));
    if (!found) throw notFound(`Schedule ${String(input.Name)} does not exist.`);
    return describeSchedule(found);
  },

  UpdateSchedule(input, ctx) {
    const { state } = ctx;
    validateSchedule(state, input);
    const groupName = str(input.GroupName) ?? 'default';
    const found = state.schedules.get(key(groupName, String(input.Name)));
    if (!found) throw notFound(`Schedule ${String(input.Name)} does not exist.`);
    const { Name: _n, GroupName: _g, ...body } = input;
    found.body = structuredClone(body);
    found.modifiedAt = ctx.now();
    return { ScheduleArn: found.arn };
  },

  DeleteSchedule(input, { state }) {
    const groupName = str(input.GroupName) ?? 'default';
    const k = key(groupName, String(input.Name));
    if (!state.schedules.has(k)) throw notFound(`Schedule ${String(input.Name)} does not exist.`);
    state.schedules.delete(k);
    return {};
  },

  ListSchedules(input, { state, pageCap }) {
    const groupName = str(input.GroupName);
    if (groupName !== undefined) group(state, groupName);
    const prefix = str(input.NamePrefix) ?? '';
    const wanted = str(input.State);
    const schedules = [...state.schedules.values()]
      .filter(
        (s) =>
          (groupName === undefined || s.groupName === groupName) &&
          s.name.startsWith(prefix) &&
          (wanted === undefined || (s.body.State ?? 'ENABLED') === wanted),
      )
      .sort((a, b) => a.groupName.localeCompare(b.groupName) || a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(schedules, {
      token: input.NextToken,
      requested: input.MaxResults,
      max: 100,
      cap: pageCap,
    });
    return {
      Schedules: page.map((s) => ({
        Arn: s.arn,
        Name: s.name,
        GroupName: s.groupName,
        State: s.body.State ?? 'ENABLED',
        CreationDate: epochSeconds(s.createdAt),
        LastModificationDate: epochSeconds(s.modifiedAt),
        Target: { Arn: (s.body.Target as Json).Arn },
      })),
      ...(nextToken ? { NextToken: nextToken } : {}),
    };
  },

  TagResource(input, { state }) {
    const g = groupByArn(state, input.ResourceArn);
    const merged = new Map(g.tags.map((t) => [t.key, t.value]));
    for (const t of tags(input.Tags)) merged.set(t.key, t.value);
    g.tags = [...merged].map(([k, value]) => ({ key: k, value }));
    return {};
  },

  UntagResource(input, { state }) {
    const g = groupByArn(state, input.ResourceArn);
    const remove = new Set(list<string>(input.TagKeys));
    g.tags = g.tags.filter((t) => !remove.has(t.key));
    return {};
  },

  ListTagsForResource(input, { state }) {
    const g = groupByArn(state, input.ResourceArn);
    return { Tags: g.tags.map((t) => ({ Key: t.key, Value: t.value })) };
  },
};
