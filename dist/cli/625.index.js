export const id = 625;
export const ids = [625];
export const modules = {

/***/ 8718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jobScheduleInfo),
/* harmony export */   o: () => (/* binding */ localRuns)
/* harmony export */ });
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6005);

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

/***/ 199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ runRecord),
/* harmony export */   Hx: () => (/* binding */ runsFromHistory),
/* harmony export */   Rx: () => (/* binding */ RUNS_PER_JOB),
/* harmony export */   tW: () => (/* binding */ runsOwnFamily)
/* harmony export */ });
/* unused harmony exports HISTORY_DAYS_READ, HISTORY_CALLS_MAX, jobPatterns */
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3897);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _model_runs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1154);
/* harmony import */ var _stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3020);
/* harmony import */ var _stepfunctions_attempts_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8292);
/* harmony import */ var _taskdef_shared_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5910);
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
/** A task a step's start watch stopped (startTimeout): it never started, whoever pressed stop. */
const startTimedOut = (t) => typeof t.stoppedReason === 'string' && t.stoppedReason.startsWith(_stepfunctions_attempts_js__WEBPACK_IMPORTED_MODULE_3__/* .START_TIMEOUT_REASON */ .qS);
/** A stopped task (from DescribeTasks, or from a history event's detail) as a run. */
function runRecord(task) {
    const t = task;
    const asTask = {
        ...t,
        createdAt: toDate(t.createdAt),
        startedAt: toDate(t.startedAt),
        stoppedAt: toDate(t.stoppedAt),
    };
    const c = (0,_model_runs_js__WEBPACK_IMPORTED_MODULE_5__/* .classify */ .L)(asTask, false);
    const result = t.stopCode === 'SpotInterruption'
        ? 'interrupted'
        : c.status === 'succeeded'
            ? 'succeeded'
            : c.status === 'failed'
                ? 'failed'
                : c.status === 'failed-to-start'
                    ? t.stopCode === 'UserInitiated' && !startTimedOut(t)
                        ? 'stopped'
                        : 'never-started'
                    : 'stopped';
    const reason = startTimedOut(t) ? 'never started (start timeout)' : (c.containerReason ?? c.stoppedReason);
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
    if (family === (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, job))
        return true;
    return manifest.taskDefinitions === 'shared' && (0,_taskdef_shared_js__WEBPACK_IMPORTED_MODULE_4__/* .isSharedFamily */ .U5)(manifest.prefix, family);
}
/** A state machine execution of this project that succeeded (its status change event), as a run without a task. */
function succeededExecution(detail, run) {
    if (detail.status !== 'SUCCEEDED')
        return undefined;
    const at = toDate(detail.stopDate ?? detail.startDate);
    return {
        taskArn: '',
        executionArn: String(detail.executionArn ?? ''),
        ...(at ? { stoppedAt: at.toISOString() } : {}),
        manual: false,
        ...run,
    };
}
const machineName = (arn) => (typeof arn === 'string' ? arn.slice(arn.lastIndexOf(':') + 1) : undefined);
/** A run that concurrency: forbid skipped (its execution's status change), for the job whose state machine it is. */
function skippedRun(manifest, detail) {
    if (detail.output !== JSON.stringify(_stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_2__/* .SKIPPED_OUTPUT */ .Lx))
        return undefined;
    const machine = machineName(detail.stateMachineArn);
    const job = manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === machine);
    const at = toDate(detail.stopDate ?? detail.startDate);
    const run = job && succeededExecution(detail, { result: 'skipped', ...(at ? { startedAt: at.toISOString() } : {}) });
    return run && { job: job.name, run };
}
/** A missed or late run the project's watch found (its execution's output), for the job it names. */
function watchFinding(manifest, detail) {
    if (machineName(detail.stateMachineArn) !== (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .operationsResourceName */ .ol)(manifest.prefix, 'watch'))
        return undefined;
    let finding;
    try {
        finding = JSON.parse(String(detail.output));
    }
    catch {
        return undefined;
    }
    if (finding.result !== 'missed' && finding.result !== 'late')
        return undefined;
    const job = manifest.jobs.find((j) => j.name === finding.job);
    const due = toDate(finding.scheduledTime);
    if (!job || !due || Number.isNaN(due.getTime()))
        return undefined;
    const run = succeededExecution(detail, { result: finding.result, scheduledTime: due.toISOString() });
    return run && { job: job.name, run };
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
    if (event.source === 'aws.states') {
        const execution = skippedRun(manifest, detail) ?? watchFinding(manifest, detail);
        if (execution)
            return execution;
    }
    const owner = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobOfTaskGroup */ .N1)(typeof detail.group === 'string' ? detail.group : undefined);
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
        const terms = `?":${prefix}:${job}" ?"stateMachine:${(0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job)}"`;
        if (current && current.length + 1 + terms.length > _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .FILTER_PATTERN_MAX */ .dx) {
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
async function runsFromHistory(clients, manifest, now, maxCalls = HISTORY_CALLS_MAX) {
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
            if (result.calls >= maxCalls)
                return undefined;
            result.calls++;
            const page = await clients.logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__/* .FilterLogEventsCommand */ .nsW({
                logGroupName: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .historyLogGroup */ .Op)(manifest.prefix),
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
        if (error instanceof _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_6__/* .ResourceNotFoundException */ .lBX)
            return finish();
        throw error;
    }
    return finish();
}


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jobStatus: () => (/* binding */ jobStatus)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3550);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8994);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8718);
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6005);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5902);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(199);
/**
 * `ecs-batch status`: every job with its schedule in words, enabled or not (as deployed), next
 * runs, and how its last runs went: from the run history log group when the manifest keeps one,
 * else from what ECS still remembers (about an hour of stopped tasks). Reads only.
 */










/** Runs per job from what ECS still remembers of stopped tasks (about an hour). */
async function runsFromEcs(clients, manifest) {
    const arns = [];
    for await (const page of (0,_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_5__/* .paginateListTasks */ ._rc)({ client: clients.ecs, pageSize: 100 }, { cluster: manifest.cluster, desiredStatus: 'STOPPED' })) {
        arns.push(...(page.taskArns ?? []));
        if (arns.length >= 500)
            break;
    }
    const runs = new Map();
    for (let i = 0; i < arns.length; i += 100) {
        const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_5__/* .DescribeTasksCommand */ .z8X({ cluster: manifest.cluster, tasks: arns.slice(i, i + 100) }));
        for (const task of out.tasks ?? []) {
            const family = task.taskDefinitionArn?.slice(task.taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
            const owner = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobOfTaskGroup */ .N1)(task.group);
            const job = owner?.prefix === manifest.prefix
                ? owner.job
                : manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === family)?.name;
            if (!job || !(0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .runsOwnFamily */ .tW)(manifest, job, task.taskDefinitionArn))
                continue;
            runs.set(job, [...(runs.get(job) ?? []), (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .runRecord */ .DW)(task)]);
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
            for await (const page of (0,_aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .paginateListSchedules */ .mr)({ client: clients.scheduler, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListSchedules }, { GroupName: manifest.prefix })) {
                for (const s of page.Schedules ?? []) {
                    states.set(s.Name, { enabled: s.State !== 'DISABLED' });
                    names.push(s.Name);
                }
            }
        }
        catch (error) {
            if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ResourceNotFoundException */ .lB))
                throw error;
        }
        // A listing carries no expression: read the schedules of this manifest's jobs (bounded, in parallel).
        const ours = new Set(manifest.jobs.map((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, j.name)));
        await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_7__/* .mapLimit */ .s)(names.filter((n) => ours.has(n)), (0,_aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .schedulerInFlight */ .b8)(await clients.region()), async (name) => {
            try {
                const s = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .GetScheduleCommand */ .nu({ Name: name, GroupName: manifest.prefix }));
                states.set(name, {
                    enabled: s.State !== 'DISABLED',
                    ...(s.ScheduleExpression ? { expression: s.ScheduleExpression } : {}),
                    timezone: s.ScheduleExpressionTimezone ?? 'UTC',
                });
            }
            catch (error) {
                if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ResourceNotFoundException */ .lB))
                    throw error;
            }
        });
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
        const schedule = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSchedule */ .nP)(live.expression);
        return (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__/* .jobScheduleInfo */ .R)({ ...job, schedule, timezone: live.timezone ?? 'UTC' }, now, count);
    }
    catch {
        return undefined;
    }
}
const ORDER = {
    failed: 0,
    'never-started': 0,
    missed: 0,
    late: 0,
    interrupted: 1,
    stopped: 1,
    skipped: 1,
    succeeded: 2,
    none: 3,
};
async function jobStatus(clients, manifest, now, nextCount = 3) {
    const [states, history, region] = await Promise.all([
        liveStates(clients, manifest),
        manifest.history
            ? (0,_history_js__WEBPACK_IMPORTED_MODULE_4__/* .runsFromHistory */ .Hx)(clients, manifest, now)
            : runsFromEcs(clients, manifest).then((runs) => ({ runs })),
        clients.region(),
    ]);
    const runs = history.runs;
    const cut = history.cut;
    const jobs = manifest.jobs.map((job) => {
        const info = (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__/* .jobScheduleInfo */ .R)(job, now, nextCount);
        const deployed = states.get((0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, job.name));
        const live = deployed?.enabled;
        // Changed by hand: say what fires now, and compute the next runs from it.
        const drifted = deployed?.expression !== undefined &&
            !job.after?.length &&
            (deployed.expression !== job.schedule.expression || (deployed.timezone ?? 'UTC') !== job.timezone);
        const liveInfo = drifted ? liveScheduleInfo(job, deployed, now, nextCount) : undefined;
        const lastRuns = (runs.get(job.name) ?? [])
            .sort((a, b) => String(b.stoppedAt ?? '').localeCompare(String(a.stoppedAt ?? '')))
            .slice(0, _history_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNS_PER_JOB */ .Rx);
        return {
            job: job.name,
            description: job.description ?? '',
            schedule: { expression: info.expression, human: info.human, timezone: info.timezone },
            ...(drifted ? { drift: { expression: deployed.expression, timezone: deployed.timezone ?? 'UTC' } } : {}),
            enabled: live ?? job.enabled,
            deployed: live !== undefined,
            nextRuns: live === false ? [] : (liveInfo ?? info).nextRuns,
            nextRunsLocal: live === false ? [] : (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__/* .localRuns */ .o)(liveInfo ?? info),
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
