/** Alerts as SNS messages. */

/**
 * The alert, as Amazon Q Developer in chat applications renders a custom notification (a title and a description in
 * Slack or Teams); email subscribers get the same JSON. Keys may be Step Functions' `key.$` paths (a state machine
 * fills them in before it publishes).
 */
export function notificationObject(
  title: Record<string, string>,
  description: Record<string, string>,
  untrusted: Record<string, string> = {},
): Record<string, unknown> {
  return {
    version: '1.0',
    source: 'custom',
    content: { textType: 'client-markdown', ...title, ...description },
    // Text that whoever stops a task (or fails an execution) writes, which nobody escapes on the way: kept out of the
    // markdown description (no <!channel>, no link text), as plain context fields.
    ...(Object.keys(untrusted).length ? { metadata: { additionalContext: untrusted } } : {}),
  };
}

/** An EventBridge InputTemplate (or any fixed text) notification. */
export function notification(title: string, lines: string[], untrusted: Record<string, string> = {}): string {
  return JSON.stringify(notificationObject({ title }, { description: lines.join('\n') }, untrusted));
}
