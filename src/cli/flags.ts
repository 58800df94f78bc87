/** Flags several commands share, declared once with their help. */
import type { Flag } from './command.ts';

export const MANIFEST_FLAGS = {
  manifest: { type: 'string', short: 'm', value: 'FILE', help: 'the manifest (default: ecs-batch.yml)' },
  environment: {
    type: 'string',
    short: 'e',
    value: 'ENV',
    help: 'apply environments.ENV of the manifest (names get the prefix <project>-ENV)',
  },
} as const satisfies Record<string, Flag>;

export const FORMAT_FLAG = {
  type: 'string',
  value: 'text|json',
  help: 'text for people (default), json for scripts (nothing truncated)',
} as const satisfies Flag;
