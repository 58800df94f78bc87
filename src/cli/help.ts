/** What `ecs-batch <command> --help` says: every flag explained, and examples. Text only (no manifest code loads). */

export interface CommandHelp {
  flags: [flag: string, help: string][];
  examples: string[];
}

const MANIFEST: [string, string][] = [
  ['-m, --manifest FILE', 'the manifest (default: ecs-batch.yml)'],
  ['-e, --environment ENV', 'apply environments.ENV of the manifest (names get the prefix <project>-ENV)'],
];
const FORMAT: [string, string] = [
  '--format text|json',
  'text for people (default), json for scripts (nothing truncated)',
];
const DEADLINE: [string, string] = [
  '--deadline DURATION',
  'stop with a clear error after this long (e.g. 45m; defaults per command)',
];

const RELEASE: [string, string][] = [
  ...MANIFEST,
  ['-i, --image URI', 'the image, pinned by digest (registry/repo@sha256:...) or an ECR tag (resolved to its digest)'],
  FORMAT,
  ['--no-prune', 'keep what this manifest owns but no longer lists (it is listed as a warning)'],
  ['--max-prune N', 'allow removing up to N jobs (without it, removing more than half of the owned jobs is refused)'],
  ['--keep-revisions N', 'keep N ACTIVE task definition revisions per job; deregister older ones'],
  ['--show-values', 'show plain environment values in diffs (secret-looking ones stay hidden)'],
  ['--show-task-definitions', 'also print the rendered task definitions'],
  DEADLINE,
];

export const HELP: Record<string, CommandHelp> = {
  validate: {
    flags: [
      ['-m, --manifest FILE', 'the manifest (default: ecs-batch.yml)'],
      ['-e, --environment ENV', 'check only this environment (default: the base manifest and every environment)'],
      FORMAT,
      ['--next N', 'next runs to show per job (default 3)'],
      ['--now ISO-8601', 'compute next runs from this time instead of now'],
      ['--workflows DIR', 'rerun workflows whose job list must match (default .github/workflows)'],
      DEADLINE,
    ],
    examples: [
      'ecs-batch validate',
      'ecs-batch validate --environment staging --next 5',
      'ecs-batch validate --format json | jq .errors',
    ],
  },
  plan: {
    flags: RELEASE.filter(([f]) => !f.startsWith('-i')).concat([
      ['-i, --image URI', 'the image to plan with (default: the image the jobs run now)'],
    ]),
    examples: [
      'ecs-batch plan',
      'ecs-batch plan --image 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app:main --show-task-definitions',
      'ecs-batch plan --environment staging --format json',
    ],
  },
  deploy: {
    flags: RELEASE,
    examples: [
      'ecs-batch deploy --image 123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/app@sha256:<digest>',
      'ecs-batch deploy --image ...:main --environment staging --keep-revisions 5',
    ],
  },
  run: {
    flags: [
      ...MANIFEST,
      ['-c, --command "..."', "override the container's command (shell-like words; quotes group)"],
      ['--env KEY=VALUE', 'add or override an environment variable (repeatable)'],
      [
        '--only',
        'for a job that runs through a state machine (a chain, retries, timeout): run just this job, as one task',
      ],
      ['--no-wait', 'start the task (or the state machine) and exit without waiting for it'],
      ['--timeout DURATION', 'stop the task after this long (default 2h); the run then fails'],
      ['--poll DURATION', 'how often to look at the task and its logs (default 6s)'],
      FORMAT,
      DEADLINE,
    ],
    examples: [
      'ecs-batch run daily-aggregate',
      "ecs-batch run daily-aggregate --command 'php artisan aggregate:daily --date=2026-11-27'",
      'ecs-batch run sweep --env DRY_RUN=1 --timeout 30m',
    ],
  },
  'iam-policy': {
    flags: [
      ...MANIFEST,
      [
        '--for deploy|plan|run|scheduler|state-machine',
        'deploy: the deploy role; plan: a read-only PR role; run: the rerun role; scheduler: the role schedules (or rules) start tasks with; state-machine: the role Step Functions runs chains with',
      ],
      ['--region REGION', 'region in the ARNs (default: AWS_REGION, else *)'],
      ['--account ID', 'account in the ARNs (default: from the manifest role ARNs)'],
      DEADLINE,
    ],
    examples: [
      'ecs-batch iam-policy --for deploy --region ap-northeast-1',
      'ecs-batch iam-policy --for scheduler > invoke-policy.json',
    ],
  },
  status: {
    flags: [
      ...MANIFEST,
      [
        '--format text|json|markdown|svg',
        'text (default), json, markdown (with the week as a Mermaid chart), or svg (the week as a picture; no AWS call)',
      ],
      ['-o, --output FILE', 'write to FILE instead of standard output'],
      ['--now ISO-8601', 'the reference time for next runs and the week'],
      DEADLINE,
    ],
    examples: [
      'ecs-batch status',
      'ecs-batch status --format markdown >> "$GITHUB_STEP_SUMMARY"',
      'ecs-batch status --format svg --output week.svg',
    ],
  },
  import: {
    flags: [
      [
        '-c, --cluster NAME',
        'the ECS cluster whose scheduled tasks (EventBridge rules and Scheduler schedules that target it) to import',
      ],
      ['--project NAME', 'the project name of the new manifest (default: from the cluster name)'],
      [
        '-o, --output FILE',
        'where to write the manifest (default: ecs-batch.yml); base task definitions go to FILE.taskdefs/ beside it. Never overwrites',
      ],
      ['--backend scheduler|rules', 'what the manifest deploys to (default: scheduler)'],
      DEADLINE,
    ],
    examples: [
      'ecs-batch import --cluster batch',
      'ecs-batch import --cluster batch-ec2 --project billing --output billing.yml --backend rules',
    ],
  },
  init: {
    flags: [
      ['-m, --manifest FILE', 'where to write the manifest (default: ecs-batch.yml)'],
      ['--project NAME', 'the project name (default: the directory name)'],
      ['--cluster NAME', 'the ECS cluster (default: batch)'],
      ['--workflows DIR', 'where to write the example workflows (default .github/workflows)'],
      ['--no-workflows', 'write the manifest only'],
    ],
    examples: ['ecs-batch init', 'ecs-batch init --project billing --cluster batch-ec2'],
  },
};

export function commandHelp(name: string, summary: string, usage: string): string {
  const help = HELP[name];
  if (!help) return `${summary}\n\nUsage: ${usage}`;
  const width = Math.max(...help.flags.map(([flag]) => flag.length));
  return [
    `ecs-batch ${name}: ${summary}`,
    '',
    `Usage: ${usage}`,
    '',
    'Options:',
    ...help.flags.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    '',
    'Examples:',
    ...help.examples.map((e) => `  ${e}`),
  ].join('\n');
}
