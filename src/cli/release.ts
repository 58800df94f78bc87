/** `plan` and `deploy` share their flags and their work; only `deploy` writes. */
import type { ApplyEvent } from '../apply/apply.ts';
import { DEFAULT_MANIFEST } from '../manifest/defaults.ts';
import { parseImageReference } from '../taskdef/reference.ts';
import { UsageError, parseFormat, parseInstant, parseNonNegativeInt } from '../util/inputs.ts';
import { didYouMean } from '../util/suggest.ts';
import type { Flag, FlagValues } from './command.ts';
import { FORMAT_FLAG, MANIFEST_FLAGS } from './flags.ts';
import { print, printErr, printJson } from './output.ts';

export const RELEASE_FLAGS = {
  ...MANIFEST_FLAGS,
  image: {
    type: 'string',
    short: 'i',
    value: 'URI',
    help: 'the image, pinned by digest (registry/repo@sha256:...) or an ECR tag (resolved to its digest)',
  },
  format: {
    ...FORMAT_FLAG,
    value: 'text|json|markdown',
    help:
      'text for people (default), json for scripts (nothing truncated), markdown: the PR comment ' +
      'ecs-batch posts, as it posts it (marker line, within GitHub’s comment limit)',
  },
  prune: { type: 'boolean', default: true, hidden: true, help: 'prune (the default)' },
  'no-prune': {
    type: 'boolean',
    default: false,
    help: 'keep what this manifest owns but no longer lists (it is listed as a warning)',
  },
  'max-prune': {
    type: 'string',
    value: 'N',
    help: 'allow removing up to N jobs (without it, removing more than half of the owned jobs is refused)',
  },
  'keep-revisions': {
    type: 'string',
    value: 'N',
    help: 'keep N ACTIVE task definition revisions per job; deregister older ones',
  },
  'show-values': {
    type: 'boolean',
    default: false,
    help: 'show plain environment values in diffs (secret-looking ones stay hidden)',
  },
  'show-task-definitions': { type: 'boolean', default: false, help: 'also print the rendered task definitions' },
  now: { type: 'string', value: 'ISO-8601', help: 'the reference time for next runs in the summary' },
} as const satisfies Record<string, Flag>;

export function checkImageReference(name: string, value: string | undefined): void {
  if (value !== undefined && !parseImageReference(value)) {
    throw new UsageError(
      `${name} is not an image reference: expected registry/repository@sha256:<64 hex> or registry/repository:tag`,
    );
  }
}

/** What `rollback` adds to a release: earlier revisions to point at, and a check before any write. */
export interface ReleaseExtras {
  earlierRevisions?: number;
  beforeApply?: NonNullable<Parameters<typeof import('../release/release.ts').release>[0]['beforeApply']>;
}

export async function runRelease(
  values: FlagValues<typeof RELEASE_FLAGS>,
  dryRun: boolean,
  onlyJob?: string,
  extras: ReleaseExtras = {},
): Promise<number> {
  const format = values.format === 'markdown' ? 'markdown' : parseFormat(values.format);
  if (!values.image && !dryRun)
    throw new UsageError(
      '--image is required: the image to release, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:... or ...:tag',
    );
  checkImageReference('--image', values.image);
  const keepRevisions = parseNonNegativeInt('--keep-revisions', values['keep-revisions']);
  const maxPrune = parseNonNegativeInt('--max-prune', values['max-prune']);
  const now = parseInstant('--now', values.now);
  // Loaded on demand: the AWS SDK is most of the bundle, and `validate` never needs it.
  const { release } = await import('../release/release.ts');
  const { deploymentReport, renderDeploymentText, renderedTaskDefinitions } = await import('../report/deployment.ts');
  const { describeProgress } = await import('../report/progress.ts');
  const { createClients } = await import('../aws/clients.ts');
  const { readLastRuns, withLastRuns } = await import('../report/last-runs.ts');
  const clients = createClients();
  const outcome = await release({
    clients,
    manifest: values.manifest ?? DEFAULT_MANIFEST,
    ...(values.environment ? { environment: values.environment } : {}),
    ...(values.image ? { image: values.image } : {}),
    ...(extras.earlierRevisions ? { earlierRevisions: extras.earlierRevisions } : {}),
    ...(extras.beforeApply ? { beforeApply: extras.beforeApply } : {}),
    dryRun,
    prune: values.prune && !values['no-prune'],
    ...(keepRevisions !== undefined ? { keepRevisions } : {}),
    ...(maxPrune !== undefined ? { maxPrune } : {}),
    now,
    onEvent: format === 'text' ? (event: ApplyEvent) => printErr(describeProgress(event)) : undefined,
  });
  if (outcome.noImage) {
    clients.destroy();
    printErr('nothing is deployed yet and no --image was given: nothing to plan against');
    return 1;
  }
  const display = { showValues: values['show-values'] };
  // How the jobs ran, beside what will run (a few reads of the run history).
  const last =
    outcome.plan && outcome.manifest
      ? await readLastRuns(clients, outcome.manifest, now ?? Date.now()).finally(() => clients.destroy())
      : (clients.destroy(), undefined);
  const planned = deploymentReport(outcome, now, display);
  const whole = last ? withLastRuns(planned, last) : planned;
  const report = onlyJob === undefined ? whole : oneJob(whole, onlyJob);
  const taskDefinitions =
    values['show-task-definitions'] && outcome.plan ? renderedTaskDefinitions(outcome.plan, display) : undefined;
  if (format === 'json') printJson(taskDefinitions ? { ...report, taskDefinitions } : report);
  else if (format === 'markdown') {
    // Byte for byte what the release action posts as the PR comment, for other CI systems and for review.
    const { commentLimit, commentMarker } = await import('../report/budget.ts');
    const { renderDeploymentMarkdown } = await import('../report/deployment.ts');
    const marker = commentMarker(report.prefix ?? values.manifest ?? DEFAULT_MANIFEST);
    print(`${marker}\n${renderDeploymentMarkdown(report, commentLimit(marker))}`);
  } else
    print(
      [
        renderDeploymentText(report),
        ...Object.entries(taskDefinitions ?? {}).map(
          ([family, td]) => `\ntask definition ${family}:\n${JSON.stringify(td, null, 2)}`,
        ),
      ].join('\n'),
    );
  return report.status === 'applied' || report.status === 'planned' ? 0 : 1;
}

/** The report narrowed to one job's rows and changes (the status and totals stay the whole plan's). */
function oneJob<R extends { jobs: { job: string }[]; changes: { job?: string }[]; pruned: { job?: string }[] }>(
  report: R,
  job: string,
): R {
  const names = report.jobs.map((j) => j.job);
  if (!names.includes(job)) throw new UsageError(`--job: no job '${job}' in the manifest${didYouMean(job, names)}`);
  return {
    ...report,
    jobs: report.jobs.filter((j) => j.job === job),
    // Only this job's: the project's own resources (alert rules, log groups) are left out.
    changes: report.changes.filter((c) => c.job === job),
    pruned: report.pruned.filter((c) => c.job === job),
  };
}
