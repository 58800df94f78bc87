/** The deployment summary: one data structure, rendered as markdown (job summary), text (CLI) and JSON. */
import type { Diagnostic } from '../manifest/diagnostics.ts';
import { formatDiagnostic } from '../manifest/diagnostics.ts';
import { changeName, reasonText, type Change, type JobAction } from '../plan/types.ts';
import type { ReleaseOutcome } from '../release/release.ts';
import { describeChange, type DisplayOptions } from '../util/diff.ts';
import { fingerprint, isSecretName, redactArgv, redactSecrets } from '../util/secrets.ts';
import type { Plan } from '../plan/types.ts';
import { consoleLinks, type ConsoleLinks } from '../aws/console.ts';
import { markdownTable, textTable } from './table.ts';
import { sizeIn } from '../util/github-limits.ts';
import { Budgeted, type MarkdownLimit } from './budget.ts';
import { cellText, inertLine, mdCode, mdLink, mdText } from '../util/untrusted.ts';
import { weekMermaid, weekOf, type Week } from './week.ts';
import { jobScheduleInfo, localRuns } from './validation.ts';

export type { MarkdownLimit };

export type DeploymentStatus = 'invalid' | 'refused' | 'planned' | 'applied' | 'failed';

export interface JobReport {
  job: string;
  name: string;
  action: JobAction;
  description: string;
  enabled: boolean;
  schedule: { written: string; expression: string; human: string; timezone: string };
  /** Next run (ISO-8601 UTC) and the same instant on the job's clock. */
  nextRun?: string;
  nextRunLocal?: string;
  taskDefinition: { family: string; from?: number; to?: number; arn?: string; registers: boolean };
  reasons: string[];
  links: ConsoleLinks;
  /** How its last run went (result, when, how long), from the run history. */
  lastRun?: string;
}

export interface ChangeReport {
  kind: Change['kind'];
  action: Change['action'];
  name: string;
  job?: string;
  reason: string;
  diff: string[];
}

export interface DeploymentReport {
  status: DeploymentStatus;
  prefix?: string;
  environment?: string;
  backend?: string;
  region?: string;
  image?: { uri: string; digest: string; short: string; resolvedFromTag?: string; current?: boolean };
  totals: Record<JobAction, number> & { jobs: number; pruned: number; writes: number };
  jobs: JobReport[];
  pruned: ChangeReport[];
  changes: ChangeReport[];
  warnings: string[];
  conflicts: string[];
  errors: string[];
  /** Task definition ARN per job (after apply, or known before it). */
  taskDefinitionArns: Record<string, string>;
  /** When every job runs over the next 7 days. */
  week?: Week;
  /** Whether the summary shows last runs: from the history, or none is kept. */
  lastRuns?: 'kept' | 'not kept';
  /** Jobs run by state machines: each chain's edges (job → the job after it). */
  chains?: { stateMachine: string; jobs: string[]; edges: [string, string][] }[];
}

function changeReport(c: Change, options: DisplayOptions): ChangeReport {
  return {
    kind: c.kind,
    action: c.action,
    name: changeName(c),
    ...('job' in c && c.job ? { job: c.job } : {}),
    reason: c.reason,
    diff: 'diff' in c ? c.diff.map((d) => describeChange(d, options)) : [],
  };
}

export function shortDigest(digest: string): string {
  return digest.replace(/^sha256:([0-9a-f]{12}).*$/, 'sha256:$1');
}

/**
 * The report of a plan or deploy. Values are described for people: environment values are
 * fingerprinted unless `showValues`, secrets are hidden by name and shape, whatever the format.
 */
export function deploymentReport(outcome: ReleaseOutcome, now: number, options: DisplayOptions = {}): DeploymentReport {
  const totals = { create: 0, update: 0, enable: 0, disable: 0, unchanged: 0, jobs: 0, pruned: 0, writes: 0 };
  const errors = outcome.load.diagnostics.filter((d: Diagnostic) => d.severity === 'error').map(formatDiagnostic);
  const base = {
    totals,
    jobs: [],
    pruned: [],
    changes: [],
    warnings: outcome.load.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic),
    conflicts: [],
    errors,
    taskDefinitionArns: {},
  };
  const { manifest, plan, image } = outcome;
  if (!manifest || !plan || !image) return { status: 'invalid', ...base };
  const applied = outcome.apply;
  const preflight = outcome.preflight;
  const preflightErrors = (preflight?.diagnostics ?? []).filter((d) => d.severity === 'error').map(formatDiagnostic);
  const status: DeploymentStatus =
    plan.conflicts.length || preflightErrors.length
      ? 'refused'
      : !applied
        ? 'planned'
        : applied.ok
          ? 'applied'
          : 'failed';
  // In the manifest's order of jobs, whatever order the registrations finished in.
  const arns: Record<string, string> = {};
  for (const j of plan.jobs) {
    const arn = applied?.taskDefinitionArns[j.job] ?? j.taskDefinitionArn;
    if (arn) arns[j.job] = arn;
  }

  const jobs: JobReport[] = plan.jobs.map((jp) => {
    const job = manifest.jobs.find((j) => j.name === jp.job)!;
    const info = jobScheduleInfo(job, now, 1);
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
      ...(info.nextRuns[0] ? { nextRun: info.nextRuns[0], nextRunLocal: localRuns(info)[0]! } : {}),
      taskDefinition: {
        family: jp.family,
        ...(jp.currentRevision !== undefined ? { from: jp.currentRevision } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(arn ? { arn } : {}),
        registers: jp.registersNewRevision,
      },
      reasons: jp.reasons.map((r) => reasonText(r, options)),
      links: consoleLinks({
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
  const pruneKinds = (c: Change) =>
    c.action === 'delete' || (c.kind === 'task-definition-revisions' && !plan.jobs.some((j) => j.family === c.family));
  const pruned = plan.changes.filter(pruneKinds).map((c) => changeReport(c, options));
  totals.pruned = pruned.length;
  totals.writes = plan.changes.filter((c) => c.action !== 'unchanged').length;
  const errorsAll = [
    ...errors,
    ...preflightErrors,
    ...(applied?.error
      ? [`${applied.error.change.kind} ${changeName(applied.error.change)}: ${redactSecrets(applied.error.message)}`]
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
      ...(preflight?.diagnostics ?? []).filter((d) => d.severity === 'warning').map(formatDiagnostic),
      ...(preflight?.skipped ?? []),
      ...(outcome.imageTags && 'error' in outcome.imageTags
        ? [
            `the images in use were not tagged (${redactSecrets(outcome.imageTags.error)}): a lifecycle rule cannot keep them by tag`,
          ]
        : []),
    ],
    conflicts: plan.conflicts,
    errors: errorsAll,
    taskDefinitionArns: arns,
    week: weekOf(manifest.jobs, now),
    ...(manifest.chains.length
      ? {
          chains: manifest.chains.map((c) => ({
            stateMachine: `${plan.prefix}-${c.root}`,
            jobs: c.waves.flat(),
            edges: c.waves
              .flat()
              .flatMap((job) =>
                (manifest.jobs.find((j) => j.name === job)?.after ?? []).map((a): [string, string] => [a, job]),
              ),
          })),
        }
      : {}),
  };
}

const ACTION_LABEL: Record<JobAction, string> = {
  create: 'create',
  update: 'update',
  enable: 'enable',
  disable: 'disable',
  unchanged: 'no change',
};
const STATUS_TITLE: Record<DeploymentStatus, string> = {
  invalid: '❌ manifest invalid: nothing deployed',
  refused: '⛔ refused: nothing deployed (why is below)',
  planned: '📝 plan (nothing written)',
  applied: '✅ deployed',
  failed: '❌ deploy failed part-way',
};

function imageNote(image: NonNullable<DeploymentReport['image']>): string {
  if (image.current) return ' (the image the jobs run now: this plan shows what the manifest changes)';
  return image.resolvedFromTag ? ` (tag ${image.resolvedFromTag} resolved to its digest)` : '';
}

function revisionText(j: JobReport): string {
  const t = j.taskDefinition;
  if (!t.registers) return t.to !== undefined ? `${t.family}:${t.to}` : t.family;
  return `${t.family}:${t.from ?? '—'} → ${t.to ?? 'new'}`;
}

function totalsLine(r: DeploymentReport): string {
  const t = r.totals;
  return (
    `${t.jobs} job(s): ${t.create} new, ${t.update} updated, ${t.enable} enabled, ${t.disable} ` +
    `disabled, ${t.unchanged} unchanged; ${t.pruned} pruned; ${t.writes} AWS change(s)`
  );
}

/**
 * The job summary and PR comment. Every value from the manifest or AWS is rendered inert (code
 * spans or escaped text), so what GitHub shows is what will happen, whatever the values hold.
 *
 * Within a limit (GitHub's, for a comment or a summary): the whole when it fits; else unchanged jobs as a count and no
 * week or chain chart; else, as well, lists cut where the limit comes, each with what it left out and where the
 * whole plan is.
 */
export function renderDeploymentMarkdown(r: DeploymentReport, limit?: MarkdownLimit): string {
  const full = deploymentMarkdown(r, false);
  if (!limit) return full;
  const size = sizeIn(limit.unit);
  if (size(full) <= limit.max) return full;
  const compact = deploymentMarkdown(r, true);
  if (size(compact) <= limit.max) return compact;
  return deploymentMarkdown(r, true, { ...limit, size });
}

function jobRow(r: DeploymentReport, j: JobReport): string[] {
  return [
    mdCode(j.job),
    ACTION_LABEL[j.action],
    mdCode(j.schedule.written) +
      (j.schedule.written !== j.schedule.expression ? ` → ${mdCode(j.schedule.expression)}` : '') +
      `<br>${mdText(j.schedule.human)} ` +
      `(${mdText(j.schedule.timezone)})`,
    j.enabled ? mdText(j.nextRunLocal ?? '—') : 'disabled',
    mdCode(revisionText(j)),
    mdCode(r.image?.short ?? ''),
    ...(r.lastRuns === 'kept' ? [mdText(redactSecrets(j.lastRun ?? '—'))] : []),
    [
      j.links.schedule && mdLink('schedule', j.links.schedule),
      j.links.taskDefinition && mdLink('task definition', j.links.taskDefinition),
      j.links.logs && mdLink('logs', j.links.logs),
    ]
      .filter(Boolean)
      .join(' · '),
  ];
}

const JOB_COLUMNS = ['Job', 'Change', 'Schedule', 'Next run', 'Task definition', 'Image', 'Links'];

function deploymentMarkdown(
  r: DeploymentReport,
  compact: boolean,
  limit?: MarkdownLimit & { size: (text: string) => number },
): string {
  const out = new Budgeted(limit);
  const where = r.prefix
    ? ` ${mdCode(r.prefix)}${r.region ? ` in ${mdText(r.region)}` : ''} ` +
      `(${r.backend === 'rules' ? 'EventBridge rules' : 'EventBridge Scheduler'})`
    : '';
  out.push(`### ecs-batch${where}: ${STATUS_TITLE[r.status]}`, '');
  if (r.image)
    out.push(
      `Image ${mdCode(r.image.uri.replace(/sha256:[0-9a-f]{64}/, r.image.short))}${mdText(imageNote(r.image))}`,
      '',
    );
  if (r.jobs.length) out.push(`**${totalsLine(r)}**`, '');
  const notes = [
    ...r.errors.map((e) => `- ❌ ${mdText(e)}`),
    ...r.conflicts.map((c) => `- ⛔ ${mdText(c)}`),
    ...r.warnings.map((w) => `- ⚠️ ${mdText(w)}`),
  ];
  const notesLeft = out.items(notes, (line) => [line]);
  if (notes.length) out.push('');
  out.leftOut(notesLeft, 'error(s) and warning(s)');
  // Compact: the jobs a deploy changes, in full; the others as a count.
  const listed = compact ? r.jobs.filter((j) => j.action !== 'unchanged') : r.jobs;
  if (listed.length) {
    const columns = r.lastRuns === 'kept' ? [...JOB_COLUMNS.slice(0, -1), 'Last run', 'Links'] : JOB_COLUMNS;
    const [header, rule, ...rows] = markdownTable(
      columns,
      listed.map((j) => jobRow(r, j)),
    ).split('\n');
    out.push(header!, rule!);
    const rowsLeft = out.items(rows, (row) => [row]);
    out.push('');
    out.leftOut(rowsLeft, 'changed job(s) in this table');
  }
  if (r.lastRuns === 'not kept') out.push('> Last runs: no history is kept (add `history:` to the manifest).', '');
  const unlisted = r.jobs.length - listed.length;
  if (unlisted) out.push(`${unlisted} job(s) unchanged, not listed.`, '');
  const changed = r.jobs.filter((j) => j.reasons.length);
  if (changed.length) {
    out.push('<details><summary>What changes, per job</summary>', '');
    const reasonsLeft = out.items(changed, (j) => [
      `**${mdText(j.job)}**`,
      '',
      ...j.reasons.flatMap((reason) => {
        const [head, ...rest] = reason.split('\n');
        return [`- ${mdCode(head!)}`, ...rest.map((line) => `  - ${mdCode(line)}`)];
      }),
      '',
    ]);
    out.leftOut(reasonsLeft, 'job(s) with changes');
    out.push('</details>', '');
  }
  if (!compact && r.chains?.length)
    out.push('**Chains** (each runs through its state machine):', '', chainsMermaid(r.chains), '');
  if (!compact && r.week)
    out.push('<details><summary>Runs in the next 7 days</summary>', '', weekMermaid(r.week), '', '</details>', '');
  const shared = projectChanges(r);
  if (shared.length) {
    out.push("**The project's own resources** (not of one job):", '');
    const left = out.items(shared, (c) => [
      `- ${mdText(c.kind)} ${mdCode(c.name)}: ${mdText(c.action)} (${mdText(c.reason)})`,
    ]);
    out.push('');
    out.leftOut(left, "of the project's own resources");
  }
  if (r.pruned.length) {
    out.push('**Pruned** (owned by this manifest, no longer listed):', '');
    const left = out.items(r.pruned, (p) => [`- ${mdText(p.kind)} ${mdCode(p.name)}: ${mdText(p.reason)}`]);
    out.push('');
    out.leftOut(left, 'pruned resource(s)');
  }
  return out.text();
}

/** The chains as a Mermaid flowchart (job names are [A-Za-z0-9_-]; nodes get ids of their own). */
export function chainsMermaid(chains: NonNullable<DeploymentReport['chains']>): string {
  const lines = ['```mermaid', 'flowchart LR'];
  const ids = new Map<string, string>();
  const id = (job: string) => ids.get(job) ?? (ids.set(job, `j${ids.size}`), ids.get(job)!);
  chains.forEach((c, i) => {
    lines.push(`  subgraph s${i}["${c.stateMachine}"]`);
    for (const job of c.jobs) lines.push(`    ${id(job)}["${job}"]`);
    for (const [from, to] of c.edges) lines.push(`    ${id(from)} --> ${id(to)}`);
    lines.push('  end');
  });
  lines.push('```');
  return lines.join('\n');
}

export function renderDeploymentText(r: DeploymentReport): string {
  const out: string[] = [];
  out.push(`ecs-batch ${r.prefix ?? ''}${r.region ? ` (${r.region}, ${r.backend})` : ''}: ${STATUS_TITLE[r.status]}`);
  if (r.image) out.push(`image: ${inertLine(r.image.uri)}${imageNote(r.image)}`);
  // A diagnostic (file:line:col: error: ...) says what it is already.
  const labelled = (label: string, line: string) =>
    new RegExp(`^\\S+:\\d+:\\d+: ${label}: `).test(line) ? inertLine(line) : `${label}: ${inertLine(line)}`;
  for (const e of r.errors) out.push(labelled('error', e));
  for (const c of r.conflicts) out.push(`refused: ${inertLine(c)}`);
  for (const w of r.warnings) out.push(labelled('warning', w));
  if (r.jobs.length) {
    out.push('');
    out.push(
      textTable(
        [
          'JOB',
          'CHANGE',
          'SCHEDULE',
          'NEXT RUN',
          'TASK DEFINITION',
          ...(r.lastRuns === 'kept' ? ['LAST RUN'] : []),
          'DESCRIPTION',
        ],
        r.jobs.map((j) => [
          j.job,
          ACTION_LABEL[j.action],
          `${j.schedule.expression} ${j.schedule.timezone}`,
          j.enabled ? (j.nextRunLocal ?? '-') : 'disabled',
          revisionText(j),
          ...(r.lastRuns === 'kept' ? [cellText(redactSecrets(j.lastRun ?? '-'), 60)] : []),
          cellText(j.description),
        ]),
      ),
    );
    for (const j of r.jobs.filter((x) => x.reasons.length)) {
      out.push('', `${j.job}:`);
      for (const reason of j.reasons)
        out.push(...reason.split('\n').map((line, i) => `${i ? '    ' : '  '}${inertLine(line)}`));
    }
    out.push('', totalsLine(r));
  }
  for (const c of projectChanges(r)) out.push(`${c.action} ${c.kind} ${inertLine(c.name)}: ${inertLine(c.reason)}`);
  for (const p of r.pruned) out.push(`pruned ${p.kind} ${inertLine(p.name)}: ${inertLine(p.reason)}`);
  return out.join('\n');
}

/** Changes of no single job that a plan would otherwise only count: alert rules, the alarm, log groups, policies. */
function projectChanges(r: DeploymentReport): ChangeReport[] {
  return r.changes.filter((c) => !c.job && c.action !== 'unchanged' && c.action !== 'delete');
}

/**
 * The task definitions a deploy registers (or keeps), by family, as RegisterTaskDefinition takes
 * them, with values shown by the same rule as diffs: environment values fingerprinted unless
 * `showValues`, secret-looking ones always hidden, secrets in commands redacted.
 */
export function renderedTaskDefinitions(plan: Plan, options: DisplayOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of plan.changes) {
    if (c.kind !== 'task-definition') continue;
    const containers = (c.input.containerDefinitions ?? []).map((container) => ({
      ...container,
      ...(container.command ? { command: redactArgv(container.command) } : {}),
      ...(container.environment
        ? {
            environment: container.environment.map((e) => ({
              name: e.name,
              value:
                options.showValues && !isSecretName(String(e.name))
                  ? redactSecrets(String(e.value ?? ''))
                  : `(value ${fingerprint(String(e.value ?? ''))})`,
            })),
          }
        : {}),
    }));
    out[c.family] = { ...c.input, containerDefinitions: containers };
  }
  return out;
}
