export const id = 454;
export const ids = [454];
export const modules = {

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRunText: () => (/* binding */ renderRunText)
/* harmony export */ });
/* unused harmony export renderRunMarkdown */
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4564);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8335);



const TITLE = {
    succeeded: '✅ succeeded',
    failed: '❌ failed',
    'failed-to-start': '❌ never started',
    'not-started': '❌ not started (RunTask refused)',
    'timed-out': '⏱️ timed out (stopped)',
    started: '▶️ started (not waited for)',
};
function duration(seconds) {
    if (seconds === undefined)
        return '—';
    const s = Math.round(seconds);
    return s >= 3600
        ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m${s % 60}s`
        : s >= 60
            ? `${Math.floor(s / 60)}m${s % 60}s`
            : `${s}s`;
}
function renderRunText(r) {
    const lines = [`ecs-batch run ${r.job}: ${TITLE[r.status]}`];
    if (r.taskArn)
        lines.push(`task: ${r.taskArn}`);
    lines.push(`task definition: ${r.taskDefinitionArn} (settings from the ${r.settingsSource})`);
    if (r.exitCode !== undefined)
        lines.push(`exit code: ${r.exitCode}`);
    if (r.stopCode)
        lines.push(`stop code: ${r.stopCode}`);
    if (r.stoppedReason)
        lines.push(`reason: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(r.stoppedReason))}`);
    if (r.containerReason && r.containerReason !== r.stoppedReason)
        lines.push(`container: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(r.containerReason))}`);
    if (r.durationSeconds !== undefined)
        lines.push(`duration: ${duration(r.durationSeconds)}`);
    if (r.logUrl)
        lines.push(`logs: ${r.logUrl}`);
    if (r.hint)
        lines.push(`hint: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .inertLine */ .Fq)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(r.hint))}`);
    return lines.join('\n');
}
function renderRunMarkdown(r) {
    const rows = [
        ['Result', TITLE[r.status]],
        ['Exit code', r.exitCode === undefined ? '—' : String(r.exitCode)],
        ['Stop code', r.stopCode ? mdCode(r.stopCode) : '—'],
        ['Reason', r.stoppedReason ? mdText(redactSecrets(r.stoppedReason)) : '—'],
        ['Duration', duration(r.durationSeconds)],
        ['Task', r.taskArn ? mdCode(r.taskArn) : '—'],
        ['Task definition', `${mdCode(r.taskDefinitionArn)} (from the ${r.settingsSource})`],
        ['Logs', r.logUrl ? mdLink(`${r.logGroup} / ${r.logStream}`, r.logUrl) : '—'],
    ];
    const out = [`### ecs-batch run ${mdCode(r.job)}: ${TITLE[r.status]}`, '', markdownTable(['', ''], rows)];
    if (r.hint)
        out.push('', `**Hint:** ${mdText(redactSecrets(r.hint))}`);
    for (const note of r.notes)
        out.push('', `> ${mdText(redactSecrets(note))}`);
    return `${out.join('\n')}\n`;
}


/***/ })

};
