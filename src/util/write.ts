/**
 * Writing files a user names, without following a symlink an attacker (a repository's contents) may have planted: a
 * symlinked directory on the way, or a symlink where the file goes, is refused.
 */
import { existsSync, lstatSync, mkdirSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export class UnsafePathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafePathError';
  }
}

/** The directories of `path` that exist, from `root` (the working directory) down: none may be a symlink. */
function refuseSymlinkedDirectories(path: string, root = process.cwd()): void {
  const target = resolve(path);
  const fromRoot = relative(root, dirname(target));
  if (fromRoot.startsWith('..') || isAbsolute(fromRoot)) return;
  let dir = root;
  for (const part of fromRoot.split(sep).filter(Boolean)) {
    dir = join(dir, part);
    if (!existsSync(dir) && !isSymlink(dir)) return;
    if (isSymlink(dir)) throw new UnsafePathError(`${relative(root, dir)} is a symbolic link: not written through it`);
  }
}

export function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes a file that must not exist yet ('exists' when it does: never overwritten, never followed). */
export function writeNewFile(path: string, text: string): 'written' | 'exists' {
  refuseSymlinkedDirectories(path);
  if (existsSync(path) || isSymlink(path)) return 'exists';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, { flag: 'wx' });
  return 'written';
}

/** Replaces a file's content atomically (a temporary file, then rename), refusing a symlink in its place. */
export function replaceFile(path: string, text: string): void {
  if (isSymlink(path)) throw new UnsafePathError(`${path} is a symbolic link: not written through it`);
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  writeFileSync(temporary, text, { flag: 'wx' });
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The repository a file is in: the nearest folder above it that holds `.git`, else the file's own folder. */
export function repositoryRoot(file: string): string {
  const start = dirname(resolve(file));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/** Whether `path`, with every symlink resolved, is inside `root` (also resolved). */
export function isInside(path: string, root: string): boolean {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return true; // a missing file is reported as missing, where it was meant to be
  }
  const base = realpathSync(root);
  return real === base || real.startsWith(base.endsWith(sep) ? base : `${base}${sep}`);
}
