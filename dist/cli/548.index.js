export const id = 548;
export const ids = [548,304,150];
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

/***/ 8718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ jobScheduleInfo),
/* harmony export */   o: () => (/* binding */ localRuns)
/* harmony export */ });
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6005);

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

/***/ 3150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ Budgeted),
/* harmony export */   commentLimit: () => (/* binding */ commentLimit),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker)
/* harmony export */ });
/* unused harmony exports summaryLimit, workflowRunUrl */
/* harmony import */ var _util_github_limits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2107);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8335);
/** Markdown within GitHub's limits: lines kept while they fit, then what was left out and where the whole is. */


/** The first line of the sticky PR comment of a manifest prefix (how the comment is found again). */
function commentMarker(prefix) {
    return `<!-- ecs-batch:plan:${prefix} -->`;
}
/** A summary (and its copy in an output) within GitHub's limits: the smaller of a summary's and an output's. */
function summaryLimit(whole) {
    return { max: Math.min(STEP_SUMMARY_MAX_BYTES, STEP_OUTPUT_MAX_BYTES), unit: 'bytes', whole };
}
/** This workflow run's page, where its job summaries are (in a GitHub Actions job). */
function workflowRunUrl(env = process.env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
/** A comment body (after its marker line) within GitHub's limit; when cut, it points at the run's summary. */
function commentLimit(marker, runUrl = workflowRunUrl()) {
    const summary = runUrl ? (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .mdLink */ .YF)('the job summary of this run', runUrl) : 'the job summary of this run';
    return { max: _util_github_limits_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMENT_BODY_MAX */ .Uq - marker.length - 1, unit: 'characters', whole: `the whole plan is in ${summary}` };
}
/** Lines added while they fit, then one line saying what was left out. */
class Budgeted {
    out = [];
    used = 0;
    limit;
    constructor(limit) {
        this.limit = limit;
    }
    /** What the closing notes need: kept free until the end. */
    static RESERVE = 2_000;
    push(...lines) {
        for (const line of lines) {
            this.out.push(line);
            this.used += (this.limit?.size(line) ?? 0) + 1;
        }
    }
    fits(lines) {
        if (!this.limit)
            return true;
        const more = lines.reduce((n, l) => n + this.limit.size(l) + 1, 0);
        return this.used + more <= this.limit.max - Budgeted.RESERVE;
    }
    /** Adds items' lines in order while they fit; returns how many were left out. */
    items(items, linesOf) {
        for (let i = 0; i < items.length; i++) {
            const lines = linesOf(items[i]);
            if (!this.fits(lines))
                return items.length - i;
            this.push(...lines);
        }
        return 0;
    }
    leftOut(count, what) {
        if (count)
            this.push(`*…and ${count} more ${what}; ${this.limit?.whole ?? 'see the whole plan'}.*`, '');
    }
    text() {
        return this.out.join('\n');
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
/* harmony export */   RG: () => (/* reexport safe */ _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__.R),
/* harmony export */   oG: () => (/* reexport safe */ _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__.o),
/* harmony export */   renderValidationText: () => (/* binding */ renderValidationText),
/* harmony export */   validationReport: () => (/* binding */ validationReport)
/* harmony export */ });
/* unused harmony export renderValidationMarkdown */
/* harmony import */ var _manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4304);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3150);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3403);
/* harmony import */ var _model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8718);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8335);







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
        jobs: (result.manifest?.jobs ?? []).map((job) => (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__/* .jobScheduleInfo */ .R)(job, now, nextCount)),
    };
}
function scheduleCell(info) {
    return info.written ? `${info.written} → ${info.expression}` : info.expression;
}
function renderValidationText(file, result, report) {
    const lines = [];
    for (const d of result.diagnostics)
        lines.push((0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)((0,_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic)(d)));
    if (lines.length)
        lines.push('');
    const counts = `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ` +
        `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
    if (!report.valid) {
        lines.push(`${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(file)}: invalid (${counts}); fix the errors above.`);
        return lines.join('\n');
    }
    lines.push(`${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .inertLine */ .Fq)(file)}: valid, ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} (${counts})`, '');
    const rows = report.jobs.map((j) => [
        j.name,
        scheduleCell(j),
        j.human,
        j.timezone,
        (0,_model_schedule_info_js__WEBPACK_IMPORTED_MODULE_2__/* .localRuns */ .o)(j).join(', ') || '(none)',
        j.enabled ? 'yes' : 'no',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_3__/* .cellText */ .Ie)(j.description),
    ]);
    lines.push((0,_table_js__WEBPACK_IMPORTED_MODULE_4__/* .textTable */ .ed)(['JOB', 'SCHEDULE', 'WHEN', 'TIME ZONE', 'NEXT RUNS', 'ENABLED', 'DESCRIPTION'], rows));
    if (report.jobs.some((j) => j.nextRunsApproximate)) {
        lines.push('', '~ rate(...) schedules count from when the schedule is created; the runs shown start from now.');
    }
    return lines.join('\n');
}
/** The validation summary; within `limit` (GitHub's), the lists stop where it comes and say what they left out. */
function renderValidationMarkdown(file, report, limit) {
    const out = new Budgeted(limit ? { ...limit, size: sizeIn(limit.unit) } : undefined);
    const status = report.valid ? '✅ valid' : '❌ invalid';
    out.push(`### ecs-batch: ${mdCode(file)} is ${status}`, '');
    if (report.errors.length || report.warnings.length) {
        const left = out.items([
            ...report.errors.map((e) => `- ❌ ${mdCode(`${e.file}:${e.line}:${e.column}`)} ${mdText(e.message)}`),
            ...report.warnings.map((w) => `- ⚠️ ${mdCode(`${w.file}:${w.line}:${w.column}`)} ${mdText(w.message)}`),
        ], (line) => [line]);
        out.push('');
        out.leftOut(left, 'error(s) and warning(s) (each is also an annotation on the manifest)');
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
        const [header, rule, ...lines] = markdownTable(['Job', 'Description', 'Schedule', 'AWS expression', 'When', 'Time zone', 'Next runs', 'Enabled'], rows).split('\n');
        out.push(header, rule);
        const left = out.items(lines, (line) => [line]);
        if (left)
            out.push('');
        out.leftOut(left, 'job(s)');
    }
    return out.text();
}


/***/ }),

/***/ 2107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F3: () => (/* binding */ sizeIn),
/* harmony export */   Uq: () => (/* binding */ COMMENT_BODY_MAX)
/* harmony export */ });
/* unused harmony exports STEP_SUMMARY_MAX_BYTES, STEP_OUTPUT_MAX_BYTES */
/** What GitHub accepts from a step: past these, it refuses the write (or cuts it), so every writer fits within them. */
/** An issue or pull request comment's body, in characters (GitHub answers 422 past it). */
const COMMENT_BODY_MAX = 65_536;
/** A step's job summary, in bytes (1 MiB; past it the summary is not shown). */
const STEP_SUMMARY_MAX_BYTES = 1_048_576;
/** One step output, in bytes ("a maximum of 1 MB"). */
const STEP_OUTPUT_MAX_BYTES = 1_000_000;
/** A text's size as GitHub counts it for a limit: characters for a comment, bytes for a summary or an output. */
const sizeIn = (unit) => unit === 'bytes' ? (text) => Buffer.byteLength(text, 'utf8') : (text) => text.length;


/***/ })

};
