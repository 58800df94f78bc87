/**
 * The least-privilege IAM policy the actions need for one manifest: resources scoped to its
 * `<prefix>-*` families (held apart from other environments' by the ownership tag), schedule
 * group, rules, log groups and repository; iam:PassRole only for its roles, only to the service
 * that uses them. Its size does not grow with the number of jobs.
 */
import { APPLIED_TAG, OWNER_TAG, parseReplaced } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';

/** deploy, plan (read-only) and run are roles of the workflows; scheduler is the role schedules or rules start tasks with. */
export type PolicyPurpose = 'deploy' | 'plan' | 'run' | 'scheduler' | 'state-machine';

export interface Statement {
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: Statement[];
}

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

/** Past this many distinct log groups or roles, a policy names them by their common prefix, so its size stays flat. */
export const MAX_LISTED_NAMES = 8;

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

function commonPrefix(values: readonly string[]): string {
  let prefix = values[0] ?? '';
  for (const v of values) while (!v.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Distinct names, or (past MAX_LISTED_NAMES) one wildcard on their common prefix: size independent of the number of jobs. */
export function namesOrPattern(values: readonly string[]): string[] {
  const distinct = [...new Set(values)].sort();
  return distinct.length <= MAX_LISTED_NAMES ? distinct : [`${commonPrefix(distinct)}*`];
}

export function iamPolicy(manifest: ResolvedManifest, purpose: PolicyPurpose, ctx: PolicyContext): PolicyDocument {
  const { prefix } = manifest;
  const arn = (service: string, resource: string, region = ctx.region) =>
    `arn:${ctx.partition}:${service}:${region}:${ctx.account}:${resource}`;
  const clusterName = manifest.cluster.startsWith('arn:')
    ? manifest.cluster.slice(manifest.cluster.lastIndexOf('/') + 1)
    : manifest.cluster;
  const cluster = manifest.cluster.startsWith('arn:') ? manifest.cluster : arn('ecs', `cluster/${clusterName}`);
  // `<prefix>-*` also matches another environment's families (`<prefix>-staging-*`): the tag condition tells them apart.
  const families = [
    arn('ecs', `task-definition/${prefix}-*:*`),
    // Shared task definitions are run by family, without a revision (the latest ACTIVE one): IAM sees that ARN.
    ...(manifest.taskDefinitions === 'shared' ? [arn('ecs', `task-definition/${prefix}-shared-*`)] : []),
  ];
  const ownTag = { [`aws:ResourceTag/${OWNER_TAG}`]: prefix };
  const repository = arn('ecr', `repository/${manifest.image.repository}`);
  const group = arn('scheduler', `schedule-group/${prefix}`);
  const schedules = arn('scheduler', `schedule/${prefix}/*`);
  const rules = arn('events', `rule/${prefix}-*`);
  const logGroups = namesOrPattern(manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : []))).flatMap((g) => [
    arn('logs', `log-group:${g}`),
    arn('logs', `log-group:${g}:*`),
  ]);
  const schedulerRoles = namesOrPattern(
    manifest.jobs.map((j) => j.schedulerRoleArn).filter((r): r is string => Boolean(r)),
  );
  const taskRoles = namesOrPattern(
    manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]).filter((r): r is string => Boolean(r)),
  );
  const rulesBackend = manifest.backend === 'rules';
  const stateMachines = arn('states', `stateMachine:${prefix}-*`);
  const stateMachineRoles = namesOrPattern(
    manifest.jobs.map((j) => j.stateMachineRoleArn).filter((r): r is string => Boolean(r)),
  );
  const runsStateMachines = manifest.chains.length > 0;
  const invoker = rulesBackend ? 'events.amazonaws.com' : 'scheduler.amazonaws.com';
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

  const unscopedReads = [
    'ecs:DescribeTaskDefinition',
    'ecs:ListTaskDefinitionFamilies',
    'ecs:ListTaskDefinitions',
    'scheduler:ListSchedules',
    'scheduler:ListScheduleGroups',
    'events:ListRules',
    'events:ListRuleNamesByTarget',
    'logs:DescribeLogGroups',
    'logs:DescribeResourcePolicies',
    'states:ListStateMachines',
  ];
  // Alerts and run history are EventBridge rules too, whatever the backend.
  const writesRules = rulesBackend || Boolean(manifest.alerts) || Boolean(manifest.history);
  if (purpose === 'plan' || deploy) {
    allow(
      'ReadWithoutResourceScope',
      [...unscopedReads, ...(deploy ? ['ecs:DeregisterTaskDefinition', 'ecr:GetAuthorizationToken'] : [])],
      ['*'],
    );
    if (deploy) {
      allow('RegisterOwnTaskDefinitions', ['ecs:RegisterTaskDefinition'], ['*'], {
        StringEquals: { [`aws:RequestTag/${OWNER_TAG}`]: prefix },
      });
      allow('TagTaskDefinitionsOnRegister', ['ecs:TagResource'], families, {
        StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' },
      });
      // The fingerprint of what a schedule was last set to, on the revision it runs (drift detection).
      allow('RecordAppliedSchedules', ['ecs:TagResource'], families, {
        StringEquals: ownTag,
        'ForAllValues:StringEquals': { 'aws:TagKeys': [APPLIED_TAG] },
      });
    }
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
    // Both backends are read (and the other one's leftovers deleted after a switch); only the manifest's backend is written.
    allow(
      'ScheduleGroup',
      [
        'scheduler:GetScheduleGroup',
        ...(deploy && !rulesBackend ? ['scheduler:CreateScheduleGroup', 'scheduler:TagResource'] : []),
      ],
      [group],
    );
    allow(
      'Schedules',
      [
        'scheduler:GetSchedule',
        ...(deploy
          ? [
              'scheduler:DeleteSchedule',
              ...(rulesBackend ? [] : ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule']),
            ]
          : []),
      ],
      [schedules],
    );
    allow(
      'Rules',
      [
        'events:DescribeRule',
        'events:ListTargetsByRule',
        ...(deploy
          ? [
              'events:RemoveTargets',
              'events:DeleteRule',
              ...(writesRules ? ['events:PutRule', 'events:PutTargets', 'events:TagResource'] : []),
            ]
          : []),
      ],
      [rules],
    );
    // The alarm on the schedule group's failed invocations (read always: a removed `alerts` deletes it).
    allow(
      'Alarm',
      [
        'cloudwatch:DescribeAlarms',
        'cloudwatch:ListTagsForResource',
        ...(deploy ? ['cloudwatch:PutMetricAlarm', 'cloudwatch:DeleteAlarms', 'cloudwatch:TagResource'] : []),
      ],
      [arn('cloudwatch', `alarm:${prefix}-ecs-batch-*`)],
    );
    // State machines `<prefix>-*` (told apart from another environment's by the tag), for retries, timeouts, concurrency and chains.
    allow(
      'StateMachines',
      [
        'states:DescribeStateMachine',
        'states:ListTagsForResource',
        ...(deploy
          ? [
              'states:CreateStateMachine',
              'states:UpdateStateMachine',
              'states:DeleteStateMachine',
              'states:TagResource',
            ]
          : []),
      ],
      [stateMachines],
    );
    // ecs-batch status: the live schedules' state (above), recent runs from ECS, and the run history.
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
    // The alert topic is read (its policy checked), never written.
    if (manifest.alerts) allow('AlertTopic', ['sns:GetTopicAttributes'], [manifest.alerts.snsTopicArn]);
    // The one Logs resource policy that lets EventBridge write run history (it cannot be scoped).
    if (deploy && manifest.history) allow('RunHistoryPolicy', ['logs:PutResourcePolicy'], ['*']);
    // Reading other schedules and rules (tags, targets) finds another ecs-batch deployment of the same jobs (a renamed project).
    allow(
      'ReadOtherDeployments',
      [
        'scheduler:ListTagsForResource',
        'scheduler:GetSchedule',
        'events:ListTagsForResource',
        'events:ListTargetsByRule',
      ],
      [arn('scheduler', 'schedule-group/*'), arn('scheduler', 'schedule/*/*'), arn('events', 'rule/*')],
    );
    allow(
      'LogGroups',
      [
        'logs:ListTagsForResource',
        ...(deploy ? ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource'] : []),
      ],
      logGroups,
    );
    if (deploy) {
      // Taking over hand-made schedules and rules (`replaces:`): exactly the ones named, nothing else.
      const taken = manifest.jobs
        .flatMap((j) => j.replaces)
        .map(parseReplaced)
        .filter((r) => r !== undefined);
      const disable = manifest.takeOver === 'disable';
      allow(
        'TakeOverRules',
        disable ? ['events:DisableRule'] : ['events:RemoveTargets', 'events:DeleteRule'],
        taken.flatMap((r) => (r.kind === 'rule' && r.target === undefined ? [arn('events', `rule/${r.name}`)] : [])),
      );
      // One target of a rule that keeps its others: the rule itself is never deleted.
      allow(
        'TakeOverRuleTargets',
        ['events:RemoveTargets'],
        [
          ...new Set(
            taken.flatMap((r) =>
              r.kind === 'rule' && r.target !== undefined ? [arn('events', `rule/${r.name}`)] : [],
            ),
          ),
        ],
      );
      // Disabling sends the schedule back with its own role: the deploy role must be allowed to pass it (it is when it
      // is the job's schedulerRoleArn, as import writes it).
      allow(
        'TakeOverSchedules',
        disable ? ['scheduler:GetSchedule', 'scheduler:UpdateSchedule'] : ['scheduler:DeleteSchedule'],
        taken.flatMap((r) => (r.kind === 'schedule' ? [arn('scheduler', `schedule/${r.group}/${r.name}`)] : [])),
      );
      if (stateMachineRoles.length)
        allow('PassRoleToStateMachines', ['iam:PassRole'], stateMachineRoles, {
          StringEquals: { 'iam:PassedToService': 'states.amazonaws.com' },
        });
      allow('PassRoleToScheduler', ['iam:PassRole'], schedulerRoles, {
        StringEquals: { 'iam:PassedToService': invoker },
      });
      allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, {
        StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
      });
    }
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
  return { Version: '2012-10-17', Statement: statements };
}
