import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { massPruneRefusal } from '../../src/plan/plan.ts';
import { markdownTable } from '../../src/report/table.ts';
import { inertLine, inertText, mdCode, mdText } from '../../src/util/untrusted.ts';
import { describeChange } from '../../src/util/diff.ts';
import { fingerprint, isSecretName, looksSecretValue, redactArgv, redactSecrets } from '../../src/util/secrets.ts';
import { commandsTheRunnerReads } from '../helpers/runner.ts';

describe('text output', () => {
  it('no line of inert text is a workflow command, whatever the value holds', () => {
    const hostile = [
      '::error::x',
      '  ::set-output name=a::b',
      '\t::add-mask::x',
      'ok\n::stop-commands::t',
      'a ##[error]old',
      'ok\r::warning::cr',
      // White space only .NET counts (NEL), and the rest of Unicode's.
      '\u0085::error::nel',
      '\u00a0\u2003\u3000::error::spaces',
      'a\n\u0085\u2028::add-mask::x',
      'plain',
    ];
    for (const value of hostile) {
      expect(commandsTheRunnerReads(inertText(value))).toEqual([]);
      expect(commandsTheRunnerReads(inertLine(value))).toEqual([]);
      expect(inertLine(value)).not.toMatch(/\n/);
    }
    expect(inertText('plain\n  indented')).toBe('plain\n  indented');
    expect(inertLine('plain')).toBe('plain');
    expect(JSON.parse(inertText('::error::x'))).toBe('::error::x');
  });

  it('the oracle trims like the runner (.NET), not like JavaScript', () => {
    expect(commandsTheRunnerReads('\u0085::error::x')).toEqual(['::error::x']);
    expect(commandsTheRunnerReads('\ufeff::error::x')).toEqual([]);
  });

  it('C1 controls are escaped in a line, never written raw', () => {
    expect(inertLine('a\u0085b\u009bc')).toBe('a\\u0085b\\u009bc');
    expect(inertLine('\u0085::x')).not.toMatch(/[\u0080-\u009f]/);
  });
});

const render = (md: string) => new MarkdownIt({ html: true }).render(md);

describe('markdown output', () => {
  it('code spans hold any text, backticks and pipes included, as text', () => {
    for (const value of ['a`b', '``x``', '`start', 'end`', 'x | y', '<!-- hidden', '</code><script>']) {
      const html = render(`a ${mdCode(value)} z`);
      expect(html).toMatch(/<code>/);
      expect(html).not.toMatch(/<!--|<script>/);
    }
    expect(render(mdCode('a`b'))).toMatch(/<code>a`b<\/code>/);
  });

  it('escaped text renders as the same text, with no markup and no HTML', () => {
    const value = '**bold** _em_ [link](javascript:x) <b>b</b> <!-- c ~~s~~ $x$ `code` # h | p & done';
    const html = render(`- ${mdText(value)}`);
    expect(html).not.toMatch(/<strong>|<em>|<a |<b>|<!--|<del>|<code>/);
    const text = html
      .replace(/<[^>]*>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .trim();
    expect(text).toBe(value);
    expect(render(mdText('# not a heading'))).not.toMatch(/<h1>/);
    expect(render(mdText('line\n# two'))).not.toMatch(/<h1>/);
  });

  it('autolinks, mentions and references stay text; bidi, zero-width and C1 characters are dropped', () => {
    const linkify = (md: string) => new MarkdownIt({ html: true, linkify: true }).render(md);
    for (const value of [
      'https://evil.example/login',
      'www.evil.com',
      'see @org/team',
      'fixes #1',
      'GH-12',
      'a@b.co',
    ]) {
      const md = mdText(value);
      const html = linkify(`x ${md} y`);
      expect([value, html]).not.toEqual([value, expect.stringMatching(/<a /)]);
      // GitHub links mentions and references in rendered text outside code: these are code.
      expect([value, html]).toEqual([value, expect.stringMatching(/<code>/)]);
    }
    expect(mdText('pay\u202eroll\u200b.\u0085exe')).toBe('payroll. exe');
    expect(mdCode('a\u2066b\u009bc')).toBe('`abc`');
    expect(mdText('plain words')).toBe('plain words');
  });

  it('a value cannot carry a sticky comment marker, even in a code span', () => {
    const marker = '<!-- ecs-batch:plan:app-staging -->';
    for (const md of [mdCode(marker), mdText(marker)]) expect(md).not.toContain('<!--');
  });

  it('a table keeps its cells when values hold pipes', () => {
    const html = render(markdownTable(['a', 'b'], [[mdCode('x | y'), mdText('p | q')]]));
    expect(html.match(/<td>/g)).toHaveLength(2);
    expect(html).toMatch(/<code>x \| y<\/code>/);
  });
});

describe('secrets, round 3', () => {
  it('shapes that were missed: empty-user URLs, auth schemes, glued and curl passwords, sk- and key- tokens', () => {
    const cases: [string, string][] = [
      ['redis://:s3cretpw@cache:6379/0', 'redis://:***@cache:6379/0'],
      ['Authorization: Bearer abcdef123456', 'Authorization: *** ***'],
      ['curl -H "X: Basic dXNlcjpwYXNz" https://x', 'curl -H "X: Basic ***" https://x'],
      ['mysql -h db -uroot -pS3cretPass mydb', 'mysql -h db -uroot -p*** mydb'],
      ['curl -u deploy:hunter22 https://x', 'curl -u deploy:*** https://x'],
      [`OPENAI=sk-proj-${'a1B2'.repeat(8)}`, 'OPENAI=***'],
      [`mailgun key-${'0123456789abcdef'.repeat(2)}`, 'mailgun ***'],
    ];
    for (const [value, shown] of cases) expect([value, redactSecrets(value)]).toEqual([value, shown]);
    expect(redactArgv(['mysql', '-pS3cret', 'db'])).toEqual(['mysql', '-p***', 'db']);
    expect(redactArgv(['curl', '-u', 'me:pw123', 'x'])).toEqual(['curl', '-u', 'me:***', 'x']);
    // Not secrets: `tar -pxf`, a user without a password, a hex digest.
    expect(redactArgv(['tar', '-pxf', 'a.tar'])).toEqual(['tar', '-pxf', 'a.tar']);
    expect(redactSecrets('curl -u deploy https://x')).toBe('curl -u deploy https://x');
    for (const value of ['redis://:s3cretpw@cache', 'Bearer abcdef123456', `sk-proj-${'a1B2'.repeat(8)}`])
      expect([value, looksSecretValue(value)]).toEqual([value, true]);
  });
});

describe('secrets', () => {
  it('names: words of the name, so DB_PASS and GH_PAT match and PATH does not', () => {
    for (const name of [
      'DB_PASS',
      'GH_PAT',
      'API_TOKEN',
      'dbPassword',
      'apiKey',
      'AWS_SECRET_ACCESS_KEY',
      'SENTRY_DSN',
      'PRIVATE_KEY',
      'OAUTH_CREDENTIALS',
      'BASIC_AUTH',
      'APIKEY',
      '--password',
      'DB_PW',
      'HMAC_SALT',
      'SLACK_WEBHOOK_URL',
      'AUTHORIZATION',
      'slackWebhook',
    ]) {
      expect([name, isSecretName(name)]).toEqual([name, true]);
    }
    for (const name of ['PATH', 'KEYBOARD_LAYOUT', 'MONKEY', 'PASSPORT_COUNTRY', 'APP_ENV', 'PATTERN', 'AUTHOR']) {
      expect([name, isSecretName(name)]).toEqual([name, false]);
    }
  });

  it('shapes: tokens, URL passwords, named values, random runs', () => {
    const cases: [string, string][] = [
      ['postgres://app:hunter2@db:5432/app', 'postgres://app:***@db:5432/app'],
      ['token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token ***'],
      ['github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', '***'],
      ['AKIAABCDEFGHIJKLMNOP', '***'],
      ['xoxb-1234567890-abcdefghij', '***'],
      ['--password=hunter2', '--password=***'],
      ['DB_PASS=hunter2 MODE=full', 'DB_PASS=*** MODE=full'],
      ['password: hunter2', 'password: ***'],
      ['-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----', '***'],
      ['key Zx9Qm2Lr8Tp4Wv6Ys1Nb3Kd5Hf7Jg0Ac2Xe4', 'key ***'],
    ];
    for (const [value, shown] of cases) expect(redactSecrets(value)).toBe(shown);
    // What is not secret stays as it was.
    for (const value of [
      `123456789012.dkr.ecr.us-east-1.amazonaws.com/app@sha256:${'0123456789abcdef'.repeat(4)}`,
      'arn:aws:ssm:ap-northeast-1:123456789012:parameter/db-password',
      '3f2b8c1e-9d4a-4b6f-8e2a-1c5d7f9b3a0e',
      'the password is wrong',
      'PATH=/usr/local/bin:/usr/bin',
      'https://example.com/a/b?c=d',
    ]) {
      expect(redactSecrets(value)).toBe(value);
      expect(looksSecretValue(value)).toBe(false);
    }
    expect(redactArgv(['mysql', '--password', 'hunter2', '-u', 'app'])).toEqual([
      'mysql',
      '--password',
      '***',
      '-u',
      'app',
    ]);
  });

  it('environment changes show names and fingerprints, values only when asked and never secret ones', () => {
    const change = { path: 'containerDefinitions[app].environment[MODE].value', before: 'fast', after: 'full' };
    expect(describeChange(change)).toBe(
      `containerDefinitions[app].environment[MODE].value: changed (value ${fingerprint('fast')} → ${fingerprint('full')})`,
    );
    expect(describeChange(change, { showValues: true })).toBe(
      'containerDefinitions[app].environment[MODE].value: "fast" → "full"',
    );
    const secret = { path: 'containerDefinitions[app].environment[DB_PASS].value', before: 'a', after: 'b' };
    expect(describeChange(secret, { showValues: true })).not.toMatch(/"a"|"b"/);
    const added = {
      path: 'containerDefinitions[app].environment',
      before: undefined,
      after: [
        { name: 'MODE', value: 'full' },
        { name: 'DB_URL', value: 'postgres://u:pw@h/db' },
      ],
    };
    expect(describeChange(added)).toBe(
      `containerDefinitions[app].environment: "DB_URL" added (value ${fingerprint('postgres://u:pw@h/db')}), ` +
        `"MODE" added (value ${fingerprint('full')})`,
    );
    expect(describeChange(added, { showValues: true })).toBe(
      'containerDefinitions[app].environment: "DB_URL" added ("postgres://u:***@h/db"), "MODE" added ("full")',
    );
  });
});

describe('mass prune guard', () => {
  const owned = new Set(['a', 'b', 'c', 'd']);
  const keeping = (...jobs: string[]) => new Set(jobs.map((j) => `p-${j}`));
  it('refuses removing more than half (and more than one) unless allowed', () => {
    expect(massPruneRefusal('p', owned, keeping('a', 'b'), undefined)).toBeUndefined();
    expect(massPruneRefusal('p', owned, keeping('a'), undefined)).toMatch(
      /3 job\(s\) \(their schedules or rules, and task definitions\), more than half of the 4 jobs it owns: b, c, d\. .*--max-prune 3/,
    );
    expect(massPruneRefusal('p', owned, keeping('a'), 3)).toBeUndefined();
    expect(massPruneRefusal('p', owned, keeping('a'), 2)).toMatch(/more than --max-prune 2/);
    expect(massPruneRefusal('p', owned, keeping('a', 'b', 'c'), 0)).toMatch(/more than --max-prune 0: d/);
    // One job of one, or two: removing the only one is not "mass".
    expect(massPruneRefusal('p', new Set(['a']), keeping(), undefined)).toBeUndefined();
    expect(massPruneRefusal('p', new Set(['a', 'b']), keeping(), undefined)).toMatch(/2 job\(s\)/);
  });
});
