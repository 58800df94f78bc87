export const id = 388;
export const ids = [388,918];
export const modules = {

/***/ 5918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClients: () => (/* binding */ createClients)
/* harmony export */ });
/* unused harmony exports USER_AGENT, REQUEST_TIMEOUT_MS, CONNECT_TIMEOUT_MS, hasCredentials */
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7575);
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3897);
/* harmony import */ var _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7543);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3550);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8994);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2462);
/* harmony import */ var _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(591);
/**
 * The one place that creates AWS clients. Region, credentials and endpoint come from the standard
 * AWS environment and config files (AWS_REGION, AWS_PROFILE, AWS_ENDPOINT_URL, ...), so nothing
 * here knows about a local emulator.
 */








const USER_AGENT = 'ecs-batch/0.1.0';
/** One AWS call may take this long before it is abandoned (and retried): a silent endpoint must not hang a deploy. */
const REQUEST_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 5_000;
function createClients(options = {}) {
    const config = {
        ...(options.region ? { region: options.region } : {}),
        // Adaptive retry: exponential backoff plus client-side rate limiting once AWS throttles.
        retryMode: 'adaptive',
        maxAttempts: options.maxAttempts ?? 10,
        customUserAgent: USER_AGENT,
        // Without throwOnRequestTimeout the handler only logs a warning and waits on.
        requestHandler: { requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, connectionTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS, throwOnRequestTimeout: true },
    };
    const made = [];
    const lazy = (make) => {
        let client;
        return () => {
            if (!client) {
                client = make();
                made.push(client);
            }
            return client;
        };
    };
    const ecs = lazy(() => new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_0__/* .ECSClient */ .Zgc(config));
    const ecr = lazy(() => new _aws_sdk_client_ecr__WEBPACK_IMPORTED_MODULE_1__/* .ECRClient */ .S70(config));
    const events = lazy(() => new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_2__/* .EventBridgeClient */ .Ldt(config));
    const scheduler = lazy(() => new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_3__/* .SchedulerClient */ .dC(config));
    const logs = lazy(() => new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__/* .CloudWatchLogsClient */ .TFr(config));
    const cloudwatch = lazy(() => new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_5__/* .CloudWatchClient */ .WBn(config));
    const sns = lazy(() => new _aws_sdk_client_sns__WEBPACK_IMPORTED_MODULE_6__/* .SNSClient */ .kye(config));
    const sfn = lazy(() => new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_7__/* .SFNClient */ .ZIB(config));
    return {
        get ecs() {
            return ecs();
        },
        get ecr() {
            return ecr();
        },
        get events() {
            return events();
        },
        get scheduler() {
            return scheduler();
        },
        get logs() {
            return logs();
        },
        get cloudwatch() {
            return cloudwatch();
        },
        get sns() {
            return sns();
        },
        get sfn() {
            return sfn();
        },
        region: async () => {
            const region = ecs().config.region;
            return typeof region === 'function' ? await region() : String(region);
        },
        destroy: () => {
            for (const c of made)
                c.destroy();
        },
    };
}
/** True when the standard AWS chain yields credentials and a region (e.g. not in a fork's PR). */
async function hasCredentials(clients) {
    try {
        const credentials = await clients.ecs.config.credentials();
        await clients.region();
        return Boolean(credentials.accessKeyId);
    }
    catch {
        return false;
    }
}


/***/ }),

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

/***/ 7388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: ./aws/clients.ts
var aws_clients = __webpack_require__(5918);
// EXTERNAL MODULE: ./plan/types.ts
var types = __webpack_require__(727);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch/dist-cjs/index.js
var dist_cjs = __webpack_require__(7575);
// EXTERNAL MODULE: ./manifest/names.ts
var manifest_names = __webpack_require__(440);
// EXTERNAL MODULE: ./util/diff.ts
var util_diff = __webpack_require__(3918);
;// CONCATENATED MODULE: ./resources/kind.ts
/** Order of the phases of an apply: a failure stops every later phase. */
/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
const READ_CONCURRENCY = 8;
const PHASE = {
    logs: 10,
    taskDefinitions: 20,
    scheduleGroup: 30,
    stateMachines: 35,
    schedules: 40,
    alerts: 45,
    prune: 50,
    oldRevisions: 60,
};

;// CONCATENATED MODULE: ./resources/alarms.ts
/** The CloudWatch alarm on EventBridge Scheduler's failed invocations for the schedule group (a task the schedule could not start). */




/** What an alarm means: the fields ecs-batch sets, as PutMetricAlarm takes them or DescribeAlarms returns them. */
function normalizeAlarm(a) {
    if (!a)
        return undefined;
    const x = a;
    return (0,util_diff/* canonical */.$N)({
        AlarmDescription: x.AlarmDescription,
        Metrics: x.Metrics,
        ComparisonOperator: x.ComparisonOperator,
        Threshold: x.Threshold,
        EvaluationPeriods: x.EvaluationPeriods,
        TreatMissingData: x.TreatMissingData,
        ActionsEnabled: x.ActionsEnabled ?? true,
        AlarmActions: x.AlarmActions,
    });
}
const alarms = {
    kinds: ['alarm'],
    async observe(clients, req) {
        const name = (0,manifest_names/* operationsResourceName */.ol)(req.prefix, 'schedule-errors');
        const out = await clients.cloudwatch.send(new dist_cjs/* DescribeAlarmsCommand */.zWD({ AlarmNames: [name] }));
        const found = {};
        for (const alarm of out.MetricAlarms ?? []) {
            const tags = await clients.cloudwatch.send(new dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceARN: alarm.AlarmArn }));
            found[alarm.AlarmName] = { name: alarm.AlarmName, arn: alarm.AlarmArn, alarm: alarm, owned: (tags.Tags ?? []).some((t) => t.Key === manifest_names/* OWNER_TAG */.FX && t.Value === req.prefix) };
        }
        return { alarms: found };
    },
    plan({ desired, observed, changes, conflicts }) {
        const { prefix } = desired;
        const wanted = new Set();
        for (const input of desired.operations.alarms) {
            const name = input.AlarmName;
            wanted.add(name);
            const current = observed.alarms?.[name];
            const tagged = { ...input, Tags: [{ Key: manifest_names/* OWNER_TAG */.FX, Value: prefix }] };
            if (current && !current.owned) {
                conflicts.push(`CloudWatch alarm ${name} exists but is not owned by this manifest (no tag ${manifest_names/* OWNER_TAG */.FX}=${prefix}); delete it or tag it to adopt it`);
                continue;
            }
            if (!current) {
                changes.push({ kind: 'alarm', action: 'create', name, input: tagged, diff: [], reason: 'does not exist' });
                continue;
            }
            const diff = (0,util_diff/* diffValues */.In)(normalizeAlarm(current.alarm), normalizeAlarm(input));
            changes.push({ kind: 'alarm', action: diff.length ? 'update' : 'unchanged', name, input: tagged, diff, reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ` : 'matches' });
        }
        for (const alarm of Object.values(observed.alarms ?? {})) {
            if (alarm.owned && !wanted.has(alarm.name))
                changes.push({ kind: 'alarm', action: 'delete', name: alarm.name, diff: [], reason: 'no longer asked for by the manifest' });
        }
    },
    phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.alerts),
    async apply({ clients }, c) {
        if (c.action === 'delete')
            await clients.cloudwatch.send(new dist_cjs/* DeleteAlarmsCommand */.nds({ AlarmNames: [c.name] }));
        else
            await clients.cloudwatch.send(new dist_cjs/* PutMetricAlarmCommand */.AZU(c.input));
        return undefined;
    },
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(591);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(3550);
// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
;// CONCATENATED MODULE: ./util/concurrency.ts
/** Runs `fn` over `items` with at most `limit` calls in flight; results keep the input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    let failed = false;
    const worker = async () => {
        while (!failed && next < items.length) {
            const index = next++;
            try {
                results[index] = await fn(items[index], index);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./resources/applied.ts
/**
 * What ecs-batch last wrote, remembered: a fingerprint of each schedule or rule rides on the task
 * definition revision it runs (tag ecs-batch:applied), so a plan can tell a change made outside
 * ecs-batch (drift) from a manifest edit.
 */



/** A short fingerprint of a normalized schedule or rule (its task definition named by family, so it survives a roll). */
function fingerprintOf(normalized) {
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(normalized ?? null)).digest('hex').slice(0, 16);
}
function recorded(observed, name) {
    return observed.taskDefinitions[name]?.tags.find((t) => t.key === manifest_names/* APPLIED_TAG */.zH)?.value;
}
/** The live resource is not what ecs-batch last wrote. Unknown (never recorded) is not drift. */
function drifted(observed, name, liveFingerprint) {
    const last = recorded(observed, name);
    return last !== undefined && last !== liveFingerprint;
}
/** The fingerprint to record, and whether the revision the schedule will run already carries it. */
function fingerprintFields(observed, d, knownArns, fingerprint) {
    const already = knownArns.has(d.name) && recorded(observed, d.name) === fingerprint;
    return { fingerprint, ...(already ? { fingerprintRecorded: true } : {}) };
}
/** A new revision carries the fingerprint of the schedule that will run it: no extra write. */
function carryToRegistration(changes, family, fingerprint) {
    for (const c of changes) {
        if (c.kind === 'task-definition' && c.action === 'register' && c.family === family) {
            c.input = { ...c.input, tags: [...(c.input.tags ?? []), { key: manifest_names/* APPLIED_TAG */.zH, value: fingerprint }] };
        }
    }
}
function driftWarning(kind, name, diff) {
    const fields = [...new Set(diff.map((f) => f.path.split(/[.[]/)[0]))].join(', ');
    return `${kind} ${name} was changed outside ecs-batch (${fields}); this deploy puts back the manifest's values. The manifest is the source of truth: to stop a job, set enabled: false on it in the manifest`;
}
/** After a schedule or rule is written: its fingerprint on the revision it runs, unless that revision carries it already. */
async function recordApplied(ctx, family, taskDefinitionArn, change) {
    if (!change.fingerprint || change.fingerprintRecorded || ctx.newArns.has(family))
        return;
    await ctx.clients.ecs.send(new client_ecs_dist_cjs/* TagResourceCommand */.eqU({ resourceArn: taskDefinitionArn, tags: [{ key: manifest_names/* APPLIED_TAG */.zH, value: change.fingerprint }] }));
}

;// CONCATENATED MODULE: ./resources/rules.ts
/** EventBridge rules (backend: rules): one rule `<prefix>-<job>`, tagged for ownership, with one ECS target. */








/** A rule target with EventBridge's defaults filled in. */
function normalizeRuleTarget(t) {
    if (!t)
        return undefined;
    const ecs = t.EcsParameters;
    return (0,util_diff/* canonical */.$N)({ ...t, EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 } });
}
function normalizeRule(r) {
    return r && (0,util_diff/* canonical */.$N)({ ScheduleExpression: r.ScheduleExpression, State: r.State ?? 'ENABLED', Description: r.Description });
}
/** The fingerprint of a rule and its target, the task definition named by family (it survives a roll). */
function ruleFingerprint(rule, target, family) {
    return fingerprintOf([normalizeRule(rule), normalizeRuleTarget(target && { ...target, EcsParameters: target.EcsParameters && { ...target.EcsParameters, TaskDefinitionArn: family } })]);
}
/** Every page of a NextToken listing (the EventBridge SDK has no paginators). */
async function allPages(fetch) {
    const all = [];
    let token;
    do {
        const page = await fetch(token);
        all.push(...page.items);
        token = page.next;
    } while (token);
    return all;
}
async function targetsOf(clients, rule) {
    return allPages(async (token) => {
        const page = await clients.events.send(new client_eventbridge_dist_cjs/* ListTargetsByRuleCommand */.Hi6({ Rule: rule, ...(token ? { NextToken: token } : {}) }));
        return { items: page.Targets ?? [], next: page.NextToken };
    });
}
const rules = {
    kinds: ['rule'],
    async observe(clients, req) {
        const found = await allPages(async (token) => {
            const page = await clients.events.send(new client_eventbridge_dist_cjs/* ListRulesCommand */.TtM({ NamePrefix: `${req.prefix}-`, Limit: limits/* PAGE_SIZE */.md.ListRules, ...(token ? { NextToken: token } : {}) }));
            return { items: page.Rules ?? [], next: page.NextToken };
        });
        const observed = await mapLimit(found, READ_CONCURRENCY, async (rule) => {
            const tags = await clients.events.send(new client_eventbridge_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceARN: rule.Arn }));
            const owned = (tags.Tags ?? []).some((t) => t.Key === manifest_names/* OWNER_TAG */.FX && t.Value === req.prefix);
            return {
                name: rule.Name,
                arn: rule.Arn,
                ...(rule.ScheduleExpression ? { scheduleExpression: rule.ScheduleExpression } : {}),
                ...(rule.EventPattern ? { eventPattern: rule.EventPattern } : {}),
                ...(rule.State ? { state: rule.State } : {}),
                ...(rule.Description !== undefined ? { description: rule.Description } : {}),
                owned,
                targets: owned ? await targetsOf(clients, rule.Name) : [],
            };
        });
        return { rules: Object.fromEntries(observed.map((r) => [r.name, r])) };
    },
    plan({ desired, observed, changes, conflicts, warnings, prunable, ownedJobs, knownArns }) {
        const { prefix } = desired;
        if (desired.backend === 'rules') {
            for (const d of desired.jobs) {
                if (!d.target)
                    continue; // a job after others starts with its chain
                const ecs = d.target.EcsParameters;
                const target = { ...d.target, ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: knownArns.get(d.name) ?? types/* NEW_REVISION */.Lw } } : {}) };
                const current = observed.rules[d.name];
                if (current && (!current.owned || current.eventPattern)) {
                    conflicts.push(`rule ${d.name} exists but is not owned by this manifest (no tag ${manifest_names/* OWNER_TAG */.FX}=${prefix}); rename the job, or tag the rule to adopt it`);
                    continue;
                }
                const fingerprint = ruleFingerprint(d.rule, target, d.name);
                carryToRegistration(changes, d.name, fingerprint);
                const recorded = { ...fingerprintFields(observed, d, knownArns, fingerprint), recordOn: knownArns.get(d.name) ?? types/* NEW_REVISION */.Lw };
                if (!current) {
                    changes.push({ kind: 'rule', action: 'create', job: d.job.name, name: d.name, rule: d.rule, target, diff: [], reason: 'does not exist', ...recorded });
                    continue;
                }
                const ours = current.targets.find((t) => t.Id === types/* RULE_TARGET_ID */.ry);
                const live = { ScheduleExpression: current.scheduleExpression, State: current.state, Description: current.description };
                const diff = [...(0,util_diff/* diffValues */.In)(normalizeRule(live), normalizeRule(d.rule)), ...(0,util_diff/* prefixedChanges */.bR)('Target', (0,util_diff/* diffValues */.In)(normalizeRuleTarget(ours), normalizeRuleTarget(target)))];
                const outside = diff.length > 0 && drifted(observed, d.name, ruleFingerprint(live, ours, d.name));
                if (outside)
                    warnings.push(driftWarning('rule', d.name, diff));
                changes.push({
                    kind: 'rule',
                    action: diff.length ? 'update' : 'unchanged',
                    job: d.job.name,
                    name: d.name,
                    rule: d.rule,
                    target,
                    diff,
                    reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ${outside ? ' (changed outside ecs-batch)' : ''}` : 'matches',
                    ...recorded,
                    ...(outside ? { drifted: true } : {}),
                });
            }
        }
        // Prune: what is ours carries the tag *and* is named `<prefix>-<job>`.
        const desiredNames = new Set(desired.jobs.map((j) => j.name));
        for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
            const job = (0,manifest_names/* jobFromResourceName */.fs)(prefix, rule.name);
            // Event-pattern rules (alerts, history) are not job schedules: src/resources/event-rules.ts owns them.
            if (!rule.owned || !job || rule.eventPattern)
                continue;
            ownedJobs.add(job);
            if (desired.backend === 'rules' && desiredNames.has(rule.name))
                continue;
            const ours = rule.targets.filter((t) => t.Id === types/* RULE_TARGET_ID */.ry).map((t) => t.Id);
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
    },
    phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.schedules),
    async apply(ctx, c) {
        const { clients } = ctx;
        if (c.action === 'delete') {
            if (c.removeTargetIds?.length)
                await clients.events.send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: c.name, Ids: c.removeTargetIds }));
            if (c.foreignTargets)
                return `kept: ${c.foreignTargets} other target(s)`;
            await clients.events.send(new client_eventbridge_dist_cjs/* DeleteRuleCommand */.piX({ Name: c.name }));
            return undefined;
        }
        await clients.events.send(new client_eventbridge_dist_cjs/* PutRuleCommand */.JOx(c.rule));
        const ecs = c.target.EcsParameters;
        const target = { ...c.target, ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: ctx.withArn(ecs.TaskDefinitionArn, c.name) } } : {}) };
        const out = await clients.events.send(new client_eventbridge_dist_cjs/* PutTargetsCommand */.Ve7({ Rule: c.name, Targets: [target] }));
        if (out.FailedEntryCount)
            throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
        await recordApplied(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
        return undefined;
    },
};

;// CONCATENATED MODULE: ./resources/event-rules.ts
/**
 * EventBridge rules on events (not schedules): the alert rules (to the SNS topic, through an
 * InputTransformer) and the run-history rule (to a log group). Named `<prefix>-ecs-batch-...`,
 * tagged for ownership, one target each. The alert topic is read, never written: a plan warns
 * when its policy does not let EventBridge (or CloudWatch) publish.
 */







/** Patterns compare by meaning: key order and spacing do not matter. */
function normalizePattern(text) {
    if (!text)
        return undefined;
    try {
        return (0,util_diff/* canonical */.$N)(JSON.parse(text));
    }
    catch {
        return text;
    }
}
/** Does an access policy let this service publish to the topic? (Allow statements; `*` wildcards.) */
function topicLetsPublish(policy, service, topicArn) {
    if (!policy)
        return false;
    let doc;
    try {
        doc = JSON.parse(policy);
    }
    catch {
        return false;
    }
    const list = (v) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
    const like = (pattern, value) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(value);
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    return statements.some((raw) => {
        const st = (raw ?? {});
        const principal = st.Principal;
        const principals = principal === '*' ? ['*'] : [...list(principal?.Service), ...list(principal?.AWS).filter((a) => a === '*')];
        return st.Effect === 'Allow' && principals.some((p) => p === '*' || p === service) && list(st.Action).some((a) => like(a, 'sns:Publish')) && list(st.Resource).some((r) => like(r, topicArn));
    });
}
const isOperations = (prefix, name) => name.startsWith(`${prefix}-${manifest_names/* RESERVED_JOB_PREFIX */.M6}`);
const eventRules = {
    kinds: ['event-rule'],
    // The rules themselves are read by src/resources/rules.ts (every rule named <prefix>-*); this reads the topic.
    async observe(clients, req) {
        if (!req.alertTopic)
            return {};
        try {
            const out = await clients.sns.send(new client_sns_dist_cjs/* GetTopicAttributesCommand */.YBt({ TopicArn: req.alertTopic }));
            return { alertTopicPolicy: out.Attributes?.Policy ?? '' };
        }
        catch (error) {
            if (error instanceof client_sns_dist_cjs/* NotFoundException */.X6z)
                return { alertTopicPolicy: null };
            // Not allowed to read it (another account's topic): say nothing rather than guess.
            return {};
        }
    },
    plan({ desired, observed, changes, warnings, conflicts }) {
        const { prefix } = desired;
        const wanted = new Set();
        for (const d of desired.operations.eventRules) {
            wanted.add(d.name);
            const pattern = JSON.stringify(d.pattern);
            const current = observed.rules[d.name];
            if (current && !current.owned) {
                conflicts.push(`rule ${d.name} exists but is not owned by this manifest (no tag ${manifest_names/* OWNER_TAG */.FX}=${prefix}); delete it or tag it to adopt it`);
                continue;
            }
            const base = { kind: 'event-rule', name: d.name, description: d.description, pattern, target: d.target };
            if (!current) {
                changes.push({ ...base, action: 'create', diff: [], reason: 'does not exist' });
                continue;
            }
            const ours = current.targets.find((t) => t.Id === types/* RULE_TARGET_ID */.ry);
            const diff = [
                ...(0,util_diff/* diffValues */.In)((0,util_diff/* canonical */.$N)({ EventPattern: normalizePattern(current.eventPattern), State: current.state ?? 'ENABLED', Description: current.description }), (0,util_diff/* canonical */.$N)({ EventPattern: normalizePattern(pattern), State: 'ENABLED', Description: d.description })),
                ...(0,util_diff/* prefixedChanges */.bR)('Target', (0,util_diff/* diffValues */.In)(normalizeRuleTarget(ours), normalizeRuleTarget(d.target))),
            ];
            changes.push({ ...base, action: diff.length ? 'update' : 'unchanged', diff, reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ` : 'matches' });
        }
        // What the manifest no longer asks for (alerts or history removed) goes.
        for (const rule of Object.values(observed.rules).sort((a, b) => a.name.localeCompare(b.name))) {
            if (!rule.owned || !rule.eventPattern || wanted.has(rule.name) || !isOperations(prefix, rule.name))
                continue;
            changes.push({ kind: 'event-rule', action: 'delete', name: rule.name, removeTargetIds: rule.targets.map((t) => t.Id), diff: [], reason: 'no longer asked for by the manifest' });
        }
        const topic = desired.operations.alertTopic;
        if (topic && observed.alertTopicPolicy === null) {
            warnings.push(`alerts: the SNS topic ${topic} does not exist; create it (and subscribe the team) before failures can reach anyone`);
        }
        else if (topic && observed.alertTopicPolicy !== undefined) {
            const missing = ['events.amazonaws.com', ...(desired.operations.alarms.length ? ['cloudwatch.amazonaws.com'] : [])].filter((s) => !topicLetsPublish(observed.alertTopicPolicy ?? undefined, s, topic));
            if (missing.length) {
                warnings.push(`alerts: the policy of SNS topic ${topic} does not let ${missing.join(' and ')} publish, so alerts would be dropped; ` +
                    `add a statement allowing sns:Publish to ${missing.map((s) => `"Service": "${s}"`).join(', ')} (ecs-batch never changes a topic it does not own)`);
            }
        }
    },
    phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.alerts),
    async apply({ clients }, c) {
        if (c.action === 'delete') {
            if (c.removeTargetIds?.length)
                await clients.events.send(new client_eventbridge_dist_cjs/* RemoveTargetsCommand */.aZR({ Rule: c.name, Ids: c.removeTargetIds }));
            await clients.events.send(new client_eventbridge_dist_cjs/* DeleteRuleCommand */.piX({ Name: c.name }));
            return undefined;
        }
        const prefix = c.name.slice(0, c.name.indexOf(`-${manifest_names/* RESERVED_JOB_PREFIX */.M6}`));
        await clients.events.send(new client_eventbridge_dist_cjs/* PutRuleCommand */.JOx({ Name: c.name, EventPattern: c.pattern, State: 'ENABLED', Description: c.description, Tags: [{ Key: manifest_names/* OWNER_TAG */.FX, Value: prefix }] }));
        const out = await clients.events.send(new client_eventbridge_dist_cjs/* PutTargetsCommand */.Ve7({ Rule: c.name, Targets: [c.target] }));
        if (out.FailedEntryCount)
            throw new Error(`PutTargets failed for ${c.name}: ${out.FailedEntries?.[0]?.ErrorMessage ?? 'unknown error'}`);
        return undefined;
    },
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(3897);
;// CONCATENATED MODULE: ./resources/log-groups.ts
/** CloudWatch Logs groups the jobs' awslogs driver writes to: created first (a missing group stops a task from starting). */





const logGroups = {
    kinds: ['log-group'],
    async observe(clients, req) {
        const found = await mapLimit(req.logGroups, READ_CONCURRENCY, async (name) => {
            for await (const page of (0,client_cloudwatch_logs_dist_cjs/* paginateDescribeLogGroups */.BSi)({ client: clients.logs, pageSize: limits/* PAGE_SIZE */.md.DescribeLogGroups }, { logGroupNamePrefix: name })) {
                const group = page.logGroups?.find((g) => g.logGroupName === name);
                if (!group)
                    continue;
                const arn = group.arn.replace(/:\*$/, '');
                const tags = await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn: arn }));
                return { name, ...(group.retentionInDays !== undefined ? { retentionInDays: group.retentionInDays } : {}), managed: tags.tags?.[manifest_names/* OWNER_TAG */.FX] === req.prefix };
            }
            return undefined;
        });
        return { logGroups: Object.fromEntries(found.filter((g) => g !== undefined).map((g) => [g.name, g])) };
    },
    plan({ desired, observed, changes, warnings }) {
        const { prefix } = desired;
        for (const group of desired.logGroups) {
            const found = observed.logGroups[group.name];
            if (!found) {
                changes.push({ kind: 'log-group', action: 'create', name: group.name, ...(group.retentionDays !== undefined ? { retentionDays: group.retentionDays } : {}), tags: { [manifest_names/* OWNER_TAG */.FX]: prefix }, reason: 'does not exist' });
            }
            else if (group.retentionDays !== undefined && found.retentionInDays !== group.retentionDays) {
                if (found.managed) {
                    changes.push({ kind: 'log-group', action: 'set-retention', name: group.name, retentionDays: group.retentionDays, reason: `retention ${found.retentionInDays ?? 'never expire'} → ${group.retentionDays} days` });
                }
                else {
                    warnings.push(`log group ${group.name} was not created by ecs-batch (no ${manifest_names/* OWNER_TAG */.FX}=${prefix} tag): its retention (${found.retentionInDays ?? 'never expire'}) is left as is; tag it to let ecs-batch set ${group.retentionDays} days`);
                    changes.push({ kind: 'log-group', action: 'unchanged', name: group.name, reason: 'exists (not managed by ecs-batch)' });
                }
            }
            else {
                changes.push({ kind: 'log-group', action: 'unchanged', name: group.name, reason: 'exists' });
            }
        }
    },
    phase: () => PHASE.logs,
    async apply({ clients }, c) {
        if (c.action === 'create') {
            try {
                await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* CreateLogGroupCommand */.BOU({ logGroupName: c.name, ...(c.tags ? { tags: c.tags } : {}) }));
            }
            catch (error) {
                // Created since we looked (e.g. a concurrent deploy): the goal is reached.
                if (!(error instanceof client_cloudwatch_logs_dist_cjs/* ResourceAlreadyExistsException */.UdL))
                    throw error;
            }
        }
        if (c.retentionDays !== undefined)
            await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* PutRetentionPolicyCommand */.h5R({ logGroupName: c.name, retentionInDays: c.retentionDays }));
        return undefined;
    },
};

;// CONCATENATED MODULE: ./resources/logs-policy.ts
/**
 * The CloudWatch Logs resource policy that lets EventBridge write run history to log groups under
 * /aws/events/ecs-batch/. One policy serves every ecs-batch project of the account and region
 * (AWS allows only 10), so it is created or widened, never deleted.
 */



const parsed = (text) => {
    try {
        return text === undefined ? undefined : (0,util_diff/* canonical */.$N)(JSON.parse(text));
    }
    catch {
        return text;
    }
};
const logsPolicy = {
    kinds: ['logs-policy'],
    async observe(clients, req) {
        if (!req.history)
            return {};
        const out = await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* DescribeResourcePoliciesCommand */.$SX({}));
        return { logsPolicies: Object.fromEntries((out.resourcePolicies ?? []).map((p) => [p.policyName, p.policyDocument ?? ''])) };
    },
    plan({ desired, observed, changes }) {
        const want = desired.operations.logsPolicy;
        if (!want)
            return;
        const current = observed.logsPolicies?.[want.name];
        if (current === undefined) {
            changes.push({ kind: 'logs-policy', action: 'create', name: want.name, document: want.document, diff: [], reason: 'lets EventBridge write run history' });
            return;
        }
        const diff = (0,util_diff/* diffValues */.In)(parsed(current), parsed(want.document));
        changes.push({ kind: 'logs-policy', action: diff.length ? 'update' : 'unchanged', name: want.name, document: want.document, diff, reason: diff.length ? 'does not cover ecs-batch run history yet' : 'matches' });
    },
    phase: () => PHASE.logs,
    async apply({ clients }, c) {
        await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* PutResourcePolicyCommand */.x6h({ policyName: c.name, policyDocument: c.document }));
        return undefined;
    },
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./taskdef/reference.ts
var reference = __webpack_require__(7622);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
;// CONCATENATED MODULE: ./resources/other-owners.ts
/**
 * Other ecs-batch deployments that run this manifest's jobs on the same cluster (after a rename of
 * `project`, the old schedules keep running): read-only, reported as warnings, never changed.
 */










/** `<owner>-<job>` for one of our jobs, or undefined. */
function twinJob(name, owner, jobs) {
    const job = name.startsWith(`${owner}-`) ? name.slice(owner.length + 1) : undefined;
    return job !== undefined && jobs.has(job) ? job : undefined;
}
/** Candidates looked at closely, at most: the check stays a few calls whatever the account holds. */
const MAX_TWIN_CANDIDATES = 50;
/** The image repository a task definition runs (its first container's), without registry, tag or digest. */
async function repositoryOf(clients, taskDefinition) {
    if (!taskDefinition)
        return undefined;
    try {
        const out = await clients.ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition }));
        const image = out.taskDefinition?.containerDefinitions?.[0]?.image;
        return image ? (0,reference/* parseImageReference */.o)(image)?.repository : undefined;
    }
    catch (error) {
        if (error instanceof client_ecs_dist_cjs/* ClientException */.P6G)
            return undefined;
        throw error;
    }
}
/**
 * Schedules and rules of *other* ecs-batch prefixes that run one of this manifest's jobs, from
 * the same image repository, on the same cluster: after a rename of `project` the old ones keep
 * running. Read-only; a few calls per schedule group, per rule that targets the cluster and per
 * candidate (at most MAX_TWIN_CANDIDATES).
 */
async function observeTwins(clients, prefix, twins) {
    const jobs = new Set(twins.jobs);
    const skip = new Set([prefix, ...twins.siblings, 'default']);
    const candidates = [];
    const groups = [];
    for await (const page of (0,client_scheduler_dist_cjs/* paginateListScheduleGroups */.NA)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, {})) {
        for (const g of page.ScheduleGroups ?? [])
            if (g.Name && g.Arn && !skip.has(g.Name))
                groups.push({ name: g.Name, arn: g.Arn });
    }
    await mapLimit(groups, READ_CONCURRENCY, async (group) => {
        const tags = await clients.scheduler.send(new client_scheduler_dist_cjs/* ListTagsForResourceCommand */.a_({ ResourceArn: group.arn }));
        if (!(tags.Tags ?? []).some((t) => t.Key === manifest_names/* OWNER_TAG */.FX && t.Value === group.name))
            return;
        for await (const page of (0,client_scheduler_dist_cjs/* paginateListSchedules */.mr)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, { GroupName: group.name })) {
            for (const s of page.Schedules ?? []) {
                const job = twinJob(s.Name ?? '', group.name, jobs);
                if (!job || s.Target?.Arn !== twins.clusterArn || s.State === 'DISABLED')
                    continue;
                const name = s.Name;
                candidates.push({
                    job,
                    owner: group.name,
                    kind: 'schedule',
                    name,
                    taskDefinition: async () => (await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: group.name }))).Target?.EcsParameters?.TaskDefinitionArn,
                });
            }
        }
    });
    const ruleNames = await allPages(async (token) => {
        const page = await clients.events.send(new client_eventbridge_dist_cjs/* ListRuleNamesByTargetCommand */.CZz({ TargetArn: twins.clusterArn, Limit: limits/* PAGE_SIZE */.md.ListRules, ...(token ? { NextToken: token } : {}) }));
        return { items: page.RuleNames ?? [], next: page.NextToken };
    });
    const named = ruleNames.filter((name) => !name.startsWith(`${prefix}-`) && [...jobs].some((job) => name.endsWith(`-${job}`)));
    await mapLimit(named.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async (name) => {
        const described = await clients.events.send(new client_eventbridge_dist_cjs/* ListRulesCommand */.TtM({ NamePrefix: name, Limit: limits/* PAGE_SIZE */.md.ListRules }));
        const rule = described.Rules?.find((r) => r.Name === name);
        if (!rule?.Arn || rule.State === 'DISABLED')
            return;
        const tags = await clients.events.send(new client_eventbridge_dist_cjs/* ListTagsForResourceCommand */.a_e({ ResourceARN: rule.Arn }));
        const owner = (tags.Tags ?? []).find((t) => t.Key === manifest_names/* OWNER_TAG */.FX)?.Value;
        const job = owner && !skip.has(owner) ? twinJob(name, owner, jobs) : undefined;
        if (!owner || !job)
            return;
        candidates.push({
            job,
            owner,
            kind: 'rule',
            name,
            taskDefinition: async () => (await targetsOf(clients, name)).find((t) => t.Arn === twins.clusterArn)?.EcsParameters?.TaskDefinitionArn,
        });
    });
    // Same job name is not enough (two teams may both have a `cleanup`): it must run the same image repository.
    const checked = await mapLimit(candidates.slice(0, MAX_TWIN_CANDIDATES), READ_CONCURRENCY, async (c) => ((await repositoryOf(clients, await c.taskDefinition())) === twins.repository ? c : undefined));
    return checked
        .filter((c) => c !== undefined)
        .map(({ job, owner, kind, name }) => ({ job, owner, kind, name }))
        .sort((a, b) => a.job.localeCompare(b.job) || a.name.localeCompare(b.name));
}
const otherOwners = {
    kinds: [],
    async observe(clients, req) {
        if (!req.twins)
            return {};
        try {
            return { otherOwners: await observeTwins(clients, req.prefix, req.twins) };
        }
        catch (error) {
            // A check for the user's benefit: when it cannot run (an older IAM policy), the deploy goes on and says so.
            return { otherOwnersUnknown: (0,errors/* describeError */.U)(error).split('\n')[0] };
        }
    },
    plan({ observed, warnings }) {
        warnings.push(...otherOwnerWarnings(observed));
    },
    phase: () => 0,
    apply: () => Promise.reject(new Error('internal: other deployments are never changed')),
};
/** Another ecs-batch prefix runs the same jobs on this cluster: a renamed project leaves the old running. */
function otherOwnerWarnings(observed) {
    const out = [];
    if (observed.otherOwnersUnknown)
        out.push(`could not look for other ecs-batch deployments of these jobs on this cluster: ${observed.otherOwnersUnknown}`);
    const byOwner = new Map();
    for (const twin of observed.otherOwners ?? [])
        byOwner.set(twin.owner, [...(byOwner.get(twin.owner) ?? []), twin]);
    for (const [owner, twins] of byOwner) {
        const what = twins.map((t) => `${t.kind} ${t.name}`).join(', ');
        out.push(`ecs-batch project ${owner} also runs ${[...new Set(twins.map((t) => t.job))].join(', ')} on this cluster (${what}): ` +
            `if project or environment was renamed from ${owner}, those jobs run twice until the old ones are removed ` +
            `(deploy the old name with no jobs and --max-prune, or delete them)`);
    }
    return out;
}

;// CONCATENATED MODULE: ./resources/schedules.ts
/**
 * EventBridge Scheduler: the schedule group `<prefix>` (ownership: only groups take tags) and one
 * schedule `<prefix>-<job>` in it per job, pointed at the exact revision to run.
 */








/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
function normalizeSchedule(s) {
    const target = s.Target;
    const ecs = target?.EcsParameters;
    const iso = (d) => (d ? new Date(d).toISOString() : undefined);
    return (0,util_diff/* canonical */.$N)({
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
            RetryPolicy: target.RetryPolicy ?? { MaximumRetryAttempts: limits/* DEFAULT_RETRY_POLICY */.cO.maximumRetryAttempts, MaximumEventAgeInSeconds: limits/* DEFAULT_RETRY_POLICY */.cO.maximumEventAgeInSeconds },
            DeadLetterConfig: target.DeadLetterConfig,
            Input: target.Input,
            EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
        },
    });
}
/** The fingerprint of a schedule with its task definition named by family (it survives a roll). */
function scheduleFingerprint(s, family) {
    return fingerprintOf(normalizeSchedule({ ...s, Target: s.Target && { ...s.Target, EcsParameters: s.Target.EcsParameters && { ...s.Target.EcsParameters, TaskDefinitionArn: family } } }));
}
const scheduleGroups = {
    kinds: ['schedule-group'],
    /** The group and, when this manifest owns it, its schedules (for both kinds of this module). */
    async observe(clients, req) {
        let group;
        try {
            group = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleGroupCommand */.en({ Name: req.prefix }));
        }
        catch (error) {
            if (error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB)
                return { schedules: {} };
            throw error;
        }
        const tags = await clients.scheduler.send(new client_scheduler_dist_cjs/* ListTagsForResourceCommand */.a_({ ResourceArn: group.Arn }));
        const owned = (tags.Tags ?? []).some((t) => t.Key === manifest_names/* OWNER_TAG */.FX && t.Value === req.prefix);
        const scheduleGroup = { name: req.prefix, arn: group.Arn, owned };
        if (!owned)
            return { scheduleGroup, schedules: {} };
        const names = [];
        for await (const page of (0,client_scheduler_dist_cjs/* paginateListSchedules */.mr)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, { GroupName: req.prefix })) {
            names.push(...(page.Schedules ?? []).map((s) => s.Name));
        }
        const details = await mapLimit(names, READ_CONCURRENCY, (name) => clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: req.prefix })));
        const found = {};
        details.forEach((s, i) => (found[names[i]] = s));
        return { scheduleGroup, schedules: found };
    },
    plan({ desired, observed, changes, conflicts }) {
        if (desired.backend !== 'scheduler')
            return;
        const { prefix } = desired;
        const group = observed.scheduleGroup;
        const tags = { [manifest_names/* OWNER_TAG */.FX]: prefix };
        if (group && !group.owned) {
            conflicts.push(`schedule group ${prefix} exists but is not owned by this manifest (no tag ${manifest_names/* OWNER_TAG */.FX}=${prefix}); choose another project name, or tag the group to adopt it`);
            return;
        }
        changes.push(group ? { kind: 'schedule-group', action: 'unchanged', name: prefix, tags, reason: 'exists' } : { kind: 'schedule-group', action: 'create', name: prefix, tags, reason: 'does not exist' });
    },
    phase: () => PHASE.scheduleGroup,
    async apply({ clients }, c) {
        try {
            await clients.scheduler.send(new client_scheduler_dist_cjs/* CreateScheduleGroupCommand */.O_({ Name: c.name, Tags: Object.entries(c.tags).map(([Key, Value]) => ({ Key, Value })) }));
        }
        catch (error) {
            // A concurrent first deploy created it since we looked: fine if it carries our tag.
            if (!(error instanceof client_scheduler_dist_cjs/* ConflictException */.cb))
                throw error;
            const group = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleGroupCommand */.en({ Name: c.name }));
            const tags = await clients.scheduler.send(new client_scheduler_dist_cjs/* ListTagsForResourceCommand */.a_({ ResourceArn: group.Arn }));
            const owned = Object.entries(c.tags).every(([Key, Value]) => tags.Tags?.some((t) => t.Key === Key && t.Value === Value));
            if (!owned)
                throw new Error(`schedule group ${c.name} was created meanwhile by someone else (without the tag ${Object.keys(c.tags).join(', ')}): not using it`, { cause: error });
            return 'already exists (created concurrently)';
        }
        return undefined;
    },
};
const schedules = {
    kinds: ['schedule'],
    // Observed with the group (scheduleGroups.observe).
    plan({ desired, observed, changes, warnings, prunable, ownedJobs, knownArns }) {
        const { prefix } = desired;
        if (desired.backend === 'scheduler' && !(observed.scheduleGroup && !observed.scheduleGroup.owned)) {
            for (const d of desired.jobs) {
                if (!d.schedule)
                    continue; // a job after others starts with its chain
                const ecs = d.schedule.Target.EcsParameters;
                const input = { ...d.schedule, Target: { ...d.schedule.Target, ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: knownArns.get(d.name) ?? types/* NEW_REVISION */.Lw } } : {}) } };
                const current = observed.schedules[d.name];
                const fingerprint = scheduleFingerprint(input, d.name);
                carryToRegistration(changes, d.name, fingerprint);
                const recorded = { ...fingerprintFields(observed, d, knownArns, fingerprint), recordOn: knownArns.get(d.name) ?? types/* NEW_REVISION */.Lw };
                if (!current) {
                    changes.push({ kind: 'schedule', action: 'create', job: d.job.name, name: d.name, group: prefix, input, diff: [], reason: 'does not exist', ...recorded });
                    continue;
                }
                const diff = (0,util_diff/* diffValues */.In)(normalizeSchedule(current), normalizeSchedule(input));
                const outside = diff.length > 0 && drifted(observed, d.name, scheduleFingerprint(current, d.name));
                if (outside)
                    warnings.push(driftWarning('schedule', d.name, diff));
                changes.push({
                    kind: 'schedule',
                    action: diff.length ? 'update' : 'unchanged',
                    job: d.job.name,
                    name: d.name,
                    group: prefix,
                    input,
                    diff,
                    reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ${outside ? ' (changed outside ecs-batch)' : ''}` : 'matches',
                    ...recorded,
                    ...(outside ? { drifted: true } : {}),
                });
            }
        }
        // Prune: what is ours carries the mark (the group) *and* is named `<prefix>-<job>`.
        if (!observed.scheduleGroup?.owned)
            return;
        const desiredNames = new Set(desired.jobs.map((j) => j.name));
        for (const name of Object.keys(observed.schedules).sort()) {
            const job = (0,manifest_names/* jobFromResourceName */.fs)(prefix, name);
            if (!job) {
                warnings.push(`schedule ${name} in the group ${prefix} is not named ${prefix}-<job>: it was not made by ecs-batch and is left alone`);
                continue;
            }
            ownedJobs.add(job);
            if (desired.backend === 'scheduler' && desiredNames.has(name))
                continue;
            prunable.push({ kind: 'schedule', action: 'delete', job, name, group: prefix, diff: [], reason: desiredNames.has(name) ? 'the job moved to EventBridge rules (backend: rules)' : 'no longer in the manifest' });
        }
    },
    phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.schedules),
    async apply(ctx, c) {
        if (c.action === 'delete') {
            try {
                await ctx.clients.scheduler.send(new client_scheduler_dist_cjs/* DeleteScheduleCommand */.ML({ Name: c.name, GroupName: c.group }));
            }
            catch (error) {
                if (!(error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB))
                    throw error;
            }
            return undefined;
        }
        const ecs = c.input.Target.EcsParameters;
        const input = { ...c.input, Target: { ...c.input.Target, ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: ctx.withArn(ecs.TaskDefinitionArn, c.name) } } : {}) } };
        await ctx.clients.scheduler.send(c.action === 'create' ? new client_scheduler_dist_cjs/* CreateScheduleCommand */.to(input) : new client_scheduler_dist_cjs/* UpdateScheduleCommand */.CH(input));
        await recordApplied(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
        return undefined;
    },
};

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var client_sfn_dist_cjs = __webpack_require__(2462);
;// CONCATENATED MODULE: ./resources/state-machines.ts
/**
 * Step Functions state machines (Standard, JSONPath) named `<prefix>-<root>`, one per chain (or
 * job with retries, a timeout or a concurrency policy), tagged for ownership. Created before the
 * schedules that start them and deleted after (prune), so a job switching between direct and
 * state machine is never left with no runner, or two.
 */






const placeholder = (family) => `${types/* NEW_REVISION */.Lw}:${family}`;
function normalizeDefinition(text) {
    try {
        return (0,util_diff/* canonical */.$N)(JSON.parse(text ?? 'null'));
    }
    catch {
        return text;
    }
}
const stateMachines = {
    kinds: ['state-machine'],
    async observe(clients, req) {
        const names = [];
        for await (const page of (0,client_sfn_dist_cjs/* paginateListStateMachines */.tfX)({ client: clients.sfn, pageSize: 100 }, {})) {
            for (const m of page.stateMachines ?? [])
                if (m.name?.startsWith(`${req.prefix}-`) && m.stateMachineArn)
                    names.push({ name: m.name, arn: m.stateMachineArn });
        }
        const found = await mapLimit(names, READ_CONCURRENCY, async ({ name, arn }) => {
            const [described, tags] = await Promise.all([clients.sfn.send(new client_sfn_dist_cjs/* DescribeStateMachineCommand */.LyQ({ stateMachineArn: arn })), clients.sfn.send(new client_sfn_dist_cjs/* ListTagsForResourceCommand */.a_e({ resourceArn: arn }))]);
            return { name, arn, definition: described.definition ?? '', roleArn: described.roleArn ?? '', owned: (tags.tags ?? []).some((t) => t.key === manifest_names/* OWNER_TAG */.FX && t.value === req.prefix) };
        });
        return { stateMachines: Object.fromEntries(found.map((m) => [m.name, m])) };
    },
    plan({ desired, observed, changes, conflicts, knownArns }) {
        const wanted = new Set();
        for (const m of desired.stateMachines) {
            wanted.add(m.name);
            const definition = JSON.stringify(m.definition((family) => knownArns.get(family) ?? placeholder(family)));
            const current = observed.stateMachines?.[m.name];
            const base = { kind: 'state-machine', name: m.name, arn: m.arn, roleArn: m.roleArn, definition, jobs: m.chain.waves.flat(), owner: desired.prefix };
            if (current && !current.owned) {
                conflicts.push(`state machine ${m.name} exists but is not owned by this manifest (no tag ${manifest_names/* OWNER_TAG */.FX}=${desired.prefix}); rename the job, or tag it to adopt it`);
                continue;
            }
            if (!current) {
                changes.push({ ...base, action: 'create', diff: [], reason: `runs ${m.chain.waves.flat().join(' → ')}` });
                continue;
            }
            const diff = [
                ...(0,util_diff/* diffValues */.In)(normalizeDefinition(current.definition), normalizeDefinition(definition)).map((d) => ({ ...d, path: `definition.${d.path}` })),
                ...(0,util_diff/* diffValues */.In)(current.roleArn, m.roleArn).map((d) => ({ ...d, path: 'roleArn' })),
            ];
            changes.push({ ...base, action: diff.length ? 'update' : 'unchanged', diff, reason: diff.length ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ` : 'matches' });
        }
        for (const m of Object.values(observed.stateMachines ?? {})) {
            if (!m.owned || wanted.has(m.name))
                continue;
            changes.push({ kind: 'state-machine', action: 'delete', name: m.name, arn: m.arn, diff: [], reason: 'no job runs through it any more' });
        }
    },
    phase: (c) => (c.action === 'delete' ? PHASE.prune : PHASE.stateMachines),
    async apply(ctx, c) {
        const { clients } = ctx;
        if (c.action === 'delete') {
            await clients.sfn.send(new client_sfn_dist_cjs/* DeleteStateMachineCommand */.vxA({ stateMachineArn: c.arn }));
            return undefined;
        }
        // Revisions this apply registered replace their placeholders.
        const definition = c.definition.replace(/\(new revision\):([A-Za-z0-9_-]+)/g, (_m, family) => ctx.withArn(types/* NEW_REVISION */.Lw, family));
        if (c.action === 'create') {
            await clients.sfn.send(new client_sfn_dist_cjs/* CreateStateMachineCommand */.OMl({ name: c.name, type: 'STANDARD', definition, roleArn: c.roleArn, tags: [{ key: manifest_names/* OWNER_TAG */.FX, value: c.owner }] }));
        }
        else {
            await clients.sfn.send(new client_sfn_dist_cjs/* UpdateStateMachineCommand */.RnG({ stateMachineArn: c.arn, definition, roleArn: c.roleArn }));
        }
        return undefined;
    },
};

;// CONCATENATED MODULE: ./taskdef/normalize.ts



/** The fields RegisterTaskDefinition accepts, besides tags (compared on their own). */
const REGISTRABLE = [...limits/* TASK_DEFINITION_FIELDS */.G].filter((field) => field !== 'tags');
/** `1 vCPU` and `1024` are the same to ECS. */
function size(value) {
    if (value === undefined)
        return undefined;
    const vcpu = /^([\d.]+)\s*vcpu$/i.exec(value.trim());
    if (vcpu)
        return String(Number(vcpu[1]) * 1024);
    const gb = /^([\d.]+)\s*gb$/i.exec(value.trim());
    if (gb)
        return String(Number(gb[1]) * 1024);
    return value.trim();
}
function container(c) {
    const { cpu, essential, environment, secrets, ...rest } = c;
    const byName = (list) => [...(list ?? [])].sort((a, b) => String(a.name).localeCompare(String(b.name)));
    return {
        ...rest,
        // Defaults AWS fills in: cpu 0, essential true.
        ...(cpu ? { cpu } : {}),
        ...(essential === false ? { essential } : {}),
        environment: byName(environment),
        secrets: byName(secrets),
    };
}
function normalizeTaskDefinition(td) {
    const picked = {};
    for (const key of REGISTRABLE)
        picked[key] = td[key];
    picked.cpu = size(td.cpu);
    picked.memory = size(td.memory);
    picked.containerDefinitions = (td.containerDefinitions ?? []).map(container);
    picked.requiresCompatibilities = [...(td.requiresCompatibilities ?? [])].sort();
    return ((0,util_diff/* canonical */.$N)(picked) ?? {});
}
/** Tags as a map; the applied-schedule fingerprint is bookkeeping, not part of the definition. */
function normalizeTags(tags) {
    const out = {};
    for (const t of [...(tags ?? [])].sort((a, b) => String(a.key).localeCompare(String(b.key))))
        if (t.key !== manifest_names/* APPLIED_TAG */.zH)
            out[String(t.key)] = String(t.value ?? '');
    return out;
}

;// CONCATENATED MODULE: ./resources/task-definitions.ts
/**
 * ECS task definitions: one family per job. A revision is registered only when the rendered one
 * differs from the latest ACTIVE revision; families this manifest no longer lists, and revisions
 * past `keep-revisions`, are deregistered.
 */







/** Writes in flight at once. RegisterTaskDefinition is throttled at ~1/s (burst 20): adaptive retry paces it. */
const WRITE_CONCURRENCY = 4;
async function latestRevision(clients, family) {
    try {
        const out = await clients.ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family, include: ['TAGS'] }));
        const td = out.taskDefinition;
        return { arn: td.taskDefinitionArn, family, revision: td.revision, definition: td, tags: out.tags ?? [] };
    }
    catch (error) {
        // ECS answers ClientException when a family has no ACTIVE revision.
        if (error instanceof client_ecs_dist_cjs/* ClientException */.P6G)
            return undefined;
        throw error;
    }
}
async function activeRevisions(clients, family) {
    const arns = [];
    const pages = (0,client_ecs_dist_cjs/* paginateListTaskDefinitions */.XPO)({ client: clients.ecs, pageSize: limits/* PAGE_SIZE */.md.ListTaskDefinitions }, { familyPrefix: family, status: 'ACTIVE', sort: 'DESC' });
    for await (const page of pages)
        arns.push(...(page.taskDefinitionArns ?? []));
    // familyPrefix is the exact family, but a defensive filter costs nothing.
    return arns.filter((arn) => arn.slice(arn.indexOf('/') + 1).replace(/:\d+$/, '') === family);
}
const owns = (td, prefix) => td.tags.some((t) => t.key === manifest_names/* OWNER_TAG */.FX && t.value === prefix);
const taskDefinitions = {
    kinds: ['task-definition'],
    async observe(clients, req) {
        const taskDefinitions = {};
        const desired = await mapLimit(req.names, READ_CONCURRENCY, (name) => latestRevision(clients, name));
        desired.forEach((td, i) => {
            if (td)
                taskDefinitions[req.names[i]] = td;
        });
        const families = [];
        const pages = (0,client_ecs_dist_cjs/* paginateListTaskDefinitionFamilies */.Wi5)({ client: clients.ecs, pageSize: limits/* PAGE_SIZE */.md.ListTaskDefinitionFamilies }, { familyPrefix: `${req.prefix}-`, status: 'ACTIVE' });
        for await (const page of pages)
            families.push(...(page.families ?? []));
        const others = families.filter((f) => !req.names.includes(f));
        const described = await mapLimit(others, READ_CONCURRENCY, (family) => latestRevision(clients, family));
        const ownedFamilies = [];
        for (const td of described) {
            if (td && owns(td, req.prefix)) {
                taskDefinitions[td.family] = td;
                ownedFamilies.push(td.family);
            }
        }
        for (const name of req.names)
            if (taskDefinitions[name] && owns(taskDefinitions[name], req.prefix))
                ownedFamilies.push(name);
        const needRevisions = [...ownedFamilies.filter((f) => !req.names.includes(f)), ...(req.revisionsOfDesired ? req.names : [])];
        const revisions = await mapLimit(needRevisions, READ_CONCURRENCY, (family) => activeRevisions(clients, family));
        const active = {};
        needRevisions.forEach((family, i) => (active[family] = revisions[i]));
        return { taskDefinitions, ownedFamilies, activeRevisions: active };
    },
    plan({ desired, observed, changes, conflicts, knownArns }) {
        const { prefix } = desired;
        for (const d of desired.jobs) {
            const current = observed.taskDefinitions[d.name];
            if (current && normalizeTags(current.tags)[manifest_names/* OWNER_TAG */.FX] !== prefix) {
                conflicts.push(`task definition family ${d.name} exists but is not owned by this manifest (its latest revision lacks the tag ${manifest_names/* OWNER_TAG */.FX}=${prefix}); rename the job, or tag the family's latest revision to adopt it`);
                continue;
            }
            const diff = current
                ? [...(0,util_diff/* diffValues */.In)(normalizeTaskDefinition(current.definition), normalizeTaskDefinition(d.taskDefinition)), ...(0,util_diff/* prefixedChanges */.bR)('tags', (0,util_diff/* diffValues */.In)(normalizeTags(current.tags), normalizeTags(d.taskDefinition.tags)))]
                : [];
            const base = { kind: 'task-definition', job: d.job.name, family: d.name, input: d.taskDefinition };
            if (current && diff.length === 0) {
                knownArns.set(d.name, current.arn);
                changes.push({ ...base, action: 'unchanged', current: { arn: current.arn, revision: current.revision }, diff, reason: `revision ${current.revision} matches` });
            }
            else {
                changes.push({
                    ...base,
                    action: 'register',
                    ...(current ? { current: { arn: current.arn, revision: current.revision } } : {}),
                    diff,
                    reason: current ? `revision ${current.revision} differs in ${diff.length} field${diff.length === 1 ? '' : 's'}` : 'new family',
                });
            }
        }
    },
    phase: () => PHASE.taskDefinitions,
    async apply({ clients, newArns, result }, c) {
        const out = await clients.ecs.send(new client_ecs_dist_cjs/* RegisterTaskDefinitionCommand */.$Hl(c.input));
        const arn = out.taskDefinition.taskDefinitionArn;
        newArns.set(c.family, arn);
        result.taskDefinitionArns[c.job] = arn;
        result.revisions[c.job] = revisionOf(arn);
        return `revision ${revisionOf(arn)}`;
    },
};
function revisionOf(arn) {
    return Number(arn.slice(arn.lastIndexOf(':') + 1));
}
const taskDefinitionRevisions = {
    kinds: ['task-definition-revisions'],
    plan({ desired, observed, options, changes, prunable, knownArns }) {
        // Families this manifest owns and no longer lists.
        const desiredNames = new Set(desired.jobs.map((j) => j.name));
        for (const family of [...observed.ownedFamilies].sort()) {
            if (desiredNames.has(family))
                continue;
            const arns = observed.activeRevisions[family] ?? [];
            if (arns.length === 0)
                continue;
            const job = (0,manifest_names/* jobFromResourceName */.fs)(desired.prefix, family);
            prunable.push({ kind: 'task-definition-revisions', action: 'deregister', family, ...(job ? { job } : {}), arns, reason: 'job no longer in the manifest' });
        }
        // Keep N revisions per family: deregister older ACTIVE ones, never one a schedule points at.
        if (options.keepRevisions === undefined)
            return;
        for (const d of desired.jobs) {
            const registering = !knownArns.has(d.name);
            const revisions = observed.activeRevisions[d.name] ?? [];
            const keep = Math.max(0, options.keepRevisions - (registering ? 1 : 0));
            const pointed = knownArns.get(d.name);
            const old = revisions.slice(keep).filter((arn) => arn !== pointed);
            if (old.length)
                changes.push({ kind: 'task-definition-revisions', action: 'deregister', family: d.name, job: d.job.name, arns: old, reason: `keep-revisions ${options.keepRevisions}` });
        }
    },
    // Keep-revisions cleanups come after the families pruned (both after every schedule moved off them).
    phase: (c) => (c.reason.startsWith('keep-revisions') ? PHASE.oldRevisions + 1 : PHASE.oldRevisions),
    async apply({ clients }, c) {
        await mapLimit(c.arns, WRITE_CONCURRENCY, (arn) => clients.ecs.send(new client_ecs_dist_cjs/* DeregisterTaskDefinitionCommand */.sjB({ taskDefinition: arn })));
        return `${c.arns.length} revision(s)`;
    },
};

;// CONCATENATED MODULE: ./resources/index.ts









/** Planning order: task definitions before the schedules and rules that point at them. */
const RESOURCE_KINDS = [logsPolicy, logGroups, taskDefinitions, stateMachines, scheduleGroups, schedules, rules, eventRules, alarms, taskDefinitionRevisions, otherOwners];
function kindOf(change) {
    const found = RESOURCE_KINDS.find((k) => k.kinds.includes(change.kind));
    if (!found)
        throw new Error(`internal: no resource module for ${change.kind}`);
    return found;
}
/** The phase of apply a change runs in. */
function phaseOf(change) {
    return kindOf(change).phase(change);
}
/** Writes one change through its kind's module. */
function applyChange(ctx, change) {
    return kindOf(change).apply(ctx, change);
}

;// CONCATENATED MODULE: ./apply/apply.ts






async function apply(clients, plan, onEvent) {
    const result = { ok: true, applied: [], taskDefinitionArns: {}, revisions: {}, skipped: [] };
    for (const c of plan.changes) {
        if (c.kind === 'task-definition' && c.current && c.action === 'unchanged') {
            result.taskDefinitionArns[c.job] = c.current.arn;
            result.revisions[c.job] = c.current.revision;
        }
    }
    const newArns = new Map();
    const ctx = {
        clients,
        result,
        newArns,
        withArn: (arn, family) => {
            if (arn !== types/* NEW_REVISION */.Lw)
                return arn ?? '';
            const registered = newArns.get(family);
            if (!registered)
                throw new Error(`internal: no registered revision for ${family}`);
            return registered;
        },
    };
    const pending = plan.changes.filter((c) => c.action !== 'unchanged');
    const phases = [...new Set(pending.map(phaseOf))].sort((a, b) => a - b);
    for (const phase of phases) {
        const batch = pending.filter((c) => phaseOf(c) === phase);
        if (!result.ok) {
            result.skipped.push(...batch);
            continue;
        }
        await mapLimit(batch, WRITE_CONCURRENCY, async (change) => {
            if (!result.ok) {
                result.skipped.push(change);
                return;
            }
            try {
                const detail = await applyChange(ctx, change);
                result.applied.push(change);
                onEvent?.({ change, status: 'done', ...(detail ? { detail } : {}) });
            }
            catch (error) {
                const message = (0,errors/* describeError */.U)(error);
                if (result.ok)
                    result.error = { change, message };
                result.ok = false;
                onEvent?.({ change, status: 'failed', detail: message });
            }
        });
    }
    return result;
}

// EXTERNAL MODULE: ./manifest/load.ts + 5 modules
var manifest_load = __webpack_require__(4477);
// EXTERNAL MODULE: ./plan/desired.ts + 2 modules
var plan_desired = __webpack_require__(8212);
;// CONCATENATED MODULE: ./plan/observe.ts
/** Reads the live state the planner compares against: every kind's module reads its own (reads only). */





/** The cluster's ARN; a clear error (before any write) when it does not exist. */
async function resolveCluster(clients, cluster) {
    const out = await clients.ecs.send(new client_ecs_dist_cjs/* DescribeClustersCommand */._2_({ clusters: [cluster] }));
    const found = out.clusters?.find((c) => c.status === 'ACTIVE' || c.status === undefined);
    if (!found?.clusterArn) {
        const region = await clients.region();
        throw new errors/* OperationError */.O(`ECS cluster '${cluster}' does not exist in ${region}`, 'create it, or fix `cluster` in the manifest (or the environment overlay)');
    }
    return found.clusterArn;
}
async function observe(clients, req) {
    // Every kind is read whatever the manifest uses: after a switch of backend, what the other one
    // still holds is this manifest's to prune (or it would keep running the jobs twice).
    const parts = await Promise.all(RESOURCE_KINDS.map((kind) => kind.observe?.(clients, req) ?? Promise.resolve({})));
    const empty = { taskDefinitions: {}, ownedFamilies: [], activeRevisions: {}, schedules: {}, rules: {}, logGroups: {} };
    return Object.assign(empty, ...parts);
}

;// CONCATENATED MODULE: ./plan/plan.ts
/**
 * The planner: a pure function of (desired, observed) that lists every change in the order apply
 * runs them, each with a reason and a field-level diff. An unchanged job produces no write.
 */




function plan_plan(desired, observed, options) {
    const ctx = { desired, observed, options, changes: [], conflicts: [], warnings: [], prunable: [], ownedJobs: new Set(), knownArns: new Map() };
    for (const kind of RESOURCE_KINDS)
        kind.plan?.(ctx);
    const { changes, conflicts, warnings, prunable } = ctx;
    // Prune what this manifest owns and no longer lists; never anything else, never most of it unasked.
    if (options.prune) {
        const refusal = massPruneRefusal(desired.prefix, ctx.ownedJobs, new Set(desired.jobs.map((j) => j.name)), options.maxPrune);
        if (refusal)
            conflicts.push(refusal);
        changes.push(...prunable);
    }
    else if (prunable.length) {
        const what = prunable.map((c) => `${c.kind === 'task-definition-revisions' ? 'task definition family' : c.kind} ${(0,types/* changeName */.m9)(c)}`);
        warnings.push(`prune is off: left in place what this manifest no longer lists: ${what.join(', ')}`);
    }
    // The order apply runs them in (stable within a phase).
    const ordered = changes.map((c, i) => ({ c, i, phase: phaseOf(c) })).sort((a, b) => a.phase - b.phase || a.i - b.i).map((x) => x.c);
    return {
        prefix: desired.prefix,
        backend: desired.backend,
        region: desired.region,
        image: desired.image,
        changes: ordered,
        jobs: jobPlans(desired, observed, ordered, ctx.knownArns),
        conflicts,
        warnings,
    };
}
/**
 * One edited line (a cut manifest, a wrong `project`, a bad merge) must not delete most jobs
 * unasked: removing more than half of the jobs this manifest owns (and more than one) needs
 * `--max-prune N`. With N given, N is the limit.
 */
function massPruneRefusal(prefix, ownedJobs, desiredNames, maxPrune) {
    const removed = [...ownedJobs].filter((job) => !desiredNames.has(`${prefix}-${job}`)).sort();
    const limit = maxPrune ?? (removed.length > 1 && removed.length * 2 > ownedJobs.size ? removed.length - 1 : removed.length);
    if (removed.length <= limit)
        return undefined;
    const shown = removed.length > 20 ? `${removed.slice(0, 20).join(', ')} and ${removed.length - 20} more` : removed.join(', ');
    const why = maxPrune === undefined ? `more than half of the ${ownedJobs.size} jobs it owns` : `more than --max-prune ${maxPrune}`;
    return (`this deploy would delete the schedules of ${removed.length} job(s), ${why}: ${shown}. ` +
        `If that is intended, allow it with --max-prune ${removed.length} (the action input max-prune: ${removed.length}); ` +
        'otherwise check that the manifest lists every job and that project and environment are right');
}
function jobPlans(desired, observed, changes, knownArns) {
    return desired.jobs.map((d) => {
        const td = changes.find((c) => c.kind === 'task-definition' && c.family === d.name);
        const sched = changes.find((c) => (c.kind === 'schedule' || c.kind === 'rule') && c.name === d.name && c.action !== 'delete');
        const registers = td?.action === 'register';
        const reasons = [];
        if (td && td.kind === 'task-definition' && registers) {
            if (!td.current)
                reasons.push('task definition: new family');
            else
                reasons.push(...td.diff.map((change) => ({ resource: 'task definition', change })));
        }
        const schedDiff = sched && (sched.kind === 'schedule' || sched.kind === 'rule') ? sched.diff : [];
        const meaningful = schedDiff.filter((c) => !(registers && /TaskDefinitionArn$/.test(c.path)));
        if (sched && (sched.kind === 'schedule' || sched.kind === 'rule') && sched.drifted) {
            reasons.push(`${sched.kind} ${sched.name} was changed outside ecs-batch since the last deploy: this deploy puts back what the manifest says`);
        }
        const machine = d.stateMachine ? changes.find((c) => c.kind === 'state-machine' && c.name === d.stateMachine) : undefined;
        if (registers && sched && sched.action !== 'create' && !d.stateMachine)
            reasons.push(`${sched.kind} now runs the new revision`);
        if (registers && machine && machine.action !== 'create')
            reasons.push(`state machine ${d.stateMachine} now runs the new revision`);
        if (machine?.action === 'create')
            reasons.push(`runs through the new state machine ${d.stateMachine}${d.job.after ? `, after ${d.job.after.join(', ')}` : ''}`);
        // The state machine's own changes, once: on the job that starts it.
        if (machine?.kind === 'state-machine' && machine.action === 'update' && !d.job.after)
            reasons.push(...machine.diff.map((change) => ({ resource: 'state machine', change })));
        reasons.push(...meaningful.map((change) => ({ resource: sched.kind, change })));
        // A job after others has no schedule of its own: it exists when its state machine does.
        const existed = d.job.after ? Boolean(observed.stateMachines?.[d.stateMachine]) : desired.backend === 'scheduler' ? Boolean(observed.schedules[d.name]) : Boolean(observed.rules[d.name]);
        let action = 'unchanged';
        if (!existed)
            action = 'create';
        else if (registers || meaningful.length || (machine && machine.action !== 'unchanged')) {
            const onlyState = !registers && meaningful.length > 0 && meaningful.every((c) => c.path === 'State');
            action = onlyState ? (d.job.enabled ? 'enable' : 'disable') : 'update';
        }
        if (action === 'create' && !d.job.after)
            reasons.unshift(`${desired.backend === 'scheduler' ? 'schedule' : 'rule'} ${d.name} is new`);
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

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var client_ecr_dist_cjs = __webpack_require__(7543);
;// CONCATENATED MODULE: ./taskdef/image.ts
/** Image references: parse them, and pin ECR tags to digests. */





function ecrRegistryOf(registry) {
    const m = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(registry);
    return m ? { accountId: m[1], region: m[2] } : undefined;
}
function imageUri(ref, digest) {
    return `${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@${digest}`;
}
/**
 * Pins an image by digest. An ECR image given by tag is resolved with DescribeImages; an ECR image
 * given by digest is checked to exist (a task would fail with CannotPullContainerError otherwise).
 * Images outside ECR must be given by digest.
 */
async function pinImage(clients, text) {
    const ref = (0,reference/* parseImageReference */.o)(text);
    if (!ref) {
        throw new errors/* OperationError */.O(`'${text}' is not an image reference`, 'use registry/repository@sha256:<digest> or registry/repository:<tag>');
    }
    const ecr = ecrRegistryOf(ref.registry);
    if (!ecr) {
        if (!ref.digest) {
            throw new errors/* OperationError */.O(`image '${text}' is not pinned by digest`, `tags outside ECR cannot be resolved here: give the image as ${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@sha256:<digest>`);
        }
        return { uri: imageUri(ref, ref.digest), digest: ref.digest, repository: ref.repository };
    }
    const region = await clients.region();
    if (ecr.region !== region) {
        throw new errors/* OperationError */.O(`image '${text}' is in ECR region ${ecr.region}, but this deploy runs in ${region}`, 'deploy in the registry region, or replicate the repository');
    }
    const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
    try {
        const out = await clients.ecr.send(new client_ecr_dist_cjs/* DescribeImagesCommand */.ji5({ registryId: ecr.accountId, repositoryName: ref.repository, imageIds: [imageId] }));
        const digest = out.imageDetails?.[0]?.imageDigest;
        if (!digest)
            throw new errors/* OperationError */.O(`ECR returned no digest for ${text}`);
        return {
            uri: imageUri(ref, digest),
            digest,
            repository: ref.repository,
            ...(ref.digest ? {} : { resolvedFromTag: ref.tag ?? 'latest' }),
        };
    }
    catch (error) {
        if (error instanceof client_ecr_dist_cjs/* ImageNotFoundException */.CJH) {
            throw new errors/* OperationError */.O(`image ${text} is not in ECR repository ${ref.repository}`, 'push it first (the deploy action builds and pushes it), or check the digest or tag');
        }
        if (error instanceof client_ecr_dist_cjs/* RepositoryNotFoundException */.Da2) {
            throw new errors/* OperationError */.O(`ECR repository ${ref.repository} does not exist in ${ecr.accountId}/${ecr.region}`, 'the deploy action creates it; or check image.repository in the manifest');
        }
        throw error;
    }
}
/**
 * The image the jobs run now: the main container of the first job whose family exists. A PR plan
 * uses it, so the plan shows what the manifest changes (the PR's own image is built at merge).
 */
async function deployedImage(clients, families) {
    for (const { family, container } of families) {
        try {
            const out = await clients.ecs.send(new client_ecs_dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: family }));
            const image = out.taskDefinition?.containerDefinitions?.find((c) => c.name === container)?.image;
            if (image)
                return image;
        }
        catch (error) {
            if (!(error instanceof client_ecs_dist_cjs/* ClientException */.P6G))
                throw error;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./release.ts
/**
 * The release pipeline, shared by `ecs-batch plan|deploy` and the release action: validate the
 * manifest, pin the image, read live state, plan, and (unless planning only) apply. Nothing is
 * written before validation, the image, the cluster and ownership have all been checked.
 */









async function release(options) {
    const load = (0,manifest_load/* loadManifest */.eY)(options.manifest, { ...(options.environment ? { environment: options.environment } : {}), ...(options.now ? { now: options.now } : {}) });
    if (!load.valid || !load.manifest)
        return { load };
    const manifest = load.manifest;
    const clients = options.clients ?? (0,aws_clients.createClients)();
    try {
        let reference = options.image;
        if (!reference) {
            if (!options.dryRun)
                throw new errors/* OperationError */.O('an image is required to deploy', 'pass --image (the deploy action passes the image it built)');
            reference = await deployedImage(clients, manifest.jobs.map((j) => ({ family: (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, j.name), container: j.containerName })));
            if (!reference)
                return { load, manifest, noImage: true };
        }
        const [image, clusterArn, region] = await Promise.all([pinImage(clients, reference), resolveCluster(clients, manifest.cluster), clients.region()]);
        if (!options.image)
            image.current = true;
        const desired = (0,plan_desired/* desiredState */.Iq)(manifest, { region, clusterArn, image: image.uri });
        const observed = await observe(clients, {
            prefix: manifest.prefix,
            names: desired.jobs.map((j) => j.name),
            logGroups: desired.logGroups.map((g) => g.name),
            revisionsOfDesired: options.keepRevisions !== undefined,
            ...(desired.operations.alertTopic ? { alertTopic: desired.operations.alertTopic } : {}),
            history: Boolean(manifest.history),
            twins: { clusterArn, jobs: manifest.jobs.map((j) => j.name), repository: manifest.image.repository, siblings: manifest.siblingPrefixes },
        });
        const plan = plan_plan(desired, observed, {
            prune: options.prune,
            ...(options.maxPrune !== undefined ? { maxPrune: options.maxPrune } : {}),
            ...(options.keepRevisions !== undefined ? { keepRevisions: options.keepRevisions } : {}),
        });
        if (options.dryRun || plan.conflicts.length > 0)
            return { load, manifest, image, plan };
        const result = await apply(clients, plan, options.onEvent);
        return { load, manifest, image, plan, apply: result };
    }
    finally {
        if (!options.clients)
            clients.destroy();
    }
}


/***/ })

};
