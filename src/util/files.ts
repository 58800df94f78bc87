/** Reading files a user names: only regular files, only up to a size, never blocking on a FIFO. */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** A manifest of 5,000 jobs is well under 2 MiB. */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** ECS accepts task definitions up to 64 KiB; a base file four times that is not a task definition. */
export const MAX_TASK_DEFINITION_BYTES = 256 * 1024;
/** A workflow file read to check a rerun job list. */
export const MAX_WORKFLOW_BYTES = 1024 * 1024;

export class FileReadError extends Error {
  readonly code: 'ENOENT' | 'NOT_A_FILE' | 'TOO_LARGE' | 'UNREADABLE';

  constructor(code: FileReadError['code'], message: string) {
    super(message);
    this.name = 'FileReadError';
    this.code = code;
  }
}

/**
 * Reads a text file. Refuses anything but a regular file (a device like /dev/zero, a FIFO, a
 * directory) and anything larger than `maxBytes`, without reading it. O_NONBLOCK makes opening a
 * FIFO return at once instead of waiting for a writer.
 */
export function readBoundedTextFile(path: string, maxBytes: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FileReadError('ENOENT', 'no such file');
    throw new FileReadError(
      'UNREADABLE',
      code === 'EACCES' ? 'permission denied' : `cannot open it (${code ?? 'error'})`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile())
      throw new FileReadError(
        'NOT_A_FILE',
        stat.isDirectory()
          ? 'it is a directory, not a file'
          : 'it is not a regular file (a device, a pipe or a socket)',
      );
    if (stat.size > maxBytes)
      throw new FileReadError('TOO_LARGE', `it is ${stat.size} bytes; at most ${maxBytes} are read`);
    // Read at most one byte past the cap, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > maxBytes) throw new FileReadError('TOO_LARGE', `it is larger than ${maxBytes} bytes`);
      if (length === buffer.length) break;
    }
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Where a JSON.parse error is, as line and column, without any of the file's content (V8's
 * message may quote the text). Most messages give the position; "Unexpected token" ones do not,
 * and the shortest prefix that fails with such a message ends at the bad character (bisection).
 */
export function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } {
  const message = error instanceof Error ? error.message : '';
  const at = /at position (\d+)/.exec(message);
  if (at) return positionOf(text, Number(at[1]));
  const badToken = (k: number) => {
    try {
      JSON.parse(text.slice(0, k));
      return false;
    } catch (e) {
      return /^Unexpected token/.test((e as Error).message);
    }
  };
  let low = 1;
  let high = text.length;
  if (!badToken(high)) return positionOf(text, text.length);
  while (low < high) {
    const mid = (low + high) >> 1;
    if (badToken(mid)) high = mid;
    else low = mid + 1;
  }
  return positionOf(text, low - 1);
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
