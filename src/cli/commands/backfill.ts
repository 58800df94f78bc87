import { RUN_TIMEOUT_SECONDS } from '../../model/runs.ts';
import {
  UsageError,
  parseDuration,
  parseFormat,
  parseNonNegativeInt,
  parsePositiveInt,
  parseScheduledTime,
} from '../../util/inputs.ts';
import { inertText } from '../../util/untrusted.ts';
import { defineCommand } from '../command.ts';
import { FORMAT_FLAG, MANIFEST_FLAGS } from '../flags.ts';
import { manifestOrErrors } from '../manifest.ts';
import { print, printErr, printJson } from '../output.ts';

export default defineCommand({
  name: 'backfill',
  summary: 'run a job (or its chain) once for each time its schedule was due in a range, each with that time',
  // Bounded by the runs: each its --timeout, N at once; the process deadline is left to the runs' own timeouts.
  deadlineSeconds: () => 24 * 3600,
  usesAws: true,
  positionals: 'JOB',
  flags: {
    ...MANIFEST_FLAGS,
    from: { type: 'string', value: 'ISO-8601', help: 'the first time of the range (with its zone; inclusive)' },
    to: { type: 'string', value: 'ISO-8601', help: 'the last time of the range (with its zone; inclusive)' },
    parallel: {
      type: 'string',
      value: 'N',
      help: 'runs at once (default 1; a job with concurrency: forbid runs one at a time)',
    },
    'max-runs': { type: 'string', value: 'N', help: 'allow more than 1,000 runs' },
    'dry-run': { type: 'boolean', default: false, help: 'list the times and run nothing' },
    timeout: { type: 'string', value: 'DURATION', help: 'stop each run after this long (default 1h)' },
    poll: { type: 'string', value: 'DURATION', help: 'how often to look at each run (default 6s)' },
    format: FORMAT_FLAG,
  },
  examples: [
    'ecs-batch backfill daily-aggregate --from 2026-11-01T00:00:00Z --to 2026-11-30T23:59:59Z --dry-run',
    'ecs-batch backfill daily-aggregate --from 2026-11-01T00:00:00+09:00 --to 2026-11-30T23:59:59+09:00 --parallel 3',
  ],
  async run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('give exactly one job name: ecs-batch backfill JOB');
    const format = parseFormat(values.format);
    const from = parseScheduledTime('--from', values.from);
    const to = parseScheduledTime('--to', values.to);
    if (!from || !to) throw new UsageError('give the range: --from TIME --to TIME (ISO 8601 with its zone)');
    if (Date.parse(to) < Date.parse(from)) throw new UsageError('--to is before --from');
    const parallel = parsePositiveInt('--parallel', values.parallel, 1, 50);
    const maxRuns = parseNonNegativeInt('--max-runs', values['max-runs']);
    const manifest = await manifestOrErrors(values);
    if (!manifest) return 1;
    const { findJob, startedByFor } = await import('../../run/run.ts');
    const { BACKFILL_RUNS_MAX, backfill, backfillTimes } = await import('../../run/backfill.ts');
    const job = findJob(manifest, positionals[0]!);
    if (values['dry-run']) {
      const max = maxRuns ?? BACKFILL_RUNS_MAX;
      const { head, times } = backfillTimes(manifest, job, Date.parse(from), Date.parse(to), max);
      const shown = times.slice(0, max);
      if (format === 'json') printJson({ job: job.name, runs: head.name, times: shown, cut: times.length > max });
      else {
        const what = head.name === job.name ? job.name : `the chain that ${head.name} starts`;
        print(
          `${shown.length}${times.length > max ? '+' : ''} run(s) of ${what}` +
            ` (${head.schedule.expression} ${head.timezone}), each with ECS_BATCH_SCHEDULED_TIME:`,
        );
        for (const t of shown) print(`  ${t}`);
        if (times.length > max) print(`more than ${max}: a run would need --max-runs`);
      }
      return 0;
    }
    const { createClients } = await import('../../aws/clients.ts');
    const clients = createClients();
    try {
      const runs = await backfill(clients, manifest, job, {
        from: Date.parse(from),
        to: Date.parse(to),
        parallel,
        maxRuns,
        timeoutSeconds: parseDuration('--timeout', values.timeout, RUN_TIMEOUT_SECONDS),
        startedBy: startedByFor(process.env.GITHUB_RUN_ID),
        pollSeconds: parseDuration('--poll', values.poll, 6),
        ...(format === 'text'
          ? {
              onRun: (r) =>
                printErr(
                  inertText(
                    `${r.scheduledTime}: ${r.status === 'succeeded' ? '✓' : '✗'} ${r.status}` +
                      (r.exitCode !== undefined && r.status !== 'succeeded' ? ` (exit code ${r.exitCode})` : '') +
                      (r.reason && r.status !== 'succeeded' ? `: ${r.reason}` : ''),
                  ),
                ),
            }
          : {}),
      });
      const failed = runs.filter((r) => r.status !== 'succeeded' && r.status !== 'skipped');
      if (format === 'json') printJson({ job: job.name, runs });
      else
        print(
          `backfill ${job.name}: ${runs.length - failed.length} of ${runs.length} run(s) succeeded` +
            (failed.length ? `; failed: ${failed.map((r) => r.scheduledTime).join(', ')}` : ''),
        );
      return failed.length ? 1 : 0;
    } finally {
      clients.destroy();
    }
  },
});
