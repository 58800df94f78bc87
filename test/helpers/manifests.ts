/** Manifests shared by the pipeline tests. */

/** Four jobs: a cron, a rate, a unix cron with its own size, and a disabled one. */
export const MANIFEST = `version: 1
project: myapp
cluster: batch
image: { repository: myapp-batch }
defaults:
  timezone: Asia/Tokyo
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  taskRoleArn: arn:aws:iam::123456789012:role/task
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  network: { subnets: [subnet-0a1b], securityGroups: [sg-0c2d] }
  logs: { group: /ecs-batch/myapp, retentionDays: 30 }
  environment: { APP_ENV: production }
jobs:
  nightly:
    description: Nightly aggregation
    schedule: cron(0 0 * * ? *)
    command: [php, artisan, nightly]
  sweep:
    schedule: rate(10 minutes)
    command: [php, artisan, sweep]
  monthly:
    schedule: "0 9 1 * *"
    command: [php, artisan, monthly]
    cpu: 1024
    memory: 2048
  legacy:
    schedule: cron(30 3 ? * SUN *)
    enabled: false
`;

/** A manifest whose jobs may run through Step Functions (a state machine role is set); `jobs` is the indented body of `jobs:`. */
export const chainManifest = (project: string, jobs: string) => `version: 1
project: ${project}
cluster: batch
image: { repository: etl-batch }
defaults:
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/exec
  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke
  stateMachineRoleArn: arn:aws:iam::123456789012:role/sfn
  network: { subnets: [subnet-0a1b] }
  logs: { group: /ecs-batch/etl }
jobs:
${jobs}`;
