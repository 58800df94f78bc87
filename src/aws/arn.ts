/** ARNs of resources in the same account and partition as one we know (the cluster). */
export function siblingArn(knownArn: string, service: string, region: string, resource: string): string {
  const account = /:(\d{12}):/.exec(knownArn)?.[1] ?? '000000000000';
  const partition = /^arn:(aws[a-z-]*):/.exec(knownArn)?.[1] ?? 'aws';
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}

export function stateMachineArn(clusterArn: string, region: string, name: string): string {
  return siblingArn(clusterArn, 'states', region, `stateMachine:${name}`);
}

/**
 * Where a task definition's secret reference (`valueFrom`) points, as pre-flight checks it and the plan policy allows
 * it: a Secrets Manager secret (its ARN without a JSON key, stage or version), or an SSM parameter by name. `local` is
 * false for another region's or account's, which the task reads in its own right and a plan cannot check.
 */
export function secretReference(
  ref: string,
  where: { region: string; account: string | undefined },
): { kind: 'secret'; id: string; local: boolean } | { kind: 'parameter'; name: string; local: boolean } | undefined {
  const parts = ref.split(':');
  const local = !ref.startsWith('arn:') || (parts[3] === where.region && parts[4] === where.account);
  if (ref.includes(':secretsmanager:')) return { kind: 'secret', id: parts.slice(0, 7).join(':'), local };
  const arn = /^arn:aws[a-z-]*:ssm:[^:]*:\d{12}:parameter(\/.*)$/.exec(ref);
  if (arn) return { kind: 'parameter', name: arn[1]!.slice(1).includes('/') ? arn[1]! : arn[1]!.slice(1), local };
  return ref.startsWith('arn:') ? undefined : { kind: 'parameter', name: ref, local };
}
