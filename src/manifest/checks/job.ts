/** A job as a whole (its name, what it runs, each topic in turn) and names across the manifest. */
import {
  CONTAINER_NAME,
  ECR_REPOSITORY_NAME,
  RULE_DESCRIPTION_MAX,
  RULE_NAME,
  SCHEDULE_GROUP_NAME,
  SCHEDULE_NAME,
  TAG_KEY_MAX,
  TAG_VALUE_MAX,
  TASK_FAMILY,
} from '../../aws/limits.ts';
import {
  isValidTimeZone,
  timeZoneNames,
  zoneForAbbreviation,
  zoneForLegacyName,
  type Schedule,
} from '../../schedule/index.ts';
import { closest, didYouMean } from '../../util/suggest.ts';
import { RESERVED_JOB_PREFIX, RESERVED_TAG_PREFIX, jobResourceName } from '../names.ts';
import type { JobSpec } from '../types.ts';
import { checkCompute } from './compute.ts';
import { type CheckReporter, type JobCheckContext, type ManifestCheckContext, matches } from './context.ts';
import { checkEnvironment, checkEnvironmentBoundaries } from './environment.ts';
import { checkLogs } from './logs.ts';
import { checkDelivery } from './operations.ts';
import { checkSchedule } from './schedule.ts';

/** Validates one job (defaults already applied). Returns the parsed schedule when it is valid. */
export function checkJob(name: string, job: JobSpec, ctx: JobCheckContext): Schedule | undefined {
  const { report } = ctx;
  const at = (key: string, ...rest: string[]) => report.sourceOf(name, [key, ...rest]);

  checkJobName(name, job, ctx);
  const schedule = checkSchedule(name, job, ctx);

  const timezone = job.timezone ?? 'UTC';
  if (job.timezone !== undefined && !isValidTimeZone(timezone)) {
    const meant = zoneForAbbreviation(timezone.toUpperCase());
    const city = zoneForLegacyName(timezone.toUpperCase());
    if (city) {
      report.error(
        at('timezone'),
        `timezone '${timezone}' is a legacy zone (a fixed offset, or rules named after an abbreviation), so the ` +
          `job would not follow the local clock: use '${city}' (or another IANA city name, or UTC)`,
        'value',
      );
    } else if (meant) {
      report.error(
        at('timezone'),
        `timezone '${timezone}' is an abbreviation, not a time zone database name (AWS refuses it): ` +
          `use '${meant}' (or another IANA name such as UTC)`,
        'value',
      );
    } else {
      const hint = didYouMean(timezone, timeZoneNames()) || '; use an IANA name such as Asia/Tokyo or UTC';
      report.error(at('timezone'), `unknown time zone '${timezone}'${hint}`, 'value');
    }
  } else if (ctx.backend === 'rules' && timezone !== 'UTC') {
    report.error(
      at('timezone'),
      `timezone '${timezone}': EventBridge rules run in UTC only; set backend: scheduler (EventBridge ` +
        `Scheduler supports time zones), or remove timezone and write the times in UTC`,
      'value',
    );
  }

  checkCompute(name, job, ctx);

  if (!job.schedulerRoleArn) {
    report.error(
      at('schedulerRoleArn'),
      `no schedulerRoleArn: ${ctx.backend === 'rules' ? 'EventBridge' : 'EventBridge Scheduler'} ` +
        `needs a role that may call ecs:RunTask and iam:PassRole; set defaults.schedulerRoleArn`,
      'key',
    );
  }

  checkLogs(name, job, ctx);
  checkDelivery(name, job, ctx);
  checkEnvironment(name, job, ctx);
  checkEnvironmentBoundaries(name, job, ctx);

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

function checkJobName(name: string, job: JobSpec, ctx: JobCheckContext): void {
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
      `job name '${name}' may only contain letters, digits, - and _ (it becomes part of the task ` +
        `definition family, which allows nothing else)`,
      'key',
    );
    return;
  }
  const resource = jobResourceName(ctx.prefix, name);
  const limit = ctx.backend === 'rules' ? RULE_NAME.max : SCHEDULE_NAME.max;
  // A job that runs `after` others has no schedule or rule of its own: only its family's limit applies.
  if (job.after === undefined && resource.length > limit) {
    ctx.report.error(
      ['jobs', name],
      `the ${ctx.backend === 'rules' ? 'rule' : 'schedule'} name '${resource}' would be ${resource.length} ` +
        `characters; AWS allows ${limit}. Shorten the job name by ${resource.length - limit}`,
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
        `environments.${environment}.jobs.${job} overrides a job that does not ` +
          `exist${near ? `; did you mean '${near}'?` : ''} (an overlay cannot add jobs)`,
        'key',
      );
    }
  }
}
