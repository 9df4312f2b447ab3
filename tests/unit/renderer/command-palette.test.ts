import { describe, expect, it } from 'vitest';
import { commands } from '../../../host-api/commands.ts';
import { fuzzyMatch } from '../../../renderer/palette/fuzzy-match.ts';
import { paletteItems } from '../../../renderer/palette/palette-items.ts';
import type { KeyContext } from '../../../renderer/shell/shortcuts.ts';

const linux: KeyContext = { platform: 'other', host: 'browser' };
const clean = { hasFile: true, dirty: false };

describe('fuzzy matching', () => {
  it('matches characters in order, ignoring case and spaces', () => {
    // "p" goes to the start of PDF rather than to "ex-p-ort": word starts count most.
    expect(fuzzyMatch('expdf', 'Export PDF…')?.indices).toEqual([0, 1, 7, 8, 9]);
    expect(fuzzyMatch('export pdf', 'Export PDF…')).not.toBeNull();
    expect(fuzzyMatch('pdfx', 'Export PDF…')).toBeNull();
    expect(fuzzyMatch('', 'Save')).toEqual({ score: 0, indices: [] });
  });

  it('prefers word starts and runs over scattered letters', () => {
    // "sa" is Save As; the a in the middle of "Parity" is not a place a word starts.
    expect(fuzzyMatch('sa', 'Save As…')).not.toBeNull();
    expect(fuzzyMatch('sa', 'Show Parity Matrix')).toBeNull();
    expect(fuzzyMatch('ep', 'Export PDF…')?.indices).toEqual([0, 7]);
    // A piece from inside a word still matches, below any word-start match.
    expect(fuzzyMatch('port', 'Export PDF…')?.indices).toEqual([2, 3, 4, 5]);
    expect(fuzzyMatch('port', 'Export PDF…')!.score).toBeLessThan(fuzzyMatch('ex', 'Export PDF…')!.score);
    // The best alignment wins, not the first: "pm" lands on Parity Matrix's capitals.
    expect(fuzzyMatch('pm', 'Toggle Parity Matrix')?.indices).toEqual([7, 14]);
  });
});

describe('the command palette list', () => {
  it('lists every palette command of the table for an empty query, with shortcuts', () => {
    const items = paletteItems('', clean, linux);
    expect(items.map((i) => i.id)).toEqual(commands.filter((c) => c.places.palette !== false).map((c) => c.id));
    expect(items.find((i) => i.id === 'save')?.shortcut).toBe('Ctrl+S');
    expect(items.some((i) => i.id === 'command-palette')).toBe(false);
  });

  it('puts Export PDF first for "export pdf" and for "pdf"', () => {
    expect(paletteItems('export pdf', clean, linux)[0]?.id).toBe('export-pdf');
    expect(paletteItems('pdf', clean, linux)[0]?.id).toBe('export-pdf');
    expect(paletteItems('pdf', clean, linux)[0]?.shortcut).toBe('Ctrl+P');
  });

  it('also matches the category, as in "file save"', () => {
    const [first] = paletteItems('file save', clean, linux);
    expect(first?.id).toBe('save');
    // Highlights stay on the title that is shown.
    expect(first?.highlights).toEqual([0, 1, 2, 3]);
  });

  it('marks commands that cannot run now', () => {
    expect(paletteItems('revert', clean, linux)[0]).toMatchObject({ id: 'revert', enabled: false });
    expect(paletteItems('revert', { hasFile: true, dirty: true }, linux)[0]).toMatchObject({ id: 'revert', enabled: true });
  });
});
