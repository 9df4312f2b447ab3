import { promises as fsp } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { atomicWrite, type WriteSteps } from './atomic-write.ts';
import { readTextFile } from './read-text-file.ts';

/** A draft as kept on disk: the renderer's buffer plus the file it belongs to (main-side only). */
export interface StoredDraft {
  draftId: string;
  /** The file the buffer belongs to, or null for an untitled document. Never sent to the renderer. */
  filePath: string | null;
  name: string;
  text: string;
  savedAt: number;
}

/** Draft ids are UUIDs; the pattern keeps a forged id from ever naming a file outside the drafts folder. */
export const draftIdPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface DraftStoreOptions {
  now?: () => number;
  steps?: WriteSteps;
}

/**
 * Unsaved buffers, one JSON file per draft in the app's data folder, so a crash, a kill or a power
 * cut loses at most the last second of typing. Whatever is in the folder when the store is created
 * was left by a session that ended without saving; that is what `pending()` offers to restore.
 */
export class DraftStore {
  private readonly folder: string;
  private readonly now: () => number;
  private readonly steps: WriteSteps | undefined;
  /** Drafts this session wrote: the ones to clear when the user saves or chooses Don't Save. */
  private readonly ownIds = new Set<string>();
  private pendingIds: Set<string> | undefined;
  /** Writes of one draft run one after another, so an older buffer never lands after a newer one. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(folder: string, options: DraftStoreOptions = {}) {
    this.folder = folder;
    this.now = options.now ?? Date.now;
    this.steps = options.steps;
  }

  /** Lists, once, the drafts that were on disk before this session wrote any. */
  private async pendingSet(): Promise<Set<string>> {
    if (!this.pendingIds) {
      const ids = new Set<string>();
      try {
        for (const entry of await fsp.readdir(this.folder)) {
          const id = entry.endsWith('.json') ? entry.slice(0, -'.json'.length) : '';
          if (draftIdPattern.test(id) && !this.ownIds.has(id)) ids.add(id);
        }
      } catch {
        // No folder yet: nothing was ever left behind.
      }
      this.pendingIds = ids;
    }
    return this.pendingIds;
  }

  /** Call at start-up, before the first save, so this session's drafts are never mistaken for a crash's. */
  async init(): Promise<void> {
    await this.pendingSet();
  }

  /**
   * Writes (or rewrites) a draft and returns its id. The renderer may propose the id (a UUID it
   * made, so it can debounce without waiting for our answer); anything else gets a fresh one.
   */
  async save(draft: { draftId?: string; filePath: string | null; name: string; text: string }): Promise<string> {
    const pending = await this.pendingSet();
    const draftId = draft.draftId !== undefined && draftIdPattern.test(draft.draftId) ? draft.draftId : randomUUID();
    this.ownIds.add(draftId);
    // A restored draft that is being edited again belongs to this session now.
    pending.delete(draftId);
    const stored: StoredDraft = { draftId, filePath: draft.filePath, name: draft.name, text: draft.text, savedAt: this.now() };
    await this.enqueue(draftId, async () => {
      await fsp.mkdir(this.folder, { recursive: true });
      const result = await atomicWrite(this.fileOf(draftId), JSON.stringify(stored), { steps: this.steps });
      if (!result.ok) throw new Error(`Your unsaved changes could not be kept safe: ${result.message}`);
    });
    return draftId;
  }

  /** Drafts a previous session left behind, newest first. Unreadable ones are skipped, not fatal. */
  async pending(): Promise<StoredDraft[]> {
    const drafts: StoredDraft[] = [];
    for (const id of await this.pendingSet()) {
      const draft = await this.read(id);
      if (draft) drafts.push(draft);
    }
    return drafts.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** Removes a draft once it is saved or the user threw it away. Ids that are not ours are ignored. */
  async discard(draftId: string): Promise<void> {
    if (!draftIdPattern.test(draftId)) return;
    const pending = await this.pendingSet();
    await this.enqueue(draftId, async () => {
      await fsp.rm(this.fileOf(draftId), { force: true });
    });
    this.ownIds.delete(draftId);
    pending.delete(draftId);
  }

  /** Removes every draft this session wrote for a file, once that file is saved. */
  async discardForFile(filePath: string): Promise<void> {
    for (const id of [...this.ownIds]) {
      const draft = await this.read(id);
      if (draft?.filePath === filePath) await this.discard(id);
    }
  }

  /** Removes every draft this session wrote (the user closed the window and chose Don't Save). */
  async discardSession(): Promise<void> {
    for (const id of [...this.ownIds]) await this.discard(id);
  }

  private async read(draftId: string): Promise<StoredDraft | undefined> {
    try {
      const read = await readTextFile(this.fileOf(draftId));
      if (!read.ok) return undefined;
      const value: unknown = JSON.parse(read.text);
      if (!isStoredDraft(value) || value.draftId !== draftId) return undefined;
      return value;
    } catch {
      return undefined;
    }
  }

  private fileOf(draftId: string): string {
    return path.join(this.folder, `${draftId}.json`);
  }

  private enqueue(draftId: string, task: () => Promise<void>): Promise<void> {
    const previous = this.queues.get(draftId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    this.queues.set(draftId, next);
    return next;
  }
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.draftId === 'string' &&
    (v.filePath === null || typeof v.filePath === 'string') &&
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    typeof v.savedAt === 'number'
  );
}
