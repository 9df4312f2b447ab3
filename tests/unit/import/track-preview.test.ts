import { describe, expect, it } from 'vitest';
import { previewTrackImport } from '../../../core/import/index.ts';
import { templateText } from '../../../core/templates/index.ts';

const startup = templateText('startup') ?? '';
const spotify = templateText('spotify-style-dual-track') ?? '';

describe('previewing Add Track from Template', () => {
  it('shows where each template level with roles lands, top to top by default', () => {
    const preview = previewTrackImport(spotify, 'multi-discipline', 'sre');
    expect(preview).toBeDefined();
    const rows = preview?.rows ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.roles.length > 0 && !r.chosen)).toBe(true);
    // Each row lands on one of your levels, in the same order as the template's.
    const targets = rows.map((r) => preview?.yourLevels.indexOf(r.target ?? '') ?? -1);
    expect(targets.every((t) => t >= 0)).toBe(true);
    expect([...targets].sort((a, b) => a - b)).toEqual(targets);
    expect(preview?.result.text).toBeDefined();
  });

  it('follows a level map like --map, and the other rows follow the chosen one', () => {
    const preview = previewTrackImport(startup, 'big-tech', 'management', { L6: 'E3' });
    const row = preview?.rows.find((r) => r.templateLevel === 'L6');
    expect(row).toMatchObject({ target: 'E3', chosen: true });
    const next = preview?.rows.find((r) => r.templateLevel === 'L7');
    expect(next).toMatchObject({ target: 'E4', chosen: false });
    // Who each placed role would be equal to in seniority and pay, before anything is applied.
    expect(row?.twins.length).toBeGreaterThan(0);
  });

  it('warns about roles that fall off your ladder and levels where the track would stand alone', () => {
    const high = previewTrackImport(startup, 'big-tech', 'management', { L6: 'E3' });
    expect(high?.rows.filter((r) => r.target === undefined).map((r) => r.templateLevel)).toEqual(['L9', 'L10']);
    // Startup's ladder has roles on every level, so nothing stands alone there; a new, empty level does.
    const withEmptyLevel = startup.replace('  - id: E1\n', '  - id: E0\n  - id: E1\n');
    const low = previewTrackImport(withEmptyLevel, 'big-tech', 'management', { L6: 'E0' });
    expect(low?.unstaffedLevels).toEqual(['E0']);
    // The importer's notes say whom each role was twinned with, to read before applying.
    expect(low?.result.notes.some((n) => /equivalent/.test(n))).toBe(true);
  });

  it('lists the problems the result would add, and ignores choices naming no level', () => {
    const preview = previewTrackImport(startup, 'big-tech', 'management', { L6: 'NOPE' });
    expect(preview?.rows.every((r) => !r.chosen)).toBe(true);
    expect(Array.isArray(preview?.newProblems)).toBe(true);
    expect(previewTrackImport(startup, 'no-such-template', 'x')).toBeUndefined();
    expect(previewTrackImport(startup, 'big-tech', 'no-such-track')).toBeUndefined();
  });
});
