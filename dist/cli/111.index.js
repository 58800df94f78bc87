export const id = 111;
export const ids = [111];
export const modules = {

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logGroupConsoleUrl),
/* harmony export */   t: () => (/* binding */ consoleLinks)
/* harmony export */ });
/** Links to the AWS console for what a deploy touched. */
/** CloudWatch's console wants the log group name URL-encoded twice, with `%` written as `$25`. */
function logGroupConsoleUrl(region, group, stream) {
    const enc = (s) => encodeURIComponent(encodeURIComponent(s)).replace(/%/g, '$');
    const base = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}`;
    return stream ? `${base}/log-events/${enc(stream)}` : base;
}
function consoleLinks(input) {
    const { region } = input;
    const host = `https://${region}.console.aws.amazon.com`;
    const schedule = input.backend === 'rules'
        ? `${host}/events/home?region=${region}#/eventbus/default/rules/${encodeURIComponent(input.name)}`
        : `${host}/scheduler/home?region=${region}#schedules/${encodeURIComponent(input.prefix)}/${encodeURIComponent(input.name)}`;
    return {
        ...(input.scheduled === false ? {} : { schedule }),
        taskDefinition: `${host}/ecs/v2/task-definitions/${encodeURIComponent(input.family)}` +
            `${input.revision !== undefined ? `/${input.revision}/containers` : ''}?region=${region}`,
        ...(input.logGroup ? { logs: logGroupConsoleUrl(region, input.logGroup) } : {}),
    };
}


/***/ }),

/***/ 111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ desiredState)
});

// EXTERNAL MODULE: ./aws/arn.ts
var arn = __webpack_require__(8733);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./aws/notification.ts
var notification = __webpack_require__(4719);
;// CONCATENATED MODULE: ./stepfunctions/watch.ts
/**
 * The watch for missed and late runs, with AWS's managed pieces only: each watched job has a companion schedule on the
 * job's own expression and zone (so a DST gap Scheduler skips is skipped by both, and a disabled job has none), which
 * starts the project's watch state machine with the run's scheduled time. The watch waits out the start window, looks
 * for the job's newest execution (every watched job runs through its state machine), and alerts `missed` when none
 * started since the scheduled time; with a deadline, it looks again then and alerts `late` unless that run succeeded.
 * A run the schedule started but AWS refused to start a task for alerts from the job's own state machine
 * (attempts.ts), and the watch sees its execution: one alert either way. A watch that alerted ends with what it found
 * (WatchFinding) as its output, which the run history keeps for `status`; a quiet one ends with WATCH_QUIET. Pure.
 */

function watchInput(job, machine, on) {
    const deadline = job.deadlineSeconds;
    const startBy = on.missed ? Math.min(job.startBySeconds ?? 0, deadline ?? Infinity) : 0;
    return {
        job: job.name,
        machine,
        scheduledTime: '<aws.scheduler.scheduled-time>',
        missed: on.missed,
        late: deadline !== undefined,
        startBy,
        doneBy: deadline !== undefined ? deadline - startBy : 0,
    };
}
/** The output of a watch that found nothing wrong (the history rule keeps every other). */
const WATCH_QUIET = 'watched';
const FIND = (name, next) => ({
    Type: 'Task',
    Resource: 'arn:aws:states:::aws-sdk:sfn:listExecutions',
    Parameters: { 'StateMachineArn.$': '$.machine', MaxResults: 1 },
    ResultSelector: { 'runs.$': '$.Executions' },
    ResultPath: '$.found',
    Next: next,
    Comment: name,
});
/** The newest run started at or after the scheduled time. */
const startedSinceDue = [
    { Variable: '$.found.runs[0]', IsPresent: true },
    { Variable: '$.found.runs[0].StartDate', TimestampGreaterThanEqualsPath: '$.scheduledTime' },
];
function watch_alert(topicArn, prefix, what) {
    const title = what === 'missed'
        ? `States.Format('❌ ecs-batch ${prefix}: {} missed its run of {}', $.job, $.scheduledTime)`
        : `States.Format('⏰ ecs-batch ${prefix}: {} has not succeeded by its deadline (run of {})', $.job, $.scheduledTime)`;
    const description = what === 'missed'
        ? 'no run started in its window: is its schedule disabled, its role broken, or its state machine refusing ' +
            'to start? (`ecs-batch status` shows its runs)'
        : 'the run is still going, retrying, or never started (`ecs-batch status` shows it)';
    const name = what === 'missed' ? 'Alert: missed' : 'Alert: late';
    return {
        [name]: {
            Type: 'Pass',
            Parameters: (0,notification/* notificationObject */.T)({ 'title.$': title }, { description: `*What happened*: ${description}` }, { 'execution.$': '$$.Execution.Id' }),
            ResultPath: '$.alert',
            Next: `${name}: publish`,
        },
        [`${name}: publish`]: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sns:publish',
            Parameters: { TopicArn: topicArn, 'Message.$': '$.alert' },
            ResultPath: null,
            Next: what === 'missed' ? 'Missed' : 'Late',
        },
        [what === 'missed' ? 'Missed' : 'Late']: {
            Type: 'Pass',
            Parameters: { result: what, 'job.$': '$.job', 'machine.$': '$.machine', 'scheduledTime.$': '$.scheduledTime' },
            End: true,
        },
    };
}
function watchDefinition(prefix, topicArn) {
    const states = {
        'Watch the start?': {
            Type: 'Choice',
            Choices: [{ Variable: '$.missed', BooleanEquals: true, Next: 'Wait for the start' }],
            Default: 'Wait for the deadline',
        },
        'Wait for the start': { Type: 'Wait', SecondsPath: '$.startBy', Next: 'Find the run' },
        'Find the run': FIND('the newest run of the job', 'Started?'),
        'Started?': {
            Type: 'Choice',
            Choices: [{ And: startedSinceDue, Next: 'Watch the deadline?' }],
            Default: 'Alert: missed',
        },
        ...watch_alert(topicArn, prefix, 'missed'),
        'Watch the deadline?': {
            Type: 'Choice',
            Choices: [{ Variable: '$.late', BooleanEquals: true, Next: 'Wait for the deadline' }],
            Default: 'Watched',
        },
        'Wait for the deadline': { Type: 'Wait', SecondsPath: '$.doneBy', Next: 'Find the run again' },
        'Find the run again': FIND('the newest run of the job, at its deadline', 'Succeeded?'),
        'Succeeded?': {
            Type: 'Choice',
            Choices: [
                {
                    And: [...startedSinceDue, { Variable: '$.found.runs[0].Status', StringEquals: 'SUCCEEDED' }],
                    Next: 'Watched',
                },
            ],
            Default: 'Alert: late',
        },
        ...watch_alert(topicArn, prefix, 'late'),
        Watched: { Type: 'Pass', Result: WATCH_QUIET, End: true },
    };
    return { Comment: `ecs-batch ${prefix}: missed and late runs`, StartAt: 'Watch the start?', States: states };
}

// EXTERNAL MODULE: ./stepfunctions/asl.ts
var asl = __webpack_require__(3020);
// EXTERNAL MODULE: ./taskdef/render.ts
var taskdef_render = __webpack_require__(8327);
// EXTERNAL MODULE: ./taskdef/shared.ts
var taskdef_shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./util/hash.ts
var hash = __webpack_require__(7649);
// EXTERNAL MODULE: ./stepfunctions/attempts.ts
var attempts = __webpack_require__(8292);
// EXTERNAL MODULE: ./manifest/chains.ts
var chains = __webpack_require__(2904);
// EXTERNAL MODULE: ./aws/console.ts
var console = __webpack_require__(4035);
;// CONCATENATED MODULE: ./plan/operations.ts
/**
 * What the operating half asks for (pure): EventBridge rules that alert on failed and
 * never-started runs of this manifest's jobs and keep every run in a log group, and a CloudWatch
 * alarm on the schedule group's failed invocations. No Lambda: rules deliver straight to the SNS
 * topic (through an InputTransformer) and to CloudWatch Logs.
 */










/** One Logs resource policy serves every ecs-batch project of an account and region (AWS allows 10). */
const LOGS_POLICY_NAME = 'ecs-batch-events';
/** `<prefix>-` then this matches the history rules (history, history-skips, history-watch) and nothing else of the project. */
const HISTORY_RULES = 'ecs-batch-history*';
/**
 * The ECS task state change events of this manifest's jobs that have stopped: their task group and their family, so a
 * task someone else starts with `group: ecs-batch:<prefix>:<job>` does not count (only this project's roles may run
 * `<prefix>-*` task definitions tagged as its own).
 */
function stoppedTasks(prefix, clusterArn, groupPrefixes) {
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
function operationsState(manifest, ctx) {
    const { prefix } = manifest;
    const account = /:(\d{12}):/.exec(ctx.clusterArn)?.[1] ?? '000000000000';
    const partition = /^arn:(aws[a-z-]*):/.exec(ctx.clusterArn)?.[1] ?? 'aws';
    const out = { eventRules: [], alarms: [], logGroups: [] };
    const clusterName = ctx.clusterArn.slice(ctx.clusterArn.lastIndexOf('/') + 1);
    const logGroups = [...new Set(manifest.jobs.filter((j) => j.alerts && j.logs).map((j) => j.logs.group))];
    // A link that works for every job of the rule: their shared log group, else the cluster's stopped tasks.
    const logsLink = logGroups.length === 1
        ? (0,console/* logGroupConsoleUrl */.s)(ctx.region, logGroups[0])
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
        const base = stoppedTasks(prefix, ctx.clusterArn, [names/* GROUP_PREFIX */.lc]);
        const detail = base.detail;
        if (on.has('failed')) {
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'alerts-failed'),
                description: `ecs-batch ${prefix}: a job's container exited with a non-zero code`,
                pattern: { ...base, detail: { ...detail, containers: { exitCode: [{ 'anything-but': 0 }] } } },
                target: {
                    Id: schedule/* RULE_TARGET_ID */.ry,
                    Arn: alerts.snsTopicArn,
                    InputTransformer: {
                        InputPathsMap: { ...paths, exit: '$.detail.containers[0].exitCode' },
                        InputTemplate: (0,notification/* notification */.E)(`❌ ecs-batch ${prefix}: a job failed (exit code <exit>)`, [
                            '*Job*: <group>',
                            '*What happened*: the container exited with code <exit>',
                            '*Cluster*: <cluster>',
                            '*Task*: <task> (stopped <stopped>; its stop reason is in the task details)',
                            `*Logs*: ${logsLink}`,
                        ], { stoppedReason: '<reason>' }),
                    },
                },
            });
        }
        if (on.has('not-started')) {
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'alerts-not-started'),
                description: `ecs-batch ${prefix}: a job's task never started`,
                pattern: { ...base, detail: { ...detail, stopCode: ['TaskFailedToStart'] } },
                target: {
                    Id: schedule/* RULE_TARGET_ID */.ry,
                    Arn: alerts.snsTopicArn,
                    InputTransformer: {
                        InputPathsMap: { ...paths, why: '$.detail.containers[0].reason' },
                        InputTemplate: (0,notification/* notification */.E)(`❌ ecs-batch ${prefix}: a job never started`, [
                            '*Job*: <group>',
                            '*What happened*: the task never started (the reason is in the task details)',
                            '*Cluster*: <cluster>',
                            '*Task*: <task> (stopped <stopped>)',
                            `*Logs*: ${logsLink}`,
                        ], { stoppedReason: '<reason>', containerReason: '<why>' }),
                    },
                },
            });
        }
        // Jobs run by a state machine alert once per run that failed for good (retries exhausted, a timeout), never per attempt.
        const machines = manifest.chains
            .filter((c) => c.waves.flat().some((j) => manifest.jobs.find((x) => x.name === j)?.alerts))
            .map((c) => (0,arn/* stateMachineArn */.w4)(ctx.clusterArn, ctx.region, (0,names/* jobResourceName */.ln)(prefix, c.root)));
        const policies = manifest.jobs.some((j) => (0,chains/* hasFailurePolicy */.Vi)(j) || j.watched);
        const alertedByMachines = !policies
            ? []
            : [
                ...(on.has('not-started') ? [attempts/* FAILURE_ERRORS */.$R['start-timeout'], attempts/* FAILURE_ERRORS */.$R['never-started']] : []),
                ...(on.has('missed') ? [attempts/* FAILURE_ERRORS */.$R.refused] : []),
            ];
        if (machines.length && (on.has('failed') || on.has('not-started'))) {
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'alerts-chains'),
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
                    Id: schedule/* RULE_TARGET_ID */.ry,
                    Arn: alerts.snsTopicArn,
                    InputTransformer: {
                        InputPathsMap: {
                            machine: '$.detail.name',
                            status: '$.detail.status',
                            execution: '$.detail.executionArn',
                            error: '$.detail.error',
                            cause: '$.detail.cause',
                        },
                        InputTemplate: (0,notification/* notification */.E)(`❌ ecs-batch ${prefix}: a run <status>`, [
                            '*Run*: <execution>',
                            '*What happened*: <status>, after its retries (the error and cause are in the execution)',
                            `*Console*: https://${ctx.region}.console.aws.amazon.com/states/home?region=${ctx.region}` +
                                '#/v2/executions/details/<execution>',
                        ], { error: '<error>', cause: '<cause>' }),
                    },
                },
            });
        }
        if (on.has('schedule-errors') && manifest.backend === 'scheduler') {
            const metric = (id, name) => ({
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
                AlarmName: (0,names/* operationsResourceName */.ol)(prefix, 'schedule-errors'),
                AlarmDescription: `ecs-batch ${prefix}: a schedule could not start its task (RunTask refused ` +
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
        const group = (0,names/* historyLogGroup */.Op)(prefix);
        const toHistory = {
            Id: schedule/* RULE_TARGET_ID */.ry,
            Arn: `arn:${partition}:logs:${ctx.region}:${account}:log-group:${group}`,
        };
        out.logGroups.push({ name: group, retentionDays: manifest.history.retentionDays });
        out.eventRules.push({
            name: (0,names/* operationsResourceName */.ol)(prefix, 'history'),
            description: `ecs-batch ${prefix}: every stopped run of the jobs, kept in ${group}`,
            pattern: stoppedTasks(prefix, ctx.clusterArn, [names/* GROUP_PREFIX */.lc, names/* QUIET_GROUP_PREFIX */.mQ, names/* STEP_GROUP_PREFIX */.i8]),
            target: toHistory,
        });
        // A run that concurrency: forbid skipped starts no task, so the rule above never sees it: its execution is kept instead.
        const forbidding = manifest.chains.filter((c) => manifest.jobs.find((j) => j.name === c.root)?.concurrency === 'forbid');
        /** Executions of these state machines that succeeded with this output, kept in the history. */
        const succeeded = (machines, output) => ({
            source: ['aws.states'],
            'detail-type': ['Step Functions Execution Status Change'],
            detail: {
                status: ['SUCCEEDED'],
                stateMachineArn: machines.map((name) => (0,arn/* stateMachineArn */.w4)(ctx.clusterArn, ctx.region, name)),
                output,
            },
        });
        if (forbidding.length)
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'history-skips'),
                description: `ecs-batch ${prefix}: every run skipped because the previous one was still going, kept in ${group}`,
                pattern: succeeded(forbidding.map((c) => (0,names/* jobResourceName */.ln)(prefix, c.root)), [JSON.stringify(asl/* SKIPPED_OUTPUT */.Lx)]),
                target: toHistory,
            });
        // A watch that alerted (missed, late) ends with its finding: kept so that `status` shows the run that never was.
        if (manifest.jobs.some((j) => j.watched) && manifest.alerts && manifest.backend === 'scheduler')
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'history-watch'),
                description: `ecs-batch ${prefix}: every missed and late run the watch found, kept in ${group}`,
                pattern: succeeded([(0,names/* operationsResourceName */.ol)(prefix, 'watch')], [{ 'anything-but': [JSON.stringify(WATCH_QUIET)] }]),
                target: toHistory,
            });
        out.logsPolicy = {
            name: LOGS_POLICY_NAME,
            statement: {
                Sid: `EcsBatchRunHistory${(0,hash/* shortHash */.B)(prefix, 12)}`,
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

// EXTERNAL MODULE: ./plan/types.ts + 1 modules
var types = __webpack_require__(9206);
;// CONCATENATED MODULE: ./plan/desired.ts
/** The state the manifest asks for: task definitions, schedules or rules, log groups. Pure. */









function desiredState(manifest, ctx) {
    const byName = new Map(manifest.jobs.map((j) => [j.name, j]));
    const shared = manifest.taskDefinitions === 'shared';
    const render = { prefix: manifest.prefix, region: ctx.region, image: ctx.image };
    // Each job's family: its own, or its shape's (jobs of one shape share the one rendered input).
    const taskDefinitions = new Map();
    const familyOf = new Map();
    for (const job of manifest.jobs) {
        const { family, input } = shared
            ? (0,taskdef_shared/* sharedTaskDefinition */.q6)(job, render)
            : { family: (0,names/* jobResourceName */.ln)(manifest.prefix, job.name), input: (0,taskdef_render/* renderTaskDefinition */.P9)(job, render) };
        const entry = taskDefinitions.get(family) ?? { family, input, jobs: [] };
        entry.jobs.push(job.name);
        taskDefinitions.set(family, entry);
        familyOf.set(job.name, entry);
    }
    const sharedArn = (job) => (0,taskdef_shared/* familyArn */.cT)(ctx.clusterArn, ctx.region, familyOf.get(job.name).family);
    const stateMachines = manifest.chains.map((chain) => {
        const name = (0,names/* jobResourceName */.ln)(manifest.prefix, chain.root);
        const root = byName.get(chain.root);
        return {
            name,
            arn: (0,arn/* stateMachineArn */.w4)(ctx.clusterArn, ctx.region, name),
            roleArn: root.stateMachineRoleArn,
            chain,
            jobs: chain.waves.flat(),
            purpose: `runs ${chain.waves.flat().join(' → ')}`,
            definition: (taskDefinitionOf) => (0,asl/* chainDefinition */.bY)(chain, byName, {
                prefix: manifest.prefix,
                clusterArn: ctx.clusterArn,
                // Shared: the family without a revision, so a roll does not rewrite the state machine either.
                taskDefinitionOf: (job) => (shared ? sharedArn(job) : taskDefinitionOf(familyOf.get(job.name).family)),
                groupOf: (job) => (0,names/* stepTaskGroup */.Nw)(manifest.prefix, job.name),
                ...(shared ? { overridesOf: taskdef_shared/* jobOverrides */.z5 } : {}),
                ...(manifest.alerts ? { alerts: { topicArn: manifest.alerts.snsTopicArn, on: manifest.alerts.on } } : {}),
            }),
        };
    });
    const machineOf = new Map();
    for (const m of stateMachines)
        for (const job of m.jobs)
            machineOf.set(job, m);
    const watch = watchMachine(manifest, ctx);
    if (watch)
        stateMachines.push(watch);
    const jobs = manifest.jobs.map((job) => {
        const name = (0,names/* jobResourceName */.ln)(manifest.prefix, job.name);
        const { family, input: taskDefinition } = familyOf.get(job.name);
        const machine = machineOf.get(job.name);
        const base = {
            job,
            name,
            family,
            ...(shared ? { shared: true } : {}),
            taskDefinition,
            ...(machine ? { stateMachine: machine.name } : {}),
        };
        // A job after others starts with its chain: no schedule of its own.
        if (job.after)
            return base;
        // Per job, the TaskDefinitionArn is filled in by the planner (a known revision, or the new one).
        const target = machine
            ? { kind: 'state-machine', arn: machine.arn }
            : shared
                ? { kind: 'ecs', clusterArn: ctx.clusterArn, taskDefinitionArn: sharedArn(job), overrides: (0,taskdef_shared/* jobOverrides */.z5)(job) }
                : { kind: 'ecs', clusterArn: ctx.clusterArn, taskDefinitionArn: '' };
        return manifest.backend === 'scheduler'
            ? {
                ...base,
                schedule: (0,schedule/* scheduleInput */.ye)(job, manifest.prefix, target),
                ...(watch && job.watched && machine ? { watch: watchSchedule(job, manifest, watch.arn, machine.arn) } : {}),
            }
            : { ...base, rule: (0,schedule/* ruleInput */.J4)(job, manifest.prefix), target: (0,schedule/* ruleTarget */.i$)(job, manifest.prefix, target) };
    });
    const logGroups = new Map();
    for (const job of manifest.jobs) {
        if (!job.logs)
            continue;
        const existing = logGroups.get(job.logs.group);
        const retentionDays = job.logs.retentionDays ?? existing?.retentionDays;
        logGroups.set(job.logs.group, { name: job.logs.group, ...(retentionDays !== undefined ? { retentionDays } : {}) });
    }
    const operations = operationsState(manifest, ctx);
    for (const g of operations.logGroups)
        logGroups.set(g.name, g);
    return {
        prefix: manifest.prefix,
        backend: manifest.backend,
        region: ctx.region,
        clusterArn: ctx.clusterArn,
        image: ctx.image,
        jobs,
        taskDefinitions: [...taskDefinitions.values()],
        logGroups: [...logGroups.values()],
        operations,
        stateMachines,
    };
}
/** The project's watch for missed and late runs, when a job is watched. */
function watchMachine(manifest, ctx) {
    const watched = manifest.jobs.filter((j) => j.watched);
    if (!watched.length || !manifest.alerts || manifest.backend !== 'scheduler')
        return undefined;
    const name = (0,names/* operationsResourceName */.ol)(manifest.prefix, 'watch');
    const topic = manifest.alerts.snsTopicArn;
    return {
        name,
        arn: (0,arn/* stateMachineArn */.w4)(ctx.clusterArn, ctx.region, name),
        roleArn: watched[0].stateMachineRoleArn,
        jobs: watched.map((j) => j.name),
        purpose: `watches ${watched.length} job(s) for missed and late runs`,
        definition: () => watchDefinition(manifest.prefix, topic),
    };
}
/** A watched job's companion schedule: the job's expression and zone, no window, starting the watch. */
function watchSchedule(job, manifest, watchArn, machineArn) {
    const input = watchInput(job, machineArn, { missed: manifest.alerts.on.includes('missed') });
    return {
        Name: (0,names/* watchScheduleName */.ow)(manifest.prefix, job.name),
        GroupName: manifest.prefix,
        ScheduleExpression: job.schedule.expression,
        ScheduleExpressionTimezone: job.timezone,
        Description: `ecs-batch: watches ${job.name} for missed and late runs`,
        State: 'ENABLED',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'NONE',
        Target: { Arn: watchArn, RoleArn: job.schedulerRoleArn, Input: JSON.stringify(input) },
    };
}


/***/ }),

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m9: () => (/* binding */ changeName),
  uV: () => (/* reexport */ reasonText)
});

// UNUSED EXPORTS: NEW_REVISION, RULE_TARGET_ID, isWrite

// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
// EXTERNAL MODULE: ./util/diff.ts
var diff = __webpack_require__(3918);
;// CONCATENATED MODULE: ./model/change.ts
/** What every change and every job plan share, whatever the kind of resource. */

function reasonText(reason, options = {}) {
    return typeof reason === 'string' ? reason : `${reason.resource} ${(0,diff/* describeChange */.uQ)(reason.change, options)}`;
}

;// CONCATENATED MODULE: ./plan/types.ts



/** The resource a change is about: a family for task definitions, a name otherwise. */
function changeName(c) {
    return c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
}
function isWrite(change) {
    return change.action !== 'unchanged';
}


/***/ })

};
