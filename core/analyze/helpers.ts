import type { Framework, Role } from '../model/types.ts';
import type { ParsedDocument } from '../parse.ts';
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
 * Normalised bullets by their text. The studio checks on every keystroke and nearly every bullet
 * is unchanged between two checks (the incremental checker even hands back the same strings), so
 * the growth rules are ~5x cheaper on large frameworks with it. Bounded, so a long session cannot grow it.
 */
const normalised = new Map<string, string>();

/** Compares bullets the way a reader would: case, spacing and a final full stop don't matter. */
export function normaliseBullet(bullet: string): string {
  let value = normalised.get(bullet);
  if (value === undefined) {
    value = bullet.trim().replace(/\s+/g, ' ').replace(/[.;!]+$/, '').toLowerCase();
    if (normalised.size >= 100_000) normalised.clear();
    normalised.set(bullet, value);
  }
  return value;
}

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
 * Calls `found` for every string in the document, keys included (`isKey`), with its JSON Pointer,
 * until it returns false. Aliases make the data a graph, so each object is visited once.
 */
export function eachString(data: unknown, found: (text: string, path: string, isKey: boolean) => boolean | void): void {
  const seen = new WeakSet<object>();
  let going = true;
  const visit = (value: unknown, path: string): void => {
    if (!going) return;
    if (typeof value === 'string') {
      if (found(value, path, false) === false) going = false;
      return;
    }
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}/${i}`));
      return;
    }
    for (const [key, child] of Object.entries(value)) {
      if (!going) return;
      const childPath = `${path}/${escapePointerSegment(key)}`;
      if (found(key, childPath, true) === false) going = false;
      visit(child, childPath);
    }
  };
  visit(data, '');
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
