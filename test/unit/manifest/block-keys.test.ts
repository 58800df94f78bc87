import { describe, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { generatedManifest } from '../../../bench/manifests.ts';
import { BlockKeyLocator } from '../../../src/manifest/block-keys.ts';
import { parseYaml, readYaml } from '../../../src/manifest/yaml.ts';

type Path = (string | number)[];

/** Every path in the data, and one missing key under each mapping. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : [['no-such-key', undefined], ...Object.entries(value)];
  for (const [key, child] of entries) {
    out.push([...path, key]);
    pathsOf(child, [...path, key], out);
  }
  return out;
}

/** Compares the locator with the positional parser on every path; returns how many it answered. */
function compare(text: string): { answered: number; total: number } {
  const data = load(text);
  const lines = new BlockKeyLocator(text, data);
  const parsed = parseYaml(text).source;
  let answered = 0;
  const paths = pathsOf(data);
  for (const path of paths) {
    const key = lines.keyPosition(path);
    const value = lines.valuePosition(path);
    if (key) expect({ path, key }).toEqual({ path, key: parsed.keyPosition(path) });
    if (value) expect({ path, value }).toEqual({ path, value: parsed.valuePosition(path) });
    if (key && value) answered++;
  }
  return { answered, total: paths.length };
}

const TRICKY = `# a comment before anything
version: 1
project: "quoted value"
cluster:   spaced-out   # trailing comment

image:
  repository: batch
  # a comment inside
  context: .
defaults:
  command: [php, artisan]
  environment: { A: "1", B: two }
  description: >
    folded text
    over lines
  secrets:
    TOKEN: arn:aws:secretsmanager:eu-west-1:123456789012:secret:token
  tags: !!map { team: data }
jobs:
  first:
    schedule: cron(0 9 * * ? *)
    command:
      - php
      - artisan
  second:
    schedule: "0 5 * * *"
    description: |
      line one
      line two
    command:
    - compact
    - sequence
  with.dots/and-slashes_:
    schedule: rate(5 minutes)
  "quoted-key":
    schedule: rate(1 hour)
  123:
    schedule: rate(2 hours)
  multi:
    description: a plain scalar
      that goes on
    schedule: rate(3 hours)
extra:
  nothing:
  empty: ""
  none: []
  spaced   : 1
  quoted: 'single'   # comment
  nested:

    # a comment line, then a blank one above
    deep: { a: 1 }
  seq:
  - a
  - b: c
`;

describe('finding keys in the lines', () => {
  it('agrees with the positional parser wherever it answers, on the example manifest', () => {
    const { answered, total } = compare(
      readFileSync(new URL('../../../examples/ecs-batch.yml', import.meta.url), 'utf8'),
    );
    expect(answered).toBeGreaterThan(total / 2);
  });

  it('answers every job key of a generated manifest, as the parser would', () => {
    const text = generatedManifest(60);
    const { answered } = compare(text);
    const data = load(text) as { jobs: Record<string, Record<string, unknown>> };
    const lines = new BlockKeyLocator(text, data);
    for (const [name, job] of Object.entries(data.jobs))
      for (const key of Object.keys(job)) expect(lines.keyPosition(['jobs', name, key])).toBeDefined();
    expect(lines.keyPosition(['jobs'])).toEqual({ line: 14, column: 1 });
    expect(answered).toBeGreaterThan(300);
  });

  it('agrees with the parser, or does not answer, on comments, flow values, block scalars, tags, quoted and numeric keys', () => {
    const { answered } = compare(TRICKY);
    expect(answered).toBeGreaterThan(5);
    const lines = new BlockKeyLocator(TRICKY, load(TRICKY));
    // A level with a quoted or numeric key is not answered from the lines (its keys cannot be matched to the data).
    expect(lines.keyPosition(['jobs', 'first'])).toBeUndefined();
    expect(lines.keyPosition(['defaults', 'description'])).toEqual({ line: 13, column: 3 });
    expect(lines.valuePosition(['defaults', 'description'])).toBeUndefined();
    expect(lines.valuePosition(['defaults', 'environment'])).toEqual({ line: 12, column: 16 });
    expect(lines.valuePosition(['cluster'])).toEqual({ line: 4, column: 12 });
    // Blank and comment lines, a key spaced from its colon, a quoted value, a sequence at the key's indentation.
    const parsed = parseYaml(TRICKY).source;
    for (const path of [
      ['extra', 'spaced'],
      ['extra', 'quoted'],
      ['extra', 'nested', 'deep'],
      ['extra', 'seq'],
      ['extra', 'none'],
    ]) {
      expect(lines.keyPosition(path)).toEqual(parsed.keyPosition(path));
      expect(lines.valuePosition(path)).toEqual(parsed.valuePosition(path));
    }
  });

  it('does not answer for a document marker, and reads CRLF lines', () => {
    for (const text of ['---\na: 1\n', 'a: 1\r\nb:\r\n  c: 2\r\n', '%YAML 1.2\n---\na:\n  b: 1\n...\n']) {
      const data = load(text);
      const lines = new BlockKeyLocator(text, data);
      for (const path of pathsOf(data)) {
        const key = lines.keyPosition(path);
        if (key) expect(key).toEqual(parseYaml(text).source.keyPosition(path));
      }
    }
    expect(new BlockKeyLocator('---\na: 1\n', { a: 1 }).keyPosition(['a'])).toBeUndefined();
    expect(new BlockKeyLocator('a: 1\r\nb:\r\n  c: 2\r\n', { a: 1, b: { c: 2 } }).keyPosition(['b', 'c'])).toEqual({
      line: 3,
      column: 3,
    });
  });

  it('a warning on a 1,000-job manifest is placed without the positional parse', () => {
    const text = generatedManifest(1000);
    const read = readYaml(text);
    const parse = jest.spyOn(read.source as unknown as { positions: () => unknown }, 'positions');
    expect(read.source.keyPosition(['jobs', 'job-0500', 'schedule'])).toEqual(
      parseYaml(text).source.keyPosition(['jobs', 'job-0500', 'schedule']),
    );
    expect(parse).not.toHaveBeenCalled();
  });
});
