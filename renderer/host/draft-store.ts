import type { Draft } from '../../host-api/api.ts';
import { readJson, type KeyValueStore } from './key-value-store.ts';

const prefix = 'rungs.draft:';
/** Each open studio tab refreshes `rungs.session:<id>` with the time, so others can tell it is alive. */
const sessionPrefix = 'rungs.session:';
/** Written when a session's page goes away normally (reload, close): its drafts were not left by a crash. */
const endedPrefix = 'rungs.session-ended:';

/** How often a live session refreshes its heartbeat. */
export const heartbeatIntervalMs = 5000;
/**
 * A heartbeat older than this (three missed beats) means the session is gone. Browsers throttle
 * timers in hidden tabs, some to once a minute, so wherever Web Locks exist they decide instead.
 */
export const heartbeatStaleMs = 15_000;

/** The lock a live tab holds for its whole life (Web Locks API); the browser releases it when the tab closes or crashes. */
export function sessionLockName(sessionId: string): string {
  return sessionPrefix + sessionId;
}

/** The slice of `navigator.locks` used here, so it can be faked in tests. */
export interface LockQuery {
  query(): Promise<{ held?: { name?: string }[] }>;
}

/** Sessions holding their lock now, or undefined where the browser has no Web Locks. */
export async function lockedSessions(locks: LockQuery | undefined): Promise<ReadonlySet<string> | undefined> {
  if (!locks) return undefined;
  try {
    const snapshot = await locks.query();
    const ids = new Set<string>();
    for (const lock of snapshot.held ?? []) {
      if (lock.name?.startsWith(sessionPrefix)) ids.add(lock.name.slice(sessionPrefix.length));
    }
    return ids;
  } catch {
    return undefined;
  }
}

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

  /** Tells other tabs this session is alive; call every `heartbeatIntervalMs`. */
  beat(): void {
    try {
      this.store.setItem(sessionPrefix + this.sessionId, String(this.now()));
    } catch {
      // Storage is full: saving a draft will fail too and say so; a missing beat only risks an early offer.
    }
  }

  /** The session ends normally (the tab is closing): its drafts may be offered at once. */
  end(): void {
    this.store.removeItem(sessionPrefix + this.sessionId);
    try {
      this.store.setItem(endedPrefix + this.sessionId, String(this.now()));
    } catch {
      // Storage full: its drafts will read as left by a crash, which is the safe side.
    }
  }

  /** The page came back (from the back/forward cache): the session is alive again. */
  resume(): void {
    this.store.removeItem(endedPrefix + this.sessionId);
    this.beat();
  }

  /**
   * Drafts of sessions that ended without saving (crash, kill, a tab closed with unsaved
   * changes), newest first. A draft of a tab that is still open is that tab's live copy: offering
   * it here would call it "recovered" and let Discard delete it. `locked` (sessions holding their
   * Web Lock) decides where the browser has locks; otherwise a fresh heartbeat means alive.
   */
  leftBehind(locked?: ReadonlySet<string>): Draft[] {
    const alive = (sessionId: string): boolean => {
      if (sessionId === this.sessionId) return true;
      if (locked) return locked.has(sessionId);
      const beat = Number(this.store.getItem(sessionPrefix + sessionId));
      return Number.isFinite(beat) && beat > 0 && this.now() - beat < heartbeatStaleMs;
    };
    this.pruneHeartbeats();
    const drafts = this.all();
    this.pruneEndings(new Set(drafts.map((d) => d.sessionId)));
    return drafts
      .filter((d) => !alive(d.sessionId))
      .sort((a, b) => b.savedAt - a.savedAt)
      .map(({ sessionId, ...draft }) => ({ ...draft, ending: this.store.getItem(endedPrefix + sessionId) === null ? 'crashed' : 'closed' }));
  }

  discard(draftId: string): void {
    this.store.removeItem(prefix + draftId);
  }

  /** Heartbeats of sessions long gone would otherwise pile up, one per tab ever opened. */
  private pruneHeartbeats(): void {
    const stale: string[] = [];
    for (let i = 0; i < this.store.length; i += 1) {
      const key = this.store.key(i);
      if (!key?.startsWith(sessionPrefix) || key === sessionPrefix + this.sessionId) continue;
      const beat = Number(this.store.getItem(key));
      if (!Number.isFinite(beat) || this.now() - beat >= heartbeatStaleMs) stale.push(key);
    }
    for (const key of stale) this.store.removeItem(key);
  }

  /** An ending marker matters only while its session still has drafts. */
  private pruneEndings(withDrafts: ReadonlySet<string>): void {
    const gone: string[] = [];
    for (let i = 0; i < this.store.length; i += 1) {
      const key = this.store.key(i);
      if (key?.startsWith(endedPrefix) && !withDrafts.has(key.slice(endedPrefix.length))) gone.push(key);
    }
    for (const key of gone) this.store.removeItem(key);
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
