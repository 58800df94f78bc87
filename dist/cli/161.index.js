export const id = 161;
export const ids = [161];
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
/* harmony export */   D9: () => (/* binding */ SCHEDULED_TIME_VARIABLE),
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
/* harmony export */   lr: () => (/* binding */ RESERVED_VARIABLE_PREFIX),
/* harmony export */   mQ: () => (/* binding */ QUIET_GROUP_PREFIX),
/* harmony export */   ol: () => (/* binding */ operationsResourceName),
/* harmony export */   ow: () => (/* binding */ watchScheduleName),
/* harmony export */   w8: () => (/* binding */ namePrefix),
/* harmony export */   z2: () => (/* binding */ JOB_TAG),
/* harmony export */   zH: () => (/* binding */ APPLIED_TAG),
/* harmony export */   zM: () => (/* binding */ RESERVED_TAG_PREFIX)
/* harmony export */ });
/* harmony import */ var _util_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7649);
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
/**
 * The environment variable every run of a job gets: the time its schedule was due (ISO 8601, UTC), not when the task
 * started; for a run by hand, the time given (or the time it was started). Names starting ECS_BATCH_ are ecs-batch's.
 */
const SCHEDULED_TIME_VARIABLE = 'ECS_BATCH_SCHEDULED_TIME';
const RESERVED_VARIABLE_PREFIX = 'ECS_BATCH_';
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
/**
 * A watched job's companion schedule, in the project's group: `<prefix>-ecs-batch-watch-<job>` (a reserved name no job
 * has), shortened with a hash of the job's name past Scheduler's 64 characters.
 */
function watchScheduleName(prefix, job) {
    const name = `${operationsResourceName(prefix, 'watch')}-${job}`;
    if (name.length <= 64)
        return name;
    const tag = (0,_util_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)(job, 10);
    return `${name.slice(0, 64 - 11)}-${tag}`;
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

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ withTargetTaskDefinition),
/* harmony export */   EY: () => (/* binding */ RUN_TASK_TARGET),
/* harmony export */   JU: () => (/* binding */ isCluster),
/* harmony export */   Lw: () => (/* binding */ NEW_REVISION),
/* harmony export */   OU: () => (/* binding */ scheduledRunTask),
/* harmony export */   UN: () => (/* binding */ targetTaskDefinition),
/* harmony export */   Xw: () => (/* binding */ ruleRunTaskInput),
/* harmony export */   ZX: () => (/* binding */ runTaskOfEcsParameters),
/* harmony export */   dY: () => (/* binding */ runTaskInput),
/* harmony export */   iX: () => (/* binding */ SCHEDULER_SCHEDULED_TIME),
/* harmony export */   l_: () => (/* binding */ overridesIn),
/* harmony export */   uH: () => (/* binding */ ecsParameters)
/* harmony export */ });
/* unused harmony export inputWithPlaceholder */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(440);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6077);
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
        Group: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .taskGroup */ .lB)(prefix, job.name, job.alerts),
        ...(job.capacityProviderStrategy
            ? {
                CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({
                    capacityProvider: p.capacityProvider,
                    ...(p.weight !== undefined ? { weight: p.weight } : {}),
                    ...(p.base !== undefined ? { base: p.base } : {}),
                })),
            }
            : { LaunchType: job.launchType ?? 'FARGATE' }),
        ...(job.platformVersion && (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__/* .isFargate */ .rd)(job) ? { PlatformVersion: job.platformVersion } : {}),
        ...((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_1__/* .usesAwsvpc */ .B)(job) && job.network
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
/** EventBridge Scheduler's context attribute for the time a schedule was due, replaced in a target's Input. */
const SCHEDULER_SCHEDULED_TIME = '<aws.scheduler.scheduled-time>';
/**
 * Stands for the scheduled time in an object until it is serialized. It is an object, not a string: serialized, it is
 * `{"ScheduledTimeSlot":true}` unquoted, which no string value can produce (a string's quotes are escaped). Its key
 * is PascalCase already, so the universal target's PascalCase conversion leaves it as it is.
 */
const SCHEDULED_TIME_SLOT = { ScheduledTimeSlot: true };
const SLOT_JSON = JSON.stringify(SCHEDULED_TIME_SLOT);
/** The job's overrides (shared task definitions: its command and environment), with the scheduled time added. */
function withScheduledTime(job, overrides, time) {
    const own = overrides?.containerOverrides.find((c) => c.name === job.containerName);
    const environment = [
        ...(own?.environment ?? []).filter((e) => e.name !== _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEDULED_TIME_VARIABLE */ .D9),
        { name: _manifest_names_js__WEBPACK_IMPORTED_MODULE_0__/* .SCHEDULED_TIME_VARIABLE */ .D9, value: time },
    ];
    return {
        containerOverrides: [
            ...(overrides?.containerOverrides.filter((c) => c !== own) ?? []),
            { name: job.containerName, ...(own?.command ? { command: own.command } : {}), environment },
        ],
    };
}
/**
 * JSON for a target's Input that AWS substitutes into: every `<` of the values escaped (`\u003c`, the same JSON), so
 * no manifest value can name a context attribute or an InputTransformer placeholder; then the scheduled time's
 * slot becomes `placeholder`, written as is.
 */
function inputWithPlaceholder(value, placeholder) {
    return JSON.stringify(value).replace(/</g, '\\u003c').replace(SLOT_JSON, placeholder);
}
/**
 * The universal target's Input: the RunTask request a schedule sends for a job, with its overrides and the time the
 * schedule was due in the job's environment (Scheduler's context attribute).
 */
function runTaskInput(job, prefix, clusterArn, taskDefinition, overrides) {
    const { TaskDefinitionArn, TaskCount: _count, ...ecs } = ecsParameters(job, taskDefinition, prefix);
    return inputWithPlaceholder({
        Cluster: clusterArn,
        TaskDefinition: TaskDefinitionArn,
        Count: 1,
        ...(0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .pascalKeys */ .N)(ecs),
        Overrides: (0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .pascalKeys */ .N)(withScheduledTime(job, overrides, SCHEDULED_TIME_SLOT)),
    }, JSON.stringify(SCHEDULER_SCHEDULED_TIME));
}
/**
 * An EventBridge rule's ECS target input: the task's overrides with the scheduled event's `time` (when the rule was
 * due) in the job's environment, through an InputTransformer.
 */
function ruleRunTaskInput(job, overrides) {
    return {
        InputPathsMap: { time: '$.time' },
        // The placeholder outside quotes: EventBridge writes the time as a JSON string.
        InputTemplate: inputWithPlaceholder(withScheduledTime(job, overrides, SCHEDULED_TIME_SLOT), '<time>'),
    };
}
/** The task definition a schedule's ECS target runs: the templated target's, or the one in the universal's Input. */
function targetTaskDefinition(target) {
    if (target?.EcsParameters)
        return target.EcsParameters.TaskDefinitionArn;
    if (target?.Arn !== RUN_TASK_TARGET)
        return undefined;
    try {
        const request = JSON.parse(target.Input ?? '');
        return typeof request.TaskDefinition === 'string' ? request.TaskDefinition : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The target with its ECS task definition set: the templated target's member, or (the universal target) the
 * request's `TaskDefinition` in its Input, rewritten in place so the rest of the Input (its placeholders) stays as
 * written.
 */
function withTargetTaskDefinition(target, taskDefinition) {
    if (target.EcsParameters)
        return { ...target, EcsParameters: { ...target.EcsParameters, TaskDefinitionArn: taskDefinition } };
    const current = targetTaskDefinition(target);
    if (current === undefined || !target.Input)
        return target;
    const field = (value) => `"TaskDefinition":${JSON.stringify(value).replace(/</g, '\\u003c')}`;
    return { ...target, Input: target.Input.replace(field(current), field(taskDefinition)) };
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
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8335);
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
            parts.push(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} removed`);
        else if (!b.has(name))
            parts.push(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} added (${hide ? `value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a.get(name))}` : (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.get(name)))})`);
        else if (a.get(name) !== b.get(name))
            parts.push(`${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(name)} changed ` +
                (hide
                    ? `(value ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(b.get(name))} → ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .fingerprint */ .Rj)(a.get(name))})`
                    : `(${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(b.get(name)))} → ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(a.get(name)))})`));
    }
    return parts.join(', ') || '(no variable changed)';
}
function show(value) {
    if (value === undefined)
        return '(none)';
    const safe = Array.isArray(value) && value.every((v) => typeof v === 'string') ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactArgv */ .Qu)(value) : value;
    const text = typeof safe === 'string' ? (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(safe)) : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)((0,_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(safe));
    // Image references: the ECR host is the same on both sides and the digest's head is enough.
    return text
        .replace(/\b\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\//g, '')
        .replace(/sha256:([0-9a-f]{12})[0-9a-f]{52}/g, 'sha256:$1…');
}


/***/ })

};
