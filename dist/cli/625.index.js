export const id = 625;
export const ids = [625];
export const modules = {

/***/ 3206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ MANAGED_POLICIES_PER_ROLE),
/* harmony export */   Yp: () => (/* binding */ namesOrPattern),
/* harmony export */   cw: () => (/* binding */ allow),
/* harmony export */   gK: () => (/* binding */ MANAGED_POLICY_MAX_CHARS),
/* harmony export */   mQ: () => (/* binding */ passRole),
/* harmony export */   z9: () => (/* binding */ mergeStatements),
/* harmony export */   zb: () => (/* binding */ splitPolicy)
/* harmony export */ });
/* unused harmony exports MAX_LISTED_NAMES, policySize */
/** IAM policy statements: their shape, and the helpers every kind of resource uses to declare what it needs. */
/** One statement, or none when it would allow nothing (no action, or no resource). */
function allow(Sid, Action, Resource, Condition) {
    if (!Action.length || !Resource.length)
        return [];
    return [
        {
            Sid,
            Effect: 'Allow',
            Action: [...new Set(Action)].sort(),
            Resource: [...Resource],
            ...(Condition ? { Condition } : {}),
        },
    ];
}
/** Past this many distinct names (log groups), a policy may name them by a pattern, if one stays within the project. */
const MAX_LISTED_NAMES = 8;
function commonPrefix(values) {
    let prefix = values[0] ?? '';
    for (const v of values)
        while (!v.startsWith(prefix))
            prefix = prefix.slice(0, -1);
    return prefix;
}
/**
 * Distinct names; past MAX_LISTED_NAMES, one wildcard on their common prefix, but only when `ownsPattern` says that
 * prefix can match nothing outside the project. Otherwise every name is listed: never a pattern wider than the project.
 */
function namesOrPattern(values, ownsPattern) {
    const distinct = [...new Set(values.filter((v) => Boolean(v)))].sort();
    if (distinct.length <= MAX_LISTED_NAMES)
        return distinct;
    const prefix = commonPrefix(distinct);
    return ownsPattern(prefix) ? [`${prefix}*`] : distinct;
}
/** iam:PassRole for exactly these roles (by ARN, never a pattern), to one service only. */
function passRole(Sid, roles, service) {
    const distinct = [...new Set(roles.filter((r) => Boolean(r)))].sort();
    return allow(Sid, ['iam:PassRole'], distinct, { StringEquals: { 'iam:PassedToService': service } });
}
/** AWS's limit on one customer managed policy, counted without white space. */
const MANAGED_POLICY_MAX_CHARS = 6144;
/** Managed policies one role may have attached (AWS's default quota; it can be raised to 20). */
const MANAGED_POLICIES_PER_ROLE = 10;
function policySize(doc) {
    return JSON.stringify(doc).length;
}
/**
 * One policy when it fits AWS's managed-policy limit, else several (statements with long resource lists cut into
 * parts), each within the limit: what the roles need is never widened to fit.
 */
function splitPolicy(doc, max = MANAGED_POLICY_MAX_CHARS) {
    if (policySize(doc) <= max)
        return [doc];
    const empty = policySize({ Version: doc.Version, Statement: [] });
    const pieces = [];
    for (const s of doc.Statement) {
        if (policySize({ Version: doc.Version, Statement: [s] }) <= max) {
            pieces.push(s);
            continue;
        }
        let part = [];
        let parts = 0;
        const flush = () => {
            parts += 1;
            pieces.push({ ...s, Sid: `${s.Sid}Part${parts}`, Resource: part });
            part = [];
        };
        for (const r of s.Resource) {
            const trial = { ...s, Sid: `${s.Sid}Part${parts + 1}`, Resource: [...part, r] };
            if (part.length && policySize({ Version: doc.Version, Statement: [trial] }) > max)
                flush();
            part.push(r);
        }
        if (part.length)
            flush();
    }
    const docs = [];
    let current = [];
    let size = empty;
    for (const s of pieces) {
        const cost = JSON.stringify(s).length + 1;
        if (current.length && size + cost > max) {
            docs.push({ Version: doc.Version, Statement: current });
            current = [];
            size = empty;
        }
        current.push(s);
        size += cost;
    }
    if (current.length)
        docs.push({ Version: doc.Version, Statement: current });
    return docs;
}
const serviceOfArn = (arn) => arn.split(':')[2] ?? arn;
const servicesOf = (s) => new Set([...s.Action.map((a) => a.split(':')[0]), ...s.Resource.map(serviceOfArn)]);
const resourcesOf = (s, service) => s.Resource.filter((r) => serviceOfArn(r) === service).sort();
/**
 * Statements merged by Sid (first place kept): the kinds that share a Sid add their actions (and resources) to one
 * statement. Statements of one Sid must agree on conditions; with different resources, they must be of different
 * services, so an action still only reaches its own service's resources (an ARN matches no other service's pattern).
 */
function mergeStatements(statements) {
    const bySid = new Map();
    for (const s of statements) {
        const found = bySid.get(s.Sid);
        if (!found) {
            bySid.set(s.Sid, { ...s, Action: [...s.Action], Resource: [...s.Resource] });
            continue;
        }
        if (JSON.stringify(found.Condition) !== JSON.stringify(s.Condition))
            throw new Error(`internal: two statements ${s.Sid} with different conditions`);
        if (JSON.stringify(found.Resource) !== JSON.stringify(s.Resource)) {
            // Of each service both name, both must grant the same resources.
            for (const service of servicesOf(s))
                if (servicesOf(found).has(service) &&
                    JSON.stringify(resourcesOf(found, service)) !== JSON.stringify(resourcesOf(s, service)))
                    throw new Error(`internal: two statements ${s.Sid} of one service with different resources`);
            if (found.Resource.includes('*') || s.Resource.includes('*'))
                throw new Error(`internal: statement ${s.Sid} mixes "*" with scoped resources`);
            found.Resource = [...new Set([...found.Resource, ...s.Resource])];
        }
        found.Action = [...new Set([...found.Action, ...s.Action])].sort();
    }
    return [...bySid.values()];
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

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ PHASE),
/* harmony export */   EK: () => (/* binding */ tagsOwnOnly),
/* harmony export */   HJ: () => (/* binding */ READ_CONCURRENCY),
/* harmony export */   Yr: () => (/* binding */ ownedOnly),
/* harmony export */   _4: () => (/* binding */ UNSCOPED_READS),
/* harmony export */   aI: () => (/* binding */ logGroupArns),
/* harmony export */   c$: () => (/* binding */ OWN_WRITES),
/* harmony export */   cp: () => (/* binding */ createdOwned)
/* harmony export */ });
/* harmony import */ var _aws_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3206);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);


/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
const READ_CONCURRENCY = 8;
/** Order of the phases of an apply: a failure stops every later phase. */
const PHASE = {
    logs: 10,
    taskDefinitions: 20,
    scheduleGroup: 30,
    stateMachines: 35,
    schedules: 40,
    alerts: 45,
    takeOver: 47,
    prune: 50,
    oldRevisions: 60,
};
/**
 * Sids shared by every kind, so the tag-scoped writes of rules, state machines and alarms are one statement each (the
 * policy must fit 6,144 characters); mergeStatements keeps each action to its own service's resources.
 */
const OWN_WRITES = {
    create: 'CreateOwnResources',
    change: 'ChangeOwnResources',
    tag: 'TagOwnResources',
};
/** Only resources this project tagged as its own (on a call that names an existing resource). */
function ownedOnly(prefix) {
    return { StringEquals: { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix }, ...ownTagIfSent(prefix) };
}
/** A create (or a create-or-update, as PutRule is) that tags the resource as this project's, and never takes another's. */
function createdOwned(prefix) {
    return {
        StringEquals: { [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
        StringEqualsIfExists: { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
    };
}
/** Tagging: never a resource another project tagged, never with another project's tag. */
function tagsOwnOnly(prefix) {
    return {
        StringEqualsIfExists: { [`aws:ResourceTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix, [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix },
    };
}
/** A call that sends tags may not give the resource another project's. */
function ownTagIfSent(prefix) {
    return { StringEqualsIfExists: { [`aws:RequestTag/${_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX}`]: prefix } };
}
/**
 * A project's log groups by name, or (past MAX_LISTED_NAMES) by a pattern that holds the project's own path segment
 * (`/<prefix>/`), so it cannot match another project's or environment's groups.
 */
function logGroupArns(names, prefix, arn) {
    return (0,_aws_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .namesOrPattern */ .Yp)(names, (p) => p.includes(`/${prefix}/`)).flatMap((g) => [
        arn('logs', `log-group:${g}`),
        arn('logs', `log-group:${g}:*`),
    ]);
}
/** Sid of the reads AWS does not scope to a resource ("*" is the only choice); each kind adds its own to it. */
const UNSCOPED_READS = 'ReadWithoutResourceScope';


/***/ }),

/***/ 5625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jobStatus: () => (/* binding */ jobStatus)
/* harmony export */ });
/* unused harmony exports RUNS_PER_JOB, runRecord */
/* harmony import */ var _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3897);
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(218);
/* harmony import */ var _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3550);
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8994);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(440);
/* harmony import */ var _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8718);
/* harmony import */ var _model_runs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1154);
/* harmony import */ var _stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3020);
/* harmony import */ var _taskdef_shared_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5910);
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7835);
/* harmony import */ var _resources_kind_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9710);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(5902);
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
    const c = (0,_model_runs_js__WEBPACK_IMPORTED_MODULE_6__/* .classify */ .L)(asTask, false);
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
    if (family === (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobResourceName */ .ln)(manifest.prefix, job))
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
            page = await clients.logs.send(new _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_8__/* .FilterLogEventsCommand */ .nsW({
                logGroupName: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .historyLogGroup */ .Op)(manifest.prefix),
                startTime: now - HISTORY_DAYS_READ * 86400_000,
                ...(token ? { nextToken: token } : {}),
            }));
        }
        catch (error) {
            if (error instanceof _aws_sdk_client_cloudwatch_logs__WEBPACK_IMPORTED_MODULE_8__/* .ResourceNotFoundException */ .lBX)
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
                : (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobOfTaskGroup */ .N1)(typeof detail.group === 'string' ? detail.group : undefined);
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
    const job = manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === machine);
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
    for await (const page of (0,_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__/* .paginateListTasks */ ._rc)({ client: clients.ecs, pageSize: 100 }, { cluster: manifest.cluster, desiredStatus: 'STOPPED' })) {
        arns.push(...(page.taskArns ?? []));
        if (arns.length >= 500)
            break;
    }
    const runs = new Map();
    for (let i = 0; i < arns.length; i += 100) {
        const out = await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_9__/* .DescribeTasksCommand */ .z8X({ cluster: manifest.cluster, tasks: arns.slice(i, i + 100) }));
        for (const task of out.tasks ?? []) {
            const family = task.taskDefinitionArn?.slice(task.taskDefinitionArn.indexOf('/') + 1).replace(/:\d+$/, '');
            const owner = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobOfTaskGroup */ .N1)(task.group);
            const job = owner?.prefix === manifest.prefix
                ? owner.job
                : manifest.jobs.find((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobResourceName */ .ln)(manifest.prefix, j.name) === family)?.name;
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
            for await (const page of (0,_aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_10__/* .paginateListSchedules */ .mr)({ client: clients.scheduler, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListSchedules }, { GroupName: manifest.prefix })) {
                for (const s of page.Schedules ?? []) {
                    states.set(s.Name, { enabled: s.State !== 'DISABLED' });
                    names.push(s.Name);
                }
            }
        }
        catch (error) {
            if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_10__/* .ResourceNotFoundException */ .lB))
                throw error;
        }
        // A listing carries no expression: read the schedules of this manifest's jobs (bounded, in parallel).
        const ours = new Set(manifest.jobs.map((j) => (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobResourceName */ .ln)(manifest.prefix, j.name)));
        await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_11__/* .mapLimit */ .s)(names.filter((n) => ours.has(n)), _resources_kind_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_CONCURRENCY */ .HJ, async (name) => {
            try {
                const s = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_10__/* .GetScheduleCommand */ .nu({ Name: name, GroupName: manifest.prefix }));
                states.set(name, {
                    enabled: s.State !== 'DISABLED',
                    ...(s.ScheduleExpression ? { expression: s.ScheduleExpression } : {}),
                    timezone: s.ScheduleExpressionTimezone ?? 'UTC',
                });
            }
            catch (error) {
                if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_10__/* .ResourceNotFoundException */ .lB))
                    throw error;
            }
        });
    }
    else {
        let token;
        do {
            const page = await clients.events.send(new _aws_sdk_client_eventbridge__WEBPACK_IMPORTED_MODULE_12__/* .ListRulesCommand */ .TtM({
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
        const schedule = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSchedule */ .nP)(live.expression);
        return (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .jobScheduleInfo */ .R)({ ...job, schedule, timezone: live.timezone ?? 'UTC' }, now, count);
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
    const [states, runs, region] = await Promise.all([
        liveStates(clients, manifest),
        manifest.history ? runsFromHistory(clients, manifest, now) : runsFromEcs(clients, manifest),
        clients.region(),
    ]);
    const jobs = manifest.jobs.map((job) => {
        const info = (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .jobScheduleInfo */ .R)(job, now, nextCount);
        const deployed = states.get((0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobResourceName */ .ln)(manifest.prefix, job.name));
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
            nextRunsLocal: live === false ? [] : (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .localRuns */ .o)(liveInfo ?? info),
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
/* harmony export */   bY: () => (/* binding */ chainDefinition),
/* harmony export */   ie: () => (/* binding */ runInputDefaults)
/* harmony export */ });
/* unused harmony exports TASK_FAILED, SKIPPED_STATE, RUN_INPUT_STATE, runEnvironmentPath, stepName, runTaskStep */
/* harmony import */ var _targets_ecs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5428);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3037);


/** The error a failed `.sync` ECS task raises (exit code not 0, or never started). */
const TASK_FAILED = 'States.TaskFailed';
const SKIPPED_STATE = 'Skipped: the previous run is still going';
/** A skipped run's output: the run history rule keeps executions that end with exactly this. */
const SKIPPED_OUTPUT = 'ecs-batch: skipped, the previous run is still going';
/** The first state: the run's input beside the defaults it is merged over. */
const RUN_INPUT_STATE = 'Read the run input';
const MERGE_INPUT_STATE = 'Apply the run input';
/** Where the merged run input lives in the state, beside what the steps pass on (their ResultPath is null). */
const RUN_INPUT_PATH = '$.ecsBatch';
/** A job's environment in the merged run input. Job names are letters, digits, - and _, so they quote as they are. */
const runEnvironmentPath = (job) => `${RUN_INPUT_PATH}.run.env['${job}']`;
/** The per-step defaults of the run input in a deployed definition, or undefined when it takes none (older). */
function runInputDefaults(definition) {
    const parameters = definition.States[RUN_INPUT_STATE]?.Parameters;
    const env = parameters?.defaults?.env;
    return env && typeof env === 'object' ? { env } : undefined;
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
    const defaults = { env: {} };
    for (const name of chain.waves.flat()) {
        const own = ctx
            .overridesOf?.(jobs.get(name))
            ?.containerOverrides.find((c) => c.name === jobs.get(name).containerName);
        defaults.env[name] = (own?.environment ?? []).map((e) => ({ Name: e.name, Value: e.value }));
    }
    const inputStates = {
        [RUN_INPUT_STATE]: {
            Type: 'Pass',
            Parameters: { defaults, 'input.$': '$$.Execution.Input' },
            ResultPath: RUN_INPUT_PATH,
            Next: MERGE_INPUT_STATE,
        },
        // Shallow: a run's `env` replaces the defaults' whole, so a caller sends every step's list.
        [MERGE_INPUT_STATE]: {
            Type: 'Pass',
            Parameters: { 'run.$': `States.JsonMerge(${RUN_INPUT_PATH}.defaults, ${RUN_INPUT_PATH}.input, false)` },
            ResultPath: RUN_INPUT_PATH,
            Next: startAt,
        },
    };
    return {
        Comment: `ecs-batch ${ctx.prefix}: ${chain.waves.flat().join(' → ')}`,
        StartAt: RUN_INPUT_STATE,
        States: { ...inputStates, ...states },
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
