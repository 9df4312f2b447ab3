import { readFileSync, statSync } from 'node:fs';
import { MAX_TEXT_LENGTH } from '../core/parse.ts';

/** A framework file read as text, or the one-line reason it could not be (exit code 2). */
export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/**
 * Files larger than this many bytes are refused before reading: the same number as core's
 * character limit, so a file the checker would refuse is never loaded into memory.
 */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH;

function describeSize(bytes: number): string {
  // "8 MB" rather than "8.0 MB" for a round number, so the limit reads as a limit.
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  return `${Math.round(bytes / 1000)} KB`;
}

function systemCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/**
 * Reads a framework file safely: a missing file, a folder, an unreadable file, a binary file,
 * text that is not UTF-8 or a file far too large each give a one-line message naming the file,
 * never an exception. A UTF-8 byte-order mark is dropped. `readStdin` is used for the path `-`.
 */
export function readFrameworkFile(file: string, readStdin: () => Buffer = () => readFileSync(0)): ReadResult {
  let bytes: Buffer;
  if (file === '-') {
    try {
      bytes = readStdin();
    } catch {
      return { ok: false, message: 'Cannot read the framework from standard input.' };
    }
  } else {
    try {
      const stats = statSync(file);
      if (stats.isDirectory()) return { ok: false, message: `${file} is a folder, not a file: give the path of a framework file (.yaml).` };
      if (!stats.isFile()) return { ok: false, message: `${file} is not a regular file: give the path of a framework file (.yaml).` };
      if (stats.size > MAX_FILE_BYTES) {
        return {
          ok: false,
          message: `${file} is ${describeSize(stats.size)}, over the ${describeSize(MAX_FILE_BYTES)} limit for a framework (a large one is a few hundred KB): is this the right file?`,
        };
      }
      bytes = readFileSync(file);
    } catch (error) {
      const code = systemCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, message: `${file} does not exist: check the path and try again.` };
      if (code === 'EACCES' || code === 'EPERM') return { ok: false, message: `${file} cannot be read: you do not have permission to open it.` };
      if (code === 'EISDIR') return { ok: false, message: `${file} is a folder, not a file: give the path of a framework file (.yaml).` };
      return { ok: false, message: `${file} cannot be read (${code ?? 'unknown error'}).` };
    }
  }
  const name = file === '-' ? 'Standard input' : file;
  // A NUL byte never appears in YAML text but is in nearly every binary file (images, PDFs, zips).
  if (bytes.includes(0)) return { ok: false, message: `${name} is a binary file, not YAML text: give the path of a framework file (.yaml).` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text: save it as UTF-8 (most editors offer this under "Save with encoding") and try again.` };
  }
}
