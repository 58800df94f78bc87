/**
 * The least-privilege IAM policy the actions need for one manifest: resources scoped to its
 * `<prefix>-*` families (held apart from other environments' by the ownership tag), schedule
 * group, rules, log groups and repository; iam:PassRole only for its roles, only to the service
 * that uses them. Its size does not grow with the number of jobs.
 */
import type { ResolvedManifest } from '../manifest/types.ts';
import {
  allow as allowStatement,
  mergeStatements,
  passRole,
  type PolicyDocument,
  type Statement,
} from '../aws/policy.ts';
import { OWNER_TAG, historyLogGroup, jobResourceName, operationsResourceName } from '../manifest/names.ts';
import { hasFailurePolicy } from '../manifest/chains.ts';
import { DEPLOY_POLICY_ROLE_READS_MAX } from '../aws/limits.ts';
import { secretReference } from '../aws/arn.ts';
import { logGroupArns } from '../resources/kind.ts';
import { desiredState } from '../plan/desired.ts';
import { RESOURCE_KINDS } from '../resources/index.ts';
import { familyArns } from '../resources/task-definitions.ts';

export {
  MANAGED_POLICIES_PER_ROLE,
  MANAGED_POLICY_MAX_CHARS,
  MAX_LISTED_NAMES,
  namesOrPattern,
  splitPolicy,
  type PolicyDocument,
  type Statement,
} from '../aws/policy.ts';

/** The policy does not depend on the image: task definitions are rendered with this stand-in. */
const POLICY_IMAGE = 'policy.invalid/image@sha256:0000000000000000000000000000000000000000000000000000000000000000';

/** deploy, plan (read-only) and run are roles of the workflows; scheduler is the role schedules or rules start tasks with. */
export type PolicyPurpose = 'deploy' | 'plan' | 'run' | 'scheduler' | 'state-machine';
/** `import` needs no manifest: its policy is made from the cluster alone (importPolicy). */
export type Purpose = PolicyPurpose | 'import';

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
  // Pre-flight reads: AWS has no resource-level permission for them.
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
  'ssm:DescribeParameters',
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
  const logGroups = logGroupArns(
    manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : [])),
    prefix,
    (service, resource) => arn(service, resource),
  );
  const taskRoles = manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]);
  // Chains by exact name: executions carry no tags of their own, and `<prefix>-*` would reach `<prefix>-reports-*`.
  const machineNames = manifest.chains.map((c) => jobResourceName(prefix, c.root));
  const stateMachines = machineNames.map((n) => arn('states', `stateMachine:${n}`));
  const executions = machineNames.map((n) => arn('states', `execution:${n}:*`));
  const runsStateMachines = manifest.chains.length > 0;
  const tasks = arn('ecs', `task/${clusterName}/*`);
  const onCluster = { ArnEquals: { 'ecs:cluster': cluster } };
  // Only tasks of this project (its task definitions' tags reach the task through PropagateTags).
  const ownTasks = { ...onCluster, StringEquals: ownTag };
  const deploy = purpose === 'deploy';

  const statements: Statement[] = [];
  const allow = (Sid: string, Action: string[], Resource: string[], Condition?: Statement['Condition']) =>
    statements.push(...allowStatement(Sid, Action, Resource, Condition));
  const runTasks = () => {
    allow('RunJobTasks', ['ecs:RunTask'], families, { ...onCluster, StringEquals: ownTag });
    allow('TagTasksOnRun', ['ecs:TagResource'], [tasks], { StringEquals: { 'ecs:CreateAction': 'RunTask' } });
    statements.push(...passRole('PassRoleToTasks', taskRoles, 'ecs-tasks.amazonaws.com'));
  };

  if (purpose === 'plan' || deploy) {
    // What a deploy reads and writes beyond its resource kinds: the cluster, the image repository, `status`.
    allow('ReadWithoutResourceScope', deploy ? ['ecr:GetAuthorizationToken'] : [], ['*']);
    allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
    allow(
      'Repository',
      [
        'ecr:DescribeImages',
        'ecr:GetLifecyclePolicy',
        ...(deploy
          ? [
              'ecr:DescribeRepositories',
              'ecr:CreateRepository',
              'ecr:PutLifecyclePolicy',
              // Moves this project's live tags off images no longer in use (never an image's last tag).
              'ecr:BatchDeleteImage',
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
    statements.push(...preflightStatements(manifest, ctx.region, arn, deploy));
    if (!deploy) {
      // ecs-batch status (run with the read-only role): recent runs from ECS, and the run history.
      allow('StatusRecentRuns', ['ecs:ListTasks'], ['*'], onCluster);
      allow('StatusDescribeRuns', ['ecs:DescribeTasks'], [tasks]);
      if (manifest.history) {
        const history = historyLogGroup(prefix);
        allow(
          'StatusRunHistory',
          ['logs:FilterLogEvents'],
          [arn('logs', `log-group:${history}`), arn('logs', `log-group:${history}:*`)],
        );
      }
    }
    // Every kind of resource a deploy manages says what its reads (and writes) need.
    const desired = desiredState(manifest, { region: ctx.region, clusterArn: cluster, image: POLICY_IMAGE });
    const scope = {
      manifest,
      desired,
      arn: (service: string, resource: string) => arn(service, resource),
      write: deploy,
    };
    for (const kind of RESOURCE_KINDS) statements.push(...(kind.iam?.(scope) ?? []));
    // The deploy summary's last runs, from the run history: on the log groups the deploy already manages (their own
    // statement would take the policy past one managed policy; the job logs it also reaches are what this role's task
    // definitions write, so reading them grants it nothing new).
    const history = historyLogGroup(prefix);
    const groups = statements.find((st) => st.Sid === 'LogGroups' && st.Resource.some((r) => r.includes(history)));
    if (deploy && manifest.history && groups) groups.Action = [...groups.Action, 'logs:FilterLogEvents'];
  }
  if (purpose === 'run') {
    allow('ReadWithoutResourceScope', ['ecs:DescribeTaskDefinition'], ['*']);
    if (runsStateMachines) {
      allow('RunChains', ['states:StartExecution'], stateMachines, { StringEquals: ownTag });
      // A whole-chain run with --env starts from the deployed steps' own environments.
      allow('ReadChains', ['states:DescribeStateMachine'], stateMachines);
      // Following a chain: its steps' tasks, found by family.
      allow('FindChainSteps', ['ecs:ListTasks'], ['*'], onCluster);
      allow('FollowChains', ['states:DescribeExecution', 'states:StopExecution'], executions);
    }
    allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
    runTasks();
    allow('WatchTasks', ['ecs:DescribeTasks'], [tasks]);
    allow('StopOwnTasks', ['ecs:StopTask'], [tasks], ownTasks);
    allow('ReadSchedules', ['scheduler:GetSchedule'], [schedules]);
    allow('ReadRules', ['events:ListTargetsByRule'], [rules]);
    allow('ReadJobLogs', ['logs:GetLogEvents'], logGroups);
  }
  // The watch for missed and late runs (a state machine of the project's, started by companion schedules).
  const watches = manifest.jobs.some((j) => j.watched) && manifest.backend === 'scheduler';
  const watch = arn('states', `stateMachine:${operationsResourceName(prefix, 'watch')}`);
  if (purpose === 'scheduler') {
    // What EventBridge Scheduler (or an EventBridge rule) needs to start the jobs' tasks. Trust:
    // scheduler.amazonaws.com (or events.amazonaws.com).
    if (runsStateMachines)
      allow('StartStateMachines', ['states:StartExecution'], [...stateMachines, ...(watches ? [watch] : [])], {
        StringEquals: ownTag,
      });
    runTasks();
  }
  if (purpose === 'state-machine') {
    // What the state machines run as (trust states.amazonaws.com): ECS tasks with .sync, and their own executions (concurrency).
    runTasks();
    allow('WatchTasks', ['ecs:DescribeTasks'], [tasks]);
    allow('StopOwnTasks', ['ecs:StopTask'], [tasks], ownTasks);
    // `.sync` learns that a task stopped through this managed rule.
    allow(
      'SyncTaskEvents',
      ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
      [arn('events', 'rule/StepFunctionsGetEventsForECSTaskRule')],
    );
    allow('OwnExecutions', ['states:ListExecutions'], stateMachines);
    allow('StopOwnExecutions', ['states:StopExecution'], executions);
    // startTimeout: a step's watch finds its task by StartedBy.
    if (manifest.jobs.some((j) => j.startTimeoutSeconds !== undefined))
      allow('WatchTaskStarts', ['ecs:ListTasks'], ['*'], onCluster);
    // Alerts a state machine publishes itself: a start that timed out, a RunTask refused, a missed or late run.
    if (manifest.alerts && (watches || manifest.jobs.some((j) => hasFailurePolicy(j))))
      allow('PublishAlerts', ['sns:Publish'], [manifest.alerts.snsTopicArn]);
  }
  return { Version: '2012-10-17', Statement: mergeStatements(statements) };
}

/**
 * What `ecs-batch import --cluster` reads (no manifest yet): the cluster, and every rule and schedule that targets it,
 * whatever their names (they were made by hand, so no prefix scopes them), and the task definitions they run. Reads
 * only.
 */
export function importPolicy(cluster: string, ctx: PolicyContext): PolicyDocument {
  const arn = (service: string, resource: string) =>
    `arn:${ctx.partition}:${service}:${ctx.region}:${ctx.account}:${resource}`;
  const clusterArn = cluster.startsWith('arn:') ? cluster : arn('ecs', `cluster/${cluster}`);
  return {
    Version: '2012-10-17',
    Statement: [
      ...allowStatement(
        'ReadWithoutResourceScope',
        ['ecs:DescribeTaskDefinition', 'events:ListRuleNamesByTarget', 'events:ListRules', 'scheduler:ListSchedules'],
        ['*'],
      ),
      ...allowStatement('Cluster', ['ecs:DescribeClusters'], [clusterArn]),
      ...allowStatement(
        'ReadRules',
        ['events:ListTagsForResource', 'events:ListTargetsByRule'],
        [arn('events', 'rule/*')],
      ),
      ...allowStatement('ReadSchedules', ['scheduler:GetSchedule'], [arn('scheduler', 'schedule/*/*')]),
    ],
  };
}

/**
 * What pre-flight reads (plan and deploy): EC2's and SSM's describes take no resource (AWS has no resource-level
 * permission for them); each role the manifest names, and each Secrets Manager secret, by its own ARN. Never a
 * secret's value: DescribeSecret and DescribeParameters read metadata.
 */
function preflightStatements(
  manifest: ResolvedManifest,
  region: string,
  arn: (service: string, resource: string) => string,
  deploy: boolean,
): Statement[] {
  const named = [
    ...new Set(
      manifest.jobs.flatMap((j) =>
        [j.executionRoleArn, j.taskRoleArn, j.schedulerRoleArn, j.stateMachineRoleArn].filter((r): r is string =>
          Boolean(r),
        ),
      ),
    ),
  ];
  const roles = deploy && named.length > DEPLOY_POLICY_ROLE_READS_MAX ? [] : named;
  const where = { region, account: arn('x', '').split(':')[4] };
  const references = manifest.jobs.flatMap((j) => Object.values(j.secrets).map((ref) => secretReference(ref, where)));
  const secrets = [
    ...new Set(
      references.flatMap((r) =>
        // A secret named without its random suffix is matched with one (Secrets Manager's documented form).
        r?.kind === 'secret' && r.local ? [/-[A-Za-z0-9]{6}$/.test(r.id) ? r.id : `${r.id}-??????`] : [],
      ),
    ),
  ];
  const hasParameters = references.some((r) => r?.kind !== 'secret');
  return [
    ...allowStatement(
      'ReadWithoutResourceScope',
      [
        ...(manifest.jobs.some((j) => j.network) ? ['ec2:DescribeSubnets', 'ec2:DescribeSecurityGroups'] : []),
        ...(hasParameters ? ['ssm:DescribeParameters'] : []),
      ],
      ['*'],
    ),
    ...allowStatement('PreflightRoles', roles.length ? ['iam:GetRole'] : [], roles),
    ...allowStatement('PreflightSecrets', secrets.length ? ['secretsmanager:DescribeSecret'] : [], secrets),
  ];
}
