import { isValidTimeZone } from '../../schedule/timezone.ts';
import { UsageError, parseInstant, parsePositiveInt } from '../../util/inputs.ts';
import { defineCommand } from '../command.ts';
import { MANIFEST_FLAGS } from '../flags.ts';
import { manifestOrErrors } from '../manifest.ts';
import { print, printErr, printJson } from '../output.ts';

const FORMATS = ['text', 'json', 'markdown', 'svg'];

export default defineCommand({
  name: 'status',
  summary: 'every job: schedule, enabled, next runs, how its last runs went; and the week ahead',
  deadlineSeconds: 10 * 60,
  usesAws: true,
  flags: {
    ...MANIFEST_FLAGS,
    format: {
      type: 'string',
      value: FORMATS.join('|'),
      help:
        'text (default), json, markdown (with the week as a Mermaid chart), ' +
        'or svg (the week as a picture; no AWS call)',
    },
    output: { type: 'string', short: 'o', value: 'FILE', help: 'write to FILE instead of standard output' },
    now: { type: 'string', value: 'ISO-8601', help: 'the reference time for next runs and the week' },
    'week-timezone': {
      type: 'string',
      value: 'ZONE',
      help: "the week's days and times in this IANA zone (default: the zone most jobs run in)",
    },
    'busy-at': {
      type: 'string',
      value: 'N',
      help: 'mark a minute busy when N or more jobs (frequent ones left out) start in it (default 3)',
    },
  },
  examples: [
    'ecs-batch status',
    'ecs-batch status --format markdown >> "$GITHUB_STEP_SUMMARY"',
    'ecs-batch status --format svg --output week.svg',
    'ecs-batch status --format svg --week-timezone America/New_York --busy-at 5 -o week.svg',
  ],
  async run(values) {
    const format = values.format ?? 'text';
    if (!FORMATS.includes(format))
      throw new UsageError(`--format must be text, json, markdown or svg, not '${format}'`);
    const now = parseInstant('--now', values.now);
    const timeZone = values['week-timezone'];
    if (timeZone !== undefined && !isValidTimeZone(timeZone))
      throw new UsageError(`--week-timezone must be an IANA zone such as Asia/Tokyo or UTC, not '${timeZone}'`);
    const busyAt = parsePositiveInt('--busy-at', values['busy-at'], 3, 1000);
    const manifest = await manifestOrErrors(values, now);
    if (!manifest) return 1;
    const { weekOf, weekSvg } = await import('../../report/week.ts');
    const week = weekOf(manifest.jobs, now, { timeZone, busyAt });
    let text: string;
    if (format === 'svg') {
      // The week needs no AWS call: it is the manifest's schedules.
      text = weekSvg(week, `ecs-batch ${manifest.prefix}: runs in the next 7 days`);
    } else {
      const { createClients } = await import('../../aws/clients.ts');
      const { jobStatus } = await import('../../status/status.ts');
      const { renderStatusMarkdown, renderStatusText } = await import('../../report/status.ts');
      const clients = createClients();
      try {
        const report = await jobStatus(clients, manifest, now);
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
      const { replaceFile } = await import('../../util/write.ts');
      replaceFile(values.output, text.endsWith('\n') ? text : `${text}\n`);
      printErr(`wrote ${values.output}`);
    } else print(text);
    return 0;
  },
});
