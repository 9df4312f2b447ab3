import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { importCsv } from '../../core/import/index.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { terminalSafe } from '../terminal.ts';

/**
 * `rungs import`: turns a competency matrix saved as CSV into a framework file, or prints it when
 * -o is left out (as `rungs new` does), so it can be piped or reviewed first.
 */
export function importCommand(): Command {
  return new Command('import')
    .description('turn a competency matrix exported from a spreadsheet (CSV, one row per competency, one column per level) into a framework')
    .argument('<matrix>', 'the spreadsheet saved as .csv (comma, semicolon or tab separated)')
    .option('-o, --output <file>', 'framework file to write (.yaml); prints the framework to the terminal when left out')
    .option('-f, --force', 'overwrite the output file if it already exists')
    .option('--name <name>', 'name of the framework (default: "Imported career framework")')
    .action(async (matrix: string, options: { output?: string; force?: boolean; name?: string }) => {
      if (!existsSync(matrix)) {
        process.stderr.write(`Cannot find ${matrix}. Save your spreadsheet as CSV and pass its path.\n`);
        process.exitCode = 2;
        return;
      }
      if (options.output !== undefined && existsSync(options.output) && !options.force) {
        process.stderr.write(`${options.output} already exists. Choose another file name, or add --force to overwrite it.\n`);
        process.exitCode = 2;
        return;
      }
      const result = importCsv(await readFile(matrix, 'utf8'), options.name === undefined ? {} : { name: options.name });
      for (const note of result.notes) process.stderr.write(`${terminalSafe(`note: ${note}`)}\n`);
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
        await writeFile(options.output, result.text);
        process.stderr.write(
          terminalSafe(
            `Wrote ${options.output}${warnings.length > 0 ? ` with ${warnings.length} warning${warnings.length > 1 ? 's' : ''} to look at` : ''}. Check it with: rungs validate ${options.output}`,
          ) + '\n',
        );
      }
      if (errors.length > 0) process.exitCode = 1;
    });
}
