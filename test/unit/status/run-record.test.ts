/**
 * A stopped task as a run in the history: a task the start watch stopped never started; one stopped by hand stopped; a
 * Spot task reclaimed was interrupted.
 */
import { describe, expect, it } from '@jest/globals';
import { runRecord } from '../../../src/status/history.ts';
import { START_TIMEOUT_REASON } from '../../../src/stepfunctions/attempts.ts';

const task = (stoppedReason: string) => ({
  taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/batch/abc',
  group: 'ecs-batch-step:etl:extract',
  lastStatus: 'STOPPED',
  stopCode: 'UserInitiated',
  stoppedReason,
  createdAt: '2026-11-29T01:00:00Z',
  stoppedAt: '2026-11-29T01:10:00Z',
  containers: [{ name: 'extract', lastStatus: 'STOPPED' }],
});

describe('runRecord', () => {
  it('a task the start watch stopped never started (start timeout)', () => {
    const run = runRecord(task(`${START_TIMEOUT_REASON}: not RUNNING 600 seconds after it was started`));
    expect(run).toMatchObject({ result: 'never-started', reason: 'never started (start timeout)' });
  });

  it('a task someone stopped by hand is stopped, with their reason', () => {
    expect(runRecord(task('Task stopped by user'))).toMatchObject({
      result: 'stopped',
      reason: 'Task stopped by user',
    });
  });

  it('a Spot task AWS reclaimed is interrupted, not failed, whatever its exit code', () => {
    const run = runRecord({
      ...task('Your Spot Task was interrupted.'),
      stopCode: 'SpotInterruption',
      startedAt: '2026-11-29T01:01:00Z',
      containers: [{ name: 'extract', lastStatus: 'STOPPED', exitCode: 143 }],
    });
    expect(run).toMatchObject({ result: 'interrupted', exitCode: 143, reason: 'Your Spot Task was interrupted.' });
  });
});
