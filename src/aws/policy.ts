/** IAM policy statements: their shape, and the helpers every kind of resource uses to declare what it needs. */

export interface Statement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}

/** One statement, or none when it would allow nothing (no action, or no resource). */
export function allow(
  Sid: string,
  Action: readonly string[],
  Resource: readonly string[],
  Condition?: Statement['Condition'],
): Statement[] {
  if (!Action.length || !Resource.length) return [];
  return [
    {
      Sid,
      Effect: 'Allow',
      Action: [...new Set(Action)].sort(),
      Resource: [...Resource],
      ...(Condition ? { Condition } : {}),
    },
  ];
}

/** Past this many distinct log groups or roles, a policy names them by their common prefix, so its size stays flat. */
export const MAX_LISTED_NAMES = 8;

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Distinct names, or (past MAX_LISTED_NAMES) one wildcard on their common prefix: size independent of the number of jobs. */
export function namesOrPattern(values: readonly (string | undefined)[]): string[] {
  const distinct = [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return distinct.length <= MAX_LISTED_NAMES ? distinct : [`${commonPrefix(distinct)}*`];
}

/** iam:PassRole for these roles, to one service only. */
export function passRole(Sid: string, roles: readonly (string | undefined)[], service: string): Statement[] {
  return allow(Sid, ['iam:PassRole'], namesOrPattern(roles), { StringEquals: { 'iam:PassedToService': service } });
}

/**
 * Statements merged by Sid (first place kept): the kinds that share a Sid (reads AWS does not scope) add their actions
 * to one statement. Statements of one Sid must agree on resources and conditions.
 */
export function mergeStatements(statements: readonly Statement[]): Statement[] {
  const bySid = new Map<string, Statement>();
  for (const s of statements) {
    const found = bySid.get(s.Sid);
    if (!found) {
      bySid.set(s.Sid, { ...s, Action: [...s.Action] });
      continue;
    }
    const same = JSON.stringify([found.Resource, found.Condition]) === JSON.stringify([s.Resource, s.Condition]);
    if (!same) throw new Error(`internal: two statements ${s.Sid} with different resources or conditions`);
    found.Action = [...new Set([...found.Action, ...s.Action])].sort();
  }
  return [...bySid.values()];
}
