export const id = 548;
export const ids = [548,304];
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
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7835);

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
