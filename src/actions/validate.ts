/** The `validate` action: the PR check. Annotates the manifest, writes the schedule table, fails when invalid. */
import * as core from '@actions/core';
import { inertText } from '../util/untrusted.ts';
import { summaryLimit } from '../report/budget.ts';
import { DEFAULT_MANIFEST, loadAllEnvironments, loadManifest } from '../load/load.ts';
import { DEFAULT_WORKFLOWS_DIR, withWorkflowChecks } from '../load/workflows.ts';
import { renderValidationMarkdown, validationReport } from '../report/validation.ts';
import { parsePositiveInt } from '../util/inputs.ts';
import { annotate, booleanInput, optionalInput, runAction, setListOutput, writeSummary } from './github.ts';

/** The action's work; the bundle's entry (src/actions/entries/validate.ts) calls it on load. */
export function run(): Promise<void> {
  return runAction(async () => {
    const file = optionalInput('manifest') ?? DEFAULT_MANIFEST;
    const environment = optionalInput('environment');
    const next = parsePositiveInt("input 'next-runs'", optionalInput('next-runs'), 3, 100);
    const now = Date.now();
    // Without an environment, the base and every overlay are checked.
    const loaded = environment ? loadManifest(file, { environment, now }) : loadAllEnvironments(file, { now });
    const result = withWorkflowChecks(loaded, optionalInput('workflows') ?? DEFAULT_WORKFLOWS_DIR, file);
    const report = validationReport(result, now, next);
    annotate(result.diagnostics);
    core.setOutput('valid', String(report.valid));
    setListOutput('jobs', report.jobs, ({ name, expression, timezone, enabled }) => ({
      name,
      expression,
      timezone,
      enabled,
    }));
    await writeSummary(renderValidationMarkdown(file, report, summaryLimit('the whole table is in the `jobs` output')));
    if (!report.valid) {
      core.setFailed(`${file}: ${report.errors.length} error(s); see the annotations on the manifest`);
    } else if (booleanInput('strict', false) && report.warnings.length) {
      core.setFailed(`${file}: ${report.warnings.length} warning(s), and strict is on; see the annotations`);
    } else {
      core.info(inertText(`${file}: valid, ${report.jobs.length} job(s), ${report.warnings.length} warning(s)`));
    }
  }, 10 * 60);
}
