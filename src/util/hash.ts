/** Short, stable tags for names that must stay within AWS's limits. */
import { createHash } from 'node:crypto';

/** The first `length` hex digits of the value's SHA-256. */
export function shortHash(value: string, length: number): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}
