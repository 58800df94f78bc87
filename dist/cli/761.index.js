export const id = 761;
export const ids = [761];
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

/***/ 7761:
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
// EXTERNAL MODULE: ./stepfunctions/asl.ts
var asl = __webpack_require__(3020);
// EXTERNAL MODULE: ./taskdef/render.ts
var taskdef_render = __webpack_require__(8327);
// EXTERNAL MODULE: ./taskdef/shared.ts
var taskdef_shared = __webpack_require__(5910);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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
/** `<prefix>-` then this matches the history rules (history, history-skips) and nothing else of the project. */
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
/**
 * The alert, as Amazon Q Developer in chat applications renders a custom notification (a title
 * and a description in Slack or Teams); email subscribers get the same JSON.
 */
function notification(title, lines, untrusted = {}) {
    return JSON.stringify({
        version: '1.0',
        source: 'custom',
        content: { textType: 'client-markdown', title, description: lines.join('\n') },
        // Text that whoever stops a task (or fails an execution) writes, which EventBridge cannot escape: kept out of the
        // markdown description (no <!channel>, no link text), as plain context fields.
        ...(Object.keys(untrusted).length ? { metadata: { additionalContext: untrusted } } : {}),
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
                        InputTemplate: notification(`❌ ecs-batch ${prefix}: a job never started`, [
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
            statement: {
                Sid: `EcsBatchRunHistory${(0,external_node_crypto_.createHash)('sha256').update(prefix).digest('hex').slice(0, 12)}`,
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

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ SKIPPED_OUTPUT),
/* harmony export */   bY: () => (/* binding */ chainDefinition),
/* harmony export */   ie: () => (/* binding */ runInputDefaults)
/* harmony export */ });
/* unused harmony exports TASK_FAILED, SKIPPED_STATE, RUN_INPUT_STATE, runEnvironmentPath, stepName, runTaskStep */
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);



/** The error a failed `.sync` ECS task raises (exit code not 0, or never started). */
const TASK_FAILED = 'States.TaskFailed';
const SKIPPED_STATE = 'Skipped: the previous run is still going';
/** A skipped run's output: the run history rule keeps executions that end with exactly this. */
const SKIPPED_OUTPUT = 'ecs-batch: skipped, the previous run is still going';
/** The first state: the run's input beside its scheduled time's default. */
const TIME_STATE = 'Read the run input';
const MERGE_TIME_STATE = 'Apply the scheduled time';
/** The state holding each step's default environment (read back by a caller that adds to it). */
const RUN_INPUT_STATE = 'Default environments';
const MERGE_INPUT_STATE = 'Apply the run input';
/** Where the merged run input lives in the state, beside what the steps pass on (their ResultPath is null). */
const RUN_INPUT_PATH = '$.ecsBatch';
/** A job's environment in the merged run input. Job names are letters, digits, - and _, so they quote as they are. */
const runEnvironmentPath = (job) => `${RUN_INPUT_PATH}.run.env['${job}']`;
/**
 * Each step's default environment in a deployed definition, with the scheduled time filled in; undefined when the
 * definition takes none (an older ecs-batch deployed it).
 */
function runInputDefaults(definition, scheduledTime) {
    const parameters = definition.States[RUN_INPUT_STATE]?.Parameters;
    const env = parameters?.defaults?.env;
    if (!env || typeof env !== 'object')
        return undefined;
    const filled = {};
    for (const [job, list] of Object.entries(env))
        filled[job] = list.map((v) => ({ Name: v.Name, Value: 'Value' in v ? v.Value : scheduledTime }));
    return { env: filled };
}
/** Step names: readable in the console, unique, within the 80 characters AWS allows. */
const stepName = (job) => `Run ${job}`.slice(0, 80);
/** The ECS step of a job: the same ECS parameters its schedule would send, in the task group `<group>`. */
function runTaskStep(job, ctx) {
    const own = ctx.overrides?.containerOverrides.find((c) => c.name === job.containerName);
    const { TaskDefinitionArn, TaskCount: _count, Group: _group, ...ecs } = (0,_targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__/* .ecsParameters */ .uH)(job, ctx.taskDefinition, ctx.prefix);
    return {
        Type: 'Task',
        Resource: 'arn:aws:states:::ecs:runTask.sync',
        Parameters: {
            Cluster: ctx.clusterArn,
            TaskDefinition: TaskDefinitionArn,
            Group: ctx.group,
            ...(0,_util_case_js__WEBPACK_IMPORTED_MODULE_1__/* .pascalKeys */ .N)(ecs),
            Overrides: {
                ContainerOverrides: [
                    {
                        Name: job.containerName,
                        ...(own?.command ? { Command: own.command } : {}),
                        'Environment.$': runEnvironmentPath(job.name),
                    },
                ],
            },
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
    const defaults = {};
    for (const name of chain.waves.flat()) {
        const job = jobs.get(name);
        const own = ctx.overridesOf?.(job)?.containerOverrides.find((c) => c.name === job.containerName);
        defaults[name] = [
            ...(own?.environment ?? []).map((e) => ({ Name: e.name, Value: e.value })),
            { Name: _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .SCHEDULED_TIME_VARIABLE */ .D9, 'Value.$': `${RUN_INPUT_PATH}.run.scheduledTime` },
        ];
    }
    // Shallow merges: a run's `scheduledTime` replaces the start time, its `env` the defaults' whole (a caller sends
    // every step's list).
    const inputStates = {
        [TIME_STATE]: {
            Type: 'Pass',
            Parameters: { defaults: { 'scheduledTime.$': '$$.Execution.StartTime' }, 'input.$': '$$.Execution.Input' },
            ResultPath: RUN_INPUT_PATH,
            Next: MERGE_TIME_STATE,
        },
        [MERGE_TIME_STATE]: {
            Type: 'Pass',
            Parameters: { 'run.$': `States.JsonMerge(${RUN_INPUT_PATH}.defaults, ${RUN_INPUT_PATH}.input, false)` },
            ResultPath: RUN_INPUT_PATH,
            Next: RUN_INPUT_STATE,
        },
        [RUN_INPUT_STATE]: {
            Type: 'Pass',
            Parameters: { defaults: { env: defaults }, 'run.$': `${RUN_INPUT_PATH}.run` },
            ResultPath: RUN_INPUT_PATH,
            Next: MERGE_INPUT_STATE,
        },
        [MERGE_INPUT_STATE]: {
            Type: 'Pass',
            Parameters: { 'run.$': `States.JsonMerge(${RUN_INPUT_PATH}.defaults, ${RUN_INPUT_PATH}.run, false)` },
            ResultPath: RUN_INPUT_PATH,
            Next: startAt,
        },
    };
    return {
        Comment: `ecs-batch ${ctx.prefix}: ${chain.waves.flat().join(' → ')}`,
        StartAt: TIME_STATE,
        States: { ...inputStates, ...states },
    };
}


/***/ })

};
