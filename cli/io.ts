import { readFileSync } from 'node:fs';
import { atomicWrite, type WriteSteps } from '../node/atomic-write.ts';
import { decodeText, readTextFile, type TextFileKind } from '../node/read-text-file.ts';
import { terminalSafe } from './terminal.ts';

/**
 * What the commands get from outside: the write steps (a test injects a full disk here) and how
 * standard input is read. The real program uses the defaults.
 */
export interface CliContext {
  writeSteps?: WriteSteps;
  readStdin?: () => Buffer;
}

/**
 * A command that could not do its job, with the exit code to leave with: 1 when the framework has
 * errors, 2 when the command could not run (bad usage, unreadable input, refused write). The
 * message is one line saying why and what to do.
 */
export class CommandFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 2,
  ) {
    super(message);
  }
}

/** One line to stderr; file names and messages can quote text from the user, so made terminal-safe. */
export function say(line: string): void {
  process.stderr.write(`${terminalSafe(line)}\n`);
}

/** Whether `--debug` was given anywhere on the command line (it may follow the command name). */
function debugging(): boolean {
  return process.argv.includes('--debug');
}

/**
 * Wraps a command's action so it never ends in a stack trace: a CommandFailure prints its line and
 * sets its exit code; anything else is a bug in Rungs, reported in one line with exit code 2
 * (`--debug` adds the stack, for a bug report).
 */
export function guarded<Args extends unknown[]>(action: (...args: Args) => Promise<void> | void): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      await action(...args);
    } catch (error) {
      if (error instanceof CommandFailure) {
        say(error.message);
        process.exitCode = error.exitCode;
        return;
      }
      const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
      say(`Rungs stopped on an unexpected problem: ${reason}. Run the command again with --debug to see the details, and report it.`);
      if (debugging() && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
      process.exitCode = 2;
    }
  };
}

/**
 * Reads a framework (or a CSV matrix) through the one safe reader; `-` reads standard input by
 * the same rules. Refusals become exit code 2 with the reader's one-line message.
 */
export async function readInput(file: string, kind: TextFileKind, context: CliContext = {}): Promise<string> {
  let read;
  if (file === '-') {
    let bytes: Buffer;
    try {
      bytes = (context.readStdin ?? (() => readFileSync(0)))();
    } catch {
      throw new CommandFailure('Cannot read standard input: pass the path of a file instead of -.');
    }
    read = decodeText(bytes, { kind, displayName: 'Standard input' });
  } else {
    read = await readTextFile(file, { kind });
  }
  if (!read.ok) throw new CommandFailure(read.message);
  return read.text;
}

/**
 * Writes a command's output file through the one atomic writer: the file holds its old content
 * or the new, never a part. A read-only file is replaced only with `--force`; every refusal or
 * failure becomes exit code 2 with one line saying why and what to do.
 */
export async function writeOutput(target: string, data: string | Uint8Array, options: { force?: boolean; context?: CliContext } = {}): Promise<void> {
  const written = await atomicWrite(target, data, { force: options.force === true, steps: options.context?.writeSteps });
  if (written.ok) return;
  if (written.reason === 'read-only-file') throw new CommandFailure(`${target} is read-only, so it was not replaced: make it writable, or add --force to replace it anyway.`);
  throw new CommandFailure(written.message);
}
