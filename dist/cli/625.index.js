export const id = 625;
export const ids = [625];
export const modules = {

/***/ 6077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ usesAwsvpc),
/* harmony export */   To: () => (/* binding */ foreignTaskDefinitionKeys),
/* harmony export */   b0: () => (/* binding */ networkModeOf),
/* harmony export */   rd: () => (/* binding */ isFargate)
/* harmony export */ });
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/** Facts about where and how a job runs that follow from its settings (launch type, network mode), for checks and rendering. */

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

/***/ 1154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify)
/* harmony export */ });
/** What a stopped task says about the run. */
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


/***/ }),

/***/ 8718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jobScheduleInfo),
/* harmony export */   o: () => (/* binding */ localRuns)
/* harmony export */ });
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6558);

function jobScheduleInfo(job, now, count) {
    const next = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nextRuns */ .Oz)(job.schedule, job.timezone, now, count);
    // A job in a chain runs after the jobs it follows, on the schedule of the chain's first job.
    const after = job.after ? `after ${job.after.join(', ')}` : undefined;
    return {
        name: job.name,
        expression: after ?? job.schedule.expression,
        ...(job.schedule.convertedFrom && !after ? { written: job.schedule.convertedFrom } : {}),
        timezone: job.timezone,
        description: job.description ?? '',
        enabled: job.enabled,
        human: after
            ? `when ${job.after.join(' and ')} succeeded (${(0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSchedule */ .Bg)(job.schedule)} starts the chain)`
            : (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSchedule */ .Bg)(job.schedule),
        nextRuns: next.runs.map((t) => new Date(t).toISOString()),
        nextRunsApproximate: next.approximate,
    };
}
/** Next runs shown on the job's own clock. */
function localRuns(info) {
    return info.nextRuns.map((iso) => `${info.nextRunsApproximate ? '~' : ''}${(0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatInZone */ .FL)(Date.parse(iso), info.timezone)}`);
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jobStatus: () => (/* binding */ jobStatus)
/* harmony export */ });
/* unused harmony exports RUNS_PER_JOB, runRecord */
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3897);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3550);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8994);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(440);
/* harmony import */ var _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8718);
/* harmony import */ var _model_runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1154);
/* harmony import */ var _stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3020);
/**
 * `ecs-batch status`: every job with its schedule in words, enabled or not (as deployed), next
 * runs, and how its last runs went: from the run history log group when the manifest keeps one,
 * else from what ECS still remembers (about an hour of stopped tasks). Reads only.
 */









/** How many recent runs per job, and how many events are read at most. */
const RUNS_PER_JOB = 5;
const MAX_EVENTS = 5000;
const HISTORY_DAYS_READ = 14;
function toDate(v) {
    return typeof v === 'string' || typeof v === 'number'
        ? new Date(typeof v === 'number' && v < 1e12 ? v * 1000 : v)
        : v instanceof Date
            ? v
            : undefined;
}
/** A stopped task (from DescribeTasks, or from a history event's detail) as a run. */
function runRecord(task) {
    const t = task;
    const asTask = {
        ...t,
        createdAt: toDate(t.createdAt),
        startedAt: toDate(t.startedAt),
        stoppedAt: toDate(t.stoppedAt),
    };
    const c = (0,_model_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .classify */ .L)(asTask, false);
    const result = c.status === 'succeeded'
        ? 'succeeded'
        : c.status === 'failed'
            ? 'failed'
            : c.status === 'failed-to-start'
                ? t.stopCode === 'UserInitiated'
                    ? 'stopped'
                    : 'never-started'
                : 'stopped';
    const reason = c.containerReason ?? c.stoppedReason;
    return {
        taskArn: String(t.taskArn ?? ''),
        ...(asTask.startedAt ? { startedAt: asTask.startedAt.toISOString() } : {}),
        ...(asTask.stoppedAt ? { stoppedAt: asTask.stoppedAt.toISOString() } : {}),
        result,
        ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
        ...(reason && result !== 'succeeded' ? { reason } : {}),
        ...(c.durationSeconds !== undefined ? { durationSeconds: Math.round(c.durationSeconds) } : {}),
        manual: typeof t.startedBy === 'string' && t.startedBy.startsWith('ecs-batch/'),
    };
}
/** Runs per job from the history log group (every STOPPED event the history rule kept). */
async function runsFromHistory(clients, manifest, now) {
    const runs = new Map();
    let token;
    let read = 0;
    do {
        let page;
        try {
            page = await clients.logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__/* .FilterLogEventsCommand */ .nsW({
                logGroupName: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .historyLogGroup */ .Op)(manifest.prefix),
                startTime: now - HISTORY_DAYS_READ * 86400_000,
                ...(token ? { nextToken: token } : {}),
            }));
        }
        catch (error) {
            if (error instanceof _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_4__/* .ResourceNotFoundException */ .lBX)
                return runs;
            throw error;
        }
        for (const e of page.events ?? []) {
            read += 1;
            let event;
            try {
                event = JSON.parse(e.message ?? '');
            }
            catch {
                continue;
            }
            const detail = event.detail;
            if (!detail)
                continue;
            const skipped = event.source === 'aws.states' ? skippedRun(manifest, detail) : undefined;
            const owner = skipped
                ? { prefix: manifest.prefix, job: skipped.job }
                : (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobOfTaskGroup */ .N1)(typeof detail.group === 'string' ? detail.group : undefined);
            if (owner?.prefix !== manifest.prefix)
                continue;
            const list = runs.get(owner.job) ?? [];
            // EventBridge may deliver an event more than once: one run per task (or skipped execution).
            if (skipped) {
                if (!list.some((r) => r.executionArn === skipped.run.executionArn))
                    list.push(skipped.run);
            }
            else if (!list.some((r) => r.taskArn === detail.taskArn))
                list.push(runRecord(detail));
            runs.set(owner.job, list);
        }
        token = page.nextToken;
    } while (token && read < MAX_EVENTS);
    return runs;
}
/** A run that concurrency: forbid skipped (its execution's status change), for the job whose state machine it is. */
function skippedRun(manifest, detail) {
    if (detail.status !== 'SUCCEEDED' ||
        detail.output !== JSON.stringify(_stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIPPED_OUTPUT */ .Lx) ||
        typeof detail.stateMachineArn !== 'string')
        return undefined;
    const machine = detail.stateMachineArn.slice(detail.stateMachineArn.lastIndexOf(':') + 1);
    const job = manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === machine);
    if (!job)
        return undefined;
    const at = toDate(detail.stopDate ?? detail.startDate);
    return {
        job: job.name,
        run: {
            taskArn: '',
            executionArn: String(detail.executionArn ?? ''),
            ...(at ? { startedAt: at.toISOString(), stoppedAt: at.toISOString() } : {}),
            result: 'skipped',
            manual: false,
        },
    };
}
/** Runs per job from what ECS still remembers of stopped tasks (about an hour). */
async function runsFromEcs(clients, manifest) {
    const arns = [];
    for await (const page of (0,_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_6__/* .paginateListTasks */ ._rc)({ client: clients.ecs, pageSize: 100 }, { cluster: manifest.cluster, desiredStatus: 'STOPPED' })) {
        arns.push(...(page.taskArns ?? []));
        if (arns.length >= 500)
            break;
    }
    const runs = new Map();
    for (let i = 0; i < arns.length; i += 100) {
        const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_6__/* .DescribeTasksCommand */ .z8X({ cluster: manifest.cluster, tasks: arns.slice(i, i + 100) }));
        for (const task of out.tasks ?? []) {
            const family = task.taskDefinitionArn?.slice(task.taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
            const owner = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobOfTaskGroup */ .N1)(task.group);
            const job = owner?.prefix === manifest.prefix
                ? owner.job
                : manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === family)?.name;
            if (!job)
                continue;
            runs.set(job, [...(runs.get(job) ?? []), runRecord(task)]);
        }
    }
    return runs;
}
/** Which jobs are enabled as deployed: the live schedules' (or rules') state. */
async function liveStates(clients, manifest) {
    const states = new Map();
    if (manifest.backend === 'scheduler') {
        try {
            for await (const page of (0,_aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_7__/* .paginateListSchedules */ .mr)({ client: clients.scheduler, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListSchedules }, { GroupName: manifest.prefix })) {
                for (const s of page.Schedules ?? [])
                    states.set(s.Name, s.State !== 'DISABLED');
            }
        }
        catch (error) {
            if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_7__/* .ResourceNotFoundException */ .lB))
                throw error;
        }
    }
    else {
        let token;
        do {
            const page = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__/* .ListRulesCommand */ .TtM({
                NamePrefix: `${manifest.prefix}-`,
                Limit: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListRules,
                ...(token ? { NextToken: token } : {}),
            }));
            for (const r of page.Rules ?? [])
                states.set(r.Name, r.State !== 'DISABLED');
            token = page.NextToken;
        } while (token);
    }
    return states;
}
const ORDER = {
    failed: 0,
    'never-started': 0,
    stopped: 1,
    skipped: 1,
    succeeded: 2,
    none: 3,
};
async function jobStatus(clients, manifest, now, nextCount = 3) {
    const [states, runs, region] = await Promise.all([
        liveStates(clients, manifest),
        manifest.history ? runsFromHistory(clients, manifest, now) : runsFromEcs(clients, manifest),
        clients.region(),
    ]);
    const jobs = manifest.jobs.map((job) => {
        const info = (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .jobScheduleInfo */ .R)(job, now, nextCount);
        const live = states.get((0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, job.name));
        const lastRuns = (runs.get(job.name) ?? [])
            .sort((a, b) => String(b.stoppedAt ?? '').localeCompare(String(a.stoppedAt ?? '')))
            .slice(0, RUNS_PER_JOB);
        return {
            job: job.name,
            description: job.description ?? '',
            schedule: { expression: info.expression, human: info.human, timezone: info.timezone },
            enabled: live ?? job.enabled,
            deployed: live !== undefined,
            nextRuns: live === false ? [] : info.nextRuns,
            nextRunsLocal: live === false ? [] : (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .localRuns */ .o)(info),
            lastRuns,
        };
    });
    // Jobs that failed last time first; the manifest's order otherwise.
    const rank = (j) => ORDER[j.lastRuns[0]?.result ?? 'none'];
    const ordered = jobs
        .map((j, i) => ({ j, i }))
        .sort((a, b) => rank(a.j) - rank(b.j) || a.i - b.i)
        .map((x) => x.j);
    return {
        prefix: manifest.prefix,
        region,
        cluster: manifest.cluster,
        source: manifest.history ? 'history' : 'ecs',
        generatedAt: new Date(now).toISOString(),
        jobs: ordered,
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


/***/ }),

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ RUN_TASK_TARGET),
/* harmony export */   JU: () => (/* binding */ isCluster),
/* harmony export */   Lw: () => (/* binding */ NEW_REVISION),
/* harmony export */   OU: () => (/* binding */ scheduledRunTask),
/* harmony export */   ZX: () => (/* binding */ runTaskOfEcsParameters),
/* harmony export */   dY: () => (/* binding */ runTaskInput),
/* harmony export */   l_: () => (/* binding */ overridesIn),
/* harmony export */   uH: () => (/* binding */ ecsParameters)
/* harmony export */ });
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6077);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3037);



/** Stands for the task definition revision a deploy registers, until apply knows its ARN. */
const NEW_REVISION = '(new revision)';
/**
 * The ECS parameters both backends send (their shapes match member for member). The task
 * definition's tags (ownership, job) reach each task through PropagateTags.
 */
function ecsParameters(job, taskDefinitionArn, prefix) {
    return {
        TaskDefinitionArn: taskDefinitionArn,
        TaskCount: 1,
        // Every run says which job it is (alerts and history match on it).
        Group: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .taskGroup */ .lB)(prefix, job.name, job.alerts),
        ...(job.capacityProviderStrategy
            ? {
                CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({
                    capacityProvider: p.capacityProvider,
                    ...(p.weight !== undefined ? { weight: p.weight } : {}),
                    ...(p.base !== undefined ? { base: p.base } : {}),
                })),
            }
            : { LaunchType: job.launchType ?? 'FARGATE' }),
        ...(job.platformVersion && (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_0__/* .isFargate */ .rd)(job) ? { PlatformVersion: job.platformVersion } : {}),
        ...((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_0__/* .usesAwsvpc */ .B)(job) && job.network
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
        ...(0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .pascalKeys */ .N)(ecs),
        Overrides: (0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .pascalKeys */ .N)(overrides),
    });
}
/** A target Input read as RunTask overrides, when it is JSON with containerOverrides. */
function overridesIn(input) {
    try {
        const parsed = JSON.parse(input ?? '');
        return parsed && typeof parsed === 'object' && Array.isArray(parsed.containerOverrides) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Whether a cluster reference (an ARN, or a name as RunTask also takes) is this cluster. */
function isCluster(ref, clusterArn) {
    return ref !== undefined && (ref === clusterArn || ref === clusterArn.slice(clusterArn.lastIndexOf('/') + 1));
}
/**
 * The ECS task a schedule's target runs, whichever way it is written: the templated ECS target
 * (its cluster is the target's Arn), or the universal RunTask target (the request in its Input,
 * PascalCase). The request comes back in the ECS API's spelling. Undefined for other targets.
 */
function scheduledRunTask(target) {
    if (!target?.Arn)
        return undefined;
    if (target.Arn === RUN_TASK_TARGET) {
        try {
            const request = (0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .camelKeys */ .R)(JSON.parse(target.Input ?? ''));
            return typeof request.cluster === 'string' ? { cluster: request.cluster, request } : undefined;
        }
        catch {
            return undefined;
        }
    }
    if (!target.EcsParameters)
        return undefined;
    // A templated target's Input holding containerOverrides is read as them: what its author meant.
    const overrides = overridesIn(target.Input);
    return {
        cluster: target.Arn,
        request: { ...runTaskOfEcsParameters(target.Arn, target.EcsParameters), ...(overrides ? { overrides } : {}) },
    };
}
/**
 * RunTask's request for a templated ECS target (Scheduler and EventBridge name the members alike; RunTask spells the
 * network differently).
 */
function runTaskOfEcsParameters(cluster, ecs) {
    const vpc = ecs.NetworkConfiguration?.awsvpcConfiguration;
    return {
        cluster,
        taskDefinition: ecs.TaskDefinitionArn,
        count: ecs.TaskCount ?? 1,
        ...(ecs.CapacityProviderStrategy?.length
            ? { capacityProviderStrategy: ecs.CapacityProviderStrategy }
            : ecs.LaunchType
                ? { launchType: ecs.LaunchType }
                : {}),
        ...(ecs.PlatformVersion ? { platformVersion: ecs.PlatformVersion } : {}),
        ...(vpc
            ? {
                networkConfiguration: {
                    awsvpcConfiguration: {
                        subnets: vpc.Subnets,
                        ...(vpc.SecurityGroups ? { securityGroups: vpc.SecurityGroups } : {}),
                        ...(vpc.AssignPublicIp ? { assignPublicIp: vpc.AssignPublicIp } : {}),
                    },
                },
            }
            : {}),
        // Same member names (type, expression, field) in Scheduler, EventBridge and RunTask.
        ...(ecs.PlacementConstraints?.length
            ? { placementConstraints: ecs.PlacementConstraints }
            : {}),
        ...(ecs.PlacementStrategy?.length
            ? { placementStrategy: ecs.PlacementStrategy }
            : {}),
        ...(ecs.Group ? { group: ecs.Group } : {}),
        ...(ecs.PropagateTags ? { propagateTags: ecs.PropagateTags } : {}),
        ...(ecs.EnableECSManagedTags !== undefined ? { enableECSManagedTags: ecs.EnableECSManagedTags } : {}),
        ...(ecs.EnableExecuteCommand !== undefined ? { enableExecuteCommand: ecs.EnableExecuteCommand } : {}),
        ...(ecs.ReferenceId ? { referenceId: ecs.ReferenceId } : {}),
    };
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


/***/ })

};
