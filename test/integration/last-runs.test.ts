/**
 * The plan's and the deploy's summary say how each job last ran (from the run history, in a few reads), or that no
 * history is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { deploymentReport, renderDeploymentMarkdown, renderDeploymentText } from '../../src/report/deployment.ts';
import { SUMMARY_HISTORY_CALLS, readLastRuns, withLastRuns } from '../../src/report/last-runs.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir } from '../helpers/processes.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 10, runMs: 30, stopMs: 10 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

const WITH_HISTORY = MANIFEST.replace('jobs:\n', 'history: { retentionDays: 30 }\njobs:\n');

describe('last runs in the summary', () => {
  it('each job with its last run: result, when, how long; a job that never ran says so', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': WITH_HISTORY });
    const manifest = join(dir, 'ecs-batch.yml');
    const image = aws.fake.seedImage('myapp-batch', 'lr').uri;
    expect((await release({ manifest, image, dryRun: false, prune: true, clients: aws.clients })).apply?.ok).toBe(true);
    aws.fake.tasks.outcome = (task) => (task.family === 'myapp-sweep' ? { exitCode: 3 } : undefined);
    await aws.fake.fire({ schedule: 'myapp/myapp-nightly' });
    await aws.fake.fire({ schedule: 'myapp/myapp-sweep' });
    while ([...aws.fake.state.tasks.values()].some((t) => t.lastStatus !== 'STOPPED')) {
      await new Promise((r) => setTimeout(r, 10));
      aws.fake.settle();
    }
    aws.fake.tasks.outcome = undefined;

    const outcome = await release({ manifest, image, dryRun: true, prune: true, clients: aws.clients });
    aws.fake.calls.reset();
    const last = await readLastRuns(aws.clients, outcome.manifest!, Date.now());
    expect(aws.fake.calls.count('FilterLogEvents')).toBeLessThanOrEqual(SUMMARY_HISTORY_CALLS);
    const report = withLastRuns(deploymentReport(outcome, Date.now()), last);
    const byJob = Object.fromEntries(report.jobs.map((j) => [j.job, j.lastRun]));
    expect(byJob.nightly).toMatch(/^succeeded \d{4}-\d\d-\d\d \d\d:\d\d UTC, \d+s$/);
    expect(byJob.sweep).toMatch(/^failed \(exit code 3\) /);
    // Its history was read back as far as the few reads went: said, not guessed.
    expect(byJob.monthly).toMatch(/^none since \d{4}-\d\d-\d\d \d\d:\d\d UTC \(history read that far\)$/);
    expect(renderDeploymentText(report)).toMatch(/LAST RUN/);
    const html = new MarkdownIt().render(renderDeploymentMarkdown(report));
    expect(html).toMatch(/<th>Last run<\/th>/);
    expect(html).toMatch(/failed \(exit code 3\)/);

    // The CLI's plan says the same.
    const cli = await runCli(['plan', '--image', image], aws.fake.env(), dir);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^sweep .*failed \(exit code 3\)/m);
  });

  it('without history: the summary says none is kept, and reads nothing', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('project: myapp', 'project: nohist') });
    const image = aws.fake.seedImage('myapp-batch', 'nh').uri;
    const outcome = await release({
      manifest: join(dir, 'ecs-batch.yml'),
      image,
      dryRun: true,
      prune: true,
      clients: aws.clients,
    });
    aws.fake.calls.reset();
    const report = withLastRuns(
      deploymentReport(outcome, Date.now()),
      await readLastRuns(aws.clients, outcome.manifest!, Date.now()),
    );
    expect(aws.fake.calls.count()).toBe(0);
    expect(renderDeploymentMarkdown(report)).toMatch(/Last runs: no history is kept/);
  });
});
