/**
 * Whether a role's trust policy lets an AWS service assume it, read the way IAM reads it: an Allow statement for
 * sts:AssumeRole whose principal names the service, and no Deny that matches. A statement with conditions is not
 * guessed at: it is reported as conditional, with its conditions as written. Pure.
 */

export type TrustVerdict =
  { trusted: true } | { trusted: false; services: string[] } | { trusted: 'conditional'; conditions: string };

interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: unknown;
  Principal?: string | { Service?: string | string[]; AWS?: string | string[] };
  Condition?: Record<string, unknown>;
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** IAM returns the document URL-encoded; a test or a hand-made role may hold it as plain JSON. */
function parseDocument(document: string): Statement[] {
  const text = document.trim().startsWith('{') ? document : decodeURIComponent(document);
  const parsed = JSON.parse(text) as { Statement?: Statement | Statement[] };
  return parsed.Statement === undefined ? [] : Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
}

const assumes = (s: Statement) =>
  asList(s.Action).some((a) => a === '*' || a.toLowerCase() === 'sts:*' || a.toLowerCase() === 'sts:assumerole');

const services = (s: Statement) => (typeof s.Principal === 'object' ? asList(s.Principal.Service) : []);

const names = (s: Statement, service: string) =>
  s.Principal === '*' ||
  (typeof s.Principal === 'object' && asList(s.Principal.AWS).includes('*')) ||
  services(s).includes(service);

export function trustFor(document: string, service: string): TrustVerdict {
  let statements: Statement[];
  try {
    statements = parseDocument(document);
  } catch {
    return { trusted: false, services: [] };
  }
  const matching = statements.filter((s) => assumes(s) && names(s, service));
  if (matching.some((s) => s.Effect === 'Deny' && !s.Condition)) return { trusted: false, services: [] };
  const allows = matching.filter((s) => s.Effect === 'Allow');
  if (allows.some((s) => !s.Condition)) return { trusted: true };
  if (allows.length) return { trusted: 'conditional', conditions: JSON.stringify(allows[0]!.Condition) };
  return {
    trusted: false,
    services: [...new Set(statements.filter((s) => s.Effect === 'Allow' && assumes(s)).flatMap(services))],
  };
}
