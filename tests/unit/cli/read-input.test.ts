import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';
import { MAX_FILE_BYTES, readFrameworkFile } from '../../../cli/read-input.ts';

describe('readFrameworkFile size limit', () => {
  it('agrees with core, and its message gives the real limit and a realistic large size', () => {
    expect(MAX_FILE_BYTES).toBe(MAX_TEXT_LENGTH);
    const dir = mkdtempSync(path.join(tmpdir(), 'rungs-read-input-'));
    try {
      const file = path.join(dir, 'big.yaml');
      writeFileSync(file, '');
      truncateSync(file, MAX_FILE_BYTES + 1_000_000); // sparse: no real 9 MB written
      const read = readFrameworkFile(file);
      expect(read).toEqual({
        ok: false,
        message: `${file} is 9 MB, over the 8 MB limit for a framework (a large one is a few hundred KB): is this the right file?`,
      });

      const atLimit = path.join(dir, 'at-limit.yaml');
      writeFileSync(atLimit, '');
      truncateSync(atLimit, MAX_FILE_BYTES);
      // Exactly the limit is read (and then judged by core); it is all NUL bytes here, so binary.
      expect(readFrameworkFile(atLimit)).toMatchObject({ ok: false, message: expect.stringContaining('binary') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
