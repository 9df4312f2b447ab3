import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { templateText } from '../../../core/templates/index.ts';
import { memoryStore } from '../../../renderer/host/key-value-store.ts';
import { baseNameOf, documentTitle, timeAgo } from '../../../renderer/state/document-title.ts';
import { clampSplit, defaultLayout, loadLayout, saveLayout } from '../../../renderer/state/layout-store.ts';
import { buildOutline } from '../../../renderer/state/outline.ts';

describe('outline', () => {
  it('lists tracks and roles with the lines they occupy', () => {
    const text = templateText('spotify-style-dual-track') ?? '';
    const lines = text.split('\n');
    const { framework, parsed } = checkFramework(text);
    const outline = buildOutline(framework, parsed);
    expect(outline.map((t) => t.id)).toEqual(framework.tracks.map((t) => t.id));
    for (const track of outline) {
      for (const role of track.roles) {
        expect(lines[role.head.line - 1]).toMatch(new RegExp(`id: ${role.id}\\s*$`));
        // A click puts the cursor on the role's title, the line people recognise.
        expect(lines[role.titleKey.line - 1]?.slice(role.titleKey.column - 1)).toMatch(/^title: /);
        expect(role.range.endLine).toBeGreaterThan(role.range.line);
        expect(role.range.line).toBeGreaterThanOrEqual(track.range.line);
        expect(role.range.endLine).toBeLessThanOrEqual(track.range.endLine);
      }
    }
  });
});

describe('remembered layout', () => {
  it('keeps the split between a fifth and four fifths', () => {
    expect(clampSplit(0.05)).toBe(0.2);
    expect(clampSplit(0.95)).toBe(0.8);
    expect(clampSplit(Number.NaN)).toBe(defaultLayout.split);
  });

  it('survives a reload and shrugs off garbage', () => {
    const store = memoryStore();
    saveLayout(store, { split: 0.63, outlineOpen: false, problemsOpen: true, previewOpen: true });
    expect(loadLayout(store)).toEqual({ split: 0.63, outlineOpen: false, problemsOpen: true, previewOpen: true });
    store.setItem('rungs.layout', '"nonsense"');
    expect(loadLayout(store)).toEqual(defaultLayout);
  });
});

describe('titles and names', () => {
  it('marks unsaved changes in the window title', () => {
    expect(documentTitle('ladder.yaml', false)).toBe('ladder.yaml — Rungs');
    expect(documentTitle('ladder.yaml', true)).toBe('• ladder.yaml — Rungs');
  });

  it('names exports after the file', () => {
    expect(baseNameOf('/home/me/acme-ladder.yaml')).toBe('acme-ladder');
    expect(baseNameOf('C:\\docs\\acme.yml')).toBe('acme');
    expect(baseNameOf('.yaml')).toBe('framework');
  });

  it('says how old a draft is in words', () => {
    expect(timeAgo(0, 30_000)).toBe('moments ago');
    expect(timeAgo(0, 5 * 60_000)).toBe('5 minutes ago');
    expect(timeAgo(0, 3 * 3600_000)).toBe('3 hours ago');
  });
});
