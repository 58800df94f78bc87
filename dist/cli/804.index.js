export const id = 804;
export const ids = [804,304,150,443,548];
export const modules = {

/***/ 4035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ logGroupConsoleUrl),
/* harmony export */   t: () => (/* binding */ consoleLinks)
/* harmony export */ });
/** Links to the AWS console for what a deploy touched. */
/** CloudWatch's console wants the log group name URL-encoded twice, with `%` written as `$25`. */
function logGroupConsoleUrl(region, group, stream) {
    const enc = (s) => encodeURIComponent(encodeURIComponent(s)).replace(/%/g, '$');
    const base = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}`;
    return stream ? `${base}/log-events/${enc(stream)}` : base;
}
function consoleLinks(input) {
    const { region } = input;
    const host = `https://${region}.console.aws.amazon.com`;
    const schedule = input.backend === 'rules'
        ? `${host}/events/home?region=${region}#/eventbus/default/rules/${encodeURIComponent(input.name)}`
        : `${host}/scheduler/home?region=${region}#schedules/${encodeURIComponent(input.prefix)}/${encodeURIComponent(input.name)}`;
    return {
        ...(input.scheduled === false ? {} : { schedule }),
        taskDefinition: `${host}/ecs/v2/task-definitions/${encodeURIComponent(input.family)}` +
            `${input.revision !== undefined ? `/${input.revision}/containers` : ''}?region=${region}`,
        ...(input.logGroup ? { logs: logGroupConsoleUrl(region, input.logGroup) } : {}),
    };
}


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

/***/ 5804:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   deploymentReport: () => (/* binding */ deploymentReport),
/* harmony export */   renderDeploymentMarkdown: () => (/* binding */ renderDeploymentMarkdown),
/* harmony export */   renderDeploymentText: () => (/* binding */ renderDeploymentText),
/* harmony export */   renderedTaskDefinitions: () => (/* binding */ renderedTaskDefinitions)
/* harmony export */ });
/* unused harmony exports shortDigest, chainsMermaid */
/* harmony import */ var _manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4304);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9206);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3918);
/* harmony import */ var _util_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4564);
/* harmony import */ var _aws_console_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4035);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3403);
/* harmony import */ var _util_github_limits_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(2107);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3150);
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8335);
/* harmony import */ var _week_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6443);
/* harmony import */ var _validation_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6548);











function changeReport(c, options) {
    return {
        kind: c.kind,
        action: c.action,
        name: (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_1__/* .changeName */ .m9)(c),
        ...('job' in c && c.job ? { job: c.job } : {}),
        reason: c.reason,
        diff: 'diff' in c ? c.diff.map((d) => (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .describeChange */ .uQ)(d, options)) : [],
    };
}
function shortDigest(digest) {
    return digest.replace(/^sha256:([0-9a-f]{12}).*$/, 'sha256:$1');
}
/**
 * The report of a plan or deploy. Values are described for people: environment values are
 * fingerprinted unless `showValues`, secrets are hidden by name and shape, whatever the format.
 */
function deploymentReport(outcome, now, options = {}) {
    const totals = { create: 0, update: 0, enable: 0, disable: 0, unchanged: 0, jobs: 0, pruned: 0, writes: 0 };
    const errors = outcome.load.diagnostics.filter((d) => d.severity === 'error').map(_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic);
    const base = {
        totals,
        jobs: [],
        pruned: [],
        changes: [],
        warnings: outcome.load.diagnostics.filter((d) => d.severity === 'warning').map(_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic),
        conflicts: [],
        errors,
        taskDefinitionArns: {},
    };
    const { manifest, plan, image } = outcome;
    if (!manifest || !plan || !image)
        return { status: 'invalid', ...base };
    const applied = outcome.apply;
    const preflight = outcome.preflight;
    const preflightErrors = (preflight?.diagnostics ?? []).filter((d) => d.severity === 'error').map(_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic);
    const status = plan.conflicts.length || preflightErrors.length
        ? 'refused'
        : !applied
            ? 'planned'
            : applied.ok
                ? 'applied'
                : 'failed';
    // In the manifest's order of jobs, whatever order the registrations finished in.
    const arns = {};
    for (const j of plan.jobs) {
        const arn = applied?.taskDefinitionArns[j.job] ?? j.taskDefinitionArn;
        if (arn)
            arns[j.job] = arn;
    }
    const jobs = plan.jobs.map((jp) => {
        const job = manifest.jobs.find((j) => j.name === jp.job);
        const info = (0,_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .jobScheduleInfo */ .RG)(job, now, 1);
        const to = applied?.revisions[jp.job] ?? (jp.registersNewRevision ? undefined : jp.currentRevision);
        const arn = arns[jp.job];
        totals[jp.action] += 1;
        return {
            job: jp.job,
            name: jp.name,
            action: jp.action,
            description: job.description ?? '',
            enabled: jp.enabled,
            schedule: { written: job.scheduleText, expression: info.expression, human: info.human, timezone: info.timezone },
            ...(info.nextRuns[0] ? { nextRun: info.nextRuns[0], nextRunLocal: (0,_validation_js__WEBPACK_IMPORTED_MODULE_7__/* .localRuns */ .oG)(info)[0] } : {}),
            taskDefinition: {
                family: jp.family,
                ...(jp.currentRevision !== undefined ? { from: jp.currentRevision } : {}),
                ...(to !== undefined ? { to } : {}),
                ...(arn ? { arn } : {}),
                registers: jp.registersNewRevision,
            },
            reasons: jp.reasons.map((r) => (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_1__/* .reasonText */ .uV)(r, options)),
            links: (0,_aws_console_js__WEBPACK_IMPORTED_MODULE_8__/* .consoleLinks */ .t)({
                region: plan.region,
                backend: plan.backend,
                prefix: plan.prefix,
                name: jp.name,
                family: jp.family,
                ...(to !== undefined ? { revision: to } : {}),
                ...(job.logs ? { logGroup: job.logs.group } : {}),
                scheduled: !job.after?.length,
            }),
        };
    });
    totals.jobs = jobs.length;
    const pruneKinds = (c) => c.action === 'delete' || (c.kind === 'task-definition-revisions' && !plan.jobs.some((j) => j.family === c.family));
    const pruned = plan.changes.filter(pruneKinds).map((c) => changeReport(c, options));
    totals.pruned = pruned.length;
    totals.writes = plan.changes.filter((c) => c.action !== 'unchanged').length;
    const errorsAll = [
        ...errors,
        ...preflightErrors,
        ...(applied?.error
            ? [`${applied.error.change.kind} ${(0,_plan_types_js__WEBPACK_IMPORTED_MODULE_1__/* .changeName */ .m9)(applied.error.change)}: ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(applied.error.message)}`]
            : []),
    ];
    return {
        status,
        prefix: plan.prefix,
        ...(manifest.environment ? { environment: manifest.environment } : {}),
        backend: plan.backend,
        region: plan.region,
        image: {
            uri: image.uri,
            digest: image.digest,
            short: shortDigest(image.digest),
            ...(image.resolvedFromTag ? { resolvedFromTag: image.resolvedFromTag } : {}),
            ...(image.current ? { current: true } : {}),
        },
        totals,
        jobs,
        pruned,
        changes: plan.changes.map((c) => changeReport(c, options)),
        warnings: [
            ...base.warnings,
            ...plan.warnings,
            ...(preflight?.diagnostics ?? []).filter((d) => d.severity === 'warning').map(_manifest_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__.formatDiagnostic),
            ...(preflight?.skipped ?? []),
            ...(outcome.imageTags && 'error' in outcome.imageTags
                ? [
                    `the images in use were not tagged (${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(outcome.imageTags.error)}): a lifecycle rule cannot keep them by tag`,
                ]
                : []),
        ],
        conflicts: plan.conflicts,
        errors: errorsAll,
        taskDefinitionArns: arns,
        week: (0,_week_js__WEBPACK_IMPORTED_MODULE_6__.weekOf)(manifest.jobs, now),
        ...(manifest.chains.length
            ? {
                chains: manifest.chains.map((c) => ({
                    stateMachine: `${plan.prefix}-${c.root}`,
                    jobs: c.waves.flat(),
                    edges: c.waves
                        .flat()
                        .flatMap((job) => (manifest.jobs.find((j) => j.name === job)?.after ?? []).map((a) => [a, job])),
                })),
            }
            : {}),
    };
}
const ACTION_LABEL = {
    create: 'create',
    update: 'update',
    enable: 'enable',
    disable: 'disable',
    unchanged: 'no change',
};
const STATUS_TITLE = {
    invalid: '❌ manifest invalid: nothing deployed',
    refused: '⛔ refused: nothing deployed (why is below)',
    planned: '📝 plan (nothing written)',
    applied: '✅ deployed',
    failed: '❌ deploy failed part-way',
};
function imageNote(image) {
    if (image.current)
        return ' (the image the jobs run now: this plan shows what the manifest changes)';
    return image.resolvedFromTag ? ` (tag ${image.resolvedFromTag} resolved to its digest)` : '';
}
function revisionText(j) {
    const t = j.taskDefinition;
    if (!t.registers)
        return t.to !== undefined ? `${t.family}:${t.to}` : t.family;
    return `${t.family}:${t.from ?? '—'} → ${t.to ?? 'new'}`;
}
function totalsLine(r) {
    const t = r.totals;
    return (`${t.jobs} job(s): ${t.create} new, ${t.update} updated, ${t.enable} enabled, ${t.disable} ` +
        `disabled, ${t.unchanged} unchanged; ${t.pruned} pruned; ${t.writes} AWS change(s)`);
}
/**
 * The job summary and PR comment. Every value from the manifest or AWS is rendered inert (code
 * spans or escaped text), so what GitHub shows is what will happen, whatever the values hold.
 *
 * Within a limit (GitHub's, for a comment or a summary): the whole when it fits; else unchanged jobs as a count and no
 * week or chain chart; else, as well, lists cut where the limit comes, each with what it left out and where the
 * whole plan is.
 */
function renderDeploymentMarkdown(r, limit) {
    const full = deploymentMarkdown(r, false);
    if (!limit)
        return full;
    const size = (0,_util_github_limits_js__WEBPACK_IMPORTED_MODULE_9__/* .sizeIn */ .F3)(limit.unit);
    if (size(full) <= limit.max)
        return full;
    const compact = deploymentMarkdown(r, true);
    if (size(compact) <= limit.max)
        return compact;
    return deploymentMarkdown(r, true, { ...limit, size });
}
function jobRow(r, j) {
    return [
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(j.job),
        ACTION_LABEL[j.action],
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(j.schedule.written) +
            (j.schedule.written !== j.schedule.expression ? ` → ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(j.schedule.expression)}` : '') +
            `<br>${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(j.schedule.human)} ` +
            `(${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(j.schedule.timezone)})`,
        j.enabled ? (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(j.nextRunLocal ?? '—') : 'disabled',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(revisionText(j)),
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.image?.short ?? ''),
        ...(r.lastRuns === 'kept' ? [(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(j.lastRun ?? '—'))] : []),
        [
            j.links.schedule && (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdLink */ .YF)('schedule', j.links.schedule),
            j.links.taskDefinition && (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdLink */ .YF)('task definition', j.links.taskDefinition),
            j.links.logs && (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdLink */ .YF)('logs', j.links.logs),
        ]
            .filter(Boolean)
            .join(' · '),
    ];
}
const JOB_COLUMNS = ['Job', 'Change', 'Schedule', 'Next run', 'Task definition', 'Image', 'Links'];
function deploymentMarkdown(r, compact, limit) {
    const out = new _budget_js__WEBPACK_IMPORTED_MODULE_4__/* .Budgeted */ .bx(limit);
    const where = r.prefix
        ? ` ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.prefix)}${r.region ? ` in ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(r.region)}` : ''} ` +
            `(${r.backend === 'rules' ? 'EventBridge rules' : 'EventBridge Scheduler'})`
        : '';
    out.push(`### ecs-batch${where}: ${STATUS_TITLE[r.status]}`, '');
    if (r.image)
        out.push(`Image ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(r.image.uri.replace(/sha256:[0-9a-f]{64}/, r.image.short))}${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(imageNote(r.image))}`, '');
    if (r.jobs.length)
        out.push(`**${totalsLine(r)}**`, '');
    const notes = [
        ...r.errors.map((e) => `- ❌ ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(e)}`),
        ...r.conflicts.map((c) => `- ⛔ ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(c)}`),
        ...r.warnings.map((w) => `- ⚠️ ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(w)}`),
    ];
    const notesLeft = out.items(notes, (line) => [line]);
    if (notes.length)
        out.push('');
    out.leftOut(notesLeft, 'error(s) and warning(s)');
    // Compact: the jobs a deploy changes, in full; the others as a count.
    const listed = compact ? r.jobs.filter((j) => j.action !== 'unchanged') : r.jobs;
    if (listed.length) {
        const columns = r.lastRuns === 'kept' ? [...JOB_COLUMNS.slice(0, -1), 'Last run', 'Links'] : JOB_COLUMNS;
        const [header, rule, ...rows] = (0,_table_js__WEBPACK_IMPORTED_MODULE_10__/* .markdownTable */ .Qj)(columns, listed.map((j) => jobRow(r, j))).split('\n');
        out.push(header, rule);
        const rowsLeft = out.items(rows, (row) => [row]);
        out.push('');
        out.leftOut(rowsLeft, 'changed job(s) in this table');
    }
    if (r.lastRuns === 'not kept')
        out.push('> Last runs: no history is kept (add `history:` to the manifest).', '');
    const unlisted = r.jobs.length - listed.length;
    if (unlisted)
        out.push(`${unlisted} job(s) unchanged, not listed.`, '');
    const changed = r.jobs.filter((j) => j.reasons.length);
    if (changed.length) {
        out.push('<details><summary>What changes, per job</summary>', '');
        const reasonsLeft = out.items(changed, (j) => [
            `**${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(j.job)}**`,
            '',
            ...j.reasons.flatMap((reason) => {
                const [head, ...rest] = reason.split('\n');
                return [`- ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(head)}`, ...rest.map((line) => `  - ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(line)}`)];
            }),
            '',
        ]);
        out.leftOut(reasonsLeft, 'job(s) with changes');
        out.push('</details>', '');
    }
    if (!compact && r.chains?.length)
        out.push('**Chains** (each runs through its state machine):', '', chainsMermaid(r.chains), '');
    if (!compact && r.week)
        out.push('<details><summary>Runs in the next 7 days</summary>', '', (0,_week_js__WEBPACK_IMPORTED_MODULE_6__/* .weekMermaid */ .Sc)(r.week), '', '</details>', '');
    const shared = projectChanges(r);
    if (shared.length) {
        out.push("**The project's own resources** (not of one job):", '');
        const left = out.items(shared, (c) => [
            `- ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(c.kind)} ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(c.name)}: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(c.action)} (${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(c.reason)})`,
        ]);
        out.push('');
        out.leftOut(left, "of the project's own resources");
    }
    if (r.pruned.length) {
        out.push('**Pruned** (owned by this manifest, no longer listed):', '');
        const left = out.items(r.pruned, (p) => [`- ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(p.kind)} ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(p.name)}: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(p.reason)}`]);
        out.push('');
        out.leftOut(left, 'pruned resource(s)');
    }
    return out.text();
}
/** The chains as a Mermaid flowchart (job names are [A-Za-z0-9_-]; nodes get ids of their own). */
function chainsMermaid(chains) {
    const lines = ['```mermaid', 'flowchart LR'];
    const ids = new Map();
    const id = (job) => ids.get(job) ?? (ids.set(job, `j${ids.size}`), ids.get(job));
    chains.forEach((c, i) => {
        lines.push(`  subgraph s${i}["${c.stateMachine}"]`);
        for (const job of c.jobs)
            lines.push(`    ${id(job)}["${job}"]`);
        for (const [from, to] of c.edges)
            lines.push(`    ${id(from)} --> ${id(to)}`);
        lines.push('  end');
    });
    lines.push('```');
    return lines.join('\n');
}
function renderDeploymentText(r) {
    const out = [];
    out.push(`ecs-batch ${r.prefix ?? ''}${r.region ? ` (${r.region}, ${r.backend})` : ''}: ${STATUS_TITLE[r.status]}`);
    if (r.image)
        out.push(`image: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(r.image.uri)}${imageNote(r.image)}`);
    // A diagnostic (file:line:col: error: ...) says what it is already.
    const labelled = (label, line) => new RegExp(`^\\S+:\\d+:\\d+: ${label}: `).test(line) ? (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(line) : `${label}: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(line)}`;
    for (const e of r.errors)
        out.push(labelled('error', e));
    for (const c of r.conflicts)
        out.push(`refused: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(c)}`);
    for (const w of r.warnings)
        out.push(labelled('warning', w));
    if (r.jobs.length) {
        out.push('');
        out.push((0,_table_js__WEBPACK_IMPORTED_MODULE_10__/* .textTable */ .ed)([
            'JOB',
            'CHANGE',
            'SCHEDULE',
            'NEXT RUN',
            'TASK DEFINITION',
            ...(r.lastRuns === 'kept' ? ['LAST RUN'] : []),
            'DESCRIPTION',
        ], r.jobs.map((j) => [
            j.job,
            ACTION_LABEL[j.action],
            `${j.schedule.expression} ${j.schedule.timezone}`,
            j.enabled ? (j.nextRunLocal ?? '-') : 'disabled',
            revisionText(j),
            ...(r.lastRuns === 'kept' ? [(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .cellText */ .Ie)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(j.lastRun ?? '-'), 60)] : []),
            (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .cellText */ .Ie)(j.description),
        ])));
        for (const j of r.jobs.filter((x) => x.reasons.length)) {
            out.push('', `${j.job}:`);
            for (const reason of j.reasons)
                out.push(...reason.split('\n').map((line, i) => `${i ? '    ' : '  '}${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(line)}`));
        }
        out.push('', totalsLine(r));
    }
    for (const c of projectChanges(r))
        out.push(`${c.action} ${c.kind} ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(c.name)}: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(c.reason)}`);
    for (const p of r.pruned)
        out.push(`pruned ${p.kind} ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(p.name)}: ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_5__/* .inertLine */ .Fq)(p.reason)}`);
    return out.join('\n');
}
/** Changes of no single job that a plan would otherwise only count: alert rules, the alarm, log groups, policies. */
function projectChanges(r) {
    return r.changes.filter((c) => !c.job && c.action !== 'unchanged' && c.action !== 'delete');
}
/**
 * The task definitions a deploy registers (or keeps), by family, as RegisterTaskDefinition takes
 * them, with values shown by the same rule as diffs: environment values fingerprinted unless
 * `showValues`, secret-looking ones always hidden, secrets in commands redacted.
 */
function renderedTaskDefinitions(plan, options = {}) {
    const out = {};
    for (const c of plan.changes) {
        if (c.kind !== 'task-definition')
            continue;
        const containers = (c.input.containerDefinitions ?? []).map((container) => ({
            ...container,
            ...(container.command ? { command: (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactArgv */ .Qu)(container.command) } : {}),
            ...(container.environment
                ? {
                    environment: container.environment.map((e) => ({
                        name: e.name,
                        value: options.showValues && !(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .isSecretName */ .eh)(String(e.name))
                            ? (0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redactSecrets */ .fp)(String(e.value ?? ''))
                            : `(value ${(0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .fingerprint */ .Rj)(String(e.value ?? ''))})`,
                    })),
                }
                : {}),
        }));
        out[c.family] = { ...c.input, containerDefinitions: containers };
    }
    return out;
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

/***/ 6443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ weekMermaid),
/* harmony export */   weekOf: () => (/* binding */ weekOf),
/* harmony export */   weekSvg: () => (/* binding */ weekSvg)
/* harmony export */ });
/* unused harmony exports WEEK_MS, BAND_AFTER_RUNS, BUSY_MINUTE_JOBS, usualTimeZone, MAX_BUSY_SHOWN */
/* harmony import */ var _util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8335);
/* harmony import */ var _schedule_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6005);
/* harmony import */ var _schedule_timezone_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6729);
/**
 * A week at a glance: when every job runs over the next 7 days, as a Mermaid gantt chart (GitHub
 * renders it in job summaries and PR comments) and as a standalone SVG. Frequent jobs are a band;
 * minutes when many jobs start at once are marked. Pure: computed from the manifest's schedules.
 */



const WEEK_MS = 7 * 24 * 3600 * 1000;
/** More runs than this in the week and a job is drawn as a band. */
const BAND_AFTER_RUNS = 28;
/** Jobs starting in the same minute before it is marked busy, unless asked otherwise. */
const BUSY_MINUTE_JOBS = 3;
/** Runs computed per job at the most (a job every minute has 10,080 in a week). */
const MAX_RUNS = 10_080;
/** The zone most jobs run in (a tie goes to the zone named first in the manifest): a team reads its own clock. */
function usualTimeZone(jobs) {
    const count = new Map();
    for (const job of jobs)
        count.set(job.timezone, (count.get(job.timezone) ?? 0) + 1);
    let best = 'UTC';
    let most = 0;
    for (const [zone, n] of count)
        if (n > most) {
            best = zone;
            most = n;
        }
    return best;
}
/** Busy minutes a chart lists at the most; the rest are counted, not drawn. */
const MAX_BUSY_SHOWN = 50;
/** A frequent job's runs as the stretches it runs in: a gap much longer than its usual interval ends a stretch. */
function spansOf(runs) {
    if (!runs.length)
        return [];
    const gaps = runs.slice(1).map((t, i) => t - runs[i]);
    const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
    const breakAfter = Math.max(3 * usual, 30 * 60_000);
    const spans = [[runs[0], runs[0]]];
    for (const t of runs.slice(1)) {
        const last = spans[spans.length - 1];
        if (t - last[1] > breakAfter)
            spans.push([t, t]);
        else
            last[1] = t;
    }
    // A stretch lasts at least its interval, so a single run still shows.
    return spans.map(([a, b]) => [a, Math.max(b, a) + Math.max(usual, 60_000)]);
}
function weekOf(jobs, now, options = {}) {
    const timeZone = options.timeZone ?? usualTimeZone(jobs);
    const busyAt = options.busyAt ?? BUSY_MINUTE_JOBS;
    const from = Math.floor(now / 60000) * 60000;
    const to = from + WEEK_MS;
    const perMinute = new Map();
    const out = jobs.map((job) => {
        if (!job.enabled)
            return { job: job.name, runs: [], enabled: false };
        // Few runs: computed one by one. Past BAND_AFTER_RUNS in the week, a band (its runs still count for busy minutes).
        let runs = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .nextRuns */ .Oz)(job.schedule, job.timezone, from - 1, BAND_AFTER_RUNS + 1).runs.filter((t) => t < to);
        const band = runs.length > BAND_AFTER_RUNS;
        if (band)
            runs = (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .nextRuns */ .Oz)(job.schedule, job.timezone, from - 1, MAX_RUNS).runs.filter((t) => t < to);
        // A job every few minutes always coincides with others: frequent jobs are left out of the busy minutes.
        if (!band)
            for (const t of runs)
                perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
        return band
            ? {
                job: job.name,
                runs: [],
                band: (0,_schedule_index_js__WEBPACK_IMPORTED_MODULE_1__/* .describeSchedule */ .Bg)(job.schedule).toLowerCase(),
                spans: spansOf(runs).map(([a, b]) => [a, Math.min(b, to)]),
                enabled: true,
            }
            : { job: job.name, runs, enabled: true };
    });
    const busy = [...perMinute]
        .filter(([, n]) => n >= busyAt)
        .sort((a, b) => a[0] - b[0])
        .map(([at, n]) => ({ at, jobs: n }));
    return { from, to, timeZone, busyAt, jobs: out, busy };
}
/** A Mermaid task label: plain text (no control, bidi or zero-width characters), none of Mermaid's separators. */
const mermaidLabel = (text) => (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_0__/* .plainText */ .wh)(text).replace(/[:#;`]/g, ' ');
const pad = (n) => String(n).padStart(2, '0');
const wallText = (w) => `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
/** `YYYY-MM-DD HH:mm` on the chart's clock. */
const clock = (week, t) => wallText((0,_schedule_timezone_js__WEBPACK_IMPORTED_MODULE_2__/* .wallTimeAt */ .z$)(t, week.timeZone));
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The midnights of the chart's zone inside the week, with their day's label ("Mon, 07 Dec"). */
function midnights(week) {
    const out = [];
    const first = (0,_schedule_timezone_js__WEBPACK_IMPORTED_MODULE_2__/* .wallTimeAt */ .z$)(week.from, week.timeZone);
    for (let i = 0; i <= 8; i++) {
        const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
        const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
        // A zone whose DST starts at midnight has none that day: its day starts at 01:00.
        const at = (0,_schedule_timezone_js__WEBPACK_IMPORTED_MODULE_2__/* .instantsOf */ .GR)({ ...wall, hour: 0, minute: 0, second: 0 }, week.timeZone)[0] ??
            (0,_schedule_timezone_js__WEBPACK_IMPORTED_MODULE_2__/* .instantsOf */ .GR)({ ...wall, hour: 1, minute: 0, second: 0 }, week.timeZone)[0];
        if (at === undefined || at < week.from || at >= week.to)
            continue;
        out.push({ at, label: `${DAYS[date.getUTCDay()]}, ${pad(wall.day)} ${MONTHS[wall.month - 1]}` });
    }
    return out;
}
/** Mermaid gantt: a section per job (job names are [A-Za-z0-9_-], safe in Mermaid), on the week's clock. */
function weekMermaid(week) {
    const utc = (t) => clock(week, t);
    const lines = [
        '```mermaid',
        'gantt',
        `    title Runs in the next 7 days (${week.timeZone})`,
        '    dateFormat YYYY-MM-DD HH:mm',
        '    axisFormat %a %H:%M',
    ];
    for (const j of week.jobs) {
        lines.push(`    section ${j.job}`);
        if (!j.enabled)
            lines.push(`    disabled :done, ${utc(week.from)}, 0m`);
        else if (j.band)
            for (const [a, b] of j.spans ?? [[week.from, week.to]])
                lines.push(`    ${mermaidLabel(j.band)} :active, ${utc(a)}, ${Math.max(1, Math.round((b - a) / 60_000))}m`);
        else if (j.runs.length === 0)
            lines.push(`    no run this week :done, ${utc(week.from)}, 0m`);
        else
            for (const t of j.runs)
                lines.push(`    run :milestone, ${utc(t)}, 0m`);
    }
    if (week.busy.length) {
        // Say what was cut: the chart lists the first MAX_BUSY_SHOWN busy minutes only.
        const cut = week.busy.length > MAX_BUSY_SHOWN ? ` (first ${MAX_BUSY_SHOWN} of ${week.busy.length})` : '';
        lines.push(`    section busy minutes${cut}`);
        for (const b of week.busy.slice(0, MAX_BUSY_SHOWN))
            lines.push(`    ${b.jobs} jobs start :crit, milestone, ${utc(b.at)}, 0m`);
    }
    lines.push('```');
    return lines.join('\n');
}
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A standalone SVG of the week: a row per job, a tick per run, a band for frequent jobs, busy minutes in red. */
function weekSvg(week, title) {
    const utc = (t) => clock(week, t);
    const zone = week.timeZone;
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
    // A line at each midnight of the chart's zone, labelled with the day it starts.
    const day = 24 * 3600 * 1000;
    for (const { at: t, label } of midnights(week)) {
        parts.push(`<line x1="${x(t).toFixed(1)}" y1="${top - 10}" x2="${x(t).toFixed(1)}" y2="${height - 30}" stroke="#ccc"/>`);
        if (week.to - t > day / 3)
            parts.push(`<text x="${(x(t) + 4).toFixed(1)}" y="${top - 14}" fill="#555">${xml(label)}</text>`);
    }
    week.jobs.forEach((j, i) => {
        const y = top + i * row;
        parts.push(`<text x="10" y="${y + 16}">${xml(j.job)}</text>`);
        if (!j.enabled)
            parts.push(`<text x="${left}" y="${y + 16}" fill="#999">disabled</text>`);
        else if (j.band)
            for (const [a, b] of j.spans ?? [[week.from, week.to]])
                parts.push(`<rect x="${x(a).toFixed(1)}" y="${y + 6}" width="${Math.max(1, x(b) - x(a)).toFixed(1)}" ` +
                    `height="12" fill="#4a90d9" opacity="0.35"><title>${xml(j.band)}</title></rect>`);
        for (const t of j.runs)
            parts.push(`<rect x="${x(t).toFixed(1)}" y="${y + 4}" width="2" height="16" ` +
                `fill="#1f6feb"><title>${xml(`${j.job} ${utc(t)} ${zone}`)}</title></rect>`);
    });
    for (const b of week.busy) {
        parts.push(`<line x1="${x(b.at).toFixed(1)}" y1="${top}" x2="${x(b.at).toFixed(1)}" y2="${height - 30}" ` +
            `stroke="#d1242f" stroke-width="1.5" opacity="0.7"><title>${b.jobs} jobs start at ${xml(`${utc(b.at)} ${zone}`)}</title></line>`);
    }
    parts.push(`<text x="10" y="${height - 10}" fill="#555">days in ${xml(zone)} · ticks: runs · bands: frequent jobs · ` +
        `red: minutes when ${week.busyAt}+ jobs start at once</text>`, '</svg>');
    return parts.join('\n');
}


/***/ }),

/***/ 2252:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ normalizeRuleTarget),
/* harmony export */   J4: () => (/* binding */ ruleInput),
/* harmony export */   YE: () => (/* binding */ normalizeRule),
/* harmony export */   i$: () => (/* binding */ ruleTarget),
/* harmony export */   nP: () => (/* binding */ normalizeSchedule),
/* harmony export */   ry: () => (/* binding */ RULE_TARGET_ID),
/* harmony export */   ye: () => (/* binding */ scheduleInput)
/* harmony export */ });
/* harmony import */ var _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2764);
/* harmony import */ var _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(440);
/* harmony import */ var _util_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3918);
/* harmony import */ var _ecs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5428);




/** The id of the one target ecs-batch puts on each of its rules. */
const RULE_TARGET_ID = 'ecs-batch';
function retryPolicy(job) {
    return {
        MaximumRetryAttempts: job.retryPolicy?.maximumRetryAttempts ?? _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumRetryAttempts,
        MaximumEventAgeInSeconds: job.retryPolicy?.maximumEventAgeInSeconds ?? _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumEventAgeInSeconds,
    };
}
/**
 * A schedule's target for a job: the universal RunTask target (its Input is the request, overrides and the scheduled
 * time included; the templated ECS target has no field for overrides), or a state machine.
 */
function scheduleTarget(job, prefix, target) {
    const common = {
        RoleArn: job.schedulerRoleArn,
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
    if (target.kind === 'state-machine')
        return { Arn: target.arn, ...common, Input: STATE_MACHINE_INPUT };
    return {
        Arn: _ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_TASK_TARGET */ .EY,
        ...common,
        Input: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .runTaskInput */ .dY)(job, prefix, target.clusterArn, target.taskDefinitionArn, target.overrides),
    };
}
/** A state machine target: StartExecution with the time the schedule was due (the definition holds the rest). */
const STATE_MACHINE_INPUT = JSON.stringify({ scheduledTime: _ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .SCHEDULER_SCHEDULED_TIME */ .iX });
/** The same for a rule: the scheduled event's `time`. */
const RULE_STATE_MACHINE_INPUT = { InputPathsMap: { time: '$.time' }, InputTemplate: '{"scheduledTime":<time>}' };
function scheduleInput(job, prefix, target) {
    const window = job.flexibleTimeWindowMinutes;
    return {
        Name: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job.name),
        GroupName: prefix,
        ScheduleExpression: job.schedule.expression,
        ScheduleExpressionTimezone: job.timezone,
        ...(job.description ? { Description: job.description } : {}),
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        FlexibleTimeWindow: window ? { Mode: 'FLEXIBLE', MaximumWindowInMinutes: window } : { Mode: 'OFF' },
        ActionAfterCompletion: 'NONE',
        Target: scheduleTarget(job, prefix, target),
    };
}
function ruleInput(job, prefix) {
    return {
        Name: (0,_manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .jobResourceName */ .ln)(prefix, job.name),
        ScheduleExpression: job.schedule.expression,
        State: job.enabled ? 'ENABLED' : 'DISABLED',
        ...(job.description ? { Description: job.description } : {}),
        Tags: [
            { Key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .OWNER_TAG */ .FX, Value: prefix },
            { Key: _manifest_names_js__WEBPACK_IMPORTED_MODULE_1__/* .JOB_TAG */ .z2, Value: job.name },
        ],
    };
}
function ruleTarget(job, prefix, target) {
    return {
        Id: RULE_TARGET_ID,
        Arn: target.kind === 'ecs' ? target.clusterArn : target.arn,
        RoleArn: job.schedulerRoleArn,
        // A rule's ECS target reads its input as the task's overrides (documented for EventBridge ECS targets): made by an
        // InputTransformer, so the scheduled event's time reaches the job.
        ...(target.kind === 'ecs'
            ? {
                EcsParameters: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ecsParameters */ .uH)(job, target.taskDefinitionArn, prefix),
                InputTransformer: (0,_ecs_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleRunTaskInput */ .Xw)(job, target.overrides),
            }
            : { InputTransformer: RULE_STATE_MACHINE_INPUT }),
        RetryPolicy: retryPolicy(job),
        ...(job.deadLetterQueueArn ? { DeadLetterConfig: { Arn: job.deadLetterQueueArn } } : {}),
    };
}
/** A schedule as input or as GetSchedule returns it, with AWS's defaults filled in. */
function normalizeSchedule(s) {
    const target = s.Target;
    const ecs = target?.EcsParameters;
    const iso = (d) => (d ? new Date(d).toISOString() : undefined);
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ScheduleExpression: s.ScheduleExpression,
        ScheduleExpressionTimezone: s.ScheduleExpressionTimezone ?? 'UTC',
        Description: s.Description,
        State: s.State ?? 'ENABLED',
        FlexibleTimeWindow: s.FlexibleTimeWindow,
        ActionAfterCompletion: s.ActionAfterCompletion ?? 'NONE',
        StartDate: iso(s.StartDate),
        EndDate: iso(s.EndDate),
        KmsKeyArn: s.KmsKeyArn,
        Target: target && {
            Arn: target.Arn,
            RoleArn: target.RoleArn,
            RetryPolicy: target.RetryPolicy ?? {
                MaximumRetryAttempts: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumRetryAttempts,
                MaximumEventAgeInSeconds: _aws_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_RETRY_POLICY */ .cO.maximumEventAgeInSeconds,
            },
            DeadLetterConfig: target.DeadLetterConfig,
            Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .structuredInput */ .k_)(target.Input),
            EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
        },
    });
}
/** A rule target with EventBridge's defaults filled in. */
function normalizeRuleTarget(t) {
    if (!t)
        return undefined;
    const ecs = t.EcsParameters;
    return (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({
        ...t,
        Input: (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .structuredInput */ .k_)(t.Input),
        EcsParameters: ecs && { ...ecs, TaskCount: ecs.TaskCount ?? 1 },
    });
}
function normalizeRule(r) {
    return (r &&
        (0,_util_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$N)({ ScheduleExpression: r.ScheduleExpression, State: r.State ?? 'ENABLED', Description: r.Description }));
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
