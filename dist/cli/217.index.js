export const id = 217;
export const ids = [217,407];
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

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ afterList),
/* harmony export */   My: () => (/* binding */ chainsOf),
/* harmony export */   Vi: () => (/* binding */ hasFailurePolicy),
/* harmony export */   zo: () => (/* binding */ usesStateMachine)
/* harmony export */ });
/* harmony import */ var _util_suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(563);
/**
 * Job chains (`after:`) and which jobs run through a Step Functions state machine. Pure.
 * A chain starts at a job with a schedule; every other job of it follows one or more jobs of the
 * same chain. Runs go in waves: a wave starts when every job of the previous wave has succeeded
 * (jobs of one wave run in parallel), so fan-out runs in parallel and fan-in waits for all.
 */

function afterList(after) {
    return after === undefined ? [] : Array.isArray(after) ? after : [after];
}
/** Checks the graph of `after:` and groups the jobs into chains; problems name the job to fix. */
function chainsOf(jobs) {
    const problems = [];
    const byName = new Map(jobs.map((j) => [j.name, j]));
    const names = jobs.map((j) => j.name);
    for (const j of jobs) {
        for (const a of j.after) {
            if (a === j.name)
                problems.push({ job: j.name, message: `job '${j.name}' cannot run after itself` });
            else if (!byName.has(a)) {
                const near = (0,_util_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(a, names);
                problems.push({
                    job: j.name,
                    message: `job '${j.name}' runs after '${a}', which is not a job${near ? `; did you mean '${near}'?` : ''}`,
                });
            }
        }
    }
    // Go on with the references that name jobs, so a cycle is reported beside an unknown name.
    for (const j of jobs)
        j.after = j.after.filter((a) => a !== j.name && byName.has(a));
    // Cycles: walk each job's ancestors.
    const state = new Map();
    const stack = [];
    const visit = (name) => {
        if (state.get(name) === 'done')
            return true;
        if (state.get(name) === 'visiting') {
            const cycle = [...stack.slice(stack.indexOf(name)), name];
            problems.push({
                job: name,
                message: `jobs run after each other in a circle: ${cycle.join(' → ')}; a chain must start at a job with a schedule`,
            });
            return false;
        }
        state.set(name, 'visiting');
        stack.push(name);
        const ok = byName.get(name).after.every(visit);
        stack.pop();
        state.set(name, 'done');
        return ok;
    };
    for (const j of jobs)
        if (!visit(j.name))
            return { chains: [], problems };
    if (problems.length)
        return { chains: [], problems };
    // Each follower belongs to exactly one chain: the root its ancestors lead to.
    const rootsOf = new Map();
    const roots = (name) => {
        const known = rootsOf.get(name);
        if (known)
            return known;
        const j = byName.get(name);
        const found = j.after.length === 0 ? new Set([name]) : new Set(j.after.flatMap((a) => [...roots(a)]));
        rootsOf.set(name, found);
        return found;
    };
    const chains = new Map();
    for (const j of jobs) {
        if (j.after.length === 0)
            continue;
        const r = [...roots(j.name)];
        if (r.length > 1) {
            problems.push({
                job: j.name,
                message: `job '${j.name}' follows jobs of different chains (started by ${r.join(' and ')}): ` +
                    `a job can follow jobs of one chain only`,
            });
            continue;
        }
        if (!byName.get(r[0]).scheduled)
            continue; // its root has no schedule: reported by the job checks
        chains.set(r[0], chains.get(r[0]) ?? { root: r[0], waves: [] });
    }
    // Waves: a job's wave is one more than the latest of the jobs it follows.
    const depth = new Map();
    const depthOf = (name) => {
        if (!depth.has(name))
            depth.set(name, Math.max(-1, ...byName.get(name).after.map(depthOf)) + 1);
        return depth.get(name);
    };
    for (const chain of chains.values()) {
        const members = jobs.filter((j) => [...roots(j.name)][0] === chain.root && (j.name === chain.root || j.after.length > 0));
        for (const m of members) {
            const d = depthOf(m.name);
            (chain.waves[d] ??= []).push(m.name);
        }
    }
    return { chains: [...chains.values()], problems };
}
/**
 * Jobs that run through a state machine: in a chain, or asking for retries, a timeout, a start timeout, a concurrency
 * policy, or a watch for missed and late runs (each run is then an execution the watch can find).
 */
function usesStateMachine(job, inChain) {
    return (inChain ||
        job.retries > 0 ||
        job.timeoutSeconds !== undefined ||
        job.startTimeoutSeconds !== undefined ||
        job.concurrency !== 'allow' ||
        job.watched === true);
}
/**
 * A failure policy beyond "retry a failed or never-started run": such a job's step tells kinds of failure apart
 * (attempts.ts); otherwise Step Functions' own Retry does.
 */
function hasFailurePolicy(job) {
    const defaultRetryOn = job.retryOn.length === 2 && job.retryOn.includes('failed') && job.retryOn.includes('not-started');
    return (job.startTimeoutSeconds !== undefined ||
        (job.retries > 0 && (!defaultRetryOn || Boolean(job.noRetryExitCodes?.length) || job.spotFallback !== undefined)));
}


/***/ }),

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
// EXTERNAL MODULE: ./schedule/index.ts + 8 modules
var schedule_0 = __webpack_require__(6005);
// EXTERNAL MODULE: ./util/concurrency.ts
var concurrency = __webpack_require__(5902);
// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-cloudwatch-logs/dist-cjs/index.js
var client_cloudwatch_logs_dist_cjs = __webpack_require__(3897);
// EXTERNAL MODULE: ./model/runs.ts
var runs = __webpack_require__(1154);
// EXTERNAL MODULE: ./stepfunctions/asl.ts
var asl = __webpack_require__(3020);
// EXTERNAL MODULE: ./stepfunctions/attempts.ts
var attempts = __webpack_require__(8292);
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
/** A task a step's start watch stopped (startTimeout): it never started, whoever pressed stop. */
const startTimedOut = (t) => typeof t.stoppedReason === 'string' && t.stoppedReason.startsWith(attempts/* START_TIMEOUT_REASON */.qS);
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
    if (family === (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, job))
        return true;
    return manifest.taskDefinitions === 'shared' && (0,shared/* isSharedFamily */.U5)(manifest.prefix, family);
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
    if (detail.output !== JSON.stringify(asl/* SKIPPED_OUTPUT */.Lx))
        return undefined;
    const machine = machineName(detail.stateMachineArn);
    const job = manifest.jobs.find((j) => (0,manifest_names/* jobResourceName */.ln)(manifest.prefix, j.name) === machine);
    const at = toDate(detail.stopDate ?? detail.startDate);
    const run = job && succeededExecution(detail, { result: 'skipped', ...(at ? { startedAt: at.toISOString() } : {}) });
    return run && { job: job.name, run };
}
/** A missed or late run the project's watch found (its execution's output), for the job it names. */
function watchFinding(manifest, detail) {
    if (machineName(detail.stateMachineArn) !== (0,manifest_names/* operationsResourceName */.ol)(manifest.prefix, 'watch'))
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
