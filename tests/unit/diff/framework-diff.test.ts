// What `rungs diff` reports between two versions of a ladder: each change once, with the right
// kind and ids, renames followed rather than reported as a removal plus an addition, and semver
// advice a publisher can trust.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { changeKinds, diffFrameworks, type FrameworkChange } from '../../../core/diff/framework-diff.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/diff');
const model = (text: string) => checkFramework(text).framework;
const fixture = (name: string) => model(readFileSync(path.join(fixtures, name), 'utf8'));

const base = `rungs: 1
name: Small
version: "1.0.0"
dimensions:
  - { id: craft, name: Craft, kind: hard }
  - { id: teamwork, name: Teamwork, kind: soft }
levels:
  - { id: L1 }
  - { id: L2 }
  - { id: L3 }
tracks:
  - id: ic
    name: Engineering
    kind: ic
    roles:
      - id: engineer
        title: Engineer
        level: L2
        expectations:
          craft: ["Writes tested changes for a feature on their own."]
          teamwork: ["Reviews code kindly."]
      - id: senior
        title: Senior Engineer
        level: L3
        expectations:
          craft: ["Designs systems other teams build on."]
  - id: mgmt
    name: Management
    kind: management
    roles:
      - id: manager
        title: Engineering Manager
        level: L3
        equivalent: senior
        expectations:
          teamwork: ["Runs one-to-ones."]
`;

function edit(text: string, from: string, to: string): string {
  expect(text, `the edit needs ${JSON.stringify(from)} in the text`).toContain(from);
  return text.replace(from, to);
}

const kindsOf = (changes: readonly FrameworkChange[]) => changes.map((c) => c.kind);

describe('diffFrameworks on the fixture pair with one change of every kind', () => {
  const diff = diffFrameworks(fixture('old.yaml'), fixture('new.yaml'));
  const byKind = (kind: FrameworkChange['kind']) => diff.changes.filter((c) => c.kind === kind);

  it('reports every kind except proficiency exactly once (renames twice: one declared, one guessed)', () => {
    const expected = (kind: FrameworkChange['kind']) => (kind === 'proficiency-changed' ? 0 : kind === 'role-renamed' ? 2 : 1);
    for (const kind of changeKinds) expect(byKind(kind), kind).toHaveLength(expected(kind));
    expect(diff.changes).toHaveLength(changeKinds.reduce((sum, kind) => sum + expected(kind), 0));
  });

  it('names the right ids for each change', () => {
    const pick = (kind: FrameworkChange['kind']) => {
      const { words: _words, ...rest } = byKind(kind)[0] as FrameworkChange;
      return rest;
    };
    expect(pick('dimension-renamed')).toEqual({ kind: 'dimension-renamed', dimension: 'impact', before: 'Impact', after: 'Business impact' });
    expect(pick('dimension-added')).toMatchObject({ dimension: 'mentoring' });
    expect(pick('dimension-removed')).toMatchObject({ dimension: 'hiring' });
    expect(pick('band-changed')).toMatchObject({ level: 'L1', before: '50000–70000 EUR', after: '55000–70000 EUR' });
    expect(pick('level-added')).toMatchObject({ level: 'L4' });
    expect(pick('level-removed')).toMatchObject({ level: 'L9' });
    expect(pick('track-added')).toMatchObject({ track: 'data' });
    expect(pick('track-removed')).toMatchObject({ track: 'ops' });
    expect(pick('role-added')).toMatchObject({ track: 'data', role: 'analyst', level: 'L2' });
    expect(pick('role-removed')).toMatchObject({ track: 'ops', role: 'operator' });
    expect(pick('role-retitled')).toMatchObject({ role: 'engineer', before: 'Engineer', after: 'Software Engineer' });
    expect(pick('role-moved')).toMatchObject({ role: 'principal', level: 'L4' });
    expect(byKind('role-renamed')[0]).toEqual({ kind: 'role-renamed', track: 'ic', role: 'principal', before: 'declared-old', after: 'principal' });
    expect(pick('twin-changed')).toMatchObject({ role: 'manager', before: 'senior', after: 'new-id-role' });
    expect(pick('expectation-added')).toMatchObject({ role: 'junior', dimension: 'teamwork', after: 'Asks for help early.' });
    expect(pick('expectation-removed')).toMatchObject({ role: 'new-id-role', dimension: 'craft' });
    expect(pick('expectation-reworded')).toMatchObject({ role: 'engineer', dimension: 'craft' });
    expect(pick('expectation-moved')).toMatchObject({ role: 'engineer', dimension: 'mentoring', previousDimension: 'teamwork' });
    expect(pick('move-added')).toMatchObject({ role: 'manager' });
    expect(pick('move-removed')).toMatchObject({ role: 'senior' });
    expect(pick('mapping-changed')).toMatchObject({ level: 'L2', before: 'Acme: A2', after: 'Acme: A3' });
    expect(pick('years-changed')).toMatchObject({ role: 'junior', before: '1-2', after: '1-3' });
    expect(pick('scope-changed')).toMatchObject({ role: 'engineer' });
    expect(pick('summary-changed')).toMatchObject({ role: 'senior' });
  });

  it('gives a reworded bullet a word diff', () => {
    const reworded = byKind('expectation-reworded')[0] as FrameworkChange;
    expect(reworded.words?.filter((w) => w.kind !== 'same')).toEqual([{ kind: 'added', text: 'well-' }]);
  });

  it('follows the guessed rename: the staff role is neither removed nor added, and its move is not a change', () => {
    const guessed = diff.changes.filter((c) => c.guess);
    expect(guessed).toEqual([{ kind: 'role-renamed', track: 'ic', role: 'new-id-role', before: 'old-id-role', after: 'new-id-role', guess: true }]);
    expect(diff.changes.some((c) => c.role === 'old-id-role' || c.role === 'declared-old')).toBe(false);
    expect(diff.changes.filter((c) => c.kind.startsWith('move-')).map((c) => c.after ?? c.before)).toEqual(['switch: manager → senior', 'switch: senior → manager']);
  });

  it('advises a major version, since a role and a level were removed', () => {
    expect(diff.semver).toBe('major');
    expect(diff.from).toEqual({ version: '1.0.0', name: 'Diff fixture ladder' });
    expect(diff.to).toEqual({ version: '1.1.0', name: 'Diff fixture ladder' });
  });
});

describe('renames declared with previous-ids', () => {
  it('re-points twins and moves without reporting them', () => {
    const before = base + 'moves:\n  - { from: senior, to: manager, kind: switch }\n';
    let after = edit(before, '      - id: senior\n', '      - id: senior-engineer\n        previous-ids: [senior]\n');
    after = edit(after, 'equivalent: senior', 'equivalent: senior-engineer');
    after = edit(after, '{ from: senior,', '{ from: senior-engineer,');
    const diff = diffFrameworks(model(before), model(after));
    expect(diff.changes).toEqual([{ kind: 'role-renamed', track: 'ic', role: 'senior-engineer', before: 'senior', after: 'senior-engineer' }]);
    expect(diff.semver).toBe('patch');
  });

  it('prefers a declared rename over a same-title guess', () => {
    let after = edit(base, '      - id: senior\n', '      - id: senior-two\n        previous-ids: [senior]\n');
    after = edit(after, 'equivalent: senior', 'equivalent: senior-two');
    const diff = diffFrameworks(model(base), model(after));
    expect(diff.changes.filter((c) => c.kind === 'role-renamed')).toEqual([{ kind: 'role-renamed', track: 'ic', role: 'senior-two', before: 'senior', after: 'senior-two' }]);
  });
});

describe('semver advice', () => {
  it('is none for identical versions', () => {
    const diff = diffFrameworks(model(base), model(base));
    expect(diff).toMatchObject({ semver: 'none', changes: [] });
  });

  it('is patch when only wording changed', () => {
    const diff = diffFrameworks(model(base), model(edit(base, 'Reviews code kindly.', 'Reviews code kindly and promptly.')));
    expect(kindsOf(diff.changes)).toEqual(['expectation-reworded']);
    expect(diff.semver).toBe('patch');
  });

  it('is minor when an expectation is added', () => {
    const diff = diffFrameworks(model(base), model(edit(base, '          teamwork: ["Reviews code kindly."]', '          teamwork: ["Reviews code kindly.", "Pairs with new joiners."]')));
    expect(kindsOf(diff.changes)).toEqual(['expectation-added']);
    expect(diff.semver).toBe('minor');
  });

  it('is major when a role moves down a level', () => {
    const diff = diffFrameworks(model(base), model(edit(base, 'title: Engineer\n        level: L2', 'title: Engineer\n        level: L1')));
    expect(kindsOf(diff.changes)).toEqual(['role-moved']);
    expect(diff.semver).toBe('major');
  });

  it('is minor when a role moves up a level', () => {
    const diff = diffFrameworks(model(base), model(edit(base, 'title: Engineer\n        level: L2', 'title: Engineer\n        level: L3')));
    expect(kindsOf(diff.changes)).toContain('role-moved');
    expect(diff.semver).toBe('minor');
  });

  it('is major when a role loses its twin', () => {
    const after = edit(edit(base, 'title: Engineering Manager\n        level: L3', 'title: Engineering Manager\n        level: L2'), '        equivalent: senior\n', '        equivalent: engineer\n');
    const diff = diffFrameworks(model(base), model(after));
    expect(diff.semver).toBe('major');
    expect(diff.changes.filter((c) => c.kind === 'twin-changed')).toEqual([{ kind: 'twin-changed', track: 'mgmt', role: 'manager', before: 'senior', after: 'engineer' }]);
  });
});
