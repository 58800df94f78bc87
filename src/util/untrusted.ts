/**
 * Untrusted text (from a manifest, from AWS, from a container) stays text: in a log it can never
 * become a GitHub workflow command, and in markdown it can never become markup or HTML.
 */
import { randomBytes } from 'node:crypto';

/**
 * The runner reads a line as a command when it starts with `::` after leading white space, or (the old syntax) when
 * it holds `##[`. Its white space is .NET's (String.TrimStart, char.IsWhiteSpace), which also counts U+0085 (NEL):
 * JavaScript's `\s` does not, so the class names it.
 */
const COMMAND_LINE = /^[\s\u0085]*::|##\[/;

// Control characters, C0 (tab and newline aside), DEL and C1: escaped in a line of text, dropped from markdown.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Characters that change how text reads without showing themselves: bidi controls (a filename that displays
 * reversed), zero-width characters (a look-alike name, a broken-up mention), the BOM. Dropped from markdown.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** A character as a JSON-style escape (`\u0085`): JSON.stringify leaves C1 characters raw. */
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON-quotes a line; `##[` inside is written `#\u0023[` (as JSON may), so the runner's old syntax cannot match. */
function quoteLine(line: string): string {
  return JSON.stringify(line)
    .replace(/##\[/g, '#\\u0023[')
    .replace(/[\u0080-\u009f]/g, escaped);
}

/** A value shown in a line of text: strings JSON-quoted (so no newline or quote escapes them), the rest as JSON. */
export function quoted(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.replace(/[\u0080-\u009f]/g, escaped);
}

/** One line of untrusted text: control characters escaped, and never read as a workflow command. */
export function inertLine(text: string): string {
  const flat = text
    .replace(CONTROL, (c) => (JSON.stringify(c).length > 3 ? JSON.stringify(c).slice(1, -1) : escaped(c)))
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

/** Shapes GitHub turns into a link or a notification in text: URLs, `www.`, e-mail and @mentions, #1 and GH-1. */
const LINKABLE = /[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:|@[a-z0-9]|#\d|\bgh-\d/i;

/** One line of plain text: line breaks as spaces, control, bidi and zero-width characters dropped. */
export function plainText(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '');
}

/**
 * Escapes text for markdown outside code: the characters a renderer reads as inline markup
 * (emphasis, code, links, tables, strikethrough, math) get a backslash, `<` `>` `&` become
 * entities (so no HTML and no comment), a leading `#` `-` `+` is escaped, and line breaks
 * become spaces, so the text stays on the line we put it on.
 */
export function mdText(text: string): string {
  const plain = plainText(text);
  // GitHub links and notifies from rendered text (autolinks, @mentions, #1 references), but never inside code.
  if (LINKABLE.test(plain)) return mdCode(plain);
  return plain
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
  // `<!--` reads the same to a person, but no longer matches a search for an HTML comment (a sticky comment marker).
  const flat = plainText(text).replace(/<!--/g, '<!\u2010-');
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
