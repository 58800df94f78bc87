/** The status of every job, for people: a text table, markdown (with the week as a Mermaid chart), or an SVG of the week. */
import type { JobStatus, RunRecord, StatusReport } from '../status/status.ts';
import { redactSecrets } from '../util/secrets.ts';
import { markdownTable, textTable } from './table.ts';
import { cellText, mdCode, mdText } from '../util/untrusted.ts';
import { weekMermaid, type Week } from './week.ts';

const MARK: Record<RunRecord['result'], string> = {
  succeeded: '✓',
  failed: '✗',
  interrupted: '↯',
  'never-started': '✗',
  stopped: '■',
  skipped: '⏭',
  missed: '∅',
  late: '⏰',
};

const minute = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export function runText(r: RunRecord | undefined, j?: Pick<JobStatus, 'historyReadTo'>): string {
  if (!r) return j?.historyReadTo ? `none since ${minute(j.historyReadTo)} (history read that far)` : 'no run yet';
  const due = r.scheduledTime ? minute(r.scheduledTime) : '?';
  const what: Record<RunRecord['result'], string> = {
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
  if (r.result === 'missed' || r.result === 'late') return what[r.result];
  const when = r.stoppedAt ? ` ${minute(r.stoppedAt)}` : '';
  const took = r.durationSeconds !== undefined ? `, ${r.durationSeconds}s` : '';
  return `${what[r.result]}${when}${took}${r.manual ? ' (by hand)' : ''}`;
}

/** Recent runs, newest first: ✓ succeeded, ✗ failed or never started, ↯ interrupted, ■ stopped, ⏭ skipped, ∅ missed, ⏰ late. */
function trail(j: JobStatus): string {
  const marks = j.lastRuns.map((r) => MARK[r.result]).join(' ');
  // Older runs exist that the bounded read did not reach.
  return j.historyReadTo ? `${marks} …`.trim() : marks || '—';
}

/** A note when the bounded history read stopped before some jobs had all their last runs. */
function cutNote(r: StatusReport): string | undefined {
  const cut = r.jobs.filter((j) => j.historyReadTo);
  if (!cut.length) return undefined;
  const to = cut.map((j) => j.historyReadTo!).sort()[0]!;
  return (
    `${cut.length} job(s) may have older runs than shown: the run history was read back to ${minute(to)} ` +
    `(${r.historyReads?.calls ?? '?'} reads, the most one status makes)`
  );
}

export function renderStatusText(r: StatusReport): string {
  const rows = r.jobs.map((j) => [
    j.job,
    j.enabled ? 'yes' : 'no',
    j.drift
      ? `${cellText(j.drift.expression, 40)} ${cellText(j.drift.timezone, 32)} ⚠ changed outside ecs-batch`
      : `${j.schedule.expression} ${j.schedule.timezone}`,
    j.nextRunsLocal[0] ?? '-',
    cellText(redactSecrets(runText(j.lastRuns[0], j)), 60),
    trail(j),
    cellText(j.description),
  ]);
  const lines = [
    `ecs-batch ${r.prefix} (${r.region}, cluster ${r.cluster}): ${r.jobs.length} job(s); last runs ` +
      (r.source === 'history'
        ? 'from the run history'
        : 'from ECS (it keeps stopped tasks for about an hour; set history: in the manifest to keep them)'),
    '',
  ];
  lines.push(textTable(['JOB', 'ENABLED', 'SCHEDULE', 'NEXT RUN', 'LAST RUN', 'RECENT', 'DESCRIPTION'], rows));
  const failing = r.jobs.filter((j) => j.lastRuns[0]?.result === 'never-started');
  for (const j of failing)
    if (j.lastRuns[0]?.reason) lines.push('', `${j.job}: ${cellText(redactSecrets(j.lastRuns[0].reason), 200)}`);
  const cut = cutNote(r);
  if (cut) lines.push('', cut);
  for (const j of r.jobs.filter((x) => x.drift))
    lines.push(
      '',
      `${j.job}: the live schedule says ${cellText(j.drift!.expression, 60)} (${cellText(j.drift!.timezone, 40)}), ` +
        `the manifest ${j.schedule.expression} (${j.schedule.timezone}); the next deploy puts the manifest's back`,
    );
  return lines.join('\n');
}

export function renderStatusMarkdown(r: StatusReport, week?: Week): string {
  const out = [`### ecs-batch ${mdCode(r.prefix)}: status of ${r.jobs.length} job(s)`, ''];
  const rows = r.jobs.map((j) => [
    mdCode(j.job),
    mdText(j.description),
    j.drift
      ? `${mdCode(j.drift.expression)} (${mdText(j.drift.timezone)})<br>⚠ changed outside ecs-batch; the manifest ` +
        `says ${mdCode(j.schedule.expression)} (${mdText(j.schedule.timezone)})`
      : `${mdCode(j.schedule.expression)}<br>${mdText(j.schedule.human)} (${mdText(j.schedule.timezone)})`,
    j.enabled ? 'yes' : j.deployed ? 'disabled' : 'not deployed',
    mdText(j.nextRunsLocal[0] ?? '—'),
    mdText(redactSecrets(runText(j.lastRuns[0], j))),
    trail(j),
  ]);
  out.push(
    markdownTable(['Job', 'Description', 'Schedule', 'Enabled', 'Next run', 'Last run', 'Recent runs'], rows),
    '',
  );
  const cut = cutNote(r);
  if (cut) out.push(`> ${mdText(cut)}`, '');
  if (r.source === 'ecs')
    out.push(
      '> Last runs are what ECS still remembers (about an hour). Add `history:` to the manifest to keep every run.',
      '',
    );
  if (week) out.push('<details><summary>The next 7 days</summary>', '', weekMermaid(week), '', '</details>', '');
  return out.join('\n');
}
