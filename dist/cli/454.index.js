export const id = 454;
export const ids = [454];
export const modules = {

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderRunText: () => (/* binding */ renderRunText)
/* harmony export */ });
/* unused harmony export renderRunMarkdown */

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
    return s >= 3600 ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m${s % 60}s` : s >= 60 ? `${Math.floor(s / 60)}m${s % 60}s` : `${s}s`;
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
        lines.push(`reason: ${r.stoppedReason}`);
    if (r.containerReason && r.containerReason !== r.stoppedReason)
        lines.push(`container: ${r.containerReason}`);
    if (r.durationSeconds !== undefined)
        lines.push(`duration: ${duration(r.durationSeconds)}`);
    if (r.logUrl)
        lines.push(`logs: ${r.logUrl}`);
    if (r.hint)
        lines.push(`hint: ${r.hint}`);
    return lines.join('\n');
}
function renderRunMarkdown(r) {
    const rows = [
        ['Result', TITLE[r.status]],
        ['Exit code', r.exitCode === undefined ? '—' : String(r.exitCode)],
        ['Stop code', r.stopCode ?? '—'],
        ['Reason', r.stoppedReason ?? '—'],
        ['Duration', duration(r.durationSeconds)],
        ['Task', r.taskArn ? `\`${r.taskArn}\`` : '—'],
        ['Task definition', `\`${r.taskDefinitionArn}\` (from the ${r.settingsSource})`],
        ['Logs', r.logUrl ? `[${r.logGroup} / ${r.logStream}](${r.logUrl})` : '—'],
    ];
    const out = [`### ecs-batch run \`${r.job}\`: ${TITLE[r.status]}`, '', markdownTable(['', ''], rows)];
    if (r.hint)
        out.push('', `**Hint:** ${r.hint}`);
    for (const note of r.notes)
        out.push('', `> ${note}`);
    return `${out.join('\n')}\n`;
}


/***/ })

};
