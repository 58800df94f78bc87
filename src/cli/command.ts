/**
 * A CLI command: its flags (each with its help text), what it does, and the help and usage made from them, so a flag
 * is declared once. The dispatcher (src/cli.ts) parses the flags and calls `run`.
 */
import { parseCommandArgs } from '../util/inputs.ts';

export interface Flag {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  default?: string | boolean | string[];
  /** How the value is written in help and usage (FILE, N, deploy|plan). */
  value?: string;
  help: string;
  /** Shown in usage without brackets. */
  required?: boolean;
  /** Not shown in help or usage (the positive side of a --no-... pair). */
  hidden?: boolean;
}

export type Flags = Readonly<Record<string, Flag>>;

type FlagValue<F extends Flag> = F['type'] extends 'boolean'
  ? F['multiple'] extends true
    ? boolean[]
    : boolean
  : F['multiple'] extends true
    ? string[]
    : string;

/** What `run` gets: each flag's value, never undefined when the flag has a default. */
export type FlagValues<F extends Flags> = {
  [K in keyof F]: F[K] extends { default: unknown } ? FlagValue<F[K]> : FlagValue<F[K]> | undefined;
};

export interface Command<F extends Flags = Flags> {
  name: string;
  summary: string;
  flags: F;
  /** The positional arguments, as usage writes them (JOB); none when absent. */
  positionals?: string;
  examples: readonly string[];
  /** The whole command's deadline unless --deadline says otherwise (argv: the command's own arguments). */
  deadlineSeconds: number | ((argv: readonly string[]) => number);
  /** Loads the AWS SDK (the dispatcher says when this Node is too old for it). */
  usesAws?: boolean;
  run(values: FlagValues<F>, positionals: string[]): Promise<number>;
}

/** Declares a command with its flags' value types checked against their declarations. */
export function defineCommand<const F extends Flags>(command: Command<F>): Command<F> {
  return command;
}

/** Every command takes `--deadline` (the dispatcher reads it before the command's flags). */
export const DEADLINE_FLAG: Flag = {
  type: 'string',
  value: 'DURATION',
  help: 'stop with a clear error after this long (e.g. 45m; defaults per command)',
};

function flagName(name: string, flag: Flag): string {
  return `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`;
}

function visible(command: Command): [string, Flag][] {
  return [...Object.entries(command.flags), ['deadline', DEADLINE_FLAG] as [string, Flag]].filter(
    ([, flag]) => !flag.hidden,
  );
}

export function usageOf(command: Command): string {
  const flags = visible(command).sort(([, a], [, b]) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
  const words = flags.map(([name, flag]) => {
    const text = `--${name}${flag.value ? ` ${flag.value}` : ''}${flag.multiple ? ' ...' : ''}`;
    return flag.required ? text : `[${text}]`;
  });
  return ['ecs-batch', command.name, ...(command.positionals ? [command.positionals] : []), ...words].join(' ');
}

export function helpOf(command: Command): string {
  const flags = visible(command).map(([name, flag]) => [flagName(name, flag), flag.help] as const);
  const width = Math.max(...flags.map(([flag]) => flag.length));
  return [
    `ecs-batch ${command.name}: ${command.summary}`,
    '',
    `Usage: ${usageOf(command)}`,
    '',
    'Options:',
    ...flags.map(([flag, text]) => `  ${flag.padEnd(width)}  ${text}`),
    '',
    'Examples:',
    ...command.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** Parses a command's own arguments against its flags (unknown flags are a usage error with a did-you-mean). */
export function parseFlags<F extends Flags>(
  command: Command<F>,
  argv: string[],
): { values: FlagValues<F>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(command.flags).map(([name, f]) => [
      name,
      {
        type: f.type,
        ...(f.short ? { short: f.short } : {}),
        ...(f.multiple ? { multiple: true } : {}),
        ...(f.default !== undefined ? { default: f.default } : {}),
      },
    ]),
  );
  const { values, positionals } = parseCommandArgs(
    argv,
    options as Parameters<typeof parseCommandArgs>[1],
    command.positionals !== undefined,
  );
  return { values: values as FlagValues<F>, positionals };
}

/** The value of `--flag V` or `--flag=V` in argv, without parsing the rest. */
export function optionValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === flag) return argv[i + 1];
    if (argv[i]!.startsWith(`${flag}=`)) return argv[i]!.slice(flag.length + 1);
  }
  return undefined;
}
