/**
 * Everything is bounded: a silent endpoint, a device or a FIFO named as a file, an alias bomb, a
 * deep document, a malformed image all end quickly with a clear message and no stack trace.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DescribeClustersCommand } from '@aws-sdk/client-ecs';
import { CreateScheduleGroupCommand } from '@aws-sdk/client-scheduler';
import { execFileSync } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { apply } from '../../src/apply/apply.ts';
import { createClients } from '../../src/aws/clients.ts';
import { release } from '../../src/release/release.ts';
import { fakeAws, rejection, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runAction, runCli, scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
let silent: Server;
let silentUrl: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
  // Accepts connections and never answers: the endpoint that used to hang the CLI forever.
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const address = silent.address();
  silentUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await aws.stop();
});

const DIGEST_IMAGE = `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch@sha256:${'a'.repeat(64)}`;
const silentEnv = () => ({ ...aws.fake.env(), AWS_ENDPOINT_URL: silentUrl });

describe('a silent endpoint', () => {
  it('one AWS call is abandoned after its request timeout', async () => {
    Object.assign(process.env, silentEnv());
    const clients = createClients({ requestTimeoutMs: 300, maxAttempts: 1 });
    try {
      const started = Date.now();
      const error = await rejection(clients.ecs.send(new DescribeClustersCommand({ clusters: ['batch'] })));
      expect(error.name).toMatch(/Timeout/);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      clients.destroy();
      Object.assign(process.env, aws.fake.env());
    }
  });

  it('the whole command ends at its deadline with a clear message', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
    const started = Date.now();
    const r = await runCli(['plan', '--image', DIGEST_IMAGE, '--deadline', '2s'], silentEnv(), dir);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /ecs-batch plan did not finish within its deadline of 2s, and was stopped\nhint: an AWS endpoint may not be answering/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the release action ends at its deadline input', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
    const r = await runAction(
      'release',
      { image: DIGEST_IMAGE, deadline: '2s' },
      { env: silentEnv(), cwd: dir, timeoutMs: 20_000 },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::this step did not finish within its deadline of 2s/);
  });
});

describe('files are read only when they are regular files of a sane size', () => {
  const withBase = (path: string) =>
    MANIFEST.replace(
      '    command: [php, artisan, nightly]\n',
      `    command: [php, artisan, nightly]\n    taskDefinition: ${path}\n`,
    );

  it('a device or a FIFO is refused at once, with the line that names it', async () => {
    const fifo = join(scratchDir({}), 'fifo');
    execFileSync('mkfifo', [fifo]);
    // A FIFO in the manifest's own folder: read at once as not a regular file.
    const dir = scratchDir({ 'ecs-batch.yml': withBase('pipe') });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const inside = await runCli(['validate'], {}, dir);
    expect(inside.code).toBe(1);
    expect(inside.stdout).toMatch(
      /ecs-batch\.yml:\d+:\d+: error: cannot read the base task definition pipe: it is not a regular file/,
    );
    // A device, or a FIFO elsewhere, is not in the repository: refused before it is opened.
    for (const path of ['/dev/zero', fifo]) {
      const outside = scratchDir({ 'ecs-batch.yml': withBase(path) });
      const r = await runCli(['validate'], {}, outside);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/ecs-batch\.yml:\d+:\d+: error: base task definition \S+ is outside the repository/);
    }
    for (const path of ['/dev/zero', fifo]) {
      const r = await runCli(['validate', '--manifest', path], {}, scratchDir({}));
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/error: cannot read the manifest .*: it is not a regular file/);
    }
  });

  it('a file over the size cap is refused without reading it', async () => {
    const dir = scratchDir({
      'ecs-batch.yml': withBase('big.json'),
      'big.json': `{"family":"${'x'.repeat(300 * 1024)}"}`,
    });
    const r = await runCli(['validate'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /cannot read the base task definition big\.json: it is \d+ bytes; at most 262144 are read/,
    );
  });

  it('a JSON error gives the place, never the content', async () => {
    const dir = scratchDir({
      'ecs-batch.yml': withBase('base.json'),
      'base.json': '{\n  "family": "x",\n  "password": hunter2-s3cr3t\n}\n',
    });
    const r = await runCli(['validate'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/base task definition base\.json is not valid JSON \(at base\.json:3:15\)/);
    expect(r.stdout).not.toMatch(/hunter2|s3cr3t/);
  });
});

describe('YAML that would exhaust memory or the stack', () => {
  it('an alias bomb is an error with file:line:col', async () => {
    let bomb = 'version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 10; i++)
      bomb += `a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]\n`;
    const dir = scratchDir({ 'ecs-batch.yml': bomb });
    const r = await runCli(['validate'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ecs-batch\.yml:3:\d+: error: YAML aliases expand to too much data/m);
    expect(r.stdout + r.stderr).not.toMatch(/ReferenceError|\n\s+at /);
  });

  it('very deep nesting is an error with file:line:col', async () => {
    // 40 levels: the parser copes, our own walk refuses; 5,000: the parser itself gives up.
    for (const depth of [40, 5000]) {
      const deep = `version: 1\nproject: x\njunk: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
      const dir = scratchDir({ 'ecs-batch.yml': deep });
      const r = await runCli(['validate'], {}, dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^ecs-batch\.yml:3:\d+: error: nesting deeper than 32 levels/m);
      expect(r.stdout + r.stderr).not.toMatch(/RangeError|call stack|\n\s+at /);
    }
  });
});

describe('input checked before any AWS call', () => {
  it('a malformed --image is a usage error (exit 2) and calls nothing', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
    aws.fake.calls.reset();
    for (const bad of ['repo@sha256:1234', 'host with space/repo:tag', 'repo:tag\n::error::x', 'Repo:tag']) {
      const r = await runCli(['plan', '--image', bad], aws.fake.env(), dir);
      expect([bad, r.code]).toEqual([bad, 2]);
      expect(r.stderr).toMatch(/--image is not an image reference/);
    }
    const action = await runAction('release', { image: 'repo@sha256:1234' }, { env: aws.fake.env(), cwd: dir });
    expect(action.code).toBe(1);
    expect(action.stdout).toMatch(/::error::input 'image' is not an image reference/);
    expect(aws.fake.calls.count()).toBe(0);
  });
});

describe('a concurrent first deploy', () => {
  it('a schedule group created meanwhile with our tag counts as created; one without it is not used', async () => {
    for (const [project, tagged] of [
      ['race1', true],
      ['race2', false],
    ] as const) {
      const dir = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('project: myapp', `project: ${project}`) });
      const image = aws.fake.seedImage('myapp-batch', project).uri;
      const planned = await release({
        manifest: join(dir, 'ecs-batch.yml'),
        image,
        dryRun: true,
        prune: true,
        clients: aws.clients,
      });
      expect(planned.plan!.changes.some((c) => c.kind === 'schedule-group' && c.action === 'create')).toBe(true);
      // The other deploy wins the race.
      await aws.clients.scheduler.send(
        new CreateScheduleGroupCommand({
          Name: project,
          ...(tagged ? { Tags: [{ Key: 'ecs-batch:project', Value: project }] } : {}),
        }),
      );
      const result = await apply(aws.clients, planned.plan!);
      expect([project, result.ok]).toEqual([project, tagged]);
      if (!tagged) expect(result.error?.message).toMatch(/created meanwhile by someone else/);
      expect([...aws.fake.state.schedules.values()].filter((s) => s.groupName === project)).toHaveLength(
        tagged ? 4 : 0,
      );
    }
  });
});
