/**
 * The planner: a pure function of (desired, observed) that lists every change in the order apply
 * runs them, each with a reason and a field-level diff. An unchanged job produces no write.
 */
import { RESOURCE_KINDS, phaseOf } from '../resources/index.ts';
import type { PlanFacts } from '../resources/kind.ts';
import {
  changeName,
  type Change,
  type DesiredState,
  type JobAction,
  type JobPlan,
  type ObservedState,
  type Plan,
  type PlanOptions,
  type Reason,
} from './types.ts';

export { normalizeSchedule } from '../resources/schedules.ts';
export { normalizeRuleTarget } from '../resources/rules.ts';

export function plan(desired: DesiredState, observed: ObservedState, options: PlanOptions): Plan {
  const changes: Change[] = [];
  const conflicts: string[] = [];
  const warnings: string[] = [];
  const prunable: Change[] = [];
  const ownedJobs = new Set<string>();
  const facts: PlanFacts = { knownArns: new Map() };
  for (const kind of RESOURCE_KINDS) {
    const out = kind.plan?.({ desired, observed, options, facts });
    if (!out) continue;
    changes.push(...(out.changes ?? []));
    prunable.push(...(out.prunable ?? []));
    conflicts.push(...(out.conflicts ?? []));
    warnings.push(...(out.warnings ?? []));
    for (const job of out.ownedJobs ?? []) ownedJobs.add(job);
    Object.assign(facts, out.facts);
  }

  // Prune what this manifest owns and no longer lists; never anything else, never most of it unasked.
  if (options.prune) {
    const refusal = massPruneRefusal(
      desired.prefix,
      ownedJobs,
      new Set(desired.jobs.map((j) => j.name)),
      options.maxPrune,
    );
    // Refused, nothing is pruned: the plan must not list deletions that will not happen.
    if (refusal) conflicts.push(refusal);
    else changes.push(...prunable);
  } else if (prunable.length) {
    const what = prunable.map(
      (c) => `${c.kind === 'task-definition-revisions' ? 'task definition family' : c.kind} ${changeName(c)}`,
    );
    warnings.push(`prune is off: left in place what this manifest no longer lists: ${what.join(', ')}`);
  }
  // A rollback points at an earlier revision: with one kept, there is none to go back to.
  if (options.keepRevisions !== undefined && options.keepRevisions < 2 && desired.taskDefinitions.length)
    warnings.push(
      `keep-revisions ${options.keepRevisions} keeps no earlier revision: ecs-batch rollback would have to register ` +
        'again (keep 2 or more to roll back by pointing at the revision before)',
    );
  // The order apply runs them in (stable within a phase).
  const ordered = changes
    .map((c, i) => ({ c, i, phase: phaseOf(c) }))
    .sort((a, b) => a.phase - b.phase || a.i - b.i)
    .map((x) => x.c);

  return {
    prefix: desired.prefix,
    backend: desired.backend,
    region: desired.region,
    image: desired.image,
    changes: ordered,
    jobs: jobPlans(desired, observed, ordered, facts.knownArns),
    conflicts,
    warnings,
  };
}

/**
 * One edited line (a cut manifest, a wrong `project`, a bad merge) must not delete most jobs
 * unasked: removing more than half of the jobs this manifest owns (and more than one) needs
 * `--max-prune N`. With N given, N is the limit.
 */
export function massPruneRefusal(
  prefix: string,
  ownedJobs: ReadonlySet<string>,
  desiredNames: ReadonlySet<string>,
  maxPrune: number | undefined,
): string | undefined {
  const removed = [...ownedJobs].filter((job) => !desiredNames.has(`${prefix}-${job}`)).sort();
  const limit =
    maxPrune ?? (removed.length > 1 && removed.length * 2 > ownedJobs.size ? removed.length - 1 : removed.length);
  if (removed.length <= limit) return undefined;
  const shown =
    removed.length > 20 ? `${removed.slice(0, 20).join(', ')} and ${removed.length - 20} more` : removed.join(', ');
  const why =
    maxPrune === undefined
      ? `more than half of the ${ownedJobs.size} jobs it owns`
      : `more than --max-prune ${maxPrune}`;
  return (
    `this deploy would remove ${removed.length} job(s) (their schedules or rules, and task definitions), ${why}: ` +
    `${shown}. ` +
    `If that is intended, allow it with --max-prune ${removed.length} (the action input max-prune: ${removed.length}); ` +
    'otherwise check that the manifest lists every job and that project and environment are right'
  );
}

/** A schedule, rule or state machine that is not what ecs-batch last wrote. */
function changedOutside(c: Change | undefined): c is Extract<Change, { kind: 'schedule' | 'rule' | 'state-machine' }> {
  return (c?.kind === 'schedule' || c?.kind === 'rule' || c?.kind === 'state-machine') && c.drifted === true;
}

function jobPlans(
  desired: DesiredState,
  observed: ObservedState,
  changes: Change[],
  knownArns: ReadonlyMap<string, string>,
): JobPlan[] {
  return desired.jobs.map((d) => {
    const td = changes.find((c) => c.kind === 'task-definition' && c.family === d.family);
    const sched = changes.find(
      (c) => (c.kind === 'schedule' || c.kind === 'rule') && c.name === d.name && c.action !== 'delete',
    );
    const registers = td?.action === 'register';
    const reasons: Reason[] = [];
    if (td && td.kind === 'task-definition' && registers) {
      if (!td.current) reasons.push('task definition: new family');
      else reasons.push(...td.diff.map((change) => ({ resource: 'task definition' as const, change })));
    }
    const schedDiff = sched && (sched.kind === 'schedule' || sched.kind === 'rule') ? sched.diff : [];
    const meaningful = schedDiff.filter((c) => !(registers && /[Tt]askDefinition(Arn)?$/.test(c.path)));
    const machine = d.stateMachine
      ? changes.find((c) => c.kind === 'state-machine' && c.name === d.stateMachine)
      : undefined;
    // Drift is named once: on the job whose schedule, rule or state machine it is (a chain's on the job that starts it).
    const drifted = [sched, !d.job.after ? machine : undefined].find(changedOutside);
    if (drifted)
      reasons.push(
        `${drifted.kind.replace('-', ' ')} ${drifted.name} was changed outside ecs-batch since the ` +
          `last deploy: this deploy puts back what the manifest says`,
      );
    if (registers && sched && sched.action !== 'create' && !d.stateMachine)
      reasons.push(`${sched.kind} now runs the new revision`);
    if (registers && machine && machine.action !== 'create')
      reasons.push(`state machine ${d.stateMachine} now runs the new revision`);
    if (machine?.action === 'create')
      reasons.push(
        `runs through the new state machine ${d.stateMachine}${d.job.after ? `, after ${d.job.after.join(', ')}` : ''}`,
      );
    // The state machine's own changes, once: on the job that starts it.
    if (machine?.kind === 'state-machine' && machine.action === 'update' && !d.job.after)
      reasons.push(...machine.diff.map((change) => ({ resource: 'state machine' as const, change })));
    reasons.push(...meaningful.map((change) => ({ resource: sched!.kind as 'schedule' | 'rule', change })));
    reasons.push(
      ...changes
        .filter((c) => c.kind === 'replaced' && c.action === 'take-over' && c.job === d.job.name)
        .map((c) => c.reason),
    );
    // A job after others has no schedule of its own: it exists when its state machine does.
    const existed = d.job.after
      ? Boolean(observed.stateMachines?.[d.stateMachine!])
      : desired.backend === 'scheduler'
        ? Boolean(observed.schedules[d.name])
        : Boolean(observed.rules[d.name]);
    let action: JobAction = 'unchanged';
    if (!existed) action = 'create';
    else if (registers || meaningful.length || (machine && machine.action !== 'unchanged')) {
      const onlyState = !registers && meaningful.length > 0 && meaningful.every((c) => c.path === 'State');
      action = onlyState ? (d.job.enabled ? 'enable' : 'disable') : 'update';
    }
    if (action === 'create' && !d.job.after)
      reasons.unshift(`${desired.backend === 'scheduler' ? 'schedule' : 'rule'} ${d.name} is new`);
    const current = td && td.kind === 'task-definition' ? td.current : undefined;
    const arn = knownArns.get(d.family);
    return {
      job: d.job.name,
      name: d.name,
      action,
      enabled: d.job.enabled,
      reasons,
      family: d.family,
      ...(current ? { currentRevision: current.revision } : {}),
      ...(arn ? { taskDefinitionArn: arn } : {}),
      registersNewRevision: registers,
    };
  });
}
