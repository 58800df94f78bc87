/**
 * Runs deploy/action.yml the way the runner runs a composite action: expressions evaluated with
 * GitHub's own expression library, `if:` conditions honoured, run steps executed with bash, step
 * outputs read from GITHUB_OUTPUT. Third-party steps are stood in for: a skipped build must stay
 * skipped, and the build stand-in pushes an image to the emulator and reports its digest.
 */
import { seedTestAccount } from '../fake-aws/seed.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { startFakeAws, type FakeAws } from '../fake-aws/index.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { ROOT, parseOutputs, scratchDir } from '../helpers/processes.ts';

interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | boolean>;
}
interface Composite {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, 'deploy/action.yml'), 'utf8')) as Composite;

function evaluate(expression: string, context: Record<string, unknown>): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const tree = new Parser(lexed.tokens, Object.keys(context), []).parse();
  return new Evaluator(tree, JSON.parse(JSON.stringify(context), data.reviver) as data.Dictionary).evaluate();
}

function interpolate(value: string | boolean, context: Record<string, unknown>): string {
  return String(value).replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => evaluate(e, context).coerceString());
}

function truthy(d: data.ExpressionData): boolean {
  return !(
    d.kind === data.Kind.Null ||
    (d.kind === data.Kind.Boolean && !d.coerceString().includes('true')) ||
    (d.kind === data.Kind.String && d.coerceString() === '') ||
    (d.kind === data.Kind.Number && d.number() === 0)
  );
}

interface RunResult {
  outputs: Record<string, string>;
  ran: string[];
  stdout: string;
}

/** bash -c, asynchronously (the emulator answering the step lives in this process). */
function bash(
  script: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status: status ?? 1, stdout, stderr }));
  });
}

/** Runs the composite with `with` inputs. `build` stands in for docker/build-push-action. */
async function runComposite(
  withInputs: Record<string, string>,
  env: Record<string, string>,
  cwd: string,
  build: (tags: string[]) => string,
  setupNode: () => string = () => {
    throw new Error('actions/setup-node ran, but a Node 24 was there to find');
  },
): Promise<RunResult> {
  const inputs: Record<string, string> = {};
  // Defaults are expressions the runner evaluates (github.token: none here, so no GitHub call is made).
  for (const [name, spec] of Object.entries(action.inputs))
    inputs[name] = withInputs[name] ?? interpolate(spec.default ?? '', { github: { token: '' } });
  const steps: Record<string, { outputs: Record<string, string> }> = {};
  const ran: string[] = [];
  let stdout = '';
  const temp = mkdtempSync(join(tmpdir(), 'ecs-batch-composite-'));
  writeFileSync(join(temp, 'summary'), '');
  const addedPath: string[] = []; // what steps add through GITHUB_PATH
  for (const step of action.runs.steps) {
    const context = { inputs, steps, env, github: { action_path: join(ROOT, 'deploy') } };
    if (step.if && !truthy(evaluate(step.if, context))) continue;
    ran.push(step.id ?? step.uses ?? step.name ?? '?');
    if (step.run) {
      const output = join(temp, `${step.id}.out`);
      writeFileSync(output, '');
      const stepEnv: Record<string, string> = {};
      for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = interpolate(v, context);
      const path = env.PATH ?? `${dirname(process.execPath)}:${process.env.PATH}`;
      const r = await bash(step.run, cwd, {
        HOME: process.env.HOME,
        ...env,
        PATH: [...addedPath, path].join(':'),
        ...stepEnv,
        GITHUB_ACTION_PATH: join(ROOT, 'deploy'),
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        GITHUB_WORKSPACE: cwd,
        RUNNER_TEMP: temp,
      });
      stdout += r.stdout;
      if (r.status !== 0) throw new Error(`step ${step.id} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
      if (step.id) steps[step.id] = { outputs: parseOutputs(readFileSync(output, 'utf8')) };
    } else if (step.uses?.startsWith('actions/setup-node')) {
      addedPath.unshift(setupNode());
    } else if (step.uses?.startsWith('docker/build-push-action')) {
      const tags = interpolate(step.with?.tags ?? '', context)
        .split('\n')
        .filter(Boolean);
      if (step.id) steps[step.id] = { outputs: { digest: build(tags) } };
    } else if (step.id) {
      steps[step.id] = { outputs: {} };
    }
  }
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.outputs))
    outputs[name] = interpolate(spec.value, { inputs, steps, env });
  return { outputs, ran, stdout };
}

let fake: FakeAws;
let dir: string;
const SHA = '0123456789abcdef0123456789abcdef01234567';

beforeAll(async () => {
  fake = await startFakeAws({ region: 'ap-northeast-1' });
  seedTestAccount(fake);
  fake.createCluster('batch');
});
afterAll(() => fake.stop());
beforeEach(() => {
  dir = scratchDir({
    'ecs-batch.yml': MANIFEST.replace('project: myapp', `project: c${Math.random().toString(36).slice(2, 7)}`),
  });
});

const env = () => ({ ...fake.env(), GITHUB_SHA: SHA, GITHUB_REF_NAME: 'main' });
const noBuild = () => {
  throw new Error('the build ran, but it should have been skipped');
};

describe('deploy/action.yml, run as a composite', () => {
  it('with a prebuilt image: skips login and build, releases it, and a second run changes nothing', async () => {
    const image = `public.ecr.aws/docker/library/busybox@sha256:${'1'.repeat(64)}`;
    const first = await runComposite({ manifest: 'ecs-batch.yml', image }, env(), dir, noBuild);
    expect(first.ran).toEqual(['node', 'prepare', 'release']);
    expect(first.outputs.image).toBe(image);
    expect(Object.keys(JSON.parse(first.outputs['task-definition-arns']!))).toEqual([
      'nightly',
      'sweep',
      'monthly',
      'legacy',
    ]);
    const second = await runComposite({ manifest: 'ecs-batch.yml', image }, env(), dir, noBuild);
    expect(second.outputs.changes).toBe('[]');
  });

  it('builds and pushes when the commit has no image yet, and releases the pushed digest', async () => {
    let pushed: string[] = [];
    const result = await runComposite({}, env(), dir, (tags) => {
      pushed = tags;
      return fake.seedImage('myapp-batch', SHA, JSON.stringify({ built: Date.now() })).digest;
    });
    expect(result.ran).toEqual([
      'node',
      'prepare',
      'aws-actions/amazon-ecr-login@062b18b96a7aff071d4dc91bc00c4c1a7945b076',
      'docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435',
      'build',
      'release',
    ]);
    expect(pushed).toEqual([
      `123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch:${SHA}`,
      '123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch:main',
    ]);
    const digest = fake.state.repositories.get('myapp-batch')!.images.find((i) => i.tags.includes(SHA))!.digest;
    expect(result.outputs.image).toBe(`123456789012.dkr.ecr.ap-northeast-1.amazonaws.com/myapp-batch@${digest}`);
  });

  it('a re-run of the same commit finds its image and skips the build', async () => {
    const pushed = fake.seedImage('myapp-batch', SHA, JSON.stringify({ rerun: Date.now() }));
    const result = await runComposite({}, env(), dir, noBuild);
    expect(result.ran).toEqual(['node', 'prepare', 'release']);
    expect(result.outputs.image).toBe(pushed.uri);
  });

  describe('on a runner whose PATH node is older than 24', () => {
    const image = `public.ecr.aws/docker/library/busybox@sha256:${'2'.repeat(64)}`;
    /** A PATH whose `node` is Node 20: it prints its version and can run nothing. */
    function oldNodePath(): string {
      const bin = join(mkdtempSync(join(tmpdir(), 'ecs-batch-node20-')), 'bin');
      mkdirSync(bin);
      writeFileSync(
        join(bin, 'node'),
        '#!/bin/sh\n[ "$1" = --version ] && echo v20.19.1 && exit 0\necho "ran on node 20" >&2; exit 3\n',
      );
      chmodSync(join(bin, 'node'), 0o755);
      return `${bin}:${process.env.PATH}`;
    }
    /** A folder holding `node`: this test's own Node 24. */
    function node24Dir(under: string): string {
      mkdirSync(under, { recursive: true });
      symlinkSync(process.execPath, join(under, 'node'));
      return under;
    }

    it('runs the steps on the tool cache Node 24 and sets none up', async () => {
      const cache = mkdtempSync(join(tmpdir(), 'ecs-batch-toolcache-'));
      node24Dir(join(cache, `node/${process.versions.node}/x64/bin`));
      const result = await runComposite(
        { image },
        { ...env(), PATH: oldNodePath(), RUNNER_TOOL_CACHE: cache },
        dir,
        noBuild,
      );
      expect(result.ran).toEqual(['node', 'prepare', 'release']);
      expect(result.outputs.image).toBe(image);
      expect(result.stdout).toContain(`Node v${process.versions.node} at ${cache}/node/`);
    });

    it('sets Node 24 up when there is none to find, and the steps run on it', async () => {
      let setUp = 0;
      const result = await runComposite({ image }, { ...env(), PATH: oldNodePath() }, dir, noBuild, () => {
        setUp++;
        return node24Dir(join(mkdtempSync(join(tmpdir(), 'ecs-batch-setup-node-')), 'bin'));
      });
      expect(setUp).toBe(1);
      expect(result.ran).toEqual([
        'node',
        'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020',
        'prepare',
        'release',
      ]);
      expect(result.outputs.image).toBe(image);
    });
  });
});
