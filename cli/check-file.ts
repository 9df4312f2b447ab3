import path from 'node:path';
import { checkWithIncludes, type CheckOptions, type IncludeCheckResult } from '../core/index.ts';
import { createIncludeHost, findIncludeRoot } from '../node/include-host.ts';
import { classifyYaml } from '../core/include/classify.ts';
import type { Candidate } from './discover.ts';
import { CommandFailure, readInput, type CliContext } from './io.ts';

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

/** A candidate read and checked with its libraries, or the one line saying why it could not be read. */
export type CheckedCandidate = { file: string; kind: 'framework' | 'library'; checked: IncludeCheckResult } | { file: string; error: string };

/**
 * Reads and checks each candidate a search found, in order: a framework fully, a library on its
 * own. Files a folder or glob found that are neither (a CI config) are left out; a file named on
 * the command line is always checked, as a framework unless it is a library. A file that cannot
 * be read is reported in its place, so the caller decides whether that stops the run.
 */
export async function* checkCandidates(candidates: readonly Candidate[], options: CheckOptions = {}, context: CliContext = {}): AsyncGenerator<CheckedCandidate> {
  for (const { file, explicit, root } of candidates) {
    let text: string;
    try {
      text = await readInput(file, 'framework', context);
    } catch (error) {
      if (!(error instanceof CommandFailure)) throw error;
      yield { file, error: error.message };
      continue;
    }
    const kind = classifyYaml(text);
    if (kind === 'other' && !explicit) continue;
    const checked = checkFrameworkText(file, text, { ...options, ...(root !== undefined ? { root } : {}) });
    yield { file, kind: kind === 'library' ? 'library' : 'framework', checked };
  }
}
