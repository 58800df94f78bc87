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

/** Past this many distinct names (log groups), a policy may name them by a pattern, if one stays within the project. */
export const MAX_LISTED_NAMES = 8;

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * Distinct names; past MAX_LISTED_NAMES, one wildcard on their common prefix, but only when `ownsPattern` says that
 * prefix can match nothing outside the project. Otherwise every name is listed: never a pattern wider than the project.
 */
export function namesOrPattern(
  values: readonly (string | undefined)[],
  ownsPattern: (prefix: string) => boolean,
): string[] {
  const distinct = [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  if (distinct.length <= MAX_LISTED_NAMES) return distinct;
  const prefix = commonPrefix(distinct);
  return ownsPattern(prefix) ? [`${prefix}*`] : distinct;
}

/** iam:PassRole for exactly these roles (by ARN, never a pattern), to one service only. */
export function passRole(Sid: string, roles: readonly (string | undefined)[], service: string): Statement[] {
  const distinct = [...new Set(roles.filter((r): r is string => Boolean(r)))].sort();
  return allow(Sid, ['iam:PassRole'], distinct, { StringEquals: { 'iam:PassedToService': service } });
}

/** AWS's limit on one customer managed policy, counted without white space. */
export const MANAGED_POLICY_MAX_CHARS = 6144;
/** Managed policies one role may have attached (AWS's default quota; it can be raised to 20). */
export const MANAGED_POLICIES_PER_ROLE = 10;

export function policySize(doc: PolicyDocument): number {
  return JSON.stringify(doc).length;
}

/**
 * One policy when it fits AWS's managed-policy limit, else several (statements with long resource lists cut into
 * parts), each within the limit: what the roles need is never widened to fit.
 */
export function splitPolicy(doc: PolicyDocument, max = MANAGED_POLICY_MAX_CHARS): PolicyDocument[] {
  if (policySize(doc) <= max) return [doc];
  const empty = policySize({ Version: doc.Version, Statement: [] });
  const pieces: Statement[] = [];
  for (const s of doc.Statement) {
    if (policySize({ Version: doc.Version, Statement: [s] }) <= max) {
      pieces.push(s);
      continue;
    }
    let part: string[] = [];
    let parts = 0;
    const flush = () => {
      parts += 1;
      pieces.push({ ...s, Sid: `${s.Sid}Part${parts}`, Resource: part });
      part = [];
    };
    for (const r of s.Resource) {
      const trial = { ...s, Sid: `${s.Sid}Part${parts + 1}`, Resource: [...part, r] };
      if (part.length && policySize({ Version: doc.Version, Statement: [trial] }) > max) flush();
      part.push(r);
    }
    if (part.length) flush();
  }
  const docs: PolicyDocument[] = [];
  let current: Statement[] = [];
  let size = empty;
  for (const s of pieces) {
    const cost = JSON.stringify(s).length + 1;
    if (current.length && size + cost > max) {
      docs.push({ Version: doc.Version, Statement: current });
      current = [];
      size = empty;
    }
    current.push(s);
    size += cost;
  }
  if (current.length) docs.push({ Version: doc.Version, Statement: current });
  return docs;
}

const serviceOfArn = (arn: string): string => arn.split(':')[2] ?? arn;
const servicesOf = (s: Statement): Set<string> =>
  new Set([...s.Action.map((a) => a.split(':')[0]!), ...s.Resource.map(serviceOfArn)]);
const resourcesOf = (s: Statement, service: string): string[] =>
  s.Resource.filter((r) => serviceOfArn(r) === service).sort();

/**
 * Statements merged by Sid (first place kept): the kinds that share a Sid add their actions (and resources) to one
 * statement. Statements of one Sid must agree on conditions; with different resources, they must be of different
 * services, so an action still only reaches its own service's resources (an ARN matches no other service's pattern).
 */
export function mergeStatements(statements: readonly Statement[]): Statement[] {
  const bySid = new Map<string, Statement>();
  for (const s of statements) {
    const found = bySid.get(s.Sid);
    if (!found) {
      bySid.set(s.Sid, { ...s, Action: [...s.Action], Resource: [...s.Resource] });
      continue;
    }
    if (JSON.stringify(found.Condition) !== JSON.stringify(s.Condition))
      throw new Error(`internal: two statements ${s.Sid} with different conditions`);
    if (JSON.stringify(found.Resource) !== JSON.stringify(s.Resource)) {
      // Of each service both name, both must grant the same resources.
      for (const service of servicesOf(s))
        if (
          servicesOf(found).has(service) &&
          JSON.stringify(resourcesOf(found, service)) !== JSON.stringify(resourcesOf(s, service))
        )
          throw new Error(`internal: two statements ${s.Sid} of one service with different resources`);
      if (found.Resource.includes('*') || s.Resource.includes('*'))
        throw new Error(`internal: statement ${s.Sid} mixes "*" with scoped resources`);
      found.Resource = [...new Set([...found.Resource, ...s.Resource])];
    }
    found.Action = [...new Set([...found.Action, ...s.Action])].sort();
  }
  return [...bySid.values()];
}
