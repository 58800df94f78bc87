/**
 * A week at a glance: when every job runs over the next 7 days, as a Mermaid gantt chart (GitHub
 * renders it in job summaries and PR comments) and as a standalone SVG. Frequent jobs are a band;
 * minutes when many jobs start at once are marked. Pure: computed from the manifest's schedules.
 */
import { plainText } from '../util/untrusted.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import { describeSchedule, nextRuns } from '../schedule/index.ts';
import { instantsOf, wallTimeAt, type WallTime } from '../schedule/timezone.ts';

export const WEEK_MS = 7 * 24 * 3600 * 1000;
/** More runs than this in the week and a job is drawn as a band. */
export const BAND_AFTER_RUNS = 28;
/** Jobs starting in the same minute before it is marked busy, unless asked otherwise. */
export const BUSY_MINUTE_JOBS = 3;
/** Runs computed per job at the most (a job every minute has 10,080 in a week). */
const MAX_RUNS = 10_080;

export interface WeekJob {
  job: string;
  /** Run instants (ms), when drawn one by one. */
  runs: number[];
  /** Drawn as a band: frequent runs, described in words. */
  band?: string;
  /** Where the band is drawn: the stretches of the week the job runs in (a weekday 08-18 job: five of them). */
  spans?: [number, number][];
  enabled: boolean;
}

export interface Week {
  from: number;
  to: number;
  jobs: WeekJob[];
  /** The zone the chart's days and times are in. */
  timeZone: string;
  /** Jobs starting in one minute that make it busy. */
  busyAt: number;
  /** Minutes (ms) when at least `busyAt` jobs (frequent ones left out) start, with how many. */
  busy: { at: number; jobs: number }[];
}

export interface WeekOptions {
  /** Default: the zone most of the manifest's jobs run in. */
  timeZone?: string | undefined;
  /** Default: BUSY_MINUTE_JOBS. */
  busyAt?: number | undefined;
}

/** The zone most jobs run in (a tie goes to the zone named first in the manifest): a team reads its own clock. */
export function usualTimeZone(jobs: readonly ResolvedJob[]): string {
  const count = new Map<string, number>();
  for (const job of jobs) count.set(job.timezone, (count.get(job.timezone) ?? 0) + 1);
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
export const MAX_BUSY_SHOWN = 50;

/** A frequent job's runs as the stretches it runs in: a gap much longer than its usual interval ends a stretch. */
function spansOf(runs: readonly number[]): [number, number][] {
  if (!runs.length) return [];
  const gaps = runs.slice(1).map((t, i) => t - runs[i]!);
  const usual = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] ?? 0;
  const breakAfter = Math.max(3 * usual, 30 * 60_000);
  const spans: [number, number][] = [[runs[0]!, runs[0]!]];
  for (const t of runs.slice(1)) {
    const last = spans[spans.length - 1]!;
    if (t - last[1] > breakAfter) spans.push([t, t]);
    else last[1] = t;
  }
  // A stretch lasts at least its interval, so a single run still shows.
  return spans.map(([a, b]) => [a, Math.max(b, a) + Math.max(usual, 60_000)]);
}

export function weekOf(jobs: readonly ResolvedJob[], now: number, options: WeekOptions = {}): Week {
  const timeZone = options.timeZone ?? usualTimeZone(jobs);
  const busyAt = options.busyAt ?? BUSY_MINUTE_JOBS;
  const from = Math.floor(now / 60000) * 60000;
  const to = from + WEEK_MS;
  const perMinute = new Map<number, number>();
  const out: WeekJob[] = jobs.map((job) => {
    if (!job.enabled) return { job: job.name, runs: [], enabled: false };
    // Few runs: computed one by one. Past BAND_AFTER_RUNS in the week, a band (its runs still count for busy minutes).
    let runs = nextRuns(job.schedule, job.timezone, from - 1, BAND_AFTER_RUNS + 1).runs.filter((t) => t < to);
    const band = runs.length > BAND_AFTER_RUNS;
    if (band) runs = nextRuns(job.schedule, job.timezone, from - 1, MAX_RUNS).runs.filter((t) => t < to);
    // A job every few minutes always coincides with others: frequent jobs are left out of the busy minutes.
    if (!band) for (const t of runs) perMinute.set(t, (perMinute.get(t) ?? 0) + 1);
    return band
      ? {
          job: job.name,
          runs: [],
          band: describeSchedule(job.schedule).toLowerCase(),
          spans: spansOf(runs).map(([a, b]) => [a, Math.min(b, to)] as [number, number]),
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
const mermaidLabel = (text: string) => plainText(text).replace(/[:#;`]/g, ' ');

const pad = (n: number) => String(n).padStart(2, '0');
const wallText = (w: WallTime) => `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`;
/** `YYYY-MM-DD HH:mm` on the chart's clock. */
const clock = (week: Week, t: number) => wallText(wallTimeAt(t, week.timeZone));

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The midnights of the chart's zone inside the week, with their day's label ("Mon, 07 Dec"). */
function midnights(week: Week): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  const first = wallTimeAt(week.from, week.timeZone);
  for (let i = 0; i <= 8; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day + i));
    const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    // A zone whose DST starts at midnight has none that day: its day starts at 01:00.
    const at =
      instantsOf({ ...wall, hour: 0, minute: 0, second: 0 }, week.timeZone)[0] ??
      instantsOf({ ...wall, hour: 1, minute: 0, second: 0 }, week.timeZone)[0];
    if (at === undefined || at < week.from || at >= week.to) continue;
    out.push({ at, label: `${DAYS[date.getUTCDay()]}, ${pad(wall.day)} ${MONTHS[wall.month - 1]}` });
  }
  return out;
}

/** Mermaid gantt: a section per job (job names are [A-Za-z0-9_-], safe in Mermaid), on the week's clock. */
export function weekMermaid(week: Week): string {
  const utc = (t: number) => clock(week, t);
  const lines = [
    '```mermaid',
    'gantt',
    `    title Runs in the next 7 days (${week.timeZone})`,
    '    dateFormat YYYY-MM-DD HH:mm',
    '    axisFormat %a %H:%M',
  ];
  for (const j of week.jobs) {
    lines.push(`    section ${j.job}`);
    if (!j.enabled) lines.push(`    disabled :done, ${utc(week.from)}, 0m`);
    else if (j.band)
      for (const [a, b] of j.spans ?? [[week.from, week.to]])
        lines.push(`    ${mermaidLabel(j.band)} :active, ${utc(a)}, ${Math.max(1, Math.round((b - a) / 60_000))}m`);
    else if (j.runs.length === 0) lines.push(`    no run this week :done, ${utc(week.from)}, 0m`);
    else for (const t of j.runs) lines.push(`    run :milestone, ${utc(t)}, 0m`);
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

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A standalone SVG of the week: a row per job, a tick per run, a band for frequent jobs, busy minutes in red. */
export function weekSvg(week: Week, title: string): string {
  const utc = (t: number) => clock(week, t);
  const zone = week.timeZone;
  const left = 180;
  const width = 1200;
  const row = 26;
  const top = 50;
  const height = top + week.jobs.length * row + 40;
  const x = (t: number) => left + ((t - week.from) / (week.to - week.from)) * (width - left - 20);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ` +
      `${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="15" font-weight="bold">${xml(title)}</text>`,
  ];
  // A line at each midnight of the chart's zone, labelled with the day it starts.
  const day = 24 * 3600 * 1000;
  for (const { at: t, label } of midnights(week)) {
    parts.push(
      `<line x1="${x(t).toFixed(1)}" y1="${top - 10}" x2="${x(t).toFixed(1)}" y2="${height - 30}" stroke="#ccc"/>`,
    );
    if (week.to - t > day / 3)
      parts.push(`<text x="${(x(t) + 4).toFixed(1)}" y="${top - 14}" fill="#555">${xml(label)}</text>`);
  }
  week.jobs.forEach((j, i) => {
    const y = top + i * row;
    parts.push(`<text x="10" y="${y + 16}">${xml(j.job)}</text>`);
    if (!j.enabled) parts.push(`<text x="${left}" y="${y + 16}" fill="#999">disabled</text>`);
    else if (j.band)
      for (const [a, b] of j.spans ?? [[week.from, week.to]])
        parts.push(
          `<rect x="${x(a).toFixed(1)}" y="${y + 6}" width="${Math.max(1, x(b) - x(a)).toFixed(1)}" ` +
            `height="12" fill="#4a90d9" opacity="0.35"><title>${xml(j.band)}</title></rect>`,
        );
    for (const t of j.runs)
      parts.push(
        `<rect x="${x(t).toFixed(1)}" y="${y + 4}" width="2" height="16" ` +
          `fill="#1f6feb"><title>${xml(`${j.job} ${utc(t)} ${zone}`)}</title></rect>`,
      );
  });
  for (const b of week.busy) {
    parts.push(
      `<line x1="${x(b.at).toFixed(1)}" y1="${top}" x2="${x(b.at).toFixed(1)}" y2="${height - 30}" ` +
        `stroke="#d1242f" stroke-width="1.5" opacity="0.7"><title>${b.jobs} jobs start at ${xml(`${utc(b.at)} ${zone}`)}</title></line>`,
    );
  }
  parts.push(
    `<text x="10" y="${height - 10}" fill="#555">days in ${xml(zone)} · ticks: runs · bands: frequent jobs · ` +
      `red: minutes when ${week.busyAt}+ jobs start at once</text>`,
    '</svg>',
  );
  return parts.join('\n');
}
