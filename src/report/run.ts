/** What a manual run reports: in the terminal, and in the job summary. */
import type { RunResult, RunStatus } from '../run/run.ts';
import { redactSecrets } from '../util/secrets.ts';
import { markdownTable } from './table.ts';
import { inertLine, mdCode, mdLink, mdText } from '../util/untrusted.ts';

const TITLE: Record<RunStatus, string> = {
  succeeded: '✅ succeeded',
  failed: '❌ failed',
  'failed-to-start': '❌ never started',
  'not-started': '❌ not started (RunTask refused)',
  'timed-out': '⏱️ timed out (stopped)',
  started: '▶️ started (not waited for)',
};

function duration(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m${s % 60}s`
    : s >= 60
      ? `${Math.floor(s / 60)}m${s % 60}s`
      : `${s}s`;
}

export function renderRunText(r: RunResult): string {
  const lines = [`ecs-batch run ${r.job}: ${TITLE[r.status]}`];
  if (r.taskArn) lines.push(`task: ${r.taskArn}`);
  lines.push(`task definition: ${r.taskDefinitionArn} (settings from the ${r.settingsSource})`);
  if (r.exitCode !== undefined) lines.push(`exit code: ${r.exitCode}`);
  if (r.stopCode) lines.push(`stop code: ${r.stopCode}`);
  if (r.stoppedReason) lines.push(`reason: ${inertLine(redactSecrets(r.stoppedReason))}`);
  if (r.containerReason && r.containerReason !== r.stoppedReason)
    lines.push(`container: ${inertLine(redactSecrets(r.containerReason))}`);
  if (r.durationSeconds !== undefined) lines.push(`duration: ${duration(r.durationSeconds)}`);
  if (r.logUrl) lines.push(`logs: ${r.logUrl}`);
  if (r.hint) lines.push(`hint: ${inertLine(redactSecrets(r.hint))}`);
  return lines.join('\n');
}

export function renderRunMarkdown(r: RunResult): string {
  const rows: [string, string][] = [
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
  if (r.hint) out.push('', `**Hint:** ${mdText(redactSecrets(r.hint))}`);
  for (const note of r.notes) out.push('', `> ${mdText(redactSecrets(note))}`);
  return `${out.join('\n')}\n`;
}
