/** Small adapters between the core and the GitHub Actions runner. */
import * as core from '@actions/core';
import type { Diagnostic } from '../manifest/diagnostics.ts';
import { UsageError } from '../util/inputs.ts';
import { describeError } from '../util/errors.ts';

/** Errors and warnings as annotations on the manifest's lines, so they show in the PR diff. */
export function annotate(diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    const properties = { title: 'ecs-batch', file: d.file, startLine: d.line, startColumn: d.column };
    if (d.severity === 'error') core.error(d.message, properties);
    else core.warning(d.message, properties);
  }
}

/**
 * An input, or undefined when empty. Composite steps that run a bundle pass inputs through `env:`,
 * where `INPUT_DRY_RUN` is easier to write than `INPUT_DRY-RUN`: both spellings are read.
 */
export function optionalInput(name: string): string | undefined {
  const value = (core.getInput(name) || process.env[`INPUT_${name.replace(/[ -]/g, '_').toUpperCase()}`] || '').trim();
  return value === '' ? undefined : value;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|1)$/i.test(value)) return true;
  if (/^(false|no|0)$/i.test(value)) return false;
  throw new UsageError(`input '${name}' must be true or false, not '${value}'`);
}

/** The job summary is a report: failing to write it must not fail a deploy that succeeded. */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`);
  }
}

/** Runs an action body; any failure fails the step with a one-line reason, never a stack trace. */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    core.setFailed(error instanceof UsageError ? error.message : describeError(error));
  }
}
