/** ARNs of resources in the same account and partition as one we know (the cluster). */
export function siblingArn(knownArn: string, service: string, region: string, resource: string): string {
  const account = /:(\d{12}):/.exec(knownArn)?.[1] ?? '000000000000';
  const partition = /^arn:(aws[a-z-]*):/.exec(knownArn)?.[1] ?? 'aws';
  return `arn:${partition}:${service}:${region}:${account}:${resource}`;
}

export function stateMachineArn(clusterArn: string, region: string, name: string): string {
  return siblingArn(clusterArn, 'states', region, `stateMachine:${name}`);
}
