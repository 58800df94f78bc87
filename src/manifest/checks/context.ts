/** What every check reports to, and the context a job is checked in. */
import type { Backend } from '../types.ts';

export interface CheckReporter {
  /** Report at a path in the file; `index` points inside a string value. */
  error(path: readonly string[], message: string, at?: 'key' | 'value' | { index: number }): void;
  warn(path: readonly string[], message: string, at?: 'key' | 'value' | { index: number }): void;
  /** The path that sets a job's effective setting (environment overlay, job, or defaults). */
  sourceOf(job: string, key: readonly string[]): string[];
}

export interface JobCheckContext {
  prefix: string;
  backend: Backend;
  now: number;
  report: CheckReporter;
  /** The environment being resolved, and the manifest's other environments' names (for cross-environment checks). */
  environment?: string;
  otherEnvironments?: readonly string[];
}

export interface ManifestCheckContext {
  prefix: string;
  backend: Backend;
  repository: string;
  report: CheckReporter;
}

export function matches(rule: { pattern: RegExp; max: number }, value: string): boolean {
  return value.length >= 1 && value.length <= rule.max && rule.pattern.test(value);
}
