/** What every change and every job plan share, whatever the kind of resource. */
import { describeChange, type DisplayOptions, type FieldChange } from '../util/diff.ts';

/** The part of a change the generic planner and apply read; each kind's module defines the rest. */
export interface ChangeBase {
  kind: string;
  action: string;
}

export interface PlanOptions {
  prune: boolean;
  /** Most jobs a prune may remove; without it, more than half of the owned jobs (and more than one) is refused. */
  maxPrune?: number;
  /** Keep this many ACTIVE revisions per family; older ones are deregistered. */
  keepRevisions?: number;
}

export type JobAction = 'create' | 'update' | 'enable' | 'disable' | 'unchanged';

/** Why a job changes: a line in our own words, or a field change that the report describes. */
export type Reason =
  string | { resource: 'task definition' | 'schedule' | 'rule' | 'state machine'; change: FieldChange };

export function reasonText(reason: Reason, options: DisplayOptions = {}): string {
  return typeof reason === 'string' ? reason : `${reason.resource} ${describeChange(reason.change, options)}`;
}
