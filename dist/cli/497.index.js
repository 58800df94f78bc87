export const id = 497;
export const ids = [497];
export const modules = {

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderStatusMarkdown: () => (/* binding */ renderStatusMarkdown),
/* harmony export */   renderStatusText: () => (/* binding */ renderStatusText)
/* harmony export */ });
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4564);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3403);
/* harmony import */ var _untrusted_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(165);
/* harmony import */ var _week_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6443);




const MARK = { succeeded: '✓', failed: '✗', 'never-started': '✗', stopped: '■' };
function runText(r) {
    if (!r)
        return 'no run yet';
    const what = r.result === 'succeeded'
        ? 'succeeded'
        : r.result === 'failed'
            ? `failed (exit code ${r.exitCode})`
            : r.result === 'never-started'
                ? 'never started'
                : 'stopped';
    const when = r.stoppedAt ? ` ${r.stoppedAt.slice(0, 16).replace('T', ' ')} UTC` : '';
    const took = r.durationSeconds !== undefined ? `, ${r.durationSeconds}s` : '';
    return `${what}${when}${took}${r.manual ? ' (by hand)' : ''}`;
}
/** Recent runs, newest first: ✓ succeeded, ✗ failed or never started, ■ stopped. */
function trail(j) {
    return j.lastRuns.map((r) => MARK[r.result]).join(' ') || '—';
}
function renderStatusText(r) {
    const rows = r.jobs.map((j) => [
        j.job,
        j.enabled ? 'yes' : 'no',
        `${j.schedule.expression} ${j.schedule.timezone}`,
        j.nextRunsLocal[0] ?? '-',
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(runText(j.lastRuns[0])), 60),
        trail(j),
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(j.description),
    ]);
    const lines = [`ecs-batch ${r.prefix} (${r.region}, cluster ${r.cluster}): ${r.jobs.length} job(s); last runs from ${r.source === 'history' ? 'the run history' : 'ECS (it keeps stopped tasks for about an hour; set history: in the manifest to keep them)'}`, ''];
    lines.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .textTable */ .ed)(['JOB', 'ENABLED', 'SCHEDULE', 'NEXT RUN', 'LAST RUN', 'RECENT', 'DESCRIPTION'], rows));
    const failing = r.jobs.filter((j) => j.lastRuns[0]?.result === 'never-started');
    for (const j of failing)
        if (j.lastRuns[0]?.reason)
            lines.push('', `${j.job}: ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(j.lastRuns[0].reason), 200)}`);
    return lines.join('\n');
}
function renderStatusMarkdown(r, week) {
    const out = [`### ecs-batch ${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(r.prefix)}: status of ${r.jobs.length} job(s)`, ''];
    const rows = r.jobs.map((j) => [
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.job),
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.description),
        `${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.schedule.expression)}<br>${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.human)} (${(0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.timezone)})`,
        j.enabled ? 'yes' : (j.deployed ? 'disabled' : 'not deployed'),
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.nextRunsLocal[0] ?? '—'),
        (0,_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(runText(j.lastRuns[0]))),
        trail(j),
    ]);
    out.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['Job', 'Description', 'Schedule', 'Enabled', 'Next run', 'Last run', 'Recent runs'], rows), '');
    if (r.source === 'ecs')
        out.push('> Last runs are what ECS still remembers (about an hour). Add `history:` to the manifest to keep every run.', '');
    if (week)
        out.push('<details><summary>The next 7 days</summary>', '', (0,_week_js__WEBPACK_IMPORTED_MODULE_2__/* .weekMermaid */ .Sc)(week), '', '</details>', '');
    return out.join('\n');
}


/***/ })

};
