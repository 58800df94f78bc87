import type { Diagnostic } from '../manifest/diagnostics.ts';
import { formatDiagnostic } from '../manifest/diagnostics.ts';
import type { LoadResult } from '../load/load.ts';

import { Budgeted, type MarkdownLimit } from './budget.ts';
import { sizeIn } from '../util/github-limits.ts';
import { markdownTable, textTable } from './table.ts';
import { jobScheduleInfo, localRuns, type JobScheduleInfo } from '../model/schedule-info.ts';

export { jobScheduleInfo, localRuns, type JobScheduleInfo };
import { cellText, inertLine, mdCode, mdText } from '../util/untrusted.ts';

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

function scheduleCell(info: JobScheduleInfo): string {
  return info.written ? `${info.written} → ${info.expression}` : info.expression;
}

export function renderValidationText(file: string, result: LoadResult, report: ValidationReport): string {
  const lines: string[] = [];
  for (const d of result.diagnostics) lines.push(inertLine(formatDiagnostic(d)));
  if (lines.length) lines.push('');
  const counts =
    `${report.errors.length} error${report.errors.length === 1 ? '' : 's'}, ` +
    `${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}`;
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

/** The validation summary; within `limit` (GitHub's), the lists stop where it comes and say what they left out. */
export function renderValidationMarkdown(file: string, report: ValidationReport, limit?: MarkdownLimit): string {
  const out = new Budgeted(limit ? { ...limit, size: sizeIn(limit.unit) } : undefined);
  const status = report.valid ? '✅ valid' : '❌ invalid';
  out.push(`### ecs-batch: ${mdCode(file)} is ${status}`, '');
  if (report.errors.length || report.warnings.length) {
    const left = out.items(
      [
        ...report.errors.map((e) => `- ❌ ${mdCode(`${e.file}:${e.line}:${e.column}`)} ${mdText(e.message)}`),
        ...report.warnings.map((w) => `- ⚠️ ${mdCode(`${w.file}:${w.line}:${w.column}`)} ${mdText(w.message)}`),
      ],
      (line) => [line],
    );
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
    const [header, rule, ...lines] = markdownTable(
      ['Job', 'Description', 'Schedule', 'AWS expression', 'When', 'Time zone', 'Next runs', 'Enabled'],
      rows,
    ).split('\n');
    out.push(header!, rule!);
    const left = out.items(lines, (line) => [line]);
    if (left) out.push('');
    out.leftOut(left, 'job(s)');
  }
  return out.text();
}
