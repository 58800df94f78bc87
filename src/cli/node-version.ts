/** The AWS SDK supports Node 22 and later (the actions run on Node 24). */
export const MIN_NODE_MAJOR = 22;

/**
 * On an older Node, one clear line instead of the SDK's eight-line warning on every call; undefined
 * when the runtime is fine.
 */
export function oldNodeNote(version: string): string | undefined {
  const major = Number(/^v?(\d+)/.exec(version)?.[1]);
  if (!(major < MIN_NODE_MAJOR)) return undefined;
  return (
    `ecs-batch: Node ${version} is older than the AWS SDK supports (${MIN_NODE_MAJOR} or later; ` +
    `the actions run on 24): upgrade Node, as the SDK will stop working on it`
  );
}
