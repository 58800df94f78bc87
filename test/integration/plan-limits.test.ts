/**
 * Plans of many jobs within GitHub's limits: the PR comment within 65,536 characters (GitHub answers 422 past it, as
 * the fake does), the job summary and outputs within 1 MB, and `plan --format markdown` printing the very comment.
 */
import { seedTestAccount } from '../fake-aws/seed.ts';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedManifest } from '../../bench/manifests.ts';
import { startFakeAws, type FakeAws } from '../fake-aws/index.ts';
import { startFakeGitHub, type FakeGitHub } from '../fake-github/index.ts';
import { runAction, runCli, scratchDir } from '../helpers/processes.ts';

let fake: FakeAws;
let gh: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeAws({ region: 'us-east-1', pageCap: 100 });
  seedTestAccount(fake);
  fake.createCluster('batch');
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await fake.stop();
  await gh.stop();
});

function prEnv(dir: string, number: number) {
  const event = join(dir, 'event.json');
  writeFileSync(event, JSON.stringify({ pull_request: { number } }));
  return {
    ...fake.env(),
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'octo/app',
    GITHUB_API_URL: gh.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
  };
}

describe('a plan of 300 jobs', () => {
  it('posts a comment within the limit that says what it left out and links the summary, which has every job', async () => {
    // Disabled jobs have no next run: the action's and the CLI's bodies, made seconds apart, cannot differ by one.
    const dir = scratchDir({
      'ecs-batch.yml': generatedManifest(300).replace(/( {4}description: .*\n)/g, '$1    enabled: false\n'),
    });
    const image = fake.seedImage('bench-batch', 'big').uri;
    const env = prEnv(dir, 31);
    const r = await runAction('release', { image, 'dry-run': 'true', 'github-token': 'fake-token' }, { env, cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Plan comment: created/);
    const [comment] = gh.comments.filter((c) => c.issue === 31);
    expect(comment!.body.length).toBeLessThanOrEqual(65_536);
    const summaryLink = '[the job summary of this run](https://github.com/octo/app/actions/runs/4242)';
    expect(comment!.body).toContain(`; the whole plan is in ${summaryLink}.*`);
    expect(comment!.body).toMatch(/\*…and \d+ more changed job\(s\) in this table; /);
    // Still a table GitHub renders, cut between rows.
    const html = new MarkdownIt({ html: false }).render(comment!.body);
    expect(html).toMatch(/<table>/);
    expect((html.match(/<tr>/g) ?? []).length).toBeGreaterThan(20);
    // The summary is within 1 MB and has all 300 jobs.
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1_000_000);
    for (const n of [0, 150, 299]) expect(r.summary).toContain(`\`job-${String(n).padStart(4, '0')}\``);
    expect(r.summary).not.toMatch(/more changed job/);

    // `plan --format markdown` prints that comment, byte for byte.
    const printed = await runCli(['plan', '--image', image, '--format', 'markdown'], env, dir);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(comment!.body.endsWith('\n') ? comment!.body : `${comment!.body}\n`);
    expect(fake.calls.writes()).toEqual([]);
  }, 60_000);
});

describe('the validate action at 5,000 jobs', () => {
  it('keeps its summary and its jobs output within 1 MB, with the whole list in jobs-file', async () => {
    const dir = scratchDir({ 'ecs-batch.yml': generatedManifest(5000) });
    const r = await runAction('validate', {}, { cwd: dir });
    expect(r.code).toBe(0);
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1_000_000);
    expect(r.summary).toMatch(/\*…and \d+ more job\(s\); the whole table is in the `jobs` output\.\*/);
    expect(Buffer.byteLength(r.outputs.jobs!)).toBeLessThanOrEqual(1_000_000);
    const short = JSON.parse(r.outputs.jobs!) as { name: string; expression: string }[];
    expect(short).toHaveLength(5000);
    expect(Object.keys(short[0]!).sort()).toEqual(['enabled', 'expression', 'name', 'timezone']);
    const whole = JSON.parse(readFileSync(r.outputs['jobs-file']!, 'utf8')) as { name: string; nextRuns: string[] }[];
    expect(whole).toHaveLength(5000);
    expect(whole[4999]!.nextRuns.length).toBe(3);
    expect(r.stdout).toMatch(/::warning::output 'jobs' would be [\d,]+ bytes, past GitHub's 1 MB for an output/);
  }, 60_000);
});
