/** Checks beyond the schema's shape: what AWS would refuse, and what would not do what it says. */
import {
  CONTAINER_NAME,
  ECR_REPOSITORY_NAME,
  FARGATE_SIZES,
  FLEXIBLE_WINDOW_MINUTES,
  LOG_GROUP_NAME,
  LOG_RETENTION_DAYS,
  RETRY_ATTEMPTS,
  RETRY_EVENT_AGE_SECONDS,
  RULE_DESCRIPTION_MAX,
  RULE_NAME,
  RULES_PER_BUS_DEFAULT,
  SCHEDULE_GROUP_NAME,
  SCHEDULE_NAME,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TARGET_INPUT_MAX,
  TASK_FAMILY,
  fargateMemoryText,
} from '../aws/limits.ts';
import {
  ScheduleSyntaxError,
  cronCanRun,
  formatInZone,
  isValidTimeZone,
  nextRuns,
  parseSchedule,
  timeZoneNames,
  zoneForAbbreviation,
  type Schedule,
} from '../schedule/index.ts';
import { durationSeconds } from '../util/inputs.ts';
import { isSecretName, looksSecretValue } from '../util/secrets.ts';
import { afterList } from './chains.ts';
import { closest, didYouMean } from '../util/suggest.ts';
import { foreignTaskDefinitionKeys, isFargate, networkModeOf } from './compute.ts';
import { RESERVED_JOB_PREFIX, RESERVED_TAG_PREFIX, jobResourceName } from './names.ts';
import type { Backend, JobSpec, LaunchType, ResolvedJob } from './types.ts';

/** Jobs starting in the same minute before the validator suggests staggering them. */
export const SAME_MINUTE_WARNING_THRESHOLD = 10;

const SECRET_REFERENCE = /^(arn:aws[a-z-]*:(ssm|secretsmanager):[a-z0-9-]+:\d{12}:.+|[A-Za-z0-9_.\-/]+)$/;
const EPHEMERAL_STORAGE_GIB = { min: 21, max: 200 } as const;

export interface CheckReporter {
  /** Report at a path in the file; `index` points inside a string value. */
  error(path: readonly string[], message: string, at?: 'key' | 'value' | { index: number }): void;
  warn(path: readonly string[], message: string, at?: 'key' | 'value' | { index: number }): void;
  /** The path that sets a job's effective setting (environment overlay, job, or defaults). */
  sourceOf(job: string, key: readonly string[]): string[];
}

export interface JobCheckContext {
  prefix: string;
  backend: Backend;
  now: number;
  report: CheckReporter;
}

/** Validates one job (defaults already applied). Returns the parsed schedule when it is valid. */
export function checkJob(name: string, job: JobSpec, ctx: JobCheckContext): Schedule | undefined {
  const { report } = ctx;
  const at = (key: string, ...rest: string[]) => report.sourceOf(name, [key, ...rest]);

  checkJobName(name, ctx);
  const schedule = checkSchedule(name, job, ctx);

  const timezone = job.timezone ?? 'UTC';
  if (job.timezone !== undefined && !isValidTimeZone(timezone)) {
    const meant = zoneForAbbreviation(timezone.toUpperCase());
    if (meant) {
      report.error(
        at('timezone'),
        `timezone '${timezone}' is an abbreviation, not a time zone database name (AWS refuses it): use '${meant}' (or another IANA name such as UTC)`,
        'value',
      );
    } else {
      const hint = didYouMean(timezone, timeZoneNames()) || '; use an IANA name such as Asia/Tokyo or UTC';
      report.error(at('timezone'), `unknown time zone '${timezone}'${hint}`, 'value');
    }
  } else if (ctx.backend === 'rules' && timezone !== 'UTC') {
    report.error(
      at('timezone'),
      `timezone '${timezone}': EventBridge rules run in UTC only; set backend: scheduler (EventBridge Scheduler supports time zones), or remove timezone and write the times in UTC`,
      'value',
    );
  }

  checkCompute(name, job, ctx);

  if (!job.schedulerRoleArn) {
    report.error(
      at('schedulerRoleArn'),
      `no schedulerRoleArn: ${ctx.backend === 'rules' ? 'EventBridge' : 'EventBridge Scheduler'} needs a role that may call ecs:RunTask and iam:PassRole; set defaults.schedulerRoleArn`,
      'key',
    );
  }

  checkLogs(name, job, ctx);
  checkDelivery(name, job, ctx);
  checkEnvironment(name, job, ctx);

  if (job.description !== undefined && job.description.length > RULE_DESCRIPTION_MAX) {
    report.error(
      at('description'),
      `description is ${job.description.length} characters; AWS allows at most ${RULE_DESCRIPTION_MAX}`,
      'value',
    );
  }
  if (job.command !== undefined && job.command.length === 0) {
    report.error(
      at('command'),
      `command is empty; remove it to use the image's CMD, or list the command and its arguments`,
      'value',
    );
  }
  const containerName = job.containerName ?? name;
  if (job.containerName !== undefined && !matches(CONTAINER_NAME, containerName)) {
    report.error(
      at('containerName'),
      `containerName '${containerName}' may only contain letters, digits, - and _ (at most ${CONTAINER_NAME.max})`,
      'value',
    );
  }
  for (const [key, value] of Object.entries(job.tags ?? {})) {
    if (key.startsWith(RESERVED_TAG_PREFIX)) {
      report.error(
        at('tags', key),
        `tag '${key}' is reserved: ecs-batch sets ${RESERVED_TAG_PREFIX}* tags itself to track what it owns`,
        'key',
      );
    } else if (key.length > TAG_KEY_MAX || value.length > TAG_VALUE_MAX) {
      report.error(
        at('tags', key),
        `tag '${key}' is too long (keys up to ${TAG_KEY_MAX}, values up to ${TAG_VALUE_MAX} characters)`,
        'key',
      );
    }
  }
  return schedule;
}

function matches(rule: { pattern: RegExp; max: number }, value: string): boolean {
  return value.length >= 1 && value.length <= rule.max && rule.pattern.test(value);
}

function checkJobName(name: string, ctx: JobCheckContext): void {
  if (name.startsWith(RESERVED_JOB_PREFIX)) {
    ctx.report.error(
      ['jobs', name],
      `job names may not start with '${RESERVED_JOB_PREFIX}': ecs-batch names its alert and history rules that way; rename the job`,
      'key',
    );
    return;
  }
  if (!TASK_FAMILY.pattern.test(name)) {
    ctx.report.error(
      ['jobs', name],
      `job name '${name}' may only contain letters, digits, - and _ (it becomes part of the task definition family, which allows nothing else)`,
      'key',
    );
    return;
  }
  const resource = jobResourceName(ctx.prefix, name);
  const limit = ctx.backend === 'rules' ? RULE_NAME.max : SCHEDULE_NAME.max;
  if (resource.length > limit) {
    ctx.report.error(
      ['jobs', name],
      `the ${ctx.backend === 'rules' ? 'rule' : 'schedule'} name '${resource}' would be ${resource.length} characters; AWS allows ${limit}. Shorten the job name by ${resource.length - limit}`,
      'key',
    );
  } else if (resource.length > TASK_FAMILY.max) {
    ctx.report.error(
      ['jobs', name],
      `the task definition family '${resource}' would exceed ${TASK_FAMILY.max} characters`,
      'key',
    );
  }
}

/** Limits of the Step Functions runner (a run's timeout, retries). */
export const RUNNER_LIMITS = {
  retries: { min: 0, max: 10 },
  timeoutSeconds: { min: 10, max: 7 * 86400 },
  retryDelaySeconds: { min: 1, max: 86400 },
} as const;

/** retries, retryDelay, timeout: in range, in words a person writes. */
function checkRunner(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  if (
    job.retries !== undefined &&
    (job.retries < RUNNER_LIMITS.retries.min || job.retries > RUNNER_LIMITS.retries.max)
  ) {
    report.error(
      report.sourceOf(name, ['retries']),
      `retries must be ${RUNNER_LIMITS.retries.min}-${RUNNER_LIMITS.retries.max}, not ${job.retries}`,
      'value',
    );
  }
  for (const [key, limits] of [
    ['timeout', RUNNER_LIMITS.timeoutSeconds],
    ['retryDelay', RUNNER_LIMITS.retryDelaySeconds],
  ] as const) {
    const text = job[key];
    if (text === undefined) continue;
    const seconds = durationSeconds(text);
    if (seconds === undefined)
      report.error(
        report.sourceOf(name, [key]),
        `${key} '${text}' is not a duration: write 30s, 10m, 2h or 1h30m`,
        'value',
      );
    else if (seconds < limits.min || seconds > limits.max)
      report.error(
        report.sourceOf(name, [key]),
        `${key} ${text} is out of range: ${limits.min}s to ${limits.max / 3600}h`,
        'value',
      );
  }
}

function checkSchedule(name: string, job: JobSpec, ctx: JobCheckContext): Schedule | undefined {
  const { report } = ctx;
  // Where the schedule is written: looked up only for a diagnostic.
  const path = () => report.sourceOf(name, ['schedule']);
  checkRunner(name, job, ctx);
  if (job.after !== undefined) {
    if (job.schedule !== undefined)
      report.error(
        path(),
        `job '${name}' runs after ${afterList(job.after).join(', ')}: it has no schedule of its own; remove schedule (the chain starts at the job with a schedule)`,
        'key',
      );
    return undefined;
  }
  if (job.schedule === undefined) {
    report.error(
      ['jobs', name],
      `job '${name}' has no schedule: add schedule: (cron(...), rate(...), or a quoted unix cron line), or after: <job> to run it when another job succeeds`,
      'key',
    );
    return undefined;
  }
  let schedule: Schedule;
  try {
    schedule = parseSchedule(job.schedule);
  } catch (error) {
    if (!(error instanceof ScheduleSyntaxError)) throw error;
    report.error(path(), `schedule '${job.schedule}': ${error.message}`, { index: error.offset });
    return undefined;
  }
  const timezone = job.timezone && isValidTimeZone(job.timezone) ? job.timezone : 'UTC';
  if (schedule.kind === 'at') {
    if (ctx.backend === 'rules') {
      report.error(
        path(),
        `at(...) one-time schedules need backend: scheduler; EventBridge rules accept only cron(...) and rate(...)`,
        'value',
      );
    } else if (nextRuns(schedule, timezone, ctx.now, 1).runs.length === 0) {
      report.warn(
        path(),
        `${schedule.expression} is not after now (${formatInZone(ctx.now, timezone)}) or does not exist in ${timezone}: it will never run`,
        'value',
      );
    }
  }
  // Every month of every year: each valid day-of-month (up to 31) and weekday (up to its 5th) comes
  // round, so the expression runs, and again after now; only other expressions are evaluated.
  const runsEveryYear = schedule.kind === 'cron' && schedule.fields.month === '*' && schedule.fields.year === '*';
  if (schedule.kind === 'cron' && !runsEveryYear) {
    if (!cronCanRun(schedule.fields)) {
      report.error(
        path(),
        `${schedule.expression} never matches a real date (e.g. day 30 in February); it would never run`,
        'value',
      );
      return undefined;
    }
    if (nextRuns(schedule, timezone, ctx.now, 1).runs.length === 0) {
      report.warn(
        path(),
        `${schedule.expression} has no run after ${formatInZone(ctx.now, timezone)}: its years are in the past`,
        'value',
      );
    }
  }
  if (schedule.kind === 'rate' && schedule.unit === 'minute' && schedule.value < 1) {
    report.error(path(), 'nothing can run more often than once a minute', 'value');
  }
  return schedule;
}

function checkCompute(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const at = (key: string) => report.sourceOf(name, [key]);
  if (job.launchType && job.capacityProviderStrategy) {
    report.error(
      at('capacityProviderStrategy'),
      `set either launchType or capacityProviderStrategy, not both (ECS refuses RunTask with both)`,
      'key',
    );
  }
  const launchType: LaunchType | undefined = job.launchType ?? (job.capacityProviderStrategy ? undefined : 'FARGATE');
  const fargate =
    launchType === 'FARGATE' ||
    (job.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider));
  if (fargate) {
    if (job.cpu === undefined || job.memory === undefined) {
      report.error(
        at(job.cpu === undefined ? 'cpu' : 'memory'),
        `Fargate tasks need both cpu and memory; set defaults.cpu and defaults.memory (e.g. 256 and 512)`,
        'key',
      );
    } else {
      const allowed = FARGATE_SIZES.get(job.cpu);
      if (!allowed) {
        const cpus = [...FARGATE_SIZES.keys()];
        const near = cpus.reduce((a, b) => (Math.abs(b - job.cpu!) < Math.abs(a - job.cpu!) ? b : a));
        report.error(
          at('cpu'),
          `cpu ${job.cpu} is not a Fargate size; use one of ${cpus.join(', ')} (nearest: ${near})`,
          'value',
        );
      } else if (!allowed.includes(job.memory)) {
        report.error(
          at('memory'),
          `memory ${job.memory} does not fit Fargate cpu ${job.cpu}; allowed: ${fargateMemoryText(job.cpu)} MiB`,
          'value',
        );
      }
    }
    if (!job.network) {
      report.error(
        at('network'),
        `Fargate tasks use awsvpc networking: set defaults.network.subnets (and securityGroups)`,
        'key',
      );
    }
    if (!job.executionRoleArn) {
      report.error(
        at('executionRoleArn'),
        `Fargate tasks need an executionRoleArn to pull the image from ECR and write logs`,
        'key',
      );
    }
    if (
      job.ephemeralStorageGiB !== undefined &&
      (job.ephemeralStorageGiB < EPHEMERAL_STORAGE_GIB.min || job.ephemeralStorageGiB > EPHEMERAL_STORAGE_GIB.max)
    ) {
      report.error(
        at('ephemeralStorageGiB'),
        `ephemeralStorageGiB must be ${EPHEMERAL_STORAGE_GIB.min}-${EPHEMERAL_STORAGE_GIB.max}`,
        'value',
      );
    }
  } else if (job.memory === undefined) {
    report.error(
      at('memory'),
      `set memory (MiB) for ${launchType ?? 'capacity provider'} tasks: ECS needs a memory limit for the container`,
      'key',
    );
  }
  if (!fargate && job.ephemeralStorageGiB !== undefined) {
    report.error(at('ephemeralStorageGiB'), `ephemeralStorageGiB applies to Fargate tasks only`, 'key');
  }
}

/**
 * Networking and placement, once the base task definition is read (its networkMode counts):
 * awsvpc needs subnets, Fargate needs awsvpc and takes no placement, platformVersion is Fargate's.
 */
export function checkNetworking(job: ResolvedJob, report: CheckReporter): void {
  const at = (...key: string[]) => report.sourceOf(job.name, key);
  const fargate = isFargate(job);
  const mode = networkModeOf(job);
  const from = job.networkMode
    ? ''
    : job.baseTaskDefinition?.networkMode === mode && !fargate && !job.network
      ? ' (from the base task definition)'
      : '';
  if (fargate && mode !== 'awsvpc') {
    report.error(
      at('networkMode'),
      `Fargate tasks need networkMode awsvpc, not ${mode}; remove networkMode (or use an EC2 launch type or capacity provider for ${mode})`,
      'value',
    );
  } else if (mode === 'awsvpc' && !job.network && !fargate) {
    report.error(
      at(job.networkMode ? 'networkMode' : 'taskDefinition'),
      `networkMode awsvpc${from} needs network: set defaults.network.subnets (and securityGroups); each task gets its own network interface in them`,
      'key',
    );
  } else if (mode !== 'awsvpc' && job.network) {
    report.error(
      at('network'),
      `network (subnets, security groups) applies to awsvpc only, and networkMode is ${mode}: remove network, or set networkMode: awsvpc`,
      'key',
    );
  }
  if (job.platformVersion !== undefined && !fargate) {
    report.error(
      at('platformVersion'),
      `platformVersion applies to Fargate only; remove it for ${job.launchType ?? 'capacity provider'} tasks`,
      'key',
    );
  }
  if (fargate && (job.placementConstraints?.length || job.placementStrategy?.length)) {
    report.error(
      at(job.placementStrategy?.length ? 'placementStrategy' : 'placementConstraints'),
      `Fargate places tasks itself: placementConstraints and placementStrategy apply to EC2 tasks only`,
      'key',
    );
  }
  for (const [i, c] of (job.placementConstraints ?? []).entries()) {
    if (c.type === 'memberOf' && !c.expression)
      report.error(
        at('placementConstraints', String(i)),
        `a memberOf constraint needs an expression, e.g. attribute:ecs.availability-zone in [ap-northeast-1a, ap-northeast-1c]`,
        'value',
      );
    if (c.type === 'distinctInstance' && c.expression)
      report.error(at('placementConstraints', String(i), 'expression'), `distinctInstance takes no expression`, 'key');
  }
  for (const [i, p] of (job.placementStrategy ?? []).entries()) {
    if (p.type === 'random' && p.field)
      report.error(at('placementStrategy', String(i), 'field'), `random takes no field`, 'key');
    if (p.type === 'binpack' && p.field !== 'cpu' && p.field !== 'memory')
      report.error(at('placementStrategy', String(i)), `binpack needs field: cpu or field: memory`, 'value');
    if (p.type === 'spread' && !p.field)
      report.error(
        at('placementStrategy', String(i)),
        `spread needs a field: instanceId, or attribute:ecs.availability-zone`,
        'value',
      );
  }
}

/**
 * With shared task definitions each schedule carries its job's command and environment in the
 * target's Input, which AWS caps at TARGET_INPUT_MAX characters: said at the job's line, before a deploy fails.
 */
export function checkTargetInputs(
  jobs: readonly ResolvedJob[],
  inputOf: (job: ResolvedJob) => string,
  report: CheckReporter,
): void {
  for (const job of jobs) {
    const length = inputOf(job).length;
    if (length <= TARGET_INPUT_MAX) continue;
    report.error(
      report.sourceOf(job.name, job.command ? ['command'] : ['environment']),
      `job '${job.name}': its schedule's target Input would be about ${length} characters (with taskDefinitions: shared, its command and environment ride in it); AWS allows ${TARGET_INPUT_MAX}. ` +
        'Shorten them, move values into the image or a base task definition, or use taskDefinitions: per-job',
      'key',
    );
  }
}

/** What the manifest replaces in a base task definition, and what it drops, is said (not silently lost). */
export function checkBaseTaskDefinition(
  job: ResolvedJob,
  file: string,
  rendered: Record<string, unknown>,
  report: CheckReporter,
): void {
  const base = job.baseTaskDefinition;
  if (!base) return;
  const path = report.sourceOf(job.name, ['taskDefinition']);
  const dropped = foreignTaskDefinitionKeys(base);
  if (dropped.length) {
    report.warn(
      path,
      `base task definition ${file}: ${dropped.join(', ')} ${dropped.length === 1 ? 'is not a task definition field' : 'are not task definition fields'} and ${dropped.length === 1 ? 'is' : 'are'} ignored` +
        (dropped.some((k) => /^placement|networkConfiguration|launchType|capacityProviderStrategy/.test(k))
          ? ' (placement, network and launch settings belong in the manifest: placementStrategy, network, launchType...)'
          : ''),
      'value',
    );
  }
  const replaced = [
    'family',
    'networkMode',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'taskRoleArn',
    'executionRoleArn',
    'runtimePlatform',
    'ephemeralStorage',
  ].filter(
    (k) =>
      k in base &&
      JSON.stringify(base[k]) !== JSON.stringify(rendered[k]) &&
      !(k === 'cpu' || k === 'memory' ? String(base[k]) === String(rendered[k]) : false),
  );
  if (replaced.length) {
    report.warn(
      path,
      `base task definition ${file}: the manifest's ${replaced.join(', ')} replace${replaced.length === 1 ? 's' : ''} the file's (${replaced.map((k) => `${k} ${JSON.stringify(rendered[k] ?? null)}`).join(', ')})`,
      'value',
    );
  }
}

function checkLogs(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  if (!job.logs) {
    report.error(
      report.sourceOf(name, ['logs']),
      `no log group: set defaults.logs.group (a missing awslogs group stops the container from starting)`,
      'key',
    );
    return;
  }
  if (!matches(LOG_GROUP_NAME, job.logs.group)) {
    report.error(
      report.sourceOf(name, ['logs', 'group']),
      `log group '${job.logs.group}' may contain only letters, digits and . - _ / # (at most ${LOG_GROUP_NAME.max})`,
      'value',
    );
  }
  const retention = job.logs.retentionDays;
  if (retention !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(retention)) {
    const near = LOG_RETENTION_DAYS.reduce((a, b) => (Math.abs(b - retention) < Math.abs(a - retention) ? b : a));
    report.error(
      report.sourceOf(name, ['logs', 'retentionDays']),
      `retentionDays ${retention} is not a value CloudWatch Logs accepts (nearest: ${near}; allowed: ${LOG_RETENTION_DAYS.join(', ')})`,
      'value',
    );
  }
}

function checkDelivery(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const retry = job.retryPolicy;
  if (
    retry?.maximumRetryAttempts !== undefined &&
    (retry.maximumRetryAttempts < RETRY_ATTEMPTS.min || retry.maximumRetryAttempts > RETRY_ATTEMPTS.max)
  ) {
    report.error(
      report.sourceOf(name, ['retryPolicy', 'maximumRetryAttempts']),
      `maximumRetryAttempts must be ${RETRY_ATTEMPTS.min}-${RETRY_ATTEMPTS.max}`,
      'value',
    );
  }
  if (
    retry?.maximumEventAgeInSeconds !== undefined &&
    (retry.maximumEventAgeInSeconds < RETRY_EVENT_AGE_SECONDS.min ||
      retry.maximumEventAgeInSeconds > RETRY_EVENT_AGE_SECONDS.max)
  ) {
    report.error(
      report.sourceOf(name, ['retryPolicy', 'maximumEventAgeInSeconds']),
      `maximumEventAgeInSeconds must be ${RETRY_EVENT_AGE_SECONDS.min}-${RETRY_EVENT_AGE_SECONDS.max}`,
      'value',
    );
  }
  const window = job.flexibleTimeWindowMinutes;
  if (window !== undefined && window !== 0) {
    const path = report.sourceOf(name, ['flexibleTimeWindowMinutes']);
    if (ctx.backend === 'rules') {
      report.error(
        path,
        `flexibleTimeWindowMinutes needs backend: scheduler; EventBridge rules have no flexible window`,
        'key',
      );
    } else if (window < FLEXIBLE_WINDOW_MINUTES.min || window > FLEXIBLE_WINDOW_MINUTES.max) {
      report.error(
        path,
        `flexibleTimeWindowMinutes must be 0 (off) or ${FLEXIBLE_WINDOW_MINUTES.min}-${FLEXIBLE_WINDOW_MINUTES.max}`,
        'value',
      );
    }
  }
}

function checkEnvironment(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const secrets = job.secrets ?? {};
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
        `${key} looks secret but is a plain value in environment (visible in the task definition); move it to secrets: { ${key}: arn:aws:ssm:region:account:parameter/name }`,
        'key',
      );
    } else if (looksSecretValue(String(value))) {
      report.warn(
        report.sourceOf(name, ['environment', key]),
        `the value of ${key} looks like a secret (a token, a key or a password in a URL) but is a plain value in environment (visible in the task definition and to anyone who can read it); move it to secrets: { ${key}: arn:aws:ssm:region:account:parameter/name }`,
        'value',
      );
    }
  }
  if (Object.keys(secrets).length && !job.executionRoleArn) {
    report.error(
      report.sourceOf(name, ['secrets']),
      `secrets need an executionRoleArn: ECS reads them with the task execution role before the container starts; set defaults.executionRoleArn (a role with ssm:GetParameters / secretsmanager:GetSecretValue on them)`,
      'key',
    );
  }
  for (const [key, value] of Object.entries(secrets)) {
    if (!SECRET_REFERENCE.test(value)) {
      report.error(
        report.sourceOf(name, ['secrets', key]),
        `secret ${key} must reference an SSM parameter or Secrets Manager secret (an ARN, or a parameter name), not a literal value`,
        'value',
      );
    }
  }
}

export interface ManifestCheckContext {
  prefix: string;
  backend: Backend;
  repository: string;
  report: CheckReporter;
}

export function checkManifestNames(ctx: ManifestCheckContext): void {
  if (!matches(SCHEDULE_GROUP_NAME, ctx.prefix)) {
    ctx.report.error(
      ['project'],
      `the name prefix '${ctx.prefix}' must be 1-${SCHEDULE_GROUP_NAME.max} characters`,
      'value',
    );
  }
  const repo = ctx.repository;
  if (
    repo.length < ECR_REPOSITORY_NAME.min ||
    repo.length > ECR_REPOSITORY_NAME.max ||
    !ECR_REPOSITORY_NAME.pattern.test(repo)
  ) {
    const lower = repo.toLowerCase() !== repo ? `; ECR names are lower case: '${repo.toLowerCase()}'` : '';
    ctx.report.error(
      ['image', 'repository'],
      `image.repository '${repo}' is not a valid ECR repository name (lower-case letters, digits, . _ - and /)${lower}`,
      'value',
    );
  }
}

export interface ScheduledJob {
  name: string;
  schedule: Schedule;
  timezone: string;
  enabled: boolean;
}

/** Warnings that look across jobs: bursts of jobs in one minute, and the rules-per-bus quota. */
export function checkAcrossJobs(
  jobs: readonly ScheduledJob[],
  ctx: { backend: Backend; now: number; report: CheckReporter },
): void {
  if (ctx.backend === 'rules' && jobs.length > RULES_PER_BUS_DEFAULT) {
    ctx.report.warn(
      ['jobs'],
      `${jobs.length} jobs need ${jobs.length} rules; the default EventBridge quota is ${RULES_PER_BUS_DEFAULT} rules per event bus (raise it, or use backend: scheduler)`,
      'key',
    );
  }
  const byMinute = new Map<number, string[]>();
  for (const job of jobs) {
    if (!job.enabled || job.schedule.kind !== 'cron' || !isValidTimeZone(job.timezone)) continue;
    const first = nextRuns(job.schedule, job.timezone, ctx.now, 1).runs[0];
    if (first === undefined) continue;
    const names = byMinute.get(first) ?? [];
    names.push(job.name);
    byMinute.set(first, names);
  }
  for (const [minute, names] of [...byMinute].sort((a, b) => a[0] - b[0])) {
    if (names.length < SAME_MINUTE_WARNING_THRESHOLD) continue;
    const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, and ${names.length - 5} more` : '');
    ctx.report.warn(
      ['jobs'],
      `${names.length} jobs start in the same minute (${formatInZone(minute, 'UTC')}: ${shown}); stagger their minutes to avoid a burst of RunTask calls and task launches`,
      'key',
    );
  }
}

/** Jobs named in an environment overlay must exist in `jobs`. */
export function checkOverlayJobs(
  environment: string,
  overlayJobs: readonly string[],
  jobNames: readonly string[],
  report: CheckReporter,
): void {
  for (const job of overlayJobs) {
    if (!jobNames.includes(job)) {
      const near = closest(job, jobNames);
      report.error(
        ['environments', environment, 'jobs', job],
        `environments.${environment}.jobs.${job} overrides a job that does not exist${near ? `; did you mean '${near}'?` : ''} (an overlay cannot add jobs)`,
        'key',
      );
    }
  }
}

/** Jobs sharing a log group must agree on its retention: a log group has only one. */
export function checkSharedLogGroups(
  jobs: readonly { name: string; logs?: { group: string; retentionDays?: number } }[],
  report: CheckReporter,
): void {
  const first = new Map<string, { job: string; days: number }>();
  for (const job of jobs) {
    const days = job.logs?.retentionDays;
    if (!job.logs || days === undefined) continue;
    const seen = first.get(job.logs.group);
    if (!seen) first.set(job.logs.group, { job: job.name, days });
    else if (seen.days !== days) {
      report.error(
        report.sourceOf(job.name, ['logs', 'retentionDays']),
        `log group ${job.logs.group} gets retentionDays ${days} here but ${seen.days} for job '${seen.job}'; a log group has one retention: make them agree`,
        'value',
      );
    }
  }
}

const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/** `alerts` and `history`: a topic ARN that is a topic ARN, retention AWS accepts, what each backend can do. */
export function checkOperations(
  doc: { alerts?: { snsTopicArn: string; on?: string[] }; history?: boolean | { retentionDays?: number } },
  backend: Backend,
  at: (path: string[]) => string[],
  report: CheckReporter,
): void {
  if (doc.alerts) {
    const arn = doc.alerts.snsTopicArn;
    if (!SNS_TOPIC_ARN.test(arn)) {
      const hint = /\.fifo$/.test(arn)
        ? ' (a FIFO topic cannot take EventBridge and alarm notifications here; use a standard topic)'
        : '';
      report.error(
        at(['alerts', 'snsTopicArn']),
        `alerts.snsTopicArn '${arn}' is not an SNS topic ARN: arn:aws:sns:<region>:<account>:<topic>${hint}`,
        'value',
      );
    }
    if (backend === 'rules' && doc.alerts.on?.includes('schedule-errors')) {
      report.warn(
        at(['alerts', 'on']),
        `schedule-errors alerts come from EventBridge Scheduler's metrics; with backend: rules, give jobs a deadLetterQueueArn to catch invocations that fail`,
        'value',
      );
    }
  }
  const days = typeof doc.history === 'object' ? doc.history.retentionDays : undefined;
  if (days !== undefined && !(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
    report.error(
      at(['history', 'retentionDays']),
      `history.retentionDays ${days} is not a value CloudWatch Logs accepts (allowed: ${LOG_RETENTION_DAYS.join(', ')})`,
      'value',
    );
  }
}
