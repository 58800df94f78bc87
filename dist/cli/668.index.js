export const id = 668;
export const ids = [668];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ siblingArn)
/* harmony export */ });
/** ARNs of resources in the same account and partition as one we know (the cluster). */
function siblingArn(knownArn, service, region, resource) {
    const account = /:(\d{12}):/.exec(knownArn)?.[1] ?? '000000000000';
    const partition = /^arn:(aws[a-z-]*):/.exec(knownArn)?.[1] ?? 'aws';
    return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}


/***/ }),

/***/ 440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ OWNER_TAG),
/* harmony export */   M6: () => (/* binding */ RESERVED_JOB_PREFIX),
/* harmony export */   N1: () => (/* binding */ jobOfTaskGroup),
/* harmony export */   Nw: () => (/* binding */ stepTaskGroup),
/* harmony export */   Op: () => (/* binding */ historyLogGroup),
/* harmony export */   _6: () => (/* binding */ parseReplaced),
/* harmony export */   fs: () => (/* binding */ jobFromResourceName),
/* harmony export */   i8: () => (/* binding */ STEP_GROUP_PREFIX),
/* harmony export */   lB: () => (/* binding */ taskGroup),
/* harmony export */   lc: () => (/* binding */ GROUP_PREFIX),
/* harmony export */   ln: () => (/* binding */ jobResourceName),
/* harmony export */   mQ: () => (/* binding */ QUIET_GROUP_PREFIX),
/* harmony export */   ol: () => (/* binding */ operationsResourceName),
/* harmony export */   w8: () => (/* binding */ namePrefix),
/* harmony export */   z2: () => (/* binding */ JOB_TAG),
/* harmony export */   zH: () => (/* binding */ APPLIED_TAG),
/* harmony export */   zM: () => (/* binding */ RESERVED_TAG_PREFIX)
/* harmony export */ });
/** How ecs-batch names and tags what it creates, so people and tools can find it. */
/** Tag that marks a resource as owned by one manifest (value: the prefix). */
const OWNER_TAG = 'ecs-batch:project';
/** Tag naming the job a resource belongs to. */
const JOB_TAG = 'ecs-batch:job';
/**
 * Tag on the task definition revision a schedule (or rule) runs: a fingerprint of the schedule as
 * ecs-batch last wrote it, so a plan can tell a change made outside ecs-batch from a manifest edit.
 */
const APPLIED_TAG = 'ecs-batch:applied';
/** Tag keys ecs-batch sets itself; users may not set them. */
const RESERVED_TAG_PREFIX = 'ecs-batch:';
/** `project`, or `project-environment` when an environment is chosen. */
function namePrefix(project, environment) {
    return environment ? `${project}-${environment}` : project;
}
/** Task definition family, rule name and schedule name of a job. */
function jobResourceName(prefix, job) {
    return `${prefix}-${job}`;
}
/** The job a resource name belongs to, or undefined when the name is not `<prefix>-<job>`. */
function jobFromResourceName(prefix, name) {
    return name.startsWith(`${prefix}-`) ? name.slice(prefix.length + 1) : undefined;
}
/**
 * The ECS task group of a job's runs (scheduled and manual): `ecs-batch:<prefix>:<job>`, or
 * `ecs-batch-quiet:<prefix>:<job>` for a job with `alerts: false`. Task state change events carry
 * it, so alert and history rules match this manifest's jobs only, and every run names its job
 * (a task definition family need not: families can be shared).
 */
function taskGroup(prefix, job, alerts = true) {
    return `${alerts ? GROUP_PREFIX : QUIET_GROUP_PREFIX}:${prefix}:${job}`;
}
const GROUP_PREFIX = 'ecs-batch';
const QUIET_GROUP_PREFIX = 'ecs-batch-quiet';
/** Runs inside a state machine: a failed attempt that a retry may still mend pages nobody (the execution alerts). */
const STEP_GROUP_PREFIX = 'ecs-batch-step';
function stepTaskGroup(prefix, job) {
    return `${STEP_GROUP_PREFIX}:${prefix}:${job}`;
}
/** The prefix and job of a task group ecs-batch set, or undefined. */
function jobOfTaskGroup(group) {
    const m = /^(ecs-batch|ecs-batch-quiet|ecs-batch-step):([^:]+):([^:]+)$/.exec(group ?? '');
    return m ? { prefix: m[2], job: m[3], alerts: m[1] === GROUP_PREFIX } : undefined;
}
/** Names of the rules and alarm behind alerts and history: `<prefix>-ecs-batch-...` (job names may not start with `ecs-batch-`). */
const RESERVED_JOB_PREFIX = 'ecs-batch-';
function operationsResourceName(prefix, what) {
    return `${prefix}-${RESERVED_JOB_PREFIX}${what}`;
}
/** The run history log group (EventBridge writes to groups under /aws/events/). */
function historyLogGroup(prefix) {
    return `/aws/events/ecs-batch/${prefix}`;
}
/**
 * What a `replaces:` entry names, parsed; undefined when it is not one of the forms. `rule/NAME/TARGET`
 * takes over one target of a rule that has others (the rule and its other targets stay).
 */
function parseReplaced(ref) {
    const rule = /^rule\/([.\-_A-Za-z0-9]{1,64})(?:\/([.\-_A-Za-z0-9]{1,64}))?$/.exec(ref);
    if (rule)
        return { kind: 'rule', name: rule[1], ...(rule[2] ? { target: rule[2] } : {}) };
    const schedule = /^schedule\/([.\-_A-Za-z0-9]{1,64})\/([.\-_A-Za-z0-9]{1,64})$/.exec(ref);
    return schedule ? { kind: 'schedule', group: schedule[1], name: schedule[2] } : undefined;
}


/***/ }),

/***/ 7761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EY: () => (/* binding */ RUN_TASK_TARGET),
  Iq: () => (/* binding */ desiredState),
  uH: () => (/* binding */ ecsParameters),
  dY: () => (/* binding */ runTaskInput),
  w4: () => (/* binding */ stateMachineArn)
});

// UNUSED EXPORTS: ruleInput, ruleTarget, scheduleInput

// EXTERNAL MODULE: ./aws/arn.ts
var arn = __webpack_require__(8733);
// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./stepfunctions/asl.ts
var asl = __webpack_require__(3020);
// EXTERNAL MODULE: ./taskdef/render.ts
var taskdef_render = __webpack_require__(8327);
// EXTERNAL MODULE: ./taskdef/shared.ts
var taskdef_shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./util/case.ts
var util_case = __webpack_require__(3037);
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
        const machines = manifest.chains
            .filter((c) => c.waves.flat().some((j) => manifest.jobs.find((x) => x.name === j)?.alerts))
            .map((c) => stateMachineArn(ctx.clusterArn, ctx.region, (0,names/* jobResourceName */.ln)(prefix, c.root)));
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
                    Id: types/* RULE_TARGET_ID */.ry,
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
                AlarmDescription: `ecs-batch ${prefix}: a schedule could not start its task (RunTask refused or throttled, a wrong role), after its retry policy`,
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
            Id: types/* RULE_TARGET_ID */.ry,
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
                        stateMachineArn: forbidding.map((c) => stateMachineArn(ctx.clusterArn, ctx.region, (0,names/* jobResourceName */.ln)(prefix, c.root))),
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
            ? {
                CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({
                    capacityProvider: p.capacityProvider,
                    ...(p.weight !== undefined ? { weight: p.weight } : {}),
                    ...(p.base !== undefined ? { base: p.base } : {}),
                })),
            }
            : { LaunchType: job.launchType ?? 'FARGATE' }),
        ...(job.platformVersion && (0,taskdef_render/* isFargate */.rd)(job) ? { PlatformVersion: job.platformVersion } : {}),
        ...((0,taskdef_render/* usesAwsvpc */.B)(job) && job.network
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
        ...(job.placementConstraints?.length
            ? {
                PlacementConstraints: job.placementConstraints.map((c) => ({
                    type: c.type,
                    ...(c.expression ? { expression: c.expression } : {}),
                })),
            }
            : {}),
        ...(job.placementStrategy?.length
            ? {
                PlacementStrategy: job.placementStrategy.map((p) => ({
                    type: p.type,
                    ...(p.field ? { field: p.field } : {}),
                })),
            }
            : {}),
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
/**
 * EventBridge Scheduler's universal target for ECS RunTask. Its Input is the RunTask request
 * itself (PascalCase, as AWS documents universal targets), the documented way for a schedule to
 * pass container overrides; the templated ECS target has no field for them.
 */
const RUN_TASK_TARGET = 'arn:aws:scheduler:::aws-sdk:ecs:runTask';
/** The universal target's Input: the RunTask request a schedule sends for a job. */
function runTaskInput(job, prefix, clusterArn, taskDefinition, overrides) {
    const { TaskDefinitionArn, TaskCount: _count, ...ecs } = ecsParameters(job, taskDefinition, prefix);
    return JSON.stringify({
        Cluster: clusterArn,
        TaskDefinition: TaskDefinitionArn,
        Count: 1,
        ...(0,util_case/* pascalKeys */.N)(ecs),
        Overrides: (0,util_case/* pascalKeys */.N)(overrides),
    });
}
/** A schedule's target for a job: templated ECS, universal RunTask (shared task definitions), or a state machine. */
function scheduleTarget(job, prefix, target) {
    const common = {
        RoleArn: job.schedulerRoleArn,
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
    if (target.kind === 'state-machine')
        return { Arn: target.arn, ...common, Input: STATE_MACHINE_INPUT };
    if (target.overrides)
        return {
            Arn: RUN_TASK_TARGET,
            ...common,
            Input: runTaskInput(job, prefix, target.clusterArn, target.taskDefinitionArn, target.overrides),
        };
    return { Arn: target.clusterArn, ...common, EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix) };
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
        Target: scheduleTarget(job, prefix, target),
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
        // A rule's ECS target reads its Input as the task's overrides (documented for EventBridge ECS targets).
        ...(target.kind === 'ecs'
            ? {
                EcsParameters: ecsParameters(job, target.taskDefinitionArn, prefix),
                ...(target.overrides ? { Input: JSON.stringify(target.overrides) } : {}),
            }
            : { Input: STATE_MACHINE_INPUT }),
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
}
function stateMachineArn(clusterArn, region, name) {
    return (0,arn/* siblingArn */.O)(clusterArn, 'states', region, `stateMachine:${name}`);
}
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
            arn: stateMachineArn(ctx.clusterArn, ctx.region, name),
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

/***/ 727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ NEW_REVISION),
/* harmony export */   m9: () => (/* binding */ changeName),
/* harmony export */   ry: () => (/* binding */ RULE_TARGET_ID),
/* harmony export */   uV: () => (/* binding */ reasonText)
/* harmony export */ });
/* unused harmony export isWrite */
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3918);

/** Stands for the task definition revision a deploy registers, until apply knows its ARN. */
const NEW_REVISION = '(new revision)';
/** The id of the one target ecs-batch puts on each of its rules. */
const RULE_TARGET_ID = 'ecs-batch';
function reasonText(reason, options = {}) {
    return typeof reason === 'string' ? reason : `${reason.resource} ${(0,_util_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .describeChange */ .uQ)(reason.change, options)}`;
}
/** The resource a change is about: a family for task definitions, a name otherwise. */
function changeName(c) {
    return c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
}
function isWrite(change) {
    return change.action !== 'unchanged';
}


/***/ }),

/***/ 8054:
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
        taskDefinition: `${host}/ecs/v2/task-definitions/${encodeURIComponent(input.family)}${input.revision !== undefined ? `/${input.revision}/containers` : ''}?region=${region}`,
        ...(input.logGroup ? { logs: logGroupConsoleUrl(region, input.logGroup) } : {}),
    };
}


/***/ }),

/***/ 3020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lx: () => (/* binding */ SKIPPED_OUTPUT),
/* harmony export */   bY: () => (/* binding */ chainDefinition)
/* harmony export */ });
/* unused harmony exports TASK_FAILED, SKIPPED_STATE, stepName, runTaskStep */
/* harmony import */ var _plan_desired_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7761);
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
    const { TaskDefinitionArn, TaskCount: _count, Group: _group, ...ecs } = (0,_plan_desired_js__WEBPACK_IMPORTED_MODULE_0__/* .ecsParameters */ .uH)(job, ctx.taskDefinition, ctx.prefix);
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


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ usesAwsvpc),
/* harmony export */   P9: () => (/* binding */ renderTaskDefinition),
/* harmony export */   To: () => (/* binding */ foreignTaskDefinitionKeys),
/* harmony export */   b0: () => (/* binding */ networkModeOf),
/* harmony export */   rd: () => (/* binding */ isFargate)
/* harmony export */ });
/* unused harmony export taskDefinitionTags */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);


/** True when the job runs on Fargate (directly or through a Fargate capacity provider). */
function isFargate(job) {
    return (job.launchType === 'FARGATE' ||
        (job.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider)));
}
const NETWORK_MODES = ['bridge', 'host', 'awsvpc', 'none'];
/**
 * The task's network mode: the manifest's `networkMode`; else awsvpc on Fargate or with `network`;
 * else the base task definition's; else bridge (ECS's default on EC2).
 */
function networkModeOf(job) {
    if (job.networkMode)
        return job.networkMode;
    if (isFargate(job) || job.network !== undefined)
        return 'awsvpc';
    const base = job.baseTaskDefinition?.networkMode;
    return typeof base === 'string' && NETWORK_MODES.includes(base) ? base : 'bridge';
}
function usesAwsvpc(job) {
    return networkModeOf(job) === 'awsvpc';
}
/** The base file's keys that RegisterTaskDefinition does not take (pasted from DescribeTaskDefinition, or run-time settings). */
function foreignTaskDefinitionKeys(base) {
    return Object.keys(base).filter((k) => !_aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .TASK_DEFINITION_FIELDS */ .G.has(k));
}
function byName(items) {
    return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/** The task definition tags: ownership first, then the job's own. */
function taskDefinitionTags(job, prefix) {
    const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
    return [
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX, value: prefix },
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2, value: job.name },
        ...own.sort((a, b) => a.key.localeCompare(b.key)),
    ];
}
function renderTaskDefinition(job, ctx) {
    // Keys RegisterTaskDefinition does not take are dropped (validation says so, with the line).
    const base = Object.fromEntries(Object.entries(job.baseTaskDefinition ?? {}).filter(([k]) => _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .TASK_DEFINITION_FIELDS */ .G.has(k)));
    const baseContainers = (base.containerDefinitions ?? []);
    const baseMain = baseContainers.find((c) => c.name === job.containerName) ?? {};
    const main = {
        ...baseMain,
        name: job.containerName,
        image: ctx.image,
        essential: true,
        ...(job.command ? { command: job.command } : {}),
        environment: byName([
            ...(baseMain.environment ?? []).filter((e) => !(String(e.name) in job.environment)),
            ...Object.entries(job.environment).map(([name, value]) => ({ name, value })),
        ]),
        secrets: byName([
            ...(baseMain.secrets ?? []).filter((s) => !(String(s.name) in job.secrets)),
            ...Object.entries(job.secrets).map(([name, valueFrom]) => ({ name, valueFrom })),
        ]),
        ...(job.logs
            ? {
                logConfiguration: {
                    logDriver: 'awslogs',
                    options: {
                        'awslogs-group': job.logs.group,
                        'awslogs-region': ctx.region,
                        'awslogs-stream-prefix': job.logs.streamPrefix ?? job.name,
                    },
                },
            }
            : {}),
    };
    const containers = [main, ...baseContainers.filter((c) => c.name !== job.containerName)];
    const compatibility = job.launchType ?? (isFargate(job) ? 'FARGATE' : 'EC2');
    return {
        ...base,
        family: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(ctx.prefix, job.name),
        ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
        ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
        networkMode: networkModeOf(job),
        requiresCompatibilities: [compatibility],
        ...(job.cpu !== undefined ? { cpu: String(job.cpu) } : {}),
        ...(job.memory !== undefined ? { memory: String(job.memory) } : {}),
        ...(job.architecture
            ? { runtimePlatform: { cpuArchitecture: job.architecture, operatingSystemFamily: 'LINUX' } }
            : {}),
        ...(job.ephemeralStorageGiB !== undefined ? { ephemeralStorage: { sizeInGiB: job.ephemeralStorageGiB } } : {}),
        containerDefinitions: containers,
        tags: taskDefinitionTags(job, ctx.prefix),
    };
}


/***/ }),

/***/ 5910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U5: () => (/* binding */ isSharedFamily),
/* harmony export */   cT: () => (/* binding */ familyArn),
/* harmony export */   q6: () => (/* binding */ sharedTaskDefinition),
/* harmony export */   z5: () => (/* binding */ jobOverrides)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8733);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3918);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8327);





/** What the job adds to its shape at run time: its command and environment. */
function jobOverrides(job) {
    const environment = Object.entries(job.environment)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, value]) => ({ name, value }));
    return {
        containerOverrides: [
            {
                name: job.containerName,
                ...(job.command ? { command: job.command } : {}),
                ...(environment.length ? { environment } : {}),
            },
        ],
    };
}
/**
 * The job's shape: its task definition without its command and environment (those become
 * overrides), without the job tag, and logging under one stream prefix (the manifest prefix unless
 * `logs.streamPrefix` says otherwise), in a family named after the shape: `<prefix>-shared-<cpu>-<memory>-<hash>`.
 * The image is not part of the name, so the family stays the same when the image rolls.
 */
function sharedTaskDefinition(job, ctx) {
    const shape = {
        ...job,
        environment: {},
        ...(job.logs ? { logs: { ...job.logs, streamPrefix: job.logs.streamPrefix ?? ctx.prefix } } : {}),
    };
    delete shape.command;
    const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTaskDefinition */ .P9)(shape, ctx);
    const tags = (rendered.tags ?? []).filter((t) => t.key !== _manifest_names_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_TAG */ .z2);
    const key = (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_1__/* .canonical */ .$N)({
        ...rendered,
        family: undefined,
        tags,
        containerDefinitions: rendered.containerDefinitions?.map((c) => ({
            ...c,
            image: c.name === job.containerName ? undefined : c.image,
        })),
    });
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 8);
    const family = `${ctx.prefix}-shared-${rendered.cpu ?? 'x'}-${rendered.memory ?? 'x'}-${hash}`;
    return { family, input: { ...rendered, family, tags } };
}
/** A family name sharedTaskDefinition gives (its shape's), as opposed to a job's own. */
function isSharedFamily(prefix, family) {
    return (family.startsWith(`${prefix}-shared-`) && /-(?:\d+|x)-(?:\d+|x)-[0-9a-f]{8}$/.test(family.slice(prefix.length)));
}
/** A family's ARN without a revision: RunTask then starts its latest ACTIVE revision. */
function familyArn(clusterArn, region, family) {
    return (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingArn */ .O)(clusterArn, 'ecs', region, `task-definition/${family}`);
}


/***/ }),

/***/ 3037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ pascalKeys),
/* harmony export */   R: () => (/* binding */ camelKeys)
/* harmony export */ });
/**
 * Key spelling between the ECS API (camelCase members) and the places that take the same request
 * in PascalCase: Step Functions' ECS integration and EventBridge Scheduler's universal targets.
 */
const upper = (k) => k.charAt(0).toUpperCase() + k.slice(1);
const lower = (k) => k.charAt(0).toLowerCase() + k.slice(1);
function rekey(value, spell) {
    if (Array.isArray(value))
        return value.map((v) => rekey(v, spell));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [spell(k), rekey(v, spell)]));
    return value;
}
/** Every key, all the way down, with its first letter upper-cased (values untouched). */
const pascalKeys = (value) => rekey(value, upper);
/** Every key, all the way down, with its first letter lower-cased (values untouched). */
const camelKeys = (value) => rekey(value, lower);


/***/ }),

/***/ 3918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ canonical),
/* harmony export */   In: () => (/* binding */ diffValues),
/* harmony export */   bR: () => (/* binding */ prefixedChanges),
/* harmony export */   k_: () => (/* binding */ structuredInput),
/* harmony export */   uQ: () => (/* binding */ describeChange)
/* harmony export */ });
/* harmony import */ var _report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(165);
/* harmony import */ var _case_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3037);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4564);
/** Canonical forms and field-level differences of JSON-like values, for plans that show what changes. */



/** Drops undefined/null, empty lists and empty objects, and orders object keys: equal meaning, equal form. */
function canonical(value) {
    if (Array.isArray(value)) {
        const items = value.map(canonical).filter((v) => v !== undefined);
        return items.length ? items : undefined;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = canonical(value[key]);
            if (v !== undefined)
                out[key] = v;
        }
        return Object.keys(out).length ? out : undefined;
    }
    return value === null ? undefined : value;
}
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** Lists of named things (containers, variables) are compared by name, not position. */
function namedList(v) {
    if (!Array.isArray(v) || v.length === 0 || !v.every((item) => isObject(item) && typeof item.name === 'string'))
        return undefined;
    const names = v.map((item) => item.name);
    if (new Set(names).size !== names.length)
        return undefined;
    return new Map(v.map((item) => [item.name, item]));
}
/** The same changes under a parent path (`Target` + `Arn` = `Target.Arn`). */
function prefixedChanges(prefix, changes) {
    return changes.map((c) => ({ ...c, path: `${prefix}.${c.path}` }));
}
/** Differences between two canonical values, as paths like `containerDefinitions[main].image`. */
function diffValues(before, after, path = '') {
    if (JSON.stringify(before) === JSON.stringify(after))
        return [];
    if (isObject(before) && isObject(after)) {
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
        return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
    }
    const a = namedList(before);
    const b = namedList(after);
    if (a && b) {
        const names = [...new Set([...a.keys(), ...b.keys()])];
        return names.flatMap((n) => diffValues(a.get(n), b.get(n), `${path}[${n}]`));
    }
    return [{ path, before, after }];
}
/**
 * A target Input as the structure it carries (RunTask overrides, or a whole RunTask request in
 * either spelling), so a diff names the field that changed and an environment value in it is
 * shown by the same rule as everywhere else (fingerprinted), never as one long JSON string.
 */
function structuredInput(input) {
    if (input === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(input);
        // `{}` (a state machine's start) stays as written: fingerprints recorded before this read it so.
        return parsed && typeof parsed === 'object' && Object.keys(parsed).length ? (0,_case_js__WEBPACK_IMPORTED_MODULE_2__/* .camelKeys */ .R)(parsed) : input;
    }
    catch {
        return input;
    }
}
/**
 * A change as `path: before → after` (or, for long values, `path:` then `- before` and `+ after`
 * on lines of their own). Values are whole, strings JSON-quoted (no newline of a value escapes
 * its line), secrets hidden by name and shape, environment values fingerprinted.
 */
function describeChange(change, options = {}) {
    const variable = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentVariableOf */ .Nr)(change.path);
    if (variable !== undefined && (!options.showValues || (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(variable))) {
        return `${change.path}: ${fingerprintChange(change.before, change.after)}`;
    }
    if (/(^|\.)environment$/.test(change.path) && (Array.isArray(change.before) || Array.isArray(change.after))) {
        return `${change.path}: ${describeVariables(change.before, change.after, options)}`;
    }
    const before = show(change.before);
    const after = show(change.after);
    // Long values get a line each (as a unified diff would), whole: never cut.
    if (before.length + after.length > LONG_VALUE)
        return `${change.path}:\n- ${before}\n+ ${after}`;
    return `${change.path}: ${before} → ${after}`;
}
/** Past this many characters, the two sides of a change go on lines of their own. */
const LONG_VALUE = 120;
function valueOf(entry) {
    const v = entry?.value;
    return typeof v === 'string' ? v : JSON.stringify(v ?? null);
}
function fingerprintChange(before, after) {
    const b = before === undefined ? undefined : typeof before === 'string' ? before : JSON.stringify(before);
    const a = after === undefined ? undefined : typeof after === 'string' ? after : JSON.stringify(after);
    if (b === undefined)
        return `added (value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a ?? '')})`;
    if (a === undefined)
        return 'removed';
    return `changed (value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(b)} → ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a)})`;
}
/** A whole environment list added or removed: the variables' names, each value fingerprinted or shown. */
function describeVariables(before, after, options) {
    const named = (list) => new Map((Array.isArray(list) ? list : []).map((e) => [String(e.name), valueOf(e)]));
    const b = named(before);
    const a = named(after);
    const parts = [];
    for (const name of [...new Set([...b.keys(), ...a.keys()])].sort()) {
        const hide = !options.showValues || (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .isSecretName */ .eh)(name);
        if (!a.has(name))
            parts.push(`${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} removed`);
        else if (!b.has(name))
            parts.push(`${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} added (${hide ? `value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a.get(name))}` : (0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.get(name)))})`);
        else if (a.get(name) !== b.get(name))
            parts.push(`${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} changed (${hide ? `value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(b.get(name))} → ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a.get(name))}` : `${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(b.get(name)))} → ${(0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.get(name)))}`})`);
    }
    return parts.join(', ') || '(no variable changed)';
}
function show(value) {
    if (value === undefined)
        return '(none)';
    const safe = Array.isArray(value) && value.every((v) => typeof v === 'string') ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactArgv */ .Qu)(value) : value;
    const text = typeof safe === 'string' ? (0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(safe)) : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)((0,_report_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(safe));
    // Image references: the ECR host is the same on both sides and the digest's head is enough.
    return text
        .replace(/\b\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\//g, '')
        .replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
}


/***/ })

};
