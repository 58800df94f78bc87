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
    const { ROLLBACK_REVISIONS_READ, refuseRegistrations, rollbackTarget } = await import('../../release/rollback.ts');
    const manifest = loadManifest(values.manifest ?? DEFAULT_MANIFEST, {
      ...(values.environment ? { environment: values.environment } : {}),
    }).manifest;
    const clients = createClients();
    const back = await rollbackTarget(clients, manifest, { given: values.to, steps }).finally(() => clients.destroy());
    if ('missing' in back) {
      if (back.missing === 'shared-needs-image')
        throw new UsageError('with taskDefinitions: shared, name the image to go back to: --to IMAGE');
      if (manifest) {
        printErr(
          `no image ${steps} deploy(s) back among the revisions kept (the last ${ROLLBACK_REVISIONS_READ}): pass --to IMAGE`,
        );
        return 1;
      }
    }
    // An invalid manifest: the release reports it, at its lines.
    return runRelease(
      { ...values, image: 'image' in back ? back.image : undefined },
      values['dry-run'],
      undefined,
      'image' in back && back.earlierRevisions
        ? {
            earlierRevisions: back.earlierRevisions,
            beforeApply: async ({ plan }) => refuseRegistrations(manifest!, plan),
          }
        : {},
    );
  },
});
