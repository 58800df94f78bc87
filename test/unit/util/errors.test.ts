import { describe, expect, it } from '@jest/globals';
import { describeError } from '../../../src/util/errors.ts';

describe('describeError', () => {
  it('an HTTP 500 with a body the SDK cannot read says so, not where a debugger would look', () => {
    const error = Object.assign(
      new Error(
        'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
      ),
      { name: 'Unknown', $metadata: { httpStatusCode: 502 } },
    );
    const text = describeError(error);
    expect(text).toBe(
      "AWS answered HTTP 502 with a body the SDK could not read: an error on AWS's side, usually brief; run the step again",
    );
    expect(text).not.toMatch(/\$response/);
  });

  it('other AWS errors keep their name, status and message', () => {
    const error = Object.assign(new Error('Rate exceeded'), {
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });
    expect(describeError(error)).toBe('ThrottlingException (HTTP 400): Rate exceeded');
  });
});
