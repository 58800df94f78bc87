/** An error the emulator answers with, in AWS's shape, so the SDK raises its typed exception. */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, status = 400) {
    super(message);
    this.name = code;
    this.code = code;
    this.status = status;
  }
}

/** The AWS-side validation failure most services call ValidationException. */
export function validation(message: string, code = 'ValidationException'): AwsError {
  return new AwsError(code, message, 400);
}

export function notFound(message: string, code = 'ResourceNotFoundException', status = 400): AwsError {
  return new AwsError(code, message, status);
}

/** Checks a required field is present, as AWS's request validation does. */
export function required<T>(value: T | undefined | null, field: string, code = 'ValidationException'): T {
  if (value === undefined || value === null || value === '') {
    throw new AwsError(
      code,
      `1 validation error detected: Value null at '${field}' failed to satisfy constraint: Member must not be null`,
    );
  }
  return value;
}

/** Checks a name against a pattern and length, with AWS's wording. */
export function checkName(
  value: string,
  field: string,
  rule: { pattern: RegExp; max: number; min?: number },
  code = 'ValidationException',
): void {
  const min = rule.min ?? 1;
  if (value.length < min || value.length > rule.max) {
    throw new AwsError(
      code,
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ` +
        `Member must have length between ${min} and ${rule.max}`,
    );
  }
  if (!rule.pattern.test(value)) {
    throw new AwsError(
      code,
      `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: ` +
        `Member must satisfy regular expression pattern: ${rule.pattern.source}`,
    );
  }
}
