import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../core/parse.ts';
import { templateText } from '../../../core/templates/index.ts';
import { buildIdIndex, definitionsOf, idAt, referencesTo } from '../../../renderer/editor/id-index.ts';
import { enclosingKeys, referenceSlotAt } from '../../../renderer/editor/reference-slot.ts';

const text = `rungs: 1
name: Acme
dimensions:
  - id: craft
    name: Technical craft
  - id: influence
    name: Influence
levels:
  - id: L3
    name: Engineer
  - id: L4
    name: Senior
tracks:
  - id: ic
    name: Individual contributor
    dimensions: [craft, influence]
    roles:
      - id: engineer
        title: Engineer
        level: L3
        expectations:
          craft:
            - Ships.
          influence:
            - Helps.
      - id: senior
        title: Senior Engineer
        level: L4
        equivalent: engineer
moves:
  - { from: engineer, to: senior, kind: promotion }
  - from: senior
    to: engineer
mappings:
  - company: Google
    levels: { L3: L3, L4: L4 }
  - company: Meta
    levels:
      L3: E3
`;
const lines = text.split('\n');
const lineAt = (n: number) => lines[n - 1] ?? '';
const lineOf = (fragment: string, from = 1) => lines.findIndex((l, i) => i + 1 >= from && l.includes(fragment)) + 1;

/** The slot at the end of `fragment` on the first line holding it, after replacing that line. */
function slotAfter(line: string, at: number) {
  const copy = [...lines];
  copy[at - 1] = line;
  return referenceSlotAt((n) => copy[n - 1] ?? '', at, line.length + 1);
}

describe('the id index', () => {
  const index = buildIdIndex(parseFramework(text));

  it('lists every definition with its title, in file order', () => {
    expect(index.definitions.map((d) => [d.kind, d.id, d.title])).toEqual([
      ['level', 'L3', 'Engineer'],
      ['level', 'L4', 'Senior'],
      ['dimension', 'craft', 'Technical craft'],
      ['dimension', 'influence', 'Influence'],
      ['track', 'ic', 'Individual contributor'],
      ['role', 'engineer', 'Engineer'],
      ['role', 'senior', 'Senior Engineer'],
    ]);
    expect(definitionsOf(index, 'level', 'L4')[0]?.range).toMatchObject({ line: lineOf('id: L4'), column: 9 });
  });

  it('finds every kind of reference: level, equivalent, moves, track dimensions, expectations and mapping keys', () => {
    const uses = (kind: 'level' | 'role' | 'dimension', id: string) => referencesTo(index, kind, id, false).map((r) => r.line);
    expect(uses('level', 'L3')).toEqual([lineOf('level: L3'), lineOf('{ L3: L3'), lineOf('L3: E3')]);
    expect(uses('role', 'engineer')).toEqual([lineOf('equivalent: engineer'), lineOf('{ from: engineer'), lineOf('to: engineer')]);
    expect(uses('dimension', 'craft')).toEqual([lineOf('dimensions: [craft'), lineOf('craft:')]);
    expect(referencesTo(index, 'role', 'senior', true)[0]).toMatchObject({ line: lineOf('id: senior') });
  });

  it('knows which id is under a position, on a reference or on a definition', () => {
    const line = lineOf('to: senior');
    expect(idAt(index, line, lines[line - 1]!.indexOf('senior') + 2)).toEqual({ kind: 'role', id: 'senior' });
    expect(idAt(index, lineOf('id: L4'), 10)).toEqual({ kind: 'level', id: 'L4' });
    expect(idAt(index, lineOf('name: Acme'), 8)).toBeUndefined();
  });

  it('indexes a real template without losing ids', () => {
    const template = templateText('spotify-style-dual-track') ?? '';
    const big = buildIdIndex(parseFramework(template));
    expect(big.definitions.filter((d) => d.kind === 'level').map((d) => d.id)).toEqual(['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7']);
    expect(big.references.filter((r) => r.kind === 'role').length).toBeGreaterThan(4);
  });

  it('gives a partial index for a half-typed document instead of failing', () => {
    expect(buildIdIndex(parseFramework('levels:\n  - id: L1\n  - id: \ntracks: [')).definitions.map((d) => d.id)).toEqual(['L1']);
    expect(buildIdIndex(parseFramework(''))).toEqual({ definitions: [], references: [] });
  });
});

describe('where an id goes', () => {
  it('reads the enclosing keys by indentation, in both list styles', () => {
    expect(enclosingKeys(lineAt, lineOf('level: L3'))).toEqual(['tracks', '-', 'roles', '-']);
    expect(enclosingKeys(lineAt, lineOf('- id: senior'))).toEqual(['tracks', '-', 'roles', '-']);
    expect(enclosingKeys(lineAt, lineOf('- Ships.'))).toEqual(['tracks', '-', 'roles', '-', 'expectations', 'craft', '-']);
    const flat = ['moves:', '- from: a', '  to: b'];
    expect(enclosingKeys((n) => flat[n - 1] ?? '', 3)).toEqual(['moves', '-']);
  });

  it("offers levels after a role's level and roles after its equivalent", () => {
    expect(slotAfter('        level: ', lineOf('level: L3'))).toMatchObject({ kind: 'level', role: 'value', startColumn: 16, endColumn: 16 });
    expect(slotAfter('        level: L', lineOf('level: L3'))).toMatchObject({ kind: 'level', startColumn: 16, endColumn: 17 });
    expect(slotAfter('        equivalent: eng', lineOf('equivalent: engineer'))).toMatchObject({ kind: 'role', role: 'value' });
    // The same keys elsewhere are not references: a level's own `name`, a dimension's `id`.
    expect(slotAfter('    level: ', lineOf('name: Senior'))).toBeUndefined();
  });

  it("offers roles in a move's from and to, block or flow style", () => {
    expect(slotAfter('  - { from: ', lineOf('{ from: engineer'))).toMatchObject({ kind: 'role' });
    expect(slotAfter('  - { from: engineer, to: se', lineOf('{ from: engineer'))).toMatchObject({ kind: 'role', startColumn: 27 });
    expect(slotAfter('  - from: ', lineOf('- from: senior'))).toMatchObject({ kind: 'role' });
    expect(slotAfter('    to: ', lineOf('to: engineer'))).toMatchObject({ kind: 'role' });
    expect(slotAfter('  - { from: engineer, to: senior, kind: ', lineOf('{ from: engineer'))).toBeUndefined();
  });

  it("offers dimensions in a track's dimensions list and as expectations keys", () => {
    expect(slotAfter('    dimensions: [craft, ', lineOf('dimensions: [craft'))).toMatchObject({ kind: 'dimension', role: 'item' });
    expect(slotAfter('          ', lineOf('craft:'))).toMatchObject({ kind: 'dimension', role: 'key', needsColon: true });
    expect(slotAfter('          infl', lineOf('craft:'))).toMatchObject({ kind: 'dimension', startColumn: 11, endColumn: 15 });
    // Inside the bullets of a dimension, a key is not expected.
    expect(slotAfter('            ', lineOf('- Ships.'))).toBeUndefined();
    const block = ['tracks:', '  - id: ic', '    dimensions:', '      - craft', '      - '];
    expect(referenceSlotAt((n) => block[n - 1] ?? '', 5, 9)).toMatchObject({ kind: 'dimension', role: 'item' });
    // The top-level dimensions list defines dimensions; it refers to none.
    const top = ['dimensions:', '  - '];
    expect(referenceSlotAt((n) => top[n - 1] ?? '', 2, 5)).toBeUndefined();
  });

  it("offers levels as a mapping's keys, not as its values", () => {
    expect(slotAfter('    levels: { L3: L3, ', lineOf('{ L3: L3'))).toMatchObject({ kind: 'level', role: 'key', needsColon: true });
    expect(slotAfter('    levels: { L3: ', lineOf('{ L3: L3'))).toBeUndefined();
    expect(slotAfter('      L', lineOf('L3: E3'))).toMatchObject({ kind: 'level', role: 'key' });
    expect(slotAfter('      L3: ', lineOf('L3: E3'))).toBeUndefined();
  });

  it('offers nothing in free text', () => {
    expect(slotAfter('name: ', lineOf('name: Acme'))).toBeUndefined();
    expect(slotAfter('        title: En', lineOf('title: Engineer'))).toBeUndefined();
  });
});

describe('proficiency ids', () => {
  const withScale = text.replace('levels:\n  - id: L3', 'proficiency:\n  - { id: learning, name: Learning, description: Does it with help. }\n  - { id: leading, name: Leading }\nlevels:\n  - id: L3').replace('        level: L4\n        equivalent: engineer', '        level: L4\n        equivalent: engineer\n        proficiency: { craft: leading }');
  const scaleLines = withScale.split('\n');
  const at = scaleLines.findIndex((l) => l.includes('proficiency: { craft: leading }')) + 1;
  const slotIn = (line: string, lineNumber = at) => {
    const copy = [...scaleLines];
    copy[lineNumber - 1] = line;
    return referenceSlotAt((n) => copy[n - 1] ?? '', lineNumber, line.length + 1);
  };

  it('indexes scale steps as definitions with their descriptions, and steps and keys used by roles as references', () => {
    const index = buildIdIndex(parseFramework(withScale));
    expect(definitionsOf(index, 'step', 'learning')).toEqual([expect.objectContaining({ title: 'Learning', description: 'Does it with help.' })]);
    expect(referencesTo(index, 'step', 'leading', false)).toHaveLength(1);
    expect(referencesTo(index, 'dimension', 'craft', false).length).toBeGreaterThan(2);
  });

  it('offers steps after a dimension key and dimensions as keys, in flow and block style', () => {
    expect(slotIn('        proficiency: { craft: le')).toMatchObject({ kind: 'step', role: 'value' });
    expect(slotIn('        proficiency: { craft: leading, infl')).toMatchObject({ kind: 'dimension', role: 'key', needsColon: true });
    expect(slotIn('        proficiency:')).toBeUndefined();
    const block = [...scaleLines];
    block.splice(at - 1, 2, '        proficiency:', '          craft: wo');
    expect(referenceSlotAt((n) => block[n - 1] ?? '', at + 1, '          craft: wo'.length + 1)).toMatchObject({ kind: 'step', role: 'value' });
    block[at] = '          inf';
    expect(referenceSlotAt((n) => block[n - 1] ?? '', at + 1, '          inf'.length + 1)).toMatchObject({ kind: 'dimension', role: 'key' });
  });
});
