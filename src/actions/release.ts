/** The `release` action: everything after the image exists. Plans, applies (unless dry-run), summarizes. */
import * as core from '@actions/core';
import { createClients, hasCredentials } from '../aws/clients.ts';
import { DEFAULT_MANIFEST, loadManifest } from '../load/load.ts';
import { release } from '../release/release.ts';
import { deploymentReport, renderDeploymentMarkdown, renderDeploymentText } from '../report/deployment.ts';
import { describeProgress } from '../report/progress.ts';
import { renderValidationMarkdown, validationReport } from '../report/validation.ts';
import { UsageError, parseNonNegativeInt } from '../util/inputs.ts';
import { commentMarker, commentOnPullRequest } from './comment.ts';
import { annotate, booleanInput, imageInput, optionalInput, runAction, setListOutput, writeSummary } from './github.ts';
import { inertText } from '../util/untrusted.ts';
import { commentLimit, summaryLimit } from '../report/budget.ts';
import { createDeployment, imageFromDeployments, type GitHubDeployment } from './deployment.ts';
import { readLastRuns, withLastRuns } from '../report/last-runs.ts';
import { ROLLBACK_REVISIONS_READ, refuseRegistrations, rollbackTarget } from '../release/rollback.ts';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PinnedImage } from '../taskdef/image.ts';

const NO_CREDENTIALS =
  '> ⚠️ **No AWS credentials in this run** (a pull request from a fork, or no aws-actions/configure-aws-credentials step): ' +
  'the plan against AWS was skipped; this is validation only.';

/** Where a cut summary's whole plan is. */
const WHOLE_PLAN = "the whole plan is in the step's `changes` output (and `ecs-batch plan --format json` prints it)";

const NOTHING_DEPLOYED =
  '> ℹ️ Nothing is deployed yet and no image was given, so there is nothing to plan against: validation only.';

/** The action's work; the bundle's entry (src/actions/entries/release.ts) calls it on load. */
export function run(): Promise<void> {
  return runAction(async () => {
    // The rollback action is this one with `rollback: true`: `image` is then the image to go back to (optional).
    const rollback = booleanInput('rollback', false);
    let image = imageInput('image');
    const file = optionalInput('manifest') ?? DEFAULT_MANIFEST;
    const dryRun = booleanInput('dry-run', false);
    const keepRevisions = parseNonNegativeInt("input 'keep-revisions'", optionalInput('keep-revisions'));
    const maxPrune = parseNonNegativeInt("input 'max-prune'", optionalInput('max-prune'));
    const showValues = booleanInput('show-values', false);
    const environment = optionalInput('environment');
    const comment = dryRun && booleanInput('pr-comment', true);
    const token = optionalInput('github-token');
    const now = Date.now();
    // A deploy (not a plan) is recorded as a GitHub deployment of its environment, unless asked not to be.
    const recordDeployment = !dryRun && booleanInput('github-deployment', true) && Boolean(token);
    const environmentUrl = optionalInput('environment-url');
    let deployment: GitHubDeployment | undefined;
    const startDeployment = async (pinned: PinnedImage, prefix: string) => {
      const manifestSha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
      deployment = await createDeployment(
        token!,
        environment ?? 'production',
        { image: pinned.uri, digest: pinned.digest, manifestSha256, prefix },
        environmentUrl,
      );
    };

    // What a PR check can still say without a plan: the validation table, and why there is no plan.
    const validationOnly = async (note: string) => {
      const result = loadManifest(file, { ...(environment ? { environment } : {}), now });
      annotate(result.diagnostics);
      const report = validationReport(result, now, 3);
      const within = (limit: ReturnType<typeof summaryLimit>) =>
        `${note}\n\n${renderValidationMarkdown(file, report, { ...limit, max: limit.max - note.length - 2 })}`;
      const markdown = within(summaryLimit('`ecs-batch validate` prints the whole table'));
      core.setOutput('status', report.valid ? 'validated' : 'invalid');
      core.setOutput('summary', markdown);
      await writeSummary(markdown);
      const marker = commentMarker(result.manifest?.prefix ?? file);
      if (comment) await commentOnPullRequest(token, marker, within(commentLimit(marker)));
      if (!report.valid) core.setFailed(`${file} is invalid; see the annotations`);
    };

    if (dryRun) {
      const probe = createClients();
      const credentials = await hasCredentials(probe);
      probe.destroy();
      if (!credentials) return validationOnly(NO_CREDENTIALS);
    } else if (!image && !rollback) {
      throw new UsageError("input 'image' is required: the image to release (repository@sha256:digest, or an ECR tag)");
    }
    const clients = createClients();
    const loaded = rollback ? loadManifest(file, { ...(environment ? { environment } : {}) }).manifest : undefined;
    const steps = Math.max(1, parseNonNegativeInt("input 'steps'", optionalInput('steps')) ?? 1);
    const back = rollback
      ? await rollbackTarget(clients, loaded, {
          given: image,
          steps,
          // The image the GitHub deployment before recorded, over the revisions' (a deploy outside this action).
          ...(token
            ? {
                recorded: (current) =>
                  imageFromDeployments(token, environment ?? 'production', loaded!.prefix, current, steps),
              }
            : {}),
        })
      : undefined;
    if (back && 'missing' in back) {
      clients.destroy();
      throw new UsageError(
        !loaded
          ? `${file} is invalid: run ecs-batch validate`
          : back.missing === 'shared-needs-image'
            ? "with taskDefinitions: shared, name the image to go back to: 'image'"
            : `no image ${steps} deploy(s) back among the last ${ROLLBACK_REVISIONS_READ} revisions: name it in 'image'`,
      );
    }
    if (back && back.from !== 'given') {
      const source = back.from === 'deployments' ? 'the GitHub deployment before' : 'the task definition revisions';
      core.info(inertText(`Rolling back to ${back.image} (${source}).`));
    }
    if (back) image = back.image;
    const releasing = () =>
      release({
        clients,
        manifest: file,
        ...(environment ? { environment } : {}),
        ...(image ? { image } : {}),
        dryRun,
        prune: booleanInput('prune', true),
        ...(keepRevisions !== undefined ? { keepRevisions } : {}),
        ...(maxPrune !== undefined ? { maxPrune } : {}),
        onEvent: (event) => core.info(inertText(describeProgress(event))),
        ...(back?.earlierRevisions ? { earlierRevisions: back.earlierRevisions } : {}),
        beforeApply: async ({ plan, image: pinned }) => {
          if (back?.earlierRevisions && loaded) refuseRegistrations(loaded, plan);
          if (!recordDeployment) return;
          await startDeployment(pinned, plan.prefix);
          await deployment?.status('in_progress', rollback ? 'rolling back' : 'applying the plan');
        },
      });
    // A deploy's progress lines fold into a group; a plan writes none, so it gets no (empty) group.
    const outcome = await (dryRun ? releasing() : core.group('ecs-batch deploy', releasing)).catch(
      async (e: unknown) => {
        clients.destroy();
        // A deployment that started must not stay in progress forever.
        await deployment?.status('error', `ecs-batch: stopped by an error: ${(e as Error).message}`);
        throw e;
      },
    );
    if (outcome.noImage) {
      clients.destroy();
      return validationOnly(NOTHING_DEPLOYED);
    }
    annotate([...outcome.load.diagnostics, ...(outcome.preflight?.diagnostics ?? [])]);
    // How the jobs ran, beside what will run (a few reads of the run history).
    const last = outcome.plan && outcome.manifest ? await readLastRuns(clients, outcome.manifest, now) : undefined;
    clients.destroy();
    const planned = deploymentReport(outcome, now, { showValues });
    const report = last ? withLastRuns(planned, last) : planned;
    const markdown = renderDeploymentMarkdown(report, summaryLimit(WHOLE_PLAN));
    core.info(inertText(renderDeploymentText(report)));
    core.setOutput('status', report.status);
    setListOutput(
      'changes',
      report.changes.filter((c) => c.action !== 'unchanged'),
      ({ kind, action, name, job }) => ({ kind, action, name, ...(job ? { job } : {}) }),
    );
    core.setOutput('task-definition-arns', JSON.stringify(report.taskDefinitionArns));
    if (report.image) core.setOutput('image', report.image.uri);
    core.setOutput('summary', markdown);
    await writeSummary(markdown);
    const marker = commentMarker(report.prefix ?? file);
    if (comment) await commentOnPullRequest(token, marker, renderDeploymentMarkdown(report, commentLimit(marker)));
    if (recordDeployment && outcome.image && outcome.plan) {
      if (report.status === 'refused' && !deployment) await startDeployment(outcome.image, outcome.plan.prefix);
      const done = { applied: 'success', failed: 'failure', refused: 'error' } as const;
      const state = done[report.status as keyof typeof done];
      if (state) await deployment?.status(state, `ecs-batch: ${report.status}, ${report.totals.writes} change(s)`);
    }
    if (report.status === 'invalid') core.setFailed(`${file} is invalid: nothing was deployed; see the annotations`);
    else if (report.status === 'refused')
      core.setFailed(`refused to deploy: ${[...report.conflicts, ...report.errors].join('; ')}`);
    else if (report.status === 'failed')
      core.setFailed(
        `deploy failed part-way: ${report.errors.join('; ')}. Every schedule still points at a revision that exists; re-run to converge.`,
      );
  });
}
