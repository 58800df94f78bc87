import { defineCommand } from '../command.ts';
import { RELEASE_FLAGS, runRelease } from '../release.ts';

export default defineCommand({
  name: 'plan',
  summary: 'show what a deploy would change (reads AWS, writes nothing)',
  deadlineSeconds: 30 * 60,
  usesAws: true,
  flags: {
    ...RELEASE_FLAGS,
    image: {
      ...RELEASE_FLAGS.image,
      help: 'the image to plan with (default: the image the jobs run now)',
    },
    job: {
      type: 'string',
      value: 'NAME',
      help: "show only this job's changes (the plan is still made for the whole manifest)",
    },
  },
  examples: [
    'ecs-batch plan',
    'ecs-batch plan --image 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:main --show-task-definitions',
    'ecs-batch plan --environment staging --format json',
    'ecs-batch plan --job nightly',
  ],
  run: (values) => runRelease(values, true, values.job),
});
