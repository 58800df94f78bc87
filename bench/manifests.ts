/** Generated manifests for benchmarks: many jobs, a realistic mix of schedules and time zones. */

const SCHEDULES = [
  (i: number) => `cron(${i % 60} ${i % 24} * * ? *)`,
  (i: number) => `cron(${i % 60} ${(i * 7) % 24} ? * MON-FRI *)`,
  (i: number) => `rate(${5 + (i % 55)} minutes)`,
  (i: number) => `"${i % 60} ${(i * 3) % 24} ${1 + (i % 28)} * *"`,
  (i: number) => `cron(${i % 60} ${i % 24} L * ? *)`,
  (i: number) => `cron(${i % 60} 9 ? * ${1 + (i % 7)}#${1 + (i % 4)} *)`,
];
const ZONES = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Europe/London', 'Australia/Sydney'];

export function generatedManifest(
  jobs: number,
  options: { project?: string; backend?: 'scheduler' | 'rules'; taskDefinitions?: 'per-job' | 'shared' } = {},
): string {
  const lines = [
    'version: 1',
    `project: ${options.project ?? 'bench'}`,
    'cluster: batch',
    ...(options.backend ? [`backend: ${options.backend}`] : []),
    ...(options.taskDefinitions ? [`taskDefinitions: ${options.taskDefinitions}`] : []),
    'image: { repository: bench-batch }',
    'defaults:',
    '  cpu: 256',
    '  memory: 512',
    '  executionRoleArn: arn:aws:iam::123456789012:role/exec',
    '  taskRoleArn: arn:aws:iam::123456789012:role/task',
    '  schedulerRoleArn: arn:aws:iam::123456789012:role/invoke',
    '  network: { subnets: [subnet-0a1b], securityGroups: [sg-0c2d] }',
    '  logs: { group: /ecs-batch/bench, retentionDays: 30 }',
    '  environment: { APP_ENV: production }',
    'jobs:',
  ];
  for (let i = 0; i < jobs; i++) {
    const rules = options.backend === 'rules';
    lines.push(`  job-${String(i).padStart(4, '0')}:`);
    lines.push(`    description: Generated job ${i}`);
    lines.push(`    schedule: ${SCHEDULES[rules ? i % 2 : i % SCHEDULES.length]!(i)}`);
    if (!rules) lines.push(`    timezone: ${ZONES[i % ZONES.length]}`);
    lines.push(`    command: [php, artisan, job:${i}]`);
  }
  return `${lines.join('\n')}\n`;
}
