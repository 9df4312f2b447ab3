import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { importTrack } from '../../core/import/index.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { terminalSafe } from '../terminal.ts';

/** Parses `T1=L3,T2=L4` into a level map; returns a message for the user when it cannot. */
export function parseLevelMap(text: string): Record<string, string> | string {
  const map: Record<string, string> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const [from, to, extra] = part.split('=').map((s) => s.trim());
    if (!from || !to || extra !== undefined) return `"${part}" is not a level pair. Write --map like T1=L3,T2=L4 (template level = your level).`;
    map[from] = to;
  }
  return map;
}

function printDiagnostics(file: string, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(file, d)}\n`);
}

/**
 * `rungs import-track`: adds a track from a built-in template to an existing framework. It writes
 * to -o (or prints to stdout) and never changes the input file unless -o names it, so a user can
 * review the result before replacing their framework.
 */
export function importTrackCommand(): Command {
  return new Command('import-track')
    .description('add a track from a built-in template to your framework (see `rungs templates`)')
    .argument('<framework>', 'your framework file (.yaml)')
    .requiredOption('-t, --template <name>', 'template to take the track from')
    .requiredOption('--track <id>', 'id of the track in the template, e.g. management')
    .option('--map <pairs>', "place template levels on yours, e.g. L5=P3 (others follow by position); default: line the two ladders up at the top")
    .option('-o, --output <file>', 'where to write the result (prints to the terminal when left out); may be the input file itself')
    .action(async (file: string, options: { template: string; track: string; map?: string; output?: string }) => {
      const levelMap = options.map === undefined ? undefined : parseLevelMap(options.map);
      if (typeof levelMap === 'string') {
        process.stderr.write(`${levelMap}\n`);
        process.exitCode = 2;
        return;
      }
      if (!existsSync(file)) {
        process.stderr.write(`Cannot find ${file}. Check the path, or start one with: rungs new --template <name> -o ${file}\n`);
        process.exitCode = 2;
        return;
      }
      const result = importTrack(await readFile(file, 'utf8'), options.template, options.track, levelMap ? { levelMap } : {});
      if (result.text === undefined) {
        printDiagnostics(file, result.diagnostics);
        process.exitCode = 2;
        return;
      }
      for (const note of result.notes) process.stderr.write(`${terminalSafe(`note: ${note}`)}\n`);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      const where = options.output ?? '<stdout>';
      printDiagnostics(where, result.diagnostics.filter((d) => d.severity !== 'info'));
      if (options.output === undefined) process.stdout.write(result.text);
      else {
        await writeFile(options.output, result.text);
        process.stderr.write(`Wrote ${options.output}.\n`);
      }
      if (errors.length > 0) process.exitCode = 1;
    });
}
