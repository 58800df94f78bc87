import { describe, expect, it } from '@jest/globals';
import { BoundedMemo } from '../../../src/util/memo.ts';

describe('BoundedMemo', () => {
  it('computes an answer once, null included, and forgets everything when full', () => {
    const memo = new BoundedMemo<string, string | null>(2);
    const asked: string[] = [];
    const answer = (key: string) => (asked.push(key), key === 'none' ? null : key.toUpperCase());
    expect([memo.of('a', answer), memo.of('a', answer), memo.of('none', answer), memo.of('none', answer)]).toEqual([
      'A',
      'A',
      null,
      null,
    ]);
    expect(asked).toEqual(['a', 'none']);
    memo.of('b', answer); // the third key: the two before are forgotten
    expect(memo.get('a')).toBeUndefined();
    memo.of('a', answer);
    expect(asked).toEqual(['a', 'none', 'b', 'a']);
  });
});
