export const id = 339;
export const ids = [339];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ siblingArn),
/* harmony export */   QO: () => (/* binding */ secretReference),
/* harmony export */   w4: () => (/* binding */ stateMachineArn)
/* harmony export */ });
/** ARNs of resources in the same account and partition as one we know (the cluster). */
function siblingArn(knownArn, service, region, resource) {
    const account = /:(\d{12}):/.exec(knownArn)?.[1] ?? '000000000000';
    const partition = /^arn:(aws[a-z-]*):/.exec(knownArn)?.[1] ?? 'aws';
    return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}
function stateMachineArn(clusterArn, region, name) {
    return siblingArn(clusterArn, 'states', region, `stateMachine:${name}`);
}
/**
 * Where a task definition's secret reference (`valueFrom`) points, as pre-flight checks it and the plan policy allows
 * it: a Secrets Manager secret (its ARN without a JSON key, stage or version), or an SSM parameter by name. `local` is
 * false for another region's or account's, which the task reads in its own right and a plan cannot check.
 */
function secretReference(ref, where) {
    const parts = ref.split(':');
    const local = !ref.startsWith('arn:') || (parts[3] === where.region && parts[4] === where.account);
    if (ref.includes(':secretsmanager:'))
        return { kind: 'secret', id: parts.slice(0, 7).join(':'), local };
    const arn = /^arn:aws[a-z-]*:ssm:[^:]*:\d{12}:parameter(\/.*)$/.exec(ref);
    if (arn)
        return { kind: 'parameter', name: arn[1].slice(1).includes('/') ? arn[1] : arn[1].slice(1), local };
    return ref.startsWith('arn:') ? undefined : { kind: 'parameter', name: ref, local };
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

/***/ 8379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LogFollower)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3897);
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
                out = await this.clients.logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__/* .GetLogEventsCommand */ .h7S({
                    logGroupName: this.group,
                    logStreamName: this.stream,
                    startFromHead: true,
                    ...(this.token ? { nextToken: this.token } : {}),
                }));
            }
            catch (error) {
                // The stream appears when the container starts; until then there is nothing to read.
                if (error instanceof _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_0__/* .ResourceNotFoundException */ .lBX)
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


/***/ }),

/***/ 6339:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* reexport */ runs/* classify */.L),
  findJob: () => (/* binding */ findJob),
  runJob: () => (/* binding */ runJob),
  startedByFor: () => (/* binding */ startedByFor)
});

// UNUSED EXPORTS: MANUAL_RUN_TAG

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./aws/console.ts
var console = __webpack_require__(4035);
// EXTERNAL MODULE: ./util/errors.ts
var errors = __webpack_require__(7702);
// EXTERNAL MODULE: ./util/inputs.ts
var inputs = __webpack_require__(9820);
// EXTERNAL MODULE: ./util/suggest.ts
var suggest = __webpack_require__(563);
// EXTERNAL MODULE: ./run/logs.ts
var logs = __webpack_require__(8379);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(3550);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./taskdef/shared.ts
var shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
;// CONCATENATED MODULE: ./run/settings.ts
/**
 * How a job runs when its schedule fires, read from the live schedule (or rule), so a manual run
 * uses exactly the same cluster, revision, network and capacity settings.
 */








const startsStateMachine = (arn) => arn?.includes(':states:') === true;
async function fromSchedule(clients, manifest, name) {
    try {
        const schedule = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: manifest.prefix }));
        if (startsStateMachine(schedule.Target?.Arn))
            return 'state machine';
        // A templated ECS target, or (shared task definitions) a universal one whose Input is the request itself.
        return (0,ecs/* scheduledRunTask */.OU)(schedule.Target)?.request;
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
        const target = out.Targets?.find((t) => t.Id === schedule/* RULE_TARGET_ID */.ry);
        if (startsStateMachine(target?.Arn))
            return 'state machine';
        if (!target?.EcsParameters || !target.Arn)
            return undefined;
        // A rule's Input is the task's overrides (the job's command and environment, with shared task definitions).
        return {
            ...(0,ecs/* runTaskOfEcsParameters */.ZX)(target.Arn, target.EcsParameters),
            ...(target.Input ? { overrides: JSON.parse(target.Input) } : {}),
        };
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
    return (0,ecs/* runTaskOfEcsParameters */.ZX)(manifest.cluster, (0,ecs/* ecsParameters */.uH)(job, arn, manifest.prefix));
}
async function runSettings(clients, manifest, job) {
    const name = (0,names/* jobResourceName */.ln)(manifest.prefix, job.name);
    const notes = [];
    if (!job.enabled)
        notes.push(`job '${job.name}' is disabled in the manifest (its schedule does not fire); running it by hand anyway`);
    const what = manifest.backend === 'rules' ? 'rule' : 'schedule';
    // A job that runs after others has no schedule (or rule) of its own to read.
    const live = job.after?.length
        ? undefined
        : manifest.backend === 'rules'
            ? await fromRule(clients, name)
            : await fromSchedule(clients, manifest, name);
    if (live && live !== 'state machine')
        return { request: live, source: what, notes };
    const family = manifest.taskDefinitions === 'shared'
        ? (0,shared/* sharedTaskDefinition */.q6)(job, { prefix: manifest.prefix, region: await clients.region(), image: '' }).family
        : name;
    const using = `using the manifest's settings and the latest ACTIVE revision of ${family}`;
    notes.push(job.after?.length
        ? `job '${job.name}' runs after ${job.after.join(', ')} and has no ${what} of its own: ${using}`
        : live === 'state machine'
            ? `the ${what} ${name} starts the job's state machine; running just this job: ${using}`
            : `no live ${what} ${name}: ${using}`);
    const request = await fromManifest(clients, manifest, job, family);
    return {
        request: manifest.taskDefinitions === 'shared' ? { ...request, overrides: (0,shared/* jobOverrides */.z5)(job) } : request,
        source: 'manifest',
        notes,
    };
}

// EXTERNAL MODULE: ./model/runs.ts
var runs = __webpack_require__(1154);
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
        return (`the awslogs group ${result.logGroup ?? ''} does not exist, so the container could not ` +
            `start: \`ecs-batch deploy\` creates it (or create it yourself)`);
    }
    if (/CannotPullContainerError/i.test(reason)) {
        // Where the pull goes out from depends on the network mode: the task's own interface (awsvpc), or the host's.
        return result.networkMode === 'awsvpc'
            ? 'the image could not be pulled: check it exists in ECR, that the execution role may pull it, ' +
                'and that the subnets reach ECR (NAT gateway, VPC endpoints, or assignPublicIp: ENABLED)'
            : `the image could not be pulled: check it exists in ECR, that the container instances' role ` +
                '(or the execution role) may pull it, and that the instances reach ECR ' +
                `(${result.networkMode ?? 'bridge'} networking pulls from the host)`;
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
const sleep = (seconds) => new Promise((r) => setTimeout(r, seconds * 1000));
async function runJob(clients, manifest, job, options) {
    const settings = await runSettings(clients, manifest, job);
    for (const note of settings.notes)
        options.onNote?.(note);
    const taskDefinitionArn = settings.request.taskDefinition;
    const { taskDefinition } = await clients.ecs.send(new dist_cjs/* DescribeTaskDefinitionCommand */.Zy$({ taskDefinition: taskDefinitionArn }));
    const containers = taskDefinition?.containerDefinitions ?? [];
    const main = containers.find((c) => c.name === job.containerName) ??
        containers.find((c) => c.essential !== false) ??
        containers[0];
    if (!main?.name)
        throw new errors/* OperationError */.O(`task definition ${taskDefinitionArn} has no container to run`);
    const log = main.logConfiguration?.logDriver === 'awslogs' ? main.logConfiguration.options : undefined;
    // The schedule's own overrides (shared task definitions) are the starting point; --command and --env go on top, and
    // the scheduled time is this run's (the schedule's holds Scheduler's placeholder).
    const scheduled = settings.request.overrides;
    const ownOverride = scheduled?.containerOverrides?.find((c) => c.name === main.name);
    const given = options.environment ?? {};
    const environment = [
        ...(ownOverride?.environment ?? []).filter((e) => !Object.hasOwn(given, String(e.name)) && e.name !== names/* SCHEDULED_TIME_VARIABLE */.D9),
        ...Object.entries(given).map(([name, value]) => ({ name, value })),
        { name: names/* SCHEDULED_TIME_VARIABLE */.D9, value: options.scheduledTime ?? new Date().toISOString() },
    ];
    const overrides = {
        ...scheduled,
        containerOverrides: [
            ...(scheduled?.containerOverrides ?? []).filter((c) => c !== ownOverride),
            {
                ...ownOverride,
                name: main.name,
                ...(options.command ? { command: options.command } : {}),
                environment,
            },
        ],
    };
    const run = await clients.ecs.send(new dist_cjs/* RunTaskCommand */._eD({
        ...settings.request,
        startedBy: options.startedBy,
        overrides,
        tags: [MANUAL_RUN_TAG],
    }));
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
        const result = {
            ...base,
            status: 'not-started',
            stoppedReason: [failure?.reason, failure?.detail].filter(Boolean).join(': ') || 'RunTask started no task',
        };
        return { ...result, ...withHint(result) };
    }
    const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
    const logGroup = log?.['awslogs-group'];
    const logStream = log && logGroup
        ? `${log['awslogs-stream-prefix'] ? `${log['awslogs-stream-prefix']}/` : ''}${main.name}/${taskId}`
        : undefined;
    const region = await clients.region();
    const located = {
        ...base,
        taskArn: task.taskArn,
        ...(logGroup ? { logGroup } : {}),
        ...(logStream ? { logStream, logUrl: (0,console/* logGroupConsoleUrl */.s)(region, logGroup, logStream) } : {}),
    };
    if (!options.wait)
        return located;
    const poll = options.pollSeconds ?? { status: 6, logs: 2 };
    const follower = logGroup && logStream ? new logs/* LogFollower */.p(clients, logGroup, logStream) : undefined;
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
    const waitFor = (seconds) => (0,dist_cjs/* waitUntilTasksStopped */.ttI)({
        client: clients.ecs,
        maxWaitTime: seconds,
        minDelay: poll.status,
        maxDelay: Math.max(poll.status, Math.min(15, poll.status * 4)),
    }, { cluster: settings.request.cluster, tasks: [taskArn] });
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
        await clients.ecs.send(new dist_cjs/* StopTaskCommand */.PP1({
            cluster: settings.request.cluster,
            task: task.taskArn,
            reason: `ecs-batch: timed out after ${options.timeoutSeconds}s`,
        }));
        await waitFor(Math.max(120, poll.status * 2));
    }
    stopped = true;
    await streaming;
    // The last lines may land after the task stops: one final read drains them.
    if (follower)
        emit(await follower.poll());
    const described = await clients.ecs.send(new dist_cjs/* DescribeTasksCommand */.z8X({ cluster: settings.request.cluster, tasks: [task.taskArn] }));
    const final = described.tasks?.[0] ?? task;
    const result = { ...located, ...(0,runs/* classify */.L)(final, timedOut), logLines: lines };
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


/***/ }),

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ normalizeRuleTarget),
/* harmony export */   J4: () => (/* binding */ ruleInput),
/* harmony export */   YE: () => (/* binding */ normalizeRule),
/* harmony export */   i$: () => (/* binding */ ruleTarget),
/* harmony export */   nP: () => (/* binding */ normalizeSchedule),
/* harmony export */   ry: () => (/* binding */ RULE_TARGET_ID),
/* harmony export */   ye: () => (/* binding */ scheduleInput)
/* harmony export */ });
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3918);
/* harmony import */ var _ecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5428);




/** The id of the one target ecs-batch puts on each of its rules. */
const RULE_TARGET_ID = 'ecs-batch';
function retryPolicy(job) {
    return {
        MaximumRetryAttempts: job.retryPolicy?.maximumRetryAttempts ?? _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumRetryAttempts,
        MaximumEventAgeInSeconds: job.retryPolicy?.maximumEventAgeInSeconds ?? _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumEventAgeInSeconds,
    };
}
/**
 * A schedule's target for a job: the universal RunTask target (its Input is the request, overrides and the scheduled
 * time included; the templated ECS target has no field for overrides), or a state machine.
 */
function scheduleTarget(job, prefix, target) {
    const common = {
        RoleArn: job.schedulerRoleArn,
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
    if (target.kind === 'state-machine')
        return { Arn: target.arn, ...common, Input: STATE_MACHINE_INPUT };
    return {
        Arn: _ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_TASK_TARGET */ .EY,
        ...common,
        Input: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .runTaskInput */ .dY)(job, prefix, target.clusterArn, target.taskDefinitionArn, target.overrides),
    };
}
/** A state machine target: StartExecution with the time the schedule was due (the definition holds the rest). */
const STATE_MACHINE_INPUT = JSON.stringify({ scheduledTime: _ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULER_SCHEDULED_TIME */ .iX });
/** The same for a rule: the scheduled event's `time`. */
const RULE_STATE_MACHINE_INPUT = { InputPathsMap: { time: '$.time' }, InputTemplate: '{"scheduledTime":<time>}' };
function scheduleInput(job, prefix, target) {
    const window = job.flexibleTimeWindowMinutes;
    return {
        Name: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job.name),
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
        Name: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job.name),
        ScheduleExpression: job.schedule.expression,
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        ...(job.description ? { Description: job.description } : {}),
        Tags: [
            { Key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX, Value: prefix },
            { Key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2, Value: job.name },
        ],
    };
}
function ruleTarget(job, prefix, target) {
    return {
        Id: RULE_TARGET_ID,
        Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
        RoleArn: job.schedulerRoleArn,
        // A rule's ECS target reads its input as the task's overrides (documented for EventBridge ECS targets): made by an
        // InputTransformer, so the scheduled event's time reaches the job.
        ...(target.kind === 'ecs'
            ? {
                EcsParameters: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ecsParameters */ .uH)(job, target.taskDefinitionArn, prefix),
                InputTransformer: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleRunTaskInput */ .Xw)(job, target.overrides),
            }
            : { InputTransformer: RULE_STATE_MACHINE_INPUT }),
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
}
/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
function normalizeSchedule(s) {
    const target = s.Target;
    const ecs = target?.EcsParameters;
    const iso = (d) => (d ? new Date(d).toISOString() : undefined);
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
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
            RetryPolicy: target.RetryPolicy ?? {
                MaximumRetryAttempts: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumRetryAttempts,
                MaximumEventAgeInSeconds: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumEventAgeInSeconds,
            },
            DeadLetterConfig: target.DeadLetterConfig,
            Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .structuredInput */ .k_)(target.Input),
            EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
        },
    });
}
/** A rule target with EventBridge's defaults filled in. */
function normalizeRuleTarget(t) {
    if (!t)
        return undefined;
    const ecs = t.EcsParameters;
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ...t,
        Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .structuredInput */ .k_)(t.Input),
        EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
    });
}
function normalizeRule(r) {
    return (r &&
        (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({ ScheduleExpression: r.ScheduleExpression, State: r.State ?? 'ENABLED', Description: r.Description }));
}


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ renderTaskDefinition)
/* harmony export */ });
/* unused harmony export taskDefinitionTags */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2764);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6077);




function byName(items) {
    return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/** The task definition tags: ownership first, then the job's own. */
function taskDefinitionTags(job, prefix) {
    const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
    return [
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX, value: prefix },
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .JOB_TAG */ .z2, value: job.name },
        ...own.sort((a, b) => a.key.localeCompare(b.key)),
    ];
}
function renderTaskDefinition(job, ctx) {
    // Keys RegisterTaskDefinition does not take are dropped (validation says so, with the line).
    const base = Object.fromEntries(Object.entries(job.baseTaskDefinition ?? {}).filter(([k]) => _aws_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .TASK_DEFINITION_FIELDS */ .G.has(k)));
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
    const compatibility = job.launchType ?? ((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .isFargate */ .rd)(job) ? 'FARGATE' : 'EC2');
    return {
        ...base,
        family: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .jobResourceName */ .ln)(ctx.prefix, job.name),
        ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
        ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
        networkMode: (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_2__/* .networkModeOf */ .b0)(job),
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
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7649);
/* harmony import */ var _aws_arn_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8733);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3918);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8327);





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
    const rendered = (0,_render_js__WEBPACK_IMPORTED_MODULE_3__/* .renderTaskDefinition */ .P9)(shape, ctx);
    const tags = (rendered.tags ?? []).filter((t) => t.key !== _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2);
    const key = (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ...rendered,
        family: undefined,
        tags,
        containerDefinitions: rendered.containerDefinitions?.map((c) => ({
            ...c,
            image: c.name === job.containerName ? undefined : c.image,
        })),
    });
    const hash = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)(JSON.stringify(key), 8);
    const family = `${ctx.prefix}-shared-${rendered.cpu ?? 'x'}-${rendered.memory ?? 'x'}-${hash}`;
    return { family, input: { ...rendered, family, tags } };
}
/** A family name sharedTaskDefinition gives (its shape's), as opposed to a job's own. */
function isSharedFamily(prefix, family) {
    return (family.startsWith(`${prefix}-shared-`) && /-(?:\d+|x)-(?:\d+|x)-[0-9a-f]{8}$/.test(family.slice(prefix.length)));
}
/** A family's ARN without a revision: RunTask then starts its latest ACTIVE revision. */
function familyArn(clusterArn, region, family) {
    return (0,_aws_arn_js__WEBPACK_IMPORTED_MODULE_4__/* .siblingArn */ .OS)(clusterArn, 'ecs', region, `task-definition/${family}`);
}


/***/ })

};
