import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/processes.ts';

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  if?: string;
}
interface ActionFile {
  inputs?: Record<string, unknown>;
  outputs?: Record<string, { value?: string }>;
  runs: { using: string; steps?: Step[] };
}

const load = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as ActionFile;
const deploy = load('deploy/action.yml');
const steps = deploy.runs.steps!;

/** Outputs of third-party actions the composite reads (from their own action.yml). */
const THIRD_PARTY_OUTPUTS: Record<string, string[]> = {
  'docker/build-push-action': ['imageid', 'digest', 'metadata'],
  'aws-actions/amazon-ecr-login': ['registry'],
  'docker/setup-buildx-action': ['name', 'driver', 'platforms', 'nodes'],
  'actions/setup-node': ['cache-hit', 'node-version'],
};

/** The action.yml of one of our bundles, when a step runs it. */
function bundleOf(step: Step): string | undefined {
  return /dist\/([\w-]+)\/index\.js/.exec(step.run ?? '')?.[1];
}

function outputsOf(step: Step): string[] {
  const bundle = bundleOf(step);
  if (step.run?.includes('find-node.sh')) return ['path'];
  if (bundle) return Object.keys(load(`actions/${bundle}/action.yml`).outputs ?? {});
  const name = step.uses!.replace(/@.*/, '');
  return THIRD_PARTY_OUTPUTS[name] ?? [];
}

function expressions(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/\$\{\{(.*?)\}\}/g)].map((m) => m[1]!);
}

describe('deploy/action.yml wiring', () => {
  it('runs our bundles from the action path on the Node 24 it found or set up, never `uses: ./`', () => {
    const [find, setup] = steps;
    expect(find!.run).toBe('bash "$GITHUB_ACTION_PATH/find-node.sh"');
    expect(setup!.uses).toMatch(/^actions\/setup-node@[0-9a-f]{40}$/);
    expect(setup!.if).toBe(`steps.${find!.id}.outputs.path == ''`);
    expect(String(setup!.with?.['node-version'])).toBe('24');
    for (const step of steps) {
      if (step.uses) expect(step.uses.startsWith('./')).toBe(false);
      if (!bundleOf(step)) continue;
      expect(step.run).toMatch(/^"\$ECS_BATCH_NODE" "\$GITHUB_ACTION_PATH\/\.\.\/dist\/[\w-]+\/index\.js"$/);
      expect(step.env?.ECS_BATCH_NODE).toBe(`\${{ steps.${find!.id}.outputs.path || 'node' }}`);
    }
  });

  it('every steps.<id>.outputs.<name> it reads names an earlier step and an output that step has', () => {
    const refs = [...steps.entries()].flatMap(([index, step]) =>
      expressions(step).flatMap((e) =>
        [...e.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].map((m) => ({ index, id: m[1]!, output: m[2]! })),
      ),
    );
    const outputRefs = expressions(deploy.outputs).flatMap((e) =>
      [...e.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)].map((m) => ({
        index: steps.length,
        id: m[1]!,
        output: m[2]!,
      })),
    );
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of [...refs, ...outputRefs]) {
      const source = steps.findIndex((s) => s.id === ref.id);
      expect({ ref, found: source >= 0 && source < ref.index }).toEqual({ ref, found: true });
      expect(outputsOf(steps[source]!)).toContain(ref.output);
    }
  });

  it('every inputs.<name> it reads is declared', () => {
    const declared = Object.keys(deploy.inputs ?? {});
    for (const e of expressions(steps)) {
      for (const m of e.matchAll(/inputs\.([\w-]+)/g)) expect(declared).toContain(m[1]);
    }
  });

  it('every INPUT_* passed to a bundle is an input that bundle declares', () => {
    for (const step of steps.filter(bundleOf)) {
      const inputs = Object.keys(load(`actions/${bundleOf(step)}/action.yml`).inputs ?? {}).map(
        (n) => `INPUT_${n.replace(/-/g, '_').toUpperCase()}`,
      );
      for (const key of Object.keys(step.env ?? {}).filter((k) => k.startsWith('INPUT_')))
        expect(inputs).toContain(key);
    }
  });

  it('the build is skipped when the image exists or was given, and the release gets the pushed digest', () => {
    const build = steps.find((s) => s.id === 'build')!;
    expect(build.if).toBe("steps.prepare.outputs.exists != 'true'");
    expect(build.with?.tags).toBe('${{ steps.prepare.outputs.tags }}');
    expect(build.with?.push).toBe(true);
    const release = steps.find((s) => s.id === 'release')!;
    expect(release.env?.INPUT_IMAGE).toMatch(/steps\.build\.outputs\.digest/);
    expect(release.env?.INPUT_IMAGE).toMatch(/steps\.prepare\.outputs\.image/);
  });
});
