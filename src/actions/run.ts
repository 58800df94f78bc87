/** The `run` action: start a job now (workflow_dispatch), stream its logs, report its exit code. */
import * as core from '@actions/core';
import { createClients } from '../aws/clients.ts';
import { DEFAULT_MANIFEST, loadManifest } from '../load/load.ts';
import { renderRunMarkdown, renderRunText } from '../report/run.ts';
import { chainOf, renderChainRunText, runChain } from '../run/chain.ts';
import { RUN_TIMEOUT_SECONDS } from '../model/runs.ts';
import { findJob, runJob, startedByFor } from '../run/run.ts';
import {
  UsageError,
  parseCommand,
  parseDuration,
  parseEnvironment,
  parseNonNegativeInt,
  parsePositiveInt,
  parseScheduledTime,
} from '../util/inputs.ts';
import { backfill } from '../run/backfill.ts';
import { CommandsStopped, inertText, mdCode, mdText } from '../util/untrusted.ts';
import { isSecretName, looksSecretValue, redactSecrets } from '../util/secrets.ts';
import { annotate, booleanInput, optionalInput, runAction, writeSummary } from './github.ts';

/** The action's work; the bundle's entry (src/actions/entries/run.ts) calls it on load. */
export function run(): Promise<void> {
  return runAction(async () => {
    const name = optionalInput('job');
    if (!name) throw new UsageError("input 'job' is required: the name of a job in the manifest");
    const file = optionalInput('manifest') ?? DEFAULT_MANIFEST;
    const environment = optionalInput('environment');
    const command = parseCommand("input 'command'", optionalInput('command'));
    const overrides = parseEnvironment("input 'env'", [optionalInput('env') ?? '']);
    const scheduledTime = parseScheduledTime("input 'scheduled-time'", optionalInput('scheduled-time'));
    // Override values may be credentials typed into a workflow_dispatch form: keep them out of logs.
    for (const [key, value] of Object.entries(overrides ?? {}))
      if (value && (isSecretName(key) || looksSecretValue(value))) core.setSecret(value);
    const timeoutSeconds = parseDuration("input 'timeout'", optionalInput('timeout'), RUN_TIMEOUT_SECONDS);
    const poll = parseDuration("input 'poll-interval'", optionalInput('poll-interval'), 6);
    const wait = booleanInput('wait', true);

    const loaded = loadManifest(file, environment ? { environment } : {});
    annotate(loaded.diagnostics);
    if (!loaded.manifest) {
      core.setFailed(`${file} is invalid; see the annotations`);
      return;
    }
    const job = findJob(loaded.manifest, name);
    const from = parseScheduledTime("input 'backfill-from'", optionalInput('backfill-from'));
    const to = parseScheduledTime("input 'backfill-to'", optionalInput('backfill-to'));
    if (from || to) {
      if (!from || !to) throw new UsageError("a backfill needs both inputs 'backfill-from' and 'backfill-to'");
      // Every input applies or is refused: a backfill's runs take their times and the job's own settings.
      if (command || overrides || scheduledTime || booleanInput('only', false))
        throw new UsageError(
          "a backfill runs the job as scheduled, each run with its own time: drop the inputs 'command', 'env', " +
            "'scheduled-time' and 'only'",
        );
      const clients = createClients();
      try {
        const runs = await backfill(clients, loaded.manifest, job, {
          from: Date.parse(from),
          to: Date.parse(to),
          parallel: parsePositiveInt("input 'parallel'", optionalInput('parallel'), 1, 50),
          maxRuns: parseNonNegativeInt("input 'max-runs'", optionalInput('max-runs')),
          timeoutSeconds,
          startedBy: startedByFor(process.env.GITHUB_RUN_ID),
          pollSeconds: poll,
          onRun: (r) =>
            core.info(inertText(`${r.scheduledTime}: ${r.status}${r.exitCode ? ` (exit code ${r.exitCode})` : ''}`)),
        });
        const failed = runs.filter((r) => r.status !== 'succeeded' && r.status !== 'skipped');
        core.setOutput('status', failed.length ? 'failed' : 'succeeded');
        core.setOutput('runs', JSON.stringify(runs));
        await writeSummary(
          [
            `### ecs-batch backfill ${mdCode(job.name)}: ${runs.length - failed.length} of ${runs.length} run(s) succeeded`,
            '',
            ...runs.map(
              (r) =>
                `- ${mdCode(r.scheduledTime)}: ${mdText(r.status)}${r.exitCode ? ` (exit code ${r.exitCode})` : ''}`,
            ),
            '',
          ].join('\n'),
        );
        if (failed.length)
          core.setFailed(`backfill of ${job.name}: failed for ${failed.map((r) => r.scheduledTime).join(', ')}`);
      } finally {
        clients.destroy();
      }
      return;
    }
    const clients = createClients();
    const chain = booleanInput('only', false) ? undefined : chainOf(loaded.manifest, job.name);
    // A chain runs each step with its own command: a command override would be dropped, so refuse it. Env goes to
    // every step.
    if (chain && command) {
      clients.destroy();
      throw new UsageError(
        `job '${job.name}' runs through a state machine (its chain starts at ${chain.root}): the command input ` +
          "applies to one step; set input 'only: true' to run just this job, as one task, with it (env alone goes to " +
          'every step of the chain)',
      );
    }
    if (chain) {
      // A job that runs through a state machine: the whole chain from its start, followed step by step.
      const fence = new CommandsStopped((line) => core.info(line));
      try {
        const result = await runChain(clients, loaded.manifest, chain, {
          wait,
          timeoutSeconds,
          startedBy: startedByFor(process.env.GITHUB_RUN_ID),
          environment: overrides,
          scheduledTime,
          pollSeconds: poll,
          onNote: (note) => {
            fence.resume();
            core.info(inertText(note));
          },
          onLog: (_job, line) => {
            fence.stop();
            core.info(inertText(redactSecrets(line.message)));
          },
        });
        fence.resume();
        core.info(inertText(renderChainRunText(result)));
        core.setOutput('status', result.status);
        core.setOutput('execution-arn', result.executionArn);
        await writeSummary(
          `### ecs-batch run ${mdCode(chain.root)}: ${mdText(result.status)}\n\n${result.steps.map(stepLine).join('\n')}\n`,
        );
        if (!['succeeded', 'skipped', 'started'].includes(result.status))
          core.setFailed(`${chain.root}: ${result.status}${result.error ? ` (${result.error})` : ''}`);
      } finally {
        fence.resume();
        clients.destroy();
      }
      return;
    }
    try {
      // Container logs are someone else's text: inside the group the runner reads no command.
      const fence = new CommandsStopped((line) => core.info(line));
      let grouped = false;
      const result = await runJob(clients, loaded.manifest, job, {
        wait,
        timeoutSeconds,
        startedBy: startedByFor(process.env.GITHUB_RUN_ID),
        ...(command ? { command } : {}),
        ...(overrides ? { environment: overrides } : {}),
        ...(scheduledTime ? { scheduledTime } : {}),
        pollSeconds: { status: poll, logs: Math.min(2, poll) },
        onNote: (note) => {
          // A notice is a command: let the runner read ours, then stop again.
          const wasStopped = fence.stopped;
          fence.resume();
          core.notice(note);
          if (wasStopped) fence.stop();
        },
        onLog: (line) => {
          if (!grouped) {
            core.startGroup(`Logs of ${job.name}`);
            grouped = true;
          }
          fence.stop();
          core.info(inertText(redactSecrets(line.message)));
        },
      });
      fence.resume();
      if (grouped) core.endGroup();
      core.info(inertText(renderRunText(result)));
      core.setOutput('status', result.status);
      core.setOutput('task-arn', result.taskArn ?? '');
      core.setOutput('exit-code', result.exitCode === undefined ? '' : String(result.exitCode));
      core.setOutput('stop-code', result.stopCode ?? '');
      core.setOutput('log-url', result.logUrl ?? '');
      await writeSummary(renderRunMarkdown(result));
      if (result.status !== 'succeeded' && result.status !== 'started') {
        core.setFailed(
          `${job.name}: ${result.status}` +
            (result.exitCode !== undefined ? ` (exit code ${result.exitCode})` : '') +
            (result.stoppedReason ? `: ${redactSecrets(result.stoppedReason)}` : ''),
        );
      }
    } finally {
      clients.destroy();
    }
  }, runDeadlineSeconds());
}

/** The task's own timeout, plus time to start it and to stop it; a backfill's many runs: a day (or input 'deadline'). */
function runDeadlineSeconds(): number {
  if (optionalInput('backfill-from')) return 24 * 3600;
  try {
    return parseDuration("input 'timeout'", optionalInput('timeout'), RUN_TIMEOUT_SECONDS) + 15 * 60;
  } catch {
    return RUN_TIMEOUT_SECONDS + 15 * 60; // The body reports the bad input.
  }
}

/** One step of a chain run, as a markdown list item. */
function stepLine(s: { job: string; attempt: number; status: string; exitCode?: number | undefined }): string {
  const attempt = s.attempt > 1 ? ` (attempt ${s.attempt})` : '';
  const exit = s.exitCode !== undefined ? ` (exit code ${s.exitCode})` : '';
  return `- ${mdCode(s.job)}${attempt}: ${mdText(s.status)}${exit}`;
}
