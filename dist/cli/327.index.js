export const id = 327;
export const ids = [327];
export const modules = {

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

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ usesAwsvpc),
/* harmony export */   P9: () => (/* binding */ renderTaskDefinition),
/* harmony export */   To: () => (/* binding */ foreignTaskDefinitionKeys),
/* harmony export */   b0: () => (/* binding */ networkModeOf),
/* harmony export */   rd: () => (/* binding */ isFargate)
/* harmony export */ });
/* unused harmony export taskDefinitionTags */
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);


/** True when the job runs on Fargate (directly or through a Fargate capacity provider). */
function isFargate(job) {
    return job.launchType === 'FARGATE' || (job.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider));
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
function byName(items) {
    return [...items].sort((a, b) => String(a.name).localeCompare(String(b.name)));
}
/** The task definition tags: ownership first, then the job's own. */
function taskDefinitionTags(job, prefix) {
    const own = Object.entries(job.tags).map(([key, value]) => ({ key, value }));
    return [{ key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX, value: prefix }, { key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2, value: job.name }, ...own.sort((a, b) => a.key.localeCompare(b.key))];
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
        environment: byName([...(baseMain.environment ?? []).filter((e) => !(String(e.name) in job.environment)), ...Object.entries(job.environment).map(([name, value]) => ({ name, value }))]),
        secrets: byName([...(baseMain.secrets ?? []).filter((s) => !(String(s.name) in job.secrets)), ...Object.entries(job.secrets).map(([name, valueFrom]) => ({ name, valueFrom }))]),
        ...(job.logs
            ? {
                logConfiguration: {
                    logDriver: 'awslogs',
                    options: { 'awslogs-group': job.logs.group, 'awslogs-region': ctx.region, 'awslogs-stream-prefix': job.logs.streamPrefix ?? job.name },
                },
            }
            : {}),
    };
    const containers = [main, ...baseContainers.filter((c) => c.name !== job.containerName)];
    const compatibility = job.launchType ?? (isFargate(job) ? 'FARGATE' : 'EC2');
    return {
        ...base,
        family: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(ctx.prefix, job.name),
        ...(job.taskRoleArn ? { taskRoleArn: job.taskRoleArn } : {}),
        ...(job.executionRoleArn ? { executionRoleArn: job.executionRoleArn } : {}),
        networkMode: networkModeOf(job),
        requiresCompatibilities: [compatibility],
        ...(job.cpu !== undefined ? { cpu: String(job.cpu) } : {}),
        ...(job.memory !== undefined ? { memory: String(job.memory) } : {}),
        ...(job.architecture ? { runtimePlatform: { cpuArchitecture: job.architecture, operatingSystemFamily: 'LINUX' } } : {}),
        ...(job.ephemeralStorageGiB !== undefined ? { ephemeralStorage: { sizeInGiB: job.ephemeralStorageGiB } } : {}),
        containerDefinitions: containers,
        tags: taskDefinitionTags(job, ctx.prefix),
    };
}


/***/ })

};
