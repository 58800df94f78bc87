#!/usr/bin/env node
/**
 * The ecs-batch command line: finds the command (one file each in src/cli/commands), parses its flags, runs it
 * under its deadline. Exit codes: 0 success, 1 invalid input or a failed operation, 2 a usage error.
 */
import { helpOf, optionValue, parseFlags, usageOf, type Command } from './cli/command.ts';
import backfill from './cli/commands/backfill.ts';
import deploy from './cli/commands/deploy.ts';
import iamPolicy from './cli/commands/iam-policy.ts';
import importCommand from './cli/commands/import.ts';
import init from './cli/commands/init.ts';
import plan from './cli/commands/plan.ts';
import rollback from './cli/commands/rollback.ts';
import run from './cli/commands/run.ts';
import status from './cli/commands/status.ts';
import validate from './cli/commands/validate.ts';
import { oldNodeNote } from './cli/node-version.ts';
import { print, printErr } from './cli/output.ts';
import { DeadlineError, withDeadline } from './util/deadline.ts';
import { describeError } from './util/errors.ts';
import { UsageError, parseDuration } from './util/inputs.ts';
import { redactSecrets } from './util/secrets.ts';

const VERSION = '0.1.0';

/** In the order `--help` lists them. */
const COMMANDS: readonly Command[] = [
  init,
  importCommand,
  validate,
  iamPolicy,
  run,
  backfill,
  status,
  plan,
  deploy,
  rollback,
] as Command[];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: ecs-batch <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'ecs-batch <command> --help' for a command's options.",
    'AWS region and credentials come from the standard AWS environment and config files.',
  ].join('\n');
}

/** `--deadline` applies to every command: taken out before the command reads its own flags. */
function takeDeadline(argv: readonly string[]): { argv: string[]; deadline?: number } {
  const value = optionValue(argv, '--deadline');
  if (value === undefined) return { argv: [...argv] };
  const rest = argv.filter(
    (arg, i) => arg !== '--deadline' && !arg.startsWith('--deadline=') && argv[i - 1] !== '--deadline',
  );
  return { argv: rest, deadline: parseDuration('--deadline', value, 0) };
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    print(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    print(VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    printErr(`ecs-batch: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    print(helpOf(command));
    return 0;
  }
  const note = command.usesAws ? oldNodeNote(process.version) : undefined;
  if (note) {
    printErr(note);
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  }
  try {
    const { argv: own, deadline } = takeDeadline(rest);
    const seconds =
      deadline ??
      (typeof command.deadlineSeconds === 'number' ? command.deadlineSeconds : command.deadlineSeconds(own));
    const { values, positionals } = parseFlags(command, own);
    return await withDeadline(command.run(values, positionals), seconds, `ecs-batch ${name}`);
  } catch (error) {
    if (error instanceof UsageError) {
      printErr(`ecs-batch ${name}: ${error.message}\nUsage: ${usageOf(command)}`);
      return 2;
    }
    printErr(`ecs-batch ${name}: ${redactSecrets(describeError(error))}`);
    // Past the deadline, whatever still hangs (a silent socket) must not keep the process alive.
    if (error instanceof DeadlineError) process.exit(1);
    return 1;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
