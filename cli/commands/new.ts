import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { templateNames, templateText } from '../../core/templates/index.ts';
import { CommandFailure, guarded, say, writeOutput, type CliContext } from '../io.ts';
import { schemaHeaderLine, schemaReference } from '../schema-header.ts';

/** `rungs new`: writes a built-in template to a file (or stdout) as the start of a framework. */
export function newCommand(context: CliContext = {}): Command {
  return new Command('new')
    .description('start a new framework from a built-in template (see `rungs templates`)')
    .requiredOption('-t, --template <name>', 'template to start from')
    .option('-o, --output <file>', 'file to write (prints to the terminal when left out)')
    .option('-f, --force', 'overwrite the output file if it already exists, even a read-only one')
    .option(
      '--schema <url|path>',
      'schema for the `# yaml-language-server: $schema=` first line (default: node_modules/rungs/schemas/framework.schema.json when the project has it, else the public schema URL)',
    )
    .addHelpText('after', '\nExit codes: 0 written, 2 the command could not run (unknown template, the file exists, the file could not be written).')
    .action(
      guarded(async (options: { template: string; output?: string; force?: boolean; schema?: string }) => {
        const template = templateText(options.template);
        if (template === undefined) throw new CommandFailure(`There is no template called "${options.template}". Available templates: ${templateNames().join(', ')}.`);
        // Printed text is usually redirected into the current folder, so its header is relative to it.
        const folder = options.output === undefined ? process.cwd() : path.dirname(path.resolve(options.output));
        const text = `${schemaHeaderLine(schemaReference(folder, options.schema))}\n${template}`;
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
