import { checkFrameworkFile } from './check-file.ts';
import type { Framework } from '../core/model/types.ts';
import { closest } from '../core/suggest.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { CommandFailure, guarded, say, writeOutput, type CliContext } from './io.ts';

/** Why a command stopped, with its exit code: 1 the file has errors, 2 it could not run. */
export { CommandFailure as CommandRefusal };

/**
 * Reads and checks a framework for a command about some of its roles (compare, worksheet, job).
 * An unknown role id is named with the nearest ids (exit 2); a file with errors is refused
 * (exit 1) unless `force`, its errors listed as `validate` lists them.
 */
export async function frameworkWithRoles(file: string, roleIds: readonly string[], force: boolean | undefined, verb: string, context: CliContext = {}): Promise<Framework> {
  const { framework, diagnostics } = await checkFrameworkFile(file, context);
  const known = [...framework.index.roles.keys()];
  for (const id of roleIds) {
    if (framework.index.roles.has(id)) continue;
    const near = closest(id, known);
    throw new CommandFailure(`No role \`${id}\` in ${file}${near.length > 0 ? `: the nearest ids are ${near.map((n) => `\`${n}\``).join(', ')}` : ''}. List them with: rungs export ${file} --format json.`, 2);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) process.stderr.write(`${formatDiagnostic(file, d)}\n`);
    if (!force) throw new CommandFailure(`Not ${verb}: ${file} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}. Fix them, or add --force to go on anyway.`, 1);
  }
  return framework;
}

/** Runs a command's body and turns a refusal into its one line and exit code, never a stack. */
export async function refusingCleanly(body: () => void | Promise<void>): Promise<void> {
  await guarded(body)();
}

/**
 * Writes a command's output file through the atomic writer (a read-only file only with
 * `force`), or prints it when no file was named.
 */
export async function writeOrPrint(target: string | undefined, content: string | Uint8Array, options: { force?: boolean; context?: CliContext } = {}): Promise<void> {
  if (target === undefined) {
    process.stdout.write(content);
    return;
  }
  await writeOutput(target, content, options);
  say(`Wrote ${target}`);
}
