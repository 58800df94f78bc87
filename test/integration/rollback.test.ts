/**
 * `ecs-batch rollback` on the emulator: deploy image A, deploy image B, roll back. Every schedule then runs a revision
 * whose image is A's digest, and no task definition was registered; a repeat rollback writes nothing; a job the old
 * revisions cannot run refuses the rollback before any write.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { scheduledRunTask } from '../../src/targets/ecs.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
let dir: string;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
  dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
});
afterAll(() => aws.stop());

const JOBS = ['nightly', 'sweep', 'monthly', 'legacy'];
const imageOfSchedule = (job: string) => {
  const target = aws.fake.state.schedules.get(`myapp/myapp-${job}`)!.body.Target as never;
  const arn = scheduledRunTask(target)!.request.taskDefinition as string;
  const family = arn.slice(arn.indexOf('/') + 1).replace(/:\d+$/, '');
  const revision = Number(arn.slice(arn.lastIndexOf(':') + 1));
  const record = aws.fake.state.taskDefinitions.get(family)!.find((r) => r.revision === revision)!;
  return (record.body.containerDefinitions as { image: string }[])[0]!.image;
};

describe('rollback', () => {
  it('puts every job back on the image before, registering nothing; a repeat writes nothing', async () => {
    const a = aws.fake.seedImage('myapp-batch', 'a');
    const b = aws.fake.seedImage('myapp-batch', 'b');
    const deploy = (image: string) =>
      release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients });
    expect((await deploy(a.uri)).apply?.ok).toBe(true);
    expect((await deploy(b.uri)).apply?.ok).toBe(true);
    for (const job of JOBS) expect(imageOfSchedule(job)).toBe(b.uri);

    const planned = await runCli(['rollback', '--dry-run'], aws.fake.env(), dir);
    expect(planned.code).toBe(0);
    // Each schedule moves back to revision 1; no job registers a new one.
    for (const job of JOBS) expect(planned.stdout).toContain(`task-definition/myapp-${job}:1"`);
    expect(planned.stdout).not.toMatch(/→ new/);

    aws.fake.calls.reset();
    const r = await runCli(['rollback'], aws.fake.env(), dir);
    expect(r.code).toBe(0);
    expect(aws.fake.calls.count('RegisterTaskDefinition')).toBe(0);
    for (const job of JOBS) expect(imageOfSchedule(job)).toBe(a.uri);

    aws.fake.calls.reset();
    const again = await runCli(['rollback'], aws.fake.env(), dir);
    expect(again.code).toBe(0);
    expect(aws.fake.calls.writes().map((w) => w.operation)).toEqual([]);
  });

  it('a job the earlier revisions cannot run (added since) refuses the rollback before any write', async () => {
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      MANIFEST.concat('  added:\n    schedule: cron(0 5 * * ? *)\n    command: [php, artisan, added]\n'),
    );
    aws.fake.calls.reset();
    const r = await runCli(['rollback', '--to', aws.fake.seedImage('myapp-batch', 'a').uri], aws.fake.env(), dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rollback refused: added has no earlier revision with that image/);
    expect(aws.fake.calls.writes()).toEqual([]);
  });

  it('with shared task definitions: --to is one registration per shape, and without it a usage error', async () => {
    const shared = scratchDir({
      'ecs-batch.yml': MANIFEST.replace('project: myapp', 'project: shr').replace(
        'cluster: batch\n',
        'cluster: batch\ntaskDefinitions: shared\n',
      ),
    });
    const a = aws.fake.seedImage('myapp-batch', 'sa');
    const b = aws.fake.seedImage('myapp-batch', 'sb');
    const deploy = (image: string) =>
      release({ manifest: join(shared, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients });
    expect((await deploy(a.uri)).apply?.ok).toBe(true);
    const rolled = await deploy(b.uri);
    const shapes = rolled.plan!.changes.filter((c) => c.kind === 'task-definition').length;
    expect(shapes).toBeGreaterThan(1);
    expect((await runCli(['rollback'], aws.fake.env(), shared)).code).toBe(2);
    aws.fake.calls.reset();
    expect((await runCli(['rollback', '--to', a.uri], aws.fake.env(), shared)).code).toBe(0);
    expect(aws.fake.calls.count('RegisterTaskDefinition')).toBe(shapes);
  });
});
