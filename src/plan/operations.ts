/**
 * What the operating half asks for (pure): EventBridge rules that alert on failed and
 * never-started runs of this manifest's jobs and keep every run in a log group, and a CloudWatch
 * alarm on the schedule group's failed invocations. No Lambda: rules deliver straight to the SNS
 * topic (through an InputTransformer) and to CloudWatch Logs.
 */
import { shortHash } from '../util/hash.ts';
import type { Target } from '@aws-sdk/client-eventbridge';
import type { DesiredOperations } from '../model/desired.ts';

export type { DesiredEventRule, DesiredOperations } from '../model/desired.ts';
import {
  GROUP_PREFIX,
  QUIET_GROUP_PREFIX,
  STEP_GROUP_PREFIX,
  historyLogGroup,
  jobResourceName,
  operationsResourceName,
} from '../manifest/names.ts';
import { SKIPPED_OUTPUT } from '../stepfunctions/asl.ts';
import { FAILURE_ERRORS } from '../stepfunctions/attempts.ts';
import { WATCH_QUIET } from '../stepfunctions/watch.ts';
import { hasFailurePolicy } from '../manifest/chains.ts';
import { stateMachineArn } from '../aws/arn.ts';
import type { ResolvedManifest } from '../manifest/types.ts';
import { logGroupConsoleUrl } from '../aws/console.ts';
import { RULE_TARGET_ID } from '../targets/schedule.ts';
import { notification } from '../aws/notification.ts';

/** One Logs resource policy serves every ecs-batch project of an account and region (AWS allows 10). */
export const LOGS_POLICY_NAME = 'ecs-batch-events';
/** `<prefix>-` then this matches the history rules (history, history-skips, history-watch) and nothing else of the project. */
const HISTORY_RULES = 'ecs-batch-history*';

/**
 * The ECS task state change events of this manifest's jobs that have stopped: their task group and their family, so a
 * task someone else starts with `group: ecs-batch:<prefix>:<job>` does not count (only this project's roles may run
 * `<prefix>-*` task definitions tagged as its own).
 */
function stoppedTasks(prefix: string, clusterArn: string, groupPrefixes: readonly string[]): Record<string, unknown> {
  // Task definitions live in the cluster's partition, region and account.
  const owner = /^(arn:aws[a-z-]*:ecs:[^:]+:\d{12}):/.exec(clusterArn)?.[1] ?? 'arn:aws:ecs';
  return {
    source: ['aws.ecs'],
    'detail-type': ['ECS Task State Change'],
    detail: {
      clusterArn: [clusterArn],
      lastStatus: ['STOPPED'],
      group: groupPrefixes.map((p) => ({ prefix: `${p}:${prefix}:` })),
      taskDefinitionArn: [{ prefix: `${owner}:task-definition/${prefix}-` }],
    },
  };
}

export function operationsState(
  manifest: ResolvedManifest,
  ctx: { region: string; clusterArn: string },
): DesiredOperations {
  const { prefix } = manifest;
  const account = /:(\d{12}):/.exec(ctx.clusterArn)?.[1] ?? '000000000000';
  const partition = /^arn:(aws[a-z-]*):/.exec(ctx.clusterArn)?.[1] ?? 'aws';
  const out: DesiredOperations = { eventRules: [], alarms: [], logGroups: [] };
  const clusterName = ctx.clusterArn.slice(ctx.clusterArn.lastIndexOf('/') + 1);
  const logGroups = [...new Set(manifest.jobs.filter((j) => j.alerts && j.logs).map((j) => j.logs!.group))];
  // A link that works for every job of the rule: their shared log group, else the cluster's stopped tasks.
  const logsLink =
    logGroups.length === 1
      ? logGroupConsoleUrl(ctx.region, logGroups[0]!)
      : `https://${ctx.region}.console.aws.amazon.com/ecs/v2/clusters/${encodeURIComponent(clusterName)}` +
        `/tasks?region=${ctx.region}&status=STOPPED`;
  const paths = {
    group: '$.detail.group',
    task: '$.detail.taskArn',
    cluster: '$.detail.clusterArn',
    reason: '$.detail.stoppedReason',
    stopped: '$.detail.stoppedAt',
  };

  const alerts = manifest.alerts;
  if (alerts && manifest.jobs.some((j) => j.alerts)) {
    const on = new Set(alerts.on);
    const base = stoppedTasks(prefix, ctx.clusterArn, [GROUP_PREFIX]);
    const detail = base.detail as Record<string, unknown>;
    if (on.has('failed')) {
      out.eventRules.push({
        name: operationsResourceName(prefix, 'alerts-failed'),
        description: `ecs-batch ${prefix}: a job's container exited with a non-zero code`,
        pattern: { ...base, detail: { ...detail, containers: { exitCode: [{ 'anything-but': 0 }] } } },
        target: {
          Id: RULE_TARGET_ID,
          Arn: alerts.snsTopicArn,
          InputTransformer: {
            InputPathsMap: { ...paths, exit: '$.detail.containers[0].exitCode' },
            InputTemplate: notification(
              `❌ ecs-batch ${prefix}: a job failed (exit code <exit>)`,
              [
                '*Job*: <group>',
                '*What happened*: the container exited with code <exit>',
                '*Cluster*: <cluster>',
                '*Task*: <task> (stopped <stopped>; its stop reason is in the task details)',
                `*Logs*: ${logsLink}`,
              ],
              { stoppedReason: '<reason>' },
            ),
          },
        },
      });
    }
    if (on.has('not-started')) {
      out.eventRules.push({
        name: operationsResourceName(prefix, 'alerts-not-started'),
        description: `ecs-batch ${prefix}: a job's task never started`,
        pattern: { ...base, detail: { ...detail, stopCode: ['TaskFailedToStart'] } },
        target: {
          Id: RULE_TARGET_ID,
          Arn: alerts.snsTopicArn,
          InputTransformer: {
            InputPathsMap: { ...paths, why: '$.detail.containers[0].reason' },
            InputTemplate: notification(
              `❌ ecs-batch ${prefix}: a job never started`,
              [
                '*Job*: <group>',
                '*What happened*: the task never started (the reason is in the task details)',
                '*Cluster*: <cluster>',
                '*Task*: <task> (stopped <stopped>)',
                `*Logs*: ${logsLink}`,
              ],
              { stoppedReason: '<reason>', containerReason: '<why>' },
            ),
          },
        },
      });
    }
    // Jobs run by a state machine alert once per run that failed for good (retries exhausted, a timeout), never per attempt.
    const machines = manifest.chains
      .filter((c) => c.waves.flat().some((j) => manifest.jobs.find((x) => x.name === j)?.alerts))
      .map((c) => stateMachineArn(ctx.clusterArn, ctx.region, jobResourceName(prefix, c.root)));
    const policies = manifest.jobs.some((j) => hasFailurePolicy(j) || j.watched);
    const alertedByMachines = !policies
      ? []
      : [
          ...(on.has('not-started') ? [FAILURE_ERRORS['start-timeout'], FAILURE_ERRORS['never-started']] : []),
          ...(on.has('missed') ? [FAILURE_ERRORS.refused] : []),
        ];
    if (machines.length && (on.has('failed') || on.has('not-started'))) {
      out.eventRules.push({
        name: operationsResourceName(prefix, 'alerts-chains'),
        description: `ecs-batch ${prefix}: a run through a state machine failed or timed out`,
        pattern: {
          source: ['aws.states'],
          'detail-type': ['Step Functions Execution Status Change'],
          detail: {
            status: ['FAILED', 'TIMED_OUT'],
            stateMachineArn: machines,
            // A run that failed for a reason its state machine alerted on already (once, by name) alerts no more.
            ...(alertedByMachines.length ? { error: [{ 'anything-but': alertedByMachines }] } : {}),
          },
        },
        target: {
          Id: RULE_TARGET_ID,
          Arn: alerts.snsTopicArn,
          InputTransformer: {
            InputPathsMap: {
              machine: '$.detail.name',
              status: '$.detail.status',
              execution: '$.detail.executionArn',
              error: '$.detail.error',
              cause: '$.detail.cause',
            },
            InputTemplate: notification(
              `❌ ecs-batch ${prefix}: a run <status>`,
              [
                '*Run*: <execution>',
                '*What happened*: <status>, after its retries (the error and cause are in the execution)',
                `*Console*: https://${ctx.region}.console.aws.amazon.com/states/home?region=${ctx.region}` +
                  '#/v2/executions/details/<execution>',
              ],
              { error: '<error>', cause: '<cause>' },
            ),
          },
        },
      });
    }
    if (on.has('schedule-errors') && manifest.backend === 'scheduler') {
      const metric = (id: string, name: string) => ({
        Id: id,
        ReturnData: false,
        MetricStat: {
          Metric: {
            Namespace: 'AWS/Scheduler',
            MetricName: name,
            Dimensions: [{ Name: 'ScheduleGroup', Value: prefix }],
          },
          Period: 300,
          Stat: 'Sum',
        },
      });
      out.alarms.push({
        AlarmName: operationsResourceName(prefix, 'schedule-errors'),
        AlarmDescription:
          `ecs-batch ${prefix}: a schedule could not start its task (RunTask refused ` +
          `or throttled, a wrong role), after its retry policy`,
        Metrics: [
          metric('errors', 'TargetErrorCount'),
          metric('dropped', 'InvocationDroppedCount'),
          { Id: 'failures', Expression: 'errors + dropped', Label: 'failed invocations', ReturnData: true },
        ],
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        Threshold: 1,
        EvaluationPeriods: 1,
        TreatMissingData: 'notBreaching',
        ActionsEnabled: true,
        AlarmActions: [alerts.snsTopicArn],
      });
    }
    out.alertTopic = alerts.snsTopicArn;
  }

  if (manifest.history) {
    const group = historyLogGroup(prefix);
    const toHistory: Target = {
      Id: RULE_TARGET_ID,
      Arn: `arn:${partition}:logs:${ctx.region}:${account}:log-group:${group}`,
    };
    out.logGroups.push({ name: group, retentionDays: manifest.history.retentionDays });
    out.eventRules.push({
      name: operationsResourceName(prefix, 'history'),
      description: `ecs-batch ${prefix}: every stopped run of the jobs, kept in ${group}`,
      pattern: stoppedTasks(prefix, ctx.clusterArn, [GROUP_PREFIX, QUIET_GROUP_PREFIX, STEP_GROUP_PREFIX]),
      target: toHistory,
    });
    // A run that concurrency: forbid skipped starts no task, so the rule above never sees it: its execution is kept instead.
    const forbidding = manifest.chains.filter(
      (c) => manifest.jobs.find((j) => j.name === c.root)?.concurrency === 'forbid',
    );
    /** Executions of these state machines that succeeded with this output, kept in the history. */
    const succeeded = (machines: string[], output: unknown[]) => ({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: {
        status: ['SUCCEEDED'],
        stateMachineArn: machines.map((name) => stateMachineArn(ctx.clusterArn, ctx.region, name)),
        output,
      },
    });
    if (forbidding.length)
      out.eventRules.push({
        name: operationsResourceName(prefix, 'history-skips'),
        description: `ecs-batch ${prefix}: every run skipped because the previous one was still going, kept in ${group}`,
        pattern: succeeded(
          forbidding.map((c) => jobResourceName(prefix, c.root)),
          [JSON.stringify(SKIPPED_OUTPUT)],
        ),
        target: toHistory,
      });
    // A watch that alerted (missed, late) ends with its finding: kept so that `status` shows the run that never was.
    if (manifest.jobs.some((j) => j.watched) && manifest.alerts && manifest.backend === 'scheduler')
      out.eventRules.push({
        name: operationsResourceName(prefix, 'history-watch'),
        description: `ecs-batch ${prefix}: every missed and late run the watch found, kept in ${group}`,
        pattern: succeeded(
          [operationsResourceName(prefix, 'watch')],
          [{ 'anything-but': [JSON.stringify(WATCH_QUIET)] }],
        ),
        target: toHistory,
      });
    out.logsPolicy = {
      name: LOGS_POLICY_NAME,
      statement: {
        Sid: `EcsBatchRunHistory${shortHash(prefix, 12)}`,
        Effect: 'Allow',
        Principal: { Service: ['events.amazonaws.com', 'delivery.logs.amazonaws.com'] },
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `arn:${partition}:logs:${ctx.region}:${account}:log-group:${group}:*`,
        // Only this project's history rules (confused-deputy protection): another project's rule cannot write here.
        Condition: {
          ArnLike: {
            'aws:SourceArn': `arn:${partition}:events:${ctx.region}:${account}:rule/${prefix}-${HISTORY_RULES}`,
          },
          StringEquals: { 'aws:SourceAccount': account },
        },
      },
    };
  }
  return out;
}
