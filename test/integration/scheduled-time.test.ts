/**
 * ECS_BATCH_SCHEDULED_TIME reaches the container on every path a run takes: a schedule (Scheduler's context
 * attribute), a rule (its scheduled event's time, through an InputTransformer), every step of a chain, and a run by
 * hand. Manifest values that look like placeholders stay as written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 10, runMs: 20, stopMs: 5 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const T = 'ECS_BATCH_SCHEDULED_TIME';
// A value a hostile manifest might hold: Scheduler's and EventBridge's placeholders, as text.
// And the text of the slot ecs-batch fills in, as a string.
const HOSTILE = '<aws.scheduler.schedule-arn> <time> <aws.scheduler.scheduled-time> {"ScheduledTimeSlot":true}';

async function deploy(project: string, edit: (text: string) => string) {
  const text = edit(MANIFEST.replace('project: myapp', `project: ${project}`)).replace(
    'environment: { APP_ENV: production }',
    `environment: { APP_ENV: production, LOOKS_LIKE: '${HOSTILE}' }`,
  );
  const dir = scratchDir({ 'ecs-batch.yml': text });
  const image = aws.fake.seedImage('myapp-batch', project).uri;
  const outcome = await release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true });
  expect(outcome.apply?.ok).toBe(true);
  return dir;
}

/** Fires a schedule or rule; returns what its task's container saw, and the second it came due. */
async function fired(what: { schedule: string } | { rule: string }) {
  const before = Math.floor(Date.now() / 1000) * 1000;
  const [task] = await aws.fake.fire(what);
  const after = Date.now();
  const env = (task as { environment?: Record<string, string> } | undefined)?.environment;
  const record = [...aws.fake.state.tasks.values()].find((t) => t.arn === (task as { taskArn: string }).taskArn)!;
  return { env: record.environment, listed: env, before, after };
}

function expectDue(value: string | undefined, before: number, after: number) {
  expect(value).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const t = Date.parse(value!);
  expect(t).toBeGreaterThanOrEqual(before);
  expect(t).toBeLessThanOrEqual(after);
}

describe('the scheduled time reaches the job', () => {
  it('through a schedule (per-job and shared task definitions), and placeholders in values stay text', async () => {
    for (const [project, edit] of [
      ['st-per', (t: string) => t],
      ['st-shr', (t: string) => t.replace('cluster: batch\n', 'cluster: batch\ntaskDefinitions: shared\n')],
    ] as const) {
      await deploy(project, edit);
      const { env, before, after } = await fired({ schedule: `${project}/${project}-nightly` });
      expectDue(env[T], before, after);
      expect(env.LOOKS_LIKE).toBe(HOSTILE);
      expect(env.APP_ENV).toBe('production');
    }
  });

  it('through a rule (its scheduled event time), and placeholders in values stay text', async () => {
    await deploy('st-rul', (t) =>
      t.replace('cluster: batch\n', 'cluster: batch\nbackend: rules\n').replace('  timezone: Asia/Tokyo\n', ''),
    );
    const { env, before, after } = await fired({ rule: 'st-rul-nightly' });
    expectDue(env[T], before, after);
    expect(env.LOOKS_LIKE).toBe(HOSTILE);
  });

  it('to every step of a chain, the same time for all', async () => {
    await deploy('st-chn', (t) =>
      t
        .replace(
          '    command: [php, artisan, nightly]\n',
          '    command: [php, artisan, nightly]\n  after-nightly:\n    after: nightly\n    command: [php, artisan, after]\n',
        )
        .replace(
          '  schedulerRoleArn:',
          '  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn\n  schedulerRoleArn:',
        ),
    );
    const before = Math.floor(Date.now() / 1000) * 1000;
    await aws.fake.fire({ schedule: 'st-chn/st-chn-nightly' });
    const after = Date.now();
    // The steps run as the state machine gets to them.
    const steps = () => [...aws.fake.state.tasks.values()].filter((t) => t.group?.startsWith('ecs-batch-step:st-chn:'));
    while (steps().length < 2) {
      aws.fake.settle();
      await new Promise((r) => setTimeout(r, 10));
    }
    const times = steps().map((t) => t.environment[T]);
    expectDue(times[0], before, after);
    expect(new Set(times).size).toBe(1);
    expect(steps().every((t) => t.environment.LOOKS_LIKE === HOSTILE)).toBe(true);
  }, 30_000);
});

describe('ECS_BATCH_ names', () => {
  it("are ecs-batch's own: a manifest that sets one gets an error at its line", async () => {
    const { loadManifestText } = await import('../../src/load/load.ts');
    const text = MANIFEST.replace(
      'environment: { APP_ENV: production }',
      'environment: { APP_ENV: production, ECS_BATCH_SCHEDULED_TIME: soon }',
    );
    const errors = loadManifestText(text, 'ecs-batch.yml').diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [
        text.split('\n').findIndex((l) => l.includes('ECS_BATCH_SCHEDULED_TIME')) + 1,
        expect.stringMatching(/^ECS_BATCH_SCHEDULED_TIME: names starting ECS_BATCH_ are ecs-batch's/),
      ],
    ]);
  });
});
