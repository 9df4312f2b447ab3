import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandFailure, guarded } from '../../../cli/io.ts';

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string) => {
    lines.push(String(chunk));
    return true;
  }) as typeof process.stderr.write);
  return lines;
}

describe('guarded command actions', () => {
  const argv = process.argv;
  afterEach(() => {
    vi.restoreAllMocks();
    process.argv = argv;
    process.exitCode = undefined;
  });

  it('turns a command failure into its one line and exit code', async () => {
    const lines = captureStderr();
    await guarded(() => {
      throw new CommandFailure('Not exported: ladder.yaml has 2 errors.', 1);
    })();
    expect(lines).toEqual(['Not exported: ladder.yaml has 2 errors.\n']);
    expect(process.exitCode).toBe(1);
  });

  it('reports a bug in one line with exit 2, and shows the stack only with --debug', async () => {
    const bug = () => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')\nmore detail");
    };
    const quiet = captureStderr();
    await guarded(bug)();
    expect(quiet).toEqual([
      "Rungs stopped on an unexpected problem: Cannot read properties of undefined (reading 'id'). Run the command again with --debug to see the details, and report it.\n",
    ]);
    expect(process.exitCode).toBe(2);
    vi.restoreAllMocks();

    process.argv = [...argv, '--debug'];
    const loud = captureStderr();
    await guarded(bug)();
    expect(loud).toHaveLength(2);
    expect(loud[1]).toMatch(/^TypeError: Cannot read properties[\s\S]*\n\s+at /);
  });
});
