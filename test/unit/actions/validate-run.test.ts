/**
 * The validate action's run(), called in this process as a runner would (inputs as INPUT_* variables, outputs and the
 * summary into the files the runner names): the entry exports it, so no bundle is needed to test it.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../../src/actions/validate.ts';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/ecs-batch.yml');
const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'validate-run-'));
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY']) {
    writeFileSync(join(dir, name), '');
    process.env[name] = join(dir, name);
  }
  process.env.INPUT_WORKFLOWS = join(dir, 'no-workflows');
  process.exitCode = undefined;
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
});

/** The outputs the step wrote, read back from the runner's file format (name<<delimiter ... delimiter). */
function outputs(): Record<string, string> {
  const text = readFileSync(join(dir, 'GITHUB_OUTPUT'), 'utf8');
  const found: Record<string, string> = {};
  for (const m of text.matchAll(/^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm)) found[m[1]!] = m[3]!;
  return found;
}

describe('the validate action in process', () => {
  it('passes the example manifest: outputs valid and the job list, writes the summary table', async () => {
    process.env.INPUT_MANIFEST = EXAMPLE;
    await run();
    expect(process.exitCode).toBeUndefined();
    const out = outputs();
    expect(out.valid).toBe('true');
    const jobs = JSON.parse(out.jobs!) as { name: string }[];
    expect(jobs.map((j) => j.name)).toContain('daily-aggregate');
    expect(readFileSync(join(dir, 'GITHUB_STEP_SUMMARY'), 'utf8')).toMatch(/\| `daily-aggregate` \|/);
  });

  it('fails the step on a broken manifest, with valid=false', async () => {
    const broken = join(dir, 'broken.yml');
    writeFileSync(
      broken,
      readFileSync(EXAMPLE, 'utf8').replace(/schedule: cron\([^)]*\)/, 'schedule: cron(61 * * * ? *)'),
    );
    process.env.INPUT_MANIFEST = broken;
    await run();
    expect(process.exitCode).toBe(1);
    expect(outputs().valid).toBe('false');
  });

  it('with strict, warnings fail the step (the manifest stays valid)', async () => {
    const fixture = resolve(import.meta.dirname, '../../fixtures/staging-inherits.yml');
    process.env.INPUT_MANIFEST = fixture;
    await run();
    expect(process.exitCode).toBeUndefined();
    process.env.INPUT_STRICT = 'true';
    await run();
    expect(process.exitCode).toBe(1);
    expect(outputs().valid).toBe('true');
  });
});
