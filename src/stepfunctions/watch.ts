/**
 * The watch for missed and late runs, with AWS's managed pieces only: each watched job has a companion schedule on the
 * job's own expression and zone (so a DST gap Scheduler skips is skipped by both, and a disabled job has none), which
 * starts the project's watch state machine with the run's scheduled time. The watch waits out the start window, looks
 * for the job's newest execution (every watched job runs through its state machine), and alerts `missed` when none
 * started since the scheduled time; with a deadline, it looks again then and alerts `late` unless that run succeeded.
 * A run the schedule started but AWS refused to start a task for alerts from the job's own state machine
 * (attempts.ts), and the watch sees its execution: one alert either way. A watch that alerted ends with what it found
 * (WatchFinding) as its output, which the run history keeps for `status`; a quiet one ends with WATCH_QUIET. Pure.
 */
import { notificationObject } from '../aws/notification.ts';
import type { ResolvedJob } from '../manifest/types.ts';
import type { AslDefinition, AslState } from './asl.ts';

export interface WatchInput {
  job: string;
  /** The job's state machine. */
  machine: string;
  /** Filled in by Scheduler when the companion schedule fires. */
  scheduledTime: string;
  missed: boolean;
  late: boolean;
  /** Seconds after the scheduled time the start is checked. */
  startBy: number;
  /** Seconds after that the deadline is checked (late). */
  doneBy: number;
}

export function watchInput(job: ResolvedJob, machine: string, on: { missed: boolean }): WatchInput {
  const deadline = job.deadlineSeconds;
  const startBy = on.missed ? Math.min(job.startBySeconds ?? 0, deadline ?? Infinity) : 0;
  return {
    job: job.name,
    machine,
    scheduledTime: '<aws.scheduler.scheduled-time>',
    missed: on.missed,
    late: deadline !== undefined,
    startBy,
    doneBy: deadline !== undefined ? deadline - startBy : 0,
  };
}

/** The output of a watch that found nothing wrong (the history rule keeps every other). */
export const WATCH_QUIET = 'watched';

/** The output of a watch that alerted. `machine` names the job's state machine, so a history read by job finds it. */
export interface WatchFinding {
  result: 'missed' | 'late';
  job: string;
  machine: string;
  scheduledTime: string;
}

const FIND = (name: string, next: string): AslState => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::aws-sdk:sfn:listExecutions',
  Parameters: { 'StateMachineArn.$': '$.machine', MaxResults: 1 },
  ResultSelector: { 'runs.$': '$.Executions' },
  ResultPath: '$.found',
  Next: next,
  Comment: name,
});

/** The newest run started at or after the scheduled time. */
const startedSinceDue = [
  { Variable: '$.found.runs[0]', IsPresent: true },
  { Variable: '$.found.runs[0].StartDate', TimestampGreaterThanEqualsPath: '$.scheduledTime' },
];

function alert(topicArn: string, prefix: string, what: WatchFinding['result']): Record<string, AslState> {
  const title =
    what === 'missed'
      ? `States.Format('❌ ecs-batch ${prefix}: {} missed its run of {}', $.job, $.scheduledTime)`
      : `States.Format('⏰ ecs-batch ${prefix}: {} has not succeeded by its deadline (run of {})', $.job, $.scheduledTime)`;
  const description =
    what === 'missed'
      ? 'no run started in its window: is its schedule disabled, its role broken, or its state machine refusing ' +
        'to start? (`ecs-batch status` shows its runs)'
      : 'the run is still going, retrying, or never started (`ecs-batch status` shows it)';
  const name = what === 'missed' ? 'Alert: missed' : 'Alert: late';
  return {
    [name]: {
      Type: 'Pass',
      Parameters: notificationObject(
        { 'title.$': title },
        { description: `*What happened*: ${description}` },
        { 'execution.$': '$$.Execution.Id' },
      ),
      ResultPath: '$.alert',
      Next: `${name}: publish`,
    },
    [`${name}: publish`]: {
      Type: 'Task',
      Resource: 'arn:aws:states:::sns:publish',
      Parameters: { TopicArn: topicArn, 'Message.$': '$.alert' },
      ResultPath: null,
      Next: what === 'missed' ? 'Missed' : 'Late',
    },
    [what === 'missed' ? 'Missed' : 'Late']: {
      Type: 'Pass',
      Parameters: { result: what, 'job.$': '$.job', 'machine.$': '$.machine', 'scheduledTime.$': '$.scheduledTime' },
      End: true,
    },
  };
}

export function watchDefinition(prefix: string, topicArn: string): AslDefinition {
  const states: Record<string, AslState> = {
    'Watch the start?': {
      Type: 'Choice',
      Choices: [{ Variable: '$.missed', BooleanEquals: true, Next: 'Wait for the start' }],
      Default: 'Wait for the deadline',
    },
    'Wait for the start': { Type: 'Wait', SecondsPath: '$.startBy', Next: 'Find the run' },
    'Find the run': FIND('the newest run of the job', 'Started?'),
    'Started?': {
      Type: 'Choice',
      Choices: [{ And: startedSinceDue, Next: 'Watch the deadline?' }],
      Default: 'Alert: missed',
    },
    ...alert(topicArn, prefix, 'missed'),
    'Watch the deadline?': {
      Type: 'Choice',
      Choices: [{ Variable: '$.late', BooleanEquals: true, Next: 'Wait for the deadline' }],
      Default: 'Watched',
    },
    'Wait for the deadline': { Type: 'Wait', SecondsPath: '$.doneBy', Next: 'Find the run again' },
    'Find the run again': FIND('the newest run of the job, at its deadline', 'Succeeded?'),
    'Succeeded?': {
      Type: 'Choice',
      Choices: [
        {
          And: [...startedSinceDue, { Variable: '$.found.runs[0].Status', StringEquals: 'SUCCEEDED' }],
          Next: 'Watched',
        },
      ],
      Default: 'Alert: late',
    },
    ...alert(topicArn, prefix, 'late'),
    Watched: { Type: 'Pass', Result: WATCH_QUIET, End: true },
  };
  return { Comment: `ecs-batch ${prefix}: missed and late runs`, StartAt: 'Watch the start?', States: states };
}
