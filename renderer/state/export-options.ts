import type { PaperSize } from '../../host-api/api.ts';
import type { KeyValueStore } from '../host/key-value-store.ts';

const paperKey = 'rungs.export.paper';

/** The paper size for HTML and PDF exports, as last chosen (A4 by default, like the CLI). */
export function loadPaper(store: KeyValueStore): PaperSize {
  return store.getItem(paperKey) === 'letter' ? 'letter' : 'a4';
}

export function savePaper(store: KeyValueStore, paper: PaperSize): void {
  try {
    store.setItem(paperKey, paper);
  } catch {
    // Storage full or refused: the choice still holds for this session.
  }
}

/**
 * The `tracks` of an export request: undefined (every track) unless the user unticked some of
 * the framework's tracks. The choice is kept as the tracks left out, so a track added to the
 * framework later is exported until it is unticked too.
 */
export function tracksToExport(trackIds: readonly string[], excluded: ReadonlySet<string>): string[] | undefined {
  const kept = trackIds.filter((id) => !excluded.has(id));
  if (kept.length === trackIds.length || kept.length === 0) return undefined;
  return kept;
}

/** Ticks or unticks a track; the last ticked track stays ticked, since an export needs one. */
export function toggleTrack(trackIds: readonly string[], excluded: ReadonlySet<string>, trackId: string): ReadonlySet<string> {
  const next = new Set(excluded);
  if (next.has(trackId)) {
    next.delete(trackId);
    return next;
  }
  if (trackIds.filter((id) => !next.has(id)).length <= 1) return excluded;
  next.add(trackId);
  return next;
}
