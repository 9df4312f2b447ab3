import { Command } from 'commander';

/** The `rungs` command line. Each command lives in cli/commands/ and registers itself here. */
export function buildProgram(): Command {
  const program = new Command('rungs')
    .description('Check, export and scaffold engineering career frameworks written in the Rungs YAML format.')
    .version('0.1.0', '-V, --version', 'print the Rungs version')
    .helpOption('-h, --help', 'show help for a command')
    .showHelpAfterError('(run `rungs --help` for usage)');
  return program;
}
