export const id = 679;
export const ids = [679];
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

/***/ 9206:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m9: () => (/* binding */ changeName),
  uV: () => (/* reexport */ reasonText)
});

// UNUSED EXPORTS: NEW_REVISION, RULE_TARGET_ID, isWrite

// EXTERNAL MODULE: ./targets/ecs.ts
var ecs = __webpack_require__(5428);
// EXTERNAL MODULE: ./targets/schedule.ts
var schedule = __webpack_require__(2252);
// EXTERNAL MODULE: ./util/diff.ts
var diff = __webpack_require__(3918);
;// CONCATENATED MODULE: ./model/change.ts
/** What every change and every job plan share, whatever the kind of resource. */

function reasonText(reason, options = {}) {
    return typeof reason === 'string' ? reason : `${reason.resource} ${(0,diff/* describeChange */.uQ)(reason.change, options)}`;
}

;// CONCATENATED MODULE: ./plan/types.ts



/** The resource a change is about: a family for task definitions, a name otherwise. */
function changeName(c) {
    return c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
}
function isWrite(change) {
    return change.action !== 'unchanged';
}


/***/ }),

/***/ 8280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeProgress: () => (/* binding */ describeProgress)
/* harmony export */ });
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9206);

/** One progress line per applied change, for logs. */
function describeProgress(event) {
    const c = event.change;
    const name = (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_0__/* .changeName */ .m9)(c);
    const mark = event.status === 'done' ? '✓' : '✗';
    return `${mark} ${c.action} ${c.kind} ${name}${event.detail ? `: ${event.detail}` : ''}`;
}


/***/ })

};
