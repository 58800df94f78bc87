/**
 * The planner: a pure function of (desired, observed) that lists every change in the order apply
 * runs them, each with a reason and a field-level diff. An unchanged job produces no write.
 */
import type { Target as RuleTarget } from '@aws-sdk/client-eventbridge';
import type { CreateScheduleCommandInput, GetScheduleCommandOutput } from '@aws-sdk/client-scheduler';
import { DEFAULT_RETRY_POLICY } from '../aws/limits.ts';
import { createHash } from 'node:crypto';
import { APPLIED_TAG, OWNER_TAG, jobFromResourceName } from '../manifest/names.ts';
import { normalizeTags, normalizeTaskDefinition } from '../taskdef/normalize.ts';
import { canonical, diffValues, type FieldChange } from '../util/diff.ts';
import {
  NEW_REVISION,
  RULE_TARGET_ID,
  changeName,
  type Change,
  type DesiredJob,
  type DesiredState,
  type JobAction,
  type JobPlan,
  type ObservedState,
  type Plan,
  type PlanOptions,
  type Reason,
} from './types.ts';

type ScheduleLike = Partial<CreateScheduleCommandInput> | GetScheduleCommandOutput;

/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
export function normalizeSchedule(s: ScheduleLike): unknown {
  const target = s.Target;
  const ecs = target?.EcsParameters;
  const iso = (d: Date | undefined) => (d ? new Date(d).toISOString() : undefined);
  return canonical({
    ScheduleExpression: s.ScheduleExpression,
    ScheduleExpressionTimezone: s.ScheduleExpressionTimezone ?? 'UTC',
    Description: s.Description,
    State: s.State ?? 'ENABLED',
    FlexibleTimeWindow: s.FlexibleTimeWindow,
    ActionAfterCompletion: s.ActionAfterCompletion ?? 'NONE',
    StartDate: iso(s.StartDate),
    EndDate: iso(s.EndDate),
    KmsKeyArn: s.KmsKeyArn,
    Target: target && {
      Arn: target.Arn,
      RoleArn: target.RoleArn,
      RetryPolicy: target.RetryPolicy ?? { MaximumRetryAttempts: DEFAULT_RETRY_POLICY.maximumRetryAttempts, MaximumEventAgeInSeconds: DEFAULT_RETRY_POLICY.maximumEventAgeInSeconds },
      DeadLetterConfig: target.DeadLetterConfig,
      Input: target.Input,
      EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
    },
  });
}

/** A rule target with EventBridge's defaults filled in. */
export function normalizeRuleTarget(t: RuleTarget | undefined): unknown {
  if (!t) return undefined;
  const ecs = t.EcsParameters;
  return canonical({ ...t, EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 } });
}

function normalizeRule(r: { ScheduleExpression?: string | undefined; State?: string | undefined; Description?: string | undefined } | undefined): unknown {
  return r && canonical({ ScheduleExpression: r.ScheduleExpression, State: r.State ?? 'ENABLED', Description: r.Description });
}

/**
 * A short fingerprint of a schedule, or a rule with its target, as ecs-batch writes it (normalized),
 * with the task definition named by family: the revision changes on every roll, and the
 * fingerprint can then travel with the new revision's registration at no extra write.
 */
export function appliedFingerprint(kind: 'schedule' | 'rule', family: string, value: ScheduleLike | { rule: Parameters<typeof normalizeRule>[0]; target: RuleTarget | undefined }): string {
  let normalized: unknown;
  if (kind === 'schedule') {
    const s = value as ScheduleLike;
    normalized = normalizeSchedule({ ...s, Target: s.Target && { ...s.Target, EcsParameters: s.Target.EcsParameters && { ...s.Target.EcsParameters, TaskDefinitionArn: family } } } as ScheduleLike);
  } else {
    const { rule, target } = value as { rule: Parameters<typeof normalizeRule>[0]; target: RuleTarget | undefined };
    normalized = [normalizeRule(rule), normalizeRuleTarget(target && { ...target, EcsParameters: target.EcsParameters && { ...target.EcsParameters, TaskDefinitionArn: family } })];
  }
  return createHash('sha256').update(JSON.stringify(normalized ?? null)).digest('hex').slice(0, 16);
}

/**
 * True when the live schedule or rule is not what ecs-batch last wrote (the fingerprint on the
 * revision it runs). Unknown (never recorded) counts as not drifted.
 */
function drifted(observed: ObservedState, name: string, liveFingerprint: string): boolean {
  const recorded = recordedFingerprint(observed, name);
  return recorded !== undefined && recorded !== liveFingerprint;
}

function recordedFingerprint(observed: ObservedState, name: string): string | undefined {
  return observed.taskDefinitions[name]?.tags.find((t) => t.key === APPLIED_TAG)?.value;
}

/** The fingerprint to record, unless the revision the schedule will run already carries it. */
function fingerprintFields(observed: ObservedState, d: DesiredJob, knownArns: Map<string, string>, fingerprint: string) {
  const already = knownArns.has(d.name) && recordedFingerprint(observed, d.name) === fingerprint;
  return { fingerprint, ...(already ? { fingerprintRecorded: true } : {}) };
}

function prefixed(prefix: string, changes: FieldChange[]): FieldChange[] {
  return changes.map((c) => ({ ...c, path: `${prefix}.${c.path}` }));
}

export function plan(desired: DesiredState, observed: ObservedState, options: PlanOptions): Plan {
  const { prefix } = desired;
  const changes: Change[] = [];
  const conflicts: string[] = [];
  const warnings: string[] = [];
  const ownerTags = { [OWNER_TAG]: prefix };

  // 1. Log groups: a missing awslogs group stops tasks from starting, so they come first.
  for (const group of desired.logGroups) {
    const found = observed.logGroups[group.name];
    if (!found) {
      changes.push({ kind: 'log-group', action: 'create', name: group.name, ...(group.retentionDays !== undefined ? { retentionDays: group.retentionDays } : {}), tags: ownerTags, reason: 'does not exist' });
    } else if (group.retentionDays !== undefined && found.retentionInDays !== group.retentionDays) {
      if (found.managed) {
        changes.push({ kind: 'log-group', action: 'set-retention', name: group.name, retentionDays: group.retentionDays, reason: `retention ${found.retentionInDays ?? 'never expire'} → ${group.retentionDays} days` });
      } else {
        warnings.push(`log group ${group.name} was not created by ecs-batch (no ${OWNER_TAG}=${prefix} tag): its retention (${found.retentionInDays ?? 'never expire'}) is left as is; tag it to let ecs-batch set ${group.retentionDays} days`);
        changes.push({ kind: 'log-group', action: 'unchanged', name: group.name, reason: 'exists (not managed by ecs-batch)' });
      }
    } else {
      changes.push({ kind: 'log-group', action: 'unchanged', name: group.name, reason: 'exists' });
    }
  }

  // 2. Task definitions: register only what differs from the latest ACTIVE revision.
  const knownArns = new Map<string, string>();
  for (const d of desired.jobs) {
    const current = observed.taskDefinitions[d.name];
    if (current && normalizeTags(current.tags)[OWNER_TAG] !== prefix) {
      conflicts.push(`task definition family ${d.name} exists but is not owned by this manifest (its latest revision lacks the tag ${OWNER_TAG}=${prefix}); rename the job, or tag the family's latest revision to adopt it`);
      continue;
    }
    const diff = current
      ? [
          ...diffValues(normalizeTaskDefinition(current.definition), normalizeTaskDefinition(d.taskDefinition)),
          ...prefixed('tags', diffValues(normalizeTags(current.tags), normalizeTags(d.taskDefinition.tags))),
        ]
      : [];
    const base = { kind: 'task-definition' as const, job: d.job.name, family: d.name, input: d.taskDefinition };
    if (current && diff.length === 0) {
      knownArns.set(d.name, current.arn);
      changes.push({ ...base, action: 'unchanged', current: { arn: current.arn, revision: current.revision }, diff, reason: `revision ${current.revision} matches` });
    } else {
      changes.push({
        ...base,
        action: 'register',
        ...(current ? { current: { arn: current.arn, revision: current.revision } } : {}),
        diff,
        reason: current ? `revision ${current.revision} differs in ${diff.length} field${diff.length === 1 ? '' : 's'}` : 'new family',
      });
    }
  }

  // 3. Schedules (scheduler backend) or rules (rules backend), pointed at the exact revision.
  const scheduleChanges = desired.backend === 'scheduler' ? planSchedules(desired, observed, knownArns, conflicts) : planRules(desired, observed, knownArns, conflicts);
  changes.push(...scheduleChanges);
  // A new revision carries the fingerprint of the schedule that will run it (no extra write); a
  // schedule written without a new revision has it recorded on its revision by apply.
  for (const c of changes) {
    if (c.kind !== 'task-definition' || c.action !== 'register') continue;
    const sched = scheduleChanges.find((s) => (s.kind === 'schedule' || s.kind === 'rule') && s.name === c.family);
    const fingerprint = sched && (sched.kind === 'schedule' || sched.kind === 'rule') ? sched.fingerprint : undefined;
    if (fingerprint) c.input = { ...c.input, tags: [...(c.input.tags ?? []), { key: APPLIED_TAG, value: fingerprint }] };
  }

  // 4. Prune what this manifest owns and no longer lists; never anything else.
  const desiredNames = new Set(desired.jobs.map((j) => j.name));
  const desiredSchedules = desired.backend === 'scheduler' ? desiredNames : new Set<string>();
  const desiredRules = desired.backend === 'rules' ? desiredNames : new Set<string>();
  const prunable: Change[] = [];
  // What is ours carries the mark (the group, or the tag) *and* is named `<prefix>-<job>`.
  const ownedJobs = new Set<string>();
  if (observed.scheduleGroup?.owned) {
    for (const name of Object.keys(observed.schedules).sort()) {
      const job = jobFromResourceName(prefix, name);
      if (!job) {
        warnings.push(`schedule ${name} in the group ${prefix} is not named ${prefix}-<job>: it was not made by ecs-batch and is left alone`);
        continue;
      }
      ownedJobs.add(job);
      if (desiredSchedules.has(name)) continue;
      prunable.push({ kind: 'schedule', action: 'delete', job, name, group: prefix, diff: [], reason: desiredNames.has(name) ? 'the job moved to EventBridge rules (backend: rules)' : 'no longer in the manifest' });
    }
  }
  for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
    const job = jobFromResourceName(prefix, rule.name);
    if (!rule.owned || !job) continue;
    ownedJobs.add(job);
    if (desiredRules.has(rule.name)) continue;
    const ours = rule.targets.filter((t) => t.Id === RULE_TARGET_ID).map((t) => t.Id!);
    const foreign = rule.targets.length - ours.length;
    prunable.push({
      kind: 'rule',
      action: 'delete',
      job,
      name: rule.name,
      removeTargetIds: ours,
      foreignTargets: foreign,
      diff: [],
      reason: `${desiredNames.has(rule.name) ? 'the job moved to EventBridge Scheduler (backend: scheduler)' : 'no longer in the manifest'}${foreign ? `; ${foreign} target(s) someone else added keep the rule in place` : ''}`,
    });
  }
  for (const family of [...observed.ownedFamilies].sort()) {
    if (desiredNames.has(family)) continue;
    const arns = observed.activeRevisions[family] ?? [];
    if (arns.length === 0) continue;
    const job = jobFromResourceName(prefix, family);
    prunable.push({ kind: 'task-definition-revisions', action: 'deregister', family, ...(job ? { job } : {}), arns, reason: 'job no longer in the manifest' });
  }
  if (options.prune) {
    const refusal = massPruneRefusal(prefix, ownedJobs, desiredNames, options.maxPrune);
    if (refusal) conflicts.push(refusal);
    changes.push(...prunable);
  } else if (prunable.length) {
    const what = prunable.map((c) => `${c.kind === 'task-definition-revisions' ? 'task definition family' : c.kind} ${changeName(c)}`);
    warnings.push(`prune is off: left in place what this manifest no longer lists: ${what.join(', ')}`);
  }

  // 5. Keep N revisions per family: deregister older ACTIVE ones, never one a schedule points at.
  if (options.keepRevisions !== undefined) {
    for (const d of desired.jobs) {
      const registering = !knownArns.has(d.name);
      const revisions = observed.activeRevisions[d.name] ?? [];
      const keep = Math.max(0, options.keepRevisions - (registering ? 1 : 0));
      const pointed = knownArns.get(d.name);
      const old = revisions.slice(keep).filter((arn) => arn !== pointed);
      if (old.length) {
        changes.push({ kind: 'task-definition-revisions', action: 'deregister', family: d.name, job: d.job.name, arns: old, reason: `keep-revisions ${options.keepRevisions}` });
      }
    }
  }

  for (const c of changes) {
    if ((c.kind === 'schedule' || c.kind === 'rule') && c.drifted) {
      const fields = [...new Set(c.diff.map((f) => f.path.split(/[.[]/)[0]))].join(', ');
      warnings.push(
        `${c.kind} ${c.name} was changed outside ecs-batch (${fields}); this deploy puts back the manifest's values. ` +
          `The manifest is the source of truth: to stop a job, set enabled: false on it in the manifest`,
      );
    }
  }
  if (observed.otherOwnersUnknown) warnings.push(`could not look for other ecs-batch deployments of these jobs on this cluster: ${observed.otherOwnersUnknown}`);
  // 6. Another ecs-batch prefix runs the same jobs on this cluster: a renamed project leaves the old running.
  const byOwner = new Map<string, typeof observed.otherOwners>();
  for (const twin of observed.otherOwners ?? []) byOwner.set(twin.owner, [...(byOwner.get(twin.owner) ?? []), twin]);
  for (const [owner, twins] of byOwner) {
    const what = twins!.map((t) => `${t.kind} ${t.name}`).join(', ');
    warnings.push(
      `ecs-batch project ${owner} also runs ${[...new Set(twins!.map((t) => t.job))].join(', ')} on this cluster (${what}): ` +
        `if project or environment was renamed from ${owner}, those jobs run twice until the old ones are removed ` +
        `(deploy the old name with no jobs and --max-prune, or delete them)`,
    );
  }

  return {
    prefix,
    backend: desired.backend,
    region: desired.region,
    image: desired.image,
    changes,
    jobs: jobPlans(desired, observed, changes, knownArns),
    conflicts,
    warnings,
  };
}

/**
 * One edited line (a cut manifest, a wrong `project`, a bad merge) must not delete most jobs
 * unasked: removing more than half of the jobs this manifest owns (and more than one) needs
 * `--max-prune N`. With N given, N is the limit.
 */
export function massPruneRefusal(prefix: string, ownedJobs: ReadonlySet<string>, desiredNames: ReadonlySet<string>, maxPrune: number | undefined): string | undefined {
  const removed = [...ownedJobs].filter((job) => !desiredNames.has(`${prefix}-${job}`)).sort();
  const limit = maxPrune ?? (removed.length > 1 && removed.length * 2 > ownedJobs.size ? removed.length - 1 : removed.length);
  if (removed.length <= limit) return undefined;
  const shown = removed.length > 20 ? `${removed.slice(0, 20).join(', ')} and ${removed.length - 20} more` : removed.join(', ');
  const why = maxPrune === undefined ? `more than half of the ${ownedJobs.size} jobs it owns` : `more than --max-prune ${maxPrune}`;
  return (
    `this deploy would delete the schedules of ${removed.length} job(s), ${why}: ${shown}. ` +
    `If that is intended, allow it with --max-prune ${removed.length} (the action input max-prune: ${removed.length}); ` +
    'otherwise check that the manifest lists every job and that project and environment are right'
  );
}

function arnFor(d: DesiredJob, knownArns: Map<string, string>): string {
  return knownArns.get(d.name) ?? NEW_REVISION;
}

function planSchedules(desired: DesiredState, observed: ObservedState, knownArns: Map<string, string>, conflicts: string[]): Change[] {
  const { prefix } = desired;
  const changes: Change[] = [];
  const group = observed.scheduleGroup;
  if (group && !group.owned) {
    conflicts.push(`schedule group ${prefix} exists but is not owned by this manifest (no tag ${OWNER_TAG}=${prefix}); choose another project name, or tag the group to adopt it`);
    return changes;
  }
  changes.push(
    group
      ? { kind: 'schedule-group', action: 'unchanged', name: prefix, tags: { [OWNER_TAG]: prefix }, reason: 'exists' }
      : { kind: 'schedule-group', action: 'create', name: prefix, tags: { [OWNER_TAG]: prefix }, reason: 'does not exist' },
  );
  for (const d of desired.jobs) {
    const input: CreateScheduleCommandInput = {
      ...d.schedule!,
      Target: { ...d.schedule!.Target!, EcsParameters: { ...d.schedule!.Target!.EcsParameters!, TaskDefinitionArn: arnFor(d, knownArns) } },
    };
    const current = observed.schedules[d.name];
    const fingerprint = appliedFingerprint('schedule', d.name, input);
    if (!current) {
      changes.push({ kind: 'schedule', action: 'create', job: d.job.name, name: d.name, group: prefix, input, diff: [], reason: 'does not exist', ...fingerprintFields(observed, d, knownArns, fingerprint) });
      continue;
    }
    const diff = diffValues(normalizeSchedule(current), normalizeSchedule(input));
    const outside = diff.length > 0 && drifted(observed, d.name, appliedFingerprint('schedule', d.name, current));
    changes.push({
      kind: 'schedule',
      action: diff.length ? 'update' : 'unchanged',
      job: d.job.name,
      name: d.name,
      group: prefix,
      input,
      diff,
      reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ${outside ? ' (changed outside ecs-batch)' : ''}` : 'matches',
      ...fingerprintFields(observed, d, knownArns, fingerprint),
      ...(outside ? { drifted: true } : {}),
    });
  }
  return changes;
}

function planRules(desired: DesiredState, observed: ObservedState, knownArns: Map<string, string>, conflicts: string[]): Change[] {
  const { prefix } = desired;
  const changes: Change[] = [];
  for (const d of desired.jobs) {
    const target: RuleTarget = { ...d.target!, EcsParameters: { ...d.target!.EcsParameters!, TaskDefinitionArn: arnFor(d, knownArns) } };
    const current = observed.rules[d.name];
    if (current && !current.owned) {
      conflicts.push(`rule ${d.name} exists but is not owned by this manifest (no tag ${OWNER_TAG}=${prefix}); rename the job, or tag the rule to adopt it`);
      continue;
    }
    const fingerprint = appliedFingerprint('rule', d.name, { rule: d.rule, target });
    if (!current) {
      changes.push({ kind: 'rule', action: 'create', job: d.job.name, name: d.name, rule: d.rule!, target, diff: [], reason: 'does not exist', ...fingerprintFields(observed, d, knownArns, fingerprint) });
      continue;
    }
    const ours = current.targets.find((t) => t.Id === RULE_TARGET_ID);
    const liveRule = { ScheduleExpression: current.scheduleExpression, State: current.state, Description: current.description };
    const diff = [...diffValues(normalizeRule(liveRule), normalizeRule(d.rule)), ...prefixed('Target', diffValues(normalizeRuleTarget(ours), normalizeRuleTarget(target)))];
    const outside = diff.length > 0 && drifted(observed, d.name, appliedFingerprint('rule', d.name, { rule: liveRule, target: ours }));
    changes.push({
      kind: 'rule',
      action: diff.length ? 'update' : 'unchanged',
      job: d.job.name,
      name: d.name,
      rule: d.rule!,
      target,
      diff,
      reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ${outside ? ' (changed outside ecs-batch)' : ''}` : 'matches',
      ...fingerprintFields(observed, d, knownArns, fingerprint),
      ...(outside ? { drifted: true } : {}),
    });
  }
  return changes;
}

function jobPlans(desired: DesiredState, observed: ObservedState, changes: Change[], knownArns: Map<string, string>): JobPlan[] {
  return desired.jobs.map((d) => {
    const td = changes.find((c) => c.kind === 'task-definition' && c.family === d.name);
    const sched = changes.find((c) => (c.kind === 'schedule' || c.kind === 'rule') && c.name === d.name && c.action !== 'delete');
    const registers = td?.action === 'register';
    const reasons: Reason[] = [];
    if (td && td.kind === 'task-definition' && registers) {
      if (!td.current) reasons.push('task definition: new family');
      else reasons.push(...td.diff.map((change) => ({ resource: 'task definition' as const, change })));
    }
    const schedDiff = sched && (sched.kind === 'schedule' || sched.kind === 'rule') ? sched.diff : [];
    const meaningful = schedDiff.filter((c) => !(registers && /TaskDefinitionArn$/.test(c.path)));
    if (sched && (sched.kind === 'schedule' || sched.kind === 'rule') && sched.drifted) {
      reasons.push(`${sched.kind} ${sched.name} was changed outside ecs-batch since the last deploy: this deploy puts back what the manifest says`);
    }
    if (registers && sched && sched.action !== 'create') reasons.push(`${sched.kind} now runs the new revision`);
    reasons.push(...meaningful.map((change) => ({ resource: sched!.kind as 'schedule' | 'rule', change })));
    const existed = desired.backend === 'scheduler' ? Boolean(observed.schedules[d.name]) : Boolean(observed.rules[d.name]);
    let action: JobAction = 'unchanged';
    if (!existed) action = 'create';
    else if (registers || meaningful.length) {
      const onlyState = !registers && meaningful.every((c) => c.path === 'State');
      action = onlyState ? (d.job.enabled ? 'enable' : 'disable') : 'update';
    }
    if (action === 'create') reasons.unshift(`${desired.backend === 'scheduler' ? 'schedule' : 'rule'} ${d.name} is new`);
    const current = td && td.kind === 'task-definition' ? td.current : undefined;
    const arn = knownArns.get(d.name);
    return {
      job: d.job.name,
      name: d.name,
      action,
      enabled: d.job.enabled,
      reasons,
      family: d.name,
      ...(current ? { currentRevision: current.revision } : {}),
      ...(arn ? { taskDefinitionArn: arn } : {}),
      registersNewRevision: registers,
    };
  });
}

