/** Small adapters between the core and the GitHub Actions runner. */
import * as core from '@actions/core';
import type { Diagnostic } from '../manifest/diagnostics.ts';
import { parseImageReference } from '../taskdef/reference.ts';
import { DeadlineError, withDeadline } from '../util/deadline.ts';
import { UsageError, parseDuration } from '../util/inputs.ts';
import { redactSecrets } from '../util/secrets.ts';
import { describeError } from '../util/errors.ts';
import { STEP_OUTPUT_MAX_BYTES } from '../util/github-limits.ts';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

/**
 * A JSON list as an output. Past an output's limit the whole list goes to a file (its path in `<name>-file`), and the
 * output keeps each item's `compact` form, or as many of them as fit, with a warning saying so.
 */
export function setListOutput<T>(name: string, items: readonly T[], compact: (item: T) => unknown): void {
  const json = JSON.stringify(items);
  if (Buffer.byteLength(json) <= STEP_OUTPUT_MAX_BYTES) {
    core.setOutput(name, json);
    return;
  }
  const file = join(process.env.RUNNER_TEMP ?? tmpdir(), `ecs-batch-${name}-${process.pid}.json`);
  writeFileSync(file, json);
  core.setOutput(`${name}-file`, file);
  const small = items.map(compact);
  let kept = small.length;
  let text = JSON.stringify(small);
  while (Buffer.byteLength(text) > STEP_OUTPUT_MAX_BYTES && kept > 0) {
    kept = Math.floor(kept * 0.9);
    text = JSON.stringify(small.slice(0, kept));
  }
  core.setOutput(name, text);
  const holds =
    kept === items.length ? 'a shorter form of each item' : `the first ${kept} of ${items.length} items, shortened`;
  core.warning(
    `output '${name}' would be ${Buffer.byteLength(json).toLocaleString('en-US')} bytes, past GitHub's 1 MB for ` +
      `an output: it holds ${holds}; ` +
      `the whole list is in the file named by output '${name}-file'`,
  );
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
