/** A job's base task definition file: read from the manifest's repository only, bounded, JSON, an object. */
import { resolve as resolvePath } from 'node:path';
import type { JobSpec } from '../manifest/types.ts';
import { FileReadError, MAX_TASK_DEFINITION_BYTES, jsonErrorPosition, readBoundedTextFile } from '../util/files.ts';
import { isInside, repositoryRoot } from '../util/write.ts';

export function loadBaseTaskDefinition(
  spec: JobSpec,
  baseDir: string,
  fail: (message: string) => void,
): Record<string, unknown> | undefined {
  if (!spec.taskDefinition) return undefined;
  const path = resolvePath(baseDir, spec.taskDefinition);
  // A manifest may name only files of its own repository: not `../../secrets.json`, `/etc/...` or a symlink out.
  const root = repositoryRoot(resolvePath(baseDir, 'ecs-batch.yml'));
  if (!isInside(path, root)) {
    fail(
      `base task definition ${spec.taskDefinition} is outside the repository (${root}): ` +
        'keep base files in the repository, next to the manifest or below it',
    );
    return undefined;
  }
  let text: string;
  try {
    text = readBoundedTextFile(path, MAX_TASK_DEFINITION_BYTES);
  } catch (error) {
    const problem = error instanceof FileReadError ? error : new FileReadError('UNREADABLE', 'cannot read it');
    fail(
      problem.code === 'ENOENT'
        ? `base task definition not found: ${spec.taskDefinition} (paths are relative to the manifest)`
        : `cannot read the base task definition ${spec.taskDefinition}: ${problem.message}`,
    );
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch (error) {
    // Not the parser's message: it quotes the file's text, which may hold secrets.
    const at = jsonErrorPosition(text, error);
    fail(
      `base task definition ${spec.taskDefinition} is not valid JSON (at ${spec.taskDefinition}:${at.line}:${at.column})`,
    );
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    fail(`base task definition ${spec.taskDefinition} must be a JSON object (a RegisterTaskDefinition request)`);
    return undefined;
  }
  return parsed as Record<string, unknown>;
}
