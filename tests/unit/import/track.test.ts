import { describe, expect, it } from 'vitest';
import { isSeq, parse, parseDocument } from 'yaml';
import { checkFramework } from '../../../core/check.ts';
import { importTrack } from '../../../core/import/track.ts';
import { templateText } from '../../../core/templates/index.ts';

/** A small IC-only framework with comments and flow style, on levels the templates do not use. */
const acme = `# Acme's ladder: this comment must survive the import.
rungs: 1
name: Acme ladder
dimensions:
  - id: craft
    name: Craft
    kind: hard
  - id: comms   # reused by name: the templates call it the same
    name: Written and verbal communication
    kind: soft
levels:
  - { id: P1 }
  - { id: P2 }
  - { id: P3 }
  - { id: P4 }
  - { id: P5 }
tracks:
  - id: ic
    name: Engineering
    kind: ic
    roles:
      - id: engineer
        title: Engineer
        level: P1
        expectations:
          craft: [Writes tested code.]
          comms: [Writes clear pull requests.]
      - id: senior-engineer
        title: Senior Engineer
        level: P2
        expectations:
          craft: [Owns a system.]
          comms: [Writes design documents.]
      - id: staff-engineer
        title: Staff Engineer
        level: P3
        expectations:
          craft: [Sets standards for several teams.]
          comms: [Writes the area's technical strategy.]
      - id: principal-engineer
        title: Principal Engineer
        level: P4
        expectations:
          craft: [Sets the organisation's architecture.]
          comms: [Explains strategy to executives.]
      - id: distinguished-engineer
        title: Distinguished Engineer
        level: P5
        expectations:
          craft: [Shapes the company's technology.]
          comms: [Speaks for engineering in public.]
`;

interface Doc {
  dimensions: Array<{ id: string }>;
  tracks: Array<{ id: string; kind: string; dimensions?: string[]; roles: Array<{ id: string; level: string; equivalent?: string; expectations?: Record<string, string[]> }> }>;
  moves?: Array<{ from: string; to: string; kind: string }>;
}

function roles(doc: Doc, trackId: string) {
  return doc.tracks.find((t) => t.id === trackId)?.roles ?? [];
}

/**
 * Problems the import itself would cause. Acme's roles have two bullets each, so twins brought
 * from a full template are rightly called uneven (parity/uneven-twins): that is the fixture's
 * thin ladder speaking, not the import, and Add Track's preview shows it to the user.
 */
function serious(text: string) {
  return checkFramework(text)
    .diagnostics.filter((d) => d.severity !== 'info' && d.code !== 'parity/uneven-twins')
    .map((d) => `${d.code} ${d.message}`);
}

describe('importTrack: re-basing levels', () => {
  it('lines the template ladder up with yours from the top by default', () => {
    const result = importTrack(acme, 'spotify-style-dual-track', 'management');
    expect(result.text).toBeDefined();
    const doc = parse(result.text!) as Doc;
    expect(roles(doc, 'management').map((r) => [r.id, r.level])).toEqual([
      ['engineering-manager', 'P3'],
      ['director-of-engineering', 'P4'],
      ['vp-engineering', 'P5'],
    ]);
    expect(result.notes.join('\n')).toMatch(/L7 → P5/);
    // Equivalents point at the user's IC roles standing where the template's twins stood.
    expect(roles(doc, 'management').map((r) => r.equivalent)).toEqual(['staff-engineer', 'principal-engineer', 'distinguished-engineer']);
    expect(serious(result.text!)).toEqual([]);
    expect(result.diagnostics.filter((d) => d.severity !== 'info' && d.code !== 'parity/uneven-twins')).toEqual([]);
  });

  it('follows an explicit level map, placing unmapped levels by their distance from a mapped one', () => {
    const result = importTrack(acme, 'spotify-style-dual-track', 'management', { levelMap: { L5: 'P2' } });
    const doc = parse(result.text!) as Doc;
    expect(roles(doc, 'management').map((r) => r.level)).toEqual(['P2', 'P3', 'P4']);
    expect(roles(doc, 'management')[0]!.equivalent).toBe('senior-engineer');
    expect(serious(result.text!)).toEqual([]);
  });

  it('leaves out roles that fall off your ladder and says so', () => {
    const result = importTrack(acme, 'big-tech', 'engineering');
    const doc = parse(result.text!) as Doc;
    const imported = doc.tracks.find((t) => t.id === 'engineering')!;
    expect(imported.roles.map((r) => r.level)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(result.notes.join('\n')).toMatch(/Left out Software Engineer I \(L3\), Software Engineer II \(L4\) and Senior Software Engineer \(L5\)/);
    expect(checkFramework(result.text!).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('importTrack: ids and references', () => {
  it('renames colliding role ids and updates equivalents and moves to match', () => {
    const startup = templateText('startup')!;
    const result = importTrack(startup, 'spotify-style-dual-track', 'management');
    const doc = parse(result.text!) as Doc;
    const imported = roles(doc, 'management');
    expect(imported.map((r) => r.id)).toEqual(['engineering-manager-2', 'director-of-engineering', 'vp-engineering']);
    expect(result.notes.join('\n')).toContain('engineering-manager → engineering-manager-2');
    const ids = doc.tracks.flatMap((t) => t.roles.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    const newMoves = (doc.moves ?? []).filter((m) => m.from === 'engineering-manager-2' || m.to === 'engineering-manager-2');
    expect(newMoves.length).toBeGreaterThanOrEqual(2);
    // The user's own Engineering Manager and its moves are untouched.
    expect(roles(doc, 'leadership').map((r) => r.id)).toContain('engineering-manager');
    expect(doc.moves).toContainEqual(expect.objectContaining({ from: 'staff-engineer', to: 'engineering-manager', kind: 'switch' }));
    expect(checkFramework(result.text!).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('renames a colliding track id', () => {
    const startup = templateText('startup')!;
    const result = importTrack(startup, 'big-tech', 'engineering', { levelMap: { L6: 'E3' } });
    const doc = parse(result.text!) as Doc;
    expect(doc.tracks.map((t) => t.id)).toEqual(['engineering', 'leadership', 'engineering-2']);
    expect(roles(doc, 'engineering-2').map((r) => r.id)).toContain('principal-engineer-2');
    expect(result.notes.join('\n')).toMatch(/already has a track "engineering"/);
    expect(checkFramework(result.text!).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('importTrack: dimensions and formatting', () => {
  it('reuses a dimension with the same name, adds the missing ones, and keeps old tracks on their own dimensions', () => {
    const result = importTrack(acme, 'spotify-style-dual-track', 'management');
    const doc = parse(result.text!) as Doc;
    const manager = roles(doc, 'management')[0]!;
    expect(Object.keys(manager.expectations ?? {})).toContain('comms');
    expect(Object.keys(manager.expectations ?? {})).not.toContain('communication');
    expect(doc.dimensions.map((d) => d.id)).toEqual(['craft', 'comms', 'delivery', 'influence', 'people-development', 'strategic-thinking']);
    expect(doc.tracks.find((t) => t.id === 'ic')?.dimensions).toEqual(['craft', 'comms']);
    expect(doc.tracks.find((t) => t.id === 'management')?.dimensions).toEqual(['delivery', 'comms', 'influence', 'people-development', 'strategic-thinking']);
  });

  it("keeps the user's comments and formatting", () => {
    const { text } = importTrack(acme, 'spotify-style-dual-track', 'management');
    expect(text).toContain("# Acme's ladder: this comment must survive the import.");
    expect(text).toContain('# reused by name: the templates call it the same');
    expect(text).toContain('  - { id: P3 }');
    expect(text).toContain('          craft: [Writes tested code.]');
    expect(text).toContain('# Imported from the "spotify-style-dual-track" template');
  });
});

/** True when every line of `original` appears in `result`, in order: nothing was changed or dropped. */
function keepsEveryLine(original: string, result: string): boolean {
  const lines = result.split(/\r?\n/);
  let at = 0;
  for (const line of original.split(/\r?\n/)) {
    while (at < lines.length && lines[at] !== line) at += 1;
    if (at === lines.length) return false;
    at += 1;
  }
  return true;
}

describe('importTrack: the rest of the file is left alone', () => {
  it('only adds lines to a block-style file', () => {
    const { text } = importTrack(acme, 'spotify-style-dual-track', 'management');
    expect(keepsEveryLine(acme, text!)).toBe(true);
    expect(keepsEveryLine(acme, acme.replace('  - { id: P3 }', '  - {id: P3}'))).toBe(false);
  });

  it('keeps Windows line endings', () => {
    const crlf = acme.replace(/\n/g, '\r\n');
    const { text } = importTrack(crlf, 'spotify-style-dual-track', 'management');
    expect(text).not.toMatch(/[^\r]\n/);
    expect(serious(text!)).toEqual([]);
  });

  it('falls back to re-printing a file written in flow style, keeping it valid', () => {
    const flow = `rungs: 1
name: Tiny  # a comment
dimensions: [{id: craft, name: Craft, kind: hard}]
levels: [{id: A}, {id: B}, {id: C}]
tracks: [{id: ic, name: IC, kind: ic, roles: [{id: a, title: A, level: A, expectations: {craft: [x]}}, {id: b, title: B, level: B, expectations: {craft: [y]}}, {id: c, title: C, level: C, expectations: {craft: [z]}}]}]
`;
    const result = importTrack(flow, 'startup', 'leadership');
    expect(result.text).toContain('# a comment');
    const doc = parse(result.text!) as Doc;
    expect(roles(doc, 'leadership').map((r) => r.level)).toEqual(['A', 'B', 'C']);
    expect(checkFramework(result.text!).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('creates the moves list when the file has none', () => {
    const { text } = importTrack(acme, 'spotify-style-dual-track', 'management');
    const doc = parse(text!) as Doc;
    expect(doc.moves).toContainEqual({ from: 'staff-engineer', to: 'engineering-manager', kind: 'switch', note: expect.any(String) });
    expect(doc.moves).toContainEqual({ from: 'engineering-manager', to: 'staff-engineer', kind: 'switch', note: expect.any(String) });
  });
});

describe('importTrack: input it cannot use', () => {
  it('names the templates when the template is unknown', () => {
    const result = importTrack(acme, 'spotify', 'management');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'import/unknown-template', severity: 'error' });
    expect(result.diagnostics[0]!.message).toContain('spotify-style-dual-track');
  });

  it('names the tracks and suggests the nearest when the track is unknown', () => {
    const result = importTrack(acme, 'big-tech', 'managment');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ code: 'import/unknown-track', data: { suggestions: ['management'] } });
  });

  it('rejects a level map that names levels nobody has', () => {
    const result = importTrack(acme, 'big-tech', 'management', { levelMap: { L6: 'Q1', X9: 'P1' } });
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['import/unknown-level', 'import/unknown-template-level']);
  });

  it('rejects a level map that stacks two roles of the track on one level', () => {
    const result = importTrack(acme, 'spotify-style-dual-track', 'management', { levelMap: { L5: 'P1', L6: 'P1' } });
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]!.code).toBe('import/level-collision');
  });

  it('stops at YAML syntax errors instead of guessing', () => {
    const result = importTrack('rungs: 1\nname: [unclosed\n', 'startup', 'leadership');
    expect(result.text).toBeUndefined();
    expect(result.diagnostics[0]!.code).toMatch(/^yaml\//);
  });

  it('does not throw on text that is not a framework', () => {
    for (const text of ['', '42', '- a\n- b\n', 'levels: []\n']) {
      const result = importTrack(text, 'startup', 'leadership');
      expect(result.text).toBeUndefined();
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });
});

/** A framework with levels only: no `dimensions`, `tracks` or `moves` yet. */
const bare = `# Bare ladder: levels first, the rest later.
rungs: 1
name: Bare  # keep me
levels:
  - id: P1
  - id: P2
  - id: P3
  - id: P4
  - id: P5
`;

/** Imports the spotify management track and checks the result is a valid framework. */
function importOk(text: string, template = 'spotify-style-dual-track', track = 'management') {
  const result = importTrack(text, template, track);
  expect(result.diagnostics.filter((d) => d.code.startsWith('import/'))).toEqual([]);
  expect(result.text).toBeDefined();
  const out = result.text!;
  expect(checkFramework(out).diagnostics.filter((d) => /^(schema|yaml)\//.test(d.code)).map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(result.diagnostics.filter((d) => /^(schema|yaml)\//.test(d.code))).toEqual([]);
  return out;
}

/** True when each list the import extends is a block list (or absent, for `moves`). */
function blockLists(text: string, keys: string[] = ['dimensions', 'tracks', 'moves']): boolean {
  const doc = parseDocument(text);
  return keys.every((key) => {
    const node = doc.get(key, true);
    return (key === 'moves' && node === undefined) || (isSeq(node) && !node.flow && node.items.length > 0);
  });
}

describe('importTrack: lists that are missing, empty, null or in flow style', () => {
  it('adds `dimensions`, `tracks` and `moves` to a file that has only levels', () => {
    const text = importOk(bare);
    expect(keepsEveryLine(bare, text)).toBe(true);
    expect(blockLists(text, ['dimensions', 'tracks'])).toBe(true);
    const doc = parse(text) as Doc;
    expect(doc.dimensions.map((d) => d.id)).toEqual(['delivery', 'communication', 'influence', 'people-development', 'strategic-thinking']);
    expect(roles(doc, 'management').map((r) => r.level)).toEqual(['P3', 'P4', 'P5']);
    // The new keys follow the user's, in the usual order, with the usual indentation.
    expect(text.indexOf('\ndimensions:\n  - id: delivery\n')).toBeGreaterThan(text.indexOf('  - id: P5'));
    expect(text.indexOf('\ntracks:\n')).toBeGreaterThan(text.indexOf('\ndimensions:'));
  });

  it('does not pin an empty dimension list on existing tracks when the file had no dimensions', () => {
    const withTrack = `${bare}tracks:\n  - id: ic\n    name: Engineering\n    kind: ic\n    roles:\n      - id: engineer\n        title: Engineer\n        level: P1\n`;
    const result = importTrack(withTrack, 'spotify-style-dual-track', 'management');
    const text = importOk(withTrack);
    expect(keepsEveryLine(withTrack, text)).toBe(true);
    expect((parse(text) as Doc).tracks.find((t) => t.id === 'ic')?.dimensions).toBeUndefined();
    expect(result.notes.join('\n')).not.toMatch(/Listed your current dimensions/);
  });

  it.each([
    ['dimensions: []', 'dimensions:'],
    ['dimensions:', 'dimensions:'],
    ['dimensions: ~  # none yet', 'dimensions:  # none yet'],
    ['dimensions: null', 'dimensions:'],
  ])('turns `%s` into a block list', (line, kept) => {
    const source = bare.replace('levels:\n', `${line}\nlevels:\n`);
    const text = importOk(source);
    expect(keepsEveryLine(source.replace(line, kept), text)).toBe(true);
    expect(blockLists(text, ['dimensions', 'tracks'])).toBe(true);
    expect(text).toContain(`${kept}\n  - id: delivery\n`);
  });

  it('turns a flow `dimensions` list into a block list that keeps its items verbatim', () => {
    const source = acme.replace(
      /dimensions:\n[\s\S]*?levels:/,
      'dimensions: [{ id: craft, name: Craft, kind: hard }, {id: comms, name: "Written and verbal communication", kind: soft}]  # two so far\nlevels:',
    );
    const text = importOk(source);
    expect(blockLists(text)).toBe(true);
    expect(text).toContain('dimensions:  # two so far\n  - { id: craft, name: Craft, kind: hard }\n  - {id: comms, name: "Written and verbal communication", kind: soft}\n  - id: delivery\n');
    expect(keepsEveryLine(source.replace(/dimensions: .*/, 'dimensions:  # two so far'), text)).toBe(true);
    expect((parse(text) as Doc).tracks.find((t) => t.id === 'ic')?.dimensions).toEqual(['craft', 'comms']);
  });

  it.each([
    ['tracks: []', 'tracks:'],
    ['tracks:', 'tracks:'],
    ['tracks: ~', 'tracks:'],
  ])('turns `%s` into a block list, wherever the key is', (line, kept) => {
    for (const source of [`${bare}${line}\n`, bare.replace('levels:\n', `${line}\nlevels:\n`)]) {
      const text = importOk(source);
      expect(keepsEveryLine(source.replace(line, kept), text)).toBe(true);
      expect(blockLists(text, ['dimensions', 'tracks'])).toBe(true);
    }
  });

  it('turns a flow `tracks` list into a block list', () => {
    const source = `${bare.replace('levels:', 'dimensions:\n  - id: craft\n    name: Craft\n    kind: hard\nlevels:')}tracks: [{id: ic, name: IC, kind: ic, dimensions: [craft], roles: [{id: a, title: A, level: P1, expectations: {craft: [x]}}]}]\n`;
    const text = importOk(source);
    expect(blockLists(text)).toBe(true);
    expect(text).toContain('tracks:\n  - {id: ic, name: IC, kind: ic, dimensions: [craft], roles: [{id: a, title: A, level: P1, expectations: {craft: [x]}}]}\n');
    expect(keepsEveryLine(source.replace(/tracks: .*/, 'tracks:'), text)).toBe(true);
  });

  it('re-prints a flow `tracks` list whose tracks need their dimensions pinned, as a block list', () => {
    const source = `${bare.replace('levels:', 'dimensions:\n  - id: craft\n    name: Craft\n    kind: hard\nlevels:')}tracks: [{id: ic, name: IC, kind: ic, roles: [{id: a, title: A, level: P1, expectations: {craft: [x]}}]}]\n`;
    const result = importTrack(source, 'spotify-style-dual-track', 'management');
    const text = importOk(source);
    expect(blockLists(text)).toBe(true);
    expect(text).toContain('# Bare ladder: levels first, the rest later.');
    expect(text).toContain('# keep me');
    expect((parse(text) as Doc).tracks.find((t) => t.id === 'ic')?.dimensions).toEqual(['craft']);
    expect(result.notes.join('\n')).toMatch(/Listed your current dimensions on track ic/);
  });

  it.each([
    ['moves: []', 'moves:'],
    ['moves:', 'moves:'],
    ['moves: [{from: senior-engineer, to: staff-engineer, kind: lateral, note: "Rare."}]', 'moves:'],
  ])('turns `%s` into a block list, wherever the key is', (line, kept) => {
    for (const source of [`${acme}${line}\n`, acme.replace('levels:\n', `${line}\nlevels:\n`)]) {
      const text = importOk(source);
      expect(blockLists(text)).toBe(true);
      expect(keepsEveryLine(source.replace(line, kept), text)).toBe(true);
      const moves = (parse(text) as Doc).moves ?? [];
      expect(moves).toContainEqual(expect.objectContaining({ from: 'staff-engineer', to: 'engineering-manager', kind: 'switch' }));
      if (line.includes('{')) expect(text).toContain('\n  - {from: senior-engineer, to: staff-engineer, kind: lateral, note: "Rare."}\n');
    }
  });

  it('re-prints a file whose lists cannot be spliced, still as block lists with comments kept', () => {
    const sources = [
      // A comment inside a flow list belongs to no item.
      bare.replace('levels:', 'dimensions: [ # the first one\n  {id: craft, name: Craft, kind: hard}]\nlevels:'),
      // A flow mapping at the top cannot hold block lists at all.
      '# flow all the way\n{rungs: 1, name: Flow, levels: [{id: P1}, {id: P2}, {id: P3}], dimensions: [], tracks: []}\n',
      // An item spread over several lines.
      bare.replace('levels:', 'dimensions: [{id: craft,\n    name: Craft, kind: hard}]\nlevels:'),
    ];
    for (const source of sources) {
      const text = importOk(source);
      expect(blockLists(text, ['dimensions', 'tracks'])).toBe(true);
      for (const comment of source.match(/# .*/g) ?? []) expect(text).toContain(comment);
    }
  });

  it('leaves a null `moves` as written when the import brings no moves', () => {
    // Nothing to add, so the file's own problem is reported rather than silently rewritten.
    const source = `${bare}moves:\n`;
    const result = importTrack(source, 'spotify-style-dual-track', 'management');
    expect(keepsEveryLine(source, result.text!)).toBe(true);
    expect(result.diagnostics.filter((d) => /^(schema|yaml)\//.test(d.code)).map((d) => d.path)).toEqual(['/moves']);
  });

  it('adds the missing keys at the end of a file without a final line break', () => {
    const source = bare.trimEnd();
    const text = importOk(source);
    expect(text).toContain('  - id: P5\ndimensions:\n');
    expect(blockLists(text, ['dimensions', 'tracks'])).toBe(true);
  });

  it('refuses, without throwing, a list key that holds something else', () => {
    for (const line of ['dimensions: {}', 'dimensions: craft', 'tracks: none', 'moves: {a: b}']) {
      const result = importTrack(bare.replace('levels:\n', `${line}\nlevels:\n`), 'spotify-style-dual-track', 'management');
      expect(result.text).toBeUndefined();
      expect(result.diagnostics[0]).toMatchObject({ code: 'import/not-a-list', severity: 'error' });
    }
  });
});

describe('importTrack: line endings and byte-order marks', () => {
  const shapes = {
    'a full file': acme,
    'a file with levels only': bare,
    'null and empty lists': bare.replace('levels:\n', 'dimensions:\nlevels:\n') + 'tracks: ~\nmoves: []\n',
  };

  it.each(Object.entries(shapes))('keeps CRLF line endings in %s, inserted lines included', (_name, shape) => {
    const crlf = shape.replace(/\n/g, '\r\n');
    const text = importOk(crlf);
    expect(text).not.toMatch(/[^\r]\n|^\n/);
    expect(blockLists(text, ['dimensions', 'tracks'])).toBe(true);
    expect(keepsEveryLine(crlf.replace(/^(dimensions|tracks): (\[\]|~)\r$/gm, '$1:\r'), text)).toBe(true);
  });

  it.each(Object.entries(shapes))('keeps a byte-order mark on %s', (_name, shape) => {
    for (const source of [`\uFEFF${shape}`, `\uFEFF${shape.replace(/\n/g, '\r\n')}`]) {
      const text = importOk(source);
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.indexOf('\uFEFF', 1)).toBe(-1);
      expect(blockLists(text.slice(1), ['dimensions', 'tracks'])).toBe(true);
    }
  });
});
