/** The `release` action: everything after the image exists. Plans, applies (unless dry-run), summarizes. */
import * as core from '@actions/core';
import { DEFAULT_MANIFEST } from '../manifest/load.ts';
import { release } from '../release.ts';
import { deploymentReport, renderDeploymentMarkdown, renderDeploymentText } from '../report/deployment.ts';
import { describeProgress } from '../report/progress.ts';
import { UsageError, parseNonNegativeInt } from '../util/inputs.ts';
import { annotate, booleanInput, optionalInput, runAction } from './github.ts';

void runAction(async () => {
  const image = optionalInput('image');
  if (!image) throw new UsageError("input 'image' is required: the image to release (repository@sha256:digest, or an ECR tag)");
  const file = optionalInput('manifest') ?? DEFAULT_MANIFEST;
  const dryRun = booleanInput('dry-run', false);
  const keepRevisions = parseNonNegativeInt("input 'keep-revisions'", optionalInput('keep-revisions'));
  const environment = optionalInput('environment');
  const now = Date.now();
  const outcome = await core.group(dryRun ? 'ecs-batch plan' : 'ecs-batch deploy', () =>
    release({
      manifest: file,
      ...(environment ? { environment } : {}),
      image,
      dryRun,
      prune: booleanInput('prune', true),
      ...(keepRevisions !== undefined ? { keepRevisions } : {}),
      onEvent: (event) => core.info(describeProgress(event)),
    }),
  );
  annotate(outcome.load.diagnostics);
  const report = deploymentReport(outcome, now);
  const markdown = renderDeploymentMarkdown(report);
  core.info(renderDeploymentText(report));
  core.setOutput('status', report.status);
  core.setOutput('changes', JSON.stringify(report.changes.filter((c) => c.action !== 'unchanged')));
  core.setOutput('task-definition-arns', JSON.stringify(report.taskDefinitionArns));
  if (report.image) core.setOutput('image', report.image.uri);
  core.setOutput('summary', markdown);
  await core.summary.addRaw(markdown, true).write();
  if (report.status === 'invalid') core.setFailed(`${file} is invalid: nothing was deployed; see the annotations`);
  else if (report.status === 'refused') core.setFailed(`refused to deploy: ${report.conflicts.join('; ')}`);
  else if (report.status === 'failed') core.setFailed(`deploy failed part-way: ${report.errors.join('; ')}. Every schedule still points at a revision that exists; re-run to converge.`);
});
