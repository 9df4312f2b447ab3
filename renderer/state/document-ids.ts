import type { IdIndex } from '../editor/id-index.ts';

/** The ids of the newest checked text, as the check worker indexed them. */
export interface PublishedIds {
  /** The exact text the index describes: its positions are valid only in this text. */
  text: string;
  index: IdIndex;
}

let latest: PublishedIds | undefined;
const listeners = new Set<(ids: PublishedIds) => void>();

/**
 * Hands the id index of each check answer to the editor's language features (completion of ids,
 * go to definition, find references). One studio edits one document, so one slot is enough; the
 * index arrives with the diagnostics, at no cost to the typing thread.
 */
export function publishIds(ids: PublishedIds): void {
  latest = ids;
  for (const listener of listeners) listener(ids);
}

/** The newest published index, or undefined before the first check. */
export function latestIds(): PublishedIds | undefined {
  return latest;
}

/** Calls `listener` with every newly published index; returns the unsubscribe function. */
export function onIdsPublished(listener: (ids: PublishedIds) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
