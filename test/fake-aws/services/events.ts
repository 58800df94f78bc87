/** Amazon EventBridge rules and targets (awsJson1_1, AWSEvents). */
import {
  RULE_DESCRIPTION_MAX,
  RULE_NAME,
  SCHEDULE_EXPRESSION_MAX,
  TARGET_ID,
  TARGET_INPUT_MAX,
  TARGETS_PER_RULE_MAX,
} from '../../../src/aws/limits.ts';
import { ScheduleSyntaxError, parseSchedule } from '../../../src/schedule/index.ts';
import { list, str, type Operations } from '../context.ts';
import { AwsError, checkName, required, validation } from '../errors.ts';
import { paginate } from '../paging.ts';
import { matchesPattern, parsePattern } from '../patterns.ts';
import type { FakeState, Json, RuleRecord, Tag } from '../state.ts';
import { checkEcsTarget } from './targets.ts';

function bus(input: Json): string {
  const name = str(input.EventBusName) ?? 'default';
  return name.startsWith('arn:') ? name.slice(name.lastIndexOf('/') + 1) : name;
}

function ruleKey(busName: string, name: string): string {
  return `${busName}/${name}`;
}

function rule(state: FakeState, input: Json, nameField: 'Name' | 'Rule'): RuleRecord {
  const name = String(input[nameField] ?? '');
  const found = state.rules.get(ruleKey(bus(input), name));
  if (!found) throw new AwsError('ResourceNotFoundException', `Rule ${name} does not exist on EventBus ${bus(input)}.`);
  return found;
}

/** EventBridge rules accept AWS cron(...) and rate(...) only. */
function checkScheduleExpression(expression: string): void {
  if (expression.length > SCHEDULE_EXPRESSION_MAX)
    throw validation(`ScheduleExpression is longer than ${SCHEDULE_EXPRESSION_MAX} characters.`);
  if (!/^(cron|rate)\(/.test(expression)) throw validation('Parameter ScheduleExpression is not valid.');
  try {
    const parsed = parseSchedule(expression);
    if (parsed.expression !== expression) throw validation('Parameter ScheduleExpression is not valid.');
  } catch (error) {
    if (error instanceof ScheduleSyntaxError) throw validation('Parameter ScheduleExpression is not valid.');
    throw error;
  }
}

function describeRule(r: RuleRecord): Json {
  return {
    Name: r.name,
    Arn: r.arn,
    ...(r.scheduleExpression ? { ScheduleExpression: r.scheduleExpression } : {}),
    ...(r.eventPattern ? { EventPattern: r.eventPattern } : {}),
    State: r.state,
    ...(r.description !== undefined ? { Description: r.description } : {}),
    ...(r.roleArn ? { RoleArn: r.roleArn } : {}),
    EventBusName: r.eventBusName,
  };
}

function ruleByArn(state: FakeState, arn: unknown): RuleRecord {
  const found = [...state.rules.values()].find((r) => r.arn === arn);
  if (!found) throw new AwsError('ResourceNotFoundException', `Rule ${String(arn)} does not exist.`);
  return found;
}

function tags(value: unknown): Tag[] {
  return list<{ Key: string; Value: string }>(value).map((t) => ({ key: t.Key, value: t.Value }));
}

export const events: Operations = {
  PutRule(input, { state }) {
    const name = required(str(input.Name), 'name');
    checkName(name, 'name', RULE_NAME);
    const description = str(input.Description);
    if (description !== undefined && description.length > RULE_DESCRIPTION_MAX) {
      throw validation(
        `1 validation error detected: Value at 'description' failed to satisfy constraint: Member ` +
          `must have length less than or equal to ${RULE_DESCRIPTION_MAX}`,
      );
    }
    const expression = str(input.ScheduleExpression);
    if (!expression && !input.EventPattern)
      throw validation('Parameter(s) EventPattern or ScheduleExpression must be specified.');
    if (expression) checkScheduleExpression(expression);
    if (input.EventPattern !== undefined) parsePattern(String(input.EventPattern));
    const state_ = str(input.State) ?? 'ENABLED';
    if (state_ !== 'ENABLED' && state_ !== 'DISABLED')
      throw validation(
        `Value '${state_}' at 'state' failed to satisfy constraint: Member must satisfy enum value set: [ENABLED, DISABLED]`,
      );
    const busName = bus(input);
    const key = ruleKey(busName, name);
    const existing = state.rules.get(key);
    const arn = state.arn('events', busName === 'default' ? `rule/${name}` : `rule/${busName}/${name}`);
    state.rules.set(key, {
      name,
      arn,
      eventBusName: busName,
      ...(expression ? { scheduleExpression: expression } : {}),
      ...(input.EventPattern ? { eventPattern: String(input.EventPattern) } : {}),
      state: state_,
      ...(description !== undefined ? { description } : {}),
      ...(str(input.RoleArn) ? { roleArn: String(input.RoleArn) } : {}),
      targets: existing?.targets ?? [],
    });
    // Tags given to PutRule apply only when the rule is created (AWS ignores them on update).
    if (!existing) state.ruleTags.set(arn, tags(input.Tags));
    return { RuleArn: arn };
  },

  DescribeRule(input, { state }) {
    const r = rule(state, input, 'Name');
    return { ...describeRule(r), CreatedBy: state.accountId };
  },

  ListRules(input, { state, pageCap }) {
    const prefix = str(input.NamePrefix) ?? '';
    const busName = bus(input);
    const rules = [...state.rules.values()]
      .filter((r) => r.eventBusName === busName && r.name.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(rules, {
      token: input.NextToken,
      requested: input.Limit,
      max: 100,
      cap: pageCap,
    });
    return { Rules: page.map(describeRule), ...(nextToken ? { NextToken: nextToken } : {}) };
  },

  TestEventPattern(input) {
    const pattern = parsePattern(required(str(input.EventPattern), 'eventPattern'));
    let event: unknown;
    try {
      event = JSON.parse(required(str(input.Event), 'event'));
    } catch {
      throw validation('Parameter Event is not valid.');
    }
    // AWS requires the envelope fields of a real event.
    for (const field of ['id', 'account', 'source', 'time', 'region', 'detail-type']) {
      if (!(event && typeof event === 'object' && field in event))
        throw validation(`Parameter Event is not valid: missing ${field}.`);
    }
    return { Result: matchesPattern(pattern, event) };
  },

  ListRuleNamesByTarget(input, { state, pageCap }) {
    const target = required(str(input.TargetArn), 'targetArn');
    const busName = bus(input);
    const names = [...state.rules.values()]
      .filter((r) => r.eventBusName === busName && r.targets.some((t) => t.Arn === target))
      .map((r) => r.name)
      .sort();
    const { page, nextToken } = paginate(names, {
      token: input.NextToken,
      requested: input.Limit,
      max: 100,
      cap: pageCap,
    });
    return { RuleNames: page, ...(nextToken ? { NextToken: nextToken } : {}) };
  },

  DeleteRule(input, { state }) {
    const name = String(input.Name ?? '');
    const found = state.rules.get(ruleKey(bus(input), name));
    if (!found) return {};
    if (found.targets.length > 0) throw validation("Rule can't be deleted since it has targets.");
    state.rules.delete(ruleKey(bus(input), name));
    state.ruleTags.delete(found.arn);
    return {};
  },

  EnableRule(input, { state }) {
    rule(state, input, 'Name').state = 'ENABLED';
    return {};
  },

  DisableRule(input, { state }) {
    rule(state, input, 'Name').state = 'DISABLED';
    return {};
  },

  PutTargets(input, { state }) {
    const r = rule(state, input, 'Rule');
    const targets = list(input.Targets);
    if (targets.length === 0) throw validation('Targets must not be empty.');
    for (const t of targets) {
      const id = required(str(t.Id), 'targets.member.id');
      checkName(id, 'targets.member.id', TARGET_ID);
      required(str(t.Arn), 'targets.member.arn');
      if (str(t.Input) && String(t.Input).length > TARGET_INPUT_MAX) {
        throw validation(
          `1 validation error detected: Value at 'targets.member.input' failed to satisfy constraint: ` +
            `Member must have length less than or equal to ${TARGET_INPUT_MAX}`,
        );
      }
      if (t.EcsParameters) {
        if (!str(t.RoleArn)) throw validation(`RoleArn is required for target arn ${String(t.Arn)}.`);
        checkEcsTarget(state, t.EcsParameters as Json, validation);
      }
    }
    const merged = [...r.targets.filter((existing) => !targets.some((t) => t.Id === existing.Id)), ...targets];
    if (merged.length > TARGETS_PER_RULE_MAX) {
      throw new AwsError(
        'LimitExceededException',
        `The requested resource exceeds the maximum number allowed (${TARGETS_PER_RULE_MAX} targets per rule).`,
      );
    }
    r.targets = merged.map((t) => structuredClone(t));
    return { FailedEntryCount: 0, FailedEntries: [] };
  },

  ListTargetsByRule(input, { state, pageCap }) {
    const r = rule(state, input, 'Rule');
    const { page, nextToken } = paginate(r.targets, {
      token: input.NextToken,
      requested: input.Limit,
      max: 100,
      cap: pageCap,
    });
    return { Targets: page, ...(nextToken ? { NextToken: nextToken } : {}) };
  },

  RemoveTargets(input, { state }) {
    const r = rule(state, input, 'Rule');
    const ids = new Set(list<string>(input.Ids));
    r.targets = r.targets.filter((t) => !ids.has(String(t.Id)));
    return { FailedEntryCount: 0, FailedEntries: [] };
  },

  TagResource(input, { state }) {
    const r = ruleByArn(state, input.ResourceARN);
    const merged = new Map((state.ruleTags.get(r.arn) ?? []).map((t) => [t.key, t.value]));
    for (const t of tags(input.Tags)) merged.set(t.key, t.value);
    state.ruleTags.set(
      r.arn,
      [...merged].map(([key, value]) => ({ key, value })),
    );
    return {};
  },

  UntagResource(input, { state }) {
    const r = ruleByArn(state, input.ResourceARN);
    const remove = new Set(list<string>(input.TagKeys));
    state.ruleTags.set(
      r.arn,
      (state.ruleTags.get(r.arn) ?? []).filter((t) => !remove.has(t.key)),
    );
    return {};
  },

  ListTagsForResource(input, { state }) {
    const r = ruleByArn(state, input.ResourceARN);
    return { Tags: (state.ruleTags.get(r.arn) ?? []).map((t) => ({ Key: t.key, Value: t.value })) };
  },
};
