/** EventBridge rules (backend: rules): one rule `<prefix>-<job>`, tagged for ownership, with one ECS target. */
import { compared, notOwned } from './compare.ts';
import { allow, passRole } from '../aws/policy.ts';
import {
  DeleteRuleCommand,
  ListRuleNamesByTargetCommand,
  ListRulesCommand,
  ListTagsForResourceCommand,
  ListTargetsByRuleCommand,
  PutRuleCommand,
  PutTargetsCommand,
  RemoveTargetsCommand,
  type PutRuleCommandInput,
  type Rule,
  type Target,
} from '@aws-sdk/client-eventbridge';
import type { AwsClients } from '../aws/clients.ts';
import { EVENTS_IN_FLIGHT, PAGE_SIZE } from '../aws/limits.ts';
import { OWNER_TAG, jobFromResourceName } from '../manifest/names.ts';
import type { ObservedRule } from '../model/observed.ts';
import { NEW_REVISION } from '../targets/ecs.ts';
import { RULE_TARGET_ID, normalizeRule, normalizeRuleTarget } from '../targets/schedule.ts';

export { normalizeRuleTarget };
import { mapLimit } from '../util/concurrency.ts';
import { diffValues, prefixedChanges, type FieldChange } from '../util/diff.ts';
import { drifted, driftWarning, fingerprintFields, ruleFingerprint, recordApplied } from './applied.ts';
import { PHASE, UNSCOPED_READS, OWN_WRITES, createdOwned, ownedOnly, tagsOwnOnly, type ResourceKind } from './kind.ts';

export interface RuleChange {
  kind: 'rule';
  action: 'create' | 'update' | 'unchanged' | 'delete';
  job?: string;
  name: string;
  rule?: PutRuleCommandInput;
  target?: Target;
  /** Rule delete: ids of ecs-batch's targets to remove first. */
  removeTargetIds?: string[];
  /** Rule delete: other targets someone added; the rule is then left in place. */
  foreignTargets?: number;
  diff: FieldChange[];
  reason: string;
  /** The live rule is not what ecs-batch last wrote: someone changed it outside ecs-batch. */
  drifted?: boolean;
  /** Fingerprint of the desired rule and target, recorded on the revision it runs (see APPLIED_TAG). */
  fingerprint?: string;
  /** That revision carries the fingerprint already. */
  fingerprintRecorded?: boolean;
  /** The revision the fingerprint goes on (the job's own, whether the rule runs it or a state machine). */
  recordOn?: string;
}

/** Every page of a NextToken listing (the EventBridge SDK has no paginators). */
export async function allPages<T>(
  fetch: (token: string | undefined) => Promise<{ items: T[]; next?: string | undefined }>,
): Promise<T[]> {
  const all: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetch(token);
    all.push(...page.items);
    token = page.next;
  } while (token);
  return all;
}

export async function targetsOf(clients: AwsClients, rule: string): Promise<Target[]> {
  return allPages(async (token) => {
    const page = await clients.events.send(
      new ListTargetsByRuleCommand({ Rule: rule, ...(token ? { NextToken: token } : {}) }),
    );
    return { items: page.Targets ?? [], next: page.NextToken };
  });
}

/** A rule found by its exact name, with the ecs-batch deployment that owns it (its OWNER_TAG), if any. */
export async function ruleByName(
  clients: AwsClients,
  name: string,
): Promise<{ arn: string; state: Rule['State']; owner: string | undefined; rule: Rule } | undefined> {
  const listed = await clients.events.send(new ListRulesCommand({ NamePrefix: name, Limit: PAGE_SIZE.ListRules }));
  const rule = listed.Rules?.find((r) => r.Name === name);
  if (!rule?.Arn) return undefined;
  const tags = await clients.events.send(new ListTagsForResourceCommand({ ResourceARN: rule.Arn }));
  return { arn: rule.Arn, state: rule.State, owner: tags.Tags?.find((t) => t.Key === OWNER_TAG)?.Value, rule };
}

/** The names of every rule with a target on this ARN (e.g. a cluster). */
export function ruleNamesTargeting(clients: AwsClients, targetArn: string): Promise<string[]> {
  return allPages(async (token) => {
    const page = await clients.events.send(
      new ListRuleNamesByTargetCommand({
        TargetArn: targetArn,
        Limit: PAGE_SIZE.ListRules,
        ...(token ? { NextToken: token } : {}),
      }),
    );
    return { items: page.RuleNames ?? [], next: page.NextToken };
  });
}

export const rules: ResourceKind<RuleChange> = {
  kinds: ['rule'],
  writesInFlight: () => EVENTS_IN_FLIGHT,

  async observe(clients, req) {
    const found = await allPages<Rule>(async (token) => {
      const page = await clients.events.send(
        new ListRulesCommand({
          NamePrefix: `${req.prefix}-`,
          Limit: PAGE_SIZE.ListRules,
          ...(token ? { NextToken: token } : {}),
        }),
      );
      return { items: page.Rules ?? [], next: page.NextToken };
    });
    const observed = await mapLimit(found, EVENTS_IN_FLIGHT, async (rule): Promise<ObservedRule> => {
      const tags = await clients.events.send(new ListTagsForResourceCommand({ ResourceARN: rule.Arn! }));
      const owner = tags.Tags?.find((t) => t.Key === OWNER_TAG)?.Value;
      const owned = owner === req.prefix;
      return {
        ...(owner !== undefined ? { owner } : {}),
        name: rule.Name!,
        arn: rule.Arn!,
        ...(rule.ScheduleExpression ? { scheduleExpression: rule.ScheduleExpression } : {}),
        ...(rule.EventPattern ? { eventPattern: rule.EventPattern } : {}),
        ...(rule.State ? { state: rule.State } : {}),
        ...(rule.Description !== undefined ? { description: rule.Description } : {}),
        owned,
        targets: owned ? await targetsOf(clients, rule.Name!) : [],
      };
    });
    return { rules: Object.fromEntries(observed.map((r) => [r.name, r])) };
  },

  plan({ desired, observed, facts }) {
    const { knownArns } = facts;
    const changes: RuleChange[] = [];
    const conflicts: string[] = [];
    const warnings: string[] = [];
    const prunable: RuleChange[] = [];
    const ownedJobs = new Set<string>();
    const { prefix } = desired;
    if (desired.backend === 'rules') {
      for (const d of desired.jobs) {
        if (!d.target) continue; // a job after others starts with its chain
        const ecs = d.target.EcsParameters;
        // Shared task definitions: the target names the family (latest ACTIVE revision), complete as desired.
        const target: Target = d.shared
          ? d.target
          : {
              ...d.target,
              ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: knownArns.get(d.family) ?? NEW_REVISION } } : {}),
            };
        const current = observed.rules[d.name];
        if (current && (!current.owned || current.eventPattern)) {
          conflicts.push(notOwned(`rule ${d.name}`, prefix, 'rename the job, or tag the rule to adopt it'));
          continue;
        }
        const fingerprint = d.shared ? undefined : ruleFingerprint(d.rule, target, d.family);
        const recorded = fingerprint
          ? {
              ...fingerprintFields(observed, d, knownArns, fingerprint),
              recordOn: knownArns.get(d.family) ?? NEW_REVISION,
            }
          : {};
        const base = { kind: 'rule' as const, job: d.job.name, name: d.name, rule: d.rule!, target, ...recorded };
        if (!current) {
          changes.push({ ...base, ...compared(undefined) });
          continue;
        }
        const ours = current.targets.find((t) => t.Id === RULE_TARGET_ID);
        const live = {
          ScheduleExpression: current.scheduleExpression,
          State: current.state,
          Description: current.description,
        };
        const diff = [
          ...diffValues(normalizeRule(live), normalizeRule(d.rule)),
          ...prefixedChanges('Target', diffValues(normalizeRuleTarget(ours), normalizeRuleTarget(target))),
        ];
        const outside =
          fingerprint !== undefined &&
          diff.length > 0 &&
          drifted(observed, d.family, ruleFingerprint(live, ours, d.family));
        if (outside) warnings.push(driftWarning('rule', d.name, diff));
        changes.push({ ...base, ...compared(diff, outside) });
      }
    }
    // Another project whose name starts with ours (`billing-reports` for `billing`): its rules match our name prefix.
    const others = new Map<string, number>();
    for (const rule of Object.values(observed.rules))
      if (rule.owner !== undefined && rule.owner !== prefix) others.set(rule.owner, (others.get(rule.owner) ?? 0) + 1);
    for (const [owner, count] of [...others].sort())
      warnings.push(
        `${count} EventBridge rule${count === 1 ? '' : 's'} named ${prefix}-… belong${count === 1 ? 's' : ''} to ` +
          `ecs-batch project ${owner}: left alone (the IAM policy's tag conditions keep the two apart), but consider ` +
          'names that do not start with one another',
      );
    // Prune: what is ours carries the tag *and* is named `<prefix>-<job>`.
    const desiredNames = new Set(desired.jobs.map((j) => j.name));
    for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
      const job = jobFromResourceName(prefix, rule.name);
      // Event-pattern rules (alerts, history) are not job schedules: src/resources/event-rules.ts owns them.
      if (!rule.owned || !job || rule.eventPattern) continue;
      ownedJobs.add(job);
      if (desired.backend === 'rules' && desiredNames.has(rule.name)) continue;
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
        reason:
          (desiredNames.has(rule.name)
            ? 'the job moved to EventBridge Scheduler (backend: scheduler)'
            : 'no longer in the manifest') +
          (foreign ? `; ${foreign} target(s) someone else added keep the rule in place` : ''),
      });
    }
    return { changes, conflicts, warnings, prunable, ownedJobs: [...ownedJobs] };
  },

  iam({ desired, arn, write }) {
    const writes = write && desired.backend === 'rules';
    const rules = arn('events', `rule/${desired.prefix}-*`);
    return [
      ...allow(UNSCOPED_READS, ['events:ListRules'], ['*']),
      ...allow('Rules', ['events:ListTagsForResource', 'events:ListTargetsByRule'], [rules]),
      // Writes only to rules this project tagged as its own: `<prefix>-*` also matches `<prefix>-reports-*`.
      ...(write
        ? allow(
            OWN_WRITES.change,
            ['events:RemoveTargets', 'events:DeleteRule', ...(writes ? ['events:PutTargets'] : [])],
            [rules],
            ownedOnly(desired.prefix),
          )
        : []),
      ...(writes ? allow(OWN_WRITES.create, ['events:PutRule'], [rules], createdOwned(desired.prefix)) : []),
      ...(writes ? allow(OWN_WRITES.tag, ['events:TagResource'], [rules], tagsOwnOnly(desired.prefix)) : []),
      ...(writes
        ? passRole(
            'PassRoleToScheduler',
            desired.jobs.map((j) => j.target?.RoleArn),
            'events.amazonaws.com',
          )
        : []),
    ];
  },

  phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.schedules),

  async apply(ctx, c) {
    const { clients } = ctx;
    if (c.action === 'delete') {
      if (c.removeTargetIds?.length)
        await clients.events.send(new RemoveTargetsCommand({ Rule: c.name, Ids: c.removeTargetIds }));
      if (c.foreignTargets) return `kept: ${c.foreignTargets} other target(s)`;
      await clients.events.send(new DeleteRuleCommand({ Name: c.name }));
      return undefined;
    }
    await clients.events.send(new PutRuleCommand(c.rule!));
    const ecs = c.target!.EcsParameters;
    const target = {
      ...c.target!,
      ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: ctx.withArn(ecs.TaskDefinitionArn, c.name) } } : {}),
    };
    const out = await clients.events.send(new PutTargetsCommand({ Rule: c.name, Targets: [target] }));
    if (out.FailedEntryCount)
      throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
    if (c.fingerprint) await recordApplied(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
    return undefined;
  },
};
