/** Failure alerts and run history, end to end on the emulator: real task events, real patterns, real delivery. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RegisterTaskDefinitionCommand, RunTaskCommand } from '@aws-sdk/client-ecs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { iamPolicy, policyContext } from '../../src/policy/iam.ts';
import { loadManifest } from '../../src/load/load.ts';
import { release } from '../../src/release/release.ts';
import { deploymentReport, renderDeploymentMarkdown, renderDeploymentText } from '../../src/report/deployment.ts';
import { findJob, runJob } from '../../src/run/run.ts';
import { fakeAws, fargateTaskDefinition, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';
import { joined } from '../helpers/pattern.ts';

let aws: FakeSetup;
let topic: string;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 20, runMs: 60, stopMs: 10 } });
  aws.fake.createCluster('batch');
  topic = aws.fake.createTopic('batch-alerts');
});
afterAll(() => aws.stop());

const withAlerts = (project: string, extra = '') =>
  MANIFEST.replace('project: myapp', `project: ${project}`).replace(
    'jobs:\n',
    `alerts: { snsTopicArn: "${topic}" }\nhistory: { retentionDays: 30 }\n${extra}jobs:\n`,
  );

async function setUp(project: string, text = withAlerts(project)) {
  const dir = scratchDir({ 'ecs-batch.yml': text });
  const file = join(dir, 'ecs-batch.yml');
  const image = aws.fake.seedImage('myapp-batch', project).uri;
  const deploy = () => release({ manifest: file, image, dryRun: false, prune: true, clients: aws.clients });
  return { dir, file, image, deploy };
}

/** Runs a job by hand (as the rerun workflow does) and waits for it to stop; its events reach the bus. */
async function runOnce(file: string, job: string) {
  const manifest = loadManifest(file).manifest!;
  const result = await runJob(aws.clients, manifest, findJob(manifest, job), {
    wait: true,
    timeoutSeconds: 20,
    startedBy: 'ecs-batch/test',
    pollSeconds: { status: 0.05, logs: 0.05 },
  });
  aws.fake.settle();
  return result;
}

const messages = () =>
  aws.fake.state.topics.get(topic)!.messages.map(
    (m) =>
      JSON.parse(m.message) as {
        version: string;
        source: string;
        content: { title: string; description: string };
        metadata?: { additionalContext?: Record<string, string> };
      },
  );

describe('alerts', () => {
  it('a deploy creates the alert rules, the alarm and the history, a repeat writes nothing, and failures alert once each', async () => {
    const { file, deploy } = await setUp('al1');
    const first = await deploy();
    expect(first.apply?.ok).toBe(true);
    // What no one job owns is listed, not only counted.
    const report = deploymentReport(first, Date.now(), {});
    const text = renderDeploymentText(report);
    for (const line of [
      /^create event-rule al1-ecs-batch-alerts-failed: /m,
      /^create alarm al1-ecs-batch-schedule-errors: /m,
      /^create log-group \/aws\/events\/ecs-batch\/al1: /m,
      /^create logs-policy ecs-batch-events: /m,
    ])
      expect(text).toMatch(line);
    const markdown = renderDeploymentMarkdown(report);
    expect(markdown).toMatch(/\*\*The project's own resources\*\* \(not of one job\):\n\n- /);
    expect(markdown).toMatch(/^- event-rule `al1-ecs-batch-alerts-failed`: create \(/m);
    const names = [...aws.fake.state.rules.values()]
      .filter((r) => r.name.startsWith('al1-ecs-batch-'))
      .map((r) => r.name)
      .sort();
    expect(names).toEqual(['al1-ecs-batch-alerts-failed', 'al1-ecs-batch-alerts-not-started', 'al1-ecs-batch-history']);
    expect(aws.fake.state.alarms.get('al1-ecs-batch-schedule-errors')?.body).toMatchObject({
      AlarmActions: [topic],
      Threshold: 1,
    });
    expect(aws.fake.state.logGroups.get('/aws/events/ecs-batch/al1')?.retentionInDays).toBe(30);
    expect(aws.fake.state.logResourcePolicies.has('ecs-batch-events')).toBe(true);
    aws.fake.calls.reset();
    expect((await deploy()).apply?.ok).toBe(true);
    expect(aws.fake.calls.writes()).toEqual([]);

    const before = messages().length;
    aws.fake.tasks.outcome = () => ({ exitCode: 3, logLines: ['boom'] });
    expect((await runOnce(file, 'nightly')).status).toBe('failed');
    // Whoever stops a task writes its reason (and CannotStartContainerError echoes the command): Slack markup in it.
    aws.fake.tasks.outcome = () => ({
      failToStart: 'CannotPullContainerError: <!channel> see <https://evil.example/login|AWS console>',
    });
    expect((await runOnce(file, 'sweep')).status).toBe('failed-to-start');
    aws.fake.tasks.outcome = () => ({ exitCode: 0, logLines: ['ok'] });
    expect((await runOnce(file, 'monthly')).status).toBe('succeeded');
    aws.fake.tasks.outcome = undefined;

    const sent = messages().slice(before);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toMatchObject({
      version: '1.0',
      source: 'custom',
      content: { title: '❌ ecs-batch al1: a job failed (exit code 3)' },
    });
    expect(sent[0]!.content.description).toMatch(
      joined(
        /\*Job\*: ecs-batch:al1:nightly\n\*What happened\*: the container exited with code 3\n/,
        /\*Cluster\*: arn:aws:ecs:ap-northeast-1:123456789012:cluster\/batch\n/,
        /\*Task\*: arn:aws:ecs:.*task\/batch\/\w+ \(stopped 20\d\d-.*\)\n/,
        /\*Logs\*: https:\/\/ap-northeast-1\.console\.aws\.amazon\.com\/cloudwatch\/home\?region=ap-northeast-1/,
        /#logsV2:log-groups\/log-group\/\$252Fecs-batch\$252Fmyapp/,
      ),
    );
    expect(sent[1]).toMatchObject({ content: { title: '❌ ecs-batch al1: a job never started' } });
    expect(sent[1]!.content.description).toMatch(
      /\*Job\*: ecs-batch:al1:sweep\n\*What happened\*: the task never started \(the reason is in the task details\)/,
    );
    // The reasons travel as plain context, never in the markdown a chat client renders.
    expect(sent[0]!.metadata?.additionalContext).toEqual({ stoppedReason: 'Essential container in task exited' });
    expect(sent[1]!.metadata?.additionalContext?.stoppedReason).toMatch(/<!channel>/);
    for (const m of sent) expect(`${m.content.title}\n${m.content.description}`).not.toMatch(/<!|evil|\|AWS console/);

    // The history keeps all three runs.
    const history = [...aws.fake.state.logGroups.get('/aws/events/ecs-batch/al1')!.streams.values()].flatMap((s) =>
      s.events.map((e) => JSON.parse(e.message) as { detail: { group: string; lastStatus: string } }),
    );
    expect(history.map((e) => [e.detail.group, e.detail.lastStatus]).sort()).toEqual([
      ['ecs-batch:al1:monthly', 'STOPPED'],
      ['ecs-batch:al1:nightly', 'STOPPED'],
      ['ecs-batch:al1:sweep', 'STOPPED'],
    ]);
  });

  it("another family's failure, RUNNING and PENDING changes, and a job with alerts: false never alert", async () => {
    const { file, deploy } = await setUp(
      'al2',
      withAlerts('al2').replace(
        '    command: [php, artisan, nightly]\n',
        '    command: [php, artisan, nightly]\n    alerts: false\n',
      ),
    );
    expect((await deploy()).apply?.ok).toBe(true);
    const before = messages().length;
    aws.fake.tasks.outcome = () => ({ exitCode: 1 });
    expect((await runOnce(file, 'nightly')).status).toBe('failed'); // opted out
    // A task nobody here owns, failing on the same cluster.
    const { taskDefinition } = await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand(fargateTaskDefinition('someone-else')),
    );
    await aws.clients.ecs.send(
      new RunTaskCommand({
        cluster: 'batch',
        taskDefinition: taskDefinition!.taskDefinitionArn!,
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'] } },
      }),
    );
    await new Promise((r) => setTimeout(r, 200));
    aws.fake.settle();
    aws.fake.tasks.outcome = undefined;
    expect(messages().length).toBe(before);
    // The opted-out job still has its history.
    const history = [...aws.fake.state.logGroups.get('/aws/events/ecs-batch/al2')!.streams.values()].flatMap(
      (s) => s.events,
    );
    expect(history.map((e) => (JSON.parse(e.message) as { detail: { group: string } }).detail.group)).toEqual([
      'ecs-batch-quiet:al2:nightly',
    ]);
    // Every task change went through the bus; only STOPPED ones of our jobs matched a rule.
    const ours = aws.fake.state.bus.filter((b) => b.matched.some((r) => r.startsWith('al2-')));
    expect(ours.every((b) => (b.event as { detail: { lastStatus: string } }).detail.lastStatus === 'STOPPED')).toBe(
      true,
    );
  });

  it('removing alerts removes the rules and the alarm (history stays); a deploy covers its calls with its IAM policy', async () => {
    const { dir, file, deploy } = await setUp('al3');
    aws.fake.calls.reset();
    expect((await deploy()).apply?.ok).toBe(true);
    writeFileSync(file, withAlerts('al3').replace(/alerts: \{[^\n]*\n/, ''));
    expect((await deploy()).apply?.ok).toBe(true);
    const left = [...aws.fake.state.rules.values()]
      .filter((r) => r.name.startsWith('al3-ecs-batch-'))
      .map((r) => r.name);
    expect(left).toEqual(['al3-ecs-batch-history']);
    expect(aws.fake.state.alarms.has('al3-ecs-batch-schedule-errors')).toBe(false);
    // Every call of both deploys is allowed by the deploy policy of the manifest with alerts.
    writeFileSync(join(dir, 'with-alerts.yml'), withAlerts('al3'));
    const manifest = loadManifest(join(dir, 'with-alerts.yml')).manifest!;
    const policy = iamPolicy(manifest, 'deploy', policyContext(manifest, 'ap-northeast-1', undefined));
    const allowed = new Set(policy.Statement.flatMap((s) => s.Action));
    const calls = [
      ...new Set(
        aws.fake.calls.entries.map((e) => `${e.service === 'monitoring' ? 'cloudwatch' : e.service}:${e.operation}`),
      ),
    ];
    expect(calls.filter((c) => !allowed.has(c))).toEqual([]);
  });

  it('a topic whose policy does not let EventBridge publish, or that does not exist, is a plan warning', async () => {
    const closed = aws.fake.createTopic('closed-topic', null);
    const { dir, image } = await setUp('al4', withAlerts('al4').replace(topic, closed));
    const r = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /warning: alerts: the policy of SNS topic .*closed-topic does not let events\.amazonaws\.com and cloudwatch\.amazonaws\.com publish/,
    );
    writeFileSync(
      join(dir, 'ecs-batch.yml'),
      withAlerts('al4').replace(topic, 'arn:aws:sns:ap-northeast-1:123456789012:nope'),
    );
    expect((await runCli(['plan', '--image', image], aws.fake.env(), dir)).stdout).toMatch(
      /warning: alerts: the SNS topic .*:nope does not exist/,
    );
  });

  it('a bad topic ARN is an error on its line, and nothing is written', async () => {
    const { dir, image } = await setUp(
      'al5',
      withAlerts('al5').replace(topic, 'arn:aws:sqs:ap-northeast-1:123456789012:queue'),
    );
    aws.fake.calls.reset();
    const r = await runCli(['deploy', '--image', image], aws.fake.env(), dir);
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(
      /ecs-batch\.yml:15:24: error: alerts\.snsTopicArn 'arn:aws:sqs:.*' is not an SNS topic ARN/,
    );
    expect(aws.fake.calls.writes()).toEqual([]);
  });
});
