/**
 * Untrusted text (from a manifest, from AWS, from a container) stays text: in a log it can never
 * become a GitHub workflow command, and in markdown it can never become markup or HTML.
 */
import { randomBytes } from 'node:crypto';

/**
 * The runner reads a line as a command when it starts with `::` after leading white space, or
 * (the old syntax) when it holds `##[`.
 */
const COMMAND_LINE = /^\s*::|##\[/;

// Control characters (tab and newline aside): escaped in a line of text, dropped from markdown.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** JSON-quotes a line; `##[` inside is written `#\u0023[` (as JSON may), so the runner's old syntax cannot match. */
function quoteLine(line: string): string {
  return JSON.stringify(line).replace(/##\[/g, '#\\u0023[');
}

/** A value shown in a line of text: strings JSON-quoted (so no newline or quote escapes them), the rest as JSON. */
export function quoted(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/** One line of untrusted text: control characters escaped, and never read as a workflow command. */
export function inertLine(text: string): string {
  const flat = text
    .replace(CONTROL, (c) => JSON.stringify(c).slice(1, -1))
    .replace(/\u2028|\u2029/g, ' ')
    .replace(/\n/g, '\\n');
  return COMMAND_LINE.test(flat) ? quoteLine(flat) : flat;
}

/** Untrusted text in a text table cell: one line, inert, at most `max` characters. */
export function cellText(text: string, max = 48): string {
  const line = inertLine(text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * The last guard before text reaches a log: any line that the runner would take as a command is
 * JSON-quoted. Our own output never writes commands through this path (they go through
 * @actions/core), so nothing legitimate is lost.
 */
export function inertText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (COMMAND_LINE.test(line) ? quoteLine(line) : line))
    .join('\n');
}

/**
 * Brackets a stretch of untrusted output (container logs) so that the runner processes no
 * command inside it: `::stop-commands::TOKEN` ... `::TOKEN::`. The token is random, so the
 * text inside cannot end the stretch early.
 */
export class CommandsStopped {
  private token: string | undefined;
  private readonly write: (line: string) => void;

  constructor(write: (line: string) => void) {
    this.write = write;
  }

  stop(): void {
    if (this.token) return;
    this.token = `ecs-batch-${randomBytes(16).toString('hex')}`;
    this.write(`::stop-commands::${this.token}`);
  }

  resume(): void {
    if (!this.token) return;
    this.write(`::${this.token}::`);
    this.token = undefined;
  }

  get stopped(): boolean {
    return this.token !== undefined;
  }
}

// ---- markdown ----

/**
 * Escapes text for markdown outside code: the characters a renderer reads as inline markup
 * (emphasis, code, links, tables, strikethrough, math) get a backslash, `<` `>` `&` become
 * entities (so no HTML and no comment), a leading `#` `-` `+` is escaped, and line breaks
 * become spaces, so the text stays on the line we put it on.
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
    .replace(CONTROL, '')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])/, '$1\\$2')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Untrusted text as an inline code span: nothing inside is markup. The fence is longer than any
 * run of backticks inside, and line breaks become spaces. (In a table, `markdownTable` escapes `|`.)
 */
export function mdCode(text: string): string {
  const flat = text.replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ').replace(CONTROL, '');
  if (flat === '') return '';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A space pads the content when it starts or ends with a backtick (CommonMark strips one each side).
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link whose text is untrusted and whose URL we built: the URL's parentheses and spaces are encoded. */
export function mdLink(text: string, url: string): string {
  const safeUrl = url.replace(
    /[()<> \s"'`]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${mdText(text)}](${safeUrl})`;
}
