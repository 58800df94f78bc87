#!/usr/bin/env node
/**
 * The ecs-batch command line. Each command reads its flags, calls the core, prints the result.
 * Exit codes: 0 success, 1 invalid input or a failed operation, 2 a usage error.
 */
import type { ApplyEvent } from './apply/apply.ts';
import { DEFAULT_MANIFEST, DEFAULT_WORKFLOWS_DIR } from './manifest/defaults.ts';
import {
  UsageError,
  parseCommand,
  parseCommandArgs,
  parseDuration,
  parseEnvironment,
  parseFormat,
  parseInstant,
  parseNonNegativeInt,
  parsePositiveInt,
} from './util/inputs.ts';
import { describeError } from './util/errors.ts';
import { oldNodeNote } from './cli/node-version.ts';
import { DeadlineError, withDeadline } from './util/deadline.ts';
import { parseImageReference } from './taskdef/reference.ts';
import { CommandsStopped, inertText } from './util/untrusted.ts';
import { redactSecrets } from './util/secrets.ts';

const VERSION = '0.1.0';

interface Command {
  summary: string;
  usage: string;
  /** The whole command's deadline unless --deadline says otherwise. */
  deadlineSeconds: number | ((argv: string[]) => number);
  run(argv: string[]): Promise<number>;
}

/** Every command reads a manifest, in an environment. */
const MANIFEST_OPTIONS = {
  manifest: { type: 'string', short: 'm' },
  environment: { type: 'string', short: 'e' },
} as const;

const RELEASE_OPTIONS = {
  ...MANIFEST_OPTIONS,
  image: { type: 'string', short: 'i' },
  format: { type: 'string' },
  prune: { type: 'boolean', default: true },
  'no-prune': { type: 'boolean', default: false },
  'keep-revisions': { type: 'string' },
  'max-prune': { type: 'string' },
  'show-values': { type: 'boolean', default: false },
  'show-task-definitions': { type: 'boolean', default: false },
  now: { type: 'string' },
} as const;

/** `plan` and `deploy` share flags; only `deploy` writes. */
async function runRelease(argv: string[], dryRun: boolean): Promise<number> {
  const { values } = parseCommandArgs(argv, RELEASE_OPTIONS);
  const format = parseFormat(values.format);
  if (!values.image && !dryRun)
    throw new UsageError(
      '--image is required: the image to release, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:... or ...:tag',
    );
  checkImageReference('--image', values.image);
  const keepRevisions = parseNonNegativeInt('--keep-revisions', values['keep-revisions']);
  const maxPrune = parseNonNegativeInt('--max-prune', values['max-prune']);
  const now = parseInstant('--now', values.now);
  // Loaded on demand: the AWS SDK is most of the bundle, and `validate` never needs it.
  const { release } = await import('./release/release.ts');
  const { deploymentReport, renderDeploymentText, renderedTaskDefinitions } = await import('./report/deployment.ts');
  const { describeProgress } = await import('./report/progress.ts');
  const outcome = await release({
    manifest: values.manifest ?? DEFAULT_MANIFEST,
    ...(values.environment ? { environment: values.environment } : {}),
    ...(values.image ? { image: values.image } : {}),
    dryRun,
    prune: values.prune && !values['no-prune'],
    ...(keepRevisions !== undefined ? { keepRevisions } : {}),
    ...(maxPrune !== undefined ? { maxPrune } : {}),
    now,
    onEvent: format === 'text' ? (event: ApplyEvent) => printErr(describeProgress(event)) : undefined,
  });
  if (outcome.noImage) {
    printErr('nothing is deployed yet and no --image was given: nothing to plan against');
    return 1;
  }
  const display = { showValues: values['show-values'] };
  const report = deploymentReport(outcome, now, display);
  const taskDefinitions =
    values['show-task-definitions'] && outcome.plan ? renderedTaskDefinitions(outcome.plan, display) : undefined;
  if (format === 'json') printJson(taskDefinitions ? { ...report, taskDefinitions } : report);
  else
    print(
      [
        renderDeploymentText(report),
        ...Object.entries(taskDefinitions ?? {}).map(
          ([family, td]) => `\ntask definition ${family}:\n${JSON.stringify(td, null, 2)}`,
        ),
      ].join('\n'),
    );
  return report.status === 'applied' || report.status === 'planned' ? 0 : 1;
}

const COMMANDS: Record<string, Command> = {
  init: {
    summary: 'write a starter ecs-batch.yml and the example workflows (never overwrites a file)',
    deadlineSeconds: 60,
    usage: 'ecs-batch init [--manifest FILE] [--project NAME] [--cluster NAME] [--workflows DIR] [--no-workflows]',
    async run(argv) {
      const { values } = parseCommandArgs(argv, {
        manifest: { type: 'string', short: 'm' },
        project: { type: 'string' },
        cluster: { type: 'string' },
        workflows: { type: 'string' },
        'no-workflows': { type: 'boolean', default: false },
      });
      if (values.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.project))
        throw new UsageError('--project may contain letters, digits, - and _ (starting with a letter or digit)');
      const { init } = await import('./cli/init.ts');
      const result = init({
        manifest: values.manifest ?? DEFAULT_MANIFEST,
        ...(values.project ? { project: values.project } : {}),
        ...(values.cluster ? { cluster: values.cluster } : {}),
        ...(values['no-workflows'] ? {} : { workflowsDir: values.workflows ?? DEFAULT_WORKFLOWS_DIR }),
      });
      for (const file of result.written) print(`wrote ${file}`);
      for (const file of result.kept) printErr(`kept ${file}: it exists (init never overwrites)`);
      if (result.written.length) print(`\nnext: set the values marked SET ME, then run: ecs-batch validate`);
      return result.written.length ? 0 : 1;
    },
  },
  import: {
    summary: 'write a manifest from the scheduled tasks made by hand on a cluster (reads AWS, writes nothing there)',
    deadlineSeconds: 10 * 60,
    usage: 'ecs-batch import --cluster NAME [--project NAME] [--output FILE] [--backend scheduler|rules]',
    async run(argv) {
      const { values } = parseCommandArgs(argv, {
        cluster: { type: 'string', short: 'c' },
        project: { type: 'string' },
        output: { type: 'string', short: 'o' },
        backend: { type: 'string' },
      });
      if (!values.cluster)
        throw new UsageError('--cluster is required: the ECS cluster whose scheduled tasks to import');
      if (values.project !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(values.project))
        throw new UsageError('--project may contain letters, digits, - and _ (starting with a letter or digit)');
      const backend = values.backend ?? 'scheduler';
      if (backend !== 'scheduler' && backend !== 'rules')
        throw new UsageError(`--backend must be scheduler or rules, not '${backend}'`);
      const { createClients } = await import('./aws/clients.ts');
      const { importCommand } = await import('./cli/import.ts');
      const clients = createClients();
      try {
        const result = await importCommand(clients, {
          cluster: values.cluster,
          ...(values.project ? { project: values.project } : {}),
          output: values.output ?? DEFAULT_MANIFEST,
          backend,
        });
        printErr(result.summary.join('\n'));
        return result.ok ? 0 : 1;
      } finally {
        clients.destroy();
      }
    },
  },
  validate: {
    summary: 'check the manifest and show every job with its next runs',
    deadlineSeconds: 10 * 60,
    usage:
      'ecs-batch validate [--manifest FILE] [--environment ENV] [--format text|json] [--next N] [--now ISO-8601] [--workflows DIR]',
    async run(argv) {
      const { values } = parseCommandArgs(argv, {
        ...MANIFEST_OPTIONS,
        format: { type: 'string' },
        next: { type: 'string' },
        now: { type: 'string' },
        workflows: { type: 'string' },
      });
      const format = parseFormat(values.format);
      const next = parsePositiveInt('--next', values.next, 3, 100);
      const now = parseInstant('--now', values.now);
      const file = values.manifest ?? DEFAULT_MANIFEST;
      const { loadAllEnvironments, loadManifest } = await import('./manifest/load.ts');
      const { withWorkflowChecks } = await import('./manifest/workflows.ts');
      const { renderValidationText, validationReport } = await import('./report/validation.ts');
      // Without --environment, the base and every overlay are checked.
      const loaded = values.environment
        ? loadManifest(file, { environment: values.environment, now })
        : loadAllEnvironments(file, { now });
      const result = withWorkflowChecks(loaded, values.workflows ?? DEFAULT_WORKFLOWS_DIR);
      const report = validationReport(result, now, next);
      if (format === 'json') printJson(report);
      else print(renderValidationText(file, result, report));
      return report.valid ? 0 : 1;
    },
  },
  'iam-policy': {
    summary: 'print the least-privilege IAM policy the actions need for this manifest',
    deadlineSeconds: 10 * 60,
    usage:
      'ecs-batch iam-policy [--manifest FILE] [--environment ENV] [--for deploy|plan|run|scheduler|state-machine] [--region REGION] [--account ID]',
    async run(argv) {
      const { values } = parseCommandArgs(argv, {
        ...MANIFEST_OPTIONS,
        for: { type: 'string', default: 'deploy' },
        region: { type: 'string' },
        account: { type: 'string' },
      });
      const purpose = values.for;
      if (
        purpose !== 'deploy' &&
        purpose !== 'plan' &&
        purpose !== 'run' &&
        purpose !== 'scheduler' &&
        purpose !== 'state-machine'
      )
        throw new UsageError(`--for must be deploy, plan, run, scheduler or state-machine, not '${purpose}'`);
      if (values.account !== undefined && !/^\d{12}$/.test(values.account))
        throw new UsageError(`--account must be a 12-digit AWS account id`);
      const file = values.manifest ?? DEFAULT_MANIFEST;
      const { loadManifest } = await import('./manifest/load.ts');
      const { formatDiagnostic } = await import('./manifest/diagnostics.ts');
      const { iamPolicy, policyContext } = await import('./policy/iam.ts');
      const result = loadManifest(file, values.environment ? { environment: values.environment } : {});
      if (!result.manifest) {
        printErr(result.diagnostics.map(formatDiagnostic).join('\n'));
        return 1;
      }
      const region = values.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
      printJson(iamPolicy(result.manifest, purpose, policyContext(result.manifest, region, values.account)));
      return 0;
    },
  },
  run: {
    summary: "run a job now with its schedule's settings, stream its logs, exit with its result",
    // The task's own --timeout (2h by default), plus time to start it and to stop it.
    deadlineSeconds: (argv) => parseDuration('--timeout', optionValue(argv, '--timeout'), 2 * 3600) + 15 * 60,
    usage:
      "ecs-batch run JOB [--manifest FILE] [--environment ENV] [--command '...'] [--env KEY=VALUE ...] [--only] [--no-wait] [--timeout 2h] [--poll 6s] [--format text|json]",
    async run(argv) {
      const { values, positionals } = parseCommandArgs(
        argv,
        {
          ...MANIFEST_OPTIONS,
          command: { type: 'string', short: 'c' },
          env: { type: 'string', multiple: true, default: [] },
          'no-wait': { type: 'boolean', default: false },
          only: { type: 'boolean', default: false },
          timeout: { type: 'string' },
          poll: { type: 'string' },
          format: { type: 'string' },
        },
        true,
      );
      if (positionals.length !== 1) throw new UsageError('give exactly one job name: ecs-batch run JOB');
      const format = parseFormat(values.format);
      const options = {
        wait: !values['no-wait'],
        timeoutSeconds: parseDuration('--timeout', values.timeout, 2 * 3600),
        command: parseCommand('--command', values.command),
        environment: parseEnvironment('--env', values.env),
        poll: parseDuration('--poll', values.poll, 6),
      };
      const file = values.manifest ?? DEFAULT_MANIFEST;
      const { loadManifest } = await import('./manifest/load.ts');
      const { formatDiagnostic } = await import('./manifest/diagnostics.ts');
      const loaded = loadManifest(file, values.environment ? { environment: values.environment } : {});
      if (!loaded.manifest) {
        printErr(
          loaded.diagnostics
            .filter((d) => d.severity === 'error')
            .map(formatDiagnostic)
            .join('\n'),
        );
        return 1;
      }
      const { createClients } = await import('./aws/clients.ts');
      const { findJob, runJob, startedByFor } = await import('./run/run.ts');
      const { renderRunText } = await import('./report/run.ts');
      const job = findJob(loaded.manifest, positionals[0]!);
      const { chainOf, renderChainRunText, runChain } = await import('./run/chain.ts');
      const chain = values.only ? undefined : chainOf(loaded.manifest, job.name);
      if (chain) {
        if (options.command || options.environment)
          throw new UsageError(
            `job '${job.name}' runs through a state machine: --command and --env apply to one step; add --only to run just this job`,
          );
        const clients = createClients();
        try {
          if (chain.root !== job.name)
            printErr(
              `note: ${job.name} runs in the chain that ${chain.root} starts: running the whole chain (--only runs just ${job.name})`,
            );
          const result = await runChain(clients, loaded.manifest, chain, {
            wait: options.wait,
            timeoutSeconds: options.timeoutSeconds,
            startedBy: startedByFor(process.env.GITHUB_RUN_ID),
            pollSeconds: options.poll,
            onNote: (note) => printErr(note),
            ...(format === 'text'
              ? {
                  onLog: (_job: string, line: { message: string }) =>
                    process.stdout.write(`${inertText(redactSecrets(line.message))}\n`),
                }
              : {}),
          });
          if (format === 'json') printJson(result);
          else print(`\n${renderChainRunText(result)}`);
          return result.status === 'succeeded' || result.status === 'skipped' || result.status === 'started' ? 0 : 1;
        } finally {
          clients.destroy();
        }
      }
      const clients = createClients();
      // Container logs are someone else's text: in a GitHub job, the runner reads no command inside them.
      const fence = new CommandsStopped((line) => process.stdout.write(`${line}\n`));
      const inActions = process.env.GITHUB_ACTIONS === 'true';
      try {
        const result = await runJob(clients, loaded.manifest, job, {
          wait: options.wait,
          timeoutSeconds: options.timeoutSeconds,
          startedBy: startedByFor(process.env.GITHUB_RUN_ID),
          ...(options.command ? { command: options.command } : {}),
          ...(options.environment ? { environment: options.environment } : {}),
          pollSeconds: { status: options.poll, logs: Math.min(2, options.poll) },
          onNote: (note) => printErr(`note: ${note}`),
          ...(format === 'text'
            ? {
                onLog: (line: { message: string }) => {
                  if (inActions) fence.stop();
                  process.stdout.write(`${inertText(redactSecrets(line.message))}\n`);
                },
              }
            : {}),
        });
        fence.resume();
        if (format === 'json') printJson(result);
        else print(`\n${renderRunText(result)}`);
        return result.status === 'succeeded' || result.status === 'started' ? 0 : 1;
      } finally {
        fence.resume();
        clients.destroy();
      }
    },
  },
  status: {
    summary: 'every job: schedule, enabled, next runs, how its last runs went; and the week ahead',
    deadlineSeconds: 10 * 60,
    usage:
      'ecs-batch status [--manifest FILE] [--environment ENV] [--format text|json|markdown|svg] [--output FILE] [--now ISO-8601]',
    async run(argv) {
      const { values } = parseCommandArgs(argv, {
        ...MANIFEST_OPTIONS,
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        now: { type: 'string' },
      });
      const format = values.format ?? 'text';
      if (!['text', 'json', 'markdown', 'svg'].includes(format))
        throw new UsageError(`--format must be text, json, markdown or svg, not '${format}'`);
      const now = parseInstant('--now', values.now);
      const file = values.manifest ?? DEFAULT_MANIFEST;
      const { loadManifest } = await import('./manifest/load.ts');
      const { formatDiagnostic } = await import('./manifest/diagnostics.ts');
      const loaded = loadManifest(file, { ...(values.environment ? { environment: values.environment } : {}), now });
      if (!loaded.manifest) {
        printErr(
          loaded.diagnostics
            .filter((d) => d.severity === 'error')
            .map(formatDiagnostic)
            .join('\n'),
        );
        return 1;
      }
      const { weekOf, weekSvg } = await import('./report/week.ts');
      const week = weekOf(loaded.manifest.jobs, now);
      let text: string;
      if (format === 'svg') {
        // The week needs no AWS call: it is the manifest's schedules.
        text = weekSvg(week, `ecs-batch ${loaded.manifest.prefix}: runs in the next 7 days`);
      } else {
        const { createClients } = await import('./aws/clients.ts');
        const { jobStatus } = await import('./status/status.ts');
        const { renderStatusMarkdown, renderStatusText } = await import('./report/status.ts');
        const clients = createClients();
        try {
          const report = await jobStatus(clients, loaded.manifest, now);
          if (format === 'json' && !values.output) {
            printJson({ ...report, week });
            return 0;
          }
          text =
            format === 'json'
              ? JSON.stringify({ ...report, week }, null, 2)
              : format === 'markdown'
                ? renderStatusMarkdown(report, week)
                : renderStatusText(report);
        } finally {
          clients.destroy();
        }
      }
      if (values.output) {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(values.output, text.endsWith('\n') ? text : `${text}\n`);
        printErr(`wrote ${values.output}`);
      } else print(text);
      return 0;
    },
  },
  plan: {
    summary: 'show what a deploy would change (reads AWS, writes nothing)',
    deadlineSeconds: 30 * 60,
    usage:
      'ecs-batch plan [--image URI] [--manifest FILE] [--environment ENV] [--format text|json] [--no-prune] [--max-prune N] [--keep-revisions N] [--show-values] [--show-task-definitions]',
    run: (argv) => runRelease(argv, true),
  },
  deploy: {
    summary: 'register changed task definitions, sync schedules, prune, print the summary',
    deadlineSeconds: 60 * 60,
    usage:
      'ecs-batch deploy --image URI [--manifest FILE] [--environment ENV] [--format text|json] [--no-prune] [--max-prune N] [--keep-revisions N] [--show-values] [--show-task-definitions]',
    run: (argv) => runRelease(argv, false),
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: ecs-batch <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'ecs-batch <command> --help' for a command's options.",
    'AWS region and credentials come from the standard AWS environment and config files.',
  ].join('\n');
}

/** Everything the CLI prints goes through here: no line of it can be read as a workflow command. */
function print(text: string): void {
  process.stdout.write(`${inertText(text.replace(/\n$/, ''))}\n`);
}

function printErr(text: string): void {
  process.stderr.write(`${inertText(text.replace(/\n$/, ''))}\n`);
}

/** JSON keeps its shape: `##[` inside a string is written with an escape that parses to the same text. */
function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2).replace(/##\[/g, '#\\u0023[')}\n`);
}

/** Commands that load the AWS SDK. */
const USES_AWS = new Set(['plan', 'deploy', 'run', 'status', 'import']);

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    print(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    print(VERSION);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    printErr(`ecs-batch: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    const { commandHelp } = await import('./cli/help.ts');
    print(commandHelp(name, command.summary, command.usage));
    return 0;
  }
  const note = USES_AWS.has(name) ? oldNodeNote(process.version) : undefined;
  if (note) {
    printErr(note);
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  }
  try {
    const { argv, deadline } = takeDeadline(rest);
    const seconds =
      deadline ??
      (typeof command.deadlineSeconds === 'number' ? command.deadlineSeconds : command.deadlineSeconds(argv));
    return await withDeadline(command.run(argv), seconds, `ecs-batch ${name}`);
  } catch (error) {
    if (error instanceof UsageError) {
      printErr(`ecs-batch ${name}: ${error.message}\nUsage: ${command.usage}`);
      return 2;
    }
    printErr(`ecs-batch ${name}: ${redactSecrets(describeError(error))}`);
    // Past the deadline, whatever still hangs (a silent socket) must not keep the process alive.
    if (error instanceof DeadlineError) process.exit(1);
    return 1;
  }
}

/** The value of `--flag V` or `--flag=V` in argv, without parsing the rest. */
function optionValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag) return argv[i + 1];
    if (argv[i]!.startsWith(`${flag}=`)) return argv[i]!.slice(flag.length + 1);
  }
  return undefined;
}

/** `--deadline` applies to every command: taken out before the command reads its own flags. */
function takeDeadline(argv: readonly string[]): { argv: string[]; deadline?: number } {
  const value = optionValue(argv, '--deadline');
  if (value === undefined) return { argv: [...argv] };
  const rest = argv.filter(
    (arg, i) => arg !== '--deadline' && !arg.startsWith('--deadline=') && argv[i - 1] !== '--deadline',
  );
  return { argv: rest, deadline: parseDuration('--deadline', value, 0) };
}

function checkImageReference(name: string, value: string | undefined): void {
  if (value !== undefined && !parseImageReference(value)) {
    throw new UsageError(
      `${name} is not an image reference: expected registry/repository@sha256:<64 hex> or registry/repository:tag`,
    );
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
