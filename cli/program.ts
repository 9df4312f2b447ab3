import { Command } from 'commander';
import { exportCommand } from './commands/export.ts';
import { importCommand } from './commands/import.ts';
import { importTrackCommand } from './commands/import-track.ts';
import { newCommand } from './commands/new.ts';
import { templatesCommand } from './commands/templates.ts';
import { validateCommand } from './commands/validate.ts';

/** The `rungs` command line. Each command lives in cli/commands/ and registers itself here. */
export function buildProgram(): Command {
  const program = new Command('rungs')
    .description('Check, export and scaffold engineering career frameworks written in the Rungs YAML format.')
    .version('0.1.0', '-V, --version', 'print the Rungs version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run `rungs --help` for usage)');
  program.addCommand(validateCommand());
  program.addCommand(templatesCommand());
  program.addCommand(newCommand());
  program.addCommand(importTrackCommand());
  program.addCommand(importCommand());
  program.addCommand(exportCommand());
  return program;
}
