/** Where and how a job runs: launch type, size, network, the base task definition, the target it rides in. */
import { FARGATE_SIZES, TARGET_INPUT_MAX, fargateMemoryText } from '../../aws/limits.ts';
import { foreignTaskDefinitionKeys, isFargate, networkModeOf } from '../compute.ts';
import type { JobSpec, LaunchType, ResolvedJob } from '../types.ts';
import { type CheckReporter, type JobCheckContext } from './context.ts';

const EPHEMERAL_STORAGE_GIB = { min: 21, max: 200 } as const;

export function checkCompute(name: string, job: JobSpec, ctx: JobCheckContext): void {
  const { report } = ctx;
  const at = (key: string) => report.sourceOf(name, [key]);
  if (job.launchType && job.capacityProviderStrategy) {
    report.error(
      at('capacityProviderStrategy'),
      `set either launchType or capacityProviderStrategy, not both (ECS refuses RunTask with both)`,
      'key',
    );
  }
  const launchType: LaunchType | undefined = job.launchType ?? (job.capacityProviderStrategy ? undefined : 'FARGATE');
  const fargate =
    launchType === 'FARGATE' ||
    (job.capacityProviderStrategy ?? []).some((p) => /^FARGATE(_SPOT)?$/.test(p.capacityProvider));
  if (fargate) {
    if (job.cpu === undefined || job.memory === undefined) {
      report.error(
        at(job.cpu === undefined ? 'cpu' : 'memory'),
        `Fargate tasks need both cpu and memory; set defaults.cpu and defaults.memory (e.g. 256 and 512)`,
        'key',
      );
    } else {
      const allowed = FARGATE_SIZES.get(job.cpu);
      if (!allowed) {
        const cpus = [...FARGATE_SIZES.keys()];
        const near = cpus.reduce((a, b) => (Math.abs(b - job.cpu!) < Math.abs(a - job.cpu!) ? b : a));
        report.error(
          at('cpu'),
          `cpu ${job.cpu} is not a Fargate size; use one of ${cpus.join(', ')} (nearest: ${near})`,
          'value',
        );
      } else if (!allowed.includes(job.memory)) {
        report.error(
          at('memory'),
          `memory ${job.memory} does not fit Fargate cpu ${job.cpu}; allowed: ${fargateMemoryText(job.cpu)} MiB`,
          'value',
        );
      }
    }
    if (!job.network) {
      report.error(
        at('network'),
        `Fargate tasks use awsvpc networking: set defaults.network.subnets (and securityGroups)`,
        'key',
      );
    }
    if (!job.executionRoleArn) {
      report.error(
        at('executionRoleArn'),
        `Fargate tasks need an executionRoleArn to pull the image from ECR and write logs`,
        'key',
      );
    }
    if (
      job.ephemeralStorageGiB !== undefined &&
      (job.ephemeralStorageGiB < EPHEMERAL_STORAGE_GIB.min || job.ephemeralStorageGiB > EPHEMERAL_STORAGE_GIB.max)
    ) {
      report.error(
        at('ephemeralStorageGiB'),
        `ephemeralStorageGiB must be ${EPHEMERAL_STORAGE_GIB.min}-${EPHEMERAL_STORAGE_GIB.max}`,
        'value',
      );
    }
  } else if (job.memory === undefined) {
    report.error(
      at('memory'),
      `set memory (MiB) for ${launchType ?? 'capacity provider'} tasks: ECS needs a memory limit for the container`,
      'key',
    );
  }
  if (!fargate && job.ephemeralStorageGiB !== undefined) {
    report.error(at('ephemeralStorageGiB'), `ephemeralStorageGiB applies to Fargate tasks only`, 'key');
  }
}

/**
 * Networking and placement, once the base task definition is read (its networkMode counts):
 * awsvpc needs subnets, Fargate needs awsvpc and takes no placement, platformVersion is Fargate's.
 */
export function checkNetworking(job: ResolvedJob, report: CheckReporter): void {
  const at = (...key: string[]) => report.sourceOf(job.name, key);
  const fargate = isFargate(job);
  const mode = networkModeOf(job);
  const from = job.networkMode
    ? ''
    : job.baseTaskDefinition?.networkMode === mode && !fargate && !job.network
      ? ' (from the base task definition)'
      : '';
  if (fargate && mode !== 'awsvpc') {
    report.error(
      at('networkMode'),
      `Fargate tasks need networkMode awsvpc, not ${mode}; remove networkMode (or use an EC2 launch type or capacity provider for ${mode})`,
      'value',
    );
  } else if (mode === 'awsvpc' && !job.network && !fargate) {
    report.error(
      at(job.networkMode ? 'networkMode' : 'taskDefinition'),
      `networkMode awsvpc${from} needs network: set defaults.network.subnets (and securityGroups); ` +
        `each task gets its own network interface in them`,
      'key',
    );
  } else if (mode !== 'awsvpc' && job.network) {
    report.error(
      at('network'),
      `network (subnets, security groups) applies to awsvpc only, and networkMode is ${mode}: remove network, or set networkMode: awsvpc`,
      'key',
    );
  }
  if (job.platformVersion !== undefined && !fargate) {
    report.error(
      at('platformVersion'),
      `platformVersion applies to Fargate only; remove it for ${job.launchType ?? 'capacity provider'} tasks`,
      'key',
    );
  }
  if (fargate && (job.placementConstraints?.length || job.placementStrategy?.length)) {
    report.error(
      at(job.placementStrategy?.length ? 'placementStrategy' : 'placementConstraints'),
      `Fargate places tasks itself: placementConstraints and placementStrategy apply to EC2 tasks only`,
      'key',
    );
  }
  for (const [i, c] of (job.placementConstraints ?? []).entries()) {
    if (c.type === 'memberOf' && !c.expression)
      report.error(
        at('placementConstraints', String(i)),
        `a memberOf constraint needs an expression, e.g. attribute:ecs.availability-zone in [ap-northeast-1a, ap-northeast-1c]`,
        'value',
      );
    if (c.type === 'distinctInstance' && c.expression)
      report.error(at('placementConstraints', String(i), 'expression'), `distinctInstance takes no expression`, 'key');
  }
  for (const [i, p] of (job.placementStrategy ?? []).entries()) {
    if (p.type === 'random' && p.field)
      report.error(at('placementStrategy', String(i), 'field'), `random takes no field`, 'key');
    if (p.type === 'binpack' && p.field !== 'cpu' && p.field !== 'memory')
      report.error(at('placementStrategy', String(i)), `binpack needs field: cpu or field: memory`, 'value');
    if (p.type === 'spread' && !p.field)
      report.error(
        at('placementStrategy', String(i)),
        `spread needs a field: instanceId, or attribute:ecs.availability-zone`,
        'value',
      );
  }
}

/**
 * With shared task definitions each schedule carries its job's command and environment in the
 * target's Input, which AWS caps at TARGET_INPUT_MAX characters: said at the job's line, before a deploy fails.
 */
export function checkTargetInputs(
  jobs: readonly ResolvedJob[],
  inputOf: (job: ResolvedJob) => string,
  report: CheckReporter,
): void {
  for (const job of jobs) {
    const length = inputOf(job).length;
    if (length <= TARGET_INPUT_MAX) continue;
    report.error(
      report.sourceOf(job.name, job.command ? ['command'] : ['environment']),
      `job '${job.name}': its schedule's target Input would be about ${length} characters (with ` +
        `taskDefinitions: shared, its command and environment ride in it); AWS allows ${TARGET_INPUT_MAX}. ` +
        'Shorten them, move values into the image or a base task definition, or use taskDefinitions: per-job',
      'key',
    );
  }
}

/** What the manifest replaces in a base task definition, and what it drops, is said (not silently lost). */
export function checkBaseTaskDefinition(
  job: ResolvedJob,
  file: string,
  rendered: Record<string, unknown>,
  report: CheckReporter,
): void {
  const base = job.baseTaskDefinition;
  if (!base) return;
  const path = report.sourceOf(job.name, ['taskDefinition']);
  const dropped = foreignTaskDefinitionKeys(base);
  if (dropped.length) {
    report.warn(
      path,
      `base task definition ${file}: ${dropped.join(', ')} ` +
        `${dropped.length === 1 ? 'is not a task definition field' : 'are not task definition fields'} and ` +
        `${dropped.length === 1 ? 'is' : 'are'} ignored` +
        (dropped.some((k) => /^placement|networkConfiguration|launchType|capacityProviderStrategy/.test(k))
          ? ' (placement, network and launch settings belong in the manifest: placementStrategy, network, launchType...)'
          : ''),
      'value',
    );
  }
  const replaced = [
    'family',
    'networkMode',
    'requiresCompatibilities',
    'cpu',
    'memory',
    'taskRoleArn',
    'executionRoleArn',
    'runtimePlatform',
    'ephemeralStorage',
  ].filter(
    (k) =>
      k in base &&
      JSON.stringify(base[k]) !== JSON.stringify(rendered[k]) &&
      !(k === 'cpu' || k === 'memory' ? String(base[k]) === String(rendered[k]) : false),
  );
  if (replaced.length) {
    report.warn(
      path,
      `base task definition ${file}: the manifest's ${replaced.join(', ')} replace${replaced.length === 1 ? 's' : ''} ` +
        `the file's (${replaced.map((k) => `${k} ${JSON.stringify(rendered[k] ?? null)}`).join(', ')})`,
      'value',
    );
  }
}
