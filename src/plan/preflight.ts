/**
 * Pre-flight: read-only checks that the first run of every job can start, for reasons visible at merge time. The
 * cluster has the capacity providers the jobs name; the subnets and security groups exist, each job's in one VPC;
 * each role exists and trusts the service that uses it; each secret exists (never a read of its value); and no image
 * the jobs run (the new one, or one a live task definition pins) is expired by the repository's lifecycle policy.
 * A check whose read is denied is skipped with a notice: the plan role may not have it.
 */
import { DescribeClustersCommand } from '@aws-sdk/client-ecs';
import { DescribeSecurityGroupsCommand, DescribeSubnetsCommand } from '@aws-sdk/client-ec2';
import { GetLifecyclePolicyCommand, paginateDescribeImages } from '@aws-sdk/client-ecr';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import { DescribeSecretCommand } from '@aws-sdk/client-secrets-manager';
import { paginateDescribeParameters } from '@aws-sdk/client-ssm';
import type { AwsClients } from '../aws/clients.ts';
import { expiredImages } from '../aws/ecr-lifecycle.ts';
import { EC2_FILTER_VALUES_MAX, PAGE_SIZE, PREFLIGHT_IN_FLIGHT, SSM_FILTER_VALUES_MAX } from '../aws/limits.ts';
import { trustFor } from '../aws/trust.ts';
import { secretReference } from '../aws/arn.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { mapLimit } from '../util/concurrency.ts';

export interface PreflightProblem {
  severity: 'error' | 'warning';
  /** The job whose setting it is; none for a setting of the whole manifest. */
  job?: string;
  /** The setting, as the job (or the manifest) writes it. */
  key: string[];
  message: string;
}

export interface Preflight {
  problems: PreflightProblem[];
  /** Checks not made, each with why (a read the role may not make). */
  skipped: string[];
  /** AWS calls the checks made. */
  reads: number;
}

export interface PreflightContext {
  clusterArn: string;
  region: string;
  /** The digest this plan deploys, and the digests live task definitions pin (still in use until the deploy). */
  digests: { deploying: string; live: string[] };
}

const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation', 'UnauthorizedException']);
const isDenied = (e: unknown) =>
  e instanceof Error &&
  (DENIED.has(e.name) || (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 403);

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

type Check = (clients: AwsClients, manifest: ResolvedManifest, ctx: PreflightContext, out: Preflight) => Promise<void>;

const unique = (values: (string | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))];

/** Capacity providers a strategy (or spotFallback) names must be attached to the cluster; EC2 needs instances. */
const checkCluster: Check = async (clients, manifest, ctx, out) => {
  out.reads++;
  const cluster = (await clients.ecs.send(new DescribeClustersCommand({ clusters: [ctx.clusterArn] }))).clusters?.[0];
  if (!cluster) return;
  const attached = new Set(cluster.capacityProviders ?? []);
  for (const job of manifest.jobs) {
    const named = [...(job.capacityProviderStrategy ?? []).map((p) => p.capacityProvider), job.spotFallback];
    for (const provider of unique(named).filter((p) => !attached.has(p)))
      out.problems.push({
        severity: 'error',
        job: job.name,
        key: job.spotFallback === provider ? ['spotFallback'] : ['capacityProviderStrategy'],
        message:
          `capacity provider ${provider} is not attached to cluster ${manifest.cluster} ` +
          `(it has: ${[...attached].join(', ') || 'none'}): attach it (PutClusterCapacityProviders), or name one it has`,
      });
  }
  if (manifest.jobs.some((j) => j.launchType === 'EC2') && !cluster.registeredContainerInstancesCount)
    out.problems.push({
      severity: 'warning',
      job: manifest.jobs.find((j) => j.launchType === 'EC2')!.name,
      key: ['launchType'],
      message: `cluster ${manifest.cluster} has no container instances: an EC2 job cannot be placed until it has`,
    });
};

/** Subnets and security groups exist, and a job's are in one VPC (read by filter: missing ids are not an error). */
const checkNetwork: Check = async (clients, manifest, _ctx, out) => {
  const jobs = manifest.jobs.filter((j) => j.network);
  const subnetIds = unique(jobs.flatMap((j) => j.network?.subnets ?? []));
  const groupIds = unique(jobs.flatMap((j) => j.network?.securityGroups ?? []));
  const vpcOf = new Map<string, string>();
  const publicOnLaunch = new Set<string>();
  for (const ids of chunks(subnetIds, EC2_FILTER_VALUES_MAX)) {
    out.reads++;
    const page = await (
      await clients.preflight()
    ).ec2.send(new DescribeSubnetsCommand({ Filters: [{ Name: 'subnet-id', Values: ids }] }));
    for (const s of page.Subnets ?? []) {
      if (s.SubnetId && s.VpcId) vpcOf.set(s.SubnetId, s.VpcId);
      if (s.SubnetId && s.MapPublicIpOnLaunch) publicOnLaunch.add(s.SubnetId);
    }
  }
  for (const ids of chunks(groupIds, EC2_FILTER_VALUES_MAX)) {
    out.reads++;
    const page = await (
      await clients.preflight()
    ).ec2.send(new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'group-id', Values: ids }] }));
    for (const g of page.SecurityGroups ?? []) if (g.GroupId && g.VpcId) vpcOf.set(g.GroupId, g.VpcId);
  }
  for (const job of jobs) {
    const net = job.network!;
    for (const [key, ids, what] of [
      ['subnets', net.subnets ?? [], 'subnet'],
      ['securityGroups', net.securityGroups ?? [], 'security group'],
    ] as const)
      for (const id of ids.filter((i) => !vpcOf.has(i)))
        out.problems.push({
          severity: 'error',
          job: job.name,
          key: ['network', key],
          message: `${what} ${id} does not exist in this account and region: fix the id, or create it`,
        });
    const privateSubnets = (net.subnets ?? []).filter((s) => vpcOf.has(s) && !publicOnLaunch.has(s));
    if (net.assignPublicIp === 'ENABLED' && privateSubnets.length)
      out.problems.push({
        severity: 'warning',
        job: job.name,
        key: ['network', 'assignPublicIp'],
        message:
          `assignPublicIp is ENABLED, and subnet ${privateSubnets.join(', ')} does not give public IPs on launch ` +
          '(a private subnet?): the task reaches the internet (and pulls its image) only if the route table has an ' +
          'internet gateway; in a private subnet, use DISABLED and a NAT gateway or VPC endpoints',
      });
    const subnetVpcs = unique((net.subnets ?? []).map((s) => vpcOf.get(s)));
    const home = subnetVpcs[0];
    if (subnetVpcs.length > 1)
      out.problems.push({
        severity: 'error',
        job: job.name,
        key: ['network', 'subnets'],
        message: `the subnets are in ${subnetVpcs.length} VPCs (${subnetVpcs.join(', ')}): a task's subnets share one`,
      });
    for (const id of net.securityGroups ?? []) {
      const vpc = vpcOf.get(id);
      if (home && vpc && vpc !== home)
        out.problems.push({
          severity: 'error',
          job: job.name,
          key: ['network', 'securityGroups'],
          message: `security group ${id} is in ${vpc}, the subnets in ${home}: use a security group of ${home}`,
        });
    }
  }
};

/** Which service assumes each role a job names, and the key that names it. */
function rolesOf(manifest: ResolvedManifest, job: ResolvedJob): { arn: string; service: string; key: string }[] {
  const roles: { arn: string | undefined; service: string; key: string }[] = [
    { arn: job.executionRoleArn, service: 'ecs-tasks.amazonaws.com', key: 'executionRoleArn' },
    { arn: job.taskRoleArn, service: 'ecs-tasks.amazonaws.com', key: 'taskRoleArn' },
  ];
  const root = manifest.chains.some((c) => c.root === job.name);
  if (!job.after?.length)
    roles.push({
      arn: job.schedulerRoleArn,
      service: manifest.backend === 'rules' ? 'events.amazonaws.com' : 'scheduler.amazonaws.com',
      key: 'schedulerRoleArn',
    });
  if (root) roles.push({ arn: job.stateMachineRoleArn, service: 'states.amazonaws.com', key: 'stateMachineRoleArn' });
  return roles.filter((r): r is { arn: string; service: string; key: string } => Boolean(r.arn));
}

const roleName = (arn: string) => arn.slice(arn.lastIndexOf('/') + 1);

/** Each role exists and trusts the service that assumes it (a trust with conditions is reported as written). */
const checkRoles: Check = async (clients, manifest, _ctx, out) => {
  const uses = manifest.jobs.flatMap((job) => rolesOf(manifest, job).map((r) => ({ ...r, job: job.name })));
  const arns = unique(uses.map((u) => u.arn));
  const trust = new Map<string, string | null>();
  let denied: unknown;
  await mapLimit(arns, PREFLIGHT_IN_FLIGHT, async (arn) => {
    out.reads++;
    try {
      const role = await (await clients.preflight()).iam.send(new GetRoleCommand({ RoleName: roleName(arn) }));
      trust.set(arn, role.Role?.AssumeRolePolicyDocument ?? '');
    } catch (e) {
      if ((e as Error).name === 'NoSuchEntity' || (e as Error).name === 'NoSuchEntityException') trust.set(arn, null);
      else denied ??= e;
    }
  });
  if (denied) throw denied;
  const seen = new Set<string>();
  for (const use of uses) {
    const id = `${use.arn}|${use.service}|${use.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const document = trust.get(use.arn);
    const problem = (severity: PreflightProblem['severity'], message: string) =>
      out.problems.push({ severity, job: use.job, key: [use.key], message });
    if (document === null) problem('error', `role ${use.arn} does not exist: create it, or fix ${use.key}`);
    else if (document !== undefined) {
      const verdict = trustFor(document, use.service);
      if (verdict.trusted === 'conditional')
        problem(
          'warning',
          `role ${roleName(use.arn)} trusts ${use.service} only with conditions ${verdict.conditions}`,
        );
      else if (!verdict.trusted)
        problem(
          'error',
          `role ${roleName(use.arn)} does not trust ${use.service}` +
            (verdict.services.length ? ` (it trusts ${verdict.services.join(', ')})` : '') +
            `: add ${use.service} to its trust policy, or use a role made for it`,
        );
    }
  }
};

/** Each secret exists: SSM parameters by name in batches, Secrets Manager secrets one by one. Never their values. */
const checkSecrets: Check = async (clients, manifest, ctx, out) => {
  const where = { region: ctx.region, account: ctx.clusterArn.split(':')[4] };
  // Another region's or account's secrets are read by the task in its own right: not from here.
  const uses = manifest.jobs.flatMap((job) =>
    Object.entries(job.secrets).flatMap(([name, ref]) => {
      const target = secretReference(ref, where);
      return target?.local ? [{ job, name, target }] : [];
    }),
  );
  const names = unique(uses.map((u) => (u.target.kind === 'parameter' ? u.target.name : undefined)));
  const found = new Set<string>();
  for (const batch of chunks(names, SSM_FILTER_VALUES_MAX))
    for await (const page of paginateDescribeParameters(
      { client: (await clients.preflight()).ssm, pageSize: SSM_FILTER_VALUES_MAX },
      { ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: batch }] },
    )) {
      out.reads++;
      for (const p of page.Parameters ?? []) if (p.Name) found.add(p.Name);
    }
  const secretIds = unique(uses.map((u) => (u.target.kind === 'secret' ? u.target.id : undefined)));
  const missingSecrets = new Set<string>();
  await mapLimit(secretIds, PREFLIGHT_IN_FLIGHT, async (id) => {
    out.reads++;
    try {
      await (await clients.preflight()).secrets.send(new DescribeSecretCommand({ SecretId: id }));
    } catch (e) {
      if ((e as Error).name === 'ResourceNotFoundException') missingSecrets.add(id);
      else throw e;
    }
  });
  for (const { job, name, target } of uses) {
    const missing = target.kind === 'parameter' ? !found.has(target.name) : missingSecrets.has(target.id);
    if (missing)
      out.problems.push({
        severity: 'error',
        job: job.name,
        key: ['secrets', name],
        message:
          target.kind === 'parameter'
            ? `SSM parameter ${target.name} does not exist in ${ctx.region}: create it, or fix the secret's ARN`
            : `secret ${target.id} does not exist in Secrets Manager: create it, or fix the secret's ARN`,
      });
  }
};

/** No image the jobs run is expired by the repository's lifecycle policy (evaluated here: reads only). */
const checkLifecycle: Check = async (clients, manifest, ctx, out) => {
  const repositoryName = manifest.image.repository;
  let policy: string | undefined;
  out.reads++;
  try {
    policy = (await clients.ecr.send(new GetLifecyclePolicyCommand({ repositoryName }))).lifecyclePolicyText;
  } catch (e) {
    if (['LifecyclePolicyNotFoundException', 'RepositoryNotFoundException'].includes((e as Error).name)) return;
    throw e;
  }
  if (!policy) return;
  const images: { digest: string; tags: string[]; pushedAt: number }[] = [];
  for await (const page of paginateDescribeImages(
    { client: clients.ecr, pageSize: PAGE_SIZE.DescribeImages },
    { repositoryName },
  )) {
    out.reads++;
    for (const i of page.imageDetails ?? [])
      if (i.imageDigest)
        images.push({ digest: i.imageDigest, tags: i.imageTags ?? [], pushedAt: i.imagePushedAt?.getTime() ?? 0 });
  }
  const expired = expiredImages(policy, images, Date.now());
  if (!expired) {
    out.skipped.push(
      `pre-flight: image lifecycle not checked (the lifecycle policy of ${repositoryName} is not one it reads)`,
    );
    return;
  }
  for (const digest of unique([ctx.digests.deploying, ...ctx.digests.live])) {
    const rule = expired.get(digest);
    if (!rule) continue;
    out.problems.push({
      severity: 'error',
      key: ['image', 'repository'],
      message:
        `the lifecycle policy of ${repositoryName} expires image ${digest.slice(0, 19)}… ` +
        `(${digest === ctx.digests.deploying ? 'the image this deploys' : 'an image live schedules run'}) by its ` +
        `rule ${rule.rulePriority}${rule.description ? ` (${rule.description})` : ''}: add a rule with a lower ` +
        `rulePriority that keeps the images in use (tagStatus tagged, a tag prefix they carry, imageCountMoreThan ` +
        `9999), or change that rule`,
    });
  }
};

const CHECKS: { name: string; permission: string; check: Check }[] = [
  { name: 'cluster capacity providers', permission: 'ecs:DescribeClusters', check: checkCluster },
  {
    name: 'subnets and security groups',
    permission: 'ec2:DescribeSubnets, ec2:DescribeSecurityGroups',
    check: checkNetwork,
  },
  { name: 'roles and their trust', permission: 'iam:GetRole', check: checkRoles },
  { name: 'secrets', permission: 'ssm:DescribeParameters, secretsmanager:DescribeSecret', check: checkSecrets },
  { name: 'image lifecycle', permission: 'ecr:GetLifecyclePolicy, ecr:DescribeImages', check: checkLifecycle },
];

export async function preflight(
  clients: AwsClients,
  manifest: ResolvedManifest,
  ctx: PreflightContext,
): Promise<Preflight> {
  const out: Preflight = { problems: [], skipped: [], reads: 0 };
  await Promise.all(
    CHECKS.map(async ({ name, permission, check }) => {
      try {
        await check(clients, manifest, ctx, out);
      } catch (e) {
        if (!isDenied(e)) throw e;
        out.skipped.push(`pre-flight: ${name} not checked (${permission} denied to this role)`);
      }
    }),
  );
  const order = (p: PreflightProblem) => manifest.jobs.findIndex((j) => j.name === p.job);
  out.problems.sort((a, b) => order(a) - order(b));
  out.skipped.sort();
  return out;
}
