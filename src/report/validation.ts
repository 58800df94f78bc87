import type { Diagnostic } from '../manifest/diagnostics.ts';
import { formatDiagnostic } from '../manifest/diagnostics.ts';
import type { LoadResult } from '../manifest/load.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import { describeSchedule, formatInZone, nextRuns } from '../schedule/index.ts';
import { markdownTable, textTable } from './table.ts';
import { cellText, inertLine, mdCode, mdText } from './untrusted.ts';

export interface JobScheduleInfo {
  name: string;
  /** The AWS expression deployed (after any conversion). */
  expression: string;
  /** What the manifest says, when it was converted (unix cron or a preset). */
  written?: string;
  timezone: string;
  description: string;
  enabled: boolean;
  human: string;
  /** ISO-8601 UTC instants, strictly after the reference time. */
  nextRuns: string[];
  /** True for rate(...), whose runs count from the schedule's creation time. */
  nextRunsApproximate: boolean;
}

export interface ValidationReport {
  valid: boolean;
  errors: DiagnosticJson[];
  warnings: DiagnosticJson[];
  jobs: JobScheduleInfo[];
}

export interface DiagnosticJson {
  message: string;
  file: string;
  line: number;
  column: number;
  path: string;
}

export function jobScheduleInfo(job: ResolvedJob, now: number, count: number): JobScheduleInfo {
  const next = nextRuns(job.schedule, job.timezone, now, count);
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
      ? `when ${job.after!.join(' and ')} succeeded (${describeSchedule(job.schedule)} starts the chain)`
      : describeSchedule(job.schedule),
    nextRuns: next.runs.map((t) => new Date(t).toISOString()),
    nextRunsApproximate: next.approximate,
  };
}

export function validationReport(result: LoadResult, now: number, nextCount: number): ValidationReport {
  const toJson = (d: Diagnostic): DiagnosticJson => ({
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
    jobs: (result.manifest?.jobs ?? []).map((job) => jobScheduleInfo(job, now, nextCount)),
  };
}

/** Next runs shown on the job's own clock. */
export function localRuns(info: JobScheduleInfo): string[] {
  return info.nextRuns.map(
    (iso) => `${info.nextRunsApproximate ? '~' : ''}${formatInZone(Date.parse(iso), info.timezone)}`,
  );
}

function scheduleCell(info: JobScheduleInfo): string {
  return info.written ? `${info.written} → ${info.expression}` : info.expression;
}

export function renderValidationText(file: string, result: LoadResult, report: ValidationReport): string {
  const lines: string[] = [];
  for (const d of result.diagnostics) lines.push(inertLine(formatDiagnostic(d)));
  if (lines.length) lines.push('');
  const counts = `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
  if (!report.valid) {
    lines.push(`${inertLine(file)}: invalid (${counts}); fix the errors above.`);
    return lines.join('\n');
  }
  lines.push(
    `${inertLine(file)}: valid, ${report.jobs.length} job${report.jobs.length === 1 ? '' : 's'} (${counts})`,
    '',
  );
  const rows = report.jobs.map((j) => [
    j.name,
    scheduleCell(j),
    j.human,
    j.timezone,
    localRuns(j).join(', ') || '(none)',
    j.enabled ? 'yes' : 'no',
    cellText(j.description),
  ]);
  lines.push(textTable(['JOB', 'SCHEDULE', 'WHEN', 'TIME ZONE', 'NEXT RUNS', 'ENABLED', 'DESCRIPTION'], rows));
  if (report.jobs.some((j) => j.nextRunsApproximate)) {
    lines.push('', '~ rate(...) schedules count from when the schedule is created; the runs shown start from now.');
  }
  return lines.join('\n');
}

export function renderValidationMarkdown(file: string, report: ValidationReport): string {
  const out: string[] = [];
  const status = report.valid ? '✅ valid' : '❌ invalid';
  out.push(`### ecs-batch: ${mdCode(file)} is ${status}`, '');
  if (report.errors.length || report.warnings.length) {
    for (const e of report.errors) out.push(`- ❌ ${mdCode(`${e.file}:${e.line}:${e.column}`)} ${mdText(e.message)}`);
    for (const w of report.warnings) out.push(`- ⚠️ ${mdCode(`${w.file}:${w.line}:${w.column}`)} ${mdText(w.message)}`);
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
    out.push(
      markdownTable(
        ['Job', 'Description', 'Schedule', 'AWS expression', 'When', 'Time zone', 'Next runs', 'Enabled'],
        rows,
      ),
    );
  }
  return out.join('\n');
}
