/** Small adapters between the core and the GitHub Actions runner. */
import * as core from '@actions/core';
import type { Diagnostic } from '../manifest/diagnostics.ts';
import { parseImageReference } from '../taskdef/reference.ts';
import { DeadlineError, withDeadline } from '../util/deadline.ts';
import { UsageError, parseDuration } from '../util/inputs.ts';
import { redactSecrets } from '../util/secrets.ts';
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

/**
 * Runs an action body; any failure fails the step with a one-line reason, never a stack trace.
 * The whole step has a deadline (input `deadline`, else `defaultDeadlineSeconds`), so a silent
 * endpoint fails it with a clear message instead of hanging until the job's own timeout.
 */
export async function runAction(body: () => Promise<void>, defaultDeadlineSeconds = 60 * 60): Promise<void> {
  try {
    const deadline = parseDuration("input 'deadline'", optionalInput('deadline'), defaultDeadlineSeconds);
    await withDeadline(body(), deadline, 'this step');
  } catch (error) {
    core.setFailed(redactSecrets(error instanceof UsageError ? error.message : describeError(error)));
    // Past the deadline, whatever still hangs (a silent socket) must not keep the step alive.
    if (error instanceof DeadlineError) process.exit(1);
  }
}

/** An image input: a usage error (before any AWS call) unless it is an image reference. */
export function imageInput(name: string): string | undefined {
  const value = optionalInput(name);
  if (value !== undefined && !parseImageReference(value)) {
    throw new UsageError(
      `input '${name}' is not an image reference: expected registry/repository@sha256:<64 hex> or registry/repository:tag`,
    );
  }
  return value;
}
