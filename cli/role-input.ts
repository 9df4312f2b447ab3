import { writeFileSync } from 'node:fs';
import { checkFramework } from '../core/check.ts';
import type { Framework } from '../core/model/types.ts';
import { closest } from '../core/suggest.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { readFrameworkFile } from './read-input.ts';
import { terminalSafe } from './terminal.ts';

/** Why a command stopped, with its exit code: 1 the file has errors, 2 it could not run. */
export class CommandRefusal extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

/**
 * Reads and checks a framework for a command about some of its roles (compare, worksheet, job).
 * An unknown role id is named with the nearest ids (exit 2); a file with errors is refused
 * (exit 1) unless `force`, its errors listed as `validate` lists them.
 */
export function frameworkWithRoles(file: string, roleIds: readonly string[], force: boolean | undefined, verb: string): Framework {
  const read = readFrameworkFile(file);
  if (!read.ok) throw new CommandRefusal(read.message, 2);
  const { framework, diagnostics } = checkFramework(read.text);
  const known = [...framework.index.roles.keys()];
  for (const id of roleIds) {
    if (framework.index.roles.has(id)) continue;
    const near = closest(id, known);
    throw new CommandRefusal(`No role \`${id}\` in ${file}${near.length > 0 ? `: the nearest ids are ${near.map((n) => `\`${n}\``).join(', ')}` : ''}. List them with: rungs export ${file} --format json.`, 2);
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) process.stderr.write(`${formatDiagnostic(file, d)}\n`);
    if (!force) throw new CommandRefusal(`Not ${verb}: ${file} has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}. Fix them, or add --force to go on anyway.`, 1);
  }
  return framework;
}

/** Runs a command's body and turns a refusal into its one line and exit code. */
export async function refusingCleanly(body: () => void | Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (!(error instanceof CommandRefusal)) throw error;
    process.stderr.write(`${terminalSafe(error.message)}\n`);
    process.exitCode = error.exitCode;
  }
}

/** Writes a command's output file, or prints it when no file was named. */
export function writeOutput(target: string | undefined, content: string | Buffer): void {
  if (target === undefined) {
    process.stdout.write(content);
    return;
  }
  try {
    writeFileSync(target, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : 'the file could not be written';
    throw new CommandRefusal(`Cannot write ${target}: ${why}.`, 2);
  }
  process.stderr.write(`${terminalSafe(`Wrote ${target}`)}\n`);
}
