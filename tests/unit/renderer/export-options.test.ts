import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../../renderer/host/key-value-store.ts';
import { loadPaper, savePaper, toggleTrack, tracksToExport } from '../../../renderer/state/export-options.ts';

describe('export options', () => {
  it('remembers the paper size, A4 until Letter is chosen', () => {
    const store = memoryStore();
    expect(loadPaper(store)).toBe('a4');
    savePaper(store, 'letter');
    expect(loadPaper(store)).toBe('letter');
    store.setItem('rungs.export.paper', 'tabloid');
    expect(loadPaper(store)).toBe('a4');
  });

  it('sends no track list while every track is ticked, and the ticked ones otherwise', () => {
    const ids = ['ic', 'management', 'design'];
    let excluded: ReadonlySet<string> = new Set();
    expect(tracksToExport(ids, excluded)).toBeUndefined();
    excluded = toggleTrack(ids, excluded, 'management');
    expect(tracksToExport(ids, excluded)).toEqual(['ic', 'design']);
    // A track added to the framework later is exported until unticked.
    expect(tracksToExport([...ids, 'data'], excluded)).toEqual(['ic', 'design', 'data']);
    excluded = toggleTrack(ids, excluded, 'management');
    expect(tracksToExport(ids, excluded)).toBeUndefined();
  });

  it('keeps the last ticked track ticked', () => {
    const ids = ['ic', 'management'];
    const one = toggleTrack(ids, new Set(), 'ic');
    expect(toggleTrack(ids, one, 'management')).toBe(one);
    expect(tracksToExport(ids, one)).toEqual(['management']);
  });
});
