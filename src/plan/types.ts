/** What the planner produces: each job's plan, and every change in the order apply runs them. */
import type { Backend } from '../manifest/types.ts';
import type { Change } from '../resources/index.ts';
import type { JobAction, Reason } from '../model/change.ts';

export { NEW_REVISION } from '../targets/ecs.ts';
export { RULE_TARGET_ID } from '../targets/schedule.ts';
export type * from '../model/desired.ts';
export type * from '../model/observed.ts';
export { reasonText, type JobAction, type PlanOptions, type Reason } from '../model/change.ts';
export type { Change };

export interface JobPlan {
  job: string;
  name: string;
  action: JobAction;
  enabled: boolean;
  /** What changes, one line each (empty when unchanged). */
  reasons: Reason[];
  family: string;
  currentRevision?: number;
  /** The task definition ARN the schedule will point at, when it is known before apply. */
  taskDefinitionArn?: string;
  registersNewRevision: boolean;
}

export interface Plan {
  prefix: string;
  backend: Backend;
  region: string;
  image: string;
  /** Every change in the order apply runs them (unchanged ones included, for the report). */
  changes: Change[];
  jobs: JobPlan[];
  /** Resources this manifest would have to overwrite but does not own: apply refuses to start. */
  conflicts: string[];
  warnings: string[];
}

/** The resource a change is about: a family for task definitions, a name otherwise. */
export function changeName(c: Change): string {
  return c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
}

export function isWrite(change: Change): boolean {
  return change.action !== 'unchanged';
}
