import { promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { OpenedDocument } from '../api.ts';
import { atomicWrite, errorCode, type WriteResult, type WriteSteps } from './atomic-write.ts';

/** Bigger than any real framework by far; beyond this the editor would crawl, so we refuse politely. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Extensions a framework (or a CSV to import) may have; anything else is refused before reading. */
export const frameworkExtensions = ['.yaml', '.yml'] as const;

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };
export type OpenResult = { ok: true; document: OpenedDocument } | { ok: false; message: string };

/**
 * Reads a file as UTF-8 text, refusing what would hang or garble the editor: files over the size
 * limit, binary files (a NUL byte in the first 8 KB, the same test git uses), invalid UTF-8.
 * A leading byte-order mark is dropped; line endings are kept as they are.
 */
export async function readTextFile(file: string, maxBytes = MAX_DOCUMENT_BYTES): Promise<ReadResult> {
  const name = path.basename(file);
  let bytes: Buffer;
  try {
    const info = await fsp.stat(file);
    if (!info.isFile()) return { ok: false, message: `${name} is not a file.` };
    if (info.size > maxBytes) {
      return { ok: false, message: `${name} is ${megabytes(info.size)} MB; Rungs opens files up to ${megabytes(maxBytes)} MB.` };
    }
    bytes = await fsp.readFile(file);
  } catch (error) {
    return { ok: false, message: describeReadError(error, file) };
  }
  if (bytes.length > maxBytes) {
    return { ok: false, message: `${name} is ${megabytes(bytes.length)} MB; Rungs opens files up to ${megabytes(maxBytes)} MB.` };
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    return { ok: false, message: `${name} looks like a binary file, not YAML text.` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, message: `${name} is not UTF-8 text. Save it as UTF-8 in your editor and open it again.` };
  }
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

function describeReadError(error: unknown, file: string): string {
  const name = path.basename(file);
  switch (errorCode(error)) {
    case 'ENOENT':
      return `${name} no longer exists at ${path.dirname(file)}.`;
    case 'EACCES':
    case 'EPERM':
      return `Rungs is not allowed to read ${name}.`;
    case 'EISDIR':
      return `${name} is a folder, not a file.`;
    default:
      return `${name} could not be read (${errorCode(error) ?? 'unknown error'}).`;
  }
}

export interface DocumentStoreOptions {
  maxBytes?: number;
  /** Injected into every save, so tests can simulate failures. */
  steps?: WriteSteps;
}

/**
 * The files the studio has open, named by opaque ids. The renderer only ever holds ids: every path
 * here came from a dialog main opened, the OS (argv, open-file), Open Recent, or a dropped file.
 */
export class DocumentStore {
  private readonly pathsById = new Map<string, string>();
  private readonly idsByPath = new Map<string, string>();
  private readonly maxBytes: number;
  private readonly steps: WriteSteps | undefined;

  constructor(options: DocumentStoreOptions = {}) {
    this.maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
    this.steps = options.steps;
  }

  /** The id for a path, the same one each time, so reopening a file keeps its identity. */
  idFor(file: string): string {
    const key = path.resolve(file);
    let id = this.idsByPath.get(key);
    if (!id) {
      id = randomUUID();
      this.idsByPath.set(key, id);
      this.pathsById.set(id, key);
    }
    return id;
  }

  pathOf(documentId: string): string | undefined {
    return this.pathsById.get(documentId);
  }

  /** Opens a file whose path main obtained itself; never call it with a path the renderer sent. */
  async open(file: string): Promise<OpenResult> {
    const absolute = path.resolve(file);
    const read = await readTextFile(absolute, this.maxBytes);
    if (!read.ok) return read;
    return { ok: true, document: this.describe(absolute, read.text) };
  }

  /** Re-reads an open document from disk (Revert, or reloading after an external change). */
  async revert(documentId: string): Promise<OpenResult> {
    const file = this.pathOf(documentId);
    if (!file) return { ok: false, message: 'This document is not open any more.' };
    return this.open(file);
  }

  /** Saves over the document's file. A document whose file has gone is refused, not recreated. */
  async save(documentId: string, text: string): Promise<WriteResult & { file?: string }> {
    const file = this.pathOf(documentId);
    if (!file) return { ok: false, message: 'This document is not open any more: use Save As.' };
    const result = await atomicWrite(file, text, { backup: true, mustExist: true, steps: this.steps });
    return result.ok ? { ok: true, file } : result;
  }

  /** Saves to a path the user chose in a Save dialog, and returns the document's (possibly new) id. */
  async saveAs(file: string, text: string): Promise<({ ok: true; documentId: string; file: string }) | { ok: false; message: string }> {
    const absolute = path.resolve(file);
    const result = await atomicWrite(absolute, text, { backup: true, steps: this.steps });
    if (!result.ok) return result;
    return { ok: true, documentId: this.idFor(absolute), file: absolute };
  }

  describe(file: string, text: string): OpenedDocument {
    return { documentId: this.idFor(file), name: path.basename(file), displayPath: file, text };
  }

  /** Whether a dropped file's name looks like a framework, checked before reading a byte of it. */
  static isFrameworkFile(file: string): boolean {
    const ext = path.extname(file).toLowerCase();
    return (frameworkExtensions as readonly string[]).includes(ext);
  }
}
