/**
 * "Did you mean …?" for misspelt keys and ids: the candidates closest to what was typed, by
 * edit distance (a swap of two neighbouring letters counts as one edit) and ignoring case.
 */

/** Optimal-string-alignment distance, capped: returns `limit + 1` as soon as it is exceeded. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rolling rows are enough for adjacent transpositions.
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * The candidates close enough to `input` to be a likely typo, nearest first (at most `max`).
 * Short words allow one edit, longer ones about one edit per four letters; a candidate that
 * differs only in case, or that one of the two starts with, always counts.
 */
export function suggest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const typed = input.trim().toLowerCase();
  if (!typed) return [];
  const limit = Math.max(1, Math.floor(typed.length / 4));
  const scored: { candidate: string; score: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (seen.has(candidate) || candidate === input) continue;
    seen.add(candidate);
    const lower = candidate.toLowerCase();
    let score: number;
    if (lower === typed) score = 0;
    else if (typed.length >= 3 && (lower.startsWith(typed) || typed.startsWith(lower)) && lower.length >= 2) score = 0.5 + Math.abs(lower.length - typed.length) / 100;
    else {
      const distance = editDistance(typed, lower, limit);
      if (distance > limit) continue;
      score = distance;
    }
    scored.push({ candidate, score });
  }
  // A match that differs only in case is almost certainly the one meant.
  if (scored.some((s) => s.score === 0)) return scored.filter((s) => s.score === 0).slice(0, max).map((s) => s.candidate);
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map((s) => s.candidate);
}

/** " — did you mean `x`?" (or `x` or `y`), or '' when there is nothing close. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return '';
  const quoted = suggestions.map((s) => `\`${s}\``);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
  return ` — did you mean ${list}?`;
}

/**
 * Replacement candidates for a quick fix: the likely typos first (as `suggest` finds them), then
 * the nearest of the remaining ids by edit distance, so an editor always has something to offer
 * when the framework defines ids at all (`L99` still offers `L7`, `L6`, …).
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  const unique = [...new Set(candidates)].filter((c) => c !== input);
  const likely = suggest(input, unique, max);
  if (likely.length >= max) return likely;
  const typed = input.trim().toLowerCase();
  const rest = unique
    .filter((c) => !likely.includes(c))
    .map((candidate) => ({ candidate, distance: editDistance(typed, candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate, undefined, { numeric: true }))
    .map((s) => s.candidate);
  return [...likely, ...rest].slice(0, max);
}
