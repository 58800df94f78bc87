/**
 * A schedule expression AWS would refuse (or that would not mean what it says).
 * `offset`/`length` locate the offending part inside the expression text, so the manifest
 * loader can point the error at the exact column of the YAML scalar.
 */
export class ScheduleSyntaxError extends Error {
  readonly offset: number;
  readonly length: number;

  constructor(message: string, offset = 0, length = 0) {
    super(message);
    this.name = 'ScheduleSyntaxError';
    this.offset = offset;
    this.length = length;
  }
}
