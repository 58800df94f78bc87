export const id = 724;
export const ids = [724];
export const modules = {

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

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ROLLBACK_REVISIONS_READ: () => (/* binding */ ROLLBACK_REVISIONS_READ),
/* harmony export */   previousImage: () => (/* binding */ previousImage),
/* harmony export */   refuseRegistrations: () => (/* binding */ refuseRegistrations)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(218);
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7702);
/**
 * `ecs-batch rollback`: every job back on an earlier image. The image is the one `--steps` deploys back (default the
 * one before the current), read from the task definition revisions the first job has kept, or the one `--to` names.
 * With per-job task definitions each schedule is pointed at the earlier revision that ran that image, and nothing is
 * registered (RegisterTaskDefinition's 1 a second never slows it); a job with no such revision (new since, or changed
 * in a way the old revisions do not hold) refuses the rollback before any write. With shared task definitions
 * (schedules run a shape's latest revision) it is one registration per shape, and the image is named with `--to`.
 */




/** Earlier revisions a rollback reads per job, newest first (keep-revisions must keep at least this many to roll back). */
const ROLLBACK_REVISIONS_READ = 10;
/** The image `steps` deploys back, from the first job's revisions (newest first): undefined when none is that old. */
async function previousImage(clients, manifest, steps) {
    const job = manifest.jobs[0];
    const family = (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(manifest.prefix, job.name);
    const arns = [];
    for await (const page of (0,_aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__/* .paginateListTaskDefinitions */ .XPO)({ client: clients.ecs, pageSize: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .PAGE_SIZE */ .md.ListTaskDefinitions }, { familyPrefix: family, status: 'ACTIVE', sort: 'DESC' })) {
        arns.push(...(page.taskDefinitionArns ?? []).filter((a) => a.includes(`/${family}:`)));
        if (arns.length > ROLLBACK_REVISIONS_READ)
            break;
    }
    const images = [];
    for (const arn of arns.slice(0, ROLLBACK_REVISIONS_READ + 1)) {
        const td = (await clients.ecs.send(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_3__/* .DescribeTaskDefinitionCommand */ .Zy$({ taskDefinition: arn }))).taskDefinition;
        const container = td?.containerDefinitions?.find((c) => c.name === job.containerName) ?? td?.containerDefinitions?.[0];
        const image = container?.image;
        if (image && /@sha256:[0-9a-f]{64}$/.test(image) && images.at(-1) !== image)
            images.push(image);
        if (images.length > steps)
            return images[steps];
    }
    return undefined;
}
/** Refuses (before any write) a per-job rollback that would register: a job the earlier revisions cannot run. */
function refuseRegistrations(manifest, plan) {
    if (manifest.taskDefinitions === 'shared')
        return;
    const registering = plan.jobs.filter((j) => j.registersNewRevision).map((j) => j.job);
    if (registering.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .OperationError */ .O(`rollback refused: ${registering.join(', ')} ha${registering.length === 1 ? 's' : 've'} no earlier revision ` +
            'with that image and the manifest as it is now (a job added since, or settings changed since)', 'deploy that image instead (`ecs-batch deploy --image ...`), which registers what the manifest says');
}


/***/ })

};
