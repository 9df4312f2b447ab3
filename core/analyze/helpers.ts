import type { Expectation, Framework, Role } from '../model/types.ts';
import type { ParsedDocument } from '../parse.ts';
import type { RuleContext } from './rule.ts';
import { memoByText } from '../memo.ts';
import { escapePointerSegment, pointerOf, pointerSegments } from '../positions.ts';

/** The raw value at a JSON Pointer in the parsed data, reading own properties only. */
export function rawAt(parsed: ParsedDocument, pointer: string): unknown {
  let value: unknown = parsed.data;
  for (const segment of pointerSegments(pointer)) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/** Every role on every track, in file order. */
export function allRoles(framework: Framework): Role[] {
  return framework.tracks.flatMap((track) => track.roles);
}

/** The highest level rank staffed by any track of this kind, with the role that staffs it. */
export function topOfKind(framework: Framework, kind: 'ic' | 'management'): Role | undefined {
  let top: Role | undefined;
  for (const track of framework.tracks) {
    if (track.kind !== kind) continue;
    for (const role of track.roles) if (role.levelRank >= 0 && (!top || role.levelRank > top.levelRank)) top = role;
  }
  return top;
}

/**
 * Compares bullets the way a reader would: case, spacing and a final full stop don't matter.
 * Remembered by text: nearly every bullet is unchanged between two keystrokes' checks, which
 * makes the growth rules ~5x cheaper on large frameworks.
 */
export const normaliseBullet: (bullet: string) => string = memoByText((bullet) => bullet.trim().replace(/\s+/g, ' ').replace(/[.;!]+$/, '').toLowerCase(), 100_000);

/**
 * Work on a role's expectations, remembered by the expectations array itself: the model hands back
 * the same array for every role an edit did not touch (see model/build.ts), so a keystroke redoes
 * a rule's per-role work for one role. `variant` names the settings the work also depends on. The
 * value must not depend on anything else about the role (its id, path or place): two roles can
 * share one array (a YAML alias).
 */
export function rememberedByExpectations<T>(): (expectations: readonly Expectation[], variant: string, compute: () => T) => T {
  const cache = new WeakMap<readonly Expectation[], { variant: string; value: T }>();
  return (expectations, variant, compute) => {
    const known = cache.get(expectations);
    if (known?.variant === variant) return known.value;
    const value = compute();
    cache.set(expectations, { variant, value });
    return value;
  };
}

/** Double-quoted YAML escapes that write a character the source does not show (`"\u200B"`, `"\xAD"`). */
const characterEscape = /\\[xuUNLP_]/;

/**
 * False when no string of the data can hold a character `pattern` (not global) matches: the
 * source has none, and no escape that could write one. One scan of the text instead of a walk
 * over every string, for rules that look for rare characters.
 */
export function mayContain(context: Pick<RuleContext, 'sourceText'>, pattern: RegExp): boolean {
  const source = context.sourceText;
  if (source === undefined || pattern.test(source)) return true;
  // Several rules ask about the same text in one check: scan it for escapes once.
  if (escapesChecked?.text !== source) escapesChecked = { text: source, found: characterEscape.test(source) };
  return escapesChecked.found;
}

let escapesChecked: { text: string; found: boolean } | undefined;

/** Shortens a bullet for a related-location label. */
export function excerpt(bullet: string, length = 60): string {
  const text = bullet.trim().replace(/\s+/g, ' ');
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** One bullet as written in the file, with the role and dimension it belongs to. */
export interface BulletAt {
  role: Role;
  dimensionId: string;
  index: number;
  text: string;
  /** JSON Pointer of the bullet. */
  path: string;
}

/** Bullets by role, shared by the rules of one check (the model is rebuilt for every check). */
const bulletCache = new WeakMap<Role, BulletAt[]>();

/** Every text bullet of a role, in file order, read from the document so indexes match the source. */
export function bulletsOf(role: Role, parsed: ParsedDocument): BulletAt[] {
  const cached = bulletCache.get(role);
  if (cached) return cached;
  const bullets: BulletAt[] = [];
  bulletCache.set(role, bullets);
  // One look-up of the role's raw expectations; the dimension keys are own properties of it.
  const block = rawAt(parsed, `${role.path}/expectations`);
  if (typeof block !== 'object' || block === null || Array.isArray(block)) return bullets;
  for (const expectation of role.expectations) {
    if (!Object.prototype.hasOwnProperty.call(block, expectation.dimensionId)) continue;
    const raw = (block as Record<string, unknown>)[expectation.dimensionId];
    if (!Array.isArray(raw)) continue;
    const base = `${role.path}${pointerOf('expectations', expectation.dimensionId)}/`;
    raw.forEach((text, index) => {
      if (typeof text === 'string') bullets.push({ role, dimensionId: expectation.dimensionId, index, text, path: base + index });
    });
  }
  return bullets;
}

/**
 * Calls `found` for every string in the document, keys included (`isKey`), until it returns
 * false. `segments` is the live path to the string (read it, don't keep it) and `path()` builds
 * its JSON Pointer, only for the few strings a rule reports: building one for every node of a
 * large file would cost more than the checks. Aliases make the data a graph, so each object is
 * visited once.
 */
export function eachString(data: unknown, found: (text: string, isKey: boolean, segments: readonly string[], path: () => string) => boolean | void): void {
  const seen = new WeakSet<object>();
  const segments: string[] = [];
  const path = () => segments.map((s) => `/${escapePointerSegment(s)}`).join('');
  let going = true;
  const visit = (value: unknown): void => {
    if (!going) return;
    if (typeof value === 'string') {
      if (found(value, false, segments, path) === false) going = false;
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length && going; i += 1) {
        segments.push(String(i));
        visit(value[i]);
        segments.pop();
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (!going) return;
      segments.push(key);
      if (found(key, true, segments, path) === false) going = false;
      visit(child);
      segments.pop();
    }
  };
  visit(data);
}

/**
 * For each role on a track, the role just below it: the one on the highest lower level (the later
 * one in the file when two share a level). Sorting once keeps this linear for huge tracks.
 */
export function rolesBelow(roles: readonly Role[]): Map<Role, Role> {
  const ranked = roles.filter((r) => r.levelRank >= 0).sort((a, b) => a.levelRank - b.levelRank);
  const below = new Map<Role, Role>();
  let previousRankLast: Role | undefined;
  let currentRank = -1;
  let currentLast: Role | undefined;
  for (const role of ranked) {
    if (role.levelRank !== currentRank) {
      previousRankLast = currentLast;
      currentRank = role.levelRank;
    }
    if (previousRankLast) below.set(role, previousRankLast);
    currentLast = role;
  }
  return below;
}
