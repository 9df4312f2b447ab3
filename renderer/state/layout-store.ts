import { readJson, type KeyValueStore } from '../host/key-value-store.ts';

/** Where the studio remembers its panes between sessions. */
export interface Layout {
  /** The editor's share of the editor+preview width, 0..1. */
  split: number;
  outlineOpen: boolean;
  problemsOpen: boolean;
  previewOpen: boolean;
}

const key = 'rungs.layout';
export const defaultLayout: Layout = { split: 0.5, outlineOpen: true, problemsOpen: true, previewOpen: true };

/** Keeps both panes usable: neither side may shrink below a fifth of the width. */
export function clampSplit(split: number): number {
  if (!Number.isFinite(split)) return defaultLayout.split;
  return Math.min(0.8, Math.max(0.2, split));
}

export function loadLayout(store: KeyValueStore): Layout {
  const value = readJson(store, key);
  if (!value || typeof value !== 'object') return { ...defaultLayout };
  const v = value as Partial<Record<keyof Layout, unknown>>;
  const flag = (name: 'outlineOpen' | 'problemsOpen' | 'previewOpen') => (typeof v[name] === 'boolean' ? (v[name] as boolean) : defaultLayout[name]);
  return {
    split: typeof v.split === 'number' ? clampSplit(v.split) : defaultLayout.split,
    outlineOpen: flag('outlineOpen'),
    problemsOpen: flag('problemsOpen'),
    previewOpen: flag('previewOpen'),
  };
}

export function saveLayout(store: KeyValueStore, layout: Layout): void {
  try {
    store.setItem(key, JSON.stringify({ ...layout, split: clampSplit(layout.split) }));
  } catch {
    // Full storage only costs the remembered layout.
  }
}
