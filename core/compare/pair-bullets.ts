import { diffWordsWithSpace } from 'diff';
import { memoBy, memoByText, textKey } from '../memo.ts';

/** One run of a word-level diff: text both sides share, or text only one side has. */
export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A bullet of one list and its counterpart in the other. */
export interface BulletPair {
  from: string;
  to: string;
  fromIndex: number;
  toIndex: number;
}

/** Two bullets that say nearly the same thing in different words. */
export interface ChangedBulletPair extends BulletPair {
  /** Dice coefficient of their word sets, 0 to 1. */
  similarity: number;
  words: WordChange[];
}

/** A bullet found on one side only. */
export interface UnpairedBullet {
  text: string;
  index: number;
}

/**
 * How two lists of bullets line up. Every bullet of `from` appears exactly once in `kept`,
 * `changed` or `dropped`, and every bullet of `to` exactly once in `kept`, `changed` or `added`;
 * each group is in the order of the list it comes from (`to` for pairs and additions).
 */
export interface BulletPairing {
  readonly kept: readonly BulletPair[];
  readonly changed: readonly ChangedBulletPair[];
  readonly added: readonly UnpairedBullet[];
  readonly dropped: readonly UnpairedBullet[];
}

/**
 * Bullets at least this similar count as reworded rather than as one dropped and one added: they
 * share half their words, so a reader sees the same expectation said again.
 */
export const rewordedThreshold = 0.5;

/**
 * Lower case, runs of white space folded, a closing full stop or semicolon dropped: two bullets
 * equal in this form are the same bullet to a reader.
 */
export function normalBullet(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.;]+$/, '');
}

/**
 * The words of a bullet for similarity: lower case, split on anything that is not a letter or a
 * digit (non-ASCII letters stay inside words), a plural "s" dropped so that "service" and
 * "services" count as one word.
 */
export const bulletWords: (text: string) => ReadonlySet<string> = memoByText((text) => {
  const words = new Set<string>();
  for (const w of text.toLowerCase().split(/[^a-z0-9\u0080-\uffff]+/)) {
    if (w) words.add(w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w);
  }
  return words;
});

/** Dice coefficient of two word sets: 1 when they hold the same words, 0 when they share none. */
export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/** A word-level diff of a reworded bullet, white space kept, adjacent runs of one kind merged. */
export function wordDiff(from: string, to: string): WordChange[] {
  const changes: WordChange[] = [];
  for (const part of diffWordsWithSpace(from, to)) {
    const kind: WordChange['kind'] = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = changes[changes.length - 1];
    if (last && last.kind === kind) last.text += part.value;
    else changes.push({ kind, text: part.value });
  }
  return changes;
}

/**
 * Lines up the bullets of two lists (one dimension of two roles, or of two versions of a role).
 * Identical bullets (ignoring case, spacing and a closing full stop) pair first, one to one, so a bullet written twice
 * is kept twice only if the other side has it twice. The rest pair greedily by similarity, most
 * similar first, down to `threshold`; ties go to the earlier bullets, so the result does not
 * depend on anything but the two lists. What is left over was added or dropped.
 */
export const pairBullets: (from: readonly string[], to: readonly string[], threshold?: number) => BulletPairing = memoBy(
  // Remembered by content: the preview pairs every role with the one below on every keystroke,
  // and almost every pair is the same as last time.
  (from, to, threshold = rewordedThreshold) => `${threshold}|${from.length}|${textKey(from)}${textKey(to)}`,
  (from, to, threshold = rewordedThreshold) => pairFresh(from, to, threshold),
  20_000,
);

function pairFresh(from: readonly string[], to: readonly string[], threshold: number): BulletPairing {
  const fromTaken = new Array<boolean>(from.length).fill(false);
  const toTaken = new Array<boolean>(to.length).fill(false);
  const kept: BulletPair[] = [];
  const waiting = new Map<string, number[]>();
  from.forEach((text, index) => {
    const key = normalBullet(text);
    const list = waiting.get(key);
    if (list) list.push(index);
    else waiting.set(key, [index]);
  });
  to.forEach((text, toIndex) => {
    const fromIndex = waiting.get(normalBullet(text))?.shift();
    if (fromIndex === undefined) return;
    fromTaken[fromIndex] = true;
    toTaken[toIndex] = true;
    kept.push({ from: from[fromIndex] as string, to: text, fromIndex, toIndex });
  });

  const fromWords = from.map((text, i) => (fromTaken[i] ? undefined : bulletWords(text)));
  const candidates: { fromIndex: number; toIndex: number; similarity: number }[] = [];
  to.forEach((text, toIndex) => {
    if (toTaken[toIndex]) return;
    const words = bulletWords(text);
    fromWords.forEach((other, fromIndex) => {
      if (!other) return;
      const similarity = wordSimilarity(words, other);
      if (similarity >= threshold) candidates.push({ fromIndex, toIndex, similarity });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.toIndex - b.toIndex || a.fromIndex - b.fromIndex);
  const changed: ChangedBulletPair[] = [];
  for (const c of candidates) {
    if (fromTaken[c.fromIndex] || toTaken[c.toIndex]) continue;
    fromTaken[c.fromIndex] = true;
    toTaken[c.toIndex] = true;
    const fromText = from[c.fromIndex] as string;
    const toText = to[c.toIndex] as string;
    changed.push({ from: fromText, to: toText, fromIndex: c.fromIndex, toIndex: c.toIndex, similarity: c.similarity, words: wordDiff(fromText, toText) });
  }
  kept.sort((a, b) => a.toIndex - b.toIndex);
  changed.sort((a, b) => a.toIndex - b.toIndex);
  return {
    kept,
    changed,
    added: to.flatMap((text, index) => (toTaken[index] ? [] : [{ text, index }])),
    dropped: from.flatMap((text, index) => (fromTaken[index] ? [] : [{ text, index }])),
  };
}
