import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { templateNames, templateText } from '../../core/templates/index.ts';

/** `rungs new`: writes a built-in template to a file (or stdout) as the start of a framework. */
export function newCommand(): Command {
  return new Command('new')
    .description('start a new framework from a built-in template (see `rungs templates`)')
    .requiredOption('-t, --template <name>', 'template to start from')
    .option('-o, --output <file>', 'file to write (prints to the terminal when left out)')
    .option('-f, --force', 'overwrite the output file if it already exists')
    .action(async (options: { template: string; output?: string; force?: boolean }) => {
      const text = templateText(options.template);
      if (text === undefined) {
        process.stderr.write(
          `There is no template called "${options.template}". Available templates: ${templateNames().join(', ')}.\n`,
        );
        process.exitCode = 2;
        return;
      }
      if (options.output === undefined) {
        process.stdout.write(text);
        return;
      }
      if (existsSync(options.output) && !options.force) {
        process.stderr.write(`${options.output} already exists. Choose another file name, or add --force to overwrite it.\n`);
        process.exitCode = 2;
        return;
      }
      await writeFile(options.output, text);
      process.stderr.write(`Wrote ${options.output} from the "${options.template}" template. Check it with: rungs validate ${options.output}\n`);
    });
}
