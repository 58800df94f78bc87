/** Everything the CLI prints goes through here: no line of it can be read as a workflow command. */
import { inertText } from '../util/untrusted.ts';

export function print(text: string): void {
  process.stdout.write(`${inertText(text.replace(/\n$/, ''))}\n`);
}

export function printErr(text: string): void {
  process.stderr.write(`${inertText(text.replace(/\n$/, ''))}\n`);
}

/** JSON keeps its shape: `##[` inside a string is written with an escape that parses to the same text. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2).replace(/##\[/g, '#\\u0023[')}\n`);
}
