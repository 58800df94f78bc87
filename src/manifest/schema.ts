import type { ErrorObject } from 'ajv';
import schema from '../../schema/ecs-batch.schema.json' with { type: 'json' };
// Compiled at build time (scripts/compile-schema.ts): no start pays for compiling the schema.
import validateGenerated from './schema-validator.generated.ts';
import { closest, didYouMean } from '../util/suggest.ts';

export { schema };

export interface SchemaProblem {
  message: string;
  path: string[];
  /** Point at the key (unknown keys) or at the value. */
  at: 'key' | 'value';
}

const validate = validateGenerated as unknown as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const PATTERN_HINTS: readonly [RegExp, string][] = [
  [
    /^project$/,
    'may only contain letters, digits, - and _, and must start with a letter or digit (it prefixes AWS resource names)',
  ],
  [/RoleArn$/, 'must be an IAM role ARN: arn:aws:iam::123456789012:role/name'],
  [/^subnets$/, "must be a subnet id like 'subnet-0a1b2c3d'"],
  [/^securityGroups$/, "must be a security group id like 'sg-0a1b2c3d'"],
  [/^deadLetterQueueArn$/, 'must be an SQS queue ARN: arn:aws:sqs:region:123456789012:name'],
  [
    /^replaces$/,
    'must name a hand-made EventBridge rule (rule/NAME, or rule/NAME/TARGET-ID for one of its targets) ' +
      'or Scheduler schedule (schedule/GROUP/NAME, e.g. schedule/default/nightly)',
  ],
];

/** Checks the document's shape against the JSON Schema; messages say what to do. */
export function checkSchema(document: unknown): SchemaProblem[] {
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const error of errors) {
    if (isExplainedByTypo(error, errors)) continue;
    const problem = describe(error);
    const id = `${problem.path.join('.')}|${problem.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      problems.push(problem);
    }
  }
  return problems;
}

/** A missing key is not worth a second error when a mistyped key beside it is that key. */
function isExplainedByTypo(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword !== 'required') return false;
  const missing = String(error.params.missingProperty);
  return all.some(
    (other) =>
      other.keyword === 'additionalProperties' &&
      other.instancePath === error.instancePath &&
      closest(String(other.params.additionalProperty), [missing]) === missing,
  );
}

function segments(instancePath: string): string[] {
  return instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function label(path: readonly string[]): string {
  return path.length === 0 ? 'the manifest' : path.join('.');
}

function describe(error: ErrorObject): SchemaProblem {
  const path = segments(error.instancePath);
  const here = label(path);
  const last = path[path.length - 1] ?? '';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const hint = didYouMean(key, allowed) || (allowed.length ? `; allowed keys: ${allowed.join(', ')}` : '');
      const where = path[0] === 'jobs' && path.length === 1 ? '' : ` in ${here}`;
      return { message: `unknown key '${key}'${where}${hint}`, path: [...path, key], at: 'key' };
    }
    case 'required':
      return { message: `${here} is missing '${String(params.missingProperty)}'`, path, at: 'key' };
    case 'type': {
      const type = String(params.type).replace(',', ' or ');
      const hint = last === 'command' ? ': write the command as a list, e.g. [php, artisan, aggregate:daily]' : '';
      return { message: `${here} must be ${article(type)}${hint}`, path, at: 'value' };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
      return { message: `${here} must be one of: ${allowed.join(', ')}${hint}`, path, at: 'value' };
    }
    case 'const':
      return { message: `${here} must be ${JSON.stringify(params.allowedValue)}`, path, at: 'value' };
    case 'pattern': {
      const field = path.find((p) => PATTERN_HINTS.some(([re]) => re.test(p))) ?? last;
      const hint = PATTERN_HINTS.find(([re]) => re.test(field))?.[1] ?? `must match ${String(params.pattern)}`;
      return { message: `${here} '${String(error.data)}' ${hint}`, path, at: 'value' };
    }
    case 'minProperties':
      return {
        message: path[0] === 'jobs' ? 'jobs must list at least one job' : `${here} must not be empty`,
        path,
        at: 'value',
      };
    default:
      return { message: `${here} ${error.message ?? 'is invalid'}`, path, at: 'value' };
  }
}

function article(type: string): string {
  if (type === 'integer') return 'a whole number';
  if (type === 'object') return 'a mapping (key: value)';
  if (type === 'array') return 'a list';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
