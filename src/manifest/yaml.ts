import { FAILSAFE_SCHEMA, Type, load as loadPlain, type LoadOptions } from 'js-yaml';
import { BlockKeyLocator, type Position } from './block-keys.ts';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
} from 'yaml';

export type { Position };

/** Where a path of the manifest is written, and whether it is. */
export interface ManifestSource {
  has(path: readonly (string | number)[]): boolean;
  valuePosition(path: readonly (string | number)[]): Position;
  keyPosition(path: readonly (string | number)[]): Position;
  positionInString(path: readonly (string | number)[], index: number): Position;
}

/** A parsed YAML document that can say where any path of it is in the file. */
export class SourceMap implements ManifestSource {
  readonly document: Document;
  private readonly lines: LineCounter;

  constructor(document: Document, lines: LineCounter) {
    this.document = document;
    this.lines = lines;
  }

  position(offset: number): Position {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /** Each mapping's pairs by key, built once per mapping: looking up a path stays linear in the file. */
  private readonly pairs = new WeakMap<object, Map<string, Pair>>();

  private pairOf(map: YAMLMap, key: string): Pair | undefined {
    let index = this.pairs.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items)
        if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p as Pair);
      this.pairs.set(map, index);
    }
    return index.get(key);
  }

  /** The node at a path, or the deepest existing ancestor when the path does not exist. */
  private nodeAt(path: readonly (string | number)[]): { node: Node | null; keyNode: Node | null; found: boolean } {
    let node: Node | null = this.document.contents as Node | null;
    let keyNode: Node | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = this.pairOf(node, String(segment));
        if (!pair) return { node, keyNode, found: false };
        keyNode = pair.key as Node;
        node = (pair.value as Node | null) ?? keyNode;
      } else if (isSeq(node) && /^\d+$/.test(String(segment)) && node.items[Number(segment)]) {
        keyNode = null;
        node = node.items[Number(segment)] as Node;
      } else {
        return { node, keyNode, found: false };
      }
    }
    return { node, keyNode, found: true };
  }

  has(path: readonly (string | number)[]): boolean {
    return this.nodeAt(path).found;
  }

  /** Where the value at `path` starts (or its nearest existing ancestor). */
  valuePosition(path: readonly (string | number)[]): Position {
    const { node } = this.nodeAt(path);
    return this.position(node?.range?.[0] ?? 0);
  }

  /** Where the key of `path` is written (falls back to the value). */
  keyPosition(path: readonly (string | number)[]): Position {
    const { node, keyNode } = this.nodeAt(path);
    return this.position((keyNode ?? node)?.range?.[0] ?? 0);
  }

  /**
   * Position of a character inside a scalar string value, for errors that point into a value
   * (a cron field). Quoted scalars start one character after their quote; when the scalar spans
   * lines or uses escapes, the start of the value is the best we can do.
   */
  positionInString(path: readonly (string | number)[], index: number): Position {
    const { node } = this.nodeAt(path);
    if (!isScalar(node) || !node.range) return this.valuePosition(path);
    const start = node.range[0];
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const source = String(node.source ?? node.value);
    if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL' || (quoted && /[\\']/.test(source))) {
      return this.position(start);
    }
    const begin = this.position(start + (quoted ? 1 : 0));
    const end = this.position(start + (quoted ? 1 : 0) + index);
    return end.line === begin.line ? end : begin;
  }
}

/** Deeper than this, a manifest is not a manifest: refused before anything walks it recursively. */
export const MAX_NESTING = 32;
/** Aliases the document may expand (YAML anchors are fine; an alias bomb is not). */
export const MAX_ALIAS_COUNT = 100;

export interface YamlProblem {
  message: string;
  position: Position;
}

/** Parses YAML keeping positions. Duplicate keys are errors (the YAML spec forbids them). */
export function parseYaml(text: string): { source: SourceMap; problems: YamlProblem[] } {
  const lines = new LineCounter();
  // The parser's own duplicate-key check compares every key with every other (quadratic): ours is linear.
  const document = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const source = new SourceMap(document, lines);
  const problems: YamlProblem[] = [];
  // After the first syntax error the parser's further complaints are mostly cascades of it.
  const firstSyntax = document.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  for (const error of [...document.errors.filter((e) => e === firstSyntax), ...duplicateKeys(document)]) {
    const key = /^[^:\n]*/.exec(text.slice(error.pos[0]))![0].trim();
    // A crontab line pasted unquoted (`*/15 8-18 * * 1-5`) fails in several ways; the line says what it was.
    const syntax = error.code !== 'DUPLICATE_KEY';
    const unquoted = syntax ? unquotedStar(text, error.pos[0]) : undefined;
    const colon = syntax && !unquoted ? unquotedColon(text, error.pos[0]) : undefined;
    const position = source.position(unquoted?.offset ?? colon?.offset ?? error.pos[0]);
    const message =
      error.code === 'DUPLICATE_KEY'
        ? `duplicate key '${key}': it appears twice in the same mapping; keep one`
        : unquoted
          ? `a value that starts with * is read as a YAML alias: quote it, e.g. ${unquoted.key}: "${unquoted.value}"`
          : colon
            ? `a value with ': ' inside or ':' at its end (a Secrets Manager ARN with a JSON key, say) is read as ` +
              `a mapping: quote it, e.g. ${colon.key}: "${colon.value}"`
            : /call stack/i.test(error.message)
              ? `nesting deeper than ${MAX_NESTING} levels: a manifest is never this deep; check the indentation and brackets here`
              : `YAML syntax: ${firstLine(error.message)}`;
    problems.push({ message, position });
  }
  if (problems.length === 0) {
    const tooDeep = deepestNode(document);
    if (tooDeep)
      problems.push({
        message: `nesting deeper than ${MAX_NESTING} levels: a manifest is never this deep; check the indentation and brackets here`,
        position: source.position(tooDeep.range?.[0] ?? 0),
      });
  }
  return { source, problems };
}

/** A mapping's second (third...) use of a key, as the parser would report it: one pass, a set per mapping. */
function duplicateKeys(document: Document): { code: 'DUPLICATE_KEY'; message: string; pos: [number, number] }[] {
  const found: { code: 'DUPLICATE_KEY'; message: string; pos: [number, number] }[] = [];
  visit(document, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key))
          found.push({
            code: 'DUPLICATE_KEY',
            message: 'Map keys must be unique',
            pos: [pair.key.range?.[0] ?? 0, pair.key.range?.[1] ?? 0],
          });
        seen.add(key);
      }
    },
  });
  return found;
}

/** The first node nested deeper than MAX_NESTING (a walk with its own stack, so no recursion limit is hit). */
function deepestNode(document: Document): Node | undefined {
  const stack: [unknown, number][] = [[document.contents, 1]];
  while (stack.length) {
    const [node, level] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (level > MAX_NESTING) return node as Node;
    for (const item of node.items) stack.push([isPair(item) ? item.value : item, level + 1]);
  }
  return undefined;
}

/**
 * The document as plain data, or where and why it cannot be: an alias bomb (anchors expanded
 * past MAX_ALIAS_COUNT) becomes a positioned problem, not an exception.
 */
export function documentValue(source: SourceMap): { value: unknown } | { problem: YamlProblem } {
  try {
    return { value: source.document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown };
  } catch (error) {
    let alias: Node | undefined;
    visit(source.document, {
      Alias(_key, node) {
        alias = node as unknown as Node;
        return visit.BREAK;
      },
    });
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `YAML aliases expand to too much data (more than ${MAX_ALIAS_COUNT} alias uses); write the values out or use fewer anchors`
        : 'the YAML document cannot be read as data; simplify the anchors and aliases here';
    return { problem: { message, position: source.position(alias?.range?.[0] ?? 0) } };
  }
}

/** `key: *...` on the line of `offset` (a crontab line pasted unquoted), or undefined. */
function unquotedStar(text: string, offset: number): { key: string; value: string; offset: number } | undefined {
  return keyValueLine(text, offset, /^\s*(?:-\s+)?([\w.-]+):\s+(\*[^#]*?)\s*(?:#.*)?$/);
}

/** `key: value:` or `key: a: b` on the line of `offset` (a value that needs quotes for its colons), or undefined. */
function unquotedColon(text: string, offset: number): { key: string; value: string; offset: number } | undefined {
  return keyValueLine(text, offset, /^\s*(?:-\s+)?([\w.-]+):\s+([^\s"'{[|>#][^#]*?(?::\s|:$)[^#]*?)\s*(?:#.*)?$/);
}

function keyValueLine(
  text: string,
  offset: number,
  pattern: RegExp,
): { key: string; value: string; offset: number } | undefined {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  const end = text.indexOf('\n', offset);
  const line = text.slice(start, end < 0 ? undefined : end);
  const m = pattern.exec(line);
  return m
    ? { key: m[1]!, value: m[2]!.replace(/"/g, '\\"'), offset: start + line.indexOf(m[2]!, line.indexOf(':')) }
    : undefined;
}

function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?$/, '')
    .trim();
}

/**
 * The manifest's data with positions found only when asked: `has` reads the data; a key in plain
 * block mappings is found in the lines; any other position parses the text again with positions.
 */
class LazySourceMap implements ManifestSource {
  private map: SourceMap | undefined;
  private readonly text: string;
  private readonly value: unknown;
  private readonly lines: BlockKeyLocator;

  constructor(text: string, value: unknown) {
    this.text = text;
    this.value = value;
    this.lines = new BlockKeyLocator(text, value);
  }

  private positions(): SourceMap {
    return (this.map ??= parseYaml(this.text).source);
  }

  has(path: readonly (string | number)[]): boolean {
    let node = this.value;
    for (const segment of path) {
      if (Array.isArray(node) && /^\d+$/.test(String(segment)) && Number(segment) < node.length)
        node = node[Number(segment)];
      else if (
        node !== null &&
        typeof node === 'object' &&
        !Array.isArray(node) &&
        Object.prototype.hasOwnProperty.call(node, segment)
      )
        node = (node as Record<string, unknown>)[segment];
      else return false;
    }
    return true;
  }

  valuePosition(path: readonly (string | number)[]): Position {
    return (!this.map && this.lines.valuePosition(path)) || this.positions().valuePosition(path);
  }

  keyPosition(path: readonly (string | number)[]): Position {
    return (!this.map && this.lines.keyPosition(path)) || this.positions().keyPosition(path);
  }

  positionInString(path: readonly (string | number)[], index: number): Position {
    return this.positions().positionInString(path, index);
  }
}

/**
 * YAML 1.2's core schema exactly as the positional parser reads it. js-yaml's own core schema keeps
 * two YAML 1.1 readings (`0b101` is 5, and `+.5` is a string), so the scalar types are written out.
 */
/** How every int and float starts (checked first: most scalars are words). */
const NUMERIC_START = /^[-+.0-9]/;

const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (data: string | null) => data === null || (data.length <= 4 && /^(?:~|null|Null|NULL|)$/.test(data)),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (data: string | null) =>
        data !== null &&
        (data.length === 4 || data.length === 5) &&
        /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
      construct: (data: string) => /^t/i.test(data),
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (data: string | null) =>
        data !== null && NUMERIC_START.test(data) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
      construct: (data: string) =>
        data.startsWith('0o')
          ? parseInt(data.slice(2), 8)
          : data.startsWith('0x')
            ? parseInt(data.slice(2), 16)
            : Number(data),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (data: string | null) =>
        data !== null &&
        NUMERIC_START.test(data) &&
        /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(
          data,
        ),
      construct: (data: string) =>
        /inf/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(data) ? NaN : Number(data),
    }),
  ],
});

/** js-yaml 4.3's options (its types do not list maxDepth yet). */
const FAST_READ: LoadOptions & { maxDepth: number } = { schema: CORE_1_2, maxDepth: MAX_NESTING + 1 };

/** `{}` or `[]`, maybe with spaces or comments inside (or text that looks like one: then the data is walked for nothing). */
const EMPTY_COLLECTION = /[[{]\s*(?:#[^\n]*\n\s*)*[\]}]/;

/** How deeply a plain value nests, up to one past MAX_NESTING (so the recursion stays shallow). */
function depthOf(value: unknown, level = 1): number {
  if (value === null || typeof value !== 'object') return 0;
  if (level > MAX_NESTING) return level;
  let deepest = level;
  if (Array.isArray(value)) {
    for (const child of value) deepest = Math.max(deepest, depthOf(child, level + 1));
  } else {
    for (const key in value) deepest = Math.max(deepest, depthOf((value as Record<string, unknown>)[key], level + 1));
  }
  return deepest;
}

export interface ReadYaml {
  source: ManifestSource;
  problems: YamlProblem[];
  /** The data (when there is no problem), or why it cannot be read. */
  data?: { value: unknown } | { problem: YamlProblem };
}

/**
 * The manifest's YAML, read fast when it can be: a document without anchors (no `&` anywhere, so no
 * alias can expand) is read by js-yaml's core schema, several times faster than a parser that
 * keeps every position (`npm run bench`); positions are then computed only for a diagnostic. What
 * js-yaml refuses (a syntax error, a duplicate key, several documents) or what nests too deep goes
 * the positional way, which says where. Both read YAML 1.2's core schema (CORE_1_2), so the data is the same.
 */
export function readYaml(text: string): ReadYaml {
  if (!text.includes('&')) {
    try {
      // js-yaml counts scalars as a level too, so one more than ours refuses what nests deeper than
      // MAX_NESTING, except where the deepest things are empty collections: only then is it walked.
      const value = loadPlain(text, FAST_READ) ?? null;
      if (!EMPTY_COLLECTION.test(text) || depthOf(value) <= MAX_NESTING)
        return { source: new LazySourceMap(text, value), problems: [], data: { value } };
    } catch {
      // The positional parser reports it, with its line and column.
    }
  }
  const { source, problems } = parseYaml(text);
  return { source, problems, ...(problems.length ? {} : { data: documentValue(source) }) };
}
