import { promises as fsp, readFileSync, statSync, type Stats } from 'node:fs';
import { MAX_TEXT_LENGTH } from '../core/parse.ts';
import { errorCode } from './errors.ts';

/**
 * The largest file Rungs reads, in bytes: core's character limit. UTF-8 never takes fewer bytes
 * than the UTF-16 units JavaScript counts, so a file under this size is also under core's limit,
 * and a file over it is refused before a byte of it is loaded.
 */
export const MAX_FILE_BYTES = MAX_TEXT_LENGTH;

/** What is being read: it only changes the words of a refusal ("a framework file (.yaml)"). */
export type TextFileKind = 'framework' | 'spreadsheet';

/**
 * Why a file was refused. `message` is one line naming the file, saying what is wrong and what to
 * do; `reason` lets a caller or a test tell the cases apart without parsing words.
 */
export type ReadRefusal =
  | 'missing'
  | 'folder'
  | 'not-a-file'
  | 'no-permission'
  | 'too-large'
  | 'binary'
  | 'utf-16'
  | 'utf-32'
  | 'not-utf-8'
  | 'unreadable';

export type ReadTextResult = { ok: true; text: string } | { ok: false; reason: ReadRefusal; message: string };

export interface ReadTextOptions {
  kind?: TextFileKind;
  /** How the file is named in messages: the path as the user typed it (CLI) or its base name (studio). */
  displayName?: string;
  /** Only for tests, which cannot afford 8 MB files: the byte limit to apply. */
  maxBytes?: number;
}

const expected: Record<TextFileKind, string> = {
  framework: 'a framework file (.yaml)',
  spreadsheet: 'a spreadsheet saved as CSV (.csv)',
};

const typical: Record<TextFileKind, string> = {
  framework: 'for a framework (a large one is a few hundred KB)',
  spreadsheet: 'for a spreadsheet (a competency matrix is rarely over 1 MB)',
};

/** "8 MB" rather than "8.0 MB" for a round number, so the limit reads as a limit. */
export function describeSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} KB`;
}

/**
 * Reads a framework or a CSV file as text, refusing with one line (never an exception) what would
 * hang, garble or silently corrupt what Rungs makes of it: a missing file, a folder, something
 * that is not a regular file, a file over the size limit (judged before reading), a binary file,
 * UTF-16 or UTF-32 text, and bytes that are not valid UTF-8. A UTF-8 byte-order mark is dropped;
 * line endings are kept as they are. With readTextFileSync, the only way Rungs reads a user's file.
 */
export async function readTextFile(file: string, options: ReadTextOptions = {}): Promise<ReadTextResult> {
  const kind = options.kind ?? 'framework';
  const name = options.displayName ?? file;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const refusal = refusalBeforeReading(await fsp.stat(file), name, kind, maxBytes);
    if (refusal) return refusal;
    bytes = await fsp.readFile(file);
  } catch (error) {
    return describeReadError(error, name, kind);
  }
  return judgeBytes(bytes, name, kind, maxBytes);
}

/**
 * `readTextFile` for callers that cannot wait: the libraries a framework includes are read while
 * core checks it, and core does no I/O of its own (see core/include/host.ts).
 */
export function readTextFileSync(file: string, options: ReadTextOptions = {}): ReadTextResult {
  const kind = options.kind ?? 'framework';
  const name = options.displayName ?? file;
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  let bytes: Buffer;
  try {
    const refusal = refusalBeforeReading(statSync(file), name, kind, maxBytes);
    if (refusal) return refusal;
    bytes = readFileSync(file);
  } catch (error) {
    return describeReadError(error, name, kind);
  }
  return judgeBytes(bytes, name, kind, maxBytes);
}

/** A folder, a device or a file over the limit is refused before a byte of it is read. */
function refusalBeforeReading(info: Stats, name: string, kind: TextFileKind, maxBytes: number): ReadTextResult | undefined {
  if (info.isDirectory()) return refuse('folder', `${name} is a folder, not a file: give the path of ${expected[kind]}.`);
  if (!info.isFile()) return refuse('not-a-file', `${name} is not a regular file: give the path of ${expected[kind]}.`);
  if (info.size > maxBytes) return tooLarge(name, info.size, maxBytes, kind);
  return undefined;
}

function judgeBytes(bytes: Buffer, name: string, kind: TextFileKind, maxBytes: number): ReadTextResult {
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes, kind);
  return decodeText(bytes, { kind, displayName: name });
}

/**
 * Judges bytes already in memory (standard input, a dropped file) by the same rules as
 * `readTextFile`, so every way into Rungs refuses the same things with the same words.
 */
export function decodeText(bytes: Uint8Array, options: ReadTextOptions = {}): ReadTextResult {
  const kind = options.kind ?? 'framework';
  const name = options.displayName ?? 'The input';
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes) return tooLarge(name, bytes.length, maxBytes, kind);
  const saveAsUtf8 = `save it as UTF-8 (most editors and spreadsheets offer this under "Save as" or "Encoding") and try again`;
  const wide = wideEncoding(bytes);
  if (wide) return refuse(wide === 'UTF-16' ? 'utf-16' : 'utf-32', `${name} is saved as ${wide} text, which Rungs does not read: ${saveAsUtf8}.`);
  // A NUL byte never appears in text Rungs reads but is in nearly every binary file (images,
  // PDFs, spreadsheets saved as .xlsx, zips).
  if (bytes.includes(0)) return refuse('binary', `${name} is a binary file, not text: give the path of ${expected[kind]}.`);
  const invalidAt = firstInvalidUtf8(bytes);
  if (invalidAt !== undefined) {
    const { line, column } = lineAndColumn(bytes, invalidAt);
    return refuse('not-utf-8', `${name}:${line}:${column} is not UTF-8 text: ${saveAsUtf8}.`);
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return { ok: true, text: text.startsWith('\uFEFF') ? text.slice(1) : text };
}

function refuse(reason: ReadRefusal, message: string): ReadTextResult {
  return { ok: false, reason, message };
}

function tooLarge(name: string, size: number, maxBytes: number, kind: TextFileKind): ReadTextResult {
  return refuse('too-large', `${name} is ${describeSize(size)}, over the ${describeSize(maxBytes)} limit ${typical[kind]}: is this the right file?`);
}

function describeReadError(error: unknown, name: string, kind: TextFileKind): ReadTextResult {
  switch (errorCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return refuse('missing', `${name} does not exist: check the path and try again.`);
    case 'EACCES':
    case 'EPERM':
      return refuse('no-permission', `${name} cannot be read: you do not have permission to open it.`);
    case 'EISDIR':
      return refuse('folder', `${name} is a folder, not a file: give the path of ${expected[kind]}.`);
    default:
      return refuse('unreadable', `${name} cannot be read (${errorCode(error) ?? 'unknown error'}): check the file and try again.`);
  }
}

/**
 * UTF-16 and UTF-32 text, which Windows tools ("Unicode text" in Excel and Notepad) still write:
 * told by its byte-order mark, or, without one, by the NUL byte beside every ASCII character.
 */
function wideEncoding(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  // Without a mark: among the first characters of UTF-16 text, every other byte is NUL (one
  // side only), which binary files, with NULs scattered on both sides, almost never show.
  const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even += 1;
    else odd += 1;
  }
  const half = sample.length / 2;
  if ((even >= half * 0.9 && odd === 0) || (odd >= half * 0.9 && even === 0)) return 'UTF-16';
  return undefined;
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  // Buffer's own check is native and fast; the walk below only runs for files that fail it.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').indexOf('\uFFFD') === -1) return undefined;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      i += 1;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k += 1) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  // Every sequence is valid: the replacement character was in the file itself.
  return undefined;
}

/** 1-based line and column (in characters) of a byte offset, as editors count them. */
function lineAndColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  let column = 1;
  for (let i = lineStart; i < offset; i += 1) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) column += 1;
  return { line, column };
}
