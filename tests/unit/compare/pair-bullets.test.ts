import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairBullets, wordDiff } from '../../../core/compare/pair-bullets.ts';

describe('pairBullets', () => {
  it('keeps identical bullets, pairs reworded ones with a word diff, and lists the rest as added or dropped', () => {
    const senior = ['Designs the services of the team.', 'Reviews every major change.', 'Runs the on-call rota.'];
    const staff = ['Reviews every major change', 'Designs the services of several teams.', 'Sets the technical strategy for an area.'];
    const pairing = pairBullets(senior, staff);
    expect(pairing.kept).toMatchObject([{ from: 'Reviews every major change.', to: 'Reviews every major change', fromIndex: 1, toIndex: 0 }]);
    expect(pairing.changed).toMatchObject([{ from: 'Designs the services of the team.', to: 'Designs the services of several teams.', fromIndex: 0, toIndex: 1 }]);
    expect(pairing.added).toEqual([{ text: 'Sets the technical strategy for an area.', index: 2 }]);
    expect(pairing.dropped).toEqual([{ text: 'Runs the on-call rota.', index: 2 }]);
  });

  it('pairs a bullet written twice only as often as the other side has it', () => {
    const pairing = pairBullets(['Mentors engineers.', 'Mentors engineers.'], ['Mentors engineers.']);
    expect(pairing.kept).toHaveLength(1);
    expect(pairing.dropped).toEqual([{ text: 'Mentors engineers.', index: 1 }]);
  });

  it('prefers the most similar partner when two old bullets compete for one new bullet', () => {
    const pairing = pairBullets(['Writes tests for their code.', 'Writes tests and docs for their team code.'], ['Writes tests and docs for the team code.']);
    expect(pairing.changed).toMatchObject([{ fromIndex: 1, toIndex: 0 }]);
    expect(pairing.dropped.map((d) => d.index)).toEqual([0]);
  });

  it('accounts for every bullet of both lists exactly once', () => {
    const words = fc.constantFrom('designs', 'reviews', 'systems', 'team', 'mentors', 'the', 'on-call', 'strategy', 'écrit', '🚀');
    const bullet = fc.array(words, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(bullet, { maxLength: 8 }), fc.array(bullet, { maxLength: 8 }), (from, to) => {
        const p = pairBullets(from, to);
        const fromSeen = [...p.kept.map((k) => k.fromIndex), ...p.changed.map((c) => c.fromIndex), ...p.dropped.map((d) => d.index)].sort((a, b) => a - b);
        const toSeen = [...p.kept.map((k) => k.toIndex), ...p.changed.map((c) => c.toIndex), ...p.added.map((a) => a.index)].sort((a, b) => a - b);
        expect(fromSeen).toEqual(from.map((_, i) => i));
        expect(toSeen).toEqual(to.map((_, i) => i));
      }),
    );
  });
});

describe('wordDiff', () => {
  it('marks the words that were removed and added, keeping the shared ones and the spacing', () => {
    const changes = wordDiff('Designs the team’s services.', 'Designs services across several teams.');
    expect(changes.filter((c) => c.kind !== 'added').map((c) => c.text).join('')).toBe('Designs the team’s services.');
    expect(changes.filter((c) => c.kind !== 'removed').map((c) => c.text).join('')).toBe('Designs services across several teams.');
    expect(changes.some((c) => c.kind === 'removed' && c.text.includes('team’s'))).toBe(true);
  });
});
