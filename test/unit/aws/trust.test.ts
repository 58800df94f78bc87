/** Whether a role trusts a service, as IAM reads a trust policy. */
import { describe, expect, it } from '@jest/globals';
import { trustFor } from '../../../src/aws/trust.ts';

const doc = (...statements: unknown[]) =>
  encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: statements }));
const allow = (service: string | string[], extra: Record<string, unknown> = {}) => ({
  Effect: 'Allow',
  Principal: { Service: service },
  Action: 'sts:AssumeRole',
  ...extra,
});

describe('trustFor', () => {
  it('a role that trusts the service, URL-encoded as IAM returns it, or among several', () => {
    expect(trustFor(doc(allow('ecs-tasks.amazonaws.com')), 'ecs-tasks.amazonaws.com')).toEqual({ trusted: true });
    expect(
      trustFor(doc(allow(['events.amazonaws.com', 'scheduler.amazonaws.com'])), 'scheduler.amazonaws.com'),
    ).toEqual({
      trusted: true,
    });
  });

  it('an events role reused as a scheduler role: not trusted, and says which services it trusts', () => {
    expect(trustFor(doc(allow('events.amazonaws.com')), 'scheduler.amazonaws.com')).toEqual({
      trusted: false,
      services: ['events.amazonaws.com'],
    });
  });

  it('a trust with conditions is reported as written, not guessed', () => {
    const verdict = trustFor(
      doc(allow('scheduler.amazonaws.com', { Condition: { StringEquals: { 'aws:SourceAccount': '123456789012' } } })),
      'scheduler.amazonaws.com',
    );
    expect(verdict).toEqual({
      trusted: 'conditional',
      conditions: '{"StringEquals":{"aws:SourceAccount":"123456789012"}}',
    });
  });

  it('a Deny for the service wins; a statement for another action does not count', () => {
    expect(
      trustFor(
        doc(allow('states.amazonaws.com'), { ...allow('states.amazonaws.com'), Effect: 'Deny' }),
        'states.amazonaws.com',
      ).trusted,
    ).toBe(false);
    expect(
      trustFor(doc(allow('states.amazonaws.com', { Action: 'sts:TagSession' })), 'states.amazonaws.com').trusted,
    ).toBe(false);
  });
});
