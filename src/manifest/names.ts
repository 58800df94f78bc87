/** How ecs-batch names and tags what it creates, so people and tools can find it. */

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
