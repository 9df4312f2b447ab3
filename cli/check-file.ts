import path from 'node:path';
import { checkWithIncludes, type CheckOptions, type IncludeCheckResult } from '../core/index.ts';
import { createIncludeHost, findIncludeRoot } from '../node/include-host.ts';
import { readInput, type CliContext } from './io.ts';

/** Options of one file check from the command line. */
export interface CheckFileOptions extends CheckOptions {
  /** The folder includes may not leave (the folder a command was given); else found from the file. */
  root?: string;
}

/**
 * Reads a framework or library file (`-` for standard input) and checks it with every library it
 * includes, confined to the project folder. Throws CommandFailure when the file itself cannot be
 * read; problems with included files are diagnostics that name those files.
 */
export async function checkFrameworkFile(file: string, context: CliContext = {}, options: CheckFileOptions = {}): Promise<IncludeCheckResult> {
  return checkFrameworkText(file, await readInput(file, 'framework', context), options);
}

/** `checkFrameworkFile` for text already read (a folder search reads each file once to sort it). */
export function checkFrameworkText(file: string, text: string, options: CheckFileOptions = {}): IncludeCheckResult {
  // Standard input has no folder of its own: its includes are read from the current directory.
  const name = file === '-' ? path.join(process.cwd(), '-') : path.normalize(file);
  const { root, ...checkOptions } = options;
  const host = createIncludeHost({ root: root ?? findIncludeRoot(file === '-' ? name : file) });
  return checkWithIncludes(file === '-' ? path.relative(process.cwd(), name) : name, text, host, checkOptions);
}
