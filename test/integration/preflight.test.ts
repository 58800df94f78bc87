/**
 * Pre-flight on the emulator: a manifest with one planted defect per job gets exactly one error per defect from
 * `plan`, each at its line, and `deploy` writes nothing; the same manifest without the defects gets none; a read the
 * role may not make skips its check with a notice and the other checks still run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { deploymentReport } from '../../src/report/deployment.ts';
import { expireTaggedPolicy } from '../helpers/lifecycle.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { scratchDir } from '../helpers/processes.ts';
import { TEST_VPC } from '../fake-aws/seed.ts';
import { liveTag } from '../../src/apply/image-tags.ts';
import { lifecyclePolicy } from '../../src/apply/repository.ts';

const ROLE = 'arn:aws:iam::123456789012:role';
const SSM = 'arn:aws:ssm:ap-northeast-1:123456789012:parameter';
const SECRETS = 'arn:aws:secretsmanager:ap-northeast-1:123456789012:secret';

/** Each job carries one defect (the comment says which); `clean` writes the working value instead. */
const manifest = (clean: boolean) => `version: 1
project: pre
cluster: batch
image: { repository: pre-batch }
defaults:
  cpu: 256
  memory: 512
  executionRoleArn: ${ROLE}/exec
  taskRoleArn: ${ROLE}/task
  schedulerRoleArn: ${ROLE}/invoke
  network: { subnets: [subnet-0a1b], securityGroups: [sg-0c2d] }
  logs: { group: /ecs-batch/pre }
jobs:
  no-subnet:
    schedule: cron(0 1 * * ? *)
    network: { subnets: [${clean ? 'subnet-0a1b' : 'subnet-missing'}], securityGroups: [sg-0c2d] }
  other-vpc:
    schedule: cron(0 2 * * ? *)
    network: { subnets: [subnet-0a1b], securityGroups: [${clean ? 'sg-0c2d' : 'sg-elsewhere'}] }
  wrong-trust:
    schedule: cron(0 3 * * ? *)
    taskRoleArn: ${ROLE}/${clean ? 'task' : 'lambda-role'}
  events-role:
    schedule: cron(0 4 * * ? *)
    schedulerRoleArn: ${ROLE}/${clean ? 'invoke' : 'events-only'}
  no-parameter:
    schedule: cron(0 5 * * ? *)
    secrets: { DB_PASSWORD: ${SSM}/${clean ? 'db-password' : 'not-there'} }
  no-secret:
    schedule: cron(0 6 * * ? *)
    secrets: { API_TOKEN: ${SECRETS}:${clean ? 'db-AbCdEf' : 'gone-XyZ123'} }
  no-provider:
    schedule: cron(0 7 * * ? *)
    capacityProviderStrategy: [{ capacityProvider: ${clean ? 'FARGATE_SPOT' : 'batch-asg'}, weight: 1 }]
`;

let aws: FakeSetup;
let expiring: string;
let keeping: string;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
  aws.fake.createSecurityGroup('sg-elsewhere', 'vpc-0other');
  aws.fake.createRole('lambda-role', ['lambda.amazonaws.com']);
  aws.fake.createRole('events-only', ['events.amazonaws.com']);
  // A repository whose policy expires images tagged tmp- after a day: the one pushed 3 days ago goes.
  expiring = aws.fake.seedImage('pre-batch', 'tmp-old').uri;
  keeping = aws.fake.seedImage('pre-batch', 'v1').uri;
  const repo = aws.fake.state.repositories.get('pre-batch')!;
  repo.images[0]!.pushedAt -= 3 * 86_400_000;
  repo.lifecyclePolicy = expireTaggedPolicy('tmp-', 1, 'drop temporary builds');
});
afterAll(() => aws.stop());

const run = (clean: boolean, image: string, dryRun: boolean) =>
  release({
    manifest: join(scratchDir({ 'ecs-batch.yml': manifest(clean) }), 'ecs-batch.yml'),
    image,
    dryRun,
    prune: true,
    clients: aws.clients,
  });

describe('pre-flight', () => {
  it('one error per planted defect, each at its line, and what to do', async () => {
    const outcome = await run(false, expiring, true);
    const errors = outcome.preflight!.diagnostics.filter((d) => d.severity === 'error');
    const at = (path: string) => errors.filter((d) => d.path === path).map((d) => `${d.line}: ${d.message}`);
    expect(at('jobs.no-subnet.network.subnets')).toEqual([
      '16: subnet subnet-missing does not exist in this account and region: fix the id, or create it',
    ]);
    expect(at('jobs.other-vpc.network.securityGroups')).toEqual([
      `19: security group sg-elsewhere is in vpc-0other, the subnets in ${TEST_VPC}: use a security group of ${TEST_VPC}`,
    ]);
    expect(at('jobs.wrong-trust.taskRoleArn')).toEqual([
      '22: role lambda-role does not trust ecs-tasks.amazonaws.com (it trusts lambda.amazonaws.com): add ' +
        'ecs-tasks.amazonaws.com to its trust policy, or use a role made for it',
    ]);
    expect(at('jobs.events-role.schedulerRoleArn')).toEqual([
      expect.stringMatching(
        /^25: role events-only does not trust scheduler\.amazonaws\.com \(it trusts events\.amazonaws\.com\)/,
      ),
    ]);
    expect(at('jobs.no-parameter.secrets.DB_PASSWORD')).toEqual([
      expect.stringMatching(/^28: SSM parameter not-there does not exist in ap-northeast-1/),
    ]);
    expect(at('jobs.no-secret.secrets.API_TOKEN')).toEqual([
      expect.stringMatching(/^31: secret .*:secret:gone-XyZ123 does not exist in Secrets Manager/),
    ]);
    expect(at('jobs.no-provider.capacityProviderStrategy')).toEqual([
      expect.stringMatching(
        /^34: capacity provider batch-asg is not attached to cluster batch \(it has: FARGATE, FARGATE_SPOT\)/,
      ),
    ]);
    expect(at('image.repository')).toEqual([
      expect.stringMatching(
        /^4: the lifecycle policy of pre-batch expires image sha256:.* \(the image this deploys\) by its rule 1 \(drop temporary builds\)/,
      ),
    ]);
    expect(errors).toHaveLength(8);
    expect(deploymentReport(outcome, Date.now()).status).toBe('refused');
  });

  it('a deploy of that manifest writes nothing', async () => {
    aws.fake.calls.reset();
    const outcome = await run(false, expiring, false);
    expect(outcome.apply).toBeUndefined();
    expect(aws.fake.calls.writes()).toEqual([]);
  });

  it('the same manifest without the defects: no problem, and the deploy goes on', async () => {
    const planned = await run(true, keeping, true);
    expect(planned.preflight).toMatchObject({ diagnostics: [], skipped: [] });
    // The reads, batched: one cluster, one subnets, one security groups, 3 roles, one parameters page, one secret,
    // the lifecycle policy and one page of images.
    expect(planned.preflight!.reads).toBe(10);
    const deployed = await run(true, keeping, false);
    expect(deployed.apply?.ok).toBe(true);
  });

  it('a public IP asked for in a subnet that gives none on launch is a warning; in a public subnet, nothing', async () => {
    aws.fake.createSubnet('subnet-public', TEST_VPC, { mapPublicIpOnLaunch: true });
    const withIp = (subnet: string) =>
      manifest(true).replace(
        'network: { subnets: [subnet-0a1b], securityGroups: [sg-0c2d] }\n  logs',
        `network: { subnets: [${subnet}], securityGroups: [sg-0c2d], assignPublicIp: ENABLED }\n  logs`,
      );
    const plan = (text: string) =>
      release({
        manifest: join(scratchDir({ 'ecs-batch.yml': text }), 'ecs-batch.yml'),
        image: keeping,
        dryRun: true,
        prune: true,
        clients: aws.clients,
      });
    const private_ = (await plan(withIp('subnet-0a1b'))).preflight!.diagnostics;
    expect(private_.map((d) => [d.severity, d.path])).toEqual([['warning', 'defaults.network.assignPublicIp']]);
    expect(private_[0]!.message).toMatch(/subnet subnet-0a1b does not give public IPs on launch/);
    // Jobs with a network of their own (subnet-0a1b) still inherit assignPublicIp: only those are warned about.
    const public_ = (await plan(withIp('subnet-public'))).preflight!.diagnostics;
    expect(public_.filter((d) => d.message.includes('subnet-public'))).toEqual([]);
    expect(public_.map((d) => d.message.match(/subnet (subnet-\w+)/)?.[1])).toEqual(['subnet-0a1b']);
  });

  it('a read the role may not make skips its check with a notice; the others still run', async () => {
    aws.fake.faults.failures.push({
      operation: 'DescribeSubnets',
      code: 'UnauthorizedOperation',
      status: 403,
      message: 'You are not authorized to perform this operation.',
    });
    const outcome = await run(false, expiring, true);
    expect(outcome.preflight!.skipped).toEqual([
      'pre-flight: subnets and security groups not checked (ec2:DescribeSubnets, ec2:DescribeSecurityGroups denied to this role)',
    ]);
    const paths = outcome.preflight!.diagnostics.map((d) => d.path);
    expect(paths).not.toContain('jobs.no-subnet.network.subnets');
    expect(paths).toContain('jobs.wrong-trust.taskRoleArn');
    expect(deploymentReport(outcome, Date.now()).warnings).toContain(outcome.preflight!.skipped[0]);
  });
});

describe('images in use are tagged, so the lifecycle policy keeps them', () => {
  const keepManifest = manifest(true).replace('project: pre', 'project: keep').replace('pre-batch', 'keep-batch');
  const file = () => join(scratchDir({ 'ecs-batch.yml': keepManifest }), 'ecs-batch.yml');
  const deploy = (image: string) =>
    release({ manifest: file(), image, dryRun: false, prune: true, clients: aws.clients });
  const digests = () => aws.fake.state.repositories.get('keep-batch')!.images.map((i) => i.digest);
  const tagsOf = (digest: string) =>
    aws.fake.state.repositories.get('keep-batch')!.images.find((i) => i.digest === digest)?.tags;

  it('the deployed image and the one before survive a lifecycle run that keeps one image; older ones go', async () => {
    const a = aws.fake.seedImage('keep-batch', 'build-a');
    aws.fake.state.repositories.get('keep-batch')!.lifecyclePolicy = JSON.stringify({
      rules: [
        {
          rulePriority: 1,
          description: 'keep what ecs-batch runs',
          selection: {
            tagStatus: 'tagged',
            tagPrefixList: ['ecs-batch-'],
            countType: 'imageCountMoreThan',
            countNumber: 9999,
          },
          action: { type: 'expire' },
        },
        {
          rulePriority: 2,
          description: 'keep one image',
          selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 1 },
          action: { type: 'expire' },
        },
      ],
    });
    expect((await deploy(a.uri)).imageTags).toEqual({ tagged: [liveTag('keep', a.digest)], untagged: [], kept: [] });
    const b = aws.fake.seedImage('keep-batch', 'build-b');
    const second = await deploy(b.uri);
    expect(second.preflight?.diagnostics).toEqual([]);
    expect(second.imageTags).toEqual({ tagged: [liveTag('keep', b.digest)], untagged: [], kept: [] });
    const unused = aws.fake.seedImage('keep-batch', 'build-c');
    const newest = aws.fake.seedImage('keep-batch', 'build-d');
    // Pushed in order, a millisecond apart at least: the lifecycle count sorts by push time.
    aws.fake.state.repositories
      .get('keep-batch')!
      .images.forEach((i, n) => (i.pushedAt = Date.now() - (10 - n) * 1000));
    expect(aws.fake.runLifecycle('keep-batch')).toEqual([unused.digest]);
    expect(digests()).toEqual([a.digest, b.digest, newest.digest]);

    // The next deploy keeps the new image and the one before; the oldest loses its tag (not its own) and then goes.
    aws.fake.calls.reset();
    const third = await deploy(newest.uri);
    expect(third.imageTags).toEqual({
      tagged: [liveTag('keep', newest.digest)],
      untagged: [liveTag('keep', a.digest)],
      kept: [],
    });
    expect(tagsOf(a.digest)).toEqual(['build-a']);
    expect(aws.fake.runLifecycle('keep-batch')).toEqual([a.digest]);
    expect(digests()).toEqual([b.digest, newest.digest]);
    aws.fake.calls.reset();
    expect((await deploy(newest.uri)).imageTags).toEqual({ tagged: [], untagged: [], kept: [] });
    expect(aws.fake.calls.writes()).toEqual([]);
  });

  it('a repository ecs-batch creates keeps its tagged images by a rule of the highest priority', () => {
    const rules = JSON.parse(lifecyclePolicy(5)) as {
      rules: { rulePriority: number; selection: { tagPrefixList?: string[] } }[];
    };
    expect(rules.rules[0]).toMatchObject({ rulePriority: 1, selection: { tagPrefixList: ['ecs-batch-'] } });
    expect(liveTag('keep', 'sha256:' + 'ab'.repeat(32))).toBe('ecs-batch-keep-live-abababababab');
  });
});
