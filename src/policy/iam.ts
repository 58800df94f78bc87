/**
 * The least-privilege IAM policy the actions need for one manifest: resources scoped to its
 * `<prefix>-*` families (held apart from other environments' by the ownership tag), schedule
 * group, rules, log groups and repository; iam:PassRole only for its roles, only to the service
 * that uses them. Its size does not grow with the number of jobs.
 */
import { OWNER_TAG } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { mergeStatements, namesOrPattern, type PolicyDocument, type Statement } from '../aws/policy.ts';
import { desiredState } from '../plan/desired.ts';
import { RESOURCE_KINDS } from '../resources/index.ts';
import { familyArns } from '../resources/task-definitions.ts';

export { MAX_LISTED_NAMES, namesOrPattern, type PolicyDocument, type Statement } from '../aws/policy.ts';

/** The policy does not depend on the image: task definitions are rendered with this stand-in. */
const POLICY_IMAGE = 'policy.invalid/image@sha256:0000000000000000000000000000000000000000000000000000000000000000';

/** deploy, plan (read-only) and run are roles of the workflows; scheduler is the role schedules or rules start tasks with. */
export type PolicyPurpose = 'deploy' | 'plan' | 'run' | 'scheduler' | 'state-machine';

/**
 * Actions AWS does not scope to a resource (they need "*"). Everything else is scoped.
 * RegisterTaskDefinition is held to this manifest's tag instead; DeregisterTaskDefinition cannot
 * be scoped at all (the README says so).
 */
export const UNSCOPED_ACTIONS = [
  'ecs:DescribeTaskDefinition',
  'ecs:ListTaskDefinitionFamilies',
  'ecs:ListTaskDefinitions',
  'ecs:RegisterTaskDefinition',
  'ecs:DeregisterTaskDefinition',
  'ecr:GetAuthorizationToken',
  'scheduler:ListSchedules',
  'scheduler:ListScheduleGroups',
  'events:ListRules',
  'events:ListRuleNamesByTarget',
  'logs:DescribeLogGroups',
  'logs:DescribeResourcePolicies',
  'logs:PutResourcePolicy',
  // Held to the manifest's cluster by the ecs:cluster condition.
  'ecs:ListTasks',
  'states:ListStateMachines',
] as const;

export interface PolicyContext {
  account: string;
  region: string;
  partition: string;
}

/** Account and partition from the manifest's role ARNs; region from the caller. */
export function policyContext(
  manifest: ResolvedManifest,
  region: string | undefined,
  account: string | undefined,
): PolicyContext {
  const roles = manifest.jobs
    .flatMap((j) => [j.executionRoleArn, j.taskRoleArn, j.schedulerRoleArn])
    .filter((r): r is string => Boolean(r));
  const m = roles.map((r) => /^arn:(aws[a-z-]*):iam::(\d{12}):role\//.exec(r)).find(Boolean);
  return { account: account ?? m?.[2] ?? '*', region: region ?? '*', partition: m?.[1] ?? 'aws' };
}

export function iamPolicy(manifest: ResolvedManifest, purpose: PolicyPurpose, ctx: PolicyContext): PolicyDocument {
  const { prefix } = manifest;
  const arn = (service: string, resource: string, region = ctx.region) =>
    `arn:${ctx.partition}:${service}:${region}:${ctx.account}:${resource}`;
  const clusterName = manifest.cluster.startsWith('arn:')
    ? manifest.cluster.slice(manifest.cluster.lastIndexOf('/') + 1)
    : manifest.cluster;
  const cluster = manifest.cluster.startsWith('arn:') ? manifest.cluster : arn('ecs', `cluster/${clusterName}`);
  const families = familyArns(prefix, manifest.taskDefinitions === 'shared', arn);
  const ownTag = { [`aws:ResourceTag/${OWNER_TAG}`]: prefix };
  const repository = arn('ecr', `repository/${manifest.image.repository}`);
  const schedules = arn('scheduler', `schedule/${prefix}/*`);
  const rules = arn('events', `rule/${prefix}-*`);
  const logGroups = namesOrPattern(manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : []))).flatMap((g) => [
    arn('logs', `log-group:${g}`),
    arn('logs', `log-group:${g}:*`),
  ]);
  const taskRoles = namesOrPattern(
    manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]).filter((r): r is string => Boolean(r)),
  );
  const stateMachines = arn('states', `stateMachine:${prefix}-*`);
  const runsStateMachines = manifest.chains.length > 0;
  const deploy = purpose === 'deploy';

  const statements: Statement[] = [];
  const allow = (Sid: string, Action: string[], Resource: string[], Condition?: Statement['Condition']) => {
    if (Action.length && Resource.length)
      statements.push({
        Sid,
        Effect: 'Allow',
        Action: [...Action].sort(),
        Resource,
        ...(Condition ? { Condition } : {}),
      });
  };

  if (purpose === 'plan' || deploy) {
    // What a deploy reads and writes beyond its resource kinds: the cluster, the image repository, `status`.
    allow('ReadWithoutResourceScope', deploy ? ['ecr:GetAuthorizationToken'] : [], ['*']);
    allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
    allow(
      'Repository',
      [
        'ecr:DescribeImages',
        'ecr:DescribeRepositories',
        ...(deploy
          ? [
              'ecr:CreateRepository',
              'ecr:PutLifecyclePolicy',
              'ecr:TagResource',
              'ecr:BatchCheckLayerAvailability',
              'ecr:BatchGetImage',
              'ecr:CompleteLayerUpload',
              'ecr:GetDownloadUrlForLayer',
              'ecr:InitiateLayerUpload',
              'ecr:PutImage',
              'ecr:UploadLayerPart',
            ]
          : []),
      ],
      [repository],
    );
    // ecs-batch status: the live schedules' state (read by their kinds), recent runs from ECS, and the run history.
    allow('StatusRecentRuns', ['ecs:ListTasks'], ['*'], { ArnEquals: { 'ecs:cluster': cluster } });
    allow('StatusDescribeRuns', ['ecs:DescribeTasks'], [arn('ecs', `task/${clusterName}/*`)]);
    if (manifest.history)
      allow(
        'StatusRunHistory',
        ['logs:FilterLogEvents'],
        [
          arn('logs', `log-group:/aws/events/ecs-batch/${prefix}`),
          arn('logs', `log-group:/aws/events/ecs-batch/${prefix}:*`),
        ],
      );
    // Every kind of resource a deploy manages says what its reads (and writes) need.
    const desired = desiredState(manifest, { region: ctx.region, clusterArn: cluster, image: POLICY_IMAGE });
    const scope = {
      manifest,
      desired,
      arn: (service: string, resource: string) => arn(service, resource),
      write: deploy,
    };
    for (const kind of RESOURCE_KINDS) statements.push(...(kind.iam?.(scope) ?? []));
  }
  if (purpose === 'run') {
    allow(
      'ReadWithoutResourceScope',
      ['ecs:DescribeTaskDefinition', ...(runsStateMachines ? ['states:ListStateMachines'] : [])],
      ['*'],
    );
    if (runsStateMachines) {
      allow('RunChains', ['states:StartExecution'], [stateMachines]);
      // Following a chain: its steps' tasks, found by family.
      allow('FindChainSteps', ['ecs:ListTasks'], ['*'], { ArnEquals: { 'ecs:cluster': cluster } });
      allow(
        'FollowChains',
        ['states:DescribeExecution', 'states:StopExecution'],
        [arn('states', `execution:${prefix}-*:*`)],
      );
    }
    allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
    allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster }, StringEquals: ownTag });
    allow('WatchAndStopTasks', ['ecs:DescribeTasks', 'ecs:StopTask'], [arn('ecs', `task/${clusterName}/*`)]);
    allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], {
      StringEquals: { 'ecs:CreateAction': 'RunTask' },
    });
    allow('ReadSchedules', ['scheduler:GetSchedule'], [schedules]);
    allow('ReadRules', ['events:DescribeRule', 'events:ListTargetsByRule'], [rules]);
    allow('ReadJobLogs', ['logs:GetLogEvents', 'logs:FilterLogEvents'], logGroups);
    allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
      StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
    });
  }
  if (purpose === 'scheduler') {
    // What EventBridge Scheduler (or an EventBridge rule) needs to start the jobs' tasks. Trust:
    // scheduler.amazonaws.com (or events.amazonaws.com).
    if (runsStateMachines) allow('StartStateMachines', ['states:StartExecution'], [stateMachines]);
    allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster }, StringEquals: ownTag });
    allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], {
      StringEquals: { 'ecs:CreateAction': 'RunTask' },
    });
    allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
      StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
    });
  }
  if (purpose === 'state-machine') {
    // What the state machines run as (trust states.amazonaws.com): ECS tasks with .sync, and their own executions (concurrency).
    allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster }, StringEquals: ownTag });
    allow('WatchAndStopTasks', ['ecs:DescribeTasks', 'ecs:StopTask'], [arn('ecs', `task/${clusterName}/*`)]);
    allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], {
      StringEquals: { 'ecs:CreateAction': 'RunTask' },
    });
    // `.sync` learns that a task stopped through this managed rule.
    allow(
      'SyncTaskEvents',
      ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      [arn('events', 'rule/StepFunctionsGetEventsForECSTaskRule')],
    );
    allow('OwnExecutions', ['states:ListExecutions'], [stateMachines]);
    allow('StopOwnExecutions', ['states:StopExecution'], [arn('states', `execution:${prefix}-*:*`)]);
    allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
      StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
    });
  }
  return { Version: '2012-10-17', Statement: mergeStatements(statements) };
}
