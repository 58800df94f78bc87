export const id = 161;
export const ids = [161];
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
/* harmony export */   TG: () => (/* binding */ LOGS_RESOURCE_POLICY_MAX),
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
/** A CloudWatch Logs resource policy document. */
const LOGS_RESOURCE_POLICY_MAX = 5120;
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

/***/ 5428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ RUN_TASK_TARGET),
/* harmony export */   JU: () => (/* binding */ isCluster),
/* harmony export */   Lw: () => (/* binding */ NEW_REVISION),
/* harmony export */   OU: () => (/* binding */ scheduledRunTask),
/* harmony export */   ZX: () => (/* binding */ runTaskOfEcsParameters),
/* harmony export */   dY: () => (/* binding */ runTaskInput),
/* harmony export */   l_: () => (/* binding */ overridesIn),
/* harmony export */   uH: () => (/* binding */ ecsParameters)
/* harmony export */ });
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _manifest_compute_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6077);
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
        Group: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .taskGroup */ .lB)(prefix, job.name, job.alerts),
        ...(job.capacityProviderStrategy
            ? {
                CapacityProviderStrategy: job.capacityProviderStrategy.map((p) => ({
                    capacityProvider: p.capacityProvider,
                    ...(p.weight !== undefined ? { weight: p.weight } : {}),
                    ...(p.base !== undefined ? { base: p.base } : {}),
                })),
            }
            : { LaunchType: job.launchType ?? 'FARGATE' }),
        ...(job.platformVersion && (0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_0__/* .isFargate */ .rd)(job) ? { PlatformVersion: job.platformVersion } : {}),
        ...((0,_manifest_compute_js__WEBPACK_IMPORTED_MODULE_0__/* .usesAwsvpc */ .B)(job) && job.network
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
/** The universal target's Input: the RunTask request a schedule sends for a job. */
function runTaskInput(job, prefix, clusterArn, taskDefinition, overrides) {
    const { TaskDefinitionArn, TaskCount: _count, ...ecs } = ecsParameters(job, taskDefinition, prefix);
    return JSON.stringify({
        Cluster: clusterArn,
        TaskDefinition: TaskDefinitionArn,
        Count: 1,
        ...(0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .pascalKeys */ .N)(ecs),
        Overrides: (0,_util_case_js__WEBPACK_IMPORTED_MODULE_2__/* .pascalKeys */ .N)(overrides),
    });
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
