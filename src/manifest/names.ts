/** How ecs-batch names and tags what it creates, so people and tools can find it. */
import { shortHash } from '../util/hash.ts';

/** Tag that marks a resource as owned by one manifest (value: the prefix). */
export const OWNER_TAG = 'ecs-batch:project';
/** Tag naming the job a resource belongs to. */
export const JOB_TAG = 'ecs-batch:job';
/**
 * Tag on the task definition revision a schedule (or rule) runs: a fingerprint of the schedule as
 * ecs-batch last wrote it, so a plan can tell a change made outside ecs-batch from a manifest edit.
 */
export const APPLIED_TAG = 'ecs-batch:applied';
/** Tag keys ecs-batch sets itself; users may not set them. */
export const RESERVED_TAG_PREFIX = 'ecs-batch:';

/**
 * The environment variable every run of a job gets: the time its schedule was due (ISO 8601, UTC), not when the task
 * started; for a run by hand, the time given (or the time it was started). Names starting ECS_BATCH_ are ecs-batch's.
 */
export const SCHEDULED_TIME_VARIABLE = 'ECS_BATCH_SCHEDULED_TIME';
export const RESERVED_VARIABLE_PREFIX = 'ECS_BATCH_';

/** `project`, or `project-environment` when an environment is chosen. */
export function namePrefix(project: string, environment?: string): string {
  return environment ? `${project}-${environment}` : project;
}

/** Task definition family, rule name and schedule name of a job. */
export function jobResourceName(prefix: string, job: string): string {
  return `${prefix}-${job}`;
}

/** The job a resource name belongs to, or undefined when the name is not `<prefix>-<job>`. */
export function jobFromResourceName(prefix: string, name: string): string | undefined {
  return name.startsWith(`${prefix}-`) ? name.slice(prefix.length + 1) : undefined;
}

/**
 * The ECS task group of a job's runs (scheduled and manual): `ecs-batch:<prefix>:<job>`, or
 * `ecs-batch-quiet:<prefix>:<job>` for a job with `alerts: false`. Task state change events carry
 * it, so alert and history rules match this manifest's jobs only, and every run names its job
 * (a task definition family need not: families can be shared).
 */
export function taskGroup(prefix: string, job: string, alerts = true): string {
  return `${alerts ? GROUP_PREFIX : QUIET_GROUP_PREFIX}:${prefix}:${job}`;
}

export const GROUP_PREFIX = 'ecs-batch';
export const QUIET_GROUP_PREFIX = 'ecs-batch-quiet';
/** Runs inside a state machine: a failed attempt that a retry may still mend pages nobody (the execution alerts). */
export const STEP_GROUP_PREFIX = 'ecs-batch-step';

export function stepTaskGroup(prefix: string, job: string): string {
  return `${STEP_GROUP_PREFIX}:${prefix}:${job}`;
}

/** The prefix and job of a task group ecs-batch set, or undefined. */
export function jobOfTaskGroup(
  group: string | undefined,
): { prefix: string; job: string; alerts: boolean } | undefined {
  const m = /^(ecs-batch|ecs-batch-quiet|ecs-batch-step):([^:]+):([^:]+)$/.exec(group ?? '');
  return m ? { prefix: m[2]!, job: m[3]!, alerts: m[1] === GROUP_PREFIX } : undefined;
}

/** Names of the rules and alarm behind alerts and history: `<prefix>-ecs-batch-...` (job names may not start with `ecs-batch-`). */
export const RESERVED_JOB_PREFIX = 'ecs-batch-';
export function operationsResourceName(
  prefix: string,
  what:
    | 'alerts-failed'
    | 'alerts-not-started'
    | 'alerts-chains'
    | 'history'
    | 'history-skips'
    | 'history-watch'
    | 'schedule-errors'
    | 'watch',
): string {
  return `${prefix}-${RESERVED_JOB_PREFIX}${what}`;
}

/**
 * A watched job's companion schedule, in the project's group: `<prefix>-ecs-batch-watch-<job>` (a reserved name no job
 * has), shortened with a hash of the job's name past Scheduler's 64 characters.
 */
export function watchScheduleName(prefix: string, job: string): string {
  const name = `${operationsResourceName(prefix, 'watch')}-${job}`;
  if (name.length <= 64) return name;
  const tag = shortHash(job, 10);
  return `${name.slice(0, 64 - 11)}-${tag}`;
}

/** The run history log group (EventBridge writes to groups under /aws/events/). */
export function historyLogGroup(prefix: string): string {
  return `/aws/events/ecs-batch/${prefix}`;
}

/**
 * What a `replaces:` entry names, parsed; undefined when it is not one of the forms. `rule/NAME/TARGET`
 * takes over one target of a rule that has others (the rule and its other targets stay).
 */
export function parseReplaced(
  ref: string,
): { kind: 'rule'; name: string; target?: string } | { kind: 'schedule'; group: string; name: string } | undefined {
  const rule = /^rule\/([.\-_A-Za-z0-9]{1,64})(?:\/([.\-_A-Za-z0-9]{1,64}))?$/.exec(ref);
  if (rule) return { kind: 'rule', name: rule[1]!, ...(rule[2] ? { target: rule[2] } : {}) };
  const schedule = /^schedule\/([.\-_A-Za-z0-9]{1,64})\/([.\-_A-Za-z0-9]{1,64})$/.exec(ref);
  return schedule ? { kind: 'schedule', group: schedule[1]!, name: schedule[2]! } : undefined;
}
