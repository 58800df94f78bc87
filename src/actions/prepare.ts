/**
 * The `prepare` step of the deploy action: validate the manifest (before anything is built),
 * ensure the ECR repository, compute the image tags, and tell whether this commit's image exists.
 */
import * as core from '@actions/core';
import { inertText } from '../util/untrusted.ts';
import { join } from 'node:path';
import { digestOfTag, ensureRepository, tagFor } from '../apply/repository.ts';
import { createClients } from '../aws/clients.ts';
import { DEFAULT_MANIFEST, loadManifest } from '../load/load.ts';
import { parsePositiveInt } from '../util/inputs.ts';
import { annotate, booleanInput, imageInput, optionalInput, runAction } from './github.ts';

/** The action's work; the bundle's entry (src/actions/entries/prepare.ts) calls it on load. */
export function run(): Promise<void> {
  return runAction(async () => {
    const file = optionalInput('manifest') ?? DEFAULT_MANIFEST;
    const environment = optionalInput('environment');
    const result = loadManifest(file, environment ? { environment } : {});
    annotate(result.diagnostics);
    if (!result.manifest) {
      core.setFailed(`${file} is invalid: nothing was built or deployed; see the annotations`);
      return;
    }
    const manifest = result.manifest;
    const context = optionalInput('context') ?? manifest.image.context;
    const dockerfile = optionalInput('dockerfile') ?? join(context, manifest.image.dockerfile);
    core.setOutput('context', context);
    core.setOutput('dockerfile', dockerfile);
    core.setOutput('prefix', manifest.prefix);

    const given = imageInput('image');
    if (given) {
      // A prebuilt image: nothing to build; the release step pins it.
      core.setOutput('exists', 'true');
      core.setOutput('image', given);
      core.info(inertText(`Releasing the given image ${given}; the build is skipped.`));
      return;
    }
    const clients = createClients();
    try {
      const repo = await ensureRepository(clients, manifest.image.repository, {
        prefix: manifest.prefix,
        untaggedToKeep: parsePositiveInt(
          "input 'untagged-images-to-keep'",
          optionalInput('untagged-images-to-keep'),
          10,
          1000,
        ),
      });
      core.info(
        inertText(
          repo.created
            ? `Created ECR repository ${repo.uri} (scan on push, lifecycle policy).`
            : `ECR repository ${repo.uri} exists.`,
        ),
      );
      const sha = process.env.GITHUB_SHA ?? '';
      const ref = process.env.GITHUB_REF_NAME ?? '';
      const tags = [sha, ref ? tagFor(ref) : '', booleanInput('push-latest', false) ? 'latest' : '']
        .filter(Boolean)
        .map((t) => `${repo.uri}:${t}`);
      core.setOutput('repository-uri', repo.uri);
      core.setOutput('registry', repo.registry);
      core.setOutput('tags', tags.join('\n'));
      const digest = sha ? await digestOfTag(clients, manifest.image.repository, sha) : undefined;
      core.setOutput('exists', digest ? 'true' : 'false');
      if (digest) {
        core.setOutput('image', `${repo.uri}@${digest}`);
        core.info(inertText(`An image for commit ${sha} is already in ECR (${digest}); the build is skipped.`));
      }
    } finally {
      clients.destroy();
    }
  });
}
