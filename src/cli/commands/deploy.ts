import { defineCommand } from '../command.ts';
import { RELEASE_FLAGS, runRelease } from '../release.ts';

export default defineCommand({
  name: 'deploy',
  summary: 'register changed task definitions, sync schedules, prune, print the summary',
  deadlineSeconds: 60 * 60,
  usesAws: true,
  flags: { ...RELEASE_FLAGS, image: { ...RELEASE_FLAGS.image, required: true } },
  examples: [
    'ecs-batch deploy --image 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:<digest>',
    'ecs-batch deploy --image ...:main --environment staging --keep-revisions 5',
  ],
  run: (values) => runRelease(values, false),
});
