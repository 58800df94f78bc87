export const id = 625;
export const ids = [625,548,304];
export const modules = {

/***/ 4304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDiagnostic: () => (/* binding */ formatDiagnostic),
/* harmony export */   u: () => (/* binding */ pathToString)
/* harmony export */ });
/* unused harmony export ManifestError */
function formatDiagnostic(d) {
    return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
function pathToString(path) {
    return path.map((p) => String(p)).join('.');
}
/** Raised for a manifest that cannot be used; carries every diagnostic found. */
class ManifestError extends Error {
    diagnostics;
    constructor(diagnostics) {
        const errors = diagnostics.filter((d) => d.severity === 'error');
        super(errors.map(formatDiagnostic).join('\n') || 'the manifest is invalid');
        this.name = 'ManifestError';
        this.diagnostics = diagnostics;
    }
}


/***/ }),

/***/ 3403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   ed: () => (/* binding */ textTable)
/* harmony export */ });
/* unused harmony export cell */
/** Plain-text and markdown tables. */
function textTable(headers, rows) {
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    return [line(headers), ...rows.map(line)].join('\n');
}
/** Escapes what would break a markdown table cell: a bare `|` (one already escaped stays as it is). */
function cell(text) {
    return text
        .replace(/(^|[^\\])\|/g, '$1\\|')
        .replace(/(^|[^\\])\|/g, '$1\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(headers, rows) {
    const head = `| ${headers.map(cell).join(' | ')} |`;
    const rule = `| ${headers.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map((c) => cell(c)).join(' | ')} |`);
    return [head, rule, ...body].join('\n');
}


/***/ }),

/***/ 6548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RG: () => (/* binding */ jobScheduleInfo),
/* harmony export */   oG: () => (/* binding */ localRuns),
/* harmony export */   renderValidationText: () => (/* binding */ renderValidationText),
/* harmony export */   validationReport: () => (/* binding */ validationReport)
/* harmony export */ });
/* unused harmony export renderValidationMarkdown */
/* harmony import */ var _manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4304);
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6558);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3403);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(165);




function jobScheduleInfo(job, now, count) {
    const next = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .nextRuns */ .Oz)(job.schedule, job.timezone, now, count);
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
            ? `when ${job.after.join(' and ')} succeeded (${(0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSchedule */ .Bg)(job.schedule)} starts the chain)`
            : (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSchedule */ .Bg)(job.schedule),
        nextRuns: next.runs.map((t) => new Date(t).toISOString()),
        nextRunsApproximate: next.approximate,
    };
}
function validationReport(result, now, nextCount) {
    const toJson = (d) => ({
        message: d.message,
        file: d.file,
        line: d.line,
        column: d.column,
        path: d.path,
    });
    return {
        valid: result.valid,
        errors: result.diagnostics.filter((d) => d.severity === 'error').map(toJson),
        warnings: result.diagnostics.filter((d) => d.severity === 'warning').map(toJson),
        jobs: (result.manifest?.jobs ?? []).map((job) => jobScheduleInfo(job, now, nextCount)),
    };
}
/** Next runs shown on the job's own clock. */
function localRuns(info) {
    return info.nextRuns.map((iso) => `${info.nextRunsApproximate ? '~' : ''}${(0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatInZone */ .FL)(Date.parse(iso), info.timezone)}`);
}
function scheduleCell(info) {
    return info.written ? `${info.written} → ${info.expression}` : info.expression;
}
function renderValidationText(file, result, report) {
    const lines = [];
    for (const d of result.diagnostics)
        lines.push((0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)((0,_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic)(d)));
    if (lines.length)
        lines.push('');
    const counts = `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
    if (!report.valid) {
        lines.push(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(file)}: invalid (${counts}); fix the errors above.`);
        return lines.join('\n');
    }
    lines.push(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(file)}: valid, ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} (${counts})`, '');
    const rows = report.jobs.map((j) => [
        j.name,
        scheduleCell(j),
        j.human,
        j.timezone,
        localRuns(j).join(', ') || '(none)',
        j.enabled ? 'yes' : 'no',
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .cellText */ .Ie)(j.description),
    ]);
    lines.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .textTable */ .ed)(['JOB', 'SCHEDULE', 'WHEN', 'TIME ZONE', 'NEXT RUNS', 'ENABLED', 'DESCRIPTION'], rows));
    if (report.jobs.some((j) => j.nextRunsApproximate)) {
        lines.push('', '~ rate(...) schedules count from when the schedule is created; the runs shown start from now.');
    }
    return lines.join('\n');
}
function renderValidationMarkdown(file, report) {
    const out = [];
    const status = report.valid ? '✅ valid' : '❌ invalid';
    out.push(`### ecs-batch: ${mdCode(file)} is ${status}`, '');
    if (report.errors.length || report.warnings.length) {
        for (const e of report.errors)
            out.push(`- ❌ ${mdCode(`${e.file}:${e.line}:${e.column}`)} ${mdText(e.message)}`);
        for (const w of report.warnings)
            out.push(`- ⚠️ ${mdCode(`${w.file}:${w.line}:${w.column}`)} ${mdText(w.message)}`);
        out.push('');
    }
    if (report.jobs.length) {
        const rows = report.jobs.map((j) => [
            mdCode(j.name),
            mdText(j.description),
            mdCode(j.written ?? j.expression),
            mdCode(j.expression),
            mdText(j.human),
            mdText(j.timezone),
            localRuns(j).map(mdText).join('<br>') || '(none)',
            j.enabled ? 'yes' : 'no',
        ]);
        out.push(markdownTable(['Job', 'Description', 'Schedule', 'AWS expression', 'When', 'Time zone', 'Next runs', 'Enabled'], rows));
    }
    return out.join('\n');
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Id: () => (/* binding */ carryToRegistration),
/* harmony export */   Ir: () => (/* binding */ driftWarning),
/* harmony export */   RC: () => (/* binding */ recordApplied),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   fN: () => (/* binding */ drifted),
/* harmony export */   gi: () => (/* binding */ fingerprintFields)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(218);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/**
 * What ecs-batch last wrote, remembered: a fingerprint of each schedule or rule rides on the task
 * definition revision it runs (tag ecs-batch:applied), so a plan can tell a change made outside
 * ecs-batch (drift) from a manifest edit.
 */



/** A short fingerprint of a normalized schedule or rule (its task definition named by family, so it survives a roll). */
function fingerprintOf(normalized) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify(normalized ?? null))
        .digest('hex')
        .slice(0, 16);
}
function recorded(observed, name) {
    return observed.taskDefinitions[name]?.tags.find((t) => t.key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLIED_TAG */ .zH)?.value;
}
/** The live resource is not what ecs-batch last wrote. Unknown (never recorded) is not drift. */
function drifted(observed, name, liveFingerprint) {
    const last = recorded(observed, name);
    return last !== undefined && last !== liveFingerprint;
}
/** The fingerprint to record, and whether the revision the schedule will run already carries it. */
function fingerprintFields(observed, d, knownArns, fingerprint) {
    const already = knownArns.has(d.family) && recorded(observed, d.family) === fingerprint;
    return { fingerprint, ...(already ? { fingerprintRecorded: true } : {}) };
}
/** A new revision carries the fingerprint of the schedule that will run it: no extra write. */
function carryToRegistration(changes, family, fingerprint) {
    for (const c of changes) {
        if (c.kind === 'task-definition' && c.action === 'register' && c.family === family) {
            c.input = { ...c.input, tags: [...(c.input.tags ?? []), { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLIED_TAG */ .zH, value: fingerprint }] };
        }
    }
}
function driftWarning(kind, name, diff) {
    const fields = [...new Set(diff.map((f) => f.path.split(/[.[]/)[0]))].join(', ');
    return `${kind} ${name} was changed outside ecs-batch (${fields}); this deploy puts back the manifest's values. The manifest is the source of truth: to stop a job, set enabled: false on it in the manifest`;
}
/** After a schedule or rule is written: its fingerprint on the revision it runs, unless that revision carries it already. */
async function recordApplied(ctx, family, taskDefinitionArn, change) {
    if (!change.fingerprint || change.fingerprintRecorded || ctx.newArns.has(family))
        return;
    await ctx.clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_2__/* .TagResourceCommand */ .eqU({ resourceArn: taskDefinitionArn, tags: [{ key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLIED_TAG */ .zH, value: change.fingerprint }] }));
}


/***/ }),

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ PHASE),
/* harmony export */   H: () => (/* binding */ READ_CONCURRENCY)
/* harmony export */ });
/** Order of the phases of an apply: a failure stops every later phase. */
/** Reads in flight at once: enough to hide latency, few enough not to trip read throttling. */
const READ_CONCURRENCY = 8;
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


/***/ }),

/***/ 3096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ isCluster),
/* harmony export */   OU: () => (/* binding */ scheduledRunTask),
/* harmony export */   Wn: () => (/* binding */ scheduleGroupOwner),
/* harmony export */   XH: () => (/* binding */ schedules),
/* harmony export */   ZX: () => (/* binding */ runTaskOfEcsParameters),
/* harmony export */   l_: () => (/* binding */ overridesIn),
/* harmony export */   sp: () => (/* binding */ scheduleGroups)
/* harmony export */ });
/* unused harmony export normalizeSchedule */
/* harmony import */ var _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8994);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(440);
/* harmony import */ var _plan_desired_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7761);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(727);
/* harmony import */ var _util_case_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3037);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5902);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3918);
/* harmony import */ var _applied_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(167);
/* harmony import */ var _kind_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9710);
/**
 * EventBridge Scheduler: the schedule group `<prefix>` (ownership: only groups take tags) and one
 * schedule `<prefix>-<job>` in it per job, pointed at the exact revision to run.
 */










/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
function normalizeSchedule(s) {
    const target = s.Target;
    const ecs = target?.EcsParameters;
    const iso = (d) => (d ? new Date(d).toISOString() : undefined);
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .canonical */ .$N)({
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
            Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .structuredInput */ .k_)(target.Input),
            EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
        },
    });
}
/** The fingerprint of a schedule with its task definition named by family (it survives a roll). */
function scheduleFingerprint(s, family) {
    return (0,_applied_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintOf */ .ax)(normalizeSchedule({
        ...s,
        Target: s.Target && {
            ...s.Target,
            EcsParameters: s.Target.EcsParameters && { ...s.Target.EcsParameters, TaskDefinitionArn: family },
        },
    }));
}
const scheduleGroups = {
    kinds: ['schedule-group'],
    /** The group and, when this manifest owns it, its schedules (for both kinds of this module). */
    async observe(clients, req) {
        let group;
        try {
            group = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .GetScheduleGroupCommand */ .en({ Name: req.prefix }));
        }
        catch (error) {
            if (error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ResourceNotFoundException */ .lB)
                return { schedules: {} };
            throw error;
        }
        const tags = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ListTagsForResourceCommand */ .a_({ ResourceArn: group.Arn }));
        const owned = (tags.Tags ?? []).some((t) => t.Key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .OWNER_TAG */ .FX && t.Value === req.prefix);
        const scheduleGroup = { name: req.prefix, arn: group.Arn, owned };
        if (!owned)
            return { scheduleGroup, schedules: {} };
        const names = [];
        for await (const page of (0,_aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .paginateListSchedules */ .mr)({ client: clients.scheduler, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListSchedules }, { GroupName: req.prefix })) {
            names.push(...(page.Schedules ?? []).map((s) => s.Name));
        }
        const details = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_8__/* .mapLimit */ .s)(names, _kind_js__WEBPACK_IMPORTED_MODULE_5__/* .READ_CONCURRENCY */ .H, (name) => clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .GetScheduleCommand */ .nu({ Name: name, GroupName: req.prefix })));
        const found = {};
        details.forEach((s, i) => (found[names[i]] = s));
        return { scheduleGroup, schedules: found };
    },
    plan({ desired, observed, changes, conflicts }) {
        if (desired.backend !== 'scheduler')
            return;
        const { prefix } = desired;
        const group = observed.scheduleGroup;
        const tags = { [_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .OWNER_TAG */ .FX]: prefix };
        if (group && !group.owned) {
            conflicts.push(`schedule group ${prefix} exists but is not owned by this manifest (no tag ${_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .OWNER_TAG */ .FX}=${prefix}); choose another project name, or tag the group to adopt it`);
            return;
        }
        changes.push(group
            ? { kind: 'schedule-group', action: 'unchanged', name: prefix, tags, reason: 'exists' }
            : { kind: 'schedule-group', action: 'create', name: prefix, tags, reason: 'does not exist' });
    },
    phase: () => _kind_js__WEBPACK_IMPORTED_MODULE_5__/* .PHASE */ .A.scheduleGroup,
    async apply({ clients }, c) {
        try {
            await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .CreateScheduleGroupCommand */ .O_({
                Name: c.name,
                Tags: Object.entries(c.tags).map(([Key, Value]) => ({ Key, Value })),
            }));
        }
        catch (error) {
            // A concurrent first deploy created it since we looked: fine if it carries our tag.
            if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ConflictException */ .cb))
                throw error;
            const group = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .GetScheduleGroupCommand */ .en({ Name: c.name }));
            const tags = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ListTagsForResourceCommand */ .a_({ ResourceArn: group.Arn }));
            const owned = Object.entries(c.tags).every(([Key, Value]) => tags.Tags?.some((t) => t.Key === Key && t.Value === Value));
            if (!owned)
                throw new Error(`schedule group ${c.name} was created meanwhile by someone else (without the tag ${Object.keys(c.tags).join(', ')}): not using it`, { cause: error });
            return 'already exists (created concurrently)';
        }
        return undefined;
    },
};
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
    if (target.Arn === _plan_desired_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_TASK_TARGET */ .EY) {
        try {
            const request = (0,_util_case_js__WEBPACK_IMPORTED_MODULE_9__/* .camelKeys */ .R)(JSON.parse(target.Input ?? ''));
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
/** RunTask's request for a templated ECS target (Scheduler and EventBridge name the members alike; RunTask spells the network differently). */
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
/** The ecs-batch deployment owning a schedule's group (its OWNER_TAG), from the schedule's ARN; `default` has none. */
async function scheduleGroupOwner(clients, scheduleArn) {
    const group = /:schedule\/([^/]+)\//.exec(scheduleArn)?.[1];
    if (!group || group === 'default')
        return undefined;
    const tags = await clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ListTagsForResourceCommand */ .a_({
        ResourceArn: scheduleArn.replace(/:schedule\/([^/]+)\/.*$/, ':schedule-group/$1'),
    }));
    return tags.Tags?.find((t) => t.Key === _manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .OWNER_TAG */ .FX)?.Value;
}
const schedules = {
    kinds: ['schedule'],
    // Observed with the group (scheduleGroups.observe).
    plan({ desired, observed, changes, warnings, prunable, ownedJobs, knownArns }) {
        const { prefix } = desired;
        if (desired.backend === 'scheduler' && !(observed.scheduleGroup && !observed.scheduleGroup.owned)) {
            for (const d of desired.jobs) {
                if (!d.schedule)
                    continue; // a job after others starts with its chain
                const ecs = d.schedule.Target.EcsParameters;
                // Shared task definitions: the schedule names the family, so it is complete as desired.
                const input = d.shared
                    ? d.schedule
                    : {
                        ...d.schedule,
                        Target: {
                            ...d.schedule.Target,
                            ...(ecs
                                ? { EcsParameters: { ...ecs, TaskDefinitionArn: knownArns.get(d.family) ?? _plan_types_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_REVISION */ .Lw } }
                                : {}),
                        },
                    };
                const current = observed.schedules[d.name];
                // Drift fingerprints ride on the job's own revision: a shared one has no room for every job's (50 tags at most).
                const fingerprint = d.shared ? undefined : scheduleFingerprint(input, d.family);
                if (fingerprint)
                    (0,_applied_js__WEBPACK_IMPORTED_MODULE_4__/* .carryToRegistration */ .Id)(changes, d.family, fingerprint);
                const recorded = fingerprint
                    ? {
                        ...(0,_applied_js__WEBPACK_IMPORTED_MODULE_4__/* .fingerprintFields */ .gi)(observed, d, knownArns, fingerprint),
                        recordOn: knownArns.get(d.family) ?? _plan_types_js__WEBPACK_IMPORTED_MODULE_2__/* .NEW_REVISION */ .Lw,
                    }
                    : {};
                if (!current) {
                    changes.push({
                        kind: 'schedule',
                        action: 'create',
                        job: d.job.name,
                        name: d.name,
                        group: prefix,
                        input,
                        diff: [],
                        reason: 'does not exist',
                        ...recorded,
                    });
                    continue;
                }
                const diff = (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_3__/* .diffValues */ .In)(normalizeSchedule(current), normalizeSchedule(input));
                const outside = fingerprint !== undefined &&
                    diff.length > 0 &&
                    (0,_applied_js__WEBPACK_IMPORTED_MODULE_4__/* .drifted */ .fN)(observed, d.family, scheduleFingerprint(current, d.family));
                if (outside)
                    warnings.push((0,_applied_js__WEBPACK_IMPORTED_MODULE_4__/* .driftWarning */ .Ir)('schedule', d.name, diff));
                changes.push({
                    kind: 'schedule',
                    action: diff.length ? 'update' : 'unchanged',
                    job: d.job.name,
                    name: d.name,
                    group: prefix,
                    input,
                    diff,
                    reason: diff.length
                        ? `${diff.length} field${diff.length === 1 ? '' : 's'} differ${outside ? ' (changed outside ecs-batch)' : ''}`
                        : 'matches',
                    ...recorded,
                    ...(outside ? { drifted: true } : {}),
                });
            }
        }
        // Prune: what is ours carries the mark (the group) *and* is named `<prefix>-<job>`.
        if (!observed.scheduleGroup?.owned)
            return;
        const desiredNames = new Set(desired.jobs.map((j) => j.name));
        for (const name of Object.keys(observed.schedules).sort()) {
            const job = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_7__/* .jobFromResourceName */ .fs)(prefix, name);
            if (!job) {
                warnings.push(`schedule ${name} in the group ${prefix} is not named ${prefix}-<job>: it was not made by ecs-batch and is left alone`);
                continue;
            }
            ownedJobs.add(job);
            if (desired.backend === 'scheduler' && desiredNames.has(name))
                continue;
            prunable.push({
                kind: 'schedule',
                action: 'delete',
                job,
                name,
                group: prefix,
                diff: [],
                reason: desiredNames.has(name)
                    ? 'the job moved to EventBridge rules (backend: rules)'
                    : 'no longer in the manifest',
            });
        }
    },
    phase: (c) => (c.action === 'delete' ? _kind_js__WEBPACK_IMPORTED_MODULE_5__/* .PHASE */ .A.prune : _kind_js__WEBPACK_IMPORTED_MODULE_5__/* .PHASE */ .A.schedules),
    async apply(ctx, c) {
        if (c.action === 'delete') {
            try {
                await ctx.clients.scheduler.send(new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .DeleteScheduleCommand */ .ML({ Name: c.name, GroupName: c.group }));
            }
            catch (error) {
                if (!(error instanceof _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .ResourceNotFoundException */ .lB))
                    throw error;
            }
            return undefined;
        }
        const ecs = c.input.Target.EcsParameters;
        const input = {
            ...c.input,
            Target: {
                ...c.input.Target,
                ...(ecs ? { EcsParameters: { ...ecs, TaskDefinitionArn: ctx.withArn(ecs.TaskDefinitionArn, c.name) } } : {}),
            },
        };
        await ctx.clients.scheduler.send(c.action === 'create' ? new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .CreateScheduleCommand */ .to(input) : new _aws_sdk_client_scheduler__WEBPACK_IMPORTED_MODULE_6__/* .UpdateScheduleCommand */ .CH(input));
        if (c.fingerprint)
            await (0,_applied_js__WEBPACK_IMPORTED_MODULE_4__/* .recordApplied */ .RC)(ctx, c.name, ctx.withArn(c.recordOn, c.name), c);
        return undefined;
    },
};


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
  L: () => (/* binding */ classify),
  findJob: () => (/* binding */ findJob),
  runJob: () => (/* binding */ runJob),
  startedByFor: () => (/* binding */ startedByFor)
});

// UNUSED EXPORTS: MANUAL_RUN_TAG

// EXTERNAL MODULE: ../node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var dist_cjs = __webpack_require__(218);
// EXTERNAL MODULE: ./report/links.ts
var links = __webpack_require__(8054);
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
// EXTERNAL MODULE: ./manifest/names.ts
var names = __webpack_require__(440);
// EXTERNAL MODULE: ./plan/desired.ts + 1 modules
var desired = __webpack_require__(7761);
// EXTERNAL MODULE: ./resources/schedules.ts
var schedules = __webpack_require__(3096);
// EXTERNAL MODULE: ./taskdef/shared.ts
var shared = __webpack_require__(5910);
// EXTERNAL MODULE: ./plan/types.ts
var types = __webpack_require__(727);
;// CONCATENATED MODULE: ./run/settings.ts
/**
 * How a job runs when its schedule fires, read from the live schedule (or rule), so a manual run
 * uses exactly the same cluster, revision, network and capacity settings.
 */









async function fromSchedule(clients, manifest, name) {
    try {
        const schedule = await clients.scheduler.send(new client_scheduler_dist_cjs/* GetScheduleCommand */.nu({ Name: name, GroupName: manifest.prefix }));
        // A templated ECS target, or (shared task definitions) a universal one whose Input is the request itself.
        return (0,schedules/* scheduledRunTask */.OU)(schedule.Target)?.request;
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
        const target = out.Targets?.find((t) => t.Id === types/* RULE_TARGET_ID */.ry);
        if (!target?.EcsParameters || !target.Arn)
            return undefined;
        // A rule's Input is the task's overrides (the job's command and environment, with shared task definitions).
        return {
            ...(0,schedules/* runTaskOfEcsParameters */.ZX)(target.Arn, target.EcsParameters),
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
    return (0,schedules/* runTaskOfEcsParameters */.ZX)(manifest.cluster, (0,desired/* ecsParameters */.uH)(job, arn, manifest.prefix));
}
async function runSettings(clients, manifest, job) {
    const name = (0,names/* jobResourceName */.ln)(manifest.prefix, job.name);
    const notes = [];
    if (!job.enabled)
        notes.push(`job '${job.name}' is disabled in the manifest (its schedule does not fire); running it by hand anyway`);
    const live = manifest.backend === 'rules' ? await fromRule(clients, name) : await fromSchedule(clients, manifest, name);
    if (live)
        return { request: live, source: manifest.backend === 'rules' ? 'rule' : 'schedule', notes };
    const family = manifest.taskDefinitions === 'shared'
        ? (0,shared/* sharedTaskDefinition */.q6)(job, { prefix: manifest.prefix, region: await clients.region(), image: '' }).family
        : name;
    notes.push(`no live ${manifest.backend === 'rules' ? 'rule' : 'schedule'} ${name}: using the manifest's settings and the latest ACTIVE revision of ${family}`);
    const request = await fromManifest(clients, manifest, job, family);
    return {
        request: manifest.taskDefinitions === 'shared' ? { ...request, overrides: (0,shared/* jobOverrides */.z5)(job) } : request,
        source: 'manifest',
        notes,
    };
}

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
        return `the awslogs group ${result.logGroup ?? ''} does not exist, so the container could not start: \`ecs-batch deploy\` creates it (or create it yourself)`;
    }
    if (/CannotPullContainerError/i.test(reason)) {
        // Where the pull goes out from depends on the network mode: the task's own interface (awsvpc), or the host's.
        return result.networkMode === 'awsvpc'
            ? 'the image could not be pulled: check it exists in ECR, that the execution role may pull it, and that the subnets reach ECR (NAT gateway, VPC endpoints, or assignPublicIp: ENABLED)'
            : `the image could not be pulled: check it exists in ECR, that the container instances' role (or the execution role) may pull it, and that the instances reach ECR (${result.networkMode ?? 'bridge'} networking pulls from the host)`;
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
/** What a stopped task says about the run (exported: run history reads the same events). */
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
    // The schedule's own overrides (shared task definitions) are the starting point; --command and --env go on top.
    const scheduled = settings.request.overrides;
    const ownOverride = scheduled?.containerOverrides?.find((c) => c.name === main.name);
    const environment = [
        ...(ownOverride?.environment ?? []).filter((e) => !(options.environment && String(e.name) in options.environment)),
        ...Object.entries(options.environment ?? {}).map(([name, value]) => ({ name, value })),
    ];
    const overrides = options.command || options.environment
        ? {
            ...scheduled,
            containerOverrides: [
                ...(scheduled?.containerOverrides ?? []).filter((c) => c !== ownOverride),
                {
                    ...ownOverride,
                    name: main.name,
                    ...(options.command ? { command: options.command } : {}),
                    ...(environment.length ? { environment } : {}),
                },
            ],
        }
        : scheduled;
    const run = await clients.ecs.send(new dist_cjs/* RunTaskCommand */._eD({
        ...settings.request,
        startedBy: options.startedBy,
        ...(overrides ? { overrides } : {}),
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
        ...(logStream ? { logStream, logUrl: (0,links/* logGroupConsoleUrl */.s)(region, logGroup, logStream) } : {}),
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
    const result = { ...located, ...classify(final, timedOut), logLines: lines };
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
/* harmony import */ var _report_validation_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6548);
/* harmony import */ var _run_run_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6339);
/* harmony import */ var _stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3020);
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
    const c = (0,_run_run_js__WEBPACK_IMPORTED_MODULE_2__/* .classify */ .L)(asTask, false);
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
        detail.output !== JSON.stringify(_stepfunctions_asl_js__WEBPACK_IMPORTED_MODULE_3__/* .SKIPPED_OUTPUT */ .Lx) ||
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
        const info = (0,_report_validation_js__WEBPACK_IMPORTED_MODULE_1__/* .jobScheduleInfo */ .RG)(job, now, nextCount);
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
            nextRunsLocal: live === false ? [] : (0,_report_validation_js__WEBPACK_IMPORTED_MODULE_1__/* .localRuns */ .oG)(info),
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
