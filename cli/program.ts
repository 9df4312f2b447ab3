import { Command, type CommanderError } from 'commander';
import { diffCommand } from './commands/diff.ts';
import { compareCommand } from './commands/compare.ts';
import { jobCommand } from './commands/job.ts';
import { worksheetCommand } from './commands/worksheet.ts';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { importTrackCommand } from './commands/import-track.ts';
import { newCommand } from './commands/new.ts';
import { rulesCommand } from './commands/rules.ts';
import { siteCommand } from './commands/site.ts';
import { templatesCommand } from './commands/templates.ts';
import { validateCommand } from './commands/validate.ts';
import type { CliContext } from './io.ts';
import { RUNGS_VERSION } from './version.ts';

/**
 * Commander exits with 1 on a usage error (unknown option or command, missing argument or option
 * value). Every rungs command gives 1 its own meaning ("the file has errors"), so usage errors
 * exit 2 like other "the command could not run" cases; --help and --version still exit 0.
 */
export function usageExit(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : 2);
}

/**
 * The `rungs` command line. Each command lives in cli/commands/ and registers itself here; the
 * context is where a test injects a failing disk or standard input.
 */
export function buildProgram(context: CliContext = {}): Command {
  const program = new Command('rungs')
    .description('Check, export and scaffold engineering career frameworks written in the Rungs YAML format.')
    .version(RUNGS_VERSION, '-V, --version', 'print the Rungs version')
    .helpOption('-h, --help', 'show help for a command')
    .option('--debug', 'on an unexpected problem, print the details (a stack trace) for a bug report')
    .addHelpText('after', '\nExit codes: 0 done, 1 the framework has errors, 2 the command could not run (bad usage, unreadable input, a file that could not be written).');
  program.addCommand(validateCommand(context));
  program.addCommand(templatesCommand());
  program.addCommand(newCommand(context));
  program.addCommand(importTrackCommand(context));
  program.addCommand(importCommand(context));
  program.addCommand(exportCommand(context));
  program.addCommand(rulesCommand());
  program.addCommand(diffCommand(context));
  program.addCommand(compareCommand(context));
  program.addCommand(worksheetCommand(context));
  program.addCommand(jobCommand(context));
  program.addCommand(siteCommand(context));
  // addCommand() does not copy settings to subcommands (only .command() does), so set the exit
  // codes and the usage hint on each one here, in one place.
  program.exitOverride(usageExit).showHelpAfterError('(run `rungs --help` for usage)');
  for (const command of program.commands) {
    command.exitOverride(usageExit).showHelpAfterError(`(run \`rungs ${command.name()} --help\` for usage)`);
  }
  return program;
}
