/**
 * The least-privilege IAM policy the actions need for one manifest: resources scoped to its
 * families, schedule group, rules, log groups and repository; iam:PassRole only for its roles.
 */
import { jobResourceName } from '../manifest/names.ts';
import type { ResolvedManifest } from '../manifest/types.ts';

export type PolicyPurpose = 'deploy' | 'plan' | 'run';

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
 * List/Describe calls without resource-level support are read-only.
 */
export const UNSCOPED_ACTIONS = [
  'ecs:DescribeTaskDefinition',
  'ecs:ListTaskDefinitionFamilies',
  'ecs:ListTaskDefinitions',
  'ecs:RegisterTaskDefinition',
  'ecs:DeregisterTaskDefinition',
  'ecr:GetAuthorizationToken',
  'scheduler:ListSchedules',
  'events:ListRules',
  'logs:DescribeLogGroups',
] as const;

export interface PolicyContext {
  account: string;
  region: string;
  partition: string;
}

/** Account and partition from the manifest's role ARNs; region from the caller. */
export function policyContext(manifest: ResolvedManifest, region: string | undefined, account: string | undefined): PolicyContext {
  const roles = manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn, j.schedulerRoleArn]).filter((r): r is string => Boolean(r));
  const m = roles.map((r) => /^arn:(aws[a-z-]*):iam::(\d{12}):role\//.exec(r)).find(Boolean);
  return { account: account ?? m?.[2] ?? '*', region: region ?? '*', partition: m?.[1] ?? 'aws' };
}

export function iamPolicy(manifest: ResolvedManifest, purpose: PolicyPurpose, ctx: PolicyContext): PolicyDocument {
  const { prefix } = manifest;
  const arn = (service: string, resource: string, region = ctx.region) => `arn:${ctx.partition}:${service}:${region}:${ctx.account}:${resource}`;
  const clusterName = manifest.cluster.startsWith('arn:') ? manifest.cluster.slice(manifest.cluster.lastIndexOf('/') + 1) : manifest.cluster;
  const cluster = manifest.cluster.startsWith('arn:') ? manifest.cluster : arn('ecs', `cluster/${clusterName}`);
  // Each job's family by name: `<prefix>-*` would also match another environment's families.
  const families = manifest.jobs.map((j) => arn('ecs', `task-definition/${jobResourceName(prefix, j.name)}:*`));
  const repository = arn('ecr', `repository/${manifest.image.repository}`);
  const group = arn('scheduler', `schedule-group/${prefix}`);
  const schedules = arn('scheduler', `schedule/${prefix}/*`);
  const rules = arn('events', `rule/${prefix}-*`);
  const logGroupNames = [...new Set(manifest.jobs.flatMap((j) => (j.logs ? [j.logs.group] : [])))];
  const logGroups = logGroupNames.flatMap((g) => [arn('logs', `log-group:${g}`), arn('logs', `log-group:${g}:*`)]);
  const schedulerRoles = [...new Set(manifest.jobs.map((j) => j.schedulerRoleArn).filter((r): r is string => Boolean(r)))];
  const taskRoles = [...new Set(manifest.jobs.flatMap((j) => [j.executionRoleArn, j.taskRoleArn]).filter((r): r is string => Boolean(r)))];
  const invoker = manifest.backend === 'rules' ? 'events.amazonaws.com' : 'scheduler.amazonaws.com';

  const statements: Statement[] = [];
  const allow = (Sid: string, Action: string[], Resource: string[], Condition?: Statement['Condition']) => {
    if (Action.length && Resource.length) statements.push({ Sid, Effect: 'Allow', Action: [...Action].sort(), Resource, ...(Condition ? { Condition } : {}) });
  };

  const unscopedReads = ['ecs:DescribeTaskDefinition', 'ecs:ListTaskDefinitionFamilies', 'ecs:ListTaskDefinitions', 'scheduler:ListSchedules', 'events:ListRules', 'logs:DescribeLogGroups'];
  if (purpose === 'plan' || purpose === 'deploy') {
    allow('ReadWithoutResourceScope', [...unscopedReads, ...(purpose === 'deploy' ? ['ecs:RegisterTaskDefinition', 'ecs:DeregisterTaskDefinition', 'ecr:GetAuthorizationToken'] : [])], ['*']);
    allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
    allow(
      'Repository',
      [
        'ecr:DescribeImages',
        'ecr:DescribeRepositories',
        ...(purpose === 'deploy'
          ? ['ecr:CreateRepository', 'ecr:PutLifecyclePolicy', 'ecr:TagResource', 'ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:CompleteLayerUpload', 'ecr:GetDownloadUrlForLayer', 'ecr:InitiateLayerUpload', 'ecr:PutImage', 'ecr:UploadLayerPart']
          : []),
      ],
      [repository],
    );
    if (purpose === 'deploy') {
      allow('TagTaskDefinitionsOnRegister', ['ecs:TagResource'], families, { StringEquals: { 'ecs:CreateAction': 'RegisterTaskDefinition' } });
    }
    allow('ScheduleGroup', ['scheduler:GetScheduleGroup', 'scheduler:ListTagsForResource', ...(purpose === 'deploy' ? ['scheduler:CreateScheduleGroup', 'scheduler:TagResource'] : [])], [group]);
    allow('Schedules', ['scheduler:GetSchedule', ...(purpose === 'deploy' ? ['scheduler:CreateSchedule', 'scheduler:UpdateSchedule', 'scheduler:DeleteSchedule'] : [])], [schedules]);
    allow(
      'Rules',
      ['events:DescribeRule', 'events:ListTagsForResource', 'events:ListTargetsByRule', ...(purpose === 'deploy' ? ['events:PutRule', 'events:PutTargets', 'events:RemoveTargets', 'events:DeleteRule', 'events:TagResource'] : [])],
      [rules],
    );
    allow('LogGroups', ['logs:ListTagsForResource', ...(purpose === 'deploy' ? ['logs:CreateLogGroup', 'logs:PutRetentionPolicy', 'logs:TagResource'] : [])], logGroups);
    if (purpose === 'deploy') {
      allow('PassRoleToScheduler', ['iam:PassRole'], schedulerRoles, { StringEquals: { 'iam:PassedToService': invoker } });
      allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } });
    }
  }
  if (purpose === 'run') {
    allow('ReadWithoutResourceScope', ['ecs:DescribeTaskDefinition'], ['*']);
    allow('Cluster', ['ecs:DescribeClusters'], [cluster]);
    allow('RunJobTasks', ['ecs:RunTask'], families, { ArnEquals: { 'ecs:cluster': cluster } });
    allow('WatchAndStopTasks', ['ecs:DescribeTasks', 'ecs:StopTask'], [arn('ecs', `task/${clusterName}/*`)]);
    allow('TagTasksOnRun', ['ecs:TagResource'], [arn('ecs', `task/${clusterName}/*`)], { StringEquals: { 'ecs:CreateAction': 'RunTask' } });
    allow('ReadSchedules', ['scheduler:GetSchedule'], [schedules]);
    allow('ReadRules', ['events:DescribeRule', 'events:ListTargetsByRule'], [rules]);
    allow('ReadJobLogs', ['logs:GetLogEvents', 'logs:FilterLogEvents'], logGroups);
    allow('PassRoleToTasks', ['iam:PassRole'], taskRoles, { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } });
  }
  return { Version: '2012-10-17', Statement: statements };
}
