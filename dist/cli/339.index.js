export const id = 339;
export const ids = [339];
export const modules = {

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ FLEXIBLE_WINDOW_MINUTES),
/* harmony export */   Bw: () => (/* binding */ TASK_FAMILY),
/* harmony export */   Cz: () => (/* binding */ CONTAINER_NAME),
/* harmony export */   G: () => (/* binding */ TASK_DEFINITION_FIELDS),
/* harmony export */   GN: () => (/* binding */ SCHEDULE_EXPRESSION_MAX),
/* harmony export */   Km: () => (/* binding */ RETRY_ATTEMPTS),
/* harmony export */   Nr: () => (/* binding */ CRON_YEAR),
/* harmony export */   OY: () => (/* binding */ ECR_REPOSITORY_NAME),
/* harmony export */   Of: () => (/* binding */ SCHEDULE_NAME),
/* harmony export */   TE: () => (/* binding */ RULE_DESCRIPTION_MAX),
/* harmony export */   XY: () => (/* binding */ RULE_NAME),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   jz: () => (/* binding */ LOG_GROUP_NAME),
/* harmony export */   m: () => (/* binding */ RETRY_EVENT_AGE_SECONDS),
/* harmony export */   mV: () => (/* binding */ TAG_KEY_MAX),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   oO: () => (/* binding */ TARGET_INPUT_MAX),
/* harmony export */   qi: () => (/* binding */ FARGATE_SIZES),
/* harmony export */   uM: () => (/* binding */ TAG_VALUE_MAX),
/* harmony export */   vD: () => (/* binding */ fargateMemoryText),
/* harmony export */   yt: () => (/* binding */ SCHEDULE_GROUP_NAME),
/* harmony export */   yv: () => (/* binding */ LOG_RETENTION_DAYS),
/* harmony export */   zm: () => (/* binding */ RULES_PER_BUS_DEFAULT)
/* harmony export */ });
/* unused harmony exports PLACEMENT_CONSTRAINTS_MAX, PLACEMENT_STRATEGY_MAX, SCHEDULE_DESCRIPTION_MAX, TARGETS_PER_RULE_MAX, TARGET_ID, TAGS_PER_RESOURCE_MAX, API_RATES */
/**
 * Every AWS limit the project relies on, in one place. The validator, the planner and the local
 * emulator all read these, so a limit is corrected once.
 */
/** EventBridge rule names, Scheduler schedule and group names: 1-64 of these characters. */
const RULE_NAME = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 };
const SCHEDULE_NAME = { pattern: /^[0-9a-zA-Z\-_.]+$/, max: 64 };
const SCHEDULE_GROUP_NAME = SCHEDULE_NAME;
/** ECS task definition family: letters, numbers, hyphens and underscores, up to 255. */
const TASK_FAMILY = { pattern: /^[A-Za-z0-9_-]+$/, max: 255 };
/** ECS container names share the family's alphabet. */
const CONTAINER_NAME = TASK_FAMILY;
/** CloudWatch Logs group names. */
const LOG_GROUP_NAME = { pattern: /^[.\-_/#A-Za-z0-9]+$/, max: 512 };
const ECR_REPOSITORY_NAME = {
    pattern: /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,
    min: 2,
    max: 256,
};
/** The request fields RegisterTaskDefinition takes: anything else in a base file is not a task definition field. */
const TASK_DEFINITION_FIELDS = new Set([
    'family',
    'taskRoleArn',
    'executionRoleArn',
    'networkMode',
    'containerDefinitions',
    'volumes',
    'placementConstraints',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'tags',
    'pidMode',
    'ipcMode',
    'proxyConfiguration',
    'inferenceAccelerators',
    'ephemeralStorage',
    'runtimePlatform',
    'enableFaultInjection',
]);
/** ECS RunTask and targets: at most this many placement constraints and strategy rules. */
const PLACEMENT_CONSTRAINTS_MAX = 10;
const PLACEMENT_STRATEGY_MAX = 5;
const RULE_DESCRIPTION_MAX = 512;
const SCHEDULE_DESCRIPTION_MAX = 512;
const SCHEDULE_EXPRESSION_MAX = 256;
const TARGET_INPUT_MAX = 8192;
const TARGETS_PER_RULE_MAX = 5;
const TARGET_ID = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 };
/** Default quota of rules per event bus (an adjustable quota, so a warning, not an error). */
const RULES_PER_BUS_DEFAULT = 300;
/** EventBridge Scheduler ranges. */
const FLEXIBLE_WINDOW_MINUTES = { min: 1, max: 1440 };
const RETRY_ATTEMPTS = { min: 0, max: 185 };
const RETRY_EVENT_AGE_SECONDS = { min: 60, max: 86400 };
/** What Scheduler and EventBridge apply when no RetryPolicy is given. */
const DEFAULT_RETRY_POLICY = { maximumRetryAttempts: 185, maximumEventAgeInSeconds: 86400 };
/** AWS cron year bounds. */
const CRON_YEAR = { min: 1970, max: 2199 };
/** ECS resource tags. */
const TAG_KEY_MAX = 128;
const TAG_VALUE_MAX = 256;
const TAGS_PER_RESOURCE_MAX = 50;
/** CloudWatch Logs retention values PutRetentionPolicy accepts (days). */
const LOG_RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
/** Fargate task sizes: cpu units -> allowed memory (MiB). From AWS's task size table. */
const FARGATE_SIZES = new Map([
    [256, [512, 1024, 2048]],
    [512, steps(1024, 4096, 1024)],
    [1024, steps(2048, 8192, 1024)],
    [2048, steps(4096, 16384, 1024)],
    [4096, steps(8192, 30720, 1024)],
    [8192, steps(16384, 61440, 4096)],
    [16384, steps(32768, 122880, 8192)],
]);
function steps(from, to, by) {
    const out = [];
    for (let v = from; v <= to; v += by)
        out.push(v);
    return out;
}
/** Describes the Fargate memory choices for a cpu value, for error messages. */
function fargateMemoryText(cpu) {
    const mem = FARGATE_SIZES.get(cpu);
    if (!mem)
        return '';
    if (mem.length <= 3)
        return mem.join(', ');
    return `${mem[0]}-${mem[mem.length - 1]} in steps of ${mem[1] - mem[0]}`;
}
/** Sustained and burst rates AWS documents for the throttled write APIs the deploy makes. */
const API_RATES = {
    RegisterTaskDefinition: { perSecond: 1, burst: 20 },
};
/** Page sizes the pipeline asks for (each API's maximum). */
const PAGE_SIZE = {
    ListSchedules: 100,
    ListRules: 100,
    ListTaskDefinitions: 100,
    ListTaskDefinitionFamilies: 100,
    DescribeLogGroups: 50,
    DescribeImages: 100,
    ListScheduleGroups: 100,
};


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
