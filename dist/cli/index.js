#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2764:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ PREFLIGHT_IN_FLIGHT),
/* harmony export */   $t: () => (/* binding */ FLEXIBLE_WINDOW_MINUTES),
/* harmony export */   Bw: () => (/* binding */ TASK_FAMILY),
/* harmony export */   Cz: () => (/* binding */ CONTAINER_NAME),
/* harmony export */   DJ: () => (/* binding */ DEPLOY_POLICY_ROLE_READS_MAX),
/* harmony export */   G: () => (/* binding */ TASK_DEFINITION_FIELDS),
/* harmony export */   GN: () => (/* binding */ SCHEDULE_EXPRESSION_MAX),
/* harmony export */   Km: () => (/* binding */ RETRY_ATTEMPTS),
/* harmony export */   NO: () => (/* binding */ EVENTS_IN_FLIGHT),
/* harmony export */   Nr: () => (/* binding */ CRON_YEAR),
/* harmony export */   OY: () => (/* binding */ ECR_REPOSITORY_NAME),
/* harmony export */   Of: () => (/* binding */ SCHEDULE_NAME),
/* harmony export */   TE: () => (/* binding */ RULE_DESCRIPTION_MAX),
/* harmony export */   TG: () => (/* binding */ LOGS_RESOURCE_POLICY_MAX),
/* harmony export */   XY: () => (/* binding */ RULE_NAME),
/* harmony export */   b8: () => (/* binding */ schedulerInFlight),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   dx: () => (/* binding */ FILTER_PATTERN_MAX),
/* harmony export */   e9: () => (/* binding */ EC2_FILTER_VALUES_MAX),
/* harmony export */   jz: () => (/* binding */ LOG_GROUP_NAME),
/* harmony export */   m: () => (/* binding */ RETRY_EVENT_AGE_SECONDS),
/* harmony export */   mV: () => (/* binding */ TAG_KEY_MAX),
/* harmony export */   md: () => (/* binding */ PAGE_SIZE),
/* harmony export */   oO: () => (/* binding */ TARGET_INPUT_MAX),
/* harmony export */   qi: () => (/* binding */ FARGATE_SIZES),
/* harmony export */   uM: () => (/* binding */ TAG_VALUE_MAX),
/* harmony export */   v5: () => (/* binding */ SSM_FILTER_VALUES_MAX),
/* harmony export */   vD: () => (/* binding */ fargateMemoryText),
/* harmony export */   vO: () => (/* binding */ CLUSTER_REF),
/* harmony export */   yt: () => (/* binding */ SCHEDULE_GROUP_NAME),
/* harmony export */   yv: () => (/* binding */ LOG_RETENTION_DAYS),
/* harmony export */   zm: () => (/* binding */ RULES_PER_BUS_DEFAULT)
/* harmony export */ });
/* unused harmony exports PLACEMENT_CONSTRAINTS_MAX, PLACEMENT_STRATEGY_MAX, SCHEDULE_DESCRIPTION_MAX, TARGETS_PER_RULE_MAX, TARGET_ID, TAGS_PER_RESOURCE_MAX, API_RATES, SCHEDULER_LARGE_REGIONS, inFlightFor, FILTER_PAGE, IMAGES_KEPT_BY_TAG */
/**
 * Every AWS limit the project relies on, in one place. The validator, the planner and the local
 * emulator all read these, so a limit is corrected once.
 */
/** EventBridge rule names, Scheduler schedule and group names: 1-64 of these characters. */
const RULE_NAME = { pattern: /^[.\-_A-Za-z0-9]+$/, max: 64 };
const SCHEDULE_NAME = { pattern: /^[0-9a-zA-Z\-_.]+$/, max: 64 };
const SCHEDULE_GROUP_NAME = SCHEDULE_NAME;
/** An ECS cluster: its name (letters, numbers, hyphens, underscores, up to 255) or its ARN. */
const CLUSTER_REF = /^(?:[A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/;
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
/**
 * Default request quotas AWS documents (per account and Region) for the APIs ecs-batch calls in bulk. Where Regions
 * differ, `perSecond` is the figure for every Region and `largeRegions` the one for the Regions AWS lists by name.
 * - ECS: token buckets; RegisterTaskDefinition 1/s with a burst of 20; reads ("cluster read" and the like) 20/s,
 *   bucket 50 (Request throttling for the Amazon ECS API).
 * - EventBridge Scheduler: GetSchedule, ListSchedules, CreateSchedule, UpdateSchedule, DeleteSchedule each 1,000/s in
 *   the large Regions and 250/s elsewhere (Quotas for Amazon EventBridge Scheduler).
 * - EventBridge: every API but PutEvents 50/s ("throttle limit for all other APIs").
 * - CloudWatch Logs: FilterLogEvents 5/s.
 */
const API_RATES = {
    RegisterTaskDefinition: { perSecond: 1, burst: 20 },
    ecsRead: { perSecond: 20, burst: 50 },
    scheduler: { perSecond: 250, largeRegions: 1000 },
    events: { perSecond: 50 },
    FilterLogEvents: { perSecond: 5 },
};
/** The Regions where EventBridge Scheduler's request quotas are the larger figure. */
const SCHEDULER_LARGE_REGIONS = new Set([
    'us-east-1',
    'us-east-2',
    'us-west-2',
    'ap-northeast-1',
    'ap-south-1',
    'ap-southeast-1',
    'ap-southeast-2',
    'eu-central-1',
    'eu-west-1',
    'eu-west-2',
    'sa-east-1',
]);
/** A call's usual round trip to an AWS API from a runner in the same Region. */
const TYPICAL_LATENCY_SECONDS = 0.03;
/** Sockets one SDK client keeps per host (its default is 50): the most requests in flight for one API. */
const IN_FLIGHT_MAX = 32;
/**
 * Requests to keep in flight for a quota of `perSecond`: as many as the quota lets through at the usual latency
 * (rate × latency), so a bulk write goes at the quota's pace without meeting it often; at least 1.
 */
function inFlightFor(perSecond) {
    return Math.max(1, Math.min(IN_FLIGHT_MAX, Math.round(perSecond * TYPICAL_LATENCY_SECONDS)));
}
/** EventBridge's (rules') requests in flight: 2 at the usual latency. */
const EVENTS_IN_FLIGHT = inFlightFor(API_RATES.events.perSecond);
/** EventBridge Scheduler's requests in flight in a Region. */
function schedulerInFlight(region) {
    const rate = API_RATES.scheduler;
    return inFlightFor(SCHEDULER_LARGE_REGIONS.has(region) ? rate.largeRegions : rate.perSecond);
}
/** CloudWatch Logs: a FilterLogEvents filter pattern's length, and the most one page returns (whichever comes first). */
const FILTER_PATTERN_MAX = 1024;
const FILTER_PAGE = { events: 10_000, bytes: 1_048_576 };
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
/**
 * Pre-flight reads, batched as far as each API allows: an EC2 filter takes up to 200 values, an SSM parameter filter
 * 50 (a DescribeParameters page at most 50 parameters); IAM and Secrets Manager describe one role or secret a call,
 * a few at a time (IAM allows about 20 reads a second per account).
 */
const EC2_FILTER_VALUES_MAX = 200;
const SSM_FILTER_VALUES_MAX = 50;
const PREFLIGHT_IN_FLIGHT = 5;
/**
 * Roles the deploy policy names for pre-flight's iam:GetRole. Past this many, the deploy policy (which lists each role
 * once more for PassRole) would need more managed policies than a role may have: the plan policy still names them
 * all, so the PR plan checks them, and a deploy says its role check was skipped.
 */
const DEPLOY_POLICY_ROLE_READS_MAX = 50;
/** A lifecycle rule that keeps tagged images counts this many at most (a count "more than" nobody reaches). */
const IMAGES_KEPT_BY_TAG = 9999;


/***/ }),

/***/ 8588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X8: () => (/* binding */ DEFAULT_WORKFLOWS_DIR),
/* harmony export */   cZ: () => (/* binding */ SCHEMA_URL),
/* harmony export */   mj: () => (/* binding */ DEFAULT_MANIFEST)
/* harmony export */ });
/** Default paths, in a module of their own so that the CLI's start loads no manifest code. */
const DEFAULT_MANIFEST = 'ecs-batch.yml';
const DEFAULT_WORKFLOWS_DIR = '.github/workflows';
/** Where editors find the manifest's JSON Schema (`$schema`, yaml-language-server). */
const SCHEMA_URL = 'https://raw.githubusercontent.com/ecs-batch/ecs-batch/main/schema/ecs-batch.schema.json';


/***/ }),

/***/ 1154:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ classify),
/* harmony export */   m: () => (/* binding */ RUN_TIMEOUT_SECONDS)
/* harmony export */ });
/** How long a manual run may take before it is stopped, unless told otherwise (the CLI and the action agree). */
const RUN_TIMEOUT_SECONDS = 3600;
/** What a stopped task says about the run. */
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


/***/ }),

/***/ 6729:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ isValidTimeZone),
/* harmony export */   FL: () => (/* binding */ formatInZone),
/* harmony export */   GR: () => (/* binding */ instantsOf),
/* harmony export */   Gx: () => (/* binding */ timeZoneNames),
/* harmony export */   HA: () => (/* binding */ offsetAt),
/* harmony export */   PD: () => (/* binding */ utcWall),
/* harmony export */   QO: () => (/* binding */ zoneForAbbreviation),
/* harmony export */   ZQ: () => (/* binding */ wallAsUtc),
/* harmony export */   iL: () => (/* binding */ zoneForLegacyName),
/* harmony export */   z$: () => (/* binding */ wallTimeAt)
/* harmony export */ });
/* unused harmony exports NOT_TZ_DATABASE_NAMES, uncachedOffsetAt */
/* harmony import */ var _util_memo_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7827);
/** Wall-clock arithmetic in IANA time zones, through the runtime's ICU data (no tz database of our own). */

const formatters = new Map();
function formatter(timeZone) {
    let f = formatters.get(timeZone);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(timeZone, f);
    }
    return f;
}
let knownZones;
/**
 * Three-letter IDs the runtime's ICU accepts (old Java aliases) that are not time zone database
 * names, so AWS refuses them; with the zone people usually mean. (EST, MST, HST and CET are real
 * tz database zones and are not here.) KST and friends, which the runtime refuses, get the same hint.
 */
const NOT_TZ_DATABASE_NAMES = {
    ACT: 'Australia/Darwin',
    AET: 'Australia/Sydney',
    AGT: 'America/Argentina/Buenos_Aires',
    ART: 'Africa/Cairo',
    AST: 'America/Anchorage',
    BET: 'America/Sao_Paulo',
    BST: 'Europe/London',
    CAT: 'Africa/Harare',
    CNT: 'America/St_Johns',
    CST: 'America/Chicago',
    CTT: 'Asia/Shanghai',
    EAT: 'Africa/Nairobi',
    ECT: 'Europe/Paris',
    IET: 'America/Indiana/Indianapolis',
    IST: 'Asia/Kolkata',
    JST: 'Asia/Tokyo',
    KST: 'Asia/Seoul',
    MIT: 'Pacific/Apia',
    NET: 'Asia/Yerevan',
    NST: 'Pacific/Auckland',
    PLT: 'Asia/Karachi',
    PNT: 'America/Phoenix',
    PRT: 'America/Puerto_Rico',
    PST: 'America/Los_Angeles',
    PDT: 'America/Los_Angeles',
    EDT: 'America/New_York',
    CDT: 'America/Chicago',
    MDT: 'America/Denver',
    CEST: 'Europe/Paris',
    SST: 'Pacific/Guadalcanal',
    VST: 'Asia/Ho_Chi_Minh',
    AEST: 'Australia/Sydney',
    SGT: 'Asia/Singapore',
    HKT: 'Asia/Hong_Kong',
};
/**
 * Legacy zones the tz database keeps for compatibility: fixed offsets (EST is -05:00 all year, so a New York job runs
 * an hour late all summer) or rules named after an abbreviation. AWS accepts them; people mean the city's zone.
 */
const LEGACY_ZONES = {
    EST: 'America/New_York',
    MST: 'America/Denver',
    HST: 'Pacific/Honolulu',
    CET: 'Europe/Paris',
    MET: 'Europe/Paris',
    EET: 'Europe/Athens',
    WET: 'Europe/Lisbon',
    EST5EDT: 'America/New_York',
    CST6CDT: 'America/Chicago',
    MST7MDT: 'America/Denver',
    PST8PDT: 'America/Los_Angeles',
};
/** The city zone a legacy zone name (`EST`, `CET`) usually means, or undefined. */
function zoneForLegacyName(name) {
    return Object.hasOwn(LEGACY_ZONES, name) ? LEGACY_ZONES[name] : undefined;
}
/** The zone a non-tz-database abbreviation (`JST`) usually means, or undefined. */
function zoneForAbbreviation(name) {
    return Object.hasOwn(NOT_TZ_DATABASE_NAMES, name) ? NOT_TZ_DATABASE_NAMES[name] : undefined;
}
/** True for names the runtime knows as IANA zones (canonical names and their links, plus UTC). */
function isValidTimeZone(name) {
    if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || zoneForAbbreviation(name) || zoneForLegacyName(name))
        return false;
    knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
    if (knownZones.has(name) || name === 'UTC')
        return true;
    try {
        formatter(name);
        return true;
    }
    catch {
        return false;
    }
}
/** Close matches among the runtime's zone names, for "did you mean". */
function timeZoneNames() {
    knownZones ??= new Set(Intl.supportedValuesOf('timeZone'));
    return [...knownZones, 'UTC'];
}
// format() is several times faster than formatToParts(); its en-US shape is fixed: "11/29/2026, 09:26:07".
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;
function wallTimeAt(instant, timeZone) {
    if (timeZone === 'UTC')
        return utcWall(instant);
    // Every job in a zone asks for the wall time of the same "now": asked of the runtime once.
    const wall = walls.of(`${timeZone}\0${instant}`, () => {
        const m = FORMATTED.exec(formatter(timeZone).format(instant));
        if (!m)
            throw new Error(`unexpected date format for ${timeZone}`);
        return {
            year: Number(m[3]),
            month: Number(m[1]),
            day: Number(m[2]),
            hour: Number(m[4]),
            minute: Number(m[5]),
            second: Number(m[6]),
        };
    });
    return { ...wall };
}
const walls = new _util_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedMemo */ ._(10_000);
/** The wall time of an instant in UTC. */
function utcWall(instant) {
    const d = new Date(instant);
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
    };
}
/** The wall time read as if it were UTC: a number that orders wall times. */
function wallAsUtc(w) {
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}
/**
 * Offset (ms) of the zone from UTC at an instant. Offsets change only at transitions, and every
 * transition of this century falls on a quarter hour of UTC (a unit test checks every zone the
 * runtime knows for the years ahead), so the offset found for a quarter hour holds for all of it:
 * cached per zone and quarter hour (validating 1,000 jobs asks a few thousand times, mostly for the
 * same quarters). Earlier instants, with their odd historical transitions, are not cached.
 */
function offsetAt(instant, timeZone) {
    if (instant < CACHED_FROM)
        return uncachedOffsetAt(instant, timeZone);
    const quarter = Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR;
    let zone = offsets.get(timeZone);
    if (!zone)
        offsets.set(timeZone, (zone = new _util_memo_js__WEBPACK_IMPORTED_MODULE_0__/* .BoundedMemo */ ._(OFFSETS_PER_ZONE_MAX)));
    return zone.of(quarter, () => uncachedOffsetAt(quarter, timeZone));
}
const QUARTER_HOUR = 15 * 60_000;
const CACHED_FROM = Date.UTC(2000, 0, 1);
const OFFSETS_PER_ZONE_MAX = 100_000;
const offsets = new Map();
function uncachedOffsetAt(instant, timeZone) {
    const wholeSecond = Math.floor(instant / 1000) * 1000;
    return wallAsUtc(wallTimeAt(wholeSecond, timeZone)) - wholeSecond;
}
/**
 * The instants at which a wall time occurs in a zone: none in a DST gap, two in a DST overlap
 * (earliest first), otherwise one.
 */
function instantsOf(w, timeZone) {
    const local = wallAsUtc(w);
    if (timeZone === 'UTC')
        return [local];
    const day = 24 * 3600 * 1000;
    // Every instant with this wall time lies within ±14 h of `local`, so between the UTC midnights a
    // day either side of its date. When the offset is the same at both, no transition lies between
    // (no zone changes twice within three days: a unit test checks every zone for the years ahead).
    // Midnights keep the offset cache small: a few entries per zone, whatever the number of jobs.
    const start = Math.floor(local / day) * day - day;
    const before = offsetAt(start, timeZone);
    const after = offsetAt(start + 3 * day, timeZone);
    if (before === after)
        return [local - before];
    const found = new Set();
    for (const offset of new Set([before, after, offsetAt(local, timeZone)])) {
        const instant = local - offset;
        if (offsetAt(instant, timeZone) === offset)
            found.add(instant);
    }
    return [...found].sort((a, b) => a - b);
}
/** Formats an instant as `YYYY-MM-DD HH:mm` in a zone, with the zone's abbreviation or offset. */
function formatInZone(instant, timeZone) {
    const w = wallTimeAt(instant, timeZone);
    const pad = (n) => String(n).padStart(2, '0');
    const offsetMinutes = Math.round(offsetAt(instant, timeZone) / 60000);
    const sign = offsetMinutes < 0 ? '-' : '+';
    const abs = Math.abs(offsetMinutes);
    const zone = timeZone === 'UTC' ? 'UTC' : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${zone}`;
}


/***/ }),

/***/ 7622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ parseImageReference)
/* harmony export */ });
/** Image references, parsed without any AWS code (the CLI checks --image before loading the SDK). */
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function parseImageReference(text) {
    const trimmed = text.trim();
    const at = trimmed.indexOf('@');
    const digest = at >= 0 ? trimmed.slice(at + 1) : undefined;
    const rest = at >= 0 ? trimmed.slice(0, at) : trimmed;
    if (digest !== undefined && !DIGEST.test(digest))
        return undefined;
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : '';
    if (hasRegistry && !/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(registry))
        return undefined;
    const path = hasRegistry ? rest.slice(slash + 1) : rest;
    const colon = path.lastIndexOf(':');
    const tag = colon >= 0 ? path.slice(colon + 1) : undefined;
    const repository = colon >= 0 ? path.slice(0, colon) : path;
    if (!/^[a-z0-9]+(?:[._\-/][a-z0-9]+)*$/.test(repository))
        return undefined;
    if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
        return undefined;
    return { registry, repository, ...(tag !== undefined ? { tag } : {}), ...(digest ? { digest } : {}) };
}


/***/ }),

/***/ 7702:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ OperationError),
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
/** Turns any thrown value into one line a person can act on (never a stack trace). */
/** An expected failure of an operation, with what to do about it. */
class OperationError extends Error {
    hint;
    constructor(message, hint) {
        super(message);
        this.name = 'OperationError';
        if (hint !== undefined)
            this.hint = hint;
    }
}
const CREDENTIAL_ERRORS = new Set([
    'CredentialsProviderError',
    'ExpiredTokenException',
    'UnrecognizedClientException',
    'InvalidSignatureException',
]);
function describeError(error) {
    if (error instanceof OperationError)
        return error.hint ? `${error.message}\nhint: ${error.hint}` : error.message;
    if (!(error instanceof Error))
        return String(error);
    const name = error.name;
    const status = error.$metadata?.httpStatusCode;
    if (CREDENTIAL_ERRORS.has(name) || /Could not load credentials|Region is missing/i.test(error.message)) {
        return (`no usable AWS credentials or region (${error.message}).\n` +
            'hint: in GitHub Actions use aws-actions/configure-aws-credentials with OIDC before this step; ' +
            'locally set AWS_PROFILE or AWS_REGION and credentials.');
    }
    if (name === 'AccessDeniedException' || name === 'AccessDenied') {
        return `AWS denied the request: ${error.message}\nhint: 'ecs-batch iam-policy' prints the policy the role needs.`;
    }
    // The SDK's own words for a body it could not read point at a field only a debugger sees.
    if (status !== undefined && /inspect the hidden field/.test(error.message))
        return (`AWS answered HTTP ${status}${name && name !== 'Error' && !/^Unknown/.test(name) ? ` (${name})` : ''} ` +
            `with a body the SDK could not read${status >= 500 ? ": an error on AWS's side, usually brief; run the step again" : ''}`);
    if (status !== undefined)
        return `${name} (HTTP ${status}): ${error.message}`;
    if (process.env.ECS_BATCH_DEBUG)
        return error.stack ?? error.message;
    return `${name === 'Error' ? '' : `${name}: `}${error.message}`;
}


/***/ }),

/***/ 7649:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ shortHash)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/** Short, stable tags for names that must stay within AWS's limits. */

/** The first `length` hex digits of the value's SHA-256. */
function shortHash(value, length) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(value).digest('hex').slice(0, length);
}


/***/ }),

/***/ 9820:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   EJ: () => (/* binding */ parsePositiveInt),
/* harmony export */   Lz: () => (/* binding */ parseNonNegativeInt),
/* harmony export */   Nq: () => (/* binding */ parseEnvironment),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   RM: () => (/* binding */ parseCommand),
/* harmony export */   Xc: () => (/* binding */ parseFormat),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   nV: () => (/* binding */ parseInstant),
/* harmony export */   o8: () => (/* binding */ durationSeconds),
/* harmony export */   ub: () => (/* binding */ parseScheduledTime)
/* harmony export */ });
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(563);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);


/** A mistake in how the command was called: exit code 2, with usage. */
class UsageError extends Error {
    constructor(message) {
        super(message);
        this.name = 'UsageError';
    }
}
function parseCommandArgs(argv, options, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals, strict: true });
    }
    catch (error) {
        const message = error.message;
        const unknown = /Unknown option '--?([^']+)'/.exec(message)?.[1];
        const hint = unknown ? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .didYouMean */ .au)(unknown, Object.keys(options)).replace("'", "'--") : '';
        throw new UsageError(`${message}${hint}`);
    }
}
function parseFormat(value) {
    if (value === undefined || value === 'text' || value === 'json')
        return value ?? 'text';
    throw new UsageError(`--format must be text or json, not '${value}'`);
}
function parsePositiveInt(name, value, fallback, max = 1000) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
        throw new UsageError(`${name} must be a whole number from 1 to ${max}, not '${value}'`);
    }
    return Number(value);
}
function parseNonNegativeInt(name, value) {
    if (value === undefined || value === '')
        return undefined;
    if (!/^\d+$/.test(value))
        throw new UsageError(`${name} must be a whole number, not '${value}'`);
    return Number(value);
}
/** An ISO 8601 time given for a run (--scheduled-time), as ISO 8601 UTC; undefined when not given. */
function parseScheduledTime(name, value) {
    if (value === undefined || value === '')
        return undefined;
    const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(t))
        throw new UsageError(`${name} must be an ISO 8601 time with its zone, e.g. 2026-12-01T03:00:00Z, not '${value}'`);
    return new Date(t).toISOString().replace('.000Z', 'Z');
}
function parseInstant(name, value) {
    if (value === undefined)
        return Date.now();
    const t = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
    if (Number.isNaN(t))
        throw new UsageError(`${name} must be an ISO-8601 time such as 2030-01-31T09:00:00Z, not '${value}'`);
    return t;
}
/** `90s`, `30m`, `2h`, `1h30m`, `0.5s`, or plain seconds. */
function parseDuration(name, value, fallbackSeconds) {
    if (value === undefined || value.trim() === '')
        return fallbackSeconds;
    const seconds = durationSeconds(value);
    if (seconds === undefined)
        throw new UsageError(`${name} must be a duration such as 90s, 30m, 2h or 1h30m, not '${value}'`);
    if (!(seconds > 0))
        throw new UsageError(`${name} must be more than 0s`);
    return seconds;
}
/** `90s`, `30m`, `2h`, `1h30m`, `0.5s`, or plain seconds; undefined when it is not a duration. */
function durationSeconds(value) {
    const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s?)?$/.exec(value.trim());
    if (!m || (!m[1] && !m[2] && !m[3]))
        return undefined;
    return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}
/**
 * A command override: a JSON list (`["php","artisan","x"]`), or words split like a shell does
 * (quotes and backslashes; no variables or operators: nothing is interpreted).
 */
function parseCommand(name, value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const text = value.trim();
    if (text.startsWith('[')) {
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch {
            throw new UsageError(`${name} looks like a JSON list but is not valid JSON`);
        }
        if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string') || parsed.length === 0) {
            throw new UsageError(`${name} as JSON must be a non-empty list of strings`);
        }
        return parsed;
    }
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
            else if (c === '\\' && quote === '"' && i + 1 < text.length)
                word += text[++i];
            else
                word += c;
        }
        else if (c === '"' || c === "'") {
            quote = c;
            inWord = true;
        }
        else if (c === '\\' && i + 1 < text.length) {
            word += text[++i];
            inWord = true;
        }
        else if (/\s/.test(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += c;
            inWord = true;
        }
    }
    if (quote)
        throw new UsageError(`${name} has an unclosed ${quote} quote`);
    if (inWord)
        words.push(word);
    return words;
}
/** `KEY=VALUE` pairs (from repeated flags, or lines of an input). */
function parseEnvironment(name, values) {
    const pairs = values
        .flatMap((v) => v.split('\n'))
        .map((v) => v.trim())
        .filter(Boolean);
    if (pairs.length === 0)
        return undefined;
    const out = {};
    for (const pair of pairs) {
        const eq = pair.indexOf('=');
        const key = eq > 0 ? pair.slice(0, eq) : '';
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
            throw new UsageError(`${name} must be KEY=VALUE, not '${pair}'`);
        if (key.startsWith('ECS_BATCH_'))
            throw new UsageError(`${name}: ${key} is ecs-batch's own (ECS_BATCH_SCHEDULED_TIME is set for every run; give --scheduled-time ` +
                "or the input 'scheduled-time' for it)");
        out[key] = pair.slice(eq + 1);
    }
    return out;
}


/***/ }),

/***/ 7827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ BoundedMemo)
/* harmony export */ });
/**
 * Answers kept by key so work done for one job is not redone for the next. Bounded: when full it
 * forgets everything, so a long-lived process (an action, the emulator) does not grow, and a
 * manifest's own answers come back at once.
 */
class BoundedMemo {
    known = new Map();
    max;
    constructor(max) {
        this.max = max;
    }
    get(key) {
        return this.known.get(key);
    }
    set(key, value) {
        if (this.known.size >= this.max)
            this.known.clear();
        this.known.set(key, value);
        return value;
    }
    /** The answer for `key`, computed the first time it is asked for. */
    of(key, compute) {
        const known = this.known.get(key);
        return known !== undefined || this.known.has(key) ? known : this.set(key, compute(key));
    }
}


/***/ }),

/***/ 4564:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Nr: () => (/* binding */ environmentVariableOf),
/* harmony export */   Qu: () => (/* binding */ redactArgv),
/* harmony export */   RG: () => (/* binding */ HIDDEN),
/* harmony export */   Rj: () => (/* binding */ fingerprint),
/* harmony export */   Wg: () => (/* binding */ looksSecretValue),
/* harmony export */   eh: () => (/* binding */ isSecretName),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports SECRET_NAME_WORDS, isSecretPath */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7649);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7827);
/**
 * What counts as a secret in output, by name and by shape, and how it is hidden. Every path that
 * prints a value from the manifest, from AWS or from a container goes through `redactSecrets`.
 */


/**
 * Parts of a variable (or flag) name that mark its value as secret. Matched as whole words of the
 * name (split at `_`, `-`, `.` and case changes), so `DB_PASS` and `GH_PAT` match and `PATH` or
 * `KEYBOARD_LAYOUT` do not.
 */
const SECRET_NAME_WORDS = [
    'PASSWORD',
    'PASSWD',
    'PASS',
    'PWD',
    'SECRET',
    'TOKEN',
    'KEY',
    'APIKEY',
    'PAT',
    'CREDENTIAL',
    'CREDENTIALS',
    'CREDS',
    'PRIVATE',
    'AUTH',
    'DSN',
    'COOKIE',
    'SESSION',
    'SIGNATURE',
    'CERT',
    'PASSPHRASE',
    'PW',
    'HMAC',
    'WEBHOOK',
    'AUTHORIZATION',
    'BEARER',
];
const NAME_WORDS = new Set(SECRET_NAME_WORDS);
/** Glued forms common enough to deserve a match of their own (`APIKEY`, `DBPASSWORD`, `ACCESSTOKEN`). */
const GLUED = /(PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|CREDENTIAL|PASSPHRASE|PRIVATEKEY|WEBHOOK)/;
function isSecretName(name) {
    return secretNames.of(name, namesSecret);
}
function namesSecret(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[^A-Z0-9]+/)
        .filter(Boolean);
    return words.some((w) => NAME_WORDS.has(w) || GLUED.test(w));
}
/** Token formats that are secrets whatever they are called. */
const TOKEN_SHAPES = [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g,
    /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
    /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
    /\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[A-Z0-9]{16}\b/g,
    /\bxox[abprse]-[A-Za-z0-9-]{10,}\b/g,
    /\bsk_(live|test)_[A-Za-z0-9]{16,}\b/g,
    /\bglpat-[A-Za-z0-9_-]{20,}\b/g,
    /\bnpm_[A-Za-z0-9]{30,}\b/g,
    /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
    // OpenAI (`sk-proj-…`) and Anthropic (`sk-ant-…`) style keys, Mailgun's `key-…`.
    /\bsk-[A-Za-z0-9_-]{20,}/g,
    /\bkey-[0-9A-Za-z]{32}\b/g,
];
/** `Authorization: Bearer x`, `Basic x`: the credential after the scheme. */
const AUTH_SCHEME = /\b(Bearer|Basic|Token|Digest)(\s+)([A-Za-z0-9._~+/=-]{6,})/g;
/** `curl -u user:password`: the password part. */
const USER_PASSWORD = /((?:^|\s)(?:-u|--user)\s+["']?[^\s:"']+:)([^\s"']+)/g;
/** The MySQL clients take the password glued to `-p` (`mysql -pS3cret`). */
const MYSQL_CLIENT = /\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump)\b/;
const GLUED_P = /((?:^|\s)-p)([^\s-][^\s]*)/g;
/** `scheme://user:password@host`: the password part. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@"']*:)([^\s@/"']+)(@)/gi;
/** `--password=x`, `password: x`, `DB_PASS=x` inside a command line or text. */
const NAMED_VALUE = /(-{0,2}[A-Za-z][A-Za-z0-9_.-]*)(\s*[=:]\s*|\s+)("[^"]*"|'[^']*'|[^\s"',;&]+)/g;
const HIDDEN = '***';
function entropy(text) {
    const counts = new Map();
    for (const ch of text)
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
    let bits = 0;
    for (const n of counts.values())
        bits -= (n / text.length) * Math.log2(n / text.length);
    return bits;
}
/**
 * A long random-looking run: mixed case and digits, high entropy. Hex digests (sha256:...) top
 * out at 4 bits a character and ARNs are not one run, so neither is caught.
 */
function looksRandom(word) {
    return word.length >= 32 && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word) && entropy(word) >= 4.3;
}
const RANDOM_RUN = /[A-Za-z0-9+/_=-]{32,}/g;
/** True when a value has a secret's shape (a token format, a URL with a password, a random run). */
function looksSecretValue(value) {
    return secretValues.of(value, (v) => redactSecrets(v, { names: false }) !== v);
}
// Every job of a manifest usually has the same defaults' environment: each name and value is judged once.
const secretNames = new _memo_js__WEBPACK_IMPORTED_MODULE_1__/* .BoundedMemo */ ._(4096);
const secretValues = new _memo_js__WEBPACK_IMPORTED_MODULE_1__/* .BoundedMemo */ ._(4096);
/**
 * Hides secrets inside a text: token formats, passwords in URLs, values after a secret-looking
 * name (`--password=...`), long random runs. What is not secret is left as it was.
 */
function redactSecrets(text, options = {}) {
    let out = text;
    for (const shape of TOKEN_SHAPES)
        out = out.replace(shape, HIDDEN);
    out = out.replace(URL_PASSWORD, (_m, head, _pw, at) => `${head}${HIDDEN}${at}`);
    out = out.replace(AUTH_SCHEME, (_m, scheme, space) => `${scheme}${space}${HIDDEN}`);
    out = out.replace(USER_PASSWORD, (_m, head) => `${head}${HIDDEN}`);
    if (MYSQL_CLIENT.test(out))
        out = out.replace(GLUED_P, (_m, flag) => `${flag}${HIDDEN}`);
    if (options.names !== false) {
        out = out.replace(NAMED_VALUE, (m, name, sep, value) => {
            if (!isSecretName(name) || value === HIDDEN || /^["']?\*\*\*["']?$/.test(value))
                return m;
            // Only a flag (`--token x`) takes its value after a space; and a flag is no flag's value.
            if (/^\s+$/.test(sep) && (value.startsWith('-') || !name.startsWith('-')))
                return m;
            return `${name}${sep}${HIDDEN}`;
        });
    }
    out = out.replace(RANDOM_RUN, (run) => (looksRandom(run) ? HIDDEN : run));
    return out;
}
/** A short, stable fingerprint of a value: says whether it changed without saying what it is. */
function fingerprint(value) {
    return `sha256:${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .shortHash */ .B)(value, 8)}`;
}
/** A diff path of an environment variable, e.g. `containerDefinitions[main].environment[API_TOKEN].value`. */
function environmentVariableOf(path) {
    return /environment\[([^\]]+)\]/.exec(path)?.[1];
}
/** A diff path of an environment variable whose name looks secret. */
function isSecretPath(path) {
    const name = environmentVariableOf(path);
    return name !== undefined && isSecretName(name);
}
/** A command line as a list: the argument after a secret-looking flag (`--password`, `-p`?) is hidden too. */
function redactArgv(argv) {
    const mysql = argv.some((arg) => MYSQL_CLIENT.test(arg));
    return argv.map((arg, i) => {
        const previous = argv[i - 1];
        if (previous !== undefined && /^--?[A-Za-z]/.test(previous) && !previous.includes('=') && isSecretName(previous))
            return HIDDEN;
        if ((previous === '-u' || previous === '--user') && arg.includes(':'))
            return `${arg.slice(0, arg.indexOf(':'))}:${HIDDEN}`;
        if (mysql && /^-p[^-]/.test(arg))
            return `-p${HIDDEN}`;
        return redactSecrets(arg);
    });
}


/***/ }),

/***/ 563:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** "Did you mean" lookups for names a user mistyped. */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = prev[j];
            prev[j] = Math.min(above + 1, prev[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return prev[b.length];
}
/** The closest candidate, if it is close enough to be a plausible typo. */
function closest(input, candidates) {
    const needle = input.toLowerCase();
    let best;
    let bestScore = Infinity;
    for (const candidate of candidates) {
        const score = editDistance(needle, candidate.toLowerCase());
        if (score < bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(needle.length, 3) / 3));
    return bestScore <= allowed ? best : undefined;
}
function didYouMean(input, candidates) {
    const match = closest(input, candidates);
    return match ? `; did you mean '${match}'?` : '';
}


/***/ }),

/***/ 8335:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ inertLine),
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   O: () => (/* binding */ CommandsStopped),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UJ: () => (/* binding */ inertText),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   wh: () => (/* binding */ plainText),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Untrusted text (from a manifest, from AWS, from a container) stays text: in a log it can never
 * become a GitHub workflow command, and in markdown it can never become markup or HTML.
 */

/**
 * The runner reads a line as a command when it starts with `::` after leading white space, or (the old syntax) when
 * it holds `##[`. Its white space is .NET's (String.TrimStart, char.IsWhiteSpace), which also counts U+0085 (NEL):
 * JavaScript's `\s` does not, so the class names it.
 */
const COMMAND_LINE = /^[\s\u0085]*::|##\[/;
// Control characters, C0 (tab and newline aside), DEL and C1: escaped in a line of text, dropped from markdown.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/**
 * Characters that change how text reads without showing themselves: bidi controls (a filename that displays
 * reversed), zero-width characters (a look-alike name, a broken-up mention), the BOM. Dropped from markdown.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/** A character as a JSON-style escape (`\u0085`): JSON.stringify leaves C1 characters raw. */
const escaped = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
/** JSON-quotes a line; `##[` inside is written `#\u0023[` (as JSON may), so the runner's old syntax cannot match. */
function quoteLine(line) {
    return JSON.stringify(line)
        .replace(/##\[/g, '#\\u0023[')
        .replace(/[\u0080-\u009f]/g, escaped);
}
/** A value shown in a line of text: strings JSON-quoted (so no newline or quote escapes them), the rest as JSON. */
function quoted(value) {
    const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
    return text.replace(/[\u0080-\u009f]/g, escaped);
}
/** One line of untrusted text: control characters escaped, and never read as a workflow command. */
function inertLine(text) {
    const flat = text
        .replace(CONTROL, (c) => (JSON.stringify(c).length > 3 ? JSON.stringify(c).slice(1, -1) : escaped(c)))
        .replace(/\u2028|\u2029/g, ' ')
        .replace(/\n/g, '\\n');
    return COMMAND_LINE.test(flat) ? quoteLine(flat) : flat;
}
/** Untrusted text in a text table cell: one line, inert, at most `max` characters. */
function cellText(text, max = 48) {
    const line = inertLine(text);
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/**
 * The last guard before text reaches a log: any line that the runner would take as a command is
 * JSON-quoted. Our own output never writes commands through this path (they go through
 * @actions/core), so nothing legitimate is lost.
 */
function inertText(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => (COMMAND_LINE.test(line) ? quoteLine(line) : line))
        .join('\n');
}
/**
 * Brackets a stretch of untrusted output (container logs) so that the runner processes no
 * command inside it: `::stop-commands::TOKEN` ... `::TOKEN::`. The token is random, so the
 * text inside cannot end the stretch early.
 */
class CommandsStopped {
    token;
    write;
    constructor(write) {
        this.write = write;
    }
    stop() {
        if (this.token)
            return;
        this.token = `ecs-batch-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
        this.write(`::stop-commands::${this.token}`);
    }
    resume() {
        if (!this.token)
            return;
        this.write(`::${this.token}::`);
        this.token = undefined;
    }
    get stopped() {
        return this.token !== undefined;
    }
}
// ---- markdown ----
/** Shapes GitHub turns into a link or a notification in text: URLs, `www.`, e-mail and @mentions, #1 and GH-1. */
const LINKABLE = /[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|@[a-z0-9]|#\d|\bgh-\d/i;
/** One line of plain text: line breaks as spaces, control, bidi and zero-width characters dropped. */
function plainText(text) {
    return text
        .replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, ' ')
        .replace(CONTROL, '')
        .replace(INVISIBLE, '');
}
/**
 * Escapes text for markdown outside code: the characters a renderer reads as inline markup
 * (emphasis, code, links, tables, strikethrough, math) get a backslash, `<` `>` `&` become
 * entities (so no HTML and no comment), a leading `#` `-` `+` is escaped, and line breaks
 * become spaces, so the text stays on the line we put it on.
 */
function mdText(text) {
    const plain = plainText(text);
    // GitHub links and notifies from rendered text (autolinks, @mentions, #1 references), but never inside code.
    if (LINKABLE.test(plain))
        return mdCode(plain);
    return plain
        .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#+-])/, '$1\\$2')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/**
 * Untrusted text as an inline code span: nothing inside is markup. The fence is longer than any
 * run of backticks inside, and line breaks become spaces. (In a table, `markdownTable` escapes `|`.)
 */
function mdCode(text) {
    // `<!--` reads the same to a person, but no longer matches a search for an HTML comment (a sticky comment marker).
    const flat = plainText(text).replace(/<!--/g, '<!\u2010-');
    if (flat === '')
        return '';
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space pads the content when it starts or ends with a backtick (CommonMark strips one each side).
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** A link whose text is untrusted and whose URL we built: the URL's parentheses and spaces are encoded. */
function mdLink(text, url) {
    const safeUrl = url.replace(/[()<> \s"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${mdText(text)}](${safeUrl})`;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ./util/inputs.ts
var inputs = __nccwpck_require__(9820);
;// CONCATENATED MODULE: ./cli/command.ts
/**
 * A CLI command: its flags (each with its help text), what it does, and the help and usage made from them, so a flag
 * is declared once. The dispatcher (src/cli.ts) parses the flags and calls `run`.
 */

/** Declares a command with its flags' value types checked against their declarations. */
function defineCommand(command) {
    return command;
}
/** Every command takes `--deadline` (the dispatcher reads it before the command's flags). */
const DEADLINE_FLAG = {
    type: 'string',
    value: 'DURATION',
    help: 'stop with a clear error after this long (e.g. 45m; defaults per command)',
};
function flagName(name, flag) {
    return `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`;
}
function visible(command) {
    return [...Object.entries(command.flags), ['deadline', DEADLINE_FLAG]].filter(([, flag]) => !flag.hidden);
}
function usageOf(command) {
    const flags = visible(command).sort(([, a], [, b]) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
    const words = flags.map(([name, flag]) => {
        const text = `--${name}${flag.value ? ` ${flag.value}` : ''}${flag.multiple ? ' ...' : ''}`;
        return flag.required ? text : `[${text}]`;
    });
    return ['ecs-batch', command.name, ...(command.positionals ? [command.positionals] : []), ...words].join(' ');
}
function helpOf(command) {
    const flags = visible(command).map(([name, flag]) => [flagName(name, flag), flag.help]);
    const width = Math.max(...flags.map(([flag]) => flag.length));
    return [
        `ecs-batch ${command.name}: ${command.summary}`,
        '',
        `Usage: ${usageOf(command)}`,
        '',
        'Options:',
        ...flags.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
        '',
        'Examples:',
        ...command.examples.map((e) => `  ${e}`),
    ].join('\n');
}
/** Parses a command's own arguments against its flags (unknown flags are a usage error with a did-you-mean). */
function parseFlags(command, argv) {
    const options = Object.fromEntries(Object.entries(command.flags).map(([name, f]) => [
        name,
        {
            type: f.type,
            ...(f.short ? { short: f.short } : {}),
            ...(f.multiple ? { multiple: true } : {}),
            ...(f.default !== undefined ? { default: f.default } : {}),
        },
    ]));
    const { values, positionals } = (0,inputs/* parseCommandArgs */.Qx)(argv, options, command.positionals !== undefined);
    return { values: values, positionals };
}
/** The value of `--flag V` or `--flag=V` in argv, without parsing the rest. */
function optionValue(argv, flag) {
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === flag)
            return argv[i + 1];
        if (argv[i].startsWith(`${flag}=`))
            return argv[i].slice(flag.length + 1);
    }
    return undefined;
}

// EXTERNAL MODULE: ./model/runs.ts
var model_runs = __nccwpck_require__(1154);
// EXTERNAL MODULE: ./util/untrusted.ts
var untrusted = __nccwpck_require__(8335);
;// CONCATENATED MODULE: ./cli/flags.ts
const MANIFEST_FLAGS = {
    manifest: { type: 'string', short: 'm', value: 'FILE', help: 'the manifest (default: ecs-batch.yml)' },
    environment: {
        type: 'string',
        short: 'e',
        value: 'ENV',
        help: 'apply environments.ENV of the manifest (names get the prefix <project>-ENV)',
    },
};
const FORMAT_FLAG = {
    type: 'string',
    value: 'text|json',
    help: 'text for people (default), json for scripts (nothing truncated)',
};

// EXTERNAL MODULE: ./manifest/defaults.ts
var defaults = __nccwpck_require__(8588);
;// CONCATENATED MODULE: ./cli/output.ts
/** Everything the CLI prints goes through here: no line of it can be read as a workflow command. */

function print(text) {
    process.stdout.write(`${(0,untrusted/* inertText */.UJ)(text.replace(/\n$/, ''))}\n`);
}
function printErr(text) {
    process.stderr.write(`${(0,untrusted/* inertText */.UJ)(text.replace(/\n$/, ''))}\n`);
}
/** JSON keeps its shape: `##[` inside a string is written with an escape that parses to the same text. */
function printJson(value) {
    process.stdout.write(`${JSON.stringify(value, null, 2).replace(/##\[/g, '#\\u0023[')}\n`);
}

;// CONCATENATED MODULE: ./cli/manifest.ts
/** The manifest a command works on, or the errors that stop it (printed, with their lines). */


async function manifestOrErrors(values, now) {
    const { loadManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(507), __nccwpck_require__.e(602), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5602));
    const { formatDiagnostic } = await __nccwpck_require__.e(/* import() */ 304).then(__nccwpck_require__.bind(__nccwpck_require__, 4304));
    const loaded = loadManifest(values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj, {
        ...(values.environment ? { environment: values.environment } : {}),
        ...(now !== undefined ? { now } : {}),
    });
    if (!loaded.manifest)
        printErr(loaded.diagnostics
            .filter((d) => d.severity === 'error')
            .map(formatDiagnostic)
            .join('\n'));
    return loaded.manifest;
}

;// CONCATENATED MODULE: ./cli/commands/backfill.ts







/* harmony default export */ const backfill = (defineCommand({
    name: 'backfill',
    summary: 'run a job (or its chain) once for each time its schedule was due in a range, each with that time',
    // Bounded by the runs: each its --timeout, N at once; the process deadline is left to the runs' own timeouts.
    deadlineSeconds: () => 24 * 3600,
    usesAws: true,
    positionals: 'JOB',
    flags: {
        ...MANIFEST_FLAGS,
        from: { type: 'string', value: 'ISO-8601', help: 'the first time of the range (with its zone; inclusive)' },
        to: { type: 'string', value: 'ISO-8601', help: 'the last time of the range (with its zone; inclusive)' },
        parallel: {
            type: 'string',
            value: 'N',
            help: 'runs at once (default 1; a job with concurrency: forbid runs one at a time)',
        },
        'max-runs': { type: 'string', value: 'N', help: 'allow more than 1,000 runs' },
        'dry-run': { type: 'boolean', default: false, help: 'list the times and run nothing' },
        timeout: { type: 'string', value: 'DURATION', help: 'stop each run after this long (default 1h)' },
        poll: { type: 'string', value: 'DURATION', help: 'how often to look at each run (default 6s)' },
        format: FORMAT_FLAG,
    },
    examples: [
        'ecs-batch backfill daily-aggregate --from 2026-11-01T00:00:00Z --to 2026-11-30T23:59:59Z --dry-run',
        'ecs-batch backfill daily-aggregate --from 2026-11-01T00:00:00+09:00 --to 2026-11-30T23:59:59+09:00 --parallel 3',
    ],
    async run(values, positionals) {
        if (positionals.length !== 1)
            throw new inputs/* UsageError */.eb('give exactly one job name: ecs-batch backfill JOB');
        const format = (0,inputs/* parseFormat */.Xc)(values.format);
        const from = (0,inputs/* parseScheduledTime */.ub)('--from', values.from);
        const to = (0,inputs/* parseScheduledTime */.ub)('--to', values.to);
        if (!from || !to)
            throw new inputs/* UsageError */.eb('give the range: --from TIME --to TIME (ISO 8601 with its zone)');
        if (Date.parse(to) < Date.parse(from))
            throw new inputs/* UsageError */.eb('--to is before --from');
        const parallel = (0,inputs/* parsePositiveInt */.EJ)('--parallel', values.parallel, 1, 50);
        const maxRuns = (0,inputs/* parseNonNegativeInt */.Lz)('--max-runs', values['max-runs']);
        const manifest = await manifestOrErrors(values);
        if (!manifest)
            return 1;
        const { findJob, startedByFor } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(161), __nccwpck_require__.e(339)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6339));
        const { BACKFILL_RUNS_MAX, backfill, backfillTimes } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(949), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(827), __nccwpck_require__.e(70), __nccwpck_require__.e(942), __nccwpck_require__.e(866)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8866));
        const job = findJob(manifest, positionals[0]);
        if (values['dry-run']) {
            const max = maxRuns ?? BACKFILL_RUNS_MAX;
            const { head, times } = backfillTimes(manifest, job, Date.parse(from), Date.parse(to), max);
            const shown = times.slice(0, max);
            if (format === 'json')
                printJson({ job: job.name, runs: head.name, times: shown, cut: times.length > max });
            else {
                const what = head.name === job.name ? job.name : `the chain that ${head.name} starts`;
                print(`${shown.length}${times.length > max ? '+' : ''} run(s) of ${what}` +
                    ` (${head.schedule.expression} ${head.timezone}), each with ECS_BATCH_SCHEDULED_TIME:`);
                for (const t of shown)
                    print(`  ${t}`);
                if (times.length > max)
                    print(`more than ${max}: a run would need --max-runs`);
            }
            return 0;
        }
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(543), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5918));
        const clients = createClients();
        try {
            const runs = await backfill(clients, manifest, job, {
                from: Date.parse(from),
                to: Date.parse(to),
                parallel,
                maxRuns,
                timeoutSeconds: (0,inputs/* parseDuration */.E9)('--timeout', values.timeout, model_runs/* RUN_TIMEOUT_SECONDS */.m),
                startedBy: startedByFor(process.env.GITHUB_RUN_ID),
                pollSeconds: (0,inputs/* parseDuration */.E9)('--poll', values.poll, 6),
                ...(format === 'text'
                    ? {
                        onRun: (r) => printErr((0,untrusted/* inertText */.UJ)(`${r.scheduledTime}: ${r.status === 'succeeded' ? '✓' : '✗'} ${r.status}` +
                            (r.exitCode !== undefined && r.status !== 'succeeded' ? ` (exit code ${r.exitCode})` : '') +
                            (r.reason && r.status !== 'succeeded' ? `: ${r.reason}` : ''))),
                    }
                    : {}),
            });
            const failed = runs.filter((r) => r.status !== 'succeeded' && r.status !== 'skipped');
            if (format === 'json')
                printJson({ job: job.name, runs });
            else
                print(`backfill ${job.name}: ${runs.length - failed.length} of ${runs.length} run(s) succeeded` +
                    (failed.length ? `; failed: ${failed.map((r) => r.scheduledTime).join(', ')}` : ''));
            return failed.length ? 1 : 0;
        }
        finally {
            clients.destroy();
        }
    },
}));

// EXTERNAL MODULE: ./taskdef/reference.ts
var reference = __nccwpck_require__(7622);
// EXTERNAL MODULE: ./util/suggest.ts
var suggest = __nccwpck_require__(563);
;// CONCATENATED MODULE: ./cli/release.ts






const RELEASE_FLAGS = {
    ...MANIFEST_FLAGS,
    image: {
        type: 'string',
        short: 'i',
        value: 'URI',
        help: 'the image, pinned by digest (registry/repo@sha256:...) or an ECR tag (resolved to its digest)',
    },
    format: {
        ...FORMAT_FLAG,
        value: 'text|json|markdown',
        help: 'text for people (default), json for scripts (nothing truncated), markdown: the PR comment ' +
            'ecs-batch posts, as it posts it (marker line, within GitHub’s comment limit)',
    },
    prune: { type: 'boolean', default: true, hidden: true, help: 'prune (the default)' },
    'no-prune': {
        type: 'boolean',
        default: false,
        help: 'keep what this manifest owns but no longer lists (it is listed as a warning)',
    },
    'max-prune': {
        type: 'string',
        value: 'N',
        help: 'allow removing up to N jobs (without it, removing more than half of the owned jobs is refused)',
    },
    'keep-revisions': {
        type: 'string',
        value: 'N',
        help: 'keep N ACTIVE task definition revisions per job; deregister older ones',
    },
    'show-values': {
        type: 'boolean',
        default: false,
        help: 'show plain environment values in diffs (secret-looking ones stay hidden)',
    },
    'show-task-definitions': { type: 'boolean', default: false, help: 'also print the rendered task definitions' },
    now: { type: 'string', value: 'ISO-8601', help: 'the reference time for next runs in the summary' },
};
function checkImageReference(name, value) {
    if (value !== undefined && !(0,reference/* parseImageReference */.o)(value)) {
        throw new inputs/* UsageError */.eb(`${name} is not an image reference: expected registry/repository@sha256:<64 hex> or registry/repository:tag`);
    }
}
async function runRelease(values, dryRun, onlyJob, extras = {}) {
    const format = values.format === 'markdown' ? 'markdown' : (0,inputs/* parseFormat */.Xc)(values.format);
    if (!values.image && !dryRun)
        throw new inputs/* UsageError */.eb('--image is required: the image to release, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:... or ...:tag');
    checkImageReference('--image', values.image);
    const keepRevisions = (0,inputs/* parseNonNegativeInt */.Lz)('--keep-revisions', values['keep-revisions']);
    const maxPrune = (0,inputs/* parseNonNegativeInt */.Lz)('--max-prune', values['max-prune']);
    const now = (0,inputs/* parseInstant */.nV)('--now', values.now);
    // Loaded on demand: the AWS SDK is most of the bundle, and `validate` never needs it.
    const { release } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(949), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(543), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(827), __nccwpck_require__.e(70), __nccwpck_require__.e(942), __nccwpck_require__.e(507), __nccwpck_require__.e(602), __nccwpck_require__.e(111), __nccwpck_require__.e(435)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3435));
    const { deploymentReport, renderDeploymentText, renderedTaskDefinitions } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5804));
    const { describeProgress } = await Promise.all(/* import() */[__nccwpck_require__.e(161), __nccwpck_require__.e(280)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8280));
    const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(543), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5918));
    const { readLastRuns, withLastRuns } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(949), __nccwpck_require__.e(897), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(827), __nccwpck_require__.e(538)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6538));
    const clients = createClients();
    const outcome = await release({
        clients,
        manifest: values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj,
        ...(values.environment ? { environment: values.environment } : {}),
        ...(values.image ? { image: values.image } : {}),
        ...(extras.earlierRevisions ? { earlierRevisions: extras.earlierRevisions } : {}),
        ...(extras.beforeApply ? { beforeApply: extras.beforeApply } : {}),
        dryRun,
        prune: values.prune && !values['no-prune'],
        ...(keepRevisions !== undefined ? { keepRevisions } : {}),
        ...(maxPrune !== undefined ? { maxPrune } : {}),
        now,
        onEvent: format === 'text' ? (event) => printErr(describeProgress(event)) : undefined,
    });
    if (outcome.noImage) {
        clients.destroy();
        printErr('nothing is deployed yet and no --image was given: nothing to plan against');
        return 1;
    }
    const display = { showValues: values['show-values'] };
    // How the jobs ran, beside what will run (a few reads of the run history).
    const last = outcome.plan && outcome.manifest
        ? await readLastRuns(clients, outcome.manifest, now ?? Date.now()).finally(() => clients.destroy())
        : (clients.destroy(), undefined);
    const planned = deploymentReport(outcome, now, display);
    const whole = last ? withLastRuns(planned, last) : planned;
    const report = onlyJob === undefined ? whole : oneJob(whole, onlyJob);
    const taskDefinitions = values['show-task-definitions'] && outcome.plan ? renderedTaskDefinitions(outcome.plan, display) : undefined;
    if (format === 'json')
        printJson(taskDefinitions ? { ...report, taskDefinitions } : report);
    else if (format === 'markdown') {
        // Byte for byte what the release action posts as the PR comment, for other CI systems and for review.
        const { commentLimit, commentMarker } = await __nccwpck_require__.e(/* import() */ 150).then(__nccwpck_require__.bind(__nccwpck_require__, 3150));
        const { renderDeploymentMarkdown } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(804)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5804));
        const marker = commentMarker(report.prefix ?? values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj);
        print(`${marker}\n${renderDeploymentMarkdown(report, commentLimit(marker))}`);
    }
    else
        print([
            renderDeploymentText(report),
            ...Object.entries(taskDefinitions ?? {}).map(([family, td]) => `\ntask definition ${family}:\n${JSON.stringify(td, null, 2)}`),
        ].join('\n'));
    return report.status === 'applied' || report.status === 'planned' ? 0 : 1;
}
/** The report narrowed to one job's rows and changes (the status and totals stay the whole plan's). */
function oneJob(report, job) {
    const names = report.jobs.map((j) => j.job);
    if (!names.includes(job))
        throw new inputs/* UsageError */.eb(`--job: no job '${job}' in the manifest${(0,suggest/* didYouMean */.au)(job, names)}`);
    return {
        ...report,
        jobs: report.jobs.filter((j) => j.job === job),
        // Only this job's: the project's own resources (alert rules, log groups) are left out.
        changes: report.changes.filter((c) => c.job === job),
        pruned: report.pruned.filter((c) => c.job === job),
    };
}

;// CONCATENATED MODULE: ./cli/commands/deploy.ts


/* harmony default export */ const deploy = (defineCommand({
    name: 'deploy',
    summary: 'register changed task definitions, sync schedules, prune, print the summary',
    deadlineSeconds: 60 * 60,
    usesAws: true,
    flags: { ...RELEASE_FLAGS, image: { ...RELEASE_FLAGS.image, required: true } },
    examples: [
        'ecs-batch deploy --image 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:<digest>',
        'ecs-batch deploy --image ...:main --environment staging --keep-revisions 5',
    ],
    run: (values) => runRelease(values, false),
}));

// EXTERNAL MODULE: ./aws/limits.ts
var limits = __nccwpck_require__(2764);
;// CONCATENATED MODULE: ./cli/commands/iam-policy.ts






const PURPOSES = ['deploy', 'plan', 'run', 'scheduler', 'state-machine', 'import'];
/* harmony default export */ const iam_policy = (defineCommand({
    name: 'iam-policy',
    summary: 'print the least-privilege IAM policy the actions need for this manifest',
    deadlineSeconds: 10 * 60,
    flags: {
        ...MANIFEST_FLAGS,
        for: {
            type: 'string',
            default: 'deploy',
            value: PURPOSES.join('|'),
            help: 'deploy: the deploy role; plan: a read-only PR role; run: the rerun role; scheduler: the role schedules ' +
                '(or rules) start tasks with; state-machine: the role Step Functions runs chains with; import: what ' +
                '`ecs-batch import --cluster` reads (needs --cluster, no manifest)',
        },
        cluster: { type: 'string', value: 'NAME', help: 'with --for import: the cluster import reads' },
        region: { type: 'string', value: 'REGION', help: 'region in the ARNs (default: AWS_REGION, else *)' },
        account: { type: 'string', value: 'ID', help: 'account in the ARNs (default: from the manifest role ARNs)' },
    },
    examples: [
        'ecs-batch iam-policy --for deploy --region ap-northeast-1',
        'ecs-batch iam-policy --for scheduler > invoke-policy.json',
    ],
    async run(values) {
        const purpose = PURPOSES.find((p) => p === values.for);
        if (!purpose)
            throw new inputs/* UsageError */.eb(`--for must be deploy, plan, run, scheduler, state-machine or import, not '${values.for}'`);
        if (values.account !== undefined && !/^\d{12}$/.test(values.account))
            throw new inputs/* UsageError */.eb(`--account must be a 12-digit AWS account id`);
        const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
        if (purpose === 'import') {
            if (!values.cluster)
                throw new inputs/* UsageError */.eb('--for import needs --cluster NAME (the cluster import reads)');
            if (!limits/* CLUSTER_REF */.vO.test(values.cluster))
                throw new inputs/* UsageError */.eb('--cluster must be a cluster name (letters, digits, - and _) or a cluster ARN');
            const { importPolicy } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(161), __nccwpck_require__.e(827), __nccwpck_require__.e(70), __nccwpck_require__.e(942), __nccwpck_require__.e(111), __nccwpck_require__.e(258)]).then(__nccwpck_require__.bind(__nccwpck_require__, 258));
            printJson(importPolicy(values.cluster, { account: values.account ?? '*', region: region ?? '*', partition: 'aws' }));
            return 0;
        }
        const file = values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj;
        const { loadManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(507), __nccwpck_require__.e(602), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5602));
        const { formatDiagnostic } = await __nccwpck_require__.e(/* import() */ 304).then(__nccwpck_require__.bind(__nccwpck_require__, 4304));
        const { iamPolicy, policyContext, splitPolicy, MANAGED_POLICIES_PER_ROLE, MANAGED_POLICY_MAX_CHARS } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(161), __nccwpck_require__.e(827), __nccwpck_require__.e(70), __nccwpck_require__.e(942), __nccwpck_require__.e(111), __nccwpck_require__.e(258)]).then(__nccwpck_require__.bind(__nccwpck_require__, 258));
        const result = loadManifest(file, values.environment ? { environment: values.environment } : {});
        if (!result.manifest) {
            printErr(result.diagnostics.map(formatDiagnostic).join('\n'));
            return 1;
        }
        const docs = splitPolicy(iamPolicy(result.manifest, purpose, policyContext(result.manifest, region, values.account)));
        const limit = `AWS's limit of ${MANAGED_POLICY_MAX_CHARS.toLocaleString('en-US')} characters for one managed policy`;
        if (docs.length > MANAGED_POLICIES_PER_ROLE) {
            printErr(`error: the ${purpose} policy for this manifest needs ${docs.length} managed policies within ${limit}, ` +
                `and a role holds ${MANAGED_POLICIES_PER_ROLE} (20 after a quota increase). It is not widened to fit: ` +
                'use fewer distinct roles or log groups, or split the jobs into several manifests (projects).');
            return 1;
        }
        if (docs.length === 1)
            printJson(docs[0]);
        else {
            printErr(`note: the ${purpose} policy is over ${limit}, so it is printed as a JSON array of ${docs.length} ` +
                'policies: attach every one of them to the role.');
            printJson(docs);
        }
        return 0;
    },
}));

;// CONCATENATED MODULE: ./cli/commands/import.ts




/* harmony default export */ const commands_import = (defineCommand({
    name: 'import',
    summary: 'write a manifest from the scheduled tasks made by hand on a cluster (reads AWS, writes nothing there)',
    deadlineSeconds: 10 * 60,
    usesAws: true,
    flags: {
        cluster: {
            type: 'string',
            short: 'c',
            value: 'NAME',
            required: true,
            help: 'the ECS cluster whose scheduled tasks (EventBridge rules and Scheduler schedules that target it) to import',
        },
        project: {
            type: 'string',
            value: 'NAME',
            help: 'the project name of the new manifest (default: from the cluster name)',
        },
        output: {
            type: 'string',
            short: 'o',
            value: 'FILE',
            help: 'where to write the manifest (default: ecs-batch.yml); base task definitions go to FILE.taskdefs/ beside it. ' +
                'Never overwrites',
        },
        backend: { type: 'string', value: 'scheduler|rules', help: 'what the manifest deploys to (default: scheduler)' },
    },
    examples: [
        'ecs-batch import --cluster batch',
        'ecs-batch import --cluster batch-ec2 --project billing --output billing.yml --backend rules',
    ],
    async run(values) {
        if (!values.cluster)
            throw new inputs/* UsageError */.eb('--cluster is required: the ECS cluster whose scheduled tasks to import');
        if (values.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.project))
            throw new inputs/* UsageError */.eb('--project may contain letters, digits, - and _ (starting with a letter or digit)');
        const backend = values.backend ?? 'scheduler';
        if (backend !== 'scheduler' && backend !== 'rules')
            throw new inputs/* UsageError */.eb(`--backend must be scheduler or rules, not '${backend}'`);
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(543), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5918));
        const { importCommand } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(949), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(70), __nccwpck_require__.e(942), __nccwpck_require__.e(507), __nccwpck_require__.e(602), __nccwpck_require__.e(307)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7989));
        const clients = createClients();
        try {
            const result = await importCommand(clients, {
                cluster: values.cluster,
                ...(values.project ? { project: values.project } : {}),
                output: values.output ?? defaults/* DEFAULT_MANIFEST */.mj,
                backend,
            });
            printErr(result.summary.join('\n'));
            return result.ok ? 0 : 1;
        }
        finally {
            clients.destroy();
        }
    },
}));

;// CONCATENATED MODULE: ./cli/commands/init.ts





const RELATIVE_PATH = /^[A-Za-z0-9._][A-Za-z0-9._/-]*$/;
/* harmony default export */ const init = (defineCommand({
    name: 'init',
    summary: 'write a starter ecs-batch.yml and the example workflows (never overwrites a file)',
    deadlineSeconds: 60,
    flags: {
        manifest: {
            type: 'string',
            short: 'm',
            value: 'FILE',
            help: 'where to write the manifest (default: ecs-batch.yml)',
        },
        project: { type: 'string', value: 'NAME', help: 'the project name (default: the directory name)' },
        cluster: { type: 'string', value: 'NAME', help: 'the ECS cluster (default: batch)' },
        workflows: {
            type: 'string',
            value: 'DIR',
            help: 'where to write the example workflows (default .github/workflows)',
        },
        'no-workflows': { type: 'boolean', default: false, help: 'write the manifest only' },
    },
    examples: ['ecs-batch init', 'ecs-batch init --project billing --cluster batch-ec2'],
    async run(values) {
        if (values.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.project))
            throw new inputs/* UsageError */.eb('--project may contain letters, digits, - and _ (starting with a letter or digit)');
        // The values are written into YAML: one that is not a plain name could add keys of its own.
        if (values.cluster !== undefined && !limits/* CLUSTER_REF */.vO.test(values.cluster))
            throw new inputs/* UsageError */.eb('--cluster must be a cluster name (letters, digits, - and _, at most 255) or a cluster ARN');
        for (const [flag, path] of [
            ['--manifest', values.manifest],
            ['--workflows', values.workflows],
        ])
            if (path !== undefined && (!RELATIVE_PATH.test(path) || path.split('/').includes('..')))
                throw new inputs/* UsageError */.eb(`${flag} must be a relative path inside the repository (letters, digits, . _ - /)`);
        const { init } = await __nccwpck_require__.e(/* import() */ 163).then(__nccwpck_require__.bind(__nccwpck_require__, 5163));
        const result = init({
            manifest: values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj,
            ...(values.project ? { project: values.project } : {}),
            ...(values.cluster ? { cluster: values.cluster } : {}),
            ...(values['no-workflows'] ? {} : { workflowsDir: values.workflows ?? defaults/* DEFAULT_WORKFLOWS_DIR */.X8 }),
        });
        for (const file of result.written)
            print(`wrote ${file}`);
        for (const file of result.kept)
            printErr(`kept ${file}: it exists (init never overwrites)`);
        if (result.written.length)
            print(`\nnext: set the values marked SET ME, then run: ecs-batch validate`);
        return result.written.length ? 0 : 1;
    },
}));

;// CONCATENATED MODULE: ./cli/commands/plan.ts


/* harmony default export */ const plan = (defineCommand({
    name: 'plan',
    summary: 'show what a deploy would change (reads AWS, writes nothing)',
    deadlineSeconds: 30 * 60,
    usesAws: true,
    flags: {
        ...RELEASE_FLAGS,
        image: {
            ...RELEASE_FLAGS.image,
            help: 'the image to plan with (default: the image the jobs run now)',
        },
        job: {
            type: 'string',
            value: 'NAME',
            help: "show only this job's changes (the plan is still made for the whole manifest)",
        },
    },
    examples: [
        'ecs-batch plan',
        'ecs-batch plan --image 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:main --show-task-definitions',
        'ecs-batch plan --environment staging --format json',
        'ecs-batch plan --job nightly',
    ],
    run: (values) => runRelease(values, true, values.job),
}));

;// CONCATENATED MODULE: ./cli/commands/rollback.ts





const { image: _image, ...FLAGS } = RELEASE_FLAGS;
/* harmony default export */ const rollback = (defineCommand({
    name: 'rollback',
    summary: 'put every job back on an earlier image (per-job task definitions: registers nothing)',
    deadlineSeconds: 60 * 60,
    usesAws: true,
    flags: {
        ...FLAGS,
        to: { type: 'string', value: 'IMAGE', help: 'the image to go back to (default: the one before the current)' },
        steps: { type: 'string', value: 'N', help: 'go back N images (default 1)' },
        'dry-run': { type: 'boolean', default: false, help: 'plan the rollback, write nothing' },
    },
    examples: [
        'ecs-batch rollback --dry-run',
        'ecs-batch rollback --steps 2',
        'ecs-batch rollback --to ...@sha256:<digest>',
    ],
    run: async (values) => {
        checkImageReference('--to', values.to);
        const steps = (0,inputs/* parseNonNegativeInt */.Lz)('--steps', values.steps) ?? 1;
        if (steps < 1)
            throw new inputs/* UsageError */.eb('--steps is how many images to go back: 1 or more');
        const { loadManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(507), __nccwpck_require__.e(602), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5602));
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(543), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5918));
        const { ROLLBACK_REVISIONS_READ, refuseRegistrations, rollbackTarget } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(161), __nccwpck_require__.e(70), __nccwpck_require__.e(499)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4724));
        const manifest = loadManifest(values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj, {
            ...(values.environment ? { environment: values.environment } : {}),
        }).manifest;
        const clients = createClients();
        const back = await rollbackTarget(clients, manifest, { given: values.to, steps }).finally(() => clients.destroy());
        if ('missing' in back) {
            if (back.missing === 'shared-needs-image')
                throw new inputs/* UsageError */.eb('with taskDefinitions: shared, name the image to go back to: --to IMAGE');
            if (manifest) {
                printErr(`no image ${steps} deploy(s) back among the revisions kept (the last ${ROLLBACK_REVISIONS_READ}): pass --to IMAGE`);
                return 1;
            }
        }
        // An invalid manifest: the release reports it, at its lines.
        return runRelease({ ...values, image: 'image' in back ? back.image : undefined }, values['dry-run'], undefined, 'image' in back && back.earlierRevisions
            ? {
                earlierRevisions: back.earlierRevisions,
                beforeApply: async ({ plan }) => refuseRegistrations(manifest, plan),
            }
            : {});
    },
}));

// EXTERNAL MODULE: ./util/secrets.ts
var secrets = __nccwpck_require__(4564);
;// CONCATENATED MODULE: ./cli/commands/run.ts








/* harmony default export */ const run = (defineCommand({
    name: 'run',
    summary: "run a job now with its schedule's settings, stream its logs, exit with its result",
    // The task's own --timeout, plus time to start it and to stop it.
    deadlineSeconds: (argv) => (0,inputs/* parseDuration */.E9)('--timeout', optionValue(argv, '--timeout'), model_runs/* RUN_TIMEOUT_SECONDS */.m) + 15 * 60,
    usesAws: true,
    positionals: 'JOB',
    flags: {
        ...MANIFEST_FLAGS,
        command: {
            type: 'string',
            short: 'c',
            value: '"..."',
            help: "override the container's command (shell-like words; quotes group)",
        },
        env: {
            type: 'string',
            multiple: true,
            default: [],
            value: 'KEY=VALUE',
            help: 'add or override an environment variable (repeatable); for a chain, in every step',
        },
        'scheduled-time': {
            type: 'string',
            value: 'ISO-8601',
            help: 'the time this run is for, as its ECS_BATCH_SCHEDULED_TIME (default: when it starts); for a chain, every step',
        },
        only: {
            type: 'boolean',
            default: false,
            help: 'for a job that runs through a state machine (a chain, retries, timeout): run just this job, as one task',
        },
        'no-wait': {
            type: 'boolean',
            default: false,
            help: 'start the task (or the state machine) and exit without waiting for it',
        },
        timeout: {
            type: 'string',
            value: 'DURATION',
            help: 'stop the task after this long (default 1h, as the run action); the run then fails',
        },
        poll: { type: 'string', value: 'DURATION', help: 'how often to look at the task and its logs (default 6s)' },
        format: FORMAT_FLAG,
    },
    examples: [
        'ecs-batch run daily-aggregate',
        "ecs-batch run daily-aggregate --command 'php artisan aggregate:daily --date=2026-11-27'",
        'ecs-batch run sweep --env DRY_RUN=1 --timeout 30m',
        'ecs-batch run daily-aggregate --scheduled-time 2026-11-27T03:00:00Z',
    ],
    async run(values, positionals) {
        if (positionals.length !== 1)
            throw new inputs/* UsageError */.eb('give exactly one job name: ecs-batch run JOB');
        const format = (0,inputs/* parseFormat */.Xc)(values.format);
        const options = {
            wait: !values['no-wait'],
            timeoutSeconds: (0,inputs/* parseDuration */.E9)('--timeout', values.timeout, model_runs/* RUN_TIMEOUT_SECONDS */.m),
            command: (0,inputs/* parseCommand */.RM)('--command', values.command),
            environment: (0,inputs/* parseEnvironment */.Nq)('--env', values.env),
            scheduledTime: (0,inputs/* parseScheduledTime */.ub)('--scheduled-time', values['scheduled-time']),
            poll: (0,inputs/* parseDuration */.E9)('--poll', values.poll, 6),
        };
        const manifest = await manifestOrErrors(values);
        if (!manifest)
            return 1;
        const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(543), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5918));
        const { findJob, runJob, startedByFor } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(161), __nccwpck_require__.e(339)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6339));
        const { renderRunText } = await __nccwpck_require__.e(/* import() */ 454).then(__nccwpck_require__.bind(__nccwpck_require__, 5454));
        const job = findJob(manifest, positionals[0]);
        const { chainOf, renderChainRunText, runChain } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(161), __nccwpck_require__.e(827), __nccwpck_require__.e(70), __nccwpck_require__.e(942), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6179));
        const chain = values.only ? undefined : chainOf(manifest, job.name);
        // Container logs are someone else's text: in a GitHub job, the runner reads no command inside them.
        const fence = new untrusted/* CommandsStopped */.O((line) => process.stdout.write(`${line}\n`));
        const inActions = process.env.GITHUB_ACTIONS === 'true';
        const writeLog = (message) => {
            if (inActions)
                fence.stop();
            process.stdout.write(`${(0,untrusted/* inertText */.UJ)((0,secrets/* redactSecrets */.fp)(message))}\n`);
        };
        if (chain) {
            if (options.command)
                throw new inputs/* UsageError */.eb(`job '${job.name}' runs through a state machine: --command applies to one step; ` +
                    'add --only to run just this job (--env alone applies to every step of the chain)');
            const clients = createClients();
            try {
                if (chain.root !== job.name)
                    printErr(`note: ${job.name} runs in the chain that ${chain.root} starts: ` +
                        `running the whole chain (--only runs just ${job.name})`);
                const result = await runChain(clients, manifest, chain, {
                    wait: options.wait,
                    timeoutSeconds: options.timeoutSeconds,
                    startedBy: startedByFor(process.env.GITHUB_RUN_ID),
                    environment: options.environment,
                    scheduledTime: options.scheduledTime,
                    pollSeconds: options.poll,
                    onNote: (note) => printErr(note),
                    ...(format === 'text' ? { onLog: (_job, line) => writeLog(line.message) } : {}),
                });
                fence.resume();
                if (format === 'json')
                    printJson(result);
                else
                    print(`\n${renderChainRunText(result)}`);
                return result.status === 'succeeded' || result.status === 'skipped' || result.status === 'started' ? 0 : 1;
            }
            finally {
                fence.resume();
                clients.destroy();
            }
        }
        const clients = createClients();
        try {
            const result = await runJob(clients, manifest, job, {
                wait: options.wait,
                timeoutSeconds: options.timeoutSeconds,
                startedBy: startedByFor(process.env.GITHUB_RUN_ID),
                ...(options.command ? { command: options.command } : {}),
                ...(options.environment ? { environment: options.environment } : {}),
                ...(options.scheduledTime ? { scheduledTime: options.scheduledTime } : {}),
                pollSeconds: { status: options.poll, logs: Math.min(2, options.poll) },
                onNote: (note) => printErr(`note: ${note}`),
                ...(format === 'text' ? { onLog: (line) => writeLog(line.message) } : {}),
            });
            fence.resume();
            if (format === 'json')
                printJson(result);
            else
                print(`\n${renderRunText(result)}`);
            return result.status === 'succeeded' || result.status === 'started' ? 0 : 1;
        }
        finally {
            fence.resume();
            clients.destroy();
        }
    },
}));

// EXTERNAL MODULE: ./schedule/timezone.ts
var timezone = __nccwpck_require__(6729);
;// CONCATENATED MODULE: ./cli/commands/status.ts






const FORMATS = ['text', 'json', 'markdown', 'svg'];
/* harmony default export */ const commands_status = (defineCommand({
    name: 'status',
    summary: 'every job: schedule, enabled, next runs, how its last runs went; and the week ahead',
    deadlineSeconds: 10 * 60,
    usesAws: true,
    flags: {
        ...MANIFEST_FLAGS,
        format: {
            type: 'string',
            value: FORMATS.join('|'),
            help: 'text (default), json, markdown (with the week as a Mermaid chart), ' +
                'or svg (the week as a picture; no AWS call)',
        },
        output: { type: 'string', short: 'o', value: 'FILE', help: 'write to FILE instead of standard output' },
        now: { type: 'string', value: 'ISO-8601', help: 'the reference time for next runs and the week' },
        'week-timezone': {
            type: 'string',
            value: 'ZONE',
            help: "the week's days and times in this IANA zone (default: the zone most jobs run in)",
        },
        'busy-at': {
            type: 'string',
            value: 'N',
            help: 'mark a minute busy when N or more jobs (frequent ones left out) start in it (default 3)',
        },
    },
    examples: [
        'ecs-batch status',
        'ecs-batch status --format markdown >> "$GITHUB_STEP_SUMMARY"',
        'ecs-batch status --format svg --output week.svg',
        'ecs-batch status --format svg --week-timezone America/New_York --busy-at 5 -o week.svg',
    ],
    async run(values) {
        const format = values.format ?? 'text';
        if (!FORMATS.includes(format))
            throw new inputs/* UsageError */.eb(`--format must be text, json, markdown or svg, not '${format}'`);
        const now = (0,inputs/* parseInstant */.nV)('--now', values.now);
        const timeZone = values['week-timezone'];
        if (timeZone !== undefined && !(0,timezone/* isValidTimeZone */.Aq)(timeZone))
            throw new inputs/* UsageError */.eb(`--week-timezone must be an IANA zone such as Asia/Tokyo or UTC, not '${timeZone}'`);
        const busyAt = (0,inputs/* parsePositiveInt */.EJ)('--busy-at', values['busy-at'], 3, 1000);
        const manifest = await manifestOrErrors(values, now);
        if (!manifest)
            return 1;
        const { weekOf, weekSvg } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(5), __nccwpck_require__.e(443)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6443));
        const week = weekOf(manifest.jobs, now, { timeZone, busyAt });
        let text;
        if (format === 'svg') {
            // The week needs no AWS call: it is the manifest's schedules.
            text = weekSvg(week, `ecs-batch ${manifest.prefix}: runs in the next 7 days`);
        }
        else {
            const { createClients } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(58), __nccwpck_require__.e(543), __nccwpck_require__.e(918)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5918));
            const { jobStatus } = await Promise.all(/* import() */[__nccwpck_require__.e(455), __nccwpck_require__.e(949), __nccwpck_require__.e(218), __nccwpck_require__.e(897), __nccwpck_require__.e(257), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(827), __nccwpck_require__.e(625)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5625));
            const { renderStatusMarkdown, renderStatusText } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(5), __nccwpck_require__.e(497)]).then(__nccwpck_require__.bind(__nccwpck_require__, 497));
            const clients = createClients();
            try {
                const report = await jobStatus(clients, manifest, now);
                if (format === 'json' && !values.output) {
                    printJson({ ...report, week });
                    return 0;
                }
                text =
                    format === 'json'
                        ? JSON.stringify({ ...report, week }, null, 2)
                        : format === 'markdown'
                            ? renderStatusMarkdown(report, week)
                            : renderStatusText(report);
            }
            finally {
                clients.destroy();
            }
        }
        if (values.output) {
            const { replaceFile } = await __nccwpck_require__.e(/* import() */ 430).then(__nccwpck_require__.bind(__nccwpck_require__, 1430));
            replaceFile(values.output, text.endsWith('\n') ? text : `${text}\n`);
            printErr(`wrote ${values.output}`);
        }
        else
            print(text);
        return 0;
    },
}));

;// CONCATENATED MODULE: ./cli/commands/validate.ts





/* harmony default export */ const validate = (defineCommand({
    name: 'validate',
    summary: 'check the manifest and show every job with its next runs',
    deadlineSeconds: 10 * 60,
    flags: {
        manifest: MANIFEST_FLAGS.manifest,
        environment: {
            ...MANIFEST_FLAGS.environment,
            help: 'check only this environment (default: the base manifest and every environment)',
        },
        format: FORMAT_FLAG,
        next: { type: 'string', value: 'N', help: 'next runs to show per job (default 3)' },
        now: { type: 'string', value: 'ISO-8601', help: 'compute next runs from this time instead of now' },
        workflows: {
            type: 'string',
            value: 'DIR',
            help: 'rerun workflows whose job list must match (default .github/workflows)',
        },
        strict: { type: 'boolean', default: false, help: 'exit 1 on warnings too (for a PR check)' },
        'show-resolved': {
            type: 'boolean',
            default: false,
            help: 'print each job as it resolves (defaults, environment overlay), secret-looking values hidden',
        },
    },
    examples: [
        'ecs-batch validate',
        'ecs-batch validate --environment staging --next 5',
        'ecs-batch validate --environment staging --show-resolved',
        'ecs-batch validate --format json | jq .errors',
    ],
    async run(values) {
        const format = (0,inputs/* parseFormat */.Xc)(values.format);
        const next = (0,inputs/* parsePositiveInt */.EJ)('--next', values.next, 3, 100);
        const now = (0,inputs/* parseInstant */.nV)('--now', values.now);
        const file = values.manifest ?? defaults/* DEFAULT_MANIFEST */.mj;
        const { loadAllEnvironments, loadManifest } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(161), __nccwpck_require__.e(5), __nccwpck_require__.e(507), __nccwpck_require__.e(602), __nccwpck_require__.e(407)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5602));
        const { withWorkflowChecks } = await Promise.all(/* import() */[__nccwpck_require__.e(637), __nccwpck_require__.e(437), __nccwpck_require__.e(507), __nccwpck_require__.e(639)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9639));
        const { renderValidationText, validationReport } = await Promise.all(/* import() */[__nccwpck_require__.e(949), __nccwpck_require__.e(5), __nccwpck_require__.e(548)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6548));
        // Without --environment, the base and every overlay are checked.
        const loaded = values.environment
            ? loadManifest(file, { environment: values.environment, now })
            : loadAllEnvironments(file, { now });
        const result = withWorkflowChecks(loaded, values.workflows ?? defaults/* DEFAULT_WORKFLOWS_DIR */.X8, file);
        const report = validationReport(result, now, next);
        if (values['show-resolved'] && result.manifest) {
            const { resolvedJobsYaml } = await Promise.all(/* import() */[__nccwpck_require__.e(637), __nccwpck_require__.e(327)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4327));
            print(resolvedJobsYaml(result.manifest));
        }
        if (format === 'json')
            printJson(report);
        else
            print(renderValidationText(file, result, report));
        if (report.valid && values.strict && report.warnings.length)
            printErr(`${file}: ${report.warnings.length} warning(s), and --strict is on`);
        return report.valid && !(values.strict && report.warnings.length) ? 0 : 1;
    },
}));

;// CONCATENATED MODULE: ./cli/node-version.ts
/** The AWS SDK supports Node 22 and later (the actions run on Node 24). */
const MIN_NODE_MAJOR = 22;
/**
 * On an older Node, one clear line instead of the SDK's eight-line warning on every call; undefined
 * when the runtime is fine.
 */
function oldNodeNote(version) {
    const major = Number(/^v?(\d+)/.exec(version)?.[1]);
    if (!(major < MIN_NODE_MAJOR))
        return undefined;
    return (`ecs-batch: Node ${version} is older than the AWS SDK supports (${MIN_NODE_MAJOR} or later; ` +
        `the actions run on 24): upgrade Node, as the SDK will stop working on it`);
}

// EXTERNAL MODULE: ./util/errors.ts
var errors = __nccwpck_require__(7702);
;// CONCATENATED MODULE: ./util/deadline.ts
/** An overall deadline for a command, so that a silent endpoint can never hang a CI job forever. */

class DeadlineError extends errors/* OperationError */.O {
    constructor(seconds, what) {
        super(`${what} did not finish within its deadline of ${formatSeconds(seconds)}, and was stopped`, 'an AWS endpoint may not be answering (check AWS_ENDPOINT_URL, the network and the region); ' +
            'raise the limit with --deadline (or the deadline input) if the work is just long');
        this.name = 'DeadlineError';
    }
}
function formatSeconds(seconds) {
    return seconds >= 3600 && seconds % 3600 === 0
        ? `${seconds / 3600}h`
        : seconds >= 60 && seconds % 60 === 0
            ? `${seconds / 60}m`
            : `${seconds}s`;
}
/** Resolves with `work`, or rejects with a DeadlineError after `seconds`. */
async function withDeadline(work, seconds, what) {
    let timer;
    const expired = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new DeadlineError(seconds, what)), seconds * 1000);
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}

;// CONCATENATED MODULE: ./cli.ts
/**
 * The ecs-batch command line: finds the command (one file each in src/cli/commands), parses its flags, runs it
 * under its deadline. Exit codes: 0 success, 1 invalid input or a failed operation, 2 a usage error.
 */

















const VERSION = '0.1.0';
/** In the order `--help` lists them. */
const COMMANDS = [
    init,
    commands_import,
    validate,
    iam_policy,
    run,
    backfill,
    commands_status,
    plan,
    deploy,
    rollback,
];
function usage() {
    const width = Math.max(...COMMANDS.map((c) => c.name.length));
    return [
        'Usage: ecs-batch <command> [options]',
        '',
        'Commands:',
        ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
        '',
        "Run 'ecs-batch <command> --help' for a command's options.",
        'AWS region and credentials come from the standard AWS environment and config files.',
    ].join('\n');
}
/** `--deadline` applies to every command: taken out before the command reads its own flags. */
function takeDeadline(argv) {
    const value = optionValue(argv, '--deadline');
    if (value === undefined)
        return { argv: [...argv] };
    const rest = argv.filter((arg, i) => arg !== '--deadline' && !arg.startsWith('--deadline=') && argv[i - 1] !== '--deadline');
    return { argv: rest, deadline: (0,inputs/* parseDuration */.E9)('--deadline', value, 0) };
}
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        print(usage());
        return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
        print(VERSION);
        return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
        printErr(`ecs-batch: unknown command '${name}'\n\n${usage()}`);
        return 2;
    }
    if (rest.includes('--help') || rest.includes('-h')) {
        print(helpOf(command));
        return 0;
    }
    const note = command.usesAws ? oldNodeNote(process.version) : undefined;
    if (note) {
        printErr(note);
        process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    }
    try {
        const { argv: own, deadline } = takeDeadline(rest);
        const seconds = deadline ??
            (typeof command.deadlineSeconds === 'number' ? command.deadlineSeconds : command.deadlineSeconds(own));
        const { values, positionals } = parseFlags(command, own);
        return await withDeadline(command.run(values, positionals), seconds, `ecs-batch ${name}`);
    }
    catch (error) {
        if (error instanceof inputs/* UsageError */.eb) {
            printErr(`ecs-batch ${name}: ${error.message}\nUsage: ${usageOf(command)}`);
            return 2;
        }
        printErr(`ecs-batch ${name}: ${(0,secrets/* redactSecrets */.fp)((0,errors/* describeError */.U)(error))}`);
        // Past the deadline, whatever still hangs (a silent socket) must not keep the process alive.
        if (error instanceof DeadlineError)
            process.exit(1);
        return 1;
    }
}
void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
});

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
