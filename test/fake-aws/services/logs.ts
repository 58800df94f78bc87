/** Amazon CloudWatch Logs (awsJson1_1, Logs_20140328). */
import { LOG_GROUP_NAME, LOG_RETENTION_DAYS } from '../../../src/aws/limits.ts';
import { list, str, type Operations } from '../context.ts';
import { AwsError, checkName, required } from '../errors.ts';
import { paginate } from '../paging.ts';
import type { FakeState, LogGroupRecord } from '../state.ts';

const invalid = (message: string) => new AwsError('InvalidParameterException', message);

function group(state: FakeState, name: unknown): LogGroupRecord {
  const found = state.logGroups.get(String(name));
  if (!found) throw new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');
  return found;
}

function stream(state: FakeState, groupName: unknown, streamName: unknown) {
  const found = group(state, groupName).streams.get(String(streamName));
  if (!found) throw new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');
  return found;
}

function groupByArn(state: FakeState, arn: unknown): LogGroupRecord {
  const name = /^arn:aws[a-z-]*:logs:[^:]+:\d{12}:log-group:(.+?)(?::\*)?$/.exec(String(arn))?.[1];
  const found = name ? state.logGroups.get(name) : undefined;
  if (!found) throw new AwsError('ResourceNotFoundException', 'The specified resource does not exist.');
  return found;
}

/**
 * CloudWatch Logs' text filter patterns: terms (a word, or a "quoted phrase" matched as it is) that must all appear,
 * or, when each is written `?term`, any of them. Case-sensitive. JSON and space-delimited patterns are not modelled:
 * refused, so no test passes on a pattern this does not understand.
 */
export function textPatternMatcher(pattern: string | undefined): (message: string) => boolean {
  if (pattern === undefined || pattern.trim() === '') return () => true;
  if (/^\s*[{[]/.test(pattern))
    throw invalid('the emulator models text filter patterns only (no JSON or [...] patterns)');
  const terms: { text: string; any: boolean }[] = [];
  const term = /\s*(\?)?(?:"([^"]*)"|([^\s"?]+))/y;
  let m: RegExpExecArray | null;
  while (term.lastIndex < pattern.length && (m = term.exec(pattern))) terms.push({ text: m[2] ?? m[3]!, any: !!m[1] });
  if (pattern.slice(term.lastIndex).trim())
    throw invalid(`Invalid character(s) in term '${pattern.slice(term.lastIndex)}'`);
  const any = terms.some((t) => t.any);
  if (any && !terms.every((t) => t.any)) throw invalid('mixing ?term and term is not modelled by the emulator');
  if (!any) return (message) => terms.every((t) => message.includes(t.text));
  // One scan of each message for all the alternatives (a large history meets many-term patterns).
  const alternatives = new RegExp(terms.map((t) => t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  return (message) => alternatives.test(message);
}

/** FilterLogEvents' page: at most 10,000 events and 1 MB of them (AWS's figures), whichever comes first. */
const FILTER_PAGE_BYTES = 1_048_576;

export const logs: Operations = {
  ListTagsForResource(input, { state }) {
    return { tags: Object.fromEntries(groupByArn(state, input.resourceArn).tags.map((t) => [t.key, t.value])) };
  },

  TagResource(input, { state }) {
    const g = groupByArn(state, input.resourceArn);
    const merged = new Map(g.tags.map((t) => [t.key, t.value]));
    for (const [key, value] of Object.entries((input.tags ?? {}) as Record<string, string>)) merged.set(key, value);
    g.tags = [...merged].map(([key, value]) => ({ key, value }));
    return {};
  },

  PutResourcePolicy(input, { state }) {
    const name = required(str(input.policyName), 'policyName');
    const document = required(str(input.policyDocument), 'policyDocument');
    try {
      JSON.parse(document);
    } catch {
      throw new AwsError('InvalidParameterException', 'The policy document is not valid JSON.');
    }
    if (!state.logResourcePolicies.has(name) && state.logResourcePolicies.size >= 10) {
      throw new AwsError(
        'LimitExceededException',
        'Resource limit exceeded: 10 resource policies per account and Region.',
      );
    }
    state.logResourcePolicies.set(name, document);
    return { resourcePolicy: { policyName: name, policyDocument: document, lastUpdatedTime: Date.now() } };
  },

  DescribeResourcePolicies(_input, { state }) {
    return {
      resourcePolicies: [...state.logResourcePolicies].map(([policyName, policyDocument]) => ({
        policyName,
        policyDocument,
      })),
    };
  },

  DeleteResourcePolicy(input, { state }) {
    const name = required(str(input.policyName), 'policyName');
    if (!state.logResourcePolicies.delete(name))
      throw new AwsError('ResourceNotFoundException', `Policy with name [${name}] does not exist.`);
    return {};
  },

  CreateLogGroup(input, ctx) {
    const name = String(input.logGroupName ?? '');
    checkName(name, 'logGroupName', LOG_GROUP_NAME, 'InvalidParameterException');
    if (ctx.state.logGroups.has(name))
      throw new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists');
    const tags = Object.entries((input.tags ?? {}) as Record<string, string>).map(([key, value]) => ({ key, value }));
    ctx.state.logGroups.set(name, {
      name,
      arn: ctx.state.arn('logs', `log-group:${name}:*`),
      createdAt: ctx.now(),
      streams: new Map(),
      tags,
    });
    return {};
  },

  DeleteLogGroup(input, { state }) {
    group(state, input.logGroupName);
    state.logGroups.delete(String(input.logGroupName));
    return {};
  },

  DescribeLogGroups(input, { state, pageCap }) {
    const prefix = str(input.logGroupNamePrefix) ?? '';
    const groups = [...state.logGroups.values()]
      .filter((g) => g.name.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
    const { page, nextToken } = paginate(groups, {
      token: input.nextToken,
      requested: input.limit,
      max: 50,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    return {
      logGroups: page.map((g) => ({
        logGroupName: g.name,
        arn: g.arn,
        creationTime: g.createdAt,
        ...(g.retentionInDays !== undefined ? { retentionInDays: g.retentionInDays } : {}),
        storedBytes: 0,
      })),
      ...(nextToken ? { nextToken } : {}),
    };
  },

  PutRetentionPolicy(input, { state }) {
    const g = group(state, input.logGroupName);
    const days = Number(input.retentionInDays);
    if (!(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
      throw invalid(
        `1 validation error detected: Value '${String(input.retentionInDays)}' at 'retentionInDays' ` +
          `failed to satisfy constraint: Member must satisfy enum value set: [${LOG_RETENTION_DAYS.join(', ')}]`,
      );
    }
    g.retentionInDays = days;
    return {};
  },

  DeleteRetentionPolicy(input, { state }) {
    delete group(state, input.logGroupName).retentionInDays;
    return {};
  },

  CreateLogStream(input, ctx) {
    const g = group(ctx.state, input.logGroupName);
    const name = String(input.logStreamName ?? '');
    if (!name || name.length > 512 || /[:*]/.test(name)) throw invalid('Invalid log stream name.');
    if (g.streams.has(name))
      throw new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists');
    g.streams.set(name, { name, createdAt: ctx.now(), events: [] });
    return {};
  },

  PutLogEvents(input, ctx) {
    const s = stream(ctx.state, input.logGroupName, input.logStreamName);
    const events = list<{ timestamp: number; message: string }>(input.logEvents);
    if (events.length === 0) throw invalid('logEvents must not be empty.');
    for (let i = 1; i < events.length; i++) {
      if (events[i]!.timestamp < events[i - 1]!.timestamp)
        throw invalid('Log events in a single PutLogEvents request must be in chronological order.');
    }
    for (const e of events)
      s.events.push({
        timestamp: e.timestamp,
        message: e.message,
        ingestionTime: ctx.now(),
        eventId: ctx.state.nextId(),
      });
    s.events.sort((a, b) => a.timestamp - b.timestamp);
    return { nextSequenceToken: ctx.state.nextId() };
  },

  GetLogEvents(input, { state, pageCap }) {
    const s = stream(state, input.logGroupName, input.logStreamName);
    const start = input.startTime === undefined ? -Infinity : Number(input.startTime);
    const end = input.endTime === undefined ? Infinity : Number(input.endTime);
    const events = s.events.filter((e) => e.timestamp >= start && e.timestamp < end);
    // Forward tokens name a position; at the end, the same token comes back (as AWS does).
    let offset = 0;
    const token = str(input.nextToken);
    if (token) {
      const m = /^f\/(\d+)$/.exec(token);
      if (!m) throw invalid('The specified nextToken is invalid.');
      offset = Number(m[1]);
    } else if (input.startFromHead !== true) {
      offset = Math.max(0, events.length - Math.min(Number(input.limit ?? 10000), pageCap));
    }
    const limit = Math.min(Number(input.limit ?? 10000), pageCap);
    const page = events.slice(offset, offset + limit);
    return {
      events: page.map((e) => ({ timestamp: e.timestamp, message: e.message, ingestionTime: e.ingestionTime })),
      nextForwardToken: `f/${offset + page.length}`,
      nextBackwardToken: `b/${offset}`,
    };
  },

  FilterLogEvents(input, { state, pageCap }) {
    const g = group(state, input.logGroupName);
    const names = input.logStreamNames === undefined ? undefined : new Set(list<string>(input.logStreamNames));
    const prefix = str(input.logStreamNamePrefix);
    // Both ends are inclusive, as AWS documents (events before startTime or after endTime are left out).
    const start = input.startTime === undefined ? -Infinity : Number(input.startTime);
    const end = input.endTime === undefined ? Infinity : Number(input.endTime);
    const matches = textPatternMatcher(str(input.filterPattern));
    // Matched first, copied and sorted after: a large history is scanned once per call.
    const events: {
      timestamp: number;
      message: string;
      ingestionTime: number;
      eventId: string;
      logStreamName: string;
    }[] = [];
    for (const s of g.streams.values()) {
      if ((names && !names.has(s.name)) || (prefix && !s.name.startsWith(prefix))) continue;
      for (const e of s.events)
        if (e.timestamp >= start && e.timestamp <= end && matches(e.message))
          events.push({ ...e, logStreamName: s.name });
    }
    events.sort((a, b) => a.timestamp - b.timestamp || a.eventId.localeCompare(b.eventId));
    const { page: counted, nextToken: countedToken } = paginate(events, {
      token: input.nextToken,
      requested: input.limit,
      max: 10000,
      cap: pageCap,
      tokenErrorCode: 'InvalidParameterException',
    });
    // The 1 MB bound: the page ends before the event that would pass it, and the next page starts there.
    let bytes = 0;
    let fits = 0;
    while (fits < counted.length && bytes + Buffer.byteLength(counted[fits]!.message) <= FILTER_PAGE_BYTES)
      bytes += Buffer.byteLength(counted[fits++]!.message);
    const page = counted.slice(0, Math.max(1, fits));
    const offset = countedToken
      ? Number(countedToken.slice('fake-page-'.length)) - counted.length
      : events.length - counted.length;
    const next = offset + page.length;
    const nextToken = page.length < counted.length ? `fake-page-${next}` : countedToken;
    return { events: page, searchedLogStreams: [], ...(nextToken ? { nextToken } : {}) };
  },
};
