import { DEFAULT_MANIFEST, DEFAULT_WORKFLOWS_DIR } from '../../manifest/defaults.ts';
import { parseFormat, parseInstant, parsePositiveInt } from '../../util/inputs.ts';
import { defineCommand } from '../command.ts';
import { FORMAT_FLAG, MANIFEST_FLAGS } from '../flags.ts';
import { print, printErr, printJson } from '../output.ts';

export default defineCommand({
  name: 'validate',
  summary: 'check the manifest and show every job with its next runs',
  deadlineSeconds: 10 * 60,
  flags: {
    manifest: MANIFEST_FLAGS.manifest,
    environment: {
      ...MANIFEST_FLAGS.environment,
      help: 'check only this environment (default: the base manifest and every environment)',
    },
    format: FORMAT_FLAG,
    next: { type: 'string', value: 'N', help: 'next runs to show per job (default 3)' },
    now: { type: 'string', value: 'ISO-8601', help: 'compute next runs from this time instead of now' },
    workflows: {
      type: 'string',
      value: 'DIR',
      help: 'rerun workflows whose job list must match (default .github/workflows)',
    },
    strict: { type: 'boolean', default: false, help: 'exit 1 on warnings too (for a PR check)' },
    'show-resolved': {
      type: 'boolean',
      default: false,
      help: 'print each job as it resolves (defaults, environment overlay), secret-looking values hidden',
    },
  },
  examples: [
    'ecs-batch validate',
    'ecs-batch validate --environment staging --next 5',
    'ecs-batch validate --environment staging --show-resolved',
    'ecs-batch validate --format json | jq .errors',
  ],
  async run(values) {
    const format = parseFormat(values.format);
    const next = parsePositiveInt('--next', values.next, 3, 100);
    const now = parseInstant('--now', values.now);
    const file = values.manifest ?? DEFAULT_MANIFEST;
    const { loadAllEnvironments, loadManifest } = await import('../../load/load.ts');
    const { withWorkflowChecks } = await import('../../load/workflows.ts');
    const { renderValidationText, validationReport } = await import('../../report/validation.ts');
    // Without --environment, the base and every overlay are checked.
    const loaded = values.environment
      ? loadManifest(file, { environment: values.environment, now })
      : loadAllEnvironments(file, { now });
    const result = withWorkflowChecks(loaded, values.workflows ?? DEFAULT_WORKFLOWS_DIR, file);
    const report = validationReport(result, now, next);
    if (values['show-resolved'] && result.manifest) {
      const { resolvedJobsYaml } = await import('../../report/resolved.ts');
      print(resolvedJobsYaml(result.manifest));
    }
    if (format === 'json') printJson(report);
    else print(renderValidationText(file, result, report));
    if (report.valid && values.strict && report.warnings.length)
      printErr(`${file}: ${report.warnings.length} warning(s), and --strict is on`);
    return report.valid && !(values.strict && report.warnings.length) ? 0 : 1;
  },
});
