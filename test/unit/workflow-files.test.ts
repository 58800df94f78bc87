import { describe, expect, it } from '@jest/globals';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/processes.ts';

function listYaml(dir: string): string[] {
  return existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(dir, f))
    : [];
}

const ACTIONS = [
  ...readdirSync(join(ROOT, 'actions')).map((d) => `actions/${d}/action.yml`),
  ...(existsSync(join(ROOT, 'deploy/action.yml')) ? ['deploy/action.yml'] : []),
];
const WORKFLOWS = [...listYaml('.github/workflows'), ...listYaml('examples/workflows')];

function errorsOf(result: { context: { errors: { getErrors(): { message: string }[] } } }): string[] {
  return result.context.errors.getErrors().map((e) => e.message);
}

describe('action.yml files', () => {
  it.each(ACTIONS)('%s parses against the action schema', (file) => {
    const result = parseAction(
      { name: file, content: readFileSync(join(ROOT, file), 'utf8') },
      new NoOperationTraceWriter(),
    );
    expect(errorsOf(result)).toEqual([]);
  });

  it.each(ACTIONS.filter((f) => f.startsWith('actions/')))('%s runs on node24 with a bundle that exists', (file) => {
    const action = parse(readFileSync(join(ROOT, file), 'utf8'));
    expect(action.runs.using).toBe('node24');
    expect(existsSync(join(ROOT, dirname(file), action.runs.main))).toBe(true);
  });
});

describe('workflow files', () => {
  it.each(WORKFLOWS)('%s parses against the workflow schema', (file) => {
    const result = parseWorkflow(
      { name: file, content: readFileSync(join(ROOT, file), 'utf8') },
      new NoOperationTraceWriter(),
    );
    expect(errorsOf(result)).toEqual([]);
  });
});

describe('what the workflows trust', () => {
  it('the rerun picks its environment from a list (the environment names the reviewers and the role)', () => {
    const rerun = parse(readFileSync(join(ROOT, 'examples/workflows/rerun.yml'), 'utf8'));
    const input = rerun.on.workflow_dispatch.inputs.environment;
    expect(input).toMatchObject({ type: 'choice', required: true });
    expect(input.options).toContain('production');
    expect(rerun.jobs.run.environment).toBe('${{ inputs.environment }}');
  });

  it("the image build cache is the manifest environment's own", () => {
    const deploy = parse(readFileSync(join(ROOT, 'deploy/action.yml'), 'utf8'));
    const build = deploy.runs.steps.find((s: { id?: string }) => s.id === 'build');
    for (const key of ['cache-from', 'cache-to'])
      expect(build.with[key]).toMatch(/scope=ecs-batch-\$\{\{ steps\.prepare\.outputs\.prefix \}\}/);
  });
});

describe('the parsers catch mistakes (controls for the tests above)', () => {
  it('rejects an action with an unknown runtime', () => {
    const result = parseAction(
      { name: 'bad.yml', content: 'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n' },
      new NoOperationTraceWriter(),
    );
    expect(errorsOf(result).length).toBeGreaterThan(0);
  });

  it('rejects a workflow with an unknown key', () => {
    const result = parseWorkflow(
      { name: 'bad.yml', content: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n' },
      new NoOperationTraceWriter(),
    );
    expect(errorsOf(result).length).toBeGreaterThan(0);
  });
});

describe('supply chain and script injection', () => {
  const files = [...ACTIONS, ...WORKFLOWS];

  it.each(files)('%s pins third-party actions by full commit SHA, with the version in a comment', (file) => {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/^\s*(?:-\s*)?uses:\s*([^\s#]+)(.*)$/gm)) {
      const [ref, rest] = [m[1]!, m[2]!];
      if (ref.startsWith('./') || ref.startsWith('ecs-batch/ecs-batch/')) continue;
      expect(`${ref}`).toMatch(/@[0-9a-f]{40}$/);
      expect(rest).toMatch(/#\s*v\d/);
    }
  });

  it.each(files)('%s has no ${{ }} expression inside a run: script', (file) => {
    const doc = parse(readFileSync(join(ROOT, file), 'utf8'));
    const steps: { run?: string }[] = [
      ...(doc.runs?.steps ?? []),
      ...Object.values((doc.jobs ?? {}) as Record<string, { steps?: { run?: string }[] }>).flatMap(
        (j) => j.steps ?? [],
      ),
    ];
    for (const step of steps) {
      if (step.run !== undefined) expect(step.run).not.toMatch(/\$\{\{/);
    }
  });
});
