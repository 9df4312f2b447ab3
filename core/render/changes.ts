import { previousRole } from '../model/index.ts';
import type { Framework, Role } from '../model/index.ts';
import { bulletWords, wordSimilarity } from '../compare/pair-bullets.ts';
import { memoBy, memoByText, textKey } from '../memo.ts';

export type BulletStatus = 'new' | 'changed' | 'same';

/** One expectation bullet of a role, compared with the role one level down on its track. */
export interface BulletChange {
  text: string;
  status: BulletStatus;
  /** For a changed bullet, the closest bullet of the previous role in the same dimension. */
  was?: string;
}

/** What changes from the previous role on the same track, dimension by dimension. */
export interface RoleChanges {
  previous?: Role;
  /** Keyed by dimension id; present for every dimension the role has bullets in. */
  byDimension: Map<string, readonly BulletChange[]>;
  newCount: number;
  changedCount: number;
  /**
   * More than half of the role's bullets are new against the level below: the role is rewritten
   * at this level, which says more than a "new" mark on nearly every bullet.
   */
  rewritten: boolean;
}

/** Bullets at least this similar (Dice coefficient of their word sets) count as reworded, not new. */
const changedThreshold = 0.5;

/** Lower case with runs of spaces collapsed, for "is this the same bullet". */
const sameBulletForm = memoByText((text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim());

/**
 * How one dimension's bullets compare with the same dimension one level down. Remembered by
 * content: the preview compares every role on every keystroke and nearly all are unchanged.
 */
const dimensionChanges = memoBy(
  (old: readonly string[], bullets: readonly string[]) => `${old.length}|${textKey(old)}${textKey(bullets)}`,
  (old: readonly string[], bullets: readonly string[]): readonly BulletChange[] => {
    const oldExact = new Set(old.map(sameBulletForm));
    return bullets.map((text): BulletChange => {
      if (oldExact.has(sameBulletForm(text))) return { text, status: 'same' };
      const mine = bulletWords(text);
      let best = -1;
      let bestScore = 0;
      old.forEach((other, i) => {
        const score = wordSimilarity(mine, bulletWords(other));
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      });
      const was = old[best];
      return bestScore >= changedThreshold && was !== undefined ? { text, status: 'changed', was } : { text, status: 'new' };
    });
  },
  20_000,
);

/**
 * Compares a role's expectations with those of the role just below it on its track. A bullet
 * whose text is already there (ignoring case and spacing) is unchanged; one that shares at least
 * half its words with a previous bullet of the same dimension is "changed"; anything else is
 * "new". The first role on a track has no previous role and every bullet is "same", since
 * nothing can be said to have changed.
 */
export function compareWithPrevious(framework: Framework, role: Role): RoleChanges {
  const previous = previousRole(framework, role.id);
  const before = new Map<string, string[]>();
  for (const e of previous?.expectations ?? []) before.set(e.dimensionId, e.bullets);

  const byDimension = new Map<string, readonly BulletChange[]>();
  let newCount = 0;
  let changedCount = 0;
  for (const expectation of role.expectations) {
    if (!previous) {
      byDimension.set(expectation.dimensionId, expectation.bullets.map((text) => ({ text, status: 'same' })));
      continue;
    }
    const changes = dimensionChanges(before.get(expectation.dimensionId) ?? [], expectation.bullets);
    for (const change of changes) {
      if (change.status === 'new') newCount += 1;
      else if (change.status === 'changed') changedCount += 1;
    }
    byDimension.set(expectation.dimensionId, changes);
  }
  let total = 0;
  for (const list of byDimension.values()) total += list.length;
  const rewritten = previous !== undefined && newCount * 2 > total;
  return previous ? { previous, byDimension, newCount, changedCount, rewritten } : { byDimension, newCount, changedCount, rewritten };
}
