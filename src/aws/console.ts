/** Links to the AWS console for what a deploy touched. */

export interface ConsoleLinks {
  schedule?: string;
  taskDefinition?: string;
  logs?: string;
}

/** CloudWatch's console wants the log group name URL-encoded twice, with `%` written as `$25`. */
export function logGroupConsoleUrl(region: string, group: string, stream?: string): string {
  const enc = (s: string) => encodeURIComponent(encodeURIComponent(s)).replace(/%/g, '$');
  const base = `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${enc(group)}`;
  return stream ? `${base}/log-events/${enc(stream)}` : base;
}

export function consoleLinks(input: {
  region: string;
  backend: string;
  prefix: string;
  name: string;
  family: string;
  revision?: number;
  logGroup?: string;
  /** False for a job that runs after others: it has no schedule or rule of its own to link to. */
  scheduled?: boolean;
}): ConsoleLinks {
  const { region } = input;
  const host = `https://${region}.console.aws.amazon.com`;
  const schedule =
    input.backend === 'rules'
      ? `${host}/events/home?region=${region}#/eventbus/default/rules/${encodeURIComponent(input.name)}`
      : `${host}/scheduler/home?region=${region}#schedules/${encodeURIComponent(input.prefix)}/${encodeURIComponent(input.name)}`;
  return {
    ...(input.scheduled === false ? {} : { schedule }),
    taskDefinition:
      `${host}/ecs/v2/task-definitions/${encodeURIComponent(input.family)}` +
      `${input.revision !== undefined ? `/${input.revision}/containers` : ''}?region=${region}`,
    ...(input.logGroup ? { logs: logGroupConsoleUrl(region, input.logGroup) } : {}),
  };
}
