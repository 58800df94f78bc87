import { describe, expect, it } from '@jest/globals';
import { UsageError, parseCommand, parseDuration, parseEnvironment } from '../../src/util/inputs.ts';

describe('parseDuration', () => {
  it.each([
    ['90', 90],
    ['90s', 90],
    ['0.5s', 0.5],
    ['30m', 1800],
    ['2h', 7200],
    ['1h30m', 5400],
    ['1h0m5s', 3605],
  ])('%s = %ss', (text, seconds) => {
    expect(parseDuration('--timeout', text, 1)).toBe(seconds);
  });

  it('uses the default when empty', () => {
    expect(parseDuration('--timeout', undefined, 42)).toBe(42);
    expect(parseDuration('--timeout', ' ', 42)).toBe(42);
  });

  it.each(['soon', '2d', '-5', '0', 'h', '1.5h'])('rejects %j', (text) => {
    expect(() => parseDuration('--timeout', text, 1)).toThrow(UsageError);
  });
});

describe('parseCommand', () => {
  it.each([
    ['php artisan x', ['php', 'artisan', 'x']],
    ['  php   artisan  ', ['php', 'artisan']],
    ['sh -c "echo hello world"', ['sh', '-c', 'echo hello world']],
    ['sh -c \'echo "$HOME"\'', ['sh', '-c', 'echo "$HOME"']],
    ['a\\ b c', ['a b', 'c']],
    ['say ""', ['say', '']],
    ['["php","artisan","x y"]', ['php', 'artisan', 'x y']],
  ])('%s', (text, words) => {
    expect(parseCommand('--command', text)).toEqual(words);
  });

  it('nothing given means no override', () => {
    expect(parseCommand('--command', undefined)).toBeUndefined();
    expect(parseCommand('--command', '')).toBeUndefined();
  });

  it.each(['"open', "it's", '[1,2]', '[not json'])('rejects %j', (text) => {
    expect(() => parseCommand('--command', text)).toThrow(UsageError);
  });
});

describe('parseEnvironment', () => {
  it('reads KEY=VALUE from flags and lines; values may contain =', () => {
    expect(parseEnvironment('--env', ['A=1', 'B=x=y\nC=', ''])).toEqual({ A: '1', B: 'x=y', C: '' });
    expect(parseEnvironment('--env', [])).toBeUndefined();
  });

  it.each(['NOPE', '=1', '1A=2', 'A B=1'])('rejects %j', (pair) => {
    expect(() => parseEnvironment('--env', [pair])).toThrow(/KEY=VALUE/);
  });
});
