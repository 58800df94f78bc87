export const id = 494;
export const ids = [494,468];
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

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderStatusMarkdown: () => (/* binding */ renderStatusMarkdown),
/* harmony export */   renderStatusText: () => (/* binding */ renderStatusText)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4564);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3403);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8335);
/* harmony import */ var _week_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6443);




const MARK = {
    succeeded: '✓',
    failed: '✗',
    'never-started': '✗',
    stopped: '■',
    skipped: '⏭',
};
function runText(r) {
    if (!r)
        return 'no run yet';
    const what = r.result === 'succeeded'
        ? 'succeeded'
        : r.result === 'failed'
            ? `failed (exit code ${r.exitCode})`
            : r.result === 'never-started'
                ? 'never started'
                : r.result === 'skipped'
                    ? 'skipped (the previous run was still going)'
                    : 'stopped';
    const when = r.stoppedAt ? ` ${r.stoppedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
    const took = r.durationSeconds !== undefined ? `, ${r.durationSeconds}s` : '';
    return `${what}${when}${took}${r.manual ? ' (by hand)' : ''}`;
}
/** Recent runs, newest first: ✓ succeeded, ✗ failed or never started, ■ stopped, ⏭ skipped. */
function trail(j) {
    return j.lastRuns.map((r) => MARK[r.result]).join(' ') || '—';
}
function renderStatusText(r) {
    const rows = r.jobs.map((j) => [
        j.job,
        j.enabled ? 'yes' : 'no',
        `${j.schedule.expression} ${j.schedule.timezone}`,
        j.nextRunsLocal[0] ?? '-',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(runText(j.lastRuns[0])), 60),
        trail(j),
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(j.description),
    ]);
    const lines = [
        `ecs-batch ${r.prefix} (${r.region}, cluster ${r.cluster}): ${r.jobs.length} job(s); last runs ` +
            (r.source === 'history'
                ? 'from the run history'
                : 'from ECS (it keeps stopped tasks for about an hour; set history: in the manifest to keep them)'),
        '',
    ];
    lines.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .textTable */ .ed)(['JOB', 'ENABLED', 'SCHEDULE', 'NEXT RUN', 'LAST RUN', 'RECENT', 'DESCRIPTION'], rows));
    const failing = r.jobs.filter((j) => j.lastRuns[0]?.result === 'never-started');
    for (const j of failing)
        if (j.lastRuns[0]?.reason)
            lines.push('', `${j.job}: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(j.lastRuns[0].reason), 200)}`);
    return lines.join('\n');
}
function renderStatusMarkdown(r, week) {
    const out = [`### ecs-batch ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(r.prefix)}: status of ${r.jobs.length} job(s)`, ''];
    const rows = r.jobs.map((j) => [
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.job),
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.description),
        `${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.schedule.expression)}<br>${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.human)} (${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.timezone)})`,
        j.enabled ? 'yes' : j.deployed ? 'disabled' : 'not deployed',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.nextRunsLocal[0] ?? '—'),
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(runText(j.lastRuns[0]))),
        trail(j),
    ]);
    out.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['Job', 'Description', 'Schedule', 'Enabled', 'Next run', 'Last run', 'Recent runs'], rows), '');
    if (r.source === 'ecs')
        out.push('> Last runs are what ECS still remembers (about an hour). Add `history:` to the manifest to keep every run.', '');
    if (week)
        out.push('<details><summary>The next 7 days</summary>', '', (0,_week_js__WEBPACK_IMPORTED_MODULE_2__/* .weekMermaid */ .Sc)(week), '', '</details>', '');
    return out.join('\n');
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

/***/ 6443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ weekMermaid),
/* harmony export */   weekOf: () => (/* binding */ weekOf),
/* harmony export */   weekSvg: () => (/* binding */ weekSvg)
/* harmony export */ });
/* unused harmony exports WEEK_MS, BAND_AFTER_RUNS, BUSY_MINUTE_JOBS */
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6558);

const WEEK_MS = 7 * 24 * 3600 * 1000;
/** More runs than this in the week and a job is drawn as a band. */
const BAND_AFTER_RUNS = 28;
/** Jobs starting in the same minute before it is marked busy. */
const BUSY_MINUTE_JOBS = 3;
/** Runs computed per job at the most (a job every minute has 10,080 in a week). */
const MAX_RUNS = 10_080;
function weekOf(jobs, now) {
    const from = Math.floor(now / 60000) * 60000;
    const to = from + WEEK_MS;
    const perMinute = new Map();
    const out = jobs.map((job) => {
        if (!job.enabled)
            return { job: job.name, runs: [], enabled: false };
        // Few runs: computed one by one. Past BAND_AFTER_RUNS in the week, a band (its runs still count for busy minutes).
        let runs = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nextRuns */ .Oz)(job.schedule, job.timezone, from - 1, BAND_AFTER_RUNS + 1).runs.filter((t) => t < to);
        const band = runs.length > BAND_AFTER_RUNS;
        if (band)
            runs = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .nextRuns */ .Oz)(job.schedule, job.timezone, from - 1, MAX_RUNS).runs.filter((t) => t < to);
        for (const t of runs)
            perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
        return band
            ? { job: job.name, runs: [], band: (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_0__/* .describeSchedule */ .Bg)(job.schedule).toLowerCase(), enabled: true }
            : { job: job.name, runs, enabled: true };
    });
    const busy = [...perMinute]
        .filter(([, n]) => n >= BUSY_MINUTE_JOBS)
        .sort((a, b) => a[0] - b[0])
        .map(([at, n]) => ({ at, jobs: n }));
    return { from, to, jobs: out, busy };
}
const utc = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
/** Mermaid gantt: a section per job (job names are [A-Za-z0-9_-], safe in Mermaid). Times are UTC. */
function weekMermaid(week) {
    const lines = [
        '```mermaid',
        'gantt',
        '    title Runs in the next 7 days (UTC)',
        '    dateFormat YYYY-MM-DD HH:mm',
        '    axisFormat %a %H:%M',
    ];
    for (const j of week.jobs) {
        lines.push(`    section ${j.job}`);
        if (!j.enabled)
            lines.push(`    disabled :done, ${utc(week.from)}, 0m`);
        else if (j.band)
            lines.push(`    ${j.band.replace(/[:#;]/g, ' ')} :active, ${utc(week.from)}, 7d`);
        else if (j.runs.length === 0)
            lines.push(`    no run this week :done, ${utc(week.from)}, 0m`);
        else
            for (const t of j.runs)
                lines.push(`    run :milestone, ${utc(t)}, 0m`);
    }
    if (week.busy.length) {
        lines.push('    section busy minutes');
        for (const b of week.busy.slice(0, 50))
            lines.push(`    ${b.jobs} jobs start :crit, milestone, ${utc(b.at)}, 0m`);
    }
    lines.push('```');
    return lines.join('\n');
}
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A standalone SVG of the week: a row per job, a tick per run, a band for frequent jobs, busy minutes in red. */
function weekSvg(week, title) {
    const left = 180;
    const width = 1200;
    const row = 26;
    const top = 50;
    const height = top + week.jobs.length * row + 40;
    const x = (t) => left + ((t - week.from) / (week.to - week.from)) * (width - left - 20);
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ` +
            `${height}" font-family="sans-serif" font-size="12">`,
        `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
        `<text x="10" y="20" font-size="15" font-weight="bold">${xml(title)}</text>`,
    ];
    // A line at each midnight (UTC), labelled with the day it starts.
    const day = 24 * 3600 * 1000;
    for (let t = Math.ceil(week.from / day) * day; t < week.to; t += day) {
        parts.push(`<line x1="${x(t).toFixed(1)}" y1="${top - 10}" x2="${x(t).toFixed(1)}" y2="${height - 30}" stroke="#ccc"/>`);
        if (week.to - t > day / 3)
            parts.push(`<text x="${(x(t) + 4).toFixed(1)}" y="${top - 14}" fill="#555">${xml(new Date(t).toUTCString().slice(0, 11))}</text>`);
    }
    week.jobs.forEach((j, i) => {
        const y = top + i * row;
        parts.push(`<text x="10" y="${y + 16}">${xml(j.job)}</text>`);
        if (!j.enabled)
            parts.push(`<text x="${left}" y="${y + 16}" fill="#999">disabled</text>`);
        else if (j.band)
            parts.push(`<rect x="${x(week.from)}" y="${y + 6}" width="${(x(week.to) - x(week.from)).toFixed(1)}" ` +
                `height="12" fill="#4a90d9" opacity="0.35"><title>${xml(j.band)}</title></rect>`);
        for (const t of j.runs)
            parts.push(`<rect x="${x(t).toFixed(1)}" y="${y + 4}" width="2" height="16" ` +
                `fill="#1f6feb"><title>${xml(`${j.job} ${utc(t)} UTC`)}</title></rect>`);
    });
    for (const b of week.busy) {
        parts.push(`<line x1="${x(b.at).toFixed(1)}" y1="${top}" x2="${x(b.at).toFixed(1)}" y2="${height - 30}" ` +
            `stroke="#d1242f" stroke-width="1.5" opacity="0.7"><title>${b.jobs} jobs start at ${utc(b.at)} UTC</title></line>`);
    }
    parts.push(`<text x="10" y="${height - 10}" fill="#555">days in UTC · ticks: runs · bands: frequent jobs · ` +
        `red: minutes when ${BUSY_MINUTE_JOBS}+ jobs start at once</text>`, '</svg>');
    return parts.join('\n');
}


/***/ })

};
