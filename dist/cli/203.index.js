export const id = 203;
export const ids = [203,918];
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
        requestHandler: {
            requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
            connectionTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
            throwOnRequestTimeout: true,
        },
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
    return {
        schedule: input.backend === 'rules'
            ? `${host}/events/home?region=${region}#/eventbus/default/rules/${encodeURIComponent(input.name)}`
            : `${host}/scheduler/home?region=${region}#schedules/${encodeURIComponent(input.prefix)}/${encodeURIComponent(input.name)}`,
        taskDefinition: `${host}/ecs/v2/task-definitions/${encodeURIComponent(input.family)}` +
            `${input.revision !== undefined ? `/${input.revision}/containers` : ''}?region=${region}`,
        ...(input.logGroup ? { logs: logGroupConsoleUrl(region, input.logGroup) } : {}),
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


/***/ }),

/***/ 4203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  release: () => (/* binding */ release)
});

// EXTERNAL MODULE: ./aws/clients.ts
var aws_clients = __webpack_require__(5918);
// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./resources/index.ts + 7 modules
var resources = __webpack_require__(5942);
// EXTERNAL MODULE: ./resources/task-definitions.ts + 1 modules
var task_definitions = __webpack_require__(3070);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
;// CONCATENATED MODULE: ./apply/apply.ts






async function apply(clients, plan, onEvent) {
    const result = { ok: true, applied: [], taskDefinitionArns: {}, revisions: {}, skipped: [] };
    for (const c of plan.changes) {
        if (c.kind === 'task-definition' && c.current && c.action === 'unchanged') {
            for (const job of c.jobs) {
                result.taskDefinitionArns[job] = c.current.arn;
                result.revisions[job] = c.current.revision;
            }
        }
    }
    const newArns = new Map();
    const ctx = {
        clients,
        newArns,
        registered: (family, jobs, arn) => {
            newArns.set(family, arn);
            for (const job of jobs) {
                result.taskDefinitionArns[job] = arn;
                result.revisions[job] = (0,task_definitions/* revisionOf */.DT)(arn);
            }
        },
        withArn: (arn, family) => {
            if (arn !== ecs/* NEW_REVISION */.Lw)
                return arn ?? '';
            const registered = newArns.get(family);
            if (!registered)
                throw new Error(`internal: no registered revision for ${family}`);
            return registered;
        },
    };
    const pending = plan.changes.filter((c) => c.action !== 'unchanged');
    const phases = [...new Set(pending.map(resources/* phaseOf */.hU))].sort((a, b) => a - b);
    for (const phase of phases) {
        const batch = pending.filter((c) => (0,resources/* phaseOf */.hU)(c) === phase);
        if (!result.ok) {
            result.skipped.push(...batch);
            continue;
        }
        await (0,concurrency/* mapLimit */.s)(batch, task_definitions/* WRITE_CONCURRENCY */.Qx, async (change) => {
            if (!result.ok) {
                result.skipped.push(change);
                return;
            }
            try {
                const detail = await (0,resources/* applyChange */.hX)(ctx, change);
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

// EXTERNAL MODULE: ./load/load.ts + 13 modules
var load_load = __webpack_require__(3934);
// EXTERNAL MODULE: ./aws/arn.ts
var arn = __webpack_require__(8733);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./stepfunctions/asl.ts
var asl = __webpack_require__(3020);
// EXTERNAL MODULE: ./taskdef/render.ts
var taskdef_render = __webpack_require__(8327);
// EXTERNAL MODULE: ./taskdef/shared.ts
var taskdef_shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./aws/console.ts
var console = __webpack_require__(4035);
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
                    Id: schedule/* RULE_TARGET_ID */.ry,
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
        const machines = manifest.chains
            .filter((c) => c.waves.flat().some((j) => manifest.jobs.find((x) => x.name === j)?.alerts))
            .map((c) => (0,arn/* stateMachineArn */.w)(ctx.clusterArn, ctx.region, (0,names/* jobResourceName */.ln)(prefix, c.root)));
        if (machines.length && (on.has('failed') || on.has('not-started'))) {
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'alerts-chains'),
                description: `ecs-batch ${prefix}: a run through a state machine failed or timed out`,
                pattern: {
                    source: ['aws.states'],
                    'detail-type': ['Step Functions Execution Status Change'],
                    detail: { status: ['FAILED', 'TIMED_OUT'], stateMachineArn: machines },
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
        if (forbidding.length) {
            out.eventRules.push({
                name: (0,names/* operationsResourceName */.ol)(prefix, 'history-skips'),
                description: `ecs-batch ${prefix}: every run skipped because the previous one was still going, kept in ${group}`,
                pattern: {
                    source: ['aws.states'],
                    'detail-type': ['Step Functions Execution Status Change'],
                    detail: {
                        status: ['SUCCEEDED'],
                        stateMachineArn: forbidding.map((c) => (0,arn/* stateMachineArn */.w)(ctx.clusterArn, ctx.region, (0,names/* jobResourceName */.ln)(prefix, c.root))),
                        output: [JSON.stringify(asl/* SKIPPED_OUTPUT */.Lx)],
                    },
                },
                target: toHistory,
            });
        }
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
            arn: (0,arn/* stateMachineArn */.w)(ctx.clusterArn, ctx.region, name),
            roleArn: root.stateMachineRoleArn,
            chain,
            definition: (taskDefinitionOf) => (0,asl/* chainDefinition */.bY)(chain, byName, {
                prefix: manifest.prefix,
                clusterArn: ctx.clusterArn,
                // Shared: the family without a revision, so a roll does not rewrite the state machine either.
                taskDefinitionOf: (job) => (shared ? sharedArn(job) : taskDefinitionOf(familyOf.get(job.name).family)),
                groupOf: (job) => (0,names/* stepTaskGroup */.Nw)(manifest.prefix, job.name),
                ...(shared ? { overridesOf: taskdef_shared/* jobOverrides */.z5 } : {}),
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
            ? { ...base, schedule: (0,schedule/* scheduleInput */.ye)(job, manifest.prefix, target) }
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

// EXTERNAL MODULE: ./plan/observe.ts
var observe = __webpack_require__(9418);
// EXTERNAL MODULE: ./resources/schedules.ts
var schedules = __webpack_require__(3096);
// EXTERNAL MODULE: ./resources/rules.ts
var rules = __webpack_require__(4501);
;// CONCATENATED MODULE: ./plan/plan.ts
/**
 * The planner: a pure function of (desired, observed) that lists every change in the order apply
 * runs them, each with a reason and a field-level diff. An unchanged job produces no write.
 */




function plan_plan(desired, observed, options) {
    const changes = [];
    const conflicts = [];
    const warnings = [];
    const prunable = [];
    const ownedJobs = new Set();
    const facts = { knownArns: new Map() };
    for (const kind of resources/* RESOURCE_KINDS */.pQ) {
        const out = kind.plan?.({ desired, observed, options, facts });
        if (!out)
            continue;
        changes.push(...(out.changes ?? []));
        prunable.push(...(out.prunable ?? []));
        conflicts.push(...(out.conflicts ?? []));
        warnings.push(...(out.warnings ?? []));
        for (const job of out.ownedJobs ?? [])
            ownedJobs.add(job);
        Object.assign(facts, out.facts);
    }
    // Prune what this manifest owns and no longer lists; never anything else, never most of it unasked.
    if (options.prune) {
        const refusal = massPruneRefusal(desired.prefix, ownedJobs, new Set(desired.jobs.map((j) => j.name)), options.maxPrune);
        if (refusal)
            conflicts.push(refusal);
        changes.push(...prunable);
    }
    else if (prunable.length) {
        const what = prunable.map((c) => `${c.kind === 'task-definition-revisions' ? 'task definition family' : c.kind} ${(0,types/* changeName */.m9)(c)}`);
        warnings.push(`prune is off: left in place what this manifest no longer lists: ${what.join(', ')}`);
    }
    // The order apply runs them in (stable within a phase).
    const ordered = changes
        .map((c, i) => ({ c, i, phase: (0,resources/* phaseOf */.hU)(c) }))
        .sort((a, b) => a.phase - b.phase || a.i - b.i)
        .map((x) => x.c);
    return {
        prefix: desired.prefix,
        backend: desired.backend,
        region: desired.region,
        image: desired.image,
        changes: ordered,
        jobs: jobPlans(desired, observed, ordered, facts.knownArns),
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
    const why = maxPrune === undefined
        ? `more than half of the ${ownedJobs.size} jobs it owns`
        : `more than --max-prune ${maxPrune}`;
    return (`this deploy would delete the schedules of ${removed.length} job(s), ${why}: ${shown}. ` +
        `If that is intended, allow it with --max-prune ${removed.length} (the action input max-prune: ${removed.length}); ` +
        'otherwise check that the manifest lists every job and that project and environment are right');
}
/** A schedule, rule or state machine that is not what ecs-batch last wrote. */
function changedOutside(c) {
    return (c?.kind === 'schedule' || c?.kind === 'rule' || c?.kind === 'state-machine') && c.drifted === true;
}
function jobPlans(desired, observed, changes, knownArns) {
    return desired.jobs.map((d) => {
        const td = changes.find((c) => c.kind === 'task-definition' && c.family === d.family);
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
        const machine = d.stateMachine
            ? changes.find((c) => c.kind === 'state-machine' && c.name === d.stateMachine)
            : undefined;
        // Drift is named once: on the job whose schedule, rule or state machine it is (a chain's on the job that starts it).
        const drifted = [sched, !d.job.after ? machine : undefined].find(changedOutside);
        if (drifted)
            reasons.push(`${drifted.kind.replace('-', ' ')} ${drifted.name} was changed outside ecs-batch since the ` +
                `last deploy: this deploy puts back what the manifest says`);
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
        reasons.push(...changes
            .filter((c) => c.kind === 'replaced' && c.action === 'take-over' && c.job === d.job.name)
            .map((c) => c.reason));
        // A job after others has no schedule of its own: it exists when its state machine does.
        const existed = d.job.after
            ? Boolean(observed.stateMachines?.[d.stateMachine])
            : desired.backend === 'scheduler'
                ? Boolean(observed.schedules[d.name])
                : Boolean(observed.rules[d.name]);
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
        const arn = knownArns.get(d.family);
        return {
            job: d.job.name,
            name: d.name,
            action,
            enabled: d.job.enabled,
            reasons,
            family: d.family,
            ...(current ? { currentRevision: current.revision } : {}),
            ...(arn ? { taskDefinitionArn: arn } : {}),
            registersNewRevision: registers,
        };
    });
}

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecr/dist-cjs/index.js
var dist_cjs = __webpack_require__(7543);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./taskdef/reference.ts
var reference = __webpack_require__(7622);
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
            throw new errors/* OperationError */.O(`image '${text}' is not pinned by digest`, `tags outside ECR cannot be resolved here: give the image as ` +
                `${ref.registry ? `${ref.registry}/` : ''}${ref.repository}@sha256:<digest>`);
        }
        return { uri: imageUri(ref, ref.digest), digest: ref.digest, repository: ref.repository };
    }
    const region = await clients.region();
    if (ecr.region !== region) {
        throw new errors/* OperationError */.O(`image '${text}' is in ECR region ${ecr.region}, but this deploy runs in ${region}`, 'deploy in the registry region, or replicate the repository');
    }
    const imageId = ref.digest ? { imageDigest: ref.digest } : { imageTag: ref.tag ?? 'latest' };
    try {
        const out = await clients.ecr.send(new dist_cjs/* DescribeImagesCommand */.ji5({ registryId: ecr.accountId, repositoryName: ref.repository, imageIds: [imageId] }));
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
        if (error instanceof dist_cjs/* ImageNotFoundException */.CJH) {
            throw new errors/* OperationError */.O(`image ${text} is not in ECR repository ${ref.repository}`, 'push it first (the deploy action builds and pushes it), or check the digest or tag');
        }
        if (error instanceof dist_cjs/* RepositoryNotFoundException */.Da2) {
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

;// CONCATENATED MODULE: ./release/release.ts
/**
 * The release pipeline, shared by `ecs-batch plan|deploy` and the release action: validate the
 * manifest, pin the image, read live state, plan, and (unless planning only) apply. Nothing is
 * written before validation, the image, the cluster and ownership have all been checked.
 */









async function release(options) {
    const load = (0,load_load.loadManifest)(options.manifest, {
        ...(options.environment ? { environment: options.environment } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    if (!load.valid || !load.manifest)
        return { load };
    const manifest = load.manifest;
    const clients = options.clients ?? (0,aws_clients.createClients)();
    try {
        let reference = options.image;
        if (!reference) {
            if (!options.dryRun)
                throw new errors/* OperationError */.O('an image is required to deploy', 'pass --image (the deploy action passes the image it built)');
            reference = await deployedImage(clients, manifest.jobs.map((j) => ({ family: (0,names/* jobResourceName */.ln)(manifest.prefix, j.name), container: j.containerName })));
            if (!reference)
                return { load, manifest, noImage: true };
        }
        const [image, clusterArn, region] = await Promise.all([
            pinImage(clients, reference),
            (0,observe/* resolveCluster */.Br)(clients, manifest.cluster),
            clients.region(),
        ]);
        if (!options.image)
            image.current = true;
        const desired = desiredState(manifest, { region, clusterArn, image: image.uri });
        const observed = await (0,observe/* observe */.lB)(clients, {
            prefix: manifest.prefix,
            names: desired.taskDefinitions.map((t) => t.family),
            logGroups: desired.logGroups.map((g) => g.name),
            revisionsOfDesired: options.keepRevisions !== undefined,
            ...(desired.operations.alertTopic ? { alertTopic: desired.operations.alertTopic } : {}),
            history: Boolean(manifest.history),
            replaces: manifest.jobs.flatMap((j) => j.replaces.map((ref) => ({ job: j.name, ref, ...(manifest.takeOver === 'disable' ? { disable: true } : {}) }))),
            twins: {
                clusterArn,
                jobs: manifest.jobs.map((j) => j.name),
                repository: manifest.image.repository,
                siblings: manifest.siblingPrefixes,
                commands: Object.fromEntries(manifest.jobs.filter((j) => j.command?.length).map((j) => [j.name, j.command])),
            },
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


/***/ }),

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ SKIPPED_OUTPUT),
/* harmony export */   bY: () => (/* binding */ chainDefinition)
/* harmony export */ });
/* unused harmony exports TASK_FAILED, SKIPPED_STATE, stepName, runTaskStep */
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);


/** The error a failed `.sync` ECS task raises (exit code not 0, or never started). */
const TASK_FAILED = 'States.TaskFailed';
const SKIPPED_STATE = 'Skipped: the previous run is still going';
/** A skipped run's output: the run history rule keeps executions that end with exactly this. */
const SKIPPED_OUTPUT = 'ecs-batch: skipped, the previous run is still going';
/** Step names: readable in the console, unique, within the 80 characters AWS allows. */
const stepName = (job) => `Run ${job}`.slice(0, 80);
/** The ECS step of a job: the same ECS parameters its schedule would send, in the task group `<group>`. */
function runTaskStep(job, ctx) {
    const { TaskDefinitionArn, TaskCount: _count, Group: _group, ...ecs } = (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__/* .ecsParameters */ .uH)(job, ctx.taskDefinition, ctx.prefix);
    return {
        Type: 'Task',
        Resource: 'arn:aws:states:::ecs:runTask.sync',
        Parameters: {
            Cluster: ctx.clusterArn,
            TaskDefinition: TaskDefinitionArn,
            Group: ctx.group,
            ...(0,_util_case_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalKeys */ .N)(ecs),
            ...(ctx.overrides ? { Overrides: (0,_util_case_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalKeys */ .N)(ctx.overrides) } : {}),
        },
        ResultPath: null,
        ...(job.timeoutSeconds !== undefined ? { TimeoutSeconds: job.timeoutSeconds } : {}),
        ...(job.retries > 0
            ? {
                Retry: [
                    {
                        ErrorEquals: [TASK_FAILED],
                        IntervalSeconds: job.retryDelaySeconds,
                        MaxAttempts: job.retries,
                        BackoffRate: 2,
                    },
                ],
            }
            : {}),
    };
}
function chainDefinition(chain, jobs, ctx) {
    const root = jobs.get(chain.root);
    const states = {};
    const step = (name) => {
        const job = jobs.get(name);
        return runTaskStep(job, {
            prefix: ctx.prefix,
            clusterArn: ctx.clusterArn,
            taskDefinition: ctx.taskDefinitionOf(job),
            group: ctx.groupOf(job),
            overrides: ctx.overridesOf?.(job),
        });
    };
    // Waves in order: one job is a step; several run as a Parallel state (a failed branch fails it, and the chain stops).
    const waveNames = chain.waves.map((wave, i) => wave.length === 1 ? stepName(wave[0]) : `Wave ${i + 1}: ${wave.join(', ')}`.slice(0, 80));
    chain.waves.forEach((wave, i) => {
        const next = i + 1 < chain.waves.length ? { Next: waveNames[i + 1] } : { End: true };
        if (wave.length === 1) {
            states[waveNames[i]] = { ...step(wave[0]), ...next };
        }
        else {
            states[waveNames[i]] = {
                Type: 'Parallel',
                Branches: wave.map((job) => ({
                    StartAt: stepName(job),
                    States: { [stepName(job)]: { ...step(job), End: true } },
                })),
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
            states['Previous run still going?'] = {
                Type: 'Choice',
                Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: SKIPPED_STATE }],
                Default: startAt,
            };
            // Kubernetes CronJob's Forbid: the scheduled run is skipped, and that is not a failure.
            states[SKIPPED_STATE] = { Type: 'Pass', Comment: 'concurrency: forbid', Result: SKIPPED_OUTPUT, End: true };
        }
        else {
            states['Previous run still going?'] = {
                Type: 'Choice',
                Choices: [{ Variable: '$.running.count', NumericGreaterThan: 1, Next: 'Stop the previous run' }],
                Default: startAt,
            };
            // Kubernetes CronJob's Replace: stopping an execution stops the ECS task its .sync step waits for.
            states['Stop the previous run'] = {
                Type: 'Map',
                ItemsPath: '$.running.executions',
                ItemSelector: { 'arn.$': '$$.Map.Item.Value.ExecutionArn', 'self.$': '$$.Execution.Id' },
                ItemProcessor: {
                    ProcessorConfig: { Mode: 'INLINE' },
                    StartAt: 'Is it this run?',
                    States: {
                        'Is it this run?': {
                            Type: 'Choice',
                            Choices: [{ Variable: '$.arn', StringEqualsPath: '$.self', Next: 'Keep this run' }],
                            Default: 'Stop it',
                        },
                        'Keep this run': { Type: 'Succeed' },
                        'Stop it': {
                            Type: 'Task',
                            Resource: 'arn:aws:states:::aws-sdk:sfn:stopExecution',
                            Parameters: { 'ExecutionArn.$': '$.arn', Cause: 'concurrency: replace (a newer run started)' },
                            End: true,
                        },
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


/***/ })

};
