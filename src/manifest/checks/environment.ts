/** Environment and secrets: secret-looking plain values, secret references. */
import { isSecretName, looksSecretValue } from '../../util/secrets.ts';
import { RESERVED_VARIABLE_PREFIX, SCHEDULED_TIME_VARIABLE } from '../names.ts';
import type { JobSpec } from '../types.ts';
import { type JobCheckContext } from './context.ts';

const SECRET_REFERENCE = /^(arn:aws[a-z-]*:(ssm|secretsmanager):[a-z0-9-]+:\d{12}:.+|[A-Za-z0-9_.\-/]+)$/;
/** The two ARN shapes ECS reads secrets from (a Secrets Manager ARN may add :json-key:version-stage:version-id). */
const SSM_PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/[A-Za-z0-9_.\-/]+$/;
const SECRETS_MANAGER_ARN =
  /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@-]+(?::[^:]*){0,3}$/;

export function checkEnvironment(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const secrets = job.secrets ?? {};
  for (const key of [...Object.keys(job.environment ?? {}), ...Object.keys(secrets)])
    if (key.startsWith(RESERVED_VARIABLE_PREFIX))
      report.error(
        report.sourceOf(name, [key in secrets ? 'secrets' : 'environment', key]),
        `${key}: names starting ${RESERVED_VARIABLE_PREFIX} are ecs-batch's (every run gets ${SCHEDULED_TIME_VARIABLE}, ` +
          'the time its schedule was due); rename it',
        'key',
      );
  for (const [key, value] of Object.entries(job.environment ?? {})) {
    if (key in secrets) {
      report.error(
        report.sourceOf(name, ['environment', key]),
        `${key} is set in both environment and secrets; keep one`,
        'key',
      );
    } else if (isSecretName(key) && String(value) !== '') {
      report.warn(
        report.sourceOf(name, ['environment', key]),
        `${key} looks secret but is a plain value in environment (visible in the task definition); ` +
          `move it to secrets: { ${key}: arn:aws:ssm:region:account:parameter/name }`,
        'key',
      );
    } else if (looksSecretValue(String(value))) {
      report.warn(
        report.sourceOf(name, ['environment', key]),
        `the value of ${key} looks like a secret (a token, a key or a password in a URL) but is a ` +
          `plain value in environment (visible in the task definition and to anyone who can read it); move it ` +
          `to secrets: { ${key}: arn:aws:ssm:region:account:parameter/name }`,
        'value',
      );
    }
  }
  if (Object.keys(secrets).length && !job.executionRoleArn) {
    report.error(
      report.sourceOf(name, ['secrets']),
      `secrets need an executionRoleArn: ECS reads them with the task execution role before the ` +
        `container starts; set defaults.executionRoleArn (a role with ssm:GetParameters / secretsmanager:GetSecretValue on them)`,
      'key',
    );
  }
  for (const [key, value] of Object.entries(secrets)) {
    if (
      SECRET_REFERENCE.test(value) &&
      value.startsWith('arn:') &&
      !SSM_PARAMETER_ARN.test(value) &&
      !SECRETS_MANAGER_ARN.test(value)
    ) {
      report.error(
        report.sourceOf(name, ['secrets', key]),
        `secret ${key} '${value}' is neither an SSM parameter ARN (arn:aws:ssm:<region>:<account>:parameter/<name>) ` +
          'nor a Secrets Manager secret ARN (arn:aws:secretsmanager:<region>:<account>:secret:<name>' +
          '[:<json-key>:<version-stage>:<version-id>]); ECS could not read it',
        'value',
      );
    } else if (!SECRET_REFERENCE.test(value)) {
      report.error(
        report.sourceOf(name, ['secrets', key]),
        `secret ${key} must reference an SSM parameter or Secrets Manager secret (an ARN, or a parameter name), not a literal value`,
        'value',
      );
    }
  }
}

const ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;

/**
 * An environment inherits what it does not set: a staging job may still run with production's secrets or roles. Warn
 * when a job's ARNs name more than one account, or (in an environment) a secret path names another environment.
 */
export function checkEnvironmentBoundaries(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const arns: [string[], string][] = [
    ...(['executionRoleArn', 'taskRoleArn', 'schedulerRoleArn', 'stateMachineRoleArn'] as const).flatMap((key) =>
      typeof job[key] === 'string' ? [[[key], job[key]] as [string[], string]] : [],
    ),
    ...Object.entries(job.secrets ?? {}).map(([key, value]) => [['secrets', key], value] as [string[], string]),
  ];
  const accounts = new Map<string, string[]>();
  for (const [path, arn] of arns) {
    const account = ACCOUNT.exec(arn)?.[1];
    if (account) accounts.set(account, [...(accounts.get(account) ?? []), path.join('.')]);
  }
  if (accounts.size > 1) {
    const [first] = arns;
    const list = [...accounts].map(([account, keys]) => `${account} (${keys.join(', ')})`).join(' and ');
    report.warn(
      report.sourceOf(name, first![0]),
      `job '${name}'${ctx.environment ? ` in environment ${ctx.environment}` : ''} uses ARNs of more than one ` +
        `account: ${list}; an environment inherits what it does not set (check with validate --show-resolved)`,
      'value',
    );
  }
  if (!ctx.environment) return;
  for (const [key, value] of Object.entries(job.secrets ?? {})) {
    const segments = value.split(/[/:]/);
    const other = ctx.otherEnvironments?.find((e) => segments.includes(e));
    if (other)
      report.warn(
        report.sourceOf(name, ['secrets', key]),
        `secret ${key} of job '${name}' in environment ${ctx.environment} reads ${other}'s path (${value}): set it ` +
          `in environments.${ctx.environment}, or it runs with ${other}'s secret`,
        'value',
      );
  }
}
