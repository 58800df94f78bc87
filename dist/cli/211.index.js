export const id = 211;
export const ids = [211,304];
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

/***/ 8718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jobScheduleInfo),
/* harmony export */   o: () => (/* binding */ localRuns)
/* harmony export */ });
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6558);

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
/* harmony export */   RG: () => (/* reexport safe */ _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__.R),
/* harmony export */   oG: () => (/* reexport safe */ _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__.o),
/* harmony export */   renderValidationText: () => (/* binding */ renderValidationText),
/* harmony export */   validationReport: () => (/* binding */ validationReport)
/* harmony export */ });
/* unused harmony export renderValidationMarkdown */
/* harmony import */ var _manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4304);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3403);
/* harmony import */ var _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8718);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8335);





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
        jobs: (result.manifest?.jobs ?? []).map((job) => (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .jobScheduleInfo */ .R)(job, now, nextCount)),
    };
}
function scheduleCell(info) {
    return info.written ? `${info.written} → ${info.expression}` : info.expression;
}
function renderValidationText(file, result, report) {
    const lines = [];
    for (const d of result.diagnostics)
        lines.push((0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)((0,_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic)(d)));
    if (lines.length)
        lines.push('');
    const counts = `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ` +
        `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
    if (!report.valid) {
        lines.push(`${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(file)}: invalid (${counts}); fix the errors above.`);
        return lines.join('\n');
    }
    lines.push(`${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .inertLine */ .Fq)(file)}: valid, ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} (${counts})`, '');
    const rows = report.jobs.map((j) => [
        j.name,
        scheduleCell(j),
        j.human,
        j.timezone,
        (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_1__/* .localRuns */ .o)(j).join(', ') || '(none)',
        j.enabled ? 'yes' : 'no',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_2__/* .cellText */ .Ie)(j.description),
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


/***/ })

};
