/** Every content cache, so forgetRemembered can empty them all. */
const caches: Map<string, unknown>[] = [];

/**
 * Pure functions remembered by their input's content. The studio checks and re-renders the whole
 * framework on every keystroke while nearly every bullet, title and role stays the same, so work
 * keyed by content is done once per distinct input instead of once per keystroke. A cache is
 * emptied when it reaches `limit` entries, so a long session cannot grow it without bound.
 *
 * Results are shared between callers: treat them as read-only.
 */
export function memoBy<A extends unknown[], T>(keyOf: (...args: A) => string, compute: (...args: A) => T, limit = 50_000): (...args: A) => T {
  const cache = new Map<string, T>();
  caches.push(cache);
  return (...args) => {
    const key = keyOf(...args);
    const known = cache.get(key);
    if (known !== undefined || cache.has(key)) return known as T;
    const value = compute(...args);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}

/** Empties every content cache, so a benchmark can time work as the first export of a process does it. */
export function forgetRemembered(): void {
  for (const cache of caches) cache.clear();
}

/** A pure function of one string, remembered by that string (see memoBy). */
export function memoByText<T>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  return memoBy((text: string) => text, compute, limit);
}

/**
 * One cache key for a list of strings that no other list gives: each part is prefixed with its
 * length, so no text (a quoted YAML scalar may hold any character) can forge a separator.
 */
export function textKey(parts: readonly string[]): string {
  let key = '';
  for (const part of parts) key += `${part.length}:${part}`;
  return key;
}
