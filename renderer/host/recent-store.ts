import type { RecentFile } from '../../host-api/api.ts';
import { readJson, type KeyValueStore } from './key-value-store.ts';

const key = 'rungs.recent';
/** How many files Open Recent lists. */
export const maxRecent = 8;
/** Larger files are listed but not kept: local storage holds only a few megabytes. */
export const maxKeptChars = 1_000_000;

export interface RecentEntry extends RecentFile {
  /** The file's text when it was last opened or saved, so the browser can reopen it. */
  text: string | null;
  openedAt: number;
}

function isEntry(value: unknown): value is RecentEntry {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.recentId === 'string' && typeof v.name === 'string' && typeof v.displayPath === 'string' && typeof v.openedAt === 'number' && (v.text === null || typeof v.text === 'string');
}

/**
 * Recently opened files for the browser studio. A browser cannot reopen a file by path, so each
 * entry keeps the text as it was last opened or saved (when it fits).
 */
export class RecentStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly now: () => number = Date.now,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  list(): RecentEntry[] {
    const value = readJson(this.store, key);
    return Array.isArray(value) ? value.filter(isEntry).sort((a, b) => b.openedAt - a.openedAt) : [];
  }

  get(recentId: string): RecentEntry | undefined {
    return this.list().find((e) => e.recentId === recentId);
  }

  /** Puts the file at the top of the list (replacing an entry with the same name). */
  remember(name: string, displayPath: string, text: string): void {
    const others = this.list().filter((e) => e.displayPath !== displayPath);
    const entry: RecentEntry = { recentId: this.newId(), name, displayPath, text: text.length <= maxKeptChars ? text : null, openedAt: this.now() };
    let entries = [entry, ...others].slice(0, maxRecent);
    // When storage is full, keep the newest entries and drop the oldest texts first.
    for (;;) {
      try {
        this.store.setItem(key, JSON.stringify(entries));
        return;
      } catch {
        const withText = entries.map((e, i) => (e.text !== null && i > 0 ? i : -1)).filter((i) => i >= 0);
        const last = withText[withText.length - 1];
        if (last === undefined) return;
        entries = entries.map((e, i) => (i === last ? { ...e, text: null } : e));
      }
    }
  }
}
