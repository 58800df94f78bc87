import { seedTestAccount } from '../fake-aws/seed.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeAws, type FakeAws } from '../fake-aws/index.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runAction, scratchDir } from '../helpers/processes.ts';

let fake: FakeAws;
let gh: FakeGitHub;
let dir: string;

beforeAll(async () => {
  fake = await startFakeAws({ region: 'ap-northeast-1' });
  seedTestAccount(fake);
  fake.createCluster('batch');
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await fake.stop();
  await gh.stop();
});
beforeEach(() => {
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
  fake.calls.reset();
});

const git = { GITHUB_SHA: 'abc123def4567890abc123def4567890abc12345', GITHUB_REF_NAME: 'feature/x+y' };

describe('prepare (bundled, with the runner environment)', () => {
  it('creates the repository once, with scan on push and a lifecycle policy, and computes tags', async () => {
    const r = await runAction(
      'prepare',
      { 'push-latest': 'true', 'untagged-images-to-keep': '7' },
      { env: { ...fake.env(), ...git }, cwd: dir },
    );
    expect(r.code).toBe(0);
    const repo = fake.state.repositories.get('myapp-batch')!;
    expect(repo.scanOnPush).toBe(true);
    // The images ecs-batch tags as in use are kept first; then untagged images beyond the count expire.
    expect(JSON.parse(repo.lifecyclePolicy!).rules[0].selection).toMatchObject({ tagPrefixList: ['ecs-batch-'] });
    expect(JSON.parse(repo.lifecyclePolicy!).rules[1].selection).toEqual({
      tagStatus: 'untagged',
      countType: 'imageCountMoreThan',
      countNumber: 7,
    });
    expect(repo.tags).toEqual([{ key: 'ecs-batch:project', value: 'myapp' }]);
    expect(r.outputs['repository-uri']).toBe('123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch');
    expect(r.outputs.registry).toBe('123456789012.dkr.ecr.ap-northeast-1.amazonaws.com');
    expect(r.outputs.tags!.split('\n')).toEqual([
      `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch:${git.GITHUB_SHA}`,
      '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch:feature-x-y',
      '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch:latest',
    ]);
    expect(r.outputs).toMatchObject({ exists: 'false', context: '.', dockerfile: 'Dockerfile', prefix: 'myapp' });

    // A second run leaves the existing repository (and its policy) alone.
    repo.lifecyclePolicy = '{"rules":[{"custom":true}]}';
    fake.calls.reset();
    const again = await runAction('prepare', {}, { env: { ...fake.env(), ...git }, cwd: dir });
    expect(again.code).toBe(0);
    expect(fake.calls.writes()).toEqual([]);
    expect(repo.lifecyclePolicy).toBe('{"rules":[{"custom":true}]}');
  });

  it("detects this commit's image in ECR, so a re-run skips the build", async () => {
    const pushed = fake.seedImage('myapp-batch', git.GITHUB_SHA);
    const r = await runAction('prepare', {}, { env: { ...fake.env(), ...git }, cwd: dir });
    expect(r.outputs).toMatchObject({ exists: 'true', image: pushed.uri });
  });

  it('a given image skips the build and makes no AWS call', async () => {
    const given = `123456789012.dkr.ecr.us-east-1.amazonaws.com/a@sha256:${'1'.repeat(64)}`;
    const r = await runAction('prepare', { image: given }, { env: { ...fake.env(), ...git }, cwd: dir });
    expect(r.outputs).toMatchObject({ exists: 'true', image: given });
    expect(fake.calls.count()).toBe(0);
  });

  it('an invalid manifest fails before anything is built, with annotations and no AWS call', async () => {
    writeFileSync(join(dir, 'ecs-batch.yml'), MANIFEST.replace('rate(10 minutes)', 'rate(10 minute)'));
    const r = await runAction('prepare', {}, { env: { ...fake.env(), ...git }, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error title=ecs-batch,file=ecs-batch\.yml,line=\d+,col=\d+::schedule 'rate\(10 minute\)'/,
    );
    expect(fake.calls.count()).toBe(0);
  });

  it('reads inputs passed as INPUT_X_Y by the composite action', async () => {
    const r = await runAction(
      'prepare',
      {},
      {
        env: { ...fake.env(), ...git, INPUT_PUSH_LATEST: 'true', INPUT_DOCKERFILE: 'docker/batch.Dockerfile' },
        cwd: dir,
      },
    );
    expect(r.outputs.tags).toMatch(/:latest$/);
    expect(r.outputs.dockerfile).toBe('docker/batch.Dockerfile');
  });
});

describe('PR plan comment (release action, dry-run)', () => {
  function prEnv(number: number) {
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number } }));
    return {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_REPOSITORY: 'octo/app',
      GITHUB_API_URL: gh.url,
    };
  }

  it('posts one sticky comment and updates it in place on the next push', async () => {
    const image = fake.seedImage('myapp-batch', 'pr');
    const inputs = { image: image.uri, 'dry-run': 'true', 'github-token': 'fake-token' };
    const first = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(7) }, cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Plan comment: created/);
    // A plan has no progress lines to fold: no (empty) group, and the plan itself in plain sight.
    expect(first.stdout).not.toMatch(/::group::/);
    expect(first.stdout).toMatch(/plan \(nothing written\)/);
    const second = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(7) }, cwd: dir });
    expect(second.stdout).toMatch(/Plan comment: updated/);
    const ours = gh.comments.filter((c) => c.issue === 7);
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toMatch(/^<!-- ecs-batch:plan:myapp -->\n### ecs-batch `myapp` in ap-northeast-1/);
    expect(ours[0]!.body).toMatch(/📝 plan \(nothing written\)/);
    expect(fake.calls.writes()).toEqual([]);
  });

  it('finds its comment among others across pages', async () => {
    const reviewer = { login: 'reviewer', type: 'User' };
    gh.comments.push(
      { id: 1, body: 'lgtm', issue: 8, user: reviewer },
      { id: 2, body: 'nit', issue: 8, user: reviewer },
      { id: 3, body: 'ok', issue: 8, user: reviewer },
    );
    const image = fake.seedImage('myapp-batch', 'pr8');
    const inputs = { image: image.uri, 'dry-run': 'true', 'github-token': 'fake-token' };
    await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(8) }, cwd: dir });
    await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(8) }, cwd: dir });
    expect(gh.comments.filter((c) => c.issue === 8)).toHaveLength(4);
  });

  it('never updates a comment someone else wrote, even when it carries the marker', async () => {
    const mallory = { login: 'mallory', type: 'User' };
    const botImpostor = { login: 'github-actions-bot', type: 'User' };
    gh.comments.push(
      { id: 50, body: '<!-- ecs-batch:plan:myapp -->\nplanted', issue: 12, user: mallory },
      { id: 51, body: '<!-- ecs-batch:plan:myapp -->\nplanted too', issue: 12, user: botImpostor },
    );
    const image = fake.seedImage('myapp-batch', 'pr12');
    const inputs = { image: image.uri, 'dry-run': 'true', 'github-token': 'fake-token' };
    const first = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(12) }, cwd: dir });
    expect(first.stdout).toMatch(/Plan comment: created/);
    const second = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(12) }, cwd: dir });
    expect(second.stdout).toMatch(/Plan comment: updated/);
    const all = gh.comments.filter((c) => c.issue === 12);
    expect(all.map((c) => [c.user.login, c.body.includes('planted')])).toEqual([
      ['mallory', true],
      ['github-actions-bot', true],
      ['github-actions[bot]', false],
    ]);
    expect(gh.requests.filter((r) => r.startsWith('PATCH')).every((r) => !/\/(50|51)$/.test(r))).toBe(true);
  });

  it("never takes another environment's comment for its own, whatever that comment quotes", async () => {
    const bot = { login: 'github-actions[bot]', type: 'Bot' };
    // The production plan, whose description quoted this environment's marker (as a value could before).
    const production = '<!-- ecs-batch:plan:myapp-production -->\n`desc <!-- ecs-batch:plan:myapp -->` changes';
    gh.comments.push({ id: 70, body: production, issue: 14, user: bot });
    const image = fake.seedImage('myapp-batch', 'pr14');
    const inputs = { image: image.uri, 'dry-run': 'true', 'github-token': 'fake-token' };
    const r = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(14) }, cwd: dir });
    expect(r.stdout).toMatch(/Plan comment: created/);
    const all = gh.comments.filter((c) => c.issue === 14);
    expect(all.map((c) => c.body.split('\n')[0])).toEqual([
      '<!-- ecs-batch:plan:myapp-production -->',
      '<!-- ecs-batch:plan:myapp -->',
    ]);
    expect(all[0]!.body).toBe(production);
  });

  it("with a person's token, updates only that person's comment", async () => {
    gh.comments.push({
      id: 60,
      body: '<!-- ecs-batch:plan:myapp -->\nold plan by the bot',
      issue: 13,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    const image = fake.seedImage('myapp-batch', 'pr13');
    const inputs = { image: image.uri, 'dry-run': 'true', 'github-token': 'user-token' };
    const first = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(13) }, cwd: dir });
    expect(first.stdout).toMatch(/Plan comment: created/);
    const second = await runAction('release', inputs, { env: { ...fake.env(), ...prEnv(13) }, cwd: dir });
    expect(second.stdout).toMatch(/Plan comment: updated/);
    expect(gh.comments.filter((c) => c.issue === 13).map((c) => c.user.login)).toEqual([
      'github-actions[bot]',
      'octocat',
    ]);
  });

  it('without an image, plans against the image the jobs run now (what the manifest changes)', async () => {
    const image = fake.seedImage('myapp-batch', 'live');
    const project = `pr${Math.random().toString(36).slice(2, 7)}`;
    writeFileSync(join(dir, 'ecs-batch.yml'), MANIFEST.replace('project: myapp', `project: ${project}`));
    const nothing = await runAction(
      'release',
      { 'dry-run': 'true', 'github-token': 'fake-token' },
      { env: { ...fake.env(), ...prEnv(11) }, cwd: dir },
    );
    expect(nothing.outputs.status).toBe('validated');
    expect(gh.comments.find((c) => c.issue === 11)!.body).toMatch(/Nothing is deployed yet and no image was given/);

    const deployed = await runAction('release', { image: image.uri }, { env: fake.env(), cwd: dir });
    expect(deployed.outputs.status).toBe('applied');
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      MANIFEST.replace('project: myapp', `project: ${project}`).replace('rate(10 minutes)', 'rate(15 minutes)'),
    );
    fake.calls.reset();
    const r = await runAction(
      'release',
      { 'dry-run': 'true', 'github-token': 'fake-token' },
      { env: { ...fake.env(), ...prEnv(11) }, cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('planned');
    expect(JSON.parse(r.outputs.changes!).map((c: { kind: string; name: string }) => `${c.kind} ${c.name}`)).toEqual([
      `schedule ${project}-sweep`,
    ]);
    const comment = gh.comments.filter((c) => c.issue === 11);
    expect(comment).toHaveLength(1);
    expect(comment[0]!.body).toMatch(/the image the jobs run now: this plan shows what the manifest changes/);
    expect(fake.calls.writes()).toEqual([]);
  });

  it('without AWS credentials, says so and falls back to validation only', async () => {
    const env = {
      ...prEnv(9),
      AWS_REGION: 'ap-northeast-1',
      AWS_CONFIG_FILE: '/nonexistent',
      AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    const r = await runAction(
      'release',
      { image: 'x', 'dry-run': 'true', 'github-token': 'fake-token' },
      { env, cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('validated');
    const comment = gh.comments.find((c) => c.issue === 9)!;
    expect(comment.body).toMatch(/No AWS credentials in this run/);
    expect(comment.body).toMatch(/\| `monthly` \|/);
  });

  it('a comment the token may not post is a warning, not a failure', async () => {
    const image = fake.seedImage('myapp-batch', 'pr10');
    const r = await runAction(
      'release',
      { image: image.uri, 'dry-run': 'true', 'github-token': 'wrong' },
      { env: { ...fake.env(), ...prEnv(10) }, cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::Could not post the plan comment.*pull-requests: write/);
  });
});

describe('GitHub deployments (release action)', () => {
  const env = (extra: Record<string, string> = {}) => ({
    ...fake.env(),
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: git.GITHUB_SHA,
    GITHUB_EVENT_NAME: 'push',
    ...extra,
  });
  const ofDeploy = (count: number) => gh.deployments.slice(-count);

  it('a deploy is one deployment of its environment: in_progress, then success, linking to the run', async () => {
    const before = gh.deployments.length;
    const image = fake.seedImage('myapp-batch', 'gh-1');
    const r = await runAction('release', { image: image.uri, 'github-token': 'fake-token' }, { env: env(), cwd: dir });
    expect(r.code).toBe(0);
    expect(gh.deployments.length - before).toBe(1);
    const [deployment] = ofDeploy(1);
    expect(deployment).toMatchObject({
      ref: git.GITHUB_SHA,
      environment: 'production',
      payload: { digest: image.digest, image: image.uri, prefix: 'myapp' },
    });
    expect(deployment!.payload.manifestSha256).toMatch(/^[0-9a-f]{64}$/);
    const run = 'https://github.example/octo/app/actions/runs/4242';
    expect(deployment!.statuses).toEqual([
      { state: 'in_progress', log_url: run, environment_url: run, description: 'applying the plan' },
      expect.objectContaining({ state: 'success', log_url: run, environment_url: run }),
    ]);
  });

  it('the environment input names the deployment, and environment-url is its link', async () => {
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      MANIFEST.replace('jobs:\n', 'jobs:\n').concat('environments:\n  staging:\n    cluster: batch\n'),
    );
    const image = fake.seedImage('myapp-batch', 'gh-2');
    const inputs = {
      image: image.uri,
      environment: 'staging',
      'environment-url': 'https://staging.example/batch',
      'github-token': 'fake-token',
    };
    expect((await runAction('release', inputs, { env: env(), cwd: dir })).code).toBe(0);
    const [deployment] = ofDeploy(1);
    expect(deployment).toMatchObject({ environment: 'staging', payload: { prefix: 'myapp-staging' } });
    expect(deployment!.statuses.at(-1)).toMatchObject({
      state: 'success',
      environment_url: 'https://staging.example/batch',
    });
  });

  it('a dry run records none; github-deployment: false records none', async () => {
    const before = gh.deployments.length;
    const image = fake.seedImage('myapp-batch', 'gh-3');
    await runAction(
      'release',
      { image: image.uri, 'dry-run': 'true', 'github-token': 'fake-token' },
      { env: env(), cwd: dir },
    );
    await runAction(
      'release',
      { image: image.uri, 'github-deployment': 'false', 'github-token': 'fake-token' },
      { env: env(), cwd: dir },
    );
    expect(gh.deployments.length).toBe(before);
  });

  it('a failed apply ends in failure; a refused deploy in error', async () => {
    const image = fake.seedImage('myapp-batch', 'gh-4');
    fake.faults.failures.push({ operation: 'RegisterTaskDefinition', code: 'ClientException', status: 400, times: 50 });
    const failed = await runAction(
      'release',
      { image: image.uri, 'github-token': 'fake-token' },
      { env: env(), cwd: dir },
    );
    fake.faults.failures.length = 0;
    expect(failed.code).toBe(1);
    expect(ofDeploy(1)[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    writeFileSync(join(dir, 'ecs-batch.yml'), MANIFEST.replace('subnets: [subnet-0a1b]', 'subnets: [subnet-nowhere]'));
    const refused = await runAction(
      'release',
      { image: image.uri, 'github-token': 'fake-token' },
      { env: env(), cwd: dir },
    );
    expect(refused.code).toBe(1);
    expect(ofDeploy(1)[0]!.statuses.map((s) => s.state)).toEqual(['error']);
  });

  it('a token that may not write deployments is one warning, and the deploy goes on', async () => {
    const before = gh.deployments.length;
    const image = fake.seedImage('myapp-batch', 'gh-5');
    const r = await runAction(
      'release',
      { image: image.uri, 'github-token': 'read-only-token' },
      { env: env(), cwd: dir },
    );
    expect(r.code).toBe(0);
    expect(gh.deployments.length).toBe(before);
    expect(
      r.stdout.match(/^::warning::No GitHub deployment recorded: the token may not write deployments/gm),
    ).toHaveLength(1);
  });

  it('the rollback action: the image before, nothing registered, recorded as its own deployment', async () => {
    const a = fake.seedImage('myapp-batch', 'rb-a');
    const b = fake.seedImage('myapp-batch', 'rb-b');
    for (const image of [a, b])
      expect((await runAction('release', { image: image.uri }, { env: env(), cwd: dir })).code).toBe(0);
    fake.calls.reset();
    const r = await runAction('release', { rollback: 'true', 'github-token': 'fake-token' }, { env: env(), cwd: dir });
    expect(r.code).toBe(0);
    expect(fake.calls.count('RegisterTaskDefinition')).toBe(0);
    expect(r.outputs.image).toBe(a.uri);
    const [deployment] = ofDeploy(1);
    expect(deployment).toMatchObject({ payload: { digest: a.digest } });
    expect(deployment!.statuses.map((st) => [st.state, st.description])).toEqual([
      ['in_progress', 'rolling back'],
      ['success', expect.stringMatching(/^ecs-batch: applied/)],
    ]);
  });

  it('a rollback goes back to the image the GitHub deployment before recorded, over the revisions', async () => {
    const a = fake.seedImage('myapp-batch', 'gd-a');
    const b = fake.seedImage('myapp-batch', 'gd-b');
    const c = fake.seedImage('myapp-batch', 'gd-c');
    const deploy = (image: string, token?: string) =>
      runAction('release', { image, ...(token ? { 'github-token': token } : {}) }, { env: env(), cwd: dir });
    expect((await deploy(a.uri, 'fake-token')).code).toBe(0);
    // B is deployed outside this action (no deployment recorded): the revisions would say B, GitHub says A.
    expect((await deploy(b.uri)).code).toBe(0);
    expect((await deploy(c.uri, 'fake-token')).code).toBe(0);
    fake.calls.reset();
    const r = await runAction('release', { rollback: 'true', 'github-token': 'fake-token' }, { env: env(), cwd: dir });
    expect(r.code).toBe(0);
    expect(r.outputs.image).toBe(a.uri);
    expect(r.stdout).toMatch(/Rolling back to .*@sha256:[0-9a-f]{64} \(the GitHub deployment before\)/);
    expect(fake.calls.count('RegisterTaskDefinition')).toBe(0);
  });
});
