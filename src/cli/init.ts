/**
 * `ecs-batch init`: a starter manifest (with its JSON Schema for editor completion) and the
 * example workflows, never overwriting a file that exists.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { SCHEMA_URL } from '../manifest/defaults.ts';
import { writeNewFile } from '../util/write.ts';

export { SCHEMA_URL };

export interface InitOptions {
  manifest: string;
  project?: string;
  cluster?: string;
  /** Where the example workflows go; undefined writes none. */
  workflowsDir?: string;
}

export interface InitResult {
  written: string[];
  /** Files that existed and were left alone. */
  kept: string[];
}

/** The jobs of the starter manifest; the rerun workflow's job list is made to match. */
const STARTER_JOBS = ['daily-aggregate', 'sweep'];

export function starterManifest(project: string, cluster: string): string {
  return `# yaml-language-server: $schema=${SCHEMA_URL}
# Every scheduled job of this repository. \`ecs-batch validate\` checks it; the README lists every key.
$schema: ${SCHEMA_URL}
version: 1
project: ${project}                # prefix of every AWS name, and the ownership tag
cluster: ${cluster}                # SET ME: the ECS cluster the jobs run on
image:
  repository: ${project}-batch     # the ECR repository (created on the first deploy)
defaults:
  timezone: UTC                 # an IANA name, e.g. Asia/Tokyo
  cpu: 256
  memory: 512
  executionRoleArn: arn:aws:iam::123456789012:role/ecsTaskExecutionRole  # SET ME
  schedulerRoleArn: arn:aws:iam::123456789012:role/ecs-batch-invoke      # SET ME: ecs-batch iam-policy --for scheduler
  network:
    subnets: [subnet-0123456789abcdef0]  # SET ME
    securityGroups: [sg-0123456789abcdef0]  # SET ME
  logs:
    group: /ecs-batch/${project}
    retentionDays: 30
  # EC2 cluster instead of Fargate? Use launchType: EC2 (or capacityProviderStrategy), networkMode: bridge,
  # drop network, and spread tasks: placementStrategy: [{ type: spread, field: "attribute:ecs.availability-zone" }]
jobs:
  ${STARTER_JOBS[0]}:
    description: Aggregate yesterday's events
    schedule: cron(0 0 * * ? *)     # AWS cron; a quoted unix line such as "0 0 * * *" works too
    command: [php, artisan, aggregate:daily]
  ${STARTER_JOBS[1]}:
    description: Sweep the queue
    schedule: rate(10 minutes)
    command: [php, artisan, queue:sweep]
# environments:
#   staging:
#     cluster: batch-staging
#     defaults:
#       logs: { group: /ecs-batch/${project}-staging }
`;
}

function examplesDir(): string {
  // From src/cli/ or from the bundle in dist/cli/, the examples are two levels up.
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/workflows');
}

function writeNew(path: string, text: string, result: InitResult): void {
  if (writeNewFile(path, text) === 'exists') result.kept.push(path);
  else result.written.push(path);
}

export function init(options: InitOptions): InitResult {
  const result: InitResult = { written: [], kept: [] };
  const project =
    options.project ??
    (basename(resolve('.'))
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '') ||
      'myapp');
  writeNew(options.manifest, starterManifest(project, options.cluster ?? 'batch'), result);
  if (options.workflowsDir) {
    for (const name of ['deploy.yml', 'pr.yml', 'rerun.yml', 'validate.yml']) {
      let text = readFileSync(join(examplesDir(), name), 'utf8').replace(
        /manifest: ecs-batch\.yml/g,
        `manifest: ${options.manifest}`,
      );
      // The rerun picker lists the starter's jobs, so validate finds it in step with the manifest.
      if (name === 'rerun.yml')
        text = text.replace(
          /( {8}options:\n)(?: {10}- .*\n)+/,
          `$1${STARTER_JOBS.map((j) => `          - ${j}\n`).join('')}`,
        );
      writeNew(join(options.workflowsDir, `ecs-batch-${name}`), text, result);
    }
  }
  return result;
}
