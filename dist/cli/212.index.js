export const id = 212;
export const ids = [212];
export const modules = {

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iq: () => (/* binding */ desiredState),
  uH: () => (/* binding */ ecsParameters),
  w4: () => (/* binding */ stateMachineArn)
});

// UNUSED EXPORTS: ruleInput, ruleTarget, scheduleInput

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
;// CONCATENATED MODULE: ./stepfunctions/asl.ts

/** The error a failed `.sync` ECS task raises (exit code not 0, or never started). */
const TASK_FAILED = 'States.TaskFailed';
const SKIPPED_STATE = 'Skipped: the previous run is still going';
/** Step names: readable in the console, unique, within the 80 characters AWS allows. */
const stepName = (job) => `Run ${job}`.slice(0, 80);
const cap = (k) => k.charAt(0).toUpperCase() + k.slice(1);
/** RunTask's parameters in Step Functions' spelling (PascalCase all the way down). */
function pascal(value) {
    if (Array.isArray(value))
        return value.map(pascal);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [cap(k), pascal(v)]));
    return value;
}
/** The ECS step of a job: the same ECS parameters its schedule would send, in the task group `<group>`. */
function runTaskStep(job, ctx) {
    const { TaskDefinitionArn, TaskCount: _count, Group: _group, ...ecs } = ecsParameters(job, ctx.taskDefinition, ctx.prefix);
    return {
        Type: 'Task',
        Resource: 'arn:aws:states:::ecs:runTask.sync',
        Parameters: { Cluster: ctx.clusterArn, TaskDefinition: TaskDefinitionArn, Group: ctx.group, ...pascal(ecs) },
        ResultPath: null,
        ...(job.timeoutSeconds !== undefined ? { TimeoutSeconds: job.timeoutSeconds } : {}),
        ...(job.retries > 0 ? { Retry: [{ ErrorEquals: [TASK_FAILED], IntervalSeconds: job.retryDelaySeconds, MaxAttempts: job.retries, BackoffRate: 2 }] } : {}),
    };
}
function chainDefinition(chain, jobs, ctx) {
    const root = jobs.get(chain.root);
    const states = {};
    const step = (name) => runTaskStep(jobs.get(name), { prefix: ctx.prefix, clusterArn: ctx.clusterArn, taskDefinition: ctx.taskDefinitionOf(jobs.get(name)), group: ctx.groupOf(jobs.get(name)) });
    // Waves in order: one job is a step; several run as a Parallel state (a failed branch fails it, and the chain stops).
    const waveNames = chain.waves.map((wave, i) => (wave.length === 1 ? stepName(wave[0]) : `Wave ${i + 1}: ${wave.join(', ')}`.slice(0, 80)));
    chain.waves.forEach((wave, i) => {
        const next = i + 1 < chain.waves.length ? { Next: waveNames[i + 1] } : { End: true };
        if (wave.length === 1) {
            states[waveNames[i]] = { ...step(wave[0]), ...next };
        }
        else {
            states[waveNames[i]] = {
                Type: 'Parallel',
                Branches: wave.map((job) => ({ StartAt: stepName(job), States: { [stepName(job)]: { ...step(job), End: true } } })),
                ResultPath: null,
                ...next,
            };
        }
    });
    let startAt = waveNames[0];
    if (root.concurrency !== 'allow') {
        // The state machine's running executions: this one, and any other still going.
        states['Look for a previous run'] = {
            Type: 'Task',
            Resource: 'arn:aws:states:::aws-sdk:sfn:listExecutions',
            Parameters: { 'StateMachineArn.$': '$$.StateMachine.Id', StatusFilter: 'RUNNING', MaxResults: 100 },
            ResultSelector: { 'executions.$': '$.Executions', 'count.$': 'States.ArrayLength($.Executions)' },
            ResultPath: '$.running',
            Next: 'Previous run still going?',
        };
        if (root.concurrency === 'forbid') {
            states['Previous run still going?'] = { Type: 'Choice', Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: SKIPPED_STATE }], Default: startAt };
            // Kubernetes CronJob's Forbid: the scheduled run is skipped, and that is not a failure.
            states[SKIPPED_STATE] = { Type: 'Succeed', Comment: 'concurrency: forbid' };
        }
        else {
            states['Previous run still going?'] = { Type: 'Choice', Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: 'Stop the previous run' }], Default: startAt };
            // Kubernetes CronJob's Replace: stopping an execution stops the ECS task its .sync step waits for.
            states['Stop the previous run'] = {
                Type: 'Map',
                ItemsPath: '$.running.executions',
                ItemSelector: { 'arn.$': '$$.Map.Item.Value.ExecutionArn', 'self.$': '$$.Execution.Id' },
                ItemProcessor: {
                    ProcessorConfig: { Mode: 'INLINE' },
                    StartAt: 'Is it this run?',
                    States: {
                        'Is it this run?': { Type: 'Choice', Choices: [{ Variable: '$.arn', StringEqualsPath: '$.self', Next: 'Keep this run' }], Default: 'Stop it' },
                        'Keep this run': { Type: 'Succeed' },
                        'Stop it': { Type: 'Task', Resource: 'arn:aws:states:::aws-sdk:sfn:stopExecution', Parameters: { 'ExecutionArn.$': '$.arn', Cause: 'concurrency: replace (a newer run started)' }, End: true },
                    },
                },
                ResultPath: null,
                Next: startAt,
            };
        }
        startAt = 'Look for a previous run';
    }
    return { Comment: `ecs-batch ${ctx.prefix}: ${chain.waves.flat().join(' → ')}`, StartAt: startAt, States: states };
}

// EXTERNAL MODULE: ./taskdef/render.ts
var render = __webpack_require__(8327);
// EXTERNAL MODULE: ./report/links.ts
var links = __webpack_require__(8054);
// EXTERNAL MODULE: ./plan/types.ts
var types = __webpack_require__(727);
;// CONCATENATED MODULE: ./plan/operations.ts




/** One Logs resource policy serves every ecs-batch project of an account and region (AWS allows 10). */
const LOGS_POLICY_NAME = 'ecs-batch-events';
/** The ECS task state change events of this manifest's jobs that have stopped. */
function stoppedTasks(prefix, clusterArn, groupPrefixes) {
    return {
        source: ['aws.ecs'],
        'detail-type': ['ECS Task State Change'],
        detail: {
            clusterArn: [clusterArn],
            lastStatus: ['STOPPED'],
            group: groupPrefixes.map((p) => ({ prefix: `${p}:${prefix}:` })),
        },
    };
}
/**
 * The alert, as Amazon Q Developer in chat applications renders a custom notification (a title
 * and a description in Slack or Teams); email subscribers get the same JSON.
 */
function notification(title, lines) {
    return JSON.stringify({
        version: '1.0',
        source: 'custom',
        content: { textType: 'client-markdown', title, description: lines.join('\n') },
    });
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
        ? (0,links/* logGroupConsoleUrl */.s)(ctx.region, logGroups[0])
        : `https://${ctx.region}.console.aws.amazon.com/ecs/v2/clusters/${encodeURIComponent(clusterName)}/tasks?region=${ctx.region}&status=STOPPED`;
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
                    Id: types/* RULE_TARGET_ID */.ry,
                    Arn: alerts.snsTopicArn,
                    InputTransformer: {
                        InputPathsMap: { ...paths, exit: '$.detail.containers[0].exitCode' },
                        InputTemplate: notification(`❌ ecs-batch ${prefix}: a job failed (exit code <exit>)`, [
                            '*Job*: <group>',
                            '*What happened*: the container exited with code <exit>',
                            '*Reason*: <reason>',
                            '*Cluster*: <cluster>',
                            '*Task*: <task> (stopped <stopped>)',
                            `*Logs*: ${logsLink}`,
                        ]),
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
                    Id: types/* RULE_TARGET_ID */.ry,
                    Arn: alerts.snsTopicArn,
                    InputTransformer: {
                        InputPathsMap: { ...paths, why: '$.detail.containers[0].reason' },
                        InputTemplate: notification(`❌ ecs-batch ${prefix}: a job never started`, [
                            '*Job*: <group>',
                            '*What happened*: the task never started: <reason>',
                            '*Container*: <why>',
                            '*Cluster*: <cluster>',
                            '*Task*: <task> (stopped <stopped>)',
                            `*Logs*: ${logsLink}`,
                        ]),
                    },
                },
            });
        }
        // Jobs run by a state machine alert once per run that failed for good (retries exhausted, a timeout), never per attempt.
        const machines = manifest.chains.filter((c) => c.waves.flat().some((j) => manifest.jobs.find((x) => x.name === j)?.alerts)).map((c) => stateMachineArn(ctx.clusterArn, ctx.region, (0,names/* jobResourceName */.ln)(prefix, c.root)));
        if (machines.length && (on.has('failed') || on.has('not-started'))) {
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'alerts-chains'),
                description: `ecs-batch ${prefix}: a run through a state machine failed or timed out`,
                pattern: { source: ['aws.states'], 'detail-type': ['Step Functions Execution Status Change'], detail: { status: ['FAILED', 'TIMED_OUT'], stateMachineArn: machines } },
                target: {
                    Id: types/* RULE_TARGET_ID */.ry,
                    Arn: alerts.snsTopicArn,
                    InputTransformer: {
                        InputPathsMap: { machine: '$.detail.name', status: '$.detail.status', execution: '$.detail.executionArn', error: '$.detail.error', cause: '$.detail.cause' },
                        InputTemplate: notification(`❌ ecs-batch ${prefix}: a run <status>`, [
                            '*Run*: <execution>',
                            '*What happened*: <status> (<error>), after its retries',
                            '*Cause*: <cause>',
                            `*Console*: https://${ctx.region}.console.aws.amazon.com/states/home?region=${ctx.region}#/v2/executions/details/<execution>`,
                        ]),
                    },
                },
            });
        }
        if (on.has('schedule-errors') && manifest.backend === 'scheduler') {
            const metric = (id, name) => ({ Id: id, ReturnData: false, MetricStat: { Metric: { Namespace: 'AWS/Scheduler', MetricName: name, Dimensions: [{ Name: 'ScheduleGroup', Value: prefix }] }, Period: 300, Stat: 'Sum' } });
            out.alarms.push({
                AlarmName: (0,names/* operationsResourceName */.ol)(prefix, 'schedule-errors'),
                AlarmDescription: `ecs-batch ${prefix}: a schedule could not start its task (RunTask refused or throttled, a wrong role), after its retry policy`,
                Metrics: [metric('errors', 'TargetErrorCount'), metric('dropped', 'InvocationDroppedCount'), { Id: 'failures', Expression: 'errors + dropped', Label: 'failed invocations', ReturnData: true }],
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
        out.logGroups.push({ name: group, retentionDays: manifest.history.retentionDays });
        out.eventRules.push({
            name: (0,names/* operationsResourceName */.ol)(prefix, 'history'),
            description: `ecs-batch ${prefix}: every stopped run of the jobs, kept in ${group}`,
            pattern: stoppedTasks(prefix, ctx.clusterArn, [names/* GROUP_PREFIX */.lc, names/* QUIET_GROUP_PREFIX */.mQ, names/* STEP_GROUP_PREFIX */.i8]),
            target: { Id: types/* RULE_TARGET_ID */.ry, Arn: `arn:${partition}:logs:${ctx.region}:${account}:log-group:${group}` },
        });
        out.logsPolicy = {
            name: LOGS_POLICY_NAME,
            document: JSON.stringify({
                Version: '2012-10-17',
                Statement: [
                    {
                        Sid: 'EcsBatchRunHistory',
                        Effect: 'Allow',
                        Principal: { Service: ['events.amazonaws.com', 'delivery.logs.amazonaws.com'] },
                        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
                        Resource: `arn:${partition}:logs:${ctx.region}:${account}:log-group:/aws/events/ecs-batch/*:*`,
                    },
                ],
            }),
        };
    }
    return out;
}

;// CONCATENATED MODULE: ./plan/desired.ts






/**
 * The ECS parameters both backends send (their shapes match member for member). The task
 * definition's tags (ownership, job) reach each task through PropagateTags.
 */
function ecsParameters(job, taskDefinitionArn, prefix) {
    return {
        TaskDefinitionArn: taskDefinitionArn,
        TaskCount: 1,
        // Every run says which job it is (alerts and history match on it).
        Group: (0,names/* taskGroup */.lB)(prefix, job.name, job.alerts),
        ...(job.capacityProviderStrategy
            ? { CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({ capacityProvider: p.capacityProvider, ...(p.weight !== undefined ? { weight: p.weight } : {}), ...(p.base !== undefined ? { base: p.base } : {}) })) }
            : { LaunchType: job.launchType ?? 'FARGATE' }),
        ...(job.platformVersion && (0,render/* isFargate */.rd)(job) ? { PlatformVersion: job.platformVersion } : {}),
        ...((0,render/* usesAwsvpc */.B)(job) && job.network
            ? {
                NetworkConfiguration: {
                    awsvpcConfiguration: {
                        Subnets: job.network.subnets,
                        ...(job.network.securityGroups ? { SecurityGroups: job.network.securityGroups } : {}),
                        AssignPublicIp: job.network.assignPublicIp ?? 'DISABLED',
                    },
                },
            }
            : {}),
        ...(job.placementConstraints?.length ? { PlacementConstraints: job.placementConstraints.map((c) => ({ type: c.type, ...(c.expression ? { expression: c.expression } : {}) })) } : {}),
        ...(job.placementStrategy?.length ? { PlacementStrategy: job.placementStrategy.map((p) => ({ type: p.type, ...(p.field ? { field: p.field } : {}) })) } : {}),
        PropagateTags: 'TASK_DEFINITION',
        EnableECSManagedTags: true,
    };
}
function retryPolicy(job) {
    return {
        MaximumRetryAttempts: job.retryPolicy?.maximumRetryAttempts ?? limits/* DEFAULT_RETRY_POLICY */.cO.maximumRetryAttempts,
        MaximumEventAgeInSeconds: job.retryPolicy?.maximumEventAgeInSeconds ?? limits/* DEFAULT_RETRY_POLICY */.cO.maximumEventAgeInSeconds,
    };
}
/** A state machine target: StartExecution with an empty input (the definition holds everything). */
const STATE_MACHINE_INPUT = '{}';
function scheduleInput(job, prefix, target) {
    const window = job.flexibleTimeWindowMinutes;
    return {
        Name: (0,names/* jobResourceName */.ln)(prefix, job.name),
        GroupName: prefix,
        ScheduleExpression: job.schedule.expression,
        ScheduleExpressionTimezone: job.timezone,
        ...(job.description ? { Description: job.description } : {}),
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        FlexibleTimeWindow: window ? { Mode: 'FLEXIBLE', MaximumWindowInMinutes: window } : { Mode: 'OFF' },
        ActionAfterCompletion: 'NONE',
        Target: {
            Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
            RoleArn: job.schedulerRoleArn,
            RetryPolicy: retryPolicy(job),
            ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
            ...(target.kind === 'ecs' ? { EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) } : { Input: STATE_MACHINE_INPUT }),
        },
    };
}
function ruleInput(job, prefix) {
    return {
        Name: (0,names/* jobResourceName */.ln)(prefix, job.name),
        ScheduleExpression: job.schedule.expression,
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        ...(job.description ? { Description: job.description } : {}),
        Tags: [
            { Key: names/* OWNER_TAG */.FX, Value: prefix },
            { Key: names/* JOB_TAG */.z2, Value: job.name },
        ],
    };
}
function ruleTarget(job, prefix, target) {
    return {
        Id: types/* RULE_TARGET_ID */.ry,
        Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
        RoleArn: job.schedulerRoleArn,
        ...(target.kind === 'ecs' ? { EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) } : { Input: STATE_MACHINE_INPUT }),
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
}
function stateMachineArn(clusterArn, region, name) {
    const account = /:(\d{12}):/.exec(clusterArn)?.[1] ?? '000000000000';
    const partition = /^arn:(aws[a-z-]*):/.exec(clusterArn)?.[1] ?? 'aws';
    return `arn:${partition}:states:${region}:${account}:stateMachine:${name}`;
}
function desiredState(manifest, ctx) {
    const byName = new Map(manifest.jobs.map((j) => [j.name, j]));
    const stateMachines = manifest.chains.map((chain) => {
        const name = (0,names/* jobResourceName */.ln)(manifest.prefix, chain.root);
        const root = byName.get(chain.root);
        return {
            name,
            arn: stateMachineArn(ctx.clusterArn, ctx.region, name),
            roleArn: root.stateMachineRoleArn,
            chain,
            definition: (taskDefinitionOf) => chainDefinition(chain, byName, {
                prefix: manifest.prefix,
                clusterArn: ctx.clusterArn,
                taskDefinitionOf: (job) => taskDefinitionOf((0,names/* jobResourceName */.ln)(manifest.prefix, job.name)),
                groupOf: (job) => (0,names/* stepTaskGroup */.Nw)(manifest.prefix, job.name),
            }),
        };
    });
    const machineOf = new Map();
    for (const m of stateMachines)
        for (const wave of m.chain.waves)
            for (const job of wave)
                machineOf.set(job, m);
    const jobs = manifest.jobs.map((job) => {
        const name = (0,names/* jobResourceName */.ln)(manifest.prefix, job.name);
        const taskDefinition = (0,render/* renderTaskDefinition */.P9)(job, { prefix: manifest.prefix, region: ctx.region, image: ctx.image });
        const machine = machineOf.get(job.name);
        const base = { job, name, taskDefinition, ...(machine ? { stateMachine: machine.name } : {}) };
        // A job after others starts with its chain: no schedule of its own.
        if (job.after)
            return base;
        // The TaskDefinitionArn is filled in by the planner (a known revision, or the new one).
        const target = machine ? { kind: 'state-machine', arn: machine.arn } : { kind: 'ecs', clusterArn: ctx.clusterArn, taskDefinitionArn: '' };
        return manifest.backend === 'scheduler'
            ? { ...base, schedule: scheduleInput(job, manifest.prefix, target) }
            : { ...base, rule: ruleInput(job, manifest.prefix), target: ruleTarget(job, manifest.prefix, target) };
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
    return { prefix: manifest.prefix, backend: manifest.backend, region: ctx.region, clusterArn: ctx.clusterArn, image: ctx.image, jobs, logGroups: [...logGroups.values()], operations, stateMachines };
}


/***/ })

};
