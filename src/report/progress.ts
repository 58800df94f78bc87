import type { ApplyEvent } from '../apply/apply.ts';

/** One progress line per applied change, for logs. */
export function describeProgress(event: ApplyEvent): string {
  const c = event.change;
  const name = c.kind === 'task-definition' || c.kind === 'task-definition-revisions' ? c.family : c.name;
  const mark = event.status === 'done' ? '✓' : '✗';
  return `${mark} ${c.action} ${c.kind} ${name}${event.detail ? `: ${event.detail}` : ''}`;
}
