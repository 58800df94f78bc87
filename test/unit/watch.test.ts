/**
 * The watch for missed and late runs: valid ASL, executed by aws-local-stepfunctions against the job's executions as
 * ListExecutions reports them (newest first); the companion schedule each watched job gets; and what validation says.
 */
import { describe, expect, it } from '@jest/globals';
import { StateMachine } from 'aws-local-stepfunctions';
import aslValidator from 'asl-validator';
import { loadManifestText } from '../../src/load/load.ts';
import { desiredState } from '../../src/plan/desired.ts';
import { WATCH_QUIET, watchDefinition, watchInput } from '../../src/stepfunctions/watch.ts';
import { iamPolicy } from '../../src/policy/iam.ts';
import { decide } from '../helpers/iam.ts';
import { chainManifest } from '../helpers/manifests.ts';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';
const CLUSTER = 'arn:aws:ecs:us-east-1:123456789012:cluster/batch';

function load(jobs: string, on = '[failed, missed, late]') {
  const text = chainManifest('etl', jobs).replace('jobs:\n', `alerts: { snsTopicArn: ${TOPIC}, on: ${on} }\njobs:\n`);
  return loadManifestText(text, 'ecs-batch.yml', { now: NOW });
}

const DUE = '2026-11-29T01:00:00Z';

/** Runs the watch for a run due at DUE; `runs(look)` is what ListExecutions returns at each look. */
async function watch(input: Record<string, unknown>, runs: (look: number) => { StartDate: string; Status: string }[]) {
  const published: string[] = [];
  let looks = 0;
  const list = async () => ({ Executions: runs(++looks) });
  const def = watchDefinition('etl', TOPIC);
  const handlers = {
    'Find the run': list,
    'Find the run again': list,
    'Alert: missed: publish': async (i: unknown) => {
      published.push((i as { Message: { content: { title: string } } }).Message.content.title);
      return {};
    },
    'Alert: late: publish': async (i: unknown) => {
      published.push((i as { Message: { content: { title: string } } }).Message.content.title);
      return {};
    },
  };
  const output = await new StateMachine(def as never, { validationOptions: { checkArn: false } }).run(
    { ...input, scheduledTime: DUE },
    {
      context: { Execution: { Id: 'arn:aws:states:us-east-1:123456789012:execution:etl-ecs-batch-watch:w' } } as never,
      overrides: {
        taskResourceLocalHandlers: handlers as never,
        waitTimeOverrides: { 'Wait for the start': 0, 'Wait for the deadline': 0 },
      },
    },
  ).result;
  return { published, looks, output };
}

describe('the watch', () => {
  const m = load(`  report:
    schedule: cron(0 1 * * ? *)
    command: [report]
    deadline: 45m
`);
  const job = m.manifest!.jobs[0]!;
  const input = watchInput(job, 'arn:aws:states:us-east-1:123456789012:stateMachine:etl-report', { missed: true });

  it('is valid Amazon States Language', () => {
    expect(aslValidator(watchDefinition('etl', TOPIC)).errors).toEqual([]);
  });

  it('checks the start after the margin, and the deadline 45m after the scheduled time', () => {
    expect(input).toMatchObject({ job: 'report', missed: true, late: true, startBy: 300, doneBy: 45 * 60 - 300 });
  });

  it('a normal day: the run started after its scheduled time and succeeded by its deadline: no alert', async () => {
    const r = await watch(input as never, (look) => [
      { StartDate: '2026-11-29T01:00:02.000Z', Status: look === 1 ? 'RUNNING' : 'SUCCEEDED' },
    ]);
    expect(r).toEqual({ published: [], looks: 2, output: WATCH_QUIET });
  });

  it('no run since the scheduled time (a schedule disabled by hand): one missed alert, and no late one', async () => {
    const r = await watch(input as never, () => [{ StartDate: '2026-11-28T01:00:01.000Z', Status: 'SUCCEEDED' }]);
    expect(r.published).toEqual([`❌ ecs-batch etl: report missed its run of ${DUE}`]);
    // What the run history keeps: the job's own state machine in it, so a history read for the job finds it.
    expect(r.output).toEqual({ result: 'missed', job: 'report', machine: input.machine, scheduledTime: DUE });
  });

  it('a job that never ran: one missed alert', async () => {
    const r = await watch(input as never, () => []);
    expect(r.published).toHaveLength(1);
  });

  it('a run still going at its deadline: one late alert', async () => {
    const r = await watch(input as never, () => [{ StartDate: '2026-11-29T01:00:02.000Z', Status: 'RUNNING' }]);
    expect(r.published).toEqual([`⏰ ecs-batch etl: report has not succeeded by its deadline (run of ${DUE})`]);
    expect(r.output).toMatchObject({ result: 'late', job: 'report', scheduledTime: DUE });
  });

  it('late only: a run that never started is late at its deadline', async () => {
    const late = watchInput(job, 'arn:x', { missed: false });
    expect(late).toMatchObject({ missed: false, startBy: 0, doneBy: 45 * 60 });
    const r = await watch(late as never, () => []);
    expect(r.published).toEqual([`⏰ ecs-batch etl: report has not succeeded by its deadline (run of ${DUE})`]);
  });
});

describe('what a watched job deploys', () => {
  it('a companion schedule on the same expression and zone, the watch state machine, and its job through its own', () => {
    const r = load(`  report:
    schedule: cron(0 1 L * ? *)
    timezone: Asia/Tokyo
    command: [report]
  sweep:
    schedule: rate(15 minutes)
    command: [sweep]
  off:
    schedule: cron(0 2 * * ? *)
    enabled: false
    command: [off]
`);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const d = desiredState(r.manifest!, { region: 'us-east-1', clusterArn: CLUSTER, image: 'i@sha256:0' });
    const report = d.jobs.find((j) => j.job.name === 'report')!;
    expect(report.watch).toMatchObject({
      Name: 'etl-ecs-batch-watch-report',
      ScheduleExpression: 'cron(0 1 L * ? *)',
      ScheduleExpressionTimezone: 'Asia/Tokyo',
      Target: { Arn: expect.stringContaining(':stateMachine:etl-ecs-batch-watch') },
    });
    expect(JSON.parse(report.watch!.Target!.Input!)).toMatchObject({ scheduledTime: '<aws.scheduler.scheduled-time>' });
    expect(report.stateMachine).toBe('etl-report');
    // A rate runs on the clock when watched (a rate counts from the schedule's creation, its watch's too).
    const sweep = d.jobs.find((j) => j.job.name === 'sweep')!;
    expect(sweep.schedule!.ScheduleExpression).toBe('cron(0/15 * * * ? *)');
    expect(sweep.watch!.ScheduleExpression).toBe('cron(0/15 * * * ? *)');
    // A disabled job expects no run: no watch.
    expect(d.jobs.find((j) => j.job.name === 'off')!.watch).toBeUndefined();
    expect(d.stateMachines.map((s) => s.name)).toContain('etl-ecs-batch-watch');
  });

  it('validation: a rate that does not run on the clock, a deadline not shorter than the interval, rules backend', () => {
    const errors = (jobs: string, on?: string) =>
      load(jobs, on)
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => `${d.line}: ${d.message}`);
    expect(errors(`  a:\n    schedule: rate(7 minutes)\n    command: [a]\n`).join('\n')).toMatch(
      /does not run on the clock .* write it as cron/,
    );
    expect(errors(`  a:\n    schedule: cron(0 * * * ? *)\n    command: [a]\n    deadline: 2h\n`).join('\n')).toMatch(
      /deadline 2h is not shorter than the time between job 'a's runs \(60 minutes/,
    );
    expect(
      errors(`  a:\n    schedule: cron(0 1 * * ? *)\n    command: [a]\n    startTimeout: 2h\n`).join('\n'),
    ).toMatch(/startTimeout 2h is out of range: 1m to 1h/);
    expect(
      errors(
        `  a:\n    schedule: cron(0 1 * * ? *)\n    command: [a]\n    retries: 1\n    spotFallback: FARGATE\n`,
      ).join('\n'),
    ).toMatch(/does not run on Spot/);
    const text = chainManifest('etl', `  a:\n    schedule: cron(0 1 * * ? *)\n    command: [a]\n`)
      .replace('cluster: batch\n', 'cluster: batch\nbackend: rules\n')
      .replace('jobs:\n', `alerts: { snsTopicArn: ${TOPIC}, on: [missed] }\njobs:\n`);
    const rules = loadManifestText(text, 'ecs-batch.yml', { now: NOW }).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    expect(rules.map((d) => d.message).join('\n')).toMatch(
      /companion EventBridge Scheduler schedule: use backend: scheduler/,
    );
  });
});

describe('warnings a watched manifest gets', () => {
  const warnings = (text: string) =>
    loadManifestText(text, 'ecs-batch.yml', { now: NOW })
      .diagnostics.filter((d) => d.severity === 'warning')
      .map((d) => d.message);
  const text = (history: string) =>
    chainManifest('etl', `  a:\n    schedule: cron(0 1 * * ? *)\n    command: [a]\n    deadline: 45m\n`).replace(
      'jobs:\n',
      `alerts: { snsTopicArn: ${TOPIC}, on: [missed, late] }\n${history}jobs:\n`,
    );

  it('missed and late alert without a history, and status can show them only with one', () => {
    expect(warnings(text(''))).toEqual([expect.stringMatching(/status` shows missed and late runs only with one/)]);
    expect(warnings(text('history: true\n'))).toEqual([]);
  });
});

describe('the watch alert and untrusted text', () => {
  it('its title takes only the job name and the scheduled time; a job name that is markdown never deploys', () => {
    const titles = [...JSON.stringify(watchDefinition('etl', TOPIC)).matchAll(/"title\.\$":"([^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(titles).toHaveLength(2);
    for (const t of titles) expect(t.match(/\$\.\w+/g)).toEqual(['$.job', '$.scheduledTime']);
    const hostile = load(`  "<!channel>*x*":\n    schedule: cron(0 1 * * ? *)\n    command: [a]\n`);
    expect(hostile.manifest).toBeUndefined();
    expect(hostile.diagnostics.some((d) => d.severity === 'error' && /may only contain letters/.test(d.message))).toBe(
      true,
    );
  });
});

describe('the roles a watched job with a start timeout needs (iam-simulate)', () => {
  const r = load(
    `  report:\n    schedule: cron(0 1 * * ? *)\n    command: [report]\n    startTimeout: 10m\n    deadline: 45m\n`,
    '[failed, not-started, missed, late]',
  );
  const ctx = { account: '123456789012', region: 'us-east-1', partition: 'aws' };
  const machine = iamPolicy(r.manifest!, 'state-machine', ctx);
  const scheduler = iamPolicy(r.manifest!, 'scheduler', ctx);
  const owned = { 'aws:ResourceTag/ecs-batch:project': 'etl' };

  it('the state machines may publish alerts, find a step task by StartedBy, and read the job runs', async () => {
    expect(await decide([machine], { action: 'sns:Publish', resource: TOPIC, context: {} })).toBe('Allowed');
    expect(
      await decide([machine], { action: 'ecs:ListTasks', resource: '*', context: { 'ecs:cluster': CLUSTER } }),
    ).toBe('Allowed');
    const report = 'arn:aws:states:us-east-1:123456789012:stateMachine:etl-report';
    expect(await decide([machine], { action: 'states:ListExecutions', resource: report, context: {} })).toBe('Allowed');
    // Another project's topic and state machine are not this role's.
    const other = 'arn:aws:sns:us-east-1:123456789012:other-alerts';
    expect(await decide([machine], { action: 'sns:Publish', resource: other, context: {} })).toBe('ImplicitlyDenied');
    const stranger = 'arn:aws:states:us-east-1:123456789012:stateMachine:etl2-report';
    expect(await decide([machine], { action: 'states:ListExecutions', resource: stranger, context: {} })).toBe(
      'ImplicitlyDenied',
    );
  });

  it("the schedule role may start the project's watch, and not another project's", async () => {
    const watchArn = 'arn:aws:states:us-east-1:123456789012:stateMachine:etl-ecs-batch-watch';
    expect(await decide([scheduler], { action: 'states:StartExecution', resource: watchArn, context: owned })).toBe(
      'Allowed',
    );
    const other = 'arn:aws:states:us-east-1:123456789012:stateMachine:etl2-ecs-batch-watch';
    expect(
      await decide([scheduler], {
        action: 'states:StartExecution',
        resource: other,
        context: { 'aws:ResourceTag/ecs-batch:project': 'etl2' },
      }),
    ).toBe('ImplicitlyDenied');
  });
});
