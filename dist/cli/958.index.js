export const id = 958;
export const ids = [958];
export const modules = {

/***/ 8212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Iq: () => (/* binding */ desiredState),
  uH: () => (/* binding */ ecsParameters)
});

// UNUSED EXPORTS: ruleInput, ruleTarget, scheduleInput, stateMachineArn

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
            pattern: stoppedTasks(prefix, ctx.clusterArn, [names/* GROUP_PREFIX */.lc, names/* QUIET_GROUP_PREFIX */.mQ]),
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


/***/ }),

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ classify),
  findJob: () => (/* binding */ findJob),
  runJob: () => (/* binding */ runJob),
  startedByFor: () => (/* binding */ startedByFor)
});

// UNUSED EXPORTS: MANUAL_RUN_TAG

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./report/links.ts
var links = __webpack_require__(8054);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
// EXTERNAL MODULE: ./util/inputs.ts
var inputs = __webpack_require__(9820);
// EXTERNAL MODULE: ./util/suggest.ts
var suggest = __webpack_require__(563);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(3897);
;// CONCATENATED MODULE: ./run/logs.ts
/** Follows one CloudWatch Logs stream forward: every event once, in order, across pages. */

class LogFollower {
    token;
    group;
    stream;
    clients;
    constructor(clients, group, stream) {
        this.clients = clients;
        this.group = group;
        this.stream = stream;
    }
    /**
     * Reads what arrived since the last call. The forward token is how CloudWatch avoids
     * duplicates: when it comes back unchanged, there is nothing newer yet.
     */
    async poll() {
        const lines = [];
        for (;;) {
            let out;
            try {
                out = await this.clients.logs.send(new client_cloudwatch_logs_dist_cjs/* GetLogEventsCommand */.h7S({ logGroupName: this.group, logStreamName: this.stream, startFromHead: true, ...(this.token ? { nextToken: this.token } : {}) }));
            }
            catch (error) {
                // The stream appears when the container starts; until then there is nothing to read.
                if (error instanceof client_cloudwatch_logs_dist_cjs/* ResourceNotFoundException */.lBX)
                    return lines;
                throw error;
            }
            for (const e of out.events ?? [])
                lines.push({ timestamp: e.timestamp ?? 0, message: e.message ?? '' });
            const next = out.nextForwardToken;
            const done = !next || next === this.token || (out.events ?? []).length === 0;
            this.token = next ?? this.token;
            if (done)
                return lines;
        }
    }
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(3550);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./plan/desired.ts + 2 modules
var desired = __webpack_require__(8212);
// EXTERNAL MODULE: ./plan/types.ts
var types = __webpack_require__(727);
;// CONCATENATED MODULE: ./run/settings.ts
/**
 * How a job runs when its schedule fires, read from the live schedule (or rule), so a manual run
 * uses exactly the same cluster, revision, network and capacity settings.
 */







/** Scheduler and EventBridge name the ECS parameters alike; RunTask spells the network differently. */
function fromTarget(cluster, ecs) {
    const vpc = ecs.NetworkConfiguration?.awsvpcConfiguration;
    return {
        cluster,
        taskDefinition: ecs.TaskDefinitionArn,
        count: 1,
        ...(ecs.CapacityProviderStrategy?.length ? { capacityProviderStrategy: ecs.CapacityProviderStrategy } : ecs.LaunchType ? { launchType: ecs.LaunchType } : {}),
        ...(ecs.PlatformVersion ? { platformVersion: ecs.PlatformVersion } : {}),
        ...(vpc
            ? { networkConfiguration: { awsvpcConfiguration: { subnets: vpc.Subnets, ...(vpc.SecurityGroups ? { securityGroups: vpc.SecurityGroups } : {}), ...(vpc.AssignPublicIp ? { assignPublicIp: vpc.AssignPublicIp } : {}) } } }
            : {}),
        // Same member names (type, expression, field) in Scheduler, EventBridge and RunTask.
        ...(ecs.PlacementConstraints?.length ? { placementConstraints: ecs.PlacementConstraints } : {}),
        ...(ecs.PlacementStrategy?.length ? { placementStrategy: ecs.PlacementStrategy } : {}),
        ...(ecs.Group ? { group: ecs.Group } : {}),
        ...(ecs.PropagateTags ? { propagateTags: ecs.PropagateTags } : {}),
        ...(ecs.EnableECSManagedTags !== undefined ? { enableECSManagedTags: ecs.EnableECSManagedTags } : {}),
    };
}
async function fromSchedule(clients, manifest, name) {
    try {
        const schedule = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: manifest.prefix }));
        const ecs = schedule.Target?.EcsParameters;
        return ecs && schedule.Target?.Arn ? fromTarget(schedule.Target.Arn, ecs) : undefined;
    }
    catch (error) {
        if (error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB)
            return undefined;
        throw error;
    }
}
async function fromRule(clients, name) {
    try {
        const out = await clients.events.send(new client_eventbridge_dist_cjs/* ListTargetsByRuleCommand */.Hi6({ Rule: name }));
        const target = out.Targets?.find((t) => t.Id === types/* RULE_TARGET_ID */.ry);
        return target?.EcsParameters && target.Arn ? fromTarget(target.Arn, target.EcsParameters) : undefined;
    }
    catch (error) {
        if (error instanceof client_eventbridge_dist_cjs/* ResourceNotFoundException */.lBX)
            return undefined;
        throw error;
    }
}
/** No live schedule: the manifest's settings and the family's latest ACTIVE revision. */
async function fromManifest(clients, manifest, job, family) {
    let arn;
    try {
        const out = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family }));
        arn = out.taskDefinition?.taskDefinitionArn;
    }
    catch (error) {
        if (!(error instanceof dist_cjs/* ClientException */.P6G))
            throw error;
    }
    if (!arn) {
        throw new errors/* OperationError */.O(`job '${job.name}' has never been deployed: there is no task definition family ${family}`, 'run `ecs-batch deploy` (or the deploy action) first');
    }
    // The same parameters a schedule would carry, so the fallback runs the task as the schedule would.
    return fromTarget(manifest.cluster, (0,desired/* ecsParameters */.uH)(job, arn, manifest.prefix));
}
async function runSettings(clients, manifest, job) {
    const name = (0,names/* jobResourceName */.ln)(manifest.prefix, job.name);
    const notes = [];
    if (!job.enabled)
        notes.push(`job '${job.name}' is disabled in the manifest (its schedule does not fire); running it by hand anyway`);
    const live = manifest.backend === 'rules' ? await fromRule(clients, name) : await fromSchedule(clients, manifest, name);
    if (live)
        return { request: live, source: manifest.backend === 'rules' ? 'rule' : 'schedule', notes };
    notes.push(`no live ${manifest.backend === 'rules' ? 'rule' : 'schedule'} ${name}: using the manifest's settings and the latest ACTIVE revision of ${name}`);
    return { request: await fromManifest(clients, manifest, job, name), source: 'manifest', notes };
}

;// CONCATENATED MODULE: ./run/run.ts
/**
 * Runs a job now, with the settings its schedule uses; waits for it (bounded), streaming its
 * logs; and tells a container that exited non-zero from a task that never started.
 */







/** The task tag that marks a run started by hand. */
const MANUAL_RUN_TAG = { key: 'ecs-batch:trigger', value: 'manual' };
function startedByFor(runId) {
    return `ecs-batch/${(runId ?? 'manual').replace(/[^A-Za-z0-9_/-]/g, '-')}`.slice(0, 128);
}
function hintFor(result) {
    const reason = `${result.stoppedReason ?? ''} ${result.containerReason ?? ''}`;
    if (/log group does not exist/i.test(reason)) {
        return `the awslogs group ${result.logGroup ?? ''} does not exist, so the container could not start: \`ecs-batch deploy\` creates it (or create it yourself)`;
    }
    if (/CannotPullContainerError/i.test(reason)) {
        // Where the pull goes out from depends on the network mode: the task's own interface (awsvpc), or the host's.
        return result.networkMode === 'awsvpc'
            ? 'the image could not be pulled: check it exists in ECR, that the execution role may pull it, and that the subnets reach ECR (NAT gateway, VPC endpoints, or assignPublicIp: ENABLED)'
            : `the image could not be pulled: check it exists in ECR, that the container instances' role (or the execution role) may pull it, and that the instances reach ECR (${result.networkMode ?? 'bridge'} networking pulls from the host)`;
    }
    if (/ResourceInitializationError/i.test(reason))
        return 'the task could not be initialized: check the execution role (secrets, logs) and the network';
    if (result.status === 'not-started')
        return 'ECS could not place the task: retry later, or use subnets in more Availability Zones or another capacity provider';
    if (result.status === 'failed')
        return `the container exited with code ${result.exitCode}: see its logs`;
    if (result.status === 'timed-out')
        return 'the task ran longer than --timeout and was stopped; raise the timeout if that is expected';
    return undefined;
}
/** What a stopped task says about the run (exported: run history reads the same events). */
function classify(task, timedOut) {
    const container = task.containers?.find((c) => c.exitCode !== undefined) ?? task.containers?.[0];
    const exitCode = container?.exitCode;
    const started = task.startedAt ?? task.createdAt;
    const durationSeconds = started && task.stoppedAt ? Math.max(0, (task.stoppedAt.getTime() - started.getTime()) / 1000) : undefined;
    const status = timedOut
        ? 'timed-out'
        : task.stopCode === 'TaskFailedToStart' || exitCode === undefined
            ? 'failed-to-start'
            : exitCode === 0
                ? 'succeeded'
                : 'failed';
    return {
        status,
        ...(exitCode !== undefined ? { exitCode } : {}),
        ...(task.stopCode ? { stopCode: task.stopCode } : {}),
        ...(task.stoppedReason ? { stoppedReason: task.stoppedReason } : {}),
        ...(container?.reason ? { containerReason: container.reason } : {}),
        ...(durationSeconds !== undefined ? { durationSeconds } : {}),
    };
}
const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
async function runJob(clients, manifest, job, options) {
    const settings = await runSettings(clients, manifest, job);
    for (const note of settings.notes)
        options.onNote?.(note);
    const taskDefinitionArn = settings.request.taskDefinition;
    const { taskDefinition } = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: taskDefinitionArn }));
    const containers = taskDefinition?.containerDefinitions ?? [];
    const main = containers.find((c) => c.name === job.containerName) ?? containers.find((c) => c.essential !== false) ?? containers[0];
    if (!main?.name)
        throw new errors/* OperationError */.O(`task definition ${taskDefinitionArn} has no container to run`);
    const log = main.logConfiguration?.logDriver === 'awslogs' ? main.logConfiguration.options : undefined;
    const overrides = options.command || options.environment
        ? {
            containerOverrides: [
                {
                    name: main.name,
                    ...(options.command ? { command: options.command } : {}),
                    ...(options.environment ? { environment: Object.entries(options.environment).map(([name, value]) => ({ name, value })) } : {}),
                },
            ],
        }
        : undefined;
    const run = await clients.ecs.send(new dist_cjs/* RunTaskCommand */._eD({ ...settings.request, startedBy: options.startedBy, ...(overrides ? { overrides } : {}), tags: [MANUAL_RUN_TAG] }));
    const base = {
        job: job.name,
        status: 'started',
        settingsSource: settings.source,
        taskDefinitionArn,
        ...(taskDefinition?.networkMode ? { networkMode: taskDefinition.networkMode } : {}),
        logLines: 0,
        notes: settings.notes,
    };
    const task = run.tasks?.[0];
    if (!task?.taskArn) {
        const failure = run.failures?.[0];
        const result = { ...base, status: 'not-started', stoppedReason: [failure?.reason, failure?.detail].filter(Boolean).join(': ') || 'RunTask started no task' };
        return { ...result, ...withHint(result) };
    }
    const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
    const logGroup = log?.['awslogs-group'];
    const logStream = log && logGroup ? `${log['awslogs-stream-prefix'] ? `${log['awslogs-stream-prefix']}/` : ''}${main.name}/${taskId}` : undefined;
    const region = await clients.region();
    const located = {
        ...base,
        taskArn: task.taskArn,
        ...(logGroup ? { logGroup } : {}),
        ...(logStream ? { logStream, logUrl: (0,links/* logGroupConsoleUrl */.s)(region, logGroup, logStream) } : {}),
    };
    if (!options.wait)
        return located;
    const poll = options.pollSeconds ?? { status: 6, logs: 2 };
    const follower = logGroup && logStream ? new LogFollower(clients, logGroup, logStream) : undefined;
    let stopped = false;
    let lines = 0;
    const emit = (batch) => {
        for (const line of batch)
            options.onLog?.(line);
        lines += batch.length;
    };
    const streaming = (async () => {
        while (follower && !stopped) {
            emit(await follower.poll());
            if (!stopped)
                await sleep(poll.logs);
        }
    })();
    const taskArn = task.taskArn;
    const waitFor = (seconds) => (0,dist_cjs/* waitUntilTasksStopped */.ttI)({ client: clients.ecs, maxWaitTime: seconds, minDelay: poll.status, maxDelay: Math.max(poll.status, Math.min(15, poll.status * 4)) }, { cluster: settings.request.cluster, tasks: [taskArn] });
    let timedOut = false;
    try {
        await waitFor(Math.max(options.timeoutSeconds, poll.status * 2));
    }
    catch (error) {
        if (error.name !== 'TimeoutError') {
            stopped = true;
            await streaming;
            throw error;
        }
        timedOut = true;
        options.onNote?.(`timed out after ${options.timeoutSeconds}s: stopping the task`);
        await clients.ecs.send(new dist_cjs/* StopTaskCommand */.PP1({ cluster: settings.request.cluster, task: task.taskArn, reason: `ecs-batch: timed out after ${options.timeoutSeconds}s` }));
        await waitFor(Math.max(120, poll.status * 2));
    }
    stopped = true;
    await streaming;
    // The last lines may land after the task stops: one final read drains them.
    if (follower)
        emit(await follower.poll());
    const described = await clients.ecs.send(new dist_cjs/* DescribeTasksCommand */.z8X({ cluster: settings.request.cluster, tasks: [task.taskArn] }));
    const final = described.tasks?.[0] ?? task;
    const result = { ...located, ...classify(final, timedOut), logLines: lines };
    return { ...result, ...withHint(result) };
}
function withHint(result) {
    const hint = hintFor(result);
    return hint ? { hint } : {};
}
/** The job by name, or a usage error with a did-you-mean. */
function findJob(manifest, name) {
    const job = manifest.jobs.find((j) => j.name === name);
    if (job)
        return job;
    const names = manifest.jobs.map((j) => j.name);
    throw new inputs/* UsageError */.eb(`unknown job '${name}'${(0,suggest/* didYouMean */.au)(name, names)} (jobs: ${names.join(', ')})`);
}


/***/ })

};
