/** The CLI a person can live in: help for every flag, init, task definitions on demand, whole values. */
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { runCli, scratchDir, ROOT } from '../helpers/processes.ts';
import { joined } from '../helpers/pattern.ts';

let aws: FakeSetup;
beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1' });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());

describe('--help', () => {
  it('explains every flag of every command, with examples', async () => {
    for (const command of ['validate', 'plan', 'deploy', 'run', 'iam-policy', 'init']) {
      const r = await runCli([command, '--help']);
      expect(r.code).toBe(0);
      const usage = /Usage: (.*)/.exec(r.stdout)![1]!;
      const flags = [...usage.matchAll(/--[a-z-]+/g)].map((m) => m[0]).filter((f) => f !== '--help');
      const options = r.stdout.slice(r.stdout.indexOf('Options:'), r.stdout.indexOf('Examples:'));
      for (const flag of [...flags, '--deadline'].filter((f) => command !== 'init' || f !== '--deadline')) {
        expect([command, flag, new RegExp(`^  (-\\w, )?${flag}\\b.* {2}\\S`, 'm').test(options)]).toEqual([
          command,
          flag,
          true,
        ]);
      }
      expect(r.stdout).toMatch(/Examples:\n {2}ecs-batch /);
    }
  });
});

describe('ecs-batch init', () => {
  it('writes a starter manifest that validates and the example workflows, and never overwrites', async () => {
    const dir = scratchDir({});
    const r = await runCli(['init', '--project', 'billing', '--cluster', 'batch-ec2'], {}, dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/wrote ecs-batch\.yml/);
    const manifest = readFileSync(join(dir, 'ecs-batch.yml'), 'utf8');
    expect(manifest).toMatch(/^# yaml-language-server: \$schema=https:\/\/.*ecs-batch\.schema\.json\n/);
    expect(manifest).toMatch(/^\$schema: /m);
    for (const name of ['deploy', 'pr', 'rerun', 'validate'])
      expect(existsSync(join(dir, `.github/workflows/ecs-batch-${name}.yml`))).toBe(true);
    const v = await runCli(['validate', '--format', 'json'], {}, dir);
    expect(v.code).toBe(0);
    const report = JSON.parse(v.stdout) as { warnings: unknown[]; jobs: { name: string }[] };
    expect(report.warnings).toEqual([]); // the rerun picker lists the starter's jobs
    expect(report.jobs.map((j) => j.name)).toEqual(['daily-aggregate', 'sweep']);

    const again = await runCli(['init'], {}, dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/kept ecs-batch\.yml: it exists \(init never overwrites\)/);
    expect(readFileSync(join(dir, 'ecs-batch.yml'), 'utf8')).toBe(manifest);
  });

  it('refuses values that would be more than a value in the YAML it writes, and a symlinked workflows folder', async () => {
    const dir = scratchDir({});
    for (const args of [
      ['--cluster', 'batch\nproject: pwned'],
      ['--manifest', 'x.yml\n  evil: 1'],
      ['--workflows', '../outside'],
    ]) {
      const r = await runCli(['init', ...args], {}, dir);
      expect([args[0], r.code]).toEqual([args[0], 2]);
    }
    expect(existsSync(join(dir, 'ecs-batch.yml'))).toBe(false);
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, '.github'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, '.github', 'workflows'));
    const r = await runCli(['init'], {}, dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\.github\/workflows is a symbolic link/);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
  });
});

describe('plan output', () => {
  it('--show-task-definitions prints what would be registered, env values fingerprinted; long values are whole', async () => {
    const longArgs = Array.from({ length: 12 }, (_, i) => `--option-number-${i}=value-${i}`);
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST.replace('project: myapp', 'project: clitest') });
    const image = aws.fake.seedImage('myapp-batch', 'cli').uri;
    await release({ manifest: join(dir, 'ecs-batch.yml'), image, dryRun: false, prune: true, clients: aws.clients });
    const edited = MANIFEST.replace('project: myapp', 'project: clitest').replace(
      '    command: [php, artisan, sweep]\n',
      `    command: [php, artisan, sweep, ${longArgs.join(', ')}]\n`,
    );
    writeFileSync(join(dir, 'ecs-batch.yml'), edited);
    const text = await runCli(['plan', '--image', image, '--show-task-definitions'], aws.fake.env(), dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/task definition clitest-sweep:\n\{\n {2}"family": "clitest-sweep"/);
    expect(text.stdout).toMatch(/"name": "APP_ENV",\n\s+"value": "\(value sha256:[0-9a-f]{8}\)"/);
    // The long command: a line for each side, whole.
    expect(text.stdout).toMatch(
      joined(
        /task definition containerDefinitions\[sweep\]\.command:\n {4}- \["php","artisan","sweep"\]\n/,
        / {4}\+ \["php","artisan","sweep",.*"--option-number-11=value-11"\]/,
      ),
    );
    const json = await runCli(
      ['plan', '--image', image, '--format', 'json', '--show-task-definitions', '--show-values'],
      aws.fake.env(),
      dir,
    );
    const report = JSON.parse(json.stdout) as {
      changes: { name: string; diff: string[] }[];
      taskDefinitions: Record<string, { containerDefinitions: { environment: { value: string }[] }[] }>;
    };
    expect(report.changes.find((c) => c.name === 'clitest-sweep' && c.diff.length)!.diff.join('\n')).toContain(
      '--option-number-11=value-11',
    );
    expect(report.taskDefinitions['clitest-nightly']!.containerDefinitions[0]!.environment).toEqual([
      { name: 'APP_ENV', value: 'production' },
    ]);
  });

  it('iam-policy --for scheduler prints what the invoke role needs', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': MANIFEST });
    const r = await runCli(['iam-policy', '--for', 'scheduler', '--region', 'ap-northeast-1'], {}, dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      Statement: { Sid: string; Action: string[]; Resource: string[]; Condition?: unknown }[];
    };
    expect(doc.Statement.map((s) => [s.Sid, s.Action])).toEqual([
      ['RunJobTasks', ['ecs:RunTask']],
      ['TagTasksOnRun', ['ecs:TagResource']],
      ['PassRoleToTasks', ['iam:PassRole']],
    ]);
    expect(doc.Statement[0]!.Resource).toEqual(['arn:aws:ecs:ap-northeast-1:123456789012:task-definition/myapp-*:*']);
    expect(doc.Statement[2]!.Resource).toEqual([
      'arn:aws:iam::123456789012:role/exec',
      'arn:aws:iam::123456789012:role/task',
    ]);
  });
});

describe('ecs-batch validate --show-resolved', () => {
  it('prints each job as the environment resolves it, secret-looking values hidden', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': readFileSync(join(ROOT, 'test/fixtures/staging-inherits.yml'), 'utf8') });
    const r = await runCli(['validate', '--environment', 'staging', '--show-resolved'], {}, dir);
    expect(r.code).toBe(0);
    const resolved = parse(r.stdout.slice(0, r.stdout.indexOf('\necs-batch.yml:'))) as {
      resolved: string;
      jobs: Record<
        string,
        { executionRoleArn: string; secrets: Record<string, string>; environment: Record<string, string> }
      >;
    };
    expect(resolved.resolved).toBe('environment staging');
    expect(resolved.jobs.nightly!.executionRoleArn).toBe('arn:aws:iam::222222222222:role/exec');
    expect(resolved.jobs.nightly!.secrets.MAIL).toMatch(/parameter\/production\/mail$/);
    expect(resolved.jobs.nightly!.environment).toEqual({ APP_ENV: 'production', API_TOKEN: '***' });
    expect(r.stdout).not.toContain('abc');
    // --strict: the same warnings fail the check.
    const strict = await runCli(['validate', '--environment', 'staging', '--strict'], {}, dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/ecs-batch\.yml: 3 warning\(s\), and --strict is on/);
  });
});
