/**
 * How a job runs when its schedule fires, read from the live schedule (or rule), so a manual run
 * uses exactly the same cluster, revision, network and capacity settings.
 */
import { DescribeTaskDefinitionCommand, ClientException, type RunTaskCommandInput } from '@aws-sdk/client-ecs';
import { ListTargetsByRuleCommand, ResourceNotFoundException as RuleNotFound } from '@aws-sdk/client-eventbridge';
import { GetScheduleCommand, ResourceNotFoundException } from '@aws-sdk/client-scheduler';
import type { AwsClients } from '../aws/clients.ts';
import { jobResourceName } from '../manifest/names.ts';
import type { ResolvedJob, ResolvedManifest } from '../manifest/types.ts';
import { ecsParameters, runTaskOfEcsParameters, scheduledRunTask } from '../targets/ecs.ts';
import { jobOverrides, sharedTaskDefinition } from '../taskdef/shared.ts';
import { RULE_TARGET_ID } from '../targets/schedule.ts';
import { OperationError } from '../util/errors.ts';

export interface RunSettings {
  /** RunTask's parameters, with the job's own overrides when its schedule carries them (shared task definitions). */
  request: RunTaskCommandInput;
  /** Where they came from, for the report. */
  source: 'schedule' | 'rule' | 'manifest';
  notes: string[];
}

/** The live schedule's (or rule's) RunTask, 'state machine' when it starts the job's chain, or undefined when absent. */
type Live = RunTaskCommandInput | 'state machine' | undefined;

const startsStateMachine = (arn: string | undefined) => arn?.includes(':states:') === true;

async function fromSchedule(clients: AwsClients, manifest: ResolvedManifest, name: string): Promise<Live> {
  try {
    const schedule = await clients.scheduler.send(new GetScheduleCommand({ Name: name, GroupName: manifest.prefix }));
    if (startsStateMachine(schedule.Target?.Arn)) return 'state machine';
    // A templated ECS target, or (shared task definitions) a universal one whose Input is the request itself.
    return scheduledRunTask(schedule.Target)?.request;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

async function fromRule(clients: AwsClients, name: string): Promise<Live> {
  try {
    const out = await clients.events.send(new ListTargetsByRuleCommand({ Rule: name }));
    const target = out.Targets?.find((t) => t.Id === RULE_TARGET_ID);
    if (startsStateMachine(target?.Arn)) return 'state machine';
    if (!target?.EcsParameters || !target.Arn) return undefined;
    // A rule's Input is the task's overrides (the job's command and environment, with shared task definitions).
    return {
      ...runTaskOfEcsParameters(target.Arn, target.EcsParameters),
      ...(target.Input ? { overrides: JSON.parse(target.Input) as RunTaskCommandInput['overrides'] } : {}),
    };
  } catch (error) {
    if (error instanceof RuleNotFound) return undefined;
    throw error;
  }
}

/** No live schedule: the manifest's settings and the family's latest ACTIVE revision. */
async function fromManifest(
  clients: AwsClients,
  manifest: ResolvedManifest,
  job: ResolvedJob,
  family: string,
): Promise<RunTaskCommandInput> {
  let arn: string | undefined;
  try {
    const out = await clients.ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: family }));
    arn = out.taskDefinition?.taskDefinitionArn;
  } catch (error) {
    if (!(error instanceof ClientException)) throw error;
  }
  if (!arn) {
    throw new OperationError(
      `job '${job.name}' has never been deployed: there is no task definition family ${family}`,
      'run `ecs-batch deploy` (or the deploy action) first',
    );
  }
  // The same parameters a schedule would carry, so the fallback runs the task as the schedule would.
  return runTaskOfEcsParameters(manifest.cluster, ecsParameters(job, arn, manifest.prefix));
}

export async function runSettings(
  clients: AwsClients,
  manifest: ResolvedManifest,
  job: ResolvedJob,
): Promise<RunSettings> {
  const name = jobResourceName(manifest.prefix, job.name);
  const notes: string[] = [];
  if (!job.enabled)
    notes.push(`job '${job.name}' is disabled in the manifest (its schedule does not fire); running it by hand anyway`);
  const what = manifest.backend === 'rules' ? 'rule' : 'schedule';
  // A job that runs after others has no schedule (or rule) of its own to read.
  const live = job.after?.length
    ? undefined
    : manifest.backend === 'rules'
      ? await fromRule(clients, name)
      : await fromSchedule(clients, manifest, name);
  if (live && live !== 'state machine') return { request: live, source: what, notes };
  const family =
    manifest.taskDefinitions === 'shared'
      ? sharedTaskDefinition(job, { prefix: manifest.prefix, region: await clients.region(), image: '' }).family
      : name;
  const using = `using the manifest's settings and the latest ACTIVE revision of ${family}`;
  notes.push(
    job.after?.length
      ? `job '${job.name}' runs after ${job.after.join(', ')} and has no ${what} of its own: ${using}`
      : live === 'state machine'
        ? `the ${what} ${name} starts the job's state machine; running just this job: ${using}`
        : `no live ${what} ${name}: ${using}`,
  );
  const request = await fromManifest(clients, manifest, job, family);
  return {
    request: manifest.taskDefinitions === 'shared' ? { ...request, overrides: jobOverrides(job) } : request,
    source: 'manifest',
    notes,
  };
}
