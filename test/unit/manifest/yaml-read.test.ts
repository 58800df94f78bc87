import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { parseYaml, readYaml } from '../../../src/manifest/yaml.ts';
import { generatedManifest } from '../../../bench/manifests.ts';
import { ROOT } from '../../helpers/processes.ts';

/** What the positional parser reads: the reference the fast path must match. */
function reference(text: string): unknown {
  const d = parseDocument(text);
  return d.errors.length ? 'PROBLEM' : d.toJS();
}

function fast(text: string): unknown {
  const r = readYaml(text);
  return r.data && 'value' in r.data ? r.data.value : 'PROBLEM';
}

const SCALARS = [
  '0755',
  '0o17',
  '0x1F',
  '1_000',
  '+12',
  '-0',
  '1e3',
  '1.5e+3',
  '.inf',
  '-.Inf',
  '+.inf',
  '.NaN',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'yes',
  'no',
  'on',
  'off',
  '~',
  'null',
  'Null',
  'NULL',
  '',
  '2026-01-01',
  '12:30',
  '1:30:00',
  '0b101',
  "'quoted'",
  '"a\\tb"',
  '!!str 12',
  '3.',
  '.5',
  '+.5',
  '0.',
  '00',
  '=',
  '1.0',
  '-1',
  '0x',
  '0o8',
  '1e',
  'e1',
  '12e03',
  '[1, 2]',
  '{a: 1}',
  '"\\u263a"',
  '>-\n  folded\n  text',
  '|\n  lit\n  eral',
  'cron(0 0 * * ? *)',
  '"0 0 * * *"',
];

describe('reading the manifest fast (js-yaml) gives the same data as the positional parser', () => {
  it.each(SCALARS)('k: %s', (scalar) => {
    const text = `k: ${scalar}\n`;
    const [a, b] = [fast(text), reference(text)];
    expect(a).toEqual(b);
    expect(typeof (a as { k?: unknown }).k).toBe(typeof (b as { k?: unknown }).k);
  });

  it('on the example manifest and a generated 1,000-job one', () => {
    for (const text of [readFileSync(join(ROOT, 'examples/ecs-batch.yml'), 'utf8'), generatedManifest(1000)])
      expect(fast(text)).toEqual(reference(text));
  });

  it('anchors, duplicate keys and syntax errors take the positional path, which says where', () => {
    const anchored = readYaml('a: &x 1\nb: *x\n');
    expect(anchored.data).toEqual({ value: { a: 1, b: 1 } });
    const duplicate = readYaml('a: 1\na: 2\n');
    expect(duplicate.problems).toEqual([
      { message: expect.stringMatching(/^duplicate key 'a'/), position: { line: 2, column: 1 } },
    ]);
    const broken = readYaml('a: [1, 2\n');
    expect(broken.problems[0]!.message).toMatch(/^YAML syntax/);
  });

  it('positions are found on demand, and agree with the positional parser', () => {
    const text = 'version: 1\njobs:\n  nightly:\n    schedule: "cron(0 0 * * ? *)"\n';
    const lazy = readYaml(text).source;
    expect(lazy.has(['jobs', 'nightly', 'schedule'])).toBe(true);
    expect(lazy.has(['jobs', 'nightly', 'command'])).toBe(false);
    expect(lazy.keyPosition(['jobs', 'nightly', 'schedule'])).toEqual({ line: 4, column: 5 });
    expect(lazy.positionInString(['jobs', 'nightly', 'schedule'], 5)).toEqual({ line: 4, column: 21 });
    expect(lazy.positionInString(['jobs', 'nightly', 'schedule'], 5)).toEqual(
      parseYaml(text).source.positionInString(['jobs', 'nightly', 'schedule'], 5),
    );
  });
});

describe('nesting limit on the fast read', () => {
  const nested = (levels: number, leaf: string, style: 'flow' | 'block' | 'seq') => {
    if (style === 'flow') return `${'{a: '.repeat(levels - 1)}${leaf}${'}'.repeat(levels - 1)}\n`;
    if (style === 'seq') return `a: ${'['.repeat(levels - 1)}${leaf}${']'.repeat(levels - 1)}\n`;
    return `${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} ${leaf}\n`;
  };
  it.each([30, 31, 32, 33, 34])('refuses exactly what the positional parser refuses, at %i levels', (levels) => {
    for (const style of ['flow', 'block', 'seq'] as const) {
      for (const leaf of ['1', '{}', '[]', '{ }', '[ # nothing\n ]']) {
        if (style === 'block' && leaf.includes('#')) continue;
        const text = nested(levels, leaf, style);
        const positional = parseYaml(text).problems.map((p) => p.message);
        const fast = readYaml(text).problems.map((p) => p.message);
        expect({ text, fast }).toEqual({ text, fast: positional });
      }
    }
  });
});
