/** EventBridge pattern matching in the emulator, against AWS's documented examples and real-shaped ECS events. */
import { describe, expect, it } from '@jest/globals';
import { matchesPattern, parsePattern } from '../fake-aws/patterns.ts';

const EC2_EVENT = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: [
    'arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0',
    'arn:aws:ec2:us-west-1:123456789012:instance/i-b188560f',
  ],
  detail: {
    'instance-id': 'i-1234567890abcdef0',
    state: 'terminated',
    'c-count': 5,
    'd-count': 3,
    'x-limit': 301.8,
    'source-ip': '10.0.0.123',
  },
};

const match = (pattern: object, event: object = EC2_EVENT) =>
  matchesPattern(parsePattern(JSON.stringify(pattern)), event);

describe('AWS documented pattern examples', () => {
  it('exact values, and arrays in the event matching any element', () => {
    expect(
      match({
        source: ['aws.ec2'],
        'detail-type': ['EC2 Instance State-change Notification'],
        detail: { state: ['terminated'] },
      }),
    ).toBe(true);
    expect(match({ source: ['aws.ec2'], detail: { state: ['running'] } })).toBe(false);
    expect(match({ resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-b188560f'] })).toBe(true);
    expect(match({ detail: { state: ['pending', 'terminated'] } })).toBe(true);
  });

  it('numeric ranges', () => {
    expect(
      match({
        detail: {
          'c-count': [{ numeric: ['>', 0, '<=', 5] }],
          'd-count': [{ numeric: ['<', 10] }],
          'x-limit': [{ numeric: ['=', 3.018e2] }],
        },
      }),
    ).toBe(true);
    expect(match({ detail: { 'c-count': [{ numeric: ['>', 5] }] } })).toBe(false);
    expect(match({ detail: { state: [{ numeric: ['>', 0] }] } })).toBe(false); // not a number
  });

  it('prefix, suffix, equals-ignore-case, wildcard', () => {
    expect(match({ time: [{ prefix: '2017-12-22' }] })).toBe(true);
    expect(match({ detail: { 'instance-id': [{ suffix: 'cdef0' }] } })).toBe(true);
    expect(match({ detail: { state: [{ 'equals-ignore-case': 'TERMINATED' }] } })).toBe(true);
    expect(match({ detail: { 'instance-id': [{ wildcard: 'i-*def0' }] } })).toBe(true);
    expect(match({ time: [{ prefix: '2018' }] })).toBe(false);
  });

  it('anything-but: a value, a number, a list, a prefix; a missing field does not match', () => {
    expect(match({ detail: { state: [{ 'anything-but': 'initializing' }] } })).toBe(true);
    expect(match({ detail: { state: [{ 'anything-but': 'terminated' }] } })).toBe(false);
    expect(match({ detail: { 'c-count': [{ 'anything-but': 5 }] } })).toBe(false);
    expect(match({ detail: { 'c-count': [{ 'anything-but': 0 }] } })).toBe(true);
    expect(match({ detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } })).toBe(true);
    expect(match({ detail: { state: [{ 'anything-but': { prefix: 'term' } }] } })).toBe(false);
    expect(match({ detail: { missing: [{ 'anything-but': 'x' }] } })).toBe(false);
  });

  it('exists', () => {
    expect(match({ detail: { 'c-count': [{ exists: true }] } })).toBe(true);
    expect(match({ detail: { 'c-count': [{ exists: false }] } })).toBe(false);
    expect(match({ detail: { 'no-such-field': [{ exists: false }] } })).toBe(true);
  });

  it('$or', () => {
    expect(
      match({
        detail: { $or: [{ 'c-count': [{ numeric: ['>', 0, '<=', 5] }] }, { 'd-count': [{ numeric: ['<', 1] }] }] },
      }),
    ).toBe(true);
    expect(
      match({ detail: { $or: [{ 'c-count': [{ numeric: ['>', 5] }] }, { 'd-count': [{ numeric: ['<', 1] }] }] } }),
    ).toBe(false);
  });

  it('refuses malformed patterns as PutRule does', () => {
    for (const bad of [
      'not json',
      '[]',
      '{"a": "b"}',
      '{"a": []}',
      '{"a": [{"nope": 1}]}',
      '{"a": [{"numeric": [">"]}]}',
      '{"$or": [{"a": ["b"]}]}',
    ]) {
      expect(() => parsePattern(bad)).toThrow(/Event pattern is not valid/);
    }
  });
});

/** Real-shaped ECS Task State Change events (ECS docs), and the alert rule's shape of pattern. */
function ecsEvent(detail: object) {
  return {
    version: '0',
    id: 'x',
    'detail-type': 'ECS Task State Change',
    source: 'aws.ecs',
    account: '111122223333',
    time: '2026-11-29T03:00:10Z',
    region: 'us-east-1',
    resources: ['arn:aws:ecs:us-east-1:111122223333:task/batch/1'],
    detail,
  };
}

describe('arrays of objects (containers)', () => {
  const failed = { detail: { lastStatus: ['STOPPED'], containers: { exitCode: [{ 'anything-but': 0 }] } } };
  it('matches when one container exited non-zero; a container with no exit code does not count', () => {
    expect(match(failed, ecsEvent({ lastStatus: 'STOPPED', containers: [{ name: 'app', exitCode: 3 }] }))).toBe(true);
    expect(
      match(
        failed,
        ecsEvent({
          lastStatus: 'STOPPED',
          containers: [
            { name: 'app', exitCode: 0 },
            { name: 'log-router', exitCode: 0 },
          ],
        }),
      ),
    ).toBe(false);
    expect(
      match(
        failed,
        ecsEvent({
          lastStatus: 'STOPPED',
          stopCode: 'TaskFailedToStart',
          containers: [{ name: 'app', reason: 'CannotPullContainerError' }],
        }),
      ),
    ).toBe(false);
    expect(match(failed, ecsEvent({ lastStatus: 'RUNNING', containers: [{ name: 'app' }] }))).toBe(false);
  });

  it('the fields of one sub-pattern must match the same element', () => {
    const pattern = { detail: { containers: { name: ['app'], exitCode: [1] } } };
    expect(match(pattern, ecsEvent({ containers: [{ name: 'app', exitCode: 1 }] }))).toBe(true);
    expect(
      match(
        pattern,
        ecsEvent({
          containers: [
            { name: 'app', exitCode: 0 },
            { name: 'sidecar', exitCode: 1 },
          ],
        }),
      ),
    ).toBe(false);
  });
});
