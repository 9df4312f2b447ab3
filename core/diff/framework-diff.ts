import type { DiagnosticCode } from '../diagnostic-codes.ts';
import { normalBullet, pairBullets, type WordChange } from '../compare/pair-bullets.ts';
import { twinsOf } from '../model/lookups.ts';
import type { Framework, Level, PayBand, Role } from '../model/types.ts';

/** Every kind of change `rungs diff` reports; the names are part of the JSON output. */
export const changeKinds = [
  'dimension-added',
  'dimension-removed',
  'dimension-renamed',
  'level-added',
  'level-removed',
  'band-changed',
  'track-added',
  'track-removed',
  'role-added',
  'role-removed',
  'role-retitled',
  'role-moved',
  'role-renamed',
  'twin-changed',
  'expectation-added',
  'expectation-removed',
  'expectation-reworded',
  'expectation-moved',
  'proficiency-changed',
  'move-added',
  'move-removed',
  'mapping-changed',
  'years-changed',
  'scope-changed',
  'summary-changed',
] as const;

export type ChangeKind = (typeof changeKinds)[number];

/**
 * One change between two versions. `role`, `track`, `dimension` and `level` are ids in the new
 * version when the thing still exists there (in the old one when it was removed); `before` and
 * `after` are what a reader sees on each side.
 */
export interface FrameworkChange {
  kind: ChangeKind;
  track?: string;
  role?: string;
  dimension?: string;
  level?: string;
  before?: string;
  after?: string;
  /** Set on a rename Rungs inferred (same title and level) rather than one the file declares. */
  guess?: boolean;
  /** For an expectation moved to another dimension: the dimension it was under. */
  previousDimension?: string;
  /** For a reworded expectation: the word-level diff from `before` to `after`. */
  words?: WordChange[];
}

export type SemverAdvice = 'major' | 'minor' | 'patch' | 'none';

export interface VersionLabel {
  version?: string;
  name: string;
}

/** A problem with the new version found while comparing, such as `version/not-bumped`. */
export interface DiffFinding {
  code: DiagnosticCode;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
}

export interface FrameworkDiff {
  from: VersionLabel;
  to: VersionLabel;
  semver: SemverAdvice;
  changes: FrameworkChange[];
  /** Present only when there are findings (with `rungs diff --since`). */
  findings?: DiffFinding[];
}

function label(framework: Framework): VersionLabel {
  return framework.version === undefined ? { name: framework.name } : { version: framework.version, name: framework.name };
}

function allRoles(framework: Framework): Role[] {
  return framework.tracks.flatMap((t) => t.roles);
}

function firstById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function levelLabel(framework: Framework, levelId: string): string {
  const name = framework.index.levels.get(levelId)?.name;
  return name ? `${levelId} (${name})` : levelId;
}

function bandText(band: PayBand | undefined): string | undefined {
  if (!band) return undefined;
  return `${band.min}–${band.max}${band.currency ? ` ${band.currency}` : ''}`;
}

/**
 * Pairs each new role with the old role it continues. Same id first; then a role that declares
 * the old id in `previous-ids`; then, as a guess, an unpaired old role with the same title on the
 * same level. Returns old id → new id for every paired role, and which pairs are guesses.
 */
export function pairRoles(oldFw: Framework, newFw: Framework): { renames: Map<string, string>; paired: Map<string, string>; guesses: Set<string> } {
  const oldRoles = firstById(allRoles(oldFw));
  const newRoles = firstById(allRoles(newFw));
  const paired = new Map<string, string>();
  const renames = new Map<string, string>();
  const guesses = new Set<string>();
  const newTaken = new Set<string>();
  for (const id of oldRoles.keys()) {
    if (newRoles.has(id)) {
      paired.set(id, id);
      newTaken.add(id);
    }
  }
  for (const role of newRoles.values()) {
    if (newTaken.has(role.id)) continue;
    for (const previous of role.previousIds ?? []) {
      if (oldRoles.has(previous) && !paired.has(previous)) {
        paired.set(previous, role.id);
        renames.set(previous, role.id);
        newTaken.add(role.id);
        break;
      }
    }
  }
  const unpairedNew = [...newRoles.values()].filter((r) => !newTaken.has(r.id));
  for (const old of oldRoles.values()) {
    if (paired.has(old.id)) continue;
    const match = unpairedNew.find((r) => !newTaken.has(r.id) && r.title === old.title && r.levelId === old.levelId);
    if (!match) continue;
    paired.set(old.id, match.id);
    renames.set(old.id, match.id);
    guesses.add(old.id);
    newTaken.add(match.id);
  }
  return { renames, paired, guesses };
}

/** What `rungs diff` reports between two versions of a framework, each change once. */
export function diffFrameworks(oldFw: Framework, newFw: Framework): FrameworkDiff {
  const changes: FrameworkChange[] = [];
  const push = (change: FrameworkChange) => changes.push(change);

  const oldDims = firstById(oldFw.dimensions);
  const newDims = firstById(newFw.dimensions);
  for (const d of newDims.values()) {
    const before = oldDims.get(d.id);
    if (!before) push({ kind: 'dimension-added', dimension: d.id, after: d.name });
    else if (before.name !== d.name) push({ kind: 'dimension-renamed', dimension: d.id, before: before.name, after: d.name });
  }
  for (const d of oldDims.values()) if (!newDims.has(d.id)) push({ kind: 'dimension-removed', dimension: d.id, before: d.name });

  const oldLevels = firstById(oldFw.levels);
  const newLevels = firstById(newFw.levels);
  const levelName = (l: Level) => (l.name ? `${l.id} (${l.name})` : l.id);
  for (const l of newLevels.values()) {
    const before = oldLevels.get(l.id);
    if (!before) {
      push({ kind: 'level-added', level: l.id, after: levelName(l) });
      continue;
    }
    const beforeBand = bandText(before.band);
    const afterBand = bandText(l.band);
    if (beforeBand !== afterBand) push({ kind: 'band-changed', level: l.id, ...optionalSide('before', beforeBand), ...optionalSide('after', afterBand) });
  }
  for (const l of oldLevels.values()) if (!newLevels.has(l.id)) push({ kind: 'level-removed', level: l.id, before: levelName(l) });

  const oldTracks = firstById(oldFw.tracks);
  const newTracks = firstById(newFw.tracks);
  for (const t of newTracks.values()) if (!oldTracks.has(t.id)) push({ kind: 'track-added', track: t.id, after: t.name });
  for (const t of oldTracks.values()) if (!newTracks.has(t.id)) push({ kind: 'track-removed', track: t.id, before: t.name });

  const { renames, paired, guesses } = pairRoles(oldFw, newFw);
  const followRename = (id: string | undefined) => (id === undefined ? undefined : (paired.get(id) ?? id));
  const oldRoles = firstById(allRoles(oldFw));
  const newRoles = firstById(allRoles(newFw));
  const pairedNew = new Set(paired.values());

  for (const role of newRoles.values()) {
    if (pairedNew.has(role.id)) continue;
    push({ kind: 'role-added', track: role.trackId, role: role.id, level: role.levelId, after: role.title });
  }
  for (const role of oldRoles.values()) {
    if (paired.has(role.id)) continue;
    push({ kind: 'role-removed', track: role.trackId, role: role.id, level: role.levelId, before: role.title });
  }

  for (const [oldId, newId] of paired) {
    const before = oldRoles.get(oldId) as Role;
    const after = newRoles.get(newId) as Role;
    const where = { track: after.trackId, role: after.id };
    if (renames.has(oldId)) push({ kind: 'role-renamed', ...where, before: oldId, after: newId, ...(guesses.has(oldId) ? { guess: true } : {}) });
    if (before.title !== after.title) push({ kind: 'role-retitled', ...where, before: before.title, after: after.title });
    if (before.levelId !== after.levelId || before.trackId !== after.trackId) {
      push({
        kind: 'role-moved',
        ...where,
        level: after.levelId,
        before: `${before.trackId} / ${levelLabel(oldFw, before.levelId)}`,
        after: `${after.trackId} / ${levelLabel(newFw, after.levelId)}`,
      });
    }
    for (const field of ['years', 'scope', 'summary'] as const) {
      if (before[field] !== after[field]) push({ kind: `${field}-changed`, ...where, ...optionalSide('before', before[field]), ...optionalSide('after', after[field]) });
    }
    changes.push(...expectationChanges(before, after));
  }

  const twins = twinChanges(oldFw, newFw, paired, followRename);
  changes.push(...twins.changes);

  const moveKey = (from: string, to: string, kind: string) => `${from}\u0000${to}\u0000${kind}`;
  const oldMoves = new Map(oldFw.moves.map((m) => [moveKey(followRename(m.from) as string, followRename(m.to) as string, m.kind), m]));
  const newMoves = new Map(newFw.moves.map((m) => [moveKey(m.from, m.to, m.kind), m]));
  for (const [key, m] of newMoves) if (!oldMoves.has(key)) push({ kind: 'move-added', role: m.from, after: `${m.kind}: ${m.from} → ${m.to}` });
  for (const [key, m] of oldMoves) if (!newMoves.has(key)) push({ kind: 'move-removed', role: followRename(m.from) as string, before: `${m.kind}: ${m.from} → ${m.to}` });

  const oldMappings = new Map(oldFw.mappings.map((m) => [m.company, m]));
  const newMappings = new Map(newFw.mappings.map((m) => [m.company, m]));
  for (const company of new Set([...oldMappings.keys(), ...newMappings.keys()])) {
    const before = oldMappings.get(company)?.levels ?? {};
    const after = newMappings.get(company)?.levels ?? {};
    for (const levelId of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const b = Object.prototype.hasOwnProperty.call(before, levelId) ? before[levelId] : undefined;
      const a = Object.prototype.hasOwnProperty.call(after, levelId) ? after[levelId] : undefined;
      if (b === a) continue;
      push({ kind: 'mapping-changed', level: levelId, ...optionalSide('before', b === undefined ? undefined : `${company}: ${b}`), ...optionalSide('after', a === undefined ? undefined : `${company}: ${a}`) });
    }
  }

  return { from: label(oldFw), to: label(newFw), semver: semverAdvice(changes, oldFw, newFw, twins.someoneLostTwin), changes };
}

/**
 * Twin changes, each once: a new `equivalent` on one role changes the twins of up to three roles
 * (the role, its old twin, its new twin), so links that changed are covered greedily by the role
 * with the most changed links, and other roles are reported only for links not covered yet.
 * The lists show every twin on each side, so a reader sees the whole picture of the role.
 */
function twinChanges(
  oldFw: Framework,
  newFw: Framework,
  paired: ReadonlyMap<string, string>,
  followRename: (id: string | undefined) => string | undefined,
): { changes: FrameworkChange[]; someoneLostTwin: boolean } {
  const link = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const perRole = new Map<string, { role: Role; before: string[]; after: string[]; changedLinks: Set<string> }>();
  let someoneLostTwin = false;
  const continuing = new Set(paired.values());
  for (const [oldId, newId] of paired) {
    const role = newFw.index.roles.get(newId) as Role;
    const before = twinsOf(oldFw, oldId).map((r) => followRename(r.id) as string);
    const after = twinsOf(newFw, newId).map((r) => r.id);
    if (before.length > 0 && after.length === 0) someoneLostTwin = true;
    // A twin that was added or removed is already reported as role-added or role-removed.
    const changedLinks = new Set<string>();
    for (const id of before) if (!after.includes(id) && continuing.has(id)) changedLinks.add(link(newId, id));
    for (const id of after) if (!before.includes(id) && continuing.has(id)) changedLinks.add(link(newId, id));
    if (changedLinks.size > 0) perRole.set(newId, { role, before, after, changedLinks });
  }
  const covered = new Set<string>();
  const changes: FrameworkChange[] = [];
  const byMostLinks = [...perRole.values()].sort((a, b) => b.changedLinks.size - a.changedLinks.size);
  for (const entry of byMostLinks) {
    if ([...entry.changedLinks].every((l) => covered.has(l))) continue;
    for (const l of entry.changedLinks) covered.add(l);
    changes.push({
      kind: 'twin-changed',
      track: entry.role.trackId,
      role: entry.role.id,
      ...optionalSide('before', entry.before.join(', ') || undefined),
      ...optionalSide('after', entry.after.join(', ') || undefined),
    });
  }
  return { changes, someoneLostTwin };
}

function optionalSide(key: 'before' | 'after', value: string | undefined): { before?: string } | { after?: string } {
  return value === undefined ? {} : { [key]: value };
}

/**
 * Bullet changes of one role between versions, per dimension. A bullet that left one dimension
 * and appears, same words, under another is one move, not a removal plus an addition.
 */
function expectationChanges(before: Role, after: Role): FrameworkChange[] {
  const where = { track: after.trackId, role: after.id };
  const dimensionIds = [...new Set([...after.expectations.map((e) => e.dimensionId), ...before.expectations.map((e) => e.dimensionId)])];
  const bulletsOf = (role: Role, dimensionId: string) => role.expectations.find((e) => e.dimensionId === dimensionId)?.bullets ?? [];
  const added: FrameworkChange[] = [];
  const removed: FrameworkChange[] = [];
  const reworded: FrameworkChange[] = [];
  for (const dimension of dimensionIds) {
    const pairing = pairBullets(bulletsOf(before, dimension), bulletsOf(after, dimension));
    for (const c of pairing.changed) reworded.push({ kind: 'expectation-reworded', ...where, dimension, before: c.from, after: c.to, words: c.words });
    for (const a of pairing.added) added.push({ kind: 'expectation-added', ...where, dimension, after: a.text });
    for (const d of pairing.dropped) removed.push({ kind: 'expectation-removed', ...where, dimension, before: d.text });
  }
  const moved: FrameworkChange[] = [];
  const removedByText = new Map<string, FrameworkChange[]>();
  for (const r of removed) {
    const key = normalBullet(r.before as string);
    removedByText.set(key, [...(removedByText.get(key) ?? []), r]);
  }
  const usedRemovals = new Set<FrameworkChange>();
  const remainingAdded: FrameworkChange[] = [];
  for (const a of added) {
    const match = removedByText.get(normalBullet(a.after as string))?.find((r) => !usedRemovals.has(r) && r.dimension !== a.dimension);
    if (!match) {
      remainingAdded.push(a);
      continue;
    }
    usedRemovals.add(match);
    moved.push({ kind: 'expectation-moved', ...where, dimension: a.dimension as string, previousDimension: match.dimension as string, before: match.before as string, after: a.after as string });
  }
  return [...remainingAdded, ...removed.filter((r) => !usedRemovals.has(r)), ...reworded, ...moved];
}

/**
 * Semantic-versioning advice for publishing the new version: major when someone can lose
 * ground (a role or level removed, a role moved down, a role left without a twin); minor when
 * something was added; patch when only wording or details changed.
 */
export function semverAdvice(changes: readonly FrameworkChange[], oldFw: Framework, newFw: Framework, someoneLostTwin: boolean): SemverAdvice {
  if (changes.length === 0) return 'none';
  const roleRank = (fw: Framework, roleId: string | undefined) => (roleId === undefined ? -1 : (fw.index.roles.get(roleId)?.levelRank ?? -1));
  const { paired } = pairRoles(oldFw, newFw);
  const oldIdOf = new Map([...paired].map(([o, n]) => [n, o]));
  const breaking = changes.some((c) => {
    if (c.kind === 'role-removed' || c.kind === 'level-removed' || c.kind === 'track-removed') return true;
    if (c.kind === 'role-moved') {
      const oldRank = roleRank(oldFw, oldIdOf.get(c.role as string));
      const newRank = roleRank(newFw, c.role);
      return newRank >= 0 && oldRank >= 0 && newRank < oldRank;
    }
    return false;
  });
  if (breaking || someoneLostTwin) return 'major';
  // Anything that changes what is assessed, not only how it is said.
  const substantive = new Set<ChangeKind>([
    'role-added', 'dimension-added', 'dimension-removed', 'level-added', 'track-added', 'expectation-added', 'expectation-removed',
    'expectation-moved', 'move-added', 'move-removed', 'role-moved', 'twin-changed', 'proficiency-changed',
  ]);
  if (changes.some((c) => substantive.has(c.kind))) return 'minor';
  return 'patch';
}
