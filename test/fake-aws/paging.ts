import { AwsError } from './errors.ts';

/**
 * One page of a listing. The page size is the smallest of what the caller asked for, the API's
 * maximum and the emulator's cap (small by default, so every caller's pagination is exercised).
 */
export function paginate<T>(
  items: readonly T[],
  options: { token: unknown; requested: unknown; max: number; cap: number; tokenErrorCode?: string },
): { page: T[]; nextToken?: string } {
  let offset = 0;
  if (options.token !== undefined && options.token !== null && options.token !== '') {
    const m = /^fake-page-(\d+)$/.exec(String(options.token));
    if (!m)
      throw new AwsError(options.tokenErrorCode ?? 'ValidationException', 'The provided pagination token is invalid.');
    offset = Number(m[1]);
  }
  const requested =
    options.requested === undefined || options.requested === null ? options.max : Number(options.requested);
  if (!Number.isInteger(requested) || requested < 1 || requested > options.max) {
    throw new AwsError(
      options.tokenErrorCode ?? 'ValidationException',
      `maxResults must be between 1 and ${options.max}`,
    );
  }
  const size = Math.min(requested, options.cap);
  const page = items.slice(offset, offset + size);
  const next = offset + size;
  return next < items.length ? { page, nextToken: `fake-page-${next}` } : { page };
}
