/** A place in the manifest's text (1-based). */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds where a path of plain keys is written in block-style YAML by reading lines, without a
 * second parse: a warning about one of 1,000 jobs should not cost a parse that keeps every position
 * (several times the fast read). At each level the key lines found must be exactly the data's
 * keys, in order, or the answer is "don't know" (undefined) and the caller parses: quoted or
 * numeric keys, flow collections, sequences on the path, tags, anchors and multi-line keys all end
 * up there. A test compares the answers with the positional parser's on the shapes manifests take.
 */
export class BlockKeyLocator {
  private readonly text: string;
  private readonly data: unknown;
  private lineStarts: number[] | undefined;

  constructor(text: string, data: unknown) {
    this.text = text;
    this.data = data;
  }

  keyPosition(path: readonly (string | number)[]): Position | undefined {
    if (path.length === 0) return this.valuePosition(path);
    const found = this.find(path);
    return found && { line: found.keyLine + 1, column: found.indent + 1 };
  }

  valuePosition(path: readonly (string | number)[]): Position | undefined {
    const found = this.find(path);
    if (!found) return undefined;
    const { value, keyLine, end, opaque } = found;
    if (opaque) return undefined;
    if (value) return value;
    // The value starts on a later line: the first line with content in the block below the key.
    for (let line = keyLine + 1; line < end; line++) {
      const text = this.line(line);
      if (!text) return undefined;
      if (text.rest !== '' && !text.rest.startsWith('#'))
        return /^[!&*|>]/.test(text.rest) ? undefined : { line: line + 1, column: text.indent + 1 };
    }
    return undefined;
  }

  /** The key's line, its indentation, the value when it is on the key's line, and where its block ends. */
  private find(path: readonly (string | number)[]): Found | undefined {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let node = this.data;
    let from = 0;
    let to = starts.length;
    let found: Found | undefined;
    for (const segment of path) {
      if (typeof segment !== 'string' || node === null || typeof node !== 'object' || Array.isArray(node))
        return undefined;
      if (found?.value || found?.opaque) return undefined; // a flow collection, a tag or a block scalar
      const block = this.mapping(from, to, node);
      const index = block?.index.get(segment);
      if (!block || index === undefined) return undefined;
      const { keys } = block;
      const key = keys[index]!;
      const end = index + 1 < keys.length ? keys[index + 1]!.line : to;
      found = {
        keyLine: key.line,
        indent: key.indent,
        end,
        opaque: key.opaque,
        ...(key.valueColumn !== undefined ? { value: { line: key.line + 1, column: key.valueColumn + 1 } } : {}),
      };
      node = (node as Record<string, unknown>)[segment];
      [from, to] = [key.line + 1, end];
    }
    return found;
  }

  /**
   * The block mapping in lines [from, to) that holds `node`: its key lines, checked to be exactly
   * the node's keys in order, and each key's place; undefined when the lines are not only that.
   * Many diagnostics point into the same mappings (every burst warning at `jobs`): each is read once.
   */
  private mapping(from: number, to: number, node: object): { keys: KeyLine[]; index: Map<string, number> } | undefined {
    const id = `${from}:${to}`;
    if (this.blocks.has(id)) return this.blocks.get(id);
    const keys = this.keyLines(from, to);
    const names = Object.keys(node);
    const block =
      keys && keys.length === names.length && keys.every((k, i) => k.key === names[i])
        ? { keys, index: new Map(keys.map((k, i) => [k.key, i])) }
        : undefined;
    this.blocks.set(id, block);
    return block;
  }

  private readonly blocks = new Map<string, { keys: KeyLine[]; index: Map<string, number> } | undefined>();

  /** The plain `key:` lines of the block mapping in lines [from, to), or undefined when the block is not only those. */
  private keyLines(from: number, to: number): KeyLine[] | undefined {
    const keys: KeyLine[] = [];
    let indent = -1;
    for (let line = from; line < to; line++) {
      const text = this.line(line);
      if (!text) return undefined;
      const { indent: at, rest } = text;
      if (rest === '' || rest.startsWith('#')) continue;
      if (indent < 0) indent = at;
      if (at > indent) continue;
      if (at < indent) return undefined;
      // A block sequence may sit at its key's indentation (`key:` then `- item` lines): part of that value.
      const last = keys[keys.length - 1];
      if (/^-(?: |$)/.test(rest) && last && last.valueColumn === undefined && !last.opaque) continue;
      const m = KEY_LINE.exec(rest);
      if (!m) return undefined;
      const after = rest.slice(m[0].length).trimStart();
      const valueColumn = after === '' || after.startsWith('#') ? undefined : at + rest.length - after.length;
      // Where a tagged value or a block scalar starts is the parser's to say.
      const opaque = /^[!&*|>]/.test(after);
      keys.push({
        key: m[1]!,
        line,
        indent: at,
        opaque,
        ...(valueColumn !== undefined && !opaque ? { valueColumn } : {}),
      });
    }
    return keys;
  }

  /** A line's indentation and content, or undefined for a tab in the indentation (the parser's to judge). */
  private line(index: number): { indent: number; rest: string } | undefined {
    const starts = this.lineStarts!;
    const start = starts[index]!;
    const end = index + 1 < starts.length ? starts[index + 1]! - 1 : this.text.length;
    const raw = this.text.slice(start, end).replace(/\r$/, '');
    const rest = raw.trimStart();
    if (/^ *\t/.test(raw) && rest !== '') return undefined;
    return { indent: raw.length - rest.length, rest: rest.trimEnd() };
  }
}

interface KeyLine {
  key: string;
  line: number;
  indent: number;
  /** Column (0-based) of a value on the key's line. */
  valueColumn?: number;
  /** The value is a tagged value or a block scalar. */
  opaque: boolean;
}

interface Found {
  keyLine: number;
  indent: number;
  value?: Position;
  opaque: boolean;
  /** The line after the value's block. */
  end: number;
}

/** A plain key that reads the same in the text and the data, then `:` and a space or the line's end. */
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.\-/]*)[ ]*:(?=[ ]|$)/;

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
