import type { Draft } from '../../electron/api.ts';
import { readJson, type KeyValueStore } from './key-value-store.ts';

const prefix = 'rungs.draft:';

interface StoredDraft extends Draft {
  /** The session that wrote it: drafts from this session are not "left behind". */
  sessionId: string;
}

function isStoredDraft(value: unknown): value is StoredDraft {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.draftId === 'string' &&
    typeof v.name === 'string' &&
    typeof v.text === 'string' &&
    typeof v.savedAt === 'number' &&
    typeof v.sessionId === 'string' &&
    (v.documentId === null || typeof v.documentId === 'string')
  );
}

/**
 * Unsaved buffers kept in local storage (one key per draft, so a large draft never forces a
 * rewrite of the others). A draft outlives its session when the tab crashes or is killed; the
 * next session finds it with `leftBehind()` and offers to restore it.
 */
export class DraftStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly sessionId: string,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Writes the draft and returns its id. Throws when storage is full, so the caller can say so. */
  save(draft: Omit<Draft, 'draftId' | 'savedAt'> & { draftId?: string }): string {
    const draftId = draft.draftId ?? this.newId();
    const stored: StoredDraft = {
      draftId,
      documentId: draft.documentId,
      name: draft.name,
      text: draft.text,
      savedAt: this.now(),
      sessionId: this.sessionId,
    };
    this.store.setItem(prefix + draftId, JSON.stringify(stored));
    return draftId;
  }

  /** Drafts written by other sessions (ended without saving), newest first. */
  leftBehind(): Draft[] {
    return this.all()
      .filter((d) => d.sessionId !== this.sessionId)
      .sort((a, b) => b.savedAt - a.savedAt)
      .map(({ sessionId: _session, ...draft }) => draft);
  }

  discard(draftId: string): void {
    this.store.removeItem(prefix + draftId);
  }

  private all(): StoredDraft[] {
    const drafts: StoredDraft[] = [];
    for (let i = 0; i < this.store.length; i += 1) {
      const key = this.store.key(i);
      if (!key?.startsWith(prefix)) continue;
      const value = readJson(this.store, key);
      if (isStoredDraft(value)) drafts.push(value);
    }
    return drafts;
  }
}
