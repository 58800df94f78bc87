/** Files a person can read: no source file of src/ over 500 lines, no line over 140 columns (generated files aside). */
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return typescriptFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.generated.ts') ? [path] : [];
  });
}

const files = ['src', 'test', 'scripts', 'bench'].flatMap((d) => typescriptFiles(join(ROOT, d)));

describe('source files', () => {
  test('are found', () => {
    expect(files.filter((f) => f.includes('/src/')).length).toBeGreaterThan(50);
  });

  test('of src/ have at most 500 lines', () => {
    const long = files
      .filter((f) => relative(ROOT, f).startsWith('src/'))
      .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 500);
    expect(long).toEqual([]);
  });

  test('have no line over 140 columns', () => {
    const wide = files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (line.length > 140 ? [`${relative(ROOT, f)}:${i + 1}`] : [])),
    );
    expect(wide).toEqual([]);
  });
});
