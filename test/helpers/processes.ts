/** Runs the bundled CLI and actions as child processes, with the environment a GitHub runner gives. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Environment without anything that could leak a real AWS account or runner state into a test. */
function cleanEnv(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(INPUT_|GITHUB_|RUNNER_|AWS_|ACTIONS_)/.test(key)) continue;
    env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) env[key] = value;
  }
  return env;
}

export function runProcess(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number; node?: string } = {},
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(options.node ?? process.execPath, args, {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv(options.env ?? {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? -1, stdout, stderr });
    });
  });
}

export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  cwd?: string,
): Promise<ProcessResult> {
  return runProcess([join(ROOT, 'dist/cli/index.js'), ...args], { env, ...(cwd ? { cwd } : {}) });
}

/** Parses the GITHUB_OUTPUT file format: name<<delimiter ... delimiter, or name=value. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) {
      // The runner's other form: name=value on one line.
      const single = /^([^=]+)=(.*)$/.exec(lines[i]!);
      if (single) outputs[single[1]!] = single[2]!;
      continue;
    }
    const [, name, delimiter] = m as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export async function runAction(
  name: string,
  inputs: Record<string, string>,
  options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {},
): Promise<ActionResult> {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-runner-'));
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string | undefined> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = await runProcess([join(ROOT, `dist/${name}/index.js`)], {
    env,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  return {
    ...result,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

/** A scratch directory holding the given files. */
export function scratchDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ecs-batch-test-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
