/**
 * The layer rule, read from the import graph of src/ (type-only imports included): each folder imports only the
 * folders before it in LAYERS, commands do not import each other, and there is no import cycle anywhere.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '../../../src');

/** Bottom first. Folders on one row are one layer and may not import each other (the commands). */
export const LAYERS: readonly (readonly string[])[] = [
  ['util'],
  ['aws'],
  ['schedule'],
  ['manifest'],
  ['taskdef'],
  ['targets'],
  ['load'],
  ['stepfunctions'],
  ['model'],
  ['resources'],
  ['plan'],
  ['apply'],
  ['release', 'run', 'status', 'import', 'policy'],
  ['report'],
  ['cli', 'actions'],
];

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import and re-export of every file, static or dynamic, type-only or not. */
function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const add = (specifier: string) => {
      if (specifier.startsWith('.') && specifier.endsWith('.ts'))
        edges.push({ from: relative(SRC, file), to: relative(SRC, resolve(dirname(file), specifier)) });
    };
    const visit = (node: ts.Node) => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
        if (ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text);
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg && ts.isStringLiteral(arg)) add(arg.text);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
        const literal = node.argument.literal;
        if (ts.isStringLiteral(literal)) add(literal.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}

/** A file's folder (its layer's name); a file at the top of src/ is an entry (cli.ts) and counts as `cli`. */
function folderOf(path: string): string {
  const parts = path.split('/');
  return parts.length > 1 ? parts[0]! : 'cli';
}

function layerOf(folder: string): number {
  return LAYERS.findIndex((row) => row.includes(folder));
}

/** Strongly connected components of more than one file (Tarjan). */
export function cycles(nodes: readonly string[], edges: readonly Edge[]): string[][] {
  const next = new Map(nodes.map((n) => [n, [] as string[]]));
  for (const e of edges) next.get(e.from)?.push(e.to);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next.get(v)?.includes(v)) found.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) connect(n);
  return found;
}

describe('the import graph of src/', () => {
  const edges = importGraph();
  const files = sourceFiles(SRC).map((f) => relative(SRC, f));

  test('is read (the rule is checked against real imports)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(edges.length).toBeGreaterThan(files.length);
    expect(edges.every((e) => files.includes(e.to))).toBe(true);
  });

  test('every folder of src/ has a layer', () => {
    expect([...new Set(files.map(folderOf))].filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  test('imports only go down (and commands do not import each other)', () => {
    const upward = edges
      .filter((e) => folderOf(e.from) !== folderOf(e.to))
      .filter((e) => layerOf(folderOf(e.to)) >= layerOf(folderOf(e.from)))
      .map((e) => `${e.from} -> ${e.to}`);
    expect(upward).toEqual([]);
  });

  test('has no cycle, type-only imports included', () => {
    expect(cycles(files, edges)).toEqual([]);
  });
});

describe('the cycle finder', () => {
  test('finds a cycle of two and one of three, and none in a chain', () => {
    const e = (from: string, to: string) => ({ from, to });
    expect(cycles(['a', 'b', 'c'], [e('a', 'b'), e('b', 'c')])).toEqual([]);
    expect(cycles(['a', 'b'], [e('a', 'b'), e('b', 'a')])).toEqual([['a', 'b']]);
    expect(cycles(['a', 'b', 'c', 'd'], [e('a', 'b'), e('b', 'c'), e('c', 'a'), e('c', 'd')])).toEqual([
      ['a', 'b', 'c'],
    ]);
  });
});
