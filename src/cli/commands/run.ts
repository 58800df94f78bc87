import { RUN_TIMEOUT_SECONDS } from '../../model/runs.ts';
import {
  UsageError,
  parseCommand,
  parseDuration,
  parseEnvironment,
  parseFormat,
  parseScheduledTime,
} from '../../util/inputs.ts';
import { redactSecrets } from '../../util/secrets.ts';
import { CommandsStopped, inertText } from '../../util/untrusted.ts';
import { defineCommand, optionValue } from '../command.ts';
import { FORMAT_FLAG, MANIFEST_FLAGS } from '../flags.ts';
import { manifestOrErrors } from '../manifest.ts';
import { print, printErr, printJson } from '../output.ts';

export default defineCommand({
  name: 'run',
  summary: "run a job now with its schedule's settings, stream its logs, exit with its result",
  // The task's own --timeout, plus time to start it and to stop it.
  deadlineSeconds: (argv) => parseDuration('--timeout', optionValue(argv, '--timeout'), RUN_TIMEOUT_SECONDS) + 15 * 60,
  usesAws: true,
  positionals: 'JOB',
  flags: {
    ...MANIFEST_FLAGS,
    command: {
      type: 'string',
      short: 'c',
      value: '"..."',
      help: "override the container's command (shell-like words; quotes group)",
    },
    env: {
      type: 'string',
      multiple: true,
      default: [],
      value: 'KEY=VALUE',
      help: 'add or override an environment variable (repeatable); for a chain, in every step',
    },
    'scheduled-time': {
      type: 'string',
      value: 'ISO-8601',
      help: 'the time this run is for, as its ECS_BATCH_SCHEDULED_TIME (default: when it starts); for a chain, every step',
    },
    only: {
      type: 'boolean',
      default: false,
      help: 'for a job that runs through a state machine (a chain, retries, timeout): run just this job, as one task',
    },
    'no-wait': {
      type: 'boolean',
      default: false,
      help: 'start the task (or the state machine) and exit without waiting for it',
    },
    timeout: {
      type: 'string',
      value: 'DURATION',
      help: 'stop the task after this long (default 1h, as the run action); the run then fails',
    },
    poll: { type: 'string', value: 'DURATION', help: 'how often to look at the task and its logs (default 6s)' },
    format: FORMAT_FLAG,
  },
  examples: [
    'ecs-batch run daily-aggregate',
    "ecs-batch run daily-aggregate --command 'php artisan aggregate:daily --date=2026-11-27'",
    'ecs-batch run sweep --env DRY_RUN=1 --timeout 30m',
    'ecs-batch run daily-aggregate --scheduled-time 2026-11-27T03:00:00Z',
  ],
  async run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('give exactly one job name: ecs-batch run JOB');
    const format = parseFormat(values.format);
    const options = {
      wait: !values['no-wait'],
      timeoutSeconds: parseDuration('--timeout', values.timeout, RUN_TIMEOUT_SECONDS),
      command: parseCommand('--command', values.command),
      environment: parseEnvironment('--env', values.env),
      scheduledTime: parseScheduledTime('--scheduled-time', values['scheduled-time']),
      poll: parseDuration('--poll', values.poll, 6),
    };
    const manifest = await manifestOrErrors(values);
    if (!manifest) return 1;
    const { createClients } = await import('../../aws/clients.ts');
    const { findJob, runJob, startedByFor } = await import('../../run/run.ts');
    const { renderRunText } = await import('../../report/run.ts');
    const job = findJob(manifest, positionals[0]!);
    const { chainOf, renderChainRunText, runChain } = await import('../../run/chain.ts');
    const chain = values.only ? undefined : chainOf(manifest, job.name);
    // Container logs are someone else's text: in a GitHub job, the runner reads no command inside them.
    const fence = new CommandsStopped((line) => process.stdout.write(`${line}\n`));
    const inActions = process.env.GITHUB_ACTIONS === 'true';
    const writeLog = (message: string) => {
      if (inActions) fence.stop();
      process.stdout.write(`${inertText(redactSecrets(message))}\n`);
    };
    if (chain) {
      if (options.command)
        throw new UsageError(
          `job '${job.name}' runs through a state machine: --command applies to one step; ` +
            'add --only to run just this job (--env alone applies to every step of the chain)',
        );
      const clients = createClients();
      try {
        if (chain.root !== job.name)
          printErr(
            `note: ${job.name} runs in the chain that ${chain.root} starts: ` +
              `running the whole chain (--only runs just ${job.name})`,
          );
        const result = await runChain(clients, manifest, chain, {
          wait: options.wait,
          timeoutSeconds: options.timeoutSeconds,
          startedBy: startedByFor(process.env.GITHUB_RUN_ID),
          environment: options.environment,
          scheduledTime: options.scheduledTime,
          pollSeconds: options.poll,
          onNote: (note) => printErr(note),
          ...(format === 'text' ? { onLog: (_job: string, line: { message: string }) => writeLog(line.message) } : {}),
        });
        fence.resume();
        if (format === 'json') printJson(result);
        else print(`\n${renderChainRunText(result)}`);
        return result.status === 'succeeded' || result.status === 'skipped' || result.status === 'started' ? 0 : 1;
      } finally {
        fence.resume();
        clients.destroy();
      }
    }
    const clients = createClients();
    try {
      const result = await runJob(clients, manifest, job, {
        wait: options.wait,
        timeoutSeconds: options.timeoutSeconds,
        startedBy: startedByFor(process.env.GITHUB_RUN_ID),
        ...(options.command ? { command: options.command } : {}),
        ...(options.environment ? { environment: options.environment } : {}),
        ...(options.scheduledTime ? { scheduledTime: options.scheduledTime } : {}),
        pollSeconds: { status: options.poll, logs: Math.min(2, options.poll) },
        onNote: (note) => printErr(`note: ${note}`),
        ...(format === 'text' ? { onLog: (line: { message: string }) => writeLog(line.message) } : {}),
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
});
