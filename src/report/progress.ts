import type { ApplyEvent } from '../apply/apply.ts';
import { changeName } from '../plan/types.ts';

/** One progress line per applied change, for logs. */
export function describeProgress(event: ApplyEvent): string {
  const c = event.change;
  const name = changeName(c);
  const mark = event.status === 'done' ? '✓' : '✗';
  return `${mark} ${c.action} ${c.kind} ${name}${event.detail ? `: ${event.detail}` : ''}`;
}
