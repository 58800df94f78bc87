/** What a GitHub runner would do with a step's output, for tests of untrusted text. */

/**
 * .NET's char.IsWhiteSpace, which the runner's String.TrimStart uses: Unicode White_Space (Zs, Zl, Zp) plus U+0009-U+000D
 * and U+0085 (NEL). Not JavaScript's `\s`, which leaves out NEL and adds U+FEFF.
 */
// eslint-disable-next-line no-control-regex
const DOTNET_WHITE_SPACE = /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
const trimStart = (line: string) => line.replace(DOTNET_WHITE_SPACE, '');

/**
 * The workflow commands the runner would process in `output`: lines that start with `::` after
 * leading white space, or hold the old `##[` syntax, except between `::stop-commands::TOKEN`
 * and `::TOKEN::`.
 */
export function commandsTheRunnerReads(output: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = trimStart(raw);
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.*)$/.exec(line);
    if (stop) {
      stopToken = stop[1]!;
      commands.push('::stop-commands::');
      continue;
    }
    if (line.startsWith('::') || line.includes('##[')) commands.push(line);
  }
  return commands;
}

/** The command names in `commands` (`::error file=x::msg` → `error`). */
export function commandNames(commands: readonly string[]): string[] {
  return commands.map((c) => /^::([\w-]+)/.exec(c)?.[1] ?? c);
}
