import type { IncludedFile, RecentFile } from '../../host-api/api.ts';
import { readJson, type KeyValueStore } from './key-value-store.ts';

const key = 'rungs.recent';
/** How many files Open Recent lists. */
export const maxRecent = 8;
/** Larger files are listed but not kept: local storage holds only a few megabytes. */
export const maxKeptChars = 1_000_000;

export interface RecentEntry extends RecentFile {
  /** The file's text when it was last opened or saved, so the browser can reopen it. */
  text: string | null;
  /** The libraries opened with it, kept with the text so reopening checks it the same way. */
  libraries?: IncludedFile[];
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

  /**
   * Puts the file at the top of the list (replacing an entry with the same name). Libraries left
   * out keep those the entry had: a save rewrites the framework, not what it includes.
   */
  remember(name: string, displayPath: string, text: string, libraries?: readonly IncludedFile[]): void {
    const previous = this.list().find((e) => e.displayPath === displayPath);
    const others = this.list().filter((e) => e.displayPath !== displayPath);
    const kept = [...(libraries ?? previous?.libraries ?? [])];
    const fits = text.length + kept.reduce((n, l) => n + l.text.length, 0) <= maxKeptChars;
    const entry: RecentEntry = { recentId: this.newId(), name, displayPath, text: fits ? text : null, ...(fits && kept.length > 0 ? { libraries: kept } : {}), openedAt: this.now() };
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
        entries = entries.map((e, i) => (i === last ? { ...e, text: null, libraries: undefined } : e));
      }
    }
  }
}
