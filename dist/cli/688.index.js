export const id = 688;
export const ids = [688,910];
export const modules = {

/***/ 8733:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ siblingArn),
/* harmony export */   w: () => (/* binding */ stateMachineArn)
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


/***/ }),

/***/ 8718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jobScheduleInfo),
/* harmony export */   o: () => (/* binding */ localRuns)
/* harmony export */ });
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7835);

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

/***/ 2688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jobStatus: () => (/* binding */ jobStatus)
});

// UNUSED EXPORTS: RUNS_PER_JOB, runRecord

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-eventbridge/dist-cjs/index.js
var client_eventbridge_dist_cjs = __webpack_require__(3550);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-scheduler/dist-cjs/index.js
var client_scheduler_dist_cjs = __webpack_require__(8994);
// EXTERNAL MODULE: ./aws/limits.ts
var limits = __webpack_require__(2764);
// EXTERNAL MODULE: ./manifest/names.ts
var manifest_names = __webpack_require__(440);
// EXTERNAL MODULE: ./model/schedule-info.ts
var schedule_info = __webpack_require__(8718);
// EXTERNAL MODULE: ./schedule/index.ts + 7 modules
var schedule_0 = __webpack_require__(7835);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(3897);
// EXTERNAL MODULE: ./model/runs.ts
var runs = __webpack_require__(1154);
// EXTERNAL MODULE: ./stepfunctions/asl.ts
var asl = __webpack_require__(3020);
// EXTERNAL MODULE: ./taskdef/shared.ts
var shared = __webpack_require__(5910);
;// CONCATENATED MODULE: ./status/history.ts
/**
 * The last runs of every job from the run history log group, newest first, at any history size. FilterLogEvents
 * returns a time range oldest first, so the history is read in windows walking back from now (each read whole), and
 * once only a few jobs still lack runs, the older windows are read for those jobs alone (a filter pattern naming
 * them). The reads are bounded; a job whose runs the bound cut off says so.
 */






/** How many recent runs per job are shown. */
const RUNS_PER_JOB = 5;
/** How far back the history is read. */
const HISTORY_DAYS_READ = 14;
/** FilterLogEvents calls one status makes at the most (CloudWatch Logs allows about 5 a second per account). */
const HISTORY_CALLS_MAX = 100;
/** The first window; each later one is four times longer while windows stay small. */
const FIRST_WINDOW_MS = 15 * 60_000;
/** Past this many events, a window does not grow: the next one is as long. */
const WINDOW_EVENTS_TARGET = 5_000;
/** Events one unfiltered call returns, until calls show otherwise (a page is 1 MB; a history event about 1.5 KB). */
const EVENTS_PER_CALL_GUESS = 700;
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
    const c = (0,runs/* classify */.L)(asTask, false);
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
    if (family === (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, job))
        return true;
    return manifest.taskDefinitions === 'shared' && (0,shared/* isSharedFamily */.U5)(manifest.prefix, family);
}
/** A run that concurrency: forbid skipped (its execution's status change), for the job whose state machine it is. */
function skippedRun(manifest, detail) {
    if (detail.status !== 'SUCCEEDED' ||
        detail.output !== JSON.stringify(asl/* SKIPPED_OUTPUT */.Lx) ||
        typeof detail.stateMachineArn !== 'string')
        return undefined;
    const machine = detail.stateMachineArn.slice(detail.stateMachineArn.lastIndexOf(':') + 1);
    const job = manifest.jobs.find((j) => (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, j.name) === machine);
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
/** The job and run one history event records, when it is one of this manifest's. */
function runOfEvent(manifest, message) {
    let event;
    try {
        event = JSON.parse(message ?? '');
    }
    catch {
        return undefined;
    }
    const detail = event.detail;
    if (!detail)
        return undefined;
    const skipped = event.source === 'aws.states' ? skippedRun(manifest, detail) : undefined;
    if (skipped)
        return skipped;
    const owner = (0,manifest_names/* jobOfTaskGroup */.N1)(typeof detail.group === 'string' ? detail.group : undefined);
    if (owner?.prefix !== manifest.prefix)
        return undefined;
    // A task group anyone can set: only a task of the job's own family counts as its run.
    if (!runsOwnFamily(manifest, owner.job, detail.taskDefinitionArn))
        return undefined;
    return { job: owner.job, run: runRecord(detail) };
}
/**
 * Filter patterns (each within FilterLogEvents' length) that keep the events of these jobs: any of their task groups
 * (`…:<prefix>:<job>`) or their state machine (skipped runs). A term may match more (job-1 is in job-10): each event
 * is still checked exactly. Job names are letters, digits, - and _: nothing in them needs escaping in a quoted term.
 */
function jobPatterns(prefix, jobs) {
    const patterns = [];
    let current = '';
    for (const job of jobs) {
        const terms = `?":${prefix}:${job}" ?"stateMachine:${(0,manifest_names/* jobResourceName */.ln)(prefix, job)}"`;
        if (current && current.length + 1 + terms.length > limits/* FILTER_PATTERN_MAX */.dx) {
            patterns.push(current);
            current = '';
        }
        current = current ? `${current} ${terms}` : terms;
    }
    if (current)
        patterns.push(current);
    return patterns;
}
/** Newest first, one entry per task (or skipped execution): EventBridge may deliver an event more than once. */
function addRun(list, run) {
    const same = (r) => (run.taskArn ? r.taskArn === run.taskArn : r.executionArn === run.executionArn);
    if (!list.some(same))
        list.push(run);
}
const newestFirst = (a, b) => String(b.stoppedAt ?? '').localeCompare(String(a.stoppedAt ?? ''));
async function runsFromHistory(clients, manifest, now) {
    const oldest = now - HISTORY_DAYS_READ * 86_400_000;
    const found = new Map();
    const result = { runs: new Map(), cut: new Map(), calls: 0, events: 0 };
    const lacking = () => manifest.jobs.map((j) => j.name).filter((job) => (found.get(job)?.length ?? 0) < RUNS_PER_JOB);
    const finish = () => {
        for (const [job, list] of found)
            result.runs.set(job, list.sort(newestFirst).slice(0, RUNS_PER_JOB));
        return result;
    };
    /** Reads [start, end) whole with one pattern: its runs, or undefined when the call bound stopped it first. */
    const readWindow = async (start, end, pattern) => {
        const runs = [];
        let token;
        do {
            if (result.calls >= HISTORY_CALLS_MAX)
                return undefined;
            result.calls++;
            const page = await clients.logs.send(new client_cloudwatch_logs_dist_cjs/* FilterLogEventsCommand */.nsW({
                logGroupName: (0,manifest_names/* historyLogGroup */.Op)(manifest.prefix),
                startTime: start,
                endTime: end - 1,
                ...(pattern ? { filterPattern: pattern } : {}),
                ...(token ? { nextToken: token } : {}),
            }));
            for (const e of page.events ?? []) {
                result.events++;
                const owned = runOfEvent(manifest, e.message);
                if (owned)
                    runs.push(owned);
            }
            token = page.nextToken;
        } while (token);
        return runs;
    };
    let end = now + 1;
    let span = FIRST_WINDOW_MS;
    // What the reads have shown: all events per ms of history and per call (unfiltered reads), and the ms read.
    const seen = { events: 0, ms: 0, calls: 0, read: 0 };
    try {
        for (let jobs = lacking(); jobs.length && end > oldest; jobs = lacking()) {
            const start = Math.max(oldest, end - span);
            const patterns = jobPatterns(manifest.prefix, jobs);
            // The cheaper read of this window: whole (its events, by the history's density), or for the lacking jobs alone
            // (a call per pattern, plus their own runs, by their density so far). The first window is read whole.
            const perCall = seen.calls ? Math.max(1, seen.events / seen.calls) : EVENTS_PER_CALL_GUESS;
            const lackingRuns = jobs.reduce((n, job) => n + (found.get(job)?.length ?? 0), 0);
            const wholeCost = seen.ms ? Math.max(1, ((seen.events / seen.ms) * (end - start)) / perCall) : 0;
            const aloneCost = patterns.length * Math.max(1, ((lackingRuns / Math.max(1, seen.read)) * (end - start)) / perCall);
            const alone = seen.ms > 0 && aloneCost < wholeCost;
            const before = { events: result.events, calls: result.calls };
            const windowRuns = [];
            for (const pattern of alone ? patterns : [undefined]) {
                const runs = await readWindow(start, end, pattern);
                if (!runs) {
                    // A window read in part holds its oldest runs, not its newest: none of it counts. The jobs still lacking
                    // runs were read back to `end`.
                    for (const job of jobs)
                        result.cut.set(job, end);
                    return finish();
                }
                windowRuns.push(...runs);
            }
            if (!alone) {
                seen.events += result.events - before.events;
                seen.calls += result.calls - before.calls;
                seen.ms += end - start;
            }
            seen.read += end - start;
            for (const { job, run } of windowRuns) {
                const list = found.get(job) ?? [];
                addRun(list, run);
                found.set(job, list);
            }
            if (alone || result.events - before.events < WINDOW_EVENTS_TARGET)
                span *= 4;
            end = start;
        }
    }
    catch (error) {
        if (error instanceof client_cloudwatch_logs_dist_cjs/* ResourceNotFoundException */.lBX)
            return finish();
        throw error;
    }
    return finish();
}

;// CONCATENATED MODULE: ./status/status.ts
/**
 * `ecs-batch status`: every job with its schedule in words, enabled or not (as deployed), next
 * runs, and how its last runs went: from the run history log group when the manifest keeps one,
 * else from what ECS still remembers (about an hour of stopped tasks). Reads only.
 */










/** Runs per job from what ECS still remembers of stopped tasks (about an hour). */
async function runsFromEcs(clients, manifest) {
    const arns = [];
    for await (const page of (0,dist_cjs/* paginateListTasks */._rc)({ client: clients.ecs, pageSize: 100 }, { cluster: manifest.cluster, desiredStatus: 'STOPPED' })) {
        arns.push(...(page.taskArns ?? []));
        if (arns.length >= 500)
            break;
    }
    const runs = new Map();
    for (let i = 0; i < arns.length; i += 100) {
        const out = await clients.ecs.send(new dist_cjs/* DescribeTasksCommand */.z8X({ cluster: manifest.cluster, tasks: arns.slice(i, i + 100) }));
        for (const task of out.tasks ?? []) {
            const family = task.taskDefinitionArn?.slice(task.taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
            const owner = (0,manifest_names/* jobOfTaskGroup */.N1)(task.group);
            const job = owner?.prefix === manifest.prefix
                ? owner.job
                : manifest.jobs.find((j) => (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, j.name) === family)?.name;
            if (!job || !runsOwnFamily(manifest, job, task.taskDefinitionArn))
                continue;
            runs.set(job, [...(runs.get(job) ?? []), runRecord(task)]);
        }
    }
    return runs;
}
/** The live schedules' (or rules') state, expression and time zone: what actually fires. */
async function liveStates(clients, manifest) {
    const states = new Map();
    if (manifest.backend === 'scheduler') {
        const names = [];
        try {
            for await (const page of (0,client_scheduler_dist_cjs/* paginateListSchedules */.mr)({ client: clients.scheduler, pageSize: limits/* PAGE_SIZE */.md.ListSchedules }, { GroupName: manifest.prefix })) {
                for (const s of page.Schedules ?? []) {
                    states.set(s.Name, { enabled: s.State !== 'DISABLED' });
                    names.push(s.Name);
                }
            }
        }
        catch (error) {
            if (!(error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB))
                throw error;
        }
        // A listing carries no expression: read the schedules of this manifest's jobs (bounded, in parallel).
        const ours = new Set(manifest.jobs.map((j) => (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, j.name)));
        await (0,concurrency/* mapLimit */.s)(names.filter((n) => ours.has(n)), (0,limits/* schedulerInFlight */.b8)(await clients.region()), async (name) => {
            try {
                const s = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: manifest.prefix }));
                states.set(name, {
                    enabled: s.State !== 'DISABLED',
                    ...(s.ScheduleExpression ? { expression: s.ScheduleExpression } : {}),
                    timezone: s.ScheduleExpressionTimezone ?? 'UTC',
                });
            }
            catch (error) {
                if (!(error instanceof client_scheduler_dist_cjs/* ResourceNotFoundException */.lB))
                    throw error;
            }
        });
    }
    else {
        let token;
        do {
            const page = await clients.events.send(new client_eventbridge_dist_cjs/* ListRulesCommand */.TtM({
                NamePrefix: `${manifest.prefix}-`,
                Limit: limits/* PAGE_SIZE */.md.ListRules,
                ...(token ? { NextToken: token } : {}),
            }));
            for (const r of page.Rules ?? [])
                states.set(r.Name, {
                    enabled: r.State !== 'DISABLED',
                    ...(r.ScheduleExpression ? { expression: r.ScheduleExpression, timezone: 'UTC' } : {}),
                });
            token = page.NextToken;
        } while (token);
    }
    return states;
}
/** The next runs of what the live schedule says, when it parses; else the manifest's stay. */
function liveScheduleInfo(job, live, now, count) {
    try {
        const schedule = (0,schedule_0/* parseSchedule */.nP)(live.expression);
        return (0,schedule_info/* jobScheduleInfo */.R)({ ...job, schedule, timezone: live.timezone ?? 'UTC' }, now, count);
    }
    catch {
        return undefined;
    }
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
    const [states, history, region] = await Promise.all([
        liveStates(clients, manifest),
        manifest.history
            ? runsFromHistory(clients, manifest, now)
            : runsFromEcs(clients, manifest).then((runs) => ({ runs })),
        clients.region(),
    ]);
    const runs = history.runs;
    const cut = history.cut;
    const jobs = manifest.jobs.map((job) => {
        const info = (0,schedule_info/* jobScheduleInfo */.R)(job, now, nextCount);
        const deployed = states.get((0,manifest_names/* jobResourceName */.ln)(manifest.prefix, job.name));
        const live = deployed?.enabled;
        // Changed by hand: say what fires now, and compute the next runs from it.
        const drifted = deployed?.expression !== undefined &&
            !job.after?.length &&
            (deployed.expression !== job.schedule.expression || (deployed.timezone ?? 'UTC') !== job.timezone);
        const liveInfo = drifted ? liveScheduleInfo(job, deployed, now, nextCount) : undefined;
        const lastRuns = (runs.get(job.name) ?? [])
            .sort((a, b) => String(b.stoppedAt ?? '').localeCompare(String(a.stoppedAt ?? '')))
            .slice(0, RUNS_PER_JOB);
        return {
            job: job.name,
            description: job.description ?? '',
            schedule: { expression: info.expression, human: info.human, timezone: info.timezone },
            ...(drifted ? { drift: { expression: deployed.expression, timezone: deployed.timezone ?? 'UTC' } } : {}),
            enabled: live ?? job.enabled,
            deployed: live !== undefined,
            nextRuns: live === false ? [] : (liveInfo ?? info).nextRuns,
            nextRunsLocal: live === false ? [] : (0,schedule_info/* localRuns */.o)(liveInfo ?? info),
            lastRuns,
            ...(cut?.has(job.name) ? { historyReadTo: new Date(cut.get(job.name)).toISOString() } : {}),
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
        ...(history.calls !== undefined ? { historyReads: { calls: history.calls, events: history.events ?? 0 } } : {}),
    };
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


/***/ }),

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ renderTaskDefinition)
/* harmony export */ });
/* unused harmony export taskDefinitionTags */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(440);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6077);




function byName(items) {
    return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/** The task definition tags: ownership first, then the job's own. */
function taskDefinitionTags(job, prefix) {
    const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
    return [
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .OWNER_TAG */ .FX, value: prefix },
        { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .JOB_TAG */ .z2, value: job.name },
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
    const compatibility = job.launchType ?? ((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__/* .isFargate */ .rd)(job) ? 'FARGATE' : 'EC2');
    return {
        ...base,
        family: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_2__/* .jobResourceName */ .ln)(ctx.prefix, job.name),
        ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
        ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
        networkMode: (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__/* .networkModeOf */ .b0)(job),
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

/***/ 5902:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ mapLimit)
/* harmony export */ });
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


/***/ })

};
