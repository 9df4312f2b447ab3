/** Where a query matched a label, and how well: higher is better. */
export interface FuzzyMatch {
  score: number;
  /** Positions in the label of the matched characters, for highlighting. */
  indices: number[];
}

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text[at - 1] ?? '';
  const here = text[at] ?? '';
  return !isWordChar(before) || (before === before.toLowerCase() && here !== here.toLowerCase());
}

/**
 * Matches the query's characters in order (spaces in the query are ignored), each one either
 * continuing the previous match or starting a word of the label, the way editors' command
 * palettes do: "expdf", "export pdf" and "ep" all find "Export PDF…". Of all the ways the
 * characters can line up, the best scoring is kept: word starts count most, then runs of
 * consecutive characters; every skipped character costs a little, so tight matches rank first.
 * A plain piece of a word ("port") still matches, ranked below. Null when the query does not fit.
 */
export function fuzzyMatch(query: string, label: string): FuzzyMatch | null {
  const pattern = [...query.toLowerCase()].filter((c) => c.trim() !== '');
  if (pattern.length === 0) return { score: 0, indices: [] };
  const text = [...label];
  const lower = text.map((c) => c.toLowerCase());
  const n = text.length;
  const m = pattern.length;
  if (m > n) return null;
  // best[i][j]: the best score with pattern[i] matched at text[j]; from[i][j]: where pattern[i-1] was.
  const best: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(-Infinity));
  const from: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(-1));
  const joined = text.join('');
  for (let i = 0; i < m; i++) {
    for (let j = i; j < n; j++) {
      if (lower[j] !== pattern[i]) continue;
      const wordStart = startsWord(joined, j);
      const bonus = wordStart ? 8 : 0;
      if (i === 0) {
        if (wordStart) best[0]![j] = 1 + bonus - j * 0.2;
        continue;
      }
      for (let k = i - 1; k < j; k++) {
        const previous = best[i - 1]![k]!;
        if (previous === -Infinity) continue;
        const gap = j - k - 1;
        // A character continues the previous one or starts a word: "sa" is Save As, not "Show pArity".
        if (gap > 0 && !wordStart) continue;
        const score = previous + 1 + bonus + (gap === 0 ? 5 : -Math.min(gap, 10) * 0.3);
        if (score > best[i]![j]!) {
          best[i]![j] = score;
          from[i]![j] = k;
        }
      }
    }
  }
  let end = -1;
  let score = -Infinity;
  for (let j = 0; j < n; j++) {
    if (best[m - 1]![j]! > score) {
      score = best[m - 1]![j]!;
      end = j;
    }
  }
  if (end < 0) return substringMatch(pattern.join(''), lower.join(''));
  const indices: number[] = [];
  for (let i = m - 1, j = end; i >= 0; j = from[i]![j]!, i--) indices.unshift(j);
  return { score, indices };
}

/** The fallback: the query as one piece anywhere in the label, scored below any word-start match. */
function substringMatch(pattern: string, lowerLabel: string): FuzzyMatch | null {
  // Both are compared by code points, as the indices are.
  const label = [...lowerLabel];
  const wanted = [...pattern];
  for (let start = 0; start + wanted.length <= label.length; start++) {
    if (wanted.every((c, i) => label[start + i] === c)) return { score: wanted.length - start * 0.2 - 10, indices: wanted.map((_, i) => start + i) };
  }
  return null;
}
