/** What a GitHub runner would do with a step's output, for tests of untrusted text. */

/**
 * The workflow commands the runner would process in `output`: lines that start with `::` after
 * leading white space, or hold the old `##[` syntax, except between `::stop-commands::TOKEN`
 * and `::TOKEN::`.
 */
export function commandsTheRunnerReads(output: string): string[] {
  const commands: string[] = [];
  let stopToken: string | undefined;
  for (const raw of output.split(/\r\n|\r|\n/)) {
    const line = raw.trimStart();
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
