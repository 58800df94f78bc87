/**
 * `ecs-batch import`, the writing half (pure): the scheduled tasks found on a cluster become a
 * manifest. What many jobs share goes into `defaults`; what the manifest does not model goes into
 * a base task definition file per distinct shape, so a deploy renders an equivalent task
 * definition. Each job records the hand-made rule or schedule it `replaces:`.
 */
import type { ContainerDefinition, KeyValuePair, TaskDefinition } from '@aws-sdk/client-ecs';
import { Document, isMap, isScalar, visit, type Pair } from 'yaml';
import { yamlText } from '../util/yaml-text.ts';
import { DEFAULT_RETRY_POLICY, SCHEDULE_NAME, TASK_DEFINITION_FIELDS } from '../aws/limits.ts';
import { SCHEMA_URL } from '../manifest/defaults.ts';
import { RESERVED_JOB_PREFIX } from '../manifest/names.ts';
import type { Backend, JobSpec, ManifestDocument } from '../manifest/types.ts';
import { parseImageReference } from '../taskdef/reference.ts';
import { canonical } from '../util/diff.ts';
import { redactArgv } from '../util/secrets.ts';
import { scrubbed, withoutSecrets } from './secrets.ts';
import type { Discovery, FoundTask } from './discover.ts';

export interface ImportOptions {
  project: string;
  backend: Backend;
  /** Where base task definition files go, relative to the manifest. */
  baseDir: string;
}

export interface ImportedJob {
  job: string;
  ref: string;
  /** What a person must decide about this job (also written as YAML comments above it). */
  decide: string[];
}

export interface ImportResult {
  document: ManifestDocument;
  /** The manifest text, with comments. */
  yaml: string;
  /** Base task definition files, by path relative to the manifest. */
  baseFiles: Record<string, Record<string, unknown>>;
  jobs: ImportedJob[];
}

type Overrides = {
  containerOverrides?: {
    name?: string;
    command?: unknown;
    environment?: KeyValuePair[];
    cpu?: number;
    memory?: number;
  }[];
  cpu?: string;
  memory?: string;
  taskRoleArn?: string;
  executionRoleArn?: string;
  ephemeralStorage?: { sizeInGiB?: number };
  [other: string]: unknown;
};

function overridesOf(input: string | undefined): { overrides: Overrides; unreadable: boolean } {
  if (!input) return { overrides: {}, unreadable: false };
  try {
    const parsed: unknown = JSON.parse(input);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? { overrides: parsed as Overrides, unreadable: false }
      : { overrides: {}, unreadable: true };
  } catch {
    return { overrides: {}, unreadable: true };
  }
}

/** A manifest job name from a rule or schedule name: letters, digits, - and _; short enough for `<prefix>-<job>`. */
function jobNameFrom(name: string, prefix: string, taken: Set<string>): string {
  let base =
    name
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+/, '')
      .replace(/-+$/, '') || 'job';
  if (base.startsWith(RESERVED_JOB_PREFIX)) base = `job-${base.slice(RESERVED_JOB_PREFIX.length)}`;
  const room = SCHEDULE_NAME.max - prefix.length - 1;
  let candidate = base.slice(0, room);
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, room - String(n).length - 1)}-${n}`;
  taken.add(candidate);
  return candidate;
}

const fromPairs = (pairs: readonly { name?: string | undefined; value?: string | undefined }[] | undefined) =>
  Object.fromEntries((pairs ?? []).filter((p) => p.name).map((p) => [p.name!, p.value ?? '']));

const MODELLED_LOG_OPTIONS = new Set(['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix']);

/** The manifest's `logs` when the awslogs driver uses only what the manifest writes; else the base file keeps it. */
function logsOf(container: ContainerDefinition): JobSpec['logs'] | undefined {
  const config = container.logConfiguration;
  const options = config?.options ?? {};
  if (config?.logDriver !== 'awslogs' || !options['awslogs-group'] || config.secretOptions?.length) return undefined;
  if (!Object.keys(options).every((k) => MODELLED_LOG_OPTIONS.has(k))) return undefined;
  return {
    group: options['awslogs-group'],
    ...(options['awslogs-stream-prefix'] ? { streamPrefix: options['awslogs-stream-prefix'] } : {}),
  };
}

/** The task definition minus what the manifest says itself: what a base file must carry. */
function baseTaskDefinition(
  td: TaskDefinition,
  main: ContainerDefinition,
  modelledPlatform: boolean,
  decide: string[],
): Record<string, unknown> | undefined {
  const dropped = new Set([
    'family',
    'taskRoleArn',
    'executionRoleArn',
    'networkMode',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'tags',
    'ephemeralStorage',
    'containerDefinitions',
    ...(modelledPlatform ? ['runtimePlatform'] : []),
  ]);
  const top = Object.fromEntries(Object.entries(td).filter(([k]) => TASK_DEFINITION_FIELDS.has(k) && !dropped.has(k)));
  // The manifest writes the main container's image, command, environment, secrets and logs itself.
  const {
    image: _image,
    command: _command,
    environment: _environment,
    secrets: _secrets,
    essential: _essential,
    logConfiguration: _logs,
    cpu,
    ...rest
  } = main;
  const mainBase = { ...rest, ...(cpu ? { cpu } : {}) };
  const others = (td.containerDefinitions ?? [])
    .filter((c) => c !== main)
    .map((c) =>
      c.environment?.length
        ? {
            ...c,
            environment: Object.entries(withoutSecrets(fromPairs(c.environment), `container ${c.name}`, decide)).map(
              ([name, value]) => ({ name, value }),
            ),
          }
        : c,
    );
  const containers =
    Object.keys(canonical(mainBase) as object).length > 1 || others.length ? [mainBase, ...others] : [];
  const base = canonical({ ...top, containerDefinitions: containers }) as Record<string, unknown> | undefined;
  return base && Object.keys(base).length ? (scrubbed(base, '', decide) as Record<string, unknown>) : undefined;
}

interface Draft {
  job: string;
  ref: string;
  spec: JobSpec;
  base?: Record<string, unknown>;
  repository?: string;
  image?: string;
  decide: string[];
}

function draftJob(f: FoundTask, job: string, project: string): Draft {
  const decide: string[] = [];
  const td = f.taskDefinition;
  const { overrides, unreadable } = overridesOf(f.input);
  if (unreadable)
    decide.push(
      'its target Input is not JSON RunTask overrides: it was not imported; the task definition command is used',
    );
  const containers = td.containerDefinitions ?? [];
  const named =
    overrides.containerOverrides?.find((o) => Array.isArray(o.command)) ?? overrides.containerOverrides?.[0];
  const main =
    containers.find((c) => named?.name !== undefined && c.name === named.name) ??
    containers.find((c) => c.essential !== false) ??
    containers[0]!;
  const override =
    overrides.containerOverrides?.find((o) => o.name === main.name) ?? (named?.name === undefined ? named : undefined);
  const givenCommand = Array.isArray(override?.command) ? override.command.map(String) : main.command;
  const command = givenCommand && redactArgv(givenCommand);
  if (command && JSON.stringify(command) !== JSON.stringify(givenCommand))
    decide.push(
      'its command carries a secret, written here as ***: pass it through `secrets:` (an environment variable) instead',
    );
  const {
    containerOverrides: _c,
    cpu: ocpu,
    memory: omemory,
    taskRoleArn: oTaskRole,
    executionRoleArn: oExecRole,
    ephemeralStorage: oStorage,
    ...otherOverrides
  } = overrides;
  if (Object.keys(otherOverrides).length)
    decide.push(`its target Input also sets ${Object.keys(otherOverrides).sort().join(', ')}: not imported`);
  if ((overrides.containerOverrides ?? []).some((o) => o !== override))
    decide.push('its target Input overrides other containers too: not imported');
  if (override?.cpu !== undefined || override?.memory !== undefined)
    decide.push('its target Input sets container-level cpu/memory: not imported');

  // A secret typed into a hand-made task definition must not land in a file that goes into git.
  const environment = withoutSecrets(
    { ...fromPairs(main.environment), ...fromPairs(override?.environment) },
    `container ${main.name}`,
    decide,
  );
  const secrets = Object.fromEntries((main.secrets ?? []).map((s) => [s.name, s.valueFrom]));
  // A job needs a log group (its runs' logs are how `run` and the alerts explain a failure).
  const logs = logsOf(main) ?? { group: `/ecs-batch/${project}` };
  if (!logsOf(main)) {
    decide.push(
      main.logConfiguration
        ? `its container logs with ${main.logConfiguration.logDriver ?? 'a driver'} and options the ` +
            `manifest does not model: it will log to ${logs.group} with awslogs`
        : `its container had no logs; it will log to ${logs.group} (created by the first deploy)`,
    );
  }
  // An EC2 task definition may size only its container: the task's size is then the main container's.
  const cpu = ocpu ?? td.cpu ?? (main.cpu ? String(main.cpu) : undefined);
  const memory = omemory ?? td.memory ?? (main.memory ?? main.memoryReservation)?.toString();
  const architecture = td.runtimePlatform?.cpuArchitecture;
  const modelledPlatform =
    (architecture === 'X86_64' || architecture === 'ARM64') &&
    (td.runtimePlatform?.operatingSystemFamily ?? 'LINUX') === 'LINUX';
  const storage = oStorage?.sizeInGiB ?? td.ephemeralStorage?.sizeInGiB;
  const ecs = f.ecs;
  const launchType = ecs.capacityProviderStrategy
    ? undefined
    : (ecs.launchType ??
      (td.requiresCompatibilities?.length === 1 && td.requiresCompatibilities[0] === 'FARGATE' ? 'FARGATE' : 'EC2'));
  if (!ecs.launchType && !ecs.capacityProviderStrategy)
    decide.push(
      `its target names no launch type (the cluster's default capacity provider decides): imported as ${launchType}`,
    );
  const fargate =
    launchType === 'FARGATE' ||
    (ecs.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider));
  const network = ecs.subnets
    ? {
        subnets: ecs.subnets,
        ...(ecs.securityGroups ? { securityGroups: ecs.securityGroups } : {}),
        ...(ecs.assignPublicIp ? { assignPublicIp: ecs.assignPublicIp as 'ENABLED' | 'DISABLED' } : {}),
      }
    : undefined;
  const networkMode = td.networkMode ?? 'bridge';
  const inferredMode = fargate || network ? 'awsvpc' : 'bridge';
  if (ecs.taskCount) decide.push(`its target starts ${ecs.taskCount} tasks per run; an ecs-batch job starts one`);
  if (ecs.unmodelled.length) decide.push(`its target also sets ${ecs.unmodelled.join(', ')}: not imported`);
  const retry = f.retryPolicy;
  const retryPolicy =
    retry &&
    (retry.maximumRetryAttempts !== DEFAULT_RETRY_POLICY.maximumRetryAttempts ||
      retry.maximumEventAgeInSeconds !== DEFAULT_RETRY_POLICY.maximumEventAgeInSeconds)
      ? retry
      : undefined;

  const spec: JobSpec = {
    ...(f.description ? { description: f.description } : {}),
    schedule: f.expression,
    timezone: f.timezone,
    ...(f.enabled ? {} : { enabled: false }),
    ...(command?.length ? { command } : {}),
    ...(launchType ? { launchType: launchType as JobSpec['launchType'] } : {}),
    ...(ecs.capacityProviderStrategy ? { capacityProviderStrategy: ecs.capacityProviderStrategy } : {}),
    ...(ecs.platformVersion ? { platformVersion: ecs.platformVersion } : {}),
    ...(networkMode !== inferredMode ? { networkMode: networkMode as JobSpec['networkMode'] } : {}),
    ...(ecs.placementConstraints
      ? { placementConstraints: ecs.placementConstraints as JobSpec['placementConstraints'] }
      : {}),
    ...(ecs.placementStrategy ? { placementStrategy: ecs.placementStrategy as JobSpec['placementStrategy'] } : {}),
    ...(cpu ? { cpu: Number(cpu) } : {}),
    ...(memory ? { memory: Number(memory) } : {}),
    ...(modelledPlatform ? { architecture: architecture as JobSpec['architecture'] } : {}),
    ...(storage !== undefined ? { ephemeralStorageGiB: storage } : {}),
    ...((oExecRole ?? td.executionRoleArn) ? { executionRoleArn: oExecRole ?? td.executionRoleArn } : {}),
    ...((oTaskRole ?? td.taskRoleArn) ? { taskRoleArn: oTaskRole ?? td.taskRoleArn } : {}),
    ...(f.roleArn ? { schedulerRoleArn: f.roleArn } : {}),
    ...(network ? { network } : {}),
    logs,
    ...(Object.keys(environment).length ? { environment } : {}),
    ...(Object.keys(secrets).length ? { secrets } : {}),
    containerName: main.name!,
    ...(f.deadLetterQueueArn ? { deadLetterQueueArn: f.deadLetterQueueArn } : {}),
    ...(retryPolicy ? { retryPolicy } : {}),
    ...(f.flexibleTimeWindowMinutes !== undefined ? { flexibleTimeWindowMinutes: f.flexibleTimeWindowMinutes } : {}),
    replaces: f.ref,
  };
  if (f.otherTargets > 0) {
    decide.push(
      `rule ${f.name} has ${f.otherTargets} other target${f.otherTargets === 1 ? '' : 's'}: the first ` +
        `deploy removes only target ${f.targetId} (the one imported); the rule stays, with its other targets`,
    );
  }
  const base = baseTaskDefinition(td, main, modelledPlatform, decide);
  const image = main.image;
  const repository = image ? parseImageReference(image)?.repository : undefined;
  return {
    job,
    ref: f.ref,
    spec,
    ...(base ? { base } : {}),
    ...(repository ? { repository } : {}),
    ...(image ? { image } : {}),
    decide,
  };
}

type Leaf = { path: string[]; value: unknown };

/** Mappings whose keys are free (defaults and jobs merge them key by key); other mappings have required keys and move whole. */
const SPLITTABLE = new Set(['environment', 'secrets', 'tags']);

/** Scalars, lists and whole settings are leaves; free mappings are walked. */
function leaves(value: unknown, path: string[] = []): Leaf[] {
  const splittable = path.length === 0 || SPLITTABLE.has(path[0]!);
  if (splittable && value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

function getIn(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
    obj,
  );
}

function setIn(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let o = obj;
  for (const k of path.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[path.at(-1)!] = value;
}

/** Removes a leaf, and the mappings it leaves empty. */
function deleteIn(obj: Record<string, unknown>, path: string[]): void {
  const parent = getIn(obj, path.slice(0, -1)) as Record<string, unknown>;
  delete parent[path.at(-1)!];
  if (path.length > 1 && Object.keys(parent).length === 0) deleteIn(obj, path.slice(0, -1));
}

/** Keys a job keeps whatever the others say: they are what makes it this job. */
const OWN_KEYS = new Set(['description', 'schedule', 'enabled', 'command', 'replaces']);

/**
 * A setting goes into `defaults` when every job has one (so no job inherits what it did not have)
 * and one value is shared by most jobs, at least two; jobs with another value keep their own.
 */
function factorDefaults(specs: JobSpec[]): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  if (specs.length < 2) return defaults;
  const paths = new Map<string, string[]>();
  for (const spec of specs)
    for (const { path } of leaves(spec)) if (!OWN_KEYS.has(path[0]!)) paths.set(JSON.stringify(path), path);
  for (const path of paths.values()) {
    const values = specs.map((s) => getIn(s, path));
    if (values.some((v) => v === undefined)) continue;
    const counts = new Map<string, number>();
    for (const v of values) counts.set(JSON.stringify(v), (counts.get(JSON.stringify(v)) ?? 0) + 1);
    const [top, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    if (count < 2 || count * 2 <= specs.length) continue;
    setIn(defaults, path, JSON.parse(top));
    for (const spec of specs)
      if (JSON.stringify(getIn(spec, path)) === top) deleteIn(spec as Record<string, unknown>, path);
  }
  return defaults;
}

/** A comment line: one line, no control characters (a value from AWS must not end the comment). */
const commentLine = (text: string) => ` ${text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')}`;

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function importManifest(discovery: Discovery, options: ImportOptions): ImportResult {
  const taken = new Set<string>();
  const drafts = discovery.found.map((f) =>
    draftJob(
      f,
      jobNameFrom(
        f.targetId !== undefined && discovery.found.filter((o) => o.kind === 'rule' && o.name === f.name).length > 1
          ? `${f.name}-${f.targetId}`
          : f.name.replace(/^.*\//, ''),
        options.project,
        taken,
      ),
      options.project,
    ),
  );
  drafts.sort((a, b) => a.job.localeCompare(b.job));

  const repository =
    mostCommon(drafts.flatMap((d) => (d.repository ? [d.repository] : []))) ?? `${options.project}-batch`;
  for (const d of drafts) {
    if (d.repository !== repository)
      d.decide.push(
        `it ran ${d.image ?? 'an image ecs-batch cannot read'}; a manifest has one image (${repository}), which this job will run`,
      );
    else if (d.image && !/^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//.test(d.image)) {
      d.decide.push(
        `it ran ${d.image}, which is not in ECR: a deploy runs the image your workflow builds and ` +
          `pushes to the ECR repository ${repository}`,
      );
    }
    if (options.backend === 'rules' && d.spec.timezone !== 'UTC')
      d.decide.push(
        `it runs in time zone ${d.spec.timezone}; EventBridge rules run in UTC only: keep backend ` +
          `scheduler, or rewrite the expression in UTC`,
      );
    // A rule's target role trusts events.amazonaws.com; EventBridge Scheduler must be able to assume the role it runs.
    if (options.backend === 'scheduler' && d.ref.startsWith('rule/') && d.spec.schedulerRoleArn)
      d.decide.push(
        `its role ${d.spec.schedulerRoleArn} was the rule's target role (trusted by events.amazonaws.com): EventBridge ` +
          'Scheduler must be able to assume it too; add scheduler.amazonaws.com to its trust policy, use another ' +
          'schedulerRoleArn, or import with --backend rules',
      );
  }

  // One base file per distinct shape, named after the first job that has it.
  const baseFiles: Record<string, Record<string, unknown>> = {};
  const byShape = new Map<string, string>();
  for (const d of drafts) {
    if (!d.base) continue;
    const shape = JSON.stringify(d.base);
    if (!byShape.has(shape)) {
      const file = `${options.baseDir}/${d.job}.json`;
      byShape.set(shape, file);
      baseFiles[file] = d.base;
    }
    const { replaces, ...rest } = d.spec;
    d.spec = { ...rest, taskDefinition: byShape.get(shape)!, replaces };
  }

  const defaults = factorDefaults(drafts.map((d) => d.spec));
  const document: ManifestDocument = {
    $schema: SCHEMA_URL,
    version: 1,
    project: options.project,
    cluster: discovery.cluster,
    ...(options.backend === 'rules' ? { backend: 'rules' as const } : {}),
    image: { repository },
    ...(Object.keys(defaults).length ? { defaults } : {}),
    jobs: Object.fromEntries(drafts.map((d) => [d.job, d.spec])),
  };
  return {
    document,
    yaml: manifestYaml(document, drafts, discovery),
    baseFiles,
    jobs: drafts.map(({ job, ref, decide }) => ({ job, ref, decide })),
  };
}

function manifestYaml(document: ManifestDocument, drafts: Draft[], discovery: Discovery): string {
  const doc = new Document(document);
  doc.commentBefore = [
    ` yaml-language-server: $schema=${SCHEMA_URL}`,
    commentLine(
      `Imported by \`ecs-batch import\` from the scheduled tasks on cluster ${discovery.cluster} (${discovery.region}).`,
    ),
    " Review it in a pull request. The first deploy creates each job's own schedule, then deletes",
    ' the hand-made rule or schedule it `replaces:` (never a task definition), so no job runs twice.',
  ].join('\n');
  const jobs = doc.get('jobs', true);
  if (isMap(jobs)) {
    for (const pair of jobs.items as Pair[]) {
      const draft = drafts.find((d) => isScalar(pair.key) && d.job === pair.key.value);
      if (!draft || !isScalar(pair.key)) continue;
      const where = draft.ref.startsWith('rule/')
        ? `rule ${draft.ref.split('/')[1]}`
        : `schedule ${draft.ref.slice('schedule/'.length)}`;
      const lines = [
        commentLine(`from ${where}${draft.spec.enabled === false ? ' (disabled there: imported disabled)' : ''}`),
        ...draft.decide.map((d) => commentLine(`DECIDE: ${d}`)),
      ];
      pair.key.commentBefore = lines.join('\n');
      pair.key.spaceBefore = pair !== jobs.items[0];
    }
  }
  // Short lists of scalars on one line, as people write them: command: [php, artisan, sweep].
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return yamlText(doc, { lineWidth: 0, flowCollectionPadding: false });
}
