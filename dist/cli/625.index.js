export const id = 625;
export const ids = [625];
export const modules = {

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
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3897);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3550);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8994);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(440);
/* harmony import */ var _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8718);
/* harmony import */ var _model_runs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1154);
/* harmony import */ var _stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3020);
/* harmony import */ var _taskdef_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5910);
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
    const c = (0,_model_runs_js__WEBPACK_IMPORTED_MODULE_4__/* .classify */ .L)(asTask, false);
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
/**
 * Whether a task ran one of the job's task definitions: its own family, or (shared task definitions) one of the
 * project's shared families. Anyone who may run tasks can give one the group `ecs-batch:<prefix>:<job>`.
 */
function runsOwnFamily(manifest, job, taskDefinitionArn) {
    if (typeof taskDefinitionArn !== 'string')
        return false;
    const family = taskDefinitionArn.slice(taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
    if (family === (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, job))
        return true;
    return manifest.taskDefinitions === 'shared' && (0,_taskdef_shared_js__WEBPACK_IMPORTED_MODULE_3__/* .isSharedFamily */ .U5)(manifest.prefix, family);
}
/** Runs per job from the history log group (every STOPPED event the history rule kept). */
async function runsFromHistory(clients, manifest, now) {
    const runs = new Map();
    let token;
    let read = 0;
    do {
        let page;
        try {
            page = await clients.logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__/* .FilterLogEventsCommand */ .nsW({
                logGroupName: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .historyLogGroup */ .Op)(manifest.prefix),
                startTime: now - HISTORY_DAYS_READ * 86400_000,
                ...(token ? { nextToken: token } : {}),
            }));
        }
        catch (error) {
            if (error instanceof _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__/* .ResourceNotFoundException */ .lBX)
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
            // A task group anyone can set: only a task of the job's own family counts as its run.
            if (!skipped && !runsOwnFamily(manifest, owner.job, detail.taskDefinitionArn))
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
    for await (const page of (0,_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_7__/* .paginateListTasks */ ._rc)({ client: clients.ecs, pageSize: 100 }, { cluster: manifest.cluster, desiredStatus: 'STOPPED' })) {
        arns.push(...(page.taskArns ?? []));
        if (arns.length >= 500)
            break;
    }
    const runs = new Map();
    for (let i = 0; i < arns.length; i += 100) {
        const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_7__/* .DescribeTasksCommand */ .z8X({ cluster: manifest.cluster, tasks: arns.slice(i, i + 100) }));
        for (const task of out.tasks ?? []) {
            const family = task.taskDefinitionArn?.slice(task.taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
            const owner = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobOfTaskGroup */ .N1)(task.group);
            const job = owner?.prefix === manifest.prefix
                ? owner.job
                : manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_5__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === family)?.name;
            if (!job || !runsOwnFamily(manifest, job, task.taskDefinitionArn))
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
            for await (const page of (0,_aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .paginateListSchedules */ .mr)({ client: clients.scheduler, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListSchedules }, { GroupName: manifest.prefix })) {
                for (const s of page.Schedules ?? [])
                    states.set(s.Name, s.State !== 'DISABLED');
            }
        }
        catch (error) {
            if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_8__/* .ResourceNotFoundException */ .lB))
                throw error;
        }
    }
    else {
        let token;
        do {
            const page = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_9__/* .ListRulesCommand */ .TtM({
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


/***/ })

};
