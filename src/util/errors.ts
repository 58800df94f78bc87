/** Turns any thrown value into one line a person can act on (never a stack trace). */

/** An expected failure of an operation, with what to do about it. */
export class OperationError extends Error {
  readonly hint?: string;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'OperationError';
    if (hint !== undefined) this.hint = hint;
  }
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'ExpiredTokenException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
]);

export function describeError(error: unknown): string {
  if (error instanceof OperationError) return error.hint ? `${error.message}\nhint: ${error.hint}` : error.message;
  if (!(error instanceof Error)) return String(error);
  const name = error.name;
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  if (CREDENTIAL_ERRORS.has(name) || /Could not load credentials|Region is missing/i.test(error.message)) {
    return (
      `no usable AWS credentials or region (${error.message}).\n` +
      'hint: in GitHub Actions use aws-actions/configure-aws-credentials with OIDC before this step; ' +
      'locally set AWS_PROFILE or AWS_REGION and credentials.'
    );
  }
  if (name === 'AccessDeniedException' || name === 'AccessDenied') {
    return `AWS denied the request: ${error.message}\nhint: 'ecs-batch iam-policy' prints the policy the role needs.`;
  }
  // The SDK's own words for a body it could not read point at a field only a debugger sees.
  if (status !== undefined && /inspect the hidden field/.test(error.message))
    return (
      `AWS answered HTTP ${status}${name && name !== 'Error' && !/^Unknown/.test(name) ? ` (${name})` : ''} ` +
      `with a body the SDK could not read${status >= 500 ? ": an error on AWS's side, usually brief; run the step again" : ''}`
    );
  if (status !== undefined) return `${name} (HTTP ${status}): ${error.message}`;
  if (process.env.ECS_BATCH_DEBUG) return error.stack ?? error.message;
  return `${name === 'Error' ? '' : `${name}: `}${error.message}`;
}
