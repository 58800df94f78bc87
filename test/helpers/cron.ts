/** fast-check generators of well-formed AWS cron expressions (what the validator must accept). */
import fc from 'fast-check';

export const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
export const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** One field: `*`, a value, a range, steps (`a/s`, `a-b/s`, `*\/s`), a list, names and name ranges. */
export const awsField = (min: number, max: number, names: readonly string[] = []) =>
  fc.oneof(
    fc.constant('*'),
    fc.integer({ min, max }).map(String),
    fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}`),
    fc.tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: max - min })).map(([a, s]) => `${a}/${s}`),
    fc
      .tuple(fc.integer({ min, max }), fc.integer({ min, max }), fc.integer({ min: 1, max: max - min }))
      .map(([a, b, s]) => `${Math.min(a, b)}-${Math.max(a, b)}/${s}`),
    fc.integer({ min: 1, max: max - min }).map((s) => `*/${s}`),
    fc.array(fc.integer({ min, max }), { minLength: 2, maxLength: 4 }).map((xs) => xs.join(',')),
    ...(names.length
      ? [
          fc.constantFrom(...names),
          fc
            .tuple(fc.constantFrom(...names), fc.constantFrom(...names))
            .map(([a, b]) => (names.indexOf(a) <= names.indexOf(b) ? `${a}-${b}` : `${b}-${a}`)),
        ]
      : []),
  );

/** Day-of-month and day-of-week: one of them '?', with L, nW, nL and n#k. */
export const awsDays = fc.oneof(
  awsField(1, 31).map((dom) => [dom, '?'] as const),
  fc
    .oneof(
      fc.constant('L'),
      fc.integer({ min: 1, max: 31 }).map((n) => `${n}W`),
    )
    .map((dom) => [dom, '?'] as const),
  fc
    .oneof(
      awsField(1, 7, DAY_NAMES).filter((f) => !f.includes('/')),
      fc.constant('L'),
    )
    .map((dow) => ['?', dow] as const),
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 1, max: 7 }).map(String), fc.constantFrom(...DAY_NAMES)),
      fc.constantFrom('L', '#1', '#2', '#3', '#4', '#5'),
    )
    .map(([d, s]) => ['?', `${d}${s}`] as const),
);

/** The body of cron(...), with the given year field. */
export const awsCronBody = (years: fc.Arbitrary<string>) =>
  fc
    .tuple(awsField(0, 59), awsField(0, 23), awsDays, awsField(1, 12, MONTH_NAMES), years)
    .map(([m, h, [dom, dow], mon, y]) => `${m} ${h} ${dom} ${mon} ${dow} ${y}`);
