import { dirname, resolve as resolvePath } from 'node:path';
import type { Schedule } from '../schedule/index.ts';
import { STATE_MACHINE_REASONS, markWatched } from '../manifest/watched.ts';
import { durationSeconds } from '../util/inputs.ts';
import { afterList, chainsOf, usesStateMachine, type Chain } from '../manifest/chains.ts';
import { FileReadError, MAX_MANIFEST_BYTES, readBoundedTextFile } from '../util/files.ts';
import { didYouMean } from '../util/suggest.ts';
import { loadBaseTaskDefinition } from './base.ts';
import {
  checkAcrossJobs,
  checkBaseTaskDefinition,
  checkJob,
  checkNetworking,
  checkOperations,
  checkManifestNames,
  checkOverlayJobs,
  checkSharedLogGroups,
  checkTargetInputs,
  type CheckReporter,
  type ScheduledJob,
} from '../manifest/checks/index.ts';
import { pathToString, type Diagnostic } from '../manifest/diagnostics.ts';
import { runTaskInput } from '../targets/ecs.ts';
import { renderTaskDefinition } from '../taskdef/render.ts';
import { familyArn, jobOverrides } from '../taskdef/shared.ts';
import { namePrefix } from '../manifest/names.ts';
import { applyEnvironment, jobWithDefaults, settingSource } from '../manifest/resolve.ts';
import { checkSchema } from '../manifest/schema.ts';
import type { JobSpec, ManifestDocument, ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { readYaml, type ManifestSource, type ReadYaml } from '../manifest/yaml.ts';

export { DEFAULT_MANIFEST } from '../manifest/defaults.ts';

export interface LoadOptions {
  environment?: string;
  /** Reference time for "will it ever run again" checks (ms since epoch). */
  now?: number;
}

export interface LoadResult {
  valid: boolean;
  /** Errors and warnings, in file order. */
  diagnostics: Diagnostic[];
  /** The resolved manifest, when valid. */
  manifest?: ResolvedManifest;
  /** Where a job's effective setting (or, without a job, a top-level key) is written: for problems found later. */
  locate?: (job: string | undefined, key: readonly string[]) => Omit<Diagnostic, 'severity' | 'message'>;
}

/** Reads, parses and checks a manifest file. Never throws for bad input: problems become diagnostics. */
export function loadManifest(file: string, options: LoadOptions = {}): LoadResult {
  let text: string;
  try {
    text = readBoundedTextFile(file, MAX_MANIFEST_BYTES);
  } catch (error) {
    const problem = error instanceof FileReadError ? error : new FileReadError('UNREADABLE', 'cannot read it');
    const message =
      problem.code === 'ENOENT'
        ? `manifest not found: ${file}. Create one with \`ecs-batch init\` (or copy examples/ecs-batch.yml), ` +
          `or pass its path with --manifest / the manifest input`
        : `cannot read the manifest ${file}: ${problem.message}`;
    return { valid: false, diagnostics: [{ severity: 'error', message, file, line: 1, column: 1, path: '' }] };
  }
  return loadManifestText(text, file, options);
}

/**
 * Checks the base manifest and every environment overlay (what `validate` does without
 * --environment), so a typo in `environments.staging` fails the PR check, not the staging
 * deploy. Each problem is reported once, at its own line; one found only under an overlay says
 * which. The result's manifest is the base one.
 */
export function loadAllEnvironments(
  file: string,
  options: Omit<LoadOptions, 'environment'> = {},
): LoadResult & { environments: string[] } {
  let text: string;
  try {
    text = readBoundedTextFile(file, MAX_MANIFEST_BYTES);
  } catch {
    return { ...loadManifest(file, options), environments: [] };
  }
  // One read of the YAML serves the base and every environment.
  const read = readYaml(text);
  const base = loadManifestText(text, file, options, read);
  const { source } = read;
  const data = read.data && 'value' in read.data ? (read.data.value as { environments?: unknown } | null) : undefined;
  const overlays = data && typeof data === 'object' ? data.environments : undefined;
  const names = overlays && typeof overlays === 'object' && !Array.isArray(overlays) ? Object.keys(overlays) : [];
  if (names.length === 0 || base.diagnostics.some((d) => d.severity === 'error' && d.path === ''))
    return { ...base, environments: names };

  const seen = new Set(base.diagnostics.map(diagnosticKey));
  const diagnostics = [...base.diagnostics];
  const resolved: { name: string; manifest: ResolvedManifest }[] = base.manifest
    ? [{ name: '(base)', manifest: base.manifest }]
    : [];
  for (const environment of names) {
    const result = loadManifestText(text, file, { ...options, environment }, read);
    for (const d of result.diagnostics) {
      if (seen.has(diagnosticKey(d))) continue;
      seen.add(diagnosticKey(d));
      diagnostics.push({
        ...d,
        message: d.path.startsWith(`environments.${environment}`)
          ? d.message
          : `in environment '${environment}': ${d.message}`,
      });
    }
    if (result.manifest) resolved.push({ name: environment, manifest: result.manifest });
  }
  diagnostics.push(...sharedLogStreams(resolved, file, source));
  const all = finish(diagnostics);
  return { ...all, ...(all.valid && base.manifest ? { manifest: base.manifest } : {}), environments: names };
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.line}:${d.column}:${d.severity}:${d.message}`;
}

/** Two environments whose jobs write to the same log group and stream prefix mix their logs: warn, once per pair. */
function sharedLogStreams(
  resolved: { name: string; manifest: ResolvedManifest }[],
  file: string,
  source: ManifestSource,
): Diagnostic[] {
  const owner = new Map<string, string>();
  const pairs = new Map<string, { first: string; second: string; group: string; jobs: string[] }>();
  for (const { name, manifest } of resolved) {
    for (const job of manifest.jobs) {
      if (!job.logs) continue;
      const stream = `${job.logs.group}\0${job.logs.streamPrefix ?? job.name}`;
      const first = owner.get(stream);
      if (first === undefined) owner.set(stream, name);
      else if (first !== name) {
        const key = `${first}\0${name}`;
        const pair = pairs.get(key) ?? { first, second: name, group: job.logs.group, jobs: [] };
        pair.jobs.push(job.name);
        pairs.set(key, pair);
      }
    }
  }
  return [...pairs.values()].map((p) => {
    const path = source.has(['environments', p.second, 'defaults'])
      ? ['environments', p.second, 'defaults']
      : ['environments', p.second];
    const at = source.keyPosition(path);
    const who = p.first === '(base)' ? 'the base manifest' : `environment '${p.first}'`;
    return {
      severity: 'warning' as const,
      message:
        `environment '${p.second}' and ${who} write the logs of ${p.jobs.join(', ')} to the ` +
        `same log group ${p.group} with the same stream prefix: their logs mix. Give '${p.second}' its own ` +
        `logs.group (environments.${p.second}.defaults.logs.group) or streamPrefix`,
      file,
      line: at.line,
      column: at.column,
      path: path.join('.'),
    };
  });
}

/** `read` is the text's YAML when the caller has read it already (one read for every environment). */
export function loadManifestText(
  text: string,
  file: string,
  options: LoadOptions = {},
  read: ReadYaml = readYaml(text),
): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const { source, problems } = read;
  for (const p of problems) {
    diagnostics.push({
      severity: 'error',
      message: p.message,
      file,
      line: p.position.line,
      column: p.position.column,
      path: '',
    });
  }
  if (problems.length > 0 || !read.data) return finish(diagnostics);

  const data = read.data;
  if ('problem' in data) {
    diagnostics.push({
      severity: 'error',
      message: data.problem.message,
      file,
      line: data.problem.position.line,
      column: data.problem.position.column,
      path: '',
    });
    return finish(diagnostics);
  }
  const raw = data.value;
  if (raw === null || raw === undefined) {
    diagnostics.push({
      severity: 'error',
      message: 'the manifest is empty; start from examples/ecs-batch.yml',
      file,
      line: 1,
      column: 1,
      path: '',
    });
    return finish(diagnostics);
  }
  const place = placer(source, file, diagnostics);
  for (const problem of checkSchema(raw)) place('error', problem.path, problem.message, problem.at);
  if (diagnostics.length > 0) return finish(diagnostics);

  const doc = raw as ManifestDocument;
  const environment = options.environment;
  if (environment !== undefined && !doc.environments?.[environment]) {
    const names = Object.keys(doc.environments ?? {});
    const known = names.length ? ` (environments: ${names.join(', ')})` : ' (the manifest defines no environments)';
    place(
      'error',
      doc.environments ? ['environments'] : [],
      `unknown environment '${environment}'${didYouMean(environment, names)}${known}`,
      'key',
    );
    return finish(diagnostics);
  }

  const report: CheckReporter = {
    error: (path, message, at = 'value') => place('error', path, message, at),
    warn: (path, message, at = 'value') => place('warning', path, message, at),
    sourceOf: (job, key) => settingSource((p) => source.has(p), job, key, environment),
  };
  const resolved = applyEnvironment(doc, environment);
  const prefix = namePrefix(doc.project, environment);
  const backend = resolved.backend ?? 'scheduler';
  const now = options.now ?? Date.now();

  checkManifestNames({ prefix, backend, repository: resolved.image.repository, report });
  // The base manifest is usually production: an overlay that still reads its paths is worth a word.
  const otherEnvironments = [
    'production',
    'prod',
    ...Object.keys(doc.environments ?? {}).filter((e) => e !== environment),
  ].filter((e) => e !== environment);
  checkOperations(
    resolved,
    { backend, prefix },
    (path) =>
      environment && source.has(['environments', environment, ...path]) ? ['environments', environment, ...path] : path,
    report,
  );
  if (environment)
    checkOverlayJobs(
      environment,
      Object.keys(doc.environments?.[environment]?.jobs ?? {}),
      Object.keys(doc.jobs),
      report,
    );

  const baseDir = dirname(resolvePath(file));
  const specs = Object.keys(resolved.jobs).map((name) => {
    const spec = jobWithDefaults(resolved, name);
    const schedule = checkJob(name, spec, {
      prefix,
      backend,
      now,
      report,
      ...(environment ? { environment, otherEnvironments } : {}),
    });
    const base = loadBaseTaskDefinition(spec, baseDir, (message) =>
      report.error(report.sourceOf(name, ['taskDefinition']), message, 'value'),
    );
    return { name, spec, schedule, base, after: afterList(spec.after) };
  });
  // Chains: a job `after` others runs when they succeed, on the schedule of the job that starts its chain.
  const graph = chainsOf(specs.map((s) => ({ name: s.name, after: s.after, scheduled: s.schedule !== undefined })));
  for (const p of graph.problems) report.error(report.sourceOf(p.job, ['after']), p.message, 'key');
  const rootOf = new Map<string, string>();
  for (const chain of graph.chains) for (const wave of chain.waves) for (const job of wave) rootOf.set(job, chain.root);
  const byName = new Map(specs.map((s) => [s.name, s]));
  const jobs: ResolvedJob[] = [];
  const scheduled: ScheduledJob[] = [];
  for (const { name, spec, schedule: own, base, after } of specs) {
    const root = rootOf.has(name) && !own ? byName.get(rootOf.get(name)!) : undefined;
    const schedule = own ?? root?.schedule;
    if (!schedule) continue;
    // A follower runs on its chain's schedule, so on that schedule's clock, whatever its own defaults say.
    const clock = root ? { ...spec, timezone: root.spec.timezone } : spec;
    const job = toResolvedJob(name, clock, schedule, base, after, resolved.taskDefinitions === 'shared');
    checkNetworking(job, report);
    if (base)
      checkBaseTaskDefinition(
        job,
        spec.taskDefinition!,
        renderTaskDefinition(job, { prefix, region: '', image: '' }) as unknown as Record<string, unknown>,
        report,
      );
    jobs.push(job);
    if (!after.length) scheduled.push(job);
  }
  markWatched(jobs, { alerts: resolved.alerts, history: Boolean(resolved.history), backend, now, report });
  // Which jobs run through a state machine: a chain, or one job asking for retries, a timeout or a concurrency policy.
  const chains: Chain[] = [...graph.chains];
  for (const job of jobs)
    if (!rootOf.has(job.name) && usesStateMachine(job, false)) chains.push({ root: job.name, waves: [[job.name]] });
  for (const chain of chains) {
    const root = jobs.find((j) => j.name === chain.root);
    if (root && !root.stateMachineRoleArn) {
      report.error(
        report.sourceOf(root.name, ['stateMachineRoleArn']),
        `job '${root.name}' runs through a Step Functions state machine ` +
          `(${rootOf.has(root.name) ? 'it starts a chain' : STATE_MACHINE_REASONS}): set ` +
          'defaults.stateMachineRoleArn, a role Step Functions may run ECS tasks with ' +
          '(ecs-batch iam-policy --for state-machine prints its policy)',
        'key',
      );
    }
  }
  // A chain's concurrency policy is its first job's: a follower's would be silently ignored.
  for (const job of jobs)
    if (job.after?.length && job.concurrency !== 'allow')
      report.error(
        report.sourceOf(job.name, ['concurrency']),
        `job '${job.name}' runs after others, so its chain's concurrency is decided where the chain starts: ` +
          `set concurrency: ${job.concurrency} on the chain's first job instead`,
        'value',
      );
  checkAcrossJobs(scheduled, { backend, now, report });
  if (resolved.taskDefinitions === 'shared') {
    // Measured with ARNs as long as they get (the longest region name), so what passes here fits in AWS.
    const region = 'ap-southeast-4';
    const clusterArn = `arn:aws-us-gov:ecs:${region}:123456789012:cluster/${resolved.cluster}`;
    const family = familyArn(clusterArn, region, `${prefix}-shared-16384-122880-00000000`);
    const inChains = new Set(chains.flatMap((c) => c.waves.flat()));
    checkTargetInputs(
      jobs.filter((j) => !j.after && !inChains.has(j.name)),
      (job) =>
        backend === 'scheduler'
          ? runTaskInput(job, prefix, clusterArn, family, jobOverrides(job))
          : JSON.stringify(jobOverrides(job)),
      report,
    );
  }
  checkSharedLogGroups(jobs, report);

  const result = finish(diagnostics);
  if (!result.valid) return result;
  const locate = (job: string | undefined, key: readonly string[]) => {
    const overlay = environment ? ['environments', environment, ...key] : [];
    const path = job ? report.sourceOf(job, key) : overlay.length && source.has(overlay) ? overlay : [...key];
    return { file, ...source.valuePosition(path), path: pathToString(path) };
  };
  return {
    ...result,
    locate,
    manifest: {
      file,
      project: doc.project,
      ...(environment ? { environment } : {}),
      prefix,
      siblingPrefixes: [
        doc.project,
        ...Object.keys(doc.environments ?? {}).map((env) => namePrefix(doc.project, env)),
      ].filter((p) => p !== prefix),
      cluster: resolved.cluster,
      backend,
      image: {
        repository: resolved.image.repository,
        context: resolved.image.context ?? '.',
        dockerfile: resolved.image.dockerfile ?? 'Dockerfile',
      },
      jobs,
      chains,
      ...(resolved.alerts
        ? {
            alerts: {
              snsTopicArn: resolved.alerts.snsTopicArn,
              on: resolved.alerts.on ?? ['failed', 'not-started', 'schedule-errors'],
            },
          }
        : {}),
      takeOver: resolved.takeOver ?? 'delete',
      taskDefinitions: resolved.taskDefinitions ?? 'per-job',
      ...(resolved.history
        ? {
            history: {
              retentionDays:
                (typeof resolved.history === 'object' ? resolved.history.retentionDays : undefined) ??
                DEFAULT_HISTORY_DAYS,
            },
          }
        : {}),
    },
  };
}

/** What a retry runs again unless the manifest says otherwise. */
export const DEFAULT_RETRY_ON = ['not-started', 'failed'] as const;

/** The first retry of a failed run waits this long (then twice as long each time). */
export const DEFAULT_RETRY_DELAY_SECONDS = 60;

/** Run history is kept this long unless the manifest says otherwise. */
export const DEFAULT_HISTORY_DAYS = 90;

/** The container every job's task runs in when jobs share task definitions (a per-job default would split every shape). */
export const SHARED_CONTAINER_NAME = 'main';

function toResolvedJob(
  name: string,
  spec: JobSpec,
  schedule: Schedule,
  base: Record<string, unknown> | undefined,
  after: string[],
  shared: boolean,
): ResolvedJob {
  const {
    schedule: scheduleText,
    timezone,
    enabled,
    environment,
    secrets,
    tags,
    containerName,
    taskDefinition: _path,
    launchType,
    capacityProviderStrategy,
    after: _after,
    replaces,
    retries,
    retryDelay,
    timeout,
    concurrency,
    startTimeout,
    deadline,
    retryOn,
    ...rest
  } = spec;
  return {
    ...rest,
    name,
    scheduleText: after.length ? `after ${after.join(', ')}` : scheduleText!,
    ...(after.length ? { after } : {}),
    retries: retries ?? 0,
    retryDelaySeconds: durationSeconds(retryDelay ?? '') ?? DEFAULT_RETRY_DELAY_SECONDS,
    ...(timeout !== undefined && durationSeconds(timeout) !== undefined
      ? { timeoutSeconds: durationSeconds(timeout)! }
      : {}),
    concurrency: concurrency ?? 'allow',
    ...(startTimeout !== undefined && durationSeconds(startTimeout) !== undefined
      ? { startTimeoutSeconds: durationSeconds(startTimeout)! }
      : {}),
    ...(deadline !== undefined && durationSeconds(deadline) !== undefined
      ? { deadlineSeconds: durationSeconds(deadline)! }
      : {}),
    retryOn: retryOn ?? [...DEFAULT_RETRY_ON],
    replaces: afterList(replaces),
    schedule,
    timezone: timezone ?? 'UTC',
    enabled: enabled ?? true,
    ...(capacityProviderStrategy ? { capacityProviderStrategy } : { launchType: launchType ?? 'FARGATE' }),
    environment: Object.fromEntries(Object.entries(environment ?? {}).map(([k, v]) => [k, String(v)])),
    secrets: { ...secrets },
    tags: { ...tags },
    containerName: containerName ?? (shared ? SHARED_CONTAINER_NAME : name),
    alerts: spec.alerts ?? true,
    ...(base ? { baseTaskDefinition: base } : {}),
  };
}

type Place = (
  severity: Diagnostic['severity'],
  path: readonly string[],
  message: string,
  at: 'key' | 'value' | { index: number },
) => void;

function placer(source: ManifestSource, file: string, out: Diagnostic[]): Place {
  // A problem in `defaults` surfaces once per job; report it once.
  const seen = new Set<string>();
  return (severity, path, message, at) => {
    const id = `${path.join('\0')}|${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    const position =
      at === 'key'
        ? source.keyPosition(path)
        : at === 'value'
          ? source.valuePosition(path)
          : source.positionInString(path, at.index);
    out.push({ severity, message, file, line: position.line, column: position.column, path: pathToString(path) });
  };
}

function finish(diagnostics: Diagnostic[]): LoadResult {
  diagnostics.sort(
    (a, b) =>
      a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1),
  );
  return { valid: !diagnostics.some((d) => d.severity === 'error'), diagnostics };
}
