import { promises as fsp } from 'node:fs';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { atomicWrite, type WriteFailure, type WriteSteps } from './atomic-write.ts';
import type { IncludedFile, LibraryProblem } from '../core/include/host.ts';
import { errorCode } from './errors.ts';
import { readLibraries } from './read-libraries.ts';
import { readTextFile } from './read-text-file.ts';

/** The studio's view of an open file (the host contract's OpenedDocument has the same shape). */
export interface OpenedFile {
  /** Opaque id for later saves; the renderer never sees the path behind it. */
  documentId: string;
  name: string;
  displayPath: string;
  text: string;
  /** The libraries its `include` names, read with it (see read-libraries.ts), and those it could not read. */
  libraries?: IncludedFile[];
  libraryProblems?: LibraryProblem[];
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Extensions a framework may have; a dropped file with any other is refused before reading. */
export const frameworkExtensions = ['.yaml', '.yml'] as const;

export type OpenResult = { ok: true; document: OpenedFile } | { ok: false; message: string };

/** A failed save, with what the studio user can still do: their text is still in the editor. */
function saveFailure(failure: WriteFailure): { ok: false; message: string } {
  return { ok: false, message: `${failure.message} Your text is still in the editor: use Save As to choose where to keep it.` };
}

export interface DocumentStoreOptions {
  /** The largest file it opens, in bytes; the one limit of readTextFile unless a test sets a smaller one. */
  maxBytes?: number;
  /** Injected into every save, so tests can simulate failures. */
  steps?: WriteSteps;
}

/** A refused save, in words for the user; `conflict` when another program changed the file. */
export type SaveFailure = { ok: false; message: string; conflict?: true };
export type SaveResult = { ok: true; file: string } | SaveFailure;

export const conflictMessage = 'The file changed on disk since you opened it. Reload it or use Save As…';

/**
 * The files the studio has open, named by opaque ids. The renderer only ever holds ids: every path
 * here came from a dialog main opened, the OS (argv, open-file), Open Recent, or a dropped file.
 *
 * It also remembers what each file held when we last read or wrote it, so a Save never silently
 * overwrites what another program wrote meanwhile; and it runs the saves of one file one after
 * another, so an older text can never land after a newer one.
 */
export class DocumentStore {
  private readonly pathsById = new Map<string, string>();
  private readonly idsByPath = new Map<string, string>();
  /** By path: the hash of the text the studio last read, wrote or was told about (null: unreadable). */
  private readonly knownHashes = new Map<string, string | null>();
  /** The folder each file was opened from (Open Folder), which its includes may not leave. */
  private readonly includeRoots = new Map<string, string>();
  /** By path: the save in progress, which the next one waits for. */
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly maxBytes: number | undefined;
  private readonly steps: WriteSteps | undefined;

  constructor(options: DocumentStoreOptions = {}) {
    this.maxBytes = options.maxBytes;
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

  /**
   * Opens a file whose path main obtained itself; never call it with a path the renderer sent.
   * `includeRoot` is the folder the user opened it from (Open Folder), which its includes may not
   * leave; Revert keeps it, any other open of the file goes back to the repository or its folder.
   */
  async open(file: string, options: { includeRoot?: string } = {}): Promise<OpenResult> {
    const absolute = path.resolve(file);
    if (options.includeRoot !== undefined) this.includeRoots.set(absolute, path.resolve(options.includeRoot));
    else this.includeRoots.delete(absolute);
    const read = await this.read(absolute);
    if (!read.ok) return { ok: false, message: read.message };
    this.knownHashes.set(absolute, hashText(read.text));
    return { ok: true, document: { ...this.describe(absolute, read.text), ...this.librariesOf(absolute, read.text) } };
  }

  /** Re-reads an open document from disk (Revert, or reloading after an external change). */
  async revert(documentId: string): Promise<OpenResult> {
    const file = this.pathOf(documentId);
    if (!file) return { ok: false, message: 'This document is not open any more.' };
    const includeRoot = this.includeRoots.get(file);
    return this.open(file, includeRoot !== undefined ? { includeRoot } : {});
  }

  /**
   * Records that the user has been shown what is on disk now (the studio reported an outside
   * change and offered to reload): saving over it afterwards is their choice, not a silent loss.
   */
  acknowledgeDiskText(documentId: string, text: string | null): void {
    const file = this.pathOf(documentId);
    if (file) this.knownHashes.set(file, text === null ? null : hashText(text));
  }

  /**
   * Saves over the document's file. Refused when the file has gone (it is not recreated) or when
   * its content is no longer what we last read or wrote (another program changed it).
   * `beforeWrite` runs once the save is sure to be attempted, just before the file changes, so
   * the caller can tell its file watcher to expect this text.
   */
  async save(documentId: string, text: string, hooks: { beforeWrite?: () => void } = {}): Promise<SaveResult> {
    const file = this.pathOf(documentId);
    if (!file) return { ok: false, message: 'This document is not open any more: use Save As.' };
    return this.enqueue(file, async (): Promise<SaveResult> => {
      const conflict = await this.changedOnDisk(file);
      if (conflict) return { ok: false, conflict: true, message: conflictMessage };
      hooks.beforeWrite?.();
      const result = await atomicWrite(file, text, { backup: true, mustExist: true, steps: this.steps, displayName: path.basename(file) });
      if (!result.ok) return saveFailure(result);
      this.knownHashes.set(file, hashText(text));
      return { ok: true, file };
    });
  }

  /** Saves to a path the user chose in a Save dialog, and returns the document's (possibly new) id. */
  async saveAs(file: string, text: string): Promise<({ ok: true; documentId: string; file: string }) | { ok: false; message: string }> {
    const absolute = path.resolve(file);
    // The user picked this path and confirmed any overwrite in the dialog: no conflict check.
    return this.enqueue(absolute, async () => {
      const result = await atomicWrite(absolute, text, { backup: true, steps: this.steps, displayName: path.basename(absolute) });
      if (!result.ok) return saveFailure(result);
      this.knownHashes.set(absolute, hashText(text));
      return { ok: true as const, documentId: this.idFor(absolute), file: absolute };
    });
  }

  /**
   * The libraries a framework includes, read as `rungs validate` reads them, so the studio checks
   * it the same way (after an open, a revert, and a save, whose `include` may have changed).
   */
  librariesOf(file: string, text: string): { libraries?: IncludedFile[]; libraryProblems?: LibraryProblem[] } {
    const absolute = path.resolve(file);
    const { libraries, problems } = readLibraries(absolute, text, this.includeRoots.get(absolute));
    return { ...(libraries.length > 0 ? { libraries } : {}), ...(problems.length > 0 ? { libraryProblems: problems } : {}) };
  }

  describe(file: string, text: string): OpenedFile {
    return { documentId: this.idFor(file), name: path.basename(file), displayPath: file, text };
  }

  /**
   * Whether the file no longer holds what we last knew of it. Nothing known (a draft restored after
   * a crash, whose file this session never read) is not a conflict: the user chose to save it.
   * A file that has gone is left to atomicWrite, which explains that case itself.
   */
  private async changedOnDisk(file: string): Promise<boolean> {
    if (!this.knownHashes.has(file)) return false;
    const known = this.knownHashes.get(file) ?? null;
    const read = await this.read(file);
    if (!read.ok) {
      try {
        await fsp.stat(file);
      } catch (error) {
        if (errorCode(error) === 'ENOENT') return false;
      }
      return known !== null;
    }
    return hashText(read.text) !== known;
  }

  /** Reads through the one safe reader, naming the file by its base name as the studio shows it. */
  private read(file: string) {
    return readTextFile(file, { displayName: path.basename(file), ...(this.maxBytes === undefined ? {} : { maxBytes: this.maxBytes }) });
  }

  /** Runs `task` after every earlier task for the same file has finished, failed or not. */
  private enqueue<T>(file: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(file, next);
    // Forget a finished queue, so the map does not grow with every file ever saved.
    const forget = () => {
      if (this.queues.get(file) === next) this.queues.delete(file);
    };
    next.then(forget, forget);
    return next;
  }

  /** Whether a dropped file's name looks like a framework, checked before reading a byte of it. */
  static isFrameworkFile(file: string): boolean {
    const ext = path.extname(file).toLowerCase();
    return (frameworkExtensions as readonly string[]).includes(ext);
  }
}
