import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { vi } from 'vitest';
import type { CliContext } from '../../../cli/io.ts';
import { buildProgram } from '../../../cli/program.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

class ExitCalled extends Error {
  constructor(readonly code: number) {
    super(`process.exit(${code})`);
  }
}

function capture(chunks: string[]) {
  return ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((r): r is () => void => typeof r === 'function');
    callback?.();
    return true;
  }) as typeof process.stdout.write;
}

/**
 * Runs the real `rungs` command line (the same commander program bin/rungs.mjs runs) inside this
 * process, capturing what it prints and the exit code it sets. Hundreds of runs cost seconds this
 * way instead of minutes; `spawnRungs` covers what only a real process shows (a stack trace on an
 * uncaught error, an exit code set by a crash). An exception escaping the command is a crash and
 * rejects, failing the test that ran it.
 */
export async function runCli(args: readonly string[], context: CliContext = {}): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation(capture(stdout)),
    vi.spyOn(process.stderr, 'write').mockImplementation(capture(stderr)),
    vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new ExitCalled(code ?? 0);
    }) as typeof process.exit),
  ];
  const previous = process.exitCode;
  process.exitCode = undefined;
  let code: number;
  try {
    await buildProgram(context).exitOverride().parseAsync(['node', 'rungs', ...args]);
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof ExitCalled)) throw error;
    code = error.code;
  } finally {
    process.exitCode = previous;
    for (const spy of spies) spy.mockRestore();
  }
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

const root = path.resolve(import.meta.dirname, '../../..');

/** Runs bin/rungs.mjs in a real Node process, as a user or CI does. */
export function spawnRungs(args: readonly string[], input?: Buffer): CliRun {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Signs of a crash in what the CLI printed: a stack frame, an uncaught error's name, Node's own warning. */
export function crashSigns(output: string): string[] {
  const signs: string[] = [];
  if (/^\s+at .+[:(].*\d+:\d+\)?$/m.test(output)) signs.push('a stack trace');
  if (/\b(?:TypeError|RangeError|ReferenceError|SyntaxError|Uncaught|UnhandledPromiseRejection)\b/.test(output)) signs.push('an uncaught error');
  if (/node:internal|\(node:\d+\)/.test(output)) signs.push("Node's internals");
  return signs;
}

/**
 * Characters that should never reach a terminal or CI log from a file's content: C0 and C1
 * controls (ESC starts sequences that recolour, clear the screen or write the clipboard) and
 * bidirectional overrides (which reorder what a reader sees, as in Trojan Source).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const terminalUnsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
