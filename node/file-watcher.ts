import { watch as fsWatch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { hashText } from './document-store.ts';
import { readTextFile } from './read-text-file.ts';

/** The open file changed on disk: the text now there, or null when it was deleted or became unreadable. */
export interface ExternalChange {
  documentId: string;
  text: string | null;
}

// The same hash the document store keeps, so both agree on what "unchanged" means.
export { hashText };

export interface FileWatcherOptions {
  /** Editors save in bursts (truncate, write, rename); wait for the burst to settle. */
  settleMs?: number;
  /** Injectable so a test can drive events without waiting on the OS. */
  watch?: (folder: string, listener: (filename: string | null) => void) => { close(): void };
}

function watchFolder(folder: string, listener: (filename: string | null) => void): FSWatcher {
  return fsWatch(folder, { persistent: false }, (_event, filename) => listener(filename === null ? null : String(filename)));
}

interface Watched {
  documentId: string;
  file: string;
  /** Hash of the text we last read or wrote: a change to this exact text is our own save. */
  knownHash: string | null;
  handle: { close(): void };
  timer: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Tells the studio when an open file changes on disk behind its back. It watches the file's
 * folder rather than the file, because atomic saves (ours and most editors') replace the file
 * with a new one, which ends a watch on the old one. Content hashes keep our own saves, and
 * touches that change nothing, from raising a prompt.
 */
export class FileWatcher {
  private readonly watched = new Map<string, Watched>();
  private readonly settleMs: number;
  private readonly watch: NonNullable<FileWatcherOptions['watch']>;
  private readonly onChange: (change: ExternalChange) => void;

  constructor(onChange: (change: ExternalChange) => void, options: FileWatcherOptions = {}) {
    this.onChange = onChange;
    this.settleMs = options.settleMs ?? 150;
    this.watch = options.watch ?? watchFolder;
  }

  /** Starts (or restarts) watching a document's file; `text` is what the studio has loaded. */
  watchDocument(documentId: string, file: string, text: string): void {
    this.unwatch(documentId);
    const base = path.basename(file);
    const entry: Watched = { documentId, file, knownHash: hashText(text), handle: { close() {} }, timer: undefined };
    try {
      entry.handle = this.watch(path.dirname(file), (filename) => {
        // Some platforms omit the name; then any change in the folder is worth a look.
        if (filename === null || filename === base) this.schedule(entry);
      });
    } catch {
      // A folder we cannot watch (some network drives): the studio still works, just without prompts.
    }
    this.watched.set(documentId, entry);
  }

  /** Records text we just wrote (or reloaded), so the event our own save causes is ignored. */
  noteText(documentId: string, text: string): void {
    this.noteHash(documentId, hashText(text));
  }

  /** The hash of the text we last knew the file held (undefined: not watched), to restore after a failed save. */
  knownHash(documentId: string): string | null | undefined {
    return this.watched.get(documentId)?.knownHash;
  }

  noteHash(documentId: string, hash: string | null): void {
    const entry = this.watched.get(documentId);
    if (entry) entry.knownHash = hash;
  }

  unwatch(documentId: string): void {
    const entry = this.watched.get(documentId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.handle.close();
    this.watched.delete(documentId);
  }

  close(): void {
    for (const id of [...this.watched.keys()]) this.unwatch(id);
  }

  private schedule(entry: Watched): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = undefined;
      void this.check(entry);
    }, this.settleMs);
  }

  /** Compares the file with what we know; reports a change once, then treats it as known. */
  async check(entry: Watched): Promise<void> {
    const read = await readTextFile(entry.file);
    if (this.watched.get(entry.documentId) !== entry) return;
    const hash = read.ok ? hashText(read.text) : null;
    if (hash === entry.knownHash) return;
    entry.knownHash = hash;
    this.onChange({ documentId: entry.documentId, text: read.ok ? read.text : null });
  }
}
