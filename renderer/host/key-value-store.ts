/** The slice of the Web Storage API the browser host uses, so its stores can be tested with a Map. */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A Map-backed store, for tests and for browsers that refuse local storage (private modes). */
export function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (index) => [...map.keys()][index] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

/** Local storage when the browser allows it, else memory (the studio still works, without recovery). */
export function browserStore(): KeyValueStore {
  try {
    const storage = window.localStorage;
    const probe = 'rungs.probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStore();
  }
}

/** Parses JSON written by an earlier session; anything unreadable counts as absent. */
export function readJson(store: KeyValueStore, key: string): unknown {
  const raw = store.getItem(key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
