import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { templateNames, templateText } from '../../core/templates/index.ts';
import { CommandFailure, guarded, say, writeOutput, type CliContext } from '../io.ts';

/** `rungs new`: writes a built-in template to a file (or stdout) as the start of a framework. */
export function newCommand(context: CliContext = {}): Command {
  return new Command('new')
    .description('start a new framework from a built-in template (see `rungs templates`)')
    .requiredOption('-t, --template <name>', 'template to start from')
    .option('-o, --output <file>', 'file to write (prints to the terminal when left out)')
    .option('-f, --force', 'overwrite the output file if it already exists, even a read-only one')
    .addHelpText('after', '\nExit codes: 0 written, 2 the command could not run (unknown template, the file exists, the file could not be written).')
    .action(
      guarded(async (options: { template: string; output?: string; force?: boolean }) => {
        const text = templateText(options.template);
        if (text === undefined) throw new CommandFailure(`There is no template called "${options.template}". Available templates: ${templateNames().join(', ')}.`);
        if (options.output === undefined) {
          process.stdout.write(text);
          return;
        }
        if (existsSync(options.output) && !options.force) {
          throw new CommandFailure(`${options.output} already exists. Choose another file name, or add --force to overwrite it.`);
        }
        await writeOutput(options.output, text, { force: options.force === true, context });
        say(`Wrote ${options.output} from the "${options.template}" template. Check it with: rungs validate ${options.output}`);
      }),
    );
}
