import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { importCsv } from '../../core/import/index.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { CommandFailure, guarded, readInput, say, writeOutput, type CliContext } from '../io.ts';

/**
 * `rungs import`: turns a competency matrix saved as CSV into a framework file, or prints it when
 * -o is left out (as `rungs new` does), so it can be piped or reviewed first.
 */
export function importCommand(context: CliContext = {}): Command {
  return new Command('import')
    .description('turn a competency matrix exported from a spreadsheet (CSV, one row per competency, one column per level) into a framework')
    .argument('<matrix>', 'the spreadsheet saved as .csv in UTF-8 (comma, semicolon or tab separated)')
    .option('-o, --output <file>', 'framework file to write (.yaml); prints the framework to the terminal when left out')
    .option('-f, --force', 'overwrite the output file if it already exists, even a read-only one')
    .option('--name <name>', 'name of the framework (default: "Imported career framework")')
    .addHelpText('after', '\nExit codes: 0 imported, 1 the result has errors to fix, 2 the command could not run (unreadable or unusable spreadsheet, the file exists, the file could not be written).')
    .action(
      guarded(async (matrix: string, options: { output?: string; force?: boolean; name?: string }) => {
        if (options.output !== undefined && existsSync(options.output) && !options.force) {
          throw new CommandFailure(`${options.output} already exists. Choose another file name, or add --force to overwrite it.`);
        }
        const result = importCsv(await readInput(matrix, 'spreadsheet', context), options.name === undefined ? {} : { name: options.name });
        for (const note of result.notes) say(`note: ${note}`);
        if (result.text === undefined) {
          for (const d of result.diagnostics) process.stderr.write(`${formatDiagnostic(matrix, d)}\n`);
          process.exitCode = 2;
          return;
        }
        const where = options.output ?? '<stdout>';
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
        for (const d of [...errors, ...warnings]) process.stderr.write(`${formatDiagnostic(where, d)}\n`);
        if (options.output === undefined) {
          process.stdout.write(result.text);
        } else {
          await writeOutput(options.output, result.text, { force: options.force === true, context });
          const toLookAt = warnings.length > 0 ? ` with ${warnings.length} warning${warnings.length > 1 ? 's' : ''} to look at` : '';
          say(`Wrote ${options.output}${toLookAt}. Check it with: rungs validate ${options.output}`);
        }
        if (errors.length > 0) process.exitCode = 1;
      }),
    );
}
