import { previousRole } from '../model/index.ts';
import type { Framework, Role } from '../model/index.ts';

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
  byDimension: Map<string, BulletChange[]>;
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

interface Tokens {
  /** Lower case with runs of spaces collapsed, for "is this the same bullet". */
  normal: string;
  /** Its words, a trailing "s" dropped so that "service" and "services" count as one. */
  words: Set<string>;
}

// Every bullet is compared twice (as the new text, then as the old text of the next level), and
// the studio re-renders on each edit, so tokens are kept per framework object.
const tokenCache = new WeakMap<Framework, Map<string, Tokens>>();

function tokens(cache: Map<string, Tokens>, text: string): Tokens {
  let t = cache.get(text);
  if (t === undefined) {
    const lower = text.toLowerCase();
    const words = new Set<string>();
    // Anything but ASCII letters and digits separates words; non-ASCII letters stay inside them.
    for (const w of lower.split(/[^a-z0-9\u0080-\uffff]+/)) {
      if (w) words.add(w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
    }
    t = { normal: lower.replace(/\s+/g, ' ').trim(), words };
    cache.set(text, t);
  }
  return t;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

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

  let cache = tokenCache.get(framework);
  if (!cache) {
    cache = new Map();
    tokenCache.set(framework, cache);
  }
  const byDimension = new Map<string, BulletChange[]>();
  let newCount = 0;
  let changedCount = 0;
  for (const expectation of role.expectations) {
    const old = before.get(expectation.dimensionId) ?? [];
    const oldTokens = old.map((b) => tokens(cache, b));
    const oldExact = new Set(oldTokens.map((t) => t.normal));
    const changes: BulletChange[] = expectation.bullets.map((text) => {
      if (!previous) return { text, status: 'same' };
      const mine = tokens(cache, text);
      if (oldExact.has(mine.normal)) return { text, status: 'same' };
      let best = -1;
      let bestScore = 0;
      oldTokens.forEach((t, i) => {
        const score = dice(mine.words, t.words);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      });
      const was = old[best];
      if (bestScore >= changedThreshold && was !== undefined) {
        changedCount += 1;
        return { text, status: 'changed', was };
      }
      newCount += 1;
      return { text, status: 'new' };
    });
    byDimension.set(expectation.dimensionId, changes);
  }
  let total = 0;
  for (const list of byDimension.values()) total += list.length;
  const rewritten = previous !== undefined && newCount * 2 > total;
  return previous ? { previous, byDimension, newCount, changedCount, rewritten } : { byDimension, newCount, changedCount, rewritten };
}
