export const id = 443;
export const ids = [443];
export const modules = {

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
