/** How status reads each kind of run, in the text table and in markdown (the watch's findings included). */
import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { renderStatusMarkdown, renderStatusText } from '../../../src/report/status.ts';
import type { RunRecord, StatusReport } from '../../../src/status/status.ts';

const report = (lastRuns: RunRecord[]): StatusReport => ({
  prefix: 'etl',
  region: 'us-east-1',
  cluster: 'batch',
  source: 'history',
  generatedAt: '2026-12-07T06:00:00Z',
  jobs: [
    {
      job: 'report',
      description: 'daily report',
      schedule: { expression: 'cron(0 1 * * ? *)', human: 'At 01:00', timezone: 'UTC' },
      enabled: true,
      deployed: true,
      nextRuns: ['2026-12-08T01:00:00Z'],
      nextRunsLocal: ['2026-12-08 01:00 UTC'],
      lastRuns,
    },
  ],
});

const due = '2026-12-07T01:00:00.000Z';
const finding = (result: 'missed' | 'late'): RunRecord => ({
  taskArn: '',
  executionArn: 'arn:aws:states:us-east-1:123456789012:execution:etl-ecs-batch-watch:x',
  scheduledTime: due,
  stoppedAt: '2026-12-07T01:05:00.000Z',
  result,
  manual: false,
});

describe('status of missed, late and interrupted runs', () => {
  it('a missed run says which run was due and never started', () => {
    const text = renderStatusText(report([finding('missed')]));
    expect(text).toContain('missed: the run due 2026-12-07 01:00 UTC never started');
    expect(text).toMatch(/ ∅ /);
  });

  it('a late run says which run was not done by its deadline, in markdown too', () => {
    const md = renderStatusMarkdown(report([finding('late'), { ...finding('missed'), scheduledTime: due }]));
    const cells = new MarkdownIt().render(md);
    expect(cells).toContain('late: the run due 2026-12-07 01:00 UTC had not succeeded by its deadline');
    expect(cells).toContain('⏰ ∅');
  });

  it('a Spot interruption is its own kind, with the time and duration of the run', () => {
    const text = renderStatusText(
      report([
        {
          taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/batch/abc',
          startedAt: '2026-12-07T01:00:30.000Z',
          stoppedAt: '2026-12-07T01:10:30.000Z',
          result: 'interrupted',
          exitCode: 143,
          durationSeconds: 600,
          manual: false,
        },
      ]),
    );
    expect(text).toContain('interrupted (Spot) 2026-12-07 01:10 UTC, 600s');
    expect(text).toMatch(/ ↯ /);
  });
});
