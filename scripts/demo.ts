/**
 * `npm run demo`: the whole release on the bundled local AWS emulator, no AWS account needed.
 * Starts the emulator, pushes a fake image to its ECR, deploys examples/ecs-batch.yml with the
 * bundled CLI, deploys again (zero changes), plans an edited manifest, runs jobs by hand, shows the
 * alert a failed run sends and `ecs-batch status`, deploys and runs a chain with a retry, fails a run that retrying
 * cannot help at once and catches a missed run with the watch, refuses a deploy pre-flight finds broken, stops.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeAws } from '../test/fake-aws/index.ts';
import { seedTestAccount } from '../test/fake-aws/seed.ts';

const CLI = 'dist/cli/index.js';
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

const fake = await startFakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 300, runMs: 1500 } });
const env = { ...process.env, ...fake.env() };
const work = mkdtempSync(join(tmpdir(), 'ecs-batch-demo-'));

function cli(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

function section(title: string): void {
  console.log(`\n${bold(`━━ ${title} `.padEnd(100, '━'))}\n`);
}

function calls(): string {
  const writes = fake.calls.writes().length;
  const total = fake.calls.count();
  fake.calls.reset();
  return `(${total} AWS API calls to the emulator, ${writes} of them writes)`;
}

try {
  fake.createCluster('batch');
  // What examples/ecs-batch.yml names, as a working account has it (plan's pre-flight checks read them).
  seedTestAccount(fake);
  const topic = fake.createTopic('batch-alerts');
  const v1 = fake.seedImage('myapp-batch', 'v1');
  console.log(`Local AWS emulator at ${fake.url} (region ap-northeast-1), cluster "batch", image pushed: ${v1.tagUri}`);

  section('1. Validate the manifest (the PR check)');
  await cli(['validate', '--manifest', 'examples/ecs-batch.yml']);

  section('2. First deploy: register task definitions, create the schedule group and schedules');
  await cli(['deploy', '--manifest', 'examples/ecs-batch.yml', '--image', v1.tagUri]);
  console.log(`\n${calls()}`);

  section('3. Deploy the same image again: nothing to change, zero writes');
  await cli(['deploy', '--manifest', 'examples/ecs-batch.yml', '--image', v1.uri]);
  console.log(`\n${calls()}`);

  section('4. A new image and an edited manifest: plan shows exactly what would change');
  const v2 = fake.seedImage('myapp-batch', 'v2');
  const edited = join(work, 'ecs-batch.yml');
  copyFileSync('examples/ecs-batch.yml', edited);
  const text = readFileSync(edited, 'utf8')
    .replace('schedule: cron(0 0 * * ? *)', 'schedule: cron(0 1 * * ? *)')
    .replace(/ {2}weekday-digest:\n(?: {4}.*\n)+/, '')
    .replace(
      '    command: [php, artisan, queue:sweep]\n',
      '    command: [php, artisan, queue:sweep]\n    enabled: false\n',
    );
  writeFileSync(edited, text);
  console.log('Edits: daily-aggregate moves to 01:00, sweep is disabled, weekday-digest is removed; new image v2.\n');
  await cli(['plan', '--manifest', edited, '--image', v2.tagUri]);
  console.log(`\n${calls()}`);

  section('5. Run a job by hand (what the rerun workflow does): its logs, then its exit code');
  await cli(['run', 'daily-aggregate', '--manifest', 'examples/ecs-batch.yml', '--poll', '0.5s']);

  section('6. A run whose container exits non-zero is reported as failed (exit code 1 from the CLI)');
  const code = await cli([
    'run',
    'sweep',
    '--manifest',
    'examples/ecs-batch.yml',
    '--poll',
    '0.5s',
    '--env',
    'FAKE_EXIT_CODE=3',
  ]);
  console.log(
    `\n(ecs-batch run exited with ${code}; the emulator reads FAKE_EXIT_CODE to decide the container's exit code)`,
  );

  section('7. The failure reached the team: the alert EventBridge published to the SNS topic (no Lambda)');
  fake.settle();
  for (const m of fake.state.topics.get(topic)!.messages) {
    const alert = JSON.parse(m.message) as { content: { title: string; description: string } };
    console.log(`${bold(alert.content.title)}\n${alert.content.description}\n`);
  }
  console.log(
    '(Amazon Q Developer in chat applications shows this custom notification in Slack or Teams as a title and a description.)',
  );

  section('8. ecs-batch status: every job, its next run, and how its last runs went (from the run history)');
  await cli(['status', '--manifest', 'examples/ecs-batch.yml']);
  const picture = join(process.cwd(), 'ecs-batch-week.svg');
  await cli(['status', '--manifest', 'examples/ecs-batch.yml', '--format', 'svg', '--output', picture]);
  console.log(
    '(open it in a browser: when every job runs over the next 7 days; `--format markdown` gives the same as a Mermaid chart)',
  );

  section('9. Retries and a job chain (Step Functions): publish-report runs when daily-aggregate succeeds');
  const chained = join(work, 'chained.yml');
  writeFileSync(
    chained,
    readFileSync('examples/ecs-batch.yml', 'utf8')
      .replace(
        '  retryPolicy:\n',
        '  stateMachineRoleArn: arn:aws:iam::123456789012:role/ecs-batch-states\n  retryPolicy:\n',
      )
      .replace(
        '  sweep:\n',
        '  publish-report:\n    description: Publish the aggregate once it exists\n    after: ' +
          'daily-aggregate\n    command: [php, artisan, report:publish]\n    retries: 2\n    retryDelay: 1s\n  sweep:\n',
      ),
  );
  console.log(
    'Added to the manifest: publish-report, after: daily-aggregate, retries: 2. The deploy turns the ' +
      'pair into one state machine that the schedule starts:\n',
  );
  await cli(['deploy', '--manifest', chained, '--image', v1.uri]);
  console.log(`\n${calls()}\n`);
  let publishAttempts = 0;
  fake.tasks.outcome = (task) =>
    task.family === 'myapp-publish-report' && publishAttempts++ === 0
      ? { exitCode: 2, logLines: ['report store timed out'] }
      : undefined;
  console.log("Run the chain by hand; the emulator fails publish-report's first attempt:\n");
  await cli(['run', 'daily-aggregate', '--manifest', chained, '--poll', '0.5s']);
  fake.tasks.outcome = undefined;

  section('10. A failure policy and a watch for missed runs: each failure told apart, alerted once, shown in status');
  const guarded = join(work, 'guarded.yml');
  writeFileSync(
    guarded,
    readFileSync(chained, 'utf8')
      .replace(/(snsTopicArn: .*\n)/, '$1  on: [failed, not-started, schedule-errors, missed]\n')
      .replace(
        '  sweep:\n',
        '  nightly-import:\n    description: Import the partner feed\n    schedule: cron(0 2 * * ? *)\n' +
          '    command: [php, artisan, import:nightly]\n    retries: 2\n    noRetryExitCodes: [64]\n' +
          '    startTimeout: 10m\n  sweep:\n',
      ),
  );
  console.log(
    'Added: nightly-import with retries: 2, noRetryExitCodes: [64] (bad input: retrying cannot help) and ' +
      'startTimeout: 10m; alerts on missed runs too. The deploy adds its watch:\n',
  );
  await cli(['deploy', '--manifest', guarded, '--image', v1.uri]);
  const seen = fake.state.topics.get(topic)!.messages.length;
  const runsOf = (machine: string) =>
    [...fake.state.executions.values()].filter((e) => e.stateMachineArn.endsWith(`:stateMachine:${machine}`));
  const ended = async (machine: string) => {
    while (runsOf(machine).some((e) => e.status === 'RUNNING')) await new Promise((r) => setTimeout(r, 100));
  };
  fake.tasks.outcome = (task) =>
    task.family === 'myapp-nightly-import' ? { exitCode: 64, logLines: ['feed is malformed'] } : undefined;
  console.log('\nThe schedule fires; the import exits with 64:');
  await fake.fire({ schedule: 'myapp/myapp-nightly-import' });
  await ended('myapp-nightly-import');
  fake.tasks.outcome = undefined;
  const [importRun] = runsOf('myapp-nightly-import');
  const importTasks = [...fake.state.tasks.values()].filter((t) => t.family === 'myapp-nightly-import').length;
  console.log(`  ${importRun!.status} with ${importRun!.error}, after ${importTasks} task (no retry)`);
  console.log('\nThe next night its schedule was disabled by hand; the watch fires on the same cron and finds no run:');
  await fake.fire({ schedule: 'myapp/myapp-ecs-batch-watch-nightly-import' });
  await ended('myapp-ecs-batch-watch');
  fake.settle();
  console.log('\nThe alerts the team got:\n');
  for (const m of fake.state.topics.get(topic)!.messages.slice(seen)) {
    const alert = JSON.parse(m.message) as { content: { title: string } };
    console.log(`  ${bold(alert.content.title)}`);
  }
  console.log('');
  await cli(['status', '--manifest', guarded]);

  section(
    '11. Pre-flight: what would stop the first run at 3 a.m. is an error at its line now, and nothing is written',
  );
  const broken = join(work, 'broken.yml');
  writeFileSync(
    broken,
    readFileSync('examples/ecs-batch.yml', 'utf8')
      .replace('subnets: [subnet-0a1b2c3d]', 'subnets: [subnet-0f00ba44]')
      .replace('role/ecs-batch-invoke', 'role/events-rule-role'),
  );
  fake.createRole('events-rule-role', ['events.amazonaws.com']);
  console.log('Edits: a subnet id with a typo, and the role of a hand-made EventBridge rule as the schedule role.\n');
  fake.calls.reset();
  const refused = await cli(['deploy', '--manifest', broken, '--image', v1.uri]);
  console.log(`\n(ecs-batch deploy exited with ${refused}; ${fake.calls.writes().length} writes)`);
} finally {
  await fake.stop();
  rmSync(work, { recursive: true, force: true });
}
