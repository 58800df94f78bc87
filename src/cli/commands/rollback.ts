import { defineCommand } from '../command.ts';
import { RELEASE_FLAGS, checkImageReference, runRelease } from '../release.ts';
import { DEFAULT_MANIFEST } from '../../manifest/defaults.ts';
import { UsageError, parseNonNegativeInt } from '../../util/inputs.ts';
import { printErr } from '../output.ts';

const { image: _image, ...FLAGS } = RELEASE_FLAGS;

export default defineCommand({
  name: 'rollback',
  summary: 'put every job back on an earlier image (per-job task definitions: registers nothing)',
  deadlineSeconds: 60 * 60,
  usesAws: true,
  flags: {
    ...FLAGS,
    to: { type: 'string', value: 'IMAGE', help: 'the image to go back to (default: the one before the current)' },
    steps: { type: 'string', value: 'N', help: 'go back N images (default 1)' },
    'dry-run': { type: 'boolean', default: false, help: 'plan the rollback, write nothing' },
  },
  examples: [
    'ecs-batch rollback --dry-run',
    'ecs-batch rollback --steps 2',
    'ecs-batch rollback --to ...@sha256:<digest>',
  ],
  run: async (values) => {
    checkImageReference('--to', values.to);
    const steps = parseNonNegativeInt('--steps', values.steps) ?? 1;
    if (steps < 1) throw new UsageError('--steps is how many images to go back: 1 or more');
    const { loadManifest } = await import('../../load/load.ts');
    const { createClients } = await import('../../aws/clients.ts');
    const { ROLLBACK_REVISIONS_READ, previousImage, refuseRegistrations } = await import('../../release/rollback.ts');
    const loaded = loadManifest(values.manifest ?? DEFAULT_MANIFEST, {
      ...(values.environment ? { environment: values.environment } : {}),
    });
    let image = values.to;
    // Shared task definitions: schedules run a shape's latest revision, so going back is one registration per shape.
    const shared = loaded.manifest?.taskDefinitions === 'shared';
    if (shared && !image)
      throw new UsageError('with taskDefinitions: shared, name the image to go back to: --to IMAGE');
    if (!image && loaded.manifest) {
      const clients = createClients();
      try {
        image = await previousImage(clients, loaded.manifest, steps);
      } finally {
        clients.destroy();
      }
      if (!image) {
        printErr(
          `no image ${steps} deploy(s) back among the revisions kept (the last ${ROLLBACK_REVISIONS_READ}): pass --to IMAGE`,
        );
        return 1;
      }
    }
    return runRelease(
      { ...values, image },
      values['dry-run'],
      undefined,
      shared
        ? {}
        : {
            earlierRevisions: ROLLBACK_REVISIONS_READ,
            beforeApply: async ({ plan }) => refuseRegistrations(loaded.manifest!, plan),
          },
    );
  },
});
