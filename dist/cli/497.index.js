export const id = 497;
export const ids = [497,443];
export const modules = {

/***/ 497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ runText),
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
    interrupted: '↯',
    'never-started': '✗',
    stopped: '■',
    skipped: '⏭',
    missed: '∅',
    late: '⏰',
};
const minute = (iso) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
function runText(r, j) {
    if (!r)
        return j?.historyReadTo ? `none since ${minute(j.historyReadTo)} (history read that far)` : 'no run yet';
    const due = r.scheduledTime ? minute(r.scheduledTime) : '?';
    const what = {
        succeeded: 'succeeded',
        failed: `failed (exit code ${r.exitCode})`,
        interrupted: 'interrupted (Spot)',
        'never-started': 'never started',
        stopped: 'stopped',
        skipped: 'skipped (the previous run was still going)',
        missed: `missed: the run due ${due} never started`,
        late: `late: the run due ${due} had not succeeded by its deadline`,
    };
    // A watch's finding is about a run that was due, not one that stopped: no time of its own, no duration.
    if (r.result === 'missed' || r.result === 'late')
        return what[r.result];
    const when = r.stoppedAt ? ` ${minute(r.stoppedAt)}` : '';
    const took = r.durationSeconds !== undefined ? `, ${r.durationSeconds}s` : '';
    return `${what[r.result]}${when}${took}${r.manual ? ' (by hand)' : ''}`;
}
/** Recent runs, newest first: ✓ succeeded, ✗ failed or never started, ↯ interrupted, ■ stopped, ⏭ skipped, ∅ missed, ⏰ late. */
function trail(j) {
    const marks = j.lastRuns.map((r) => MARK[r.result]).join(' ');
    // Older runs exist that the bounded read did not reach.
    return j.historyReadTo ? `${marks} …`.trim() : marks || '—';
}
/** A note when the bounded history read stopped before some jobs had all their last runs. */
function cutNote(r) {
    const cut = r.jobs.filter((j) => j.historyReadTo);
    if (!cut.length)
        return undefined;
    const to = cut.map((j) => j.historyReadTo).sort()[0];
    return (`${cut.length} job(s) may have older runs than shown: the run history was read back to ${minute(to)} ` +
        `(${r.historyReads?.calls ?? '?'} reads, the most one status makes)`);
}
function renderStatusText(r) {
    const rows = r.jobs.map((j) => [
        j.job,
        j.enabled ? 'yes' : 'no',
        j.drift
            ? `${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(j.drift.expression, 40)} ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(j.drift.timezone, 32)} ⚠ changed outside ecs-batch`
            : `${j.schedule.expression} ${j.schedule.timezone}`,
        j.nextRunsLocal[0] ?? '-',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(runText(j.lastRuns[0], j)), 60),
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
    const cut = cutNote(r);
    if (cut)
        lines.push('', cut);
    for (const j of r.jobs.filter((x) => x.drift))
        lines.push('', `${j.job}: the live schedule says ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(j.drift.expression, 60)} (${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .cellText */ .Ie)(j.drift.timezone, 40)}), ` +
            `the manifest ${j.schedule.expression} (${j.schedule.timezone}); the next deploy puts the manifest's back`);
    return lines.join('\n');
}
function renderStatusMarkdown(r, week) {
    const out = [`### ecs-batch ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(r.prefix)}: status of ${r.jobs.length} job(s)`, ''];
    const rows = r.jobs.map((j) => [
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.job),
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.description),
        j.drift
            ? `${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.drift.expression)} (${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.drift.timezone)})<br>⚠ changed outside ecs-batch; the manifest ` +
                `says ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.schedule.expression)} (${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.timezone)})`
            : `${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(j.schedule.expression)}<br>${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.human)} (${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.schedule.timezone)})`,
        j.enabled ? 'yes' : j.deployed ? 'disabled' : 'not deployed',
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(j.nextRunsLocal[0] ?? '—'),
        (0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)((0,_util_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(runText(j.lastRuns[0], j))),
        trail(j),
    ]);
    out.push((0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .markdownTable */ .Qj)(['Job', 'Description', 'Schedule', 'Enabled', 'Next run', 'Last run', 'Recent runs'], rows), '');
    const cut = cutNote(r);
    if (cut)
        out.push(`> ${(0,_util_untrusted_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(cut)}`, '');
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


/***/ })

};
