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
import { templatesCommand } from './commands/templates.ts';
import { validateCommand } from './commands/validate.ts';

/**
 * Commander exits with 1 on a usage error (unknown option or command, missing argument or option
 * value). Every rungs command gives 1 its own meaning ("the file has errors"), so usage errors
 * exit 2 like other "the command could not run" cases; --help and --version still exit 0.
 */
export function usageExit(error: CommanderError): never {
  process.exit(error.exitCode === 0 ? 0 : 2);
}

/** The `rungs` command line. Each command lives in cli/commands/ and registers itself here. */
export function buildProgram(): Command {
  const program = new Command('rungs')
    .description('Check, export and scaffold engineering career frameworks written in the Rungs YAML format.')
    .version('0.1.0', '-V, --version', 'print the Rungs version')
    .helpOption('-h, --help', 'show help for a command');
  program.addCommand(validateCommand());
  program.addCommand(templatesCommand());
  program.addCommand(newCommand());
  program.addCommand(importTrackCommand());
  program.addCommand(importCommand());
  program.addCommand(exportCommand());
  program.addCommand(rulesCommand());
  program.addCommand(diffCommand());
  program.addCommand(compareCommand());
  program.addCommand(worksheetCommand());
  program.addCommand(jobCommand());
  // addCommand() does not copy settings to subcommands (only .command() does), so set the exit
  // codes and the usage hint on each one here, in one place.
  program.exitOverride(usageExit).showHelpAfterError('(run `rungs --help` for usage)');
  for (const command of program.commands) {
    command.exitOverride(usageExit).showHelpAfterError(`(run \`rungs ${command.name()} --help\` for usage)`);
  }
  return program;
}
