/** The deployment markdown within GitHub's limits, at 2,000 jobs: pure rendering, no network. */
import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { commentLimit, commentMarker, summaryLimit } from '../../../src/report/budget.ts';
import { renderDeploymentMarkdown, type DeploymentReport, type JobReport } from '../../../src/report/deployment.ts';

function job(i: number, action: JobReport['action']): JobReport {
  const name = `job-${String(i).padStart(4, '0')}`;
  return {
    job: name,
    name: `big-${name}`,
    action,
    description: `Generated job ${i}`,
    enabled: true,
    schedule: {
      written: 'cron(0 3 * * ? *)',
      expression: 'cron(0 3 * * ? *)',
      human: 'At 03:00',
      timezone: 'Asia/Tokyo',
    },
    nextRun: '2026-12-08T18:00:00.000Z',
    nextRunLocal: '2026-12-09 03:00 +09:00',
    taskDefinition: { family: `big-${name}`, from: 3, to: 4, registers: action !== 'unchanged' },
    reasons: action === 'unchanged' ? [] : [`image: sha256:aaaa → sha256:bbbb`, `environment.LEVEL: changed`],
    links: {
      schedule: `https://us-east-1.console.aws.amazon.com/scheduler/home#schedules/big/big-${name}`,
      taskDefinition: `https://us-east-1.console.aws.amazon.com/ecs/v2/task-definitions/big-${name}/4`,
      logs: 'https://us-east-1.console.aws.amazon.com/cloudwatch/home#logsV2:log-groups/log-group/$252Fbig',
    },
  };
}

function report(changed: number, unchanged: number): DeploymentReport {
  const jobs = [
    ...Array.from({ length: changed }, (_, i) => job(i, 'update')),
    ...Array.from({ length: unchanged }, (_, i) => job(changed + i, 'unchanged')),
  ];
  return {
    status: 'planned',
    prefix: 'big',
    region: 'us-east-1',
    backend: 'scheduler',
    image: { uri: `repo@sha256:${'b'.repeat(64)}`, digest: `sha256:${'b'.repeat(64)}`, short: 'sha256:bbbbbbbbbbbb' },
    totals: {
      jobs: jobs.length,
      create: 0,
      update: changed,
      enable: 0,
      disable: 0,
      unchanged,
      pruned: 0,
      writes: changed * 2,
    },
    jobs,
    pruned: [],
    changes: [],
    warnings: [],
    conflicts: [],
    errors: [],
    taskDefinitionArns: {},
  };
}

const marker = commentMarker('big');
const comment = (r: DeploymentReport) =>
  renderDeploymentMarkdown(r, commentLimit(marker, 'https://github.com/o/r/actions/runs/1'));
const summary = (r: DeploymentReport) =>
  renderDeploymentMarkdown(r, summaryLimit('the whole plan is in the changes output'));

describe('the deployment markdown within GitHub limits', () => {
  it('is whole when it fits', () => {
    const small = report(3, 10);
    expect(comment(small)).toBe(renderDeploymentMarkdown(small));
    expect(comment(small)).toContain('`job-0012`');
  });

  it('2,000 unchanged jobs: a count, not a 2,000-row table, and every changed job in full', () => {
    const r = report(12, 1988);
    const body = comment(r);
    expect(`${marker}\n${body}`.length).toBeLessThanOrEqual(65_536);
    expect(renderDeploymentMarkdown(r).length).toBeGreaterThan(65_536); // it would not fit whole
    expect(body).toContain('1988 job(s) unchanged, not listed.');
    for (let i = 0; i < 12; i++) expect(body).toContain(`\`job-${String(i).padStart(4, '0')}\``);
    expect(body).not.toContain('`job-0012`');
  });

  it('2,000 changed jobs: rows and details cut where the limit comes, saying how many are left out and where', () => {
    const r = report(2000, 0);
    const body = comment(r);
    expect(`${marker}\n${body}`.length).toBeLessThanOrEqual(65_536);
    const left =
      /\*…and (\d+) more changed job\(s\) in this table; the whole plan is in \[the job summary of this run\]/.exec(
        body,
      );
    expect(left).not.toBeNull();
    const html = new MarkdownIt({ html: false }).render(body);
    // Rows shown plus rows left out are all 2,000.
    const rows = (html.match(/<tr>/g) ?? []).length - 1;
    expect(rows + Number(left![1])).toBe(2000);
    expect(body).toMatch(/\*…and \d+ more job\(s\) with changes; /);
    const big = summary(r);
    expect(Buffer.byteLength(big)).toBeLessThanOrEqual(1_000_000);
    expect(big.length).toBeGreaterThan(body.length);
  });
});
