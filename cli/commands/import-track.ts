import { Command } from 'commander';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { importTrack } from '../../core/import/index.ts';
import { formatDiagnostic } from '../format-diagnostic.ts';
import { CommandFailure, guarded, readInput, say, writeOutput, type CliContext } from '../io.ts';

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
export function importTrackCommand(context: CliContext = {}): Command {
  return new Command('import-track')
    .description('add a track from a built-in template to your framework (see `rungs templates`)')
    .argument('<framework>', 'your framework file (.yaml)')
    .requiredOption('-t, --template <name>', 'template to take the track from')
    .requiredOption('--track <id>', 'id of the track in the template, e.g. management')
    .option('--map <pairs>', "place template levels on yours, e.g. L5=P3 (others follow by position); default: line the two ladders up at the top")
    .option('-o, --output <file>', 'where to write the result (prints to the terminal when left out); may be the input file itself, which is replaced atomically')
    .option('-f, --force', 'let -o replace a read-only file')
    .addHelpText('after', '\nExit codes: 0 added, 1 the result has errors to fix, 2 the command could not run (unreadable framework, unknown template or track, the file could not be written).')
    .action(
      guarded(async (file: string, options: { template: string; track: string; map?: string; output?: string; force?: boolean }) => {
        const levelMap = options.map === undefined ? undefined : parseLevelMap(options.map);
        if (typeof levelMap === 'string') throw new CommandFailure(levelMap);
        const result = importTrack(await readInput(file, 'framework', context), options.template, options.track, levelMap ? { levelMap } : {});
        if (result.text === undefined) {
          printDiagnostics(file, result.diagnostics);
          process.exitCode = 2;
          return;
        }
        for (const note of result.notes) say(`note: ${note}`);
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        const where = options.output ?? '<stdout>';
        printDiagnostics(where, result.diagnostics.filter((d) => d.severity !== 'info'));
        if (options.output === undefined) process.stdout.write(result.text);
        else {
          await writeOutput(options.output, result.text, { force: options.force === true, context });
          say(`Wrote ${options.output}.`);
        }
        if (errors.length > 0) process.exitCode = 1;
      }),
    );
}
