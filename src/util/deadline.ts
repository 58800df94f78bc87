/** An overall deadline for a command, so that a silent endpoint can never hang a CI job forever. */
import { OperationError } from './errors.ts';

export class DeadlineError extends OperationError {
  constructor(seconds: number, what: string) {
    super(
      `${what} did not finish within its deadline of ${formatSeconds(seconds)}, and was stopped`,
      'an AWS endpoint may not be answering (check AWS_ENDPOINT_URL, the network and the region); ' +
        'raise the limit with --deadline (or the deadline input) if the work is just long',
    );
    this.name = 'DeadlineError';
  }
}

export function formatSeconds(seconds: number): string {
  return seconds >= 3600 && seconds % 3600 === 0
    ? `${seconds / 3600}h`
    : seconds >= 60 && seconds % 60 === 0
      ? `${seconds / 60}m`
      : `${seconds}s`;
}

/** Resolves with `work`, or rejects with a DeadlineError after `seconds`. */
export async function withDeadline<T>(work: Promise<T>, seconds: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(seconds, what)), seconds * 1000);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
