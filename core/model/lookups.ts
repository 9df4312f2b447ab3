import type { Framework, Role, Track } from './types.ts';

/**
 * Everything the lookups below need, indexed once per framework in one pass over the roles. The
 * model is not changed after it is built, so the index is keyed weakly by the framework object
 * and freed with it. Without it every export, which asks for each role's twins and previous
 * role, was quadratic in the number of roles (20,000 roles on one level took 12 s to export).
 */
interface RoleIndex {
  /** Every role's place in track order, so results come out in the order the file lists them. */
  position: Map<Role, number>;
  byId: Map<string, Role[]>;
  /** Roles by the id they name as `equivalent`. */
  byEquivalent: Map<string, Role[]>;
  /** All roles of a level id, in track order. */
  byLevel: Map<string, Role[]>;
  /**
   * Per level id, the roles that can be anyone's implicit twin there: on a defined level and
   * naming no equivalent of their own, in track order.
   */
  implicitByLevel: Map<string, Role[]>;
  /** Implicit twins of a level seen from one track (`implicitByLevel` minus that track), built on demand. */
  implicitFromTrack: Map<string, Map<string, Role[]>>;
  /** Per track object, what `previousRole` needs, built on demand. */
  ranks: Map<Track, TrackRanks>;
}

const roleIndexes = new WeakMap<Framework, RoleIndex>();

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function roleIndex(framework: Framework): RoleIndex {
  let index = roleIndexes.get(framework);
  if (index) return index;
  index = { position: new Map(), byId: new Map(), byEquivalent: new Map(), byLevel: new Map(), implicitByLevel: new Map(), implicitFromTrack: new Map(), ranks: new Map() };
  for (const track of framework.tracks) {
    for (const role of track.roles) {
      index.position.set(role, index.position.size);
      append(index.byId, role.id, role);
      append(index.byLevel, role.levelId, role);
      if (role.equivalent !== undefined) append(index.byEquivalent, role.equivalent, role);
      else if (role.levelRank >= 0) append(index.implicitByLevel, role.levelId, role);
    }
  }
  roleIndexes.set(framework, index);
  return index;
}

/** All roles on a level, in track order. */
export function rolesAtLevel(framework: Framework, levelId: string): Role[] {
  return [...(roleIndex(framework).byLevel.get(levelId) ?? [])];
}

/** The implicit twins on `levelId` of a role on track `trackId`, computed once per level and track. */
function implicitTwins(index: RoleIndex, levelId: string, trackId: string): Role[] {
  let fromTrack = index.implicitFromTrack.get(levelId);
  if (!fromTrack) {
    fromTrack = new Map();
    index.implicitFromTrack.set(levelId, fromTrack);
  }
  let twins = fromTrack.get(trackId);
  if (!twins) {
    twins = (index.implicitByLevel.get(levelId) ?? []).filter((other) => other.trackId !== trackId);
    fromTrack.set(trackId, twins);
  }
  return twins;
}

/**
 * A role's twins on other tracks: roles that name it as `equivalent` or that it names, and,
 * when neither side declares an equivalent, the roles on other tracks at the same level.
 */
export function twinsOf(framework: Framework, roleId: string): Role[] {
  const role = framework.index.roles.get(roleId);
  if (!role) return [];
  const index = roleIndex(framework);
  const byPosition = (a: Role, b: Role) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0);
  const namingIt = index.byEquivalent.get(role.id) ?? [];
  const named = role.equivalent !== undefined ? (index.byId.get(role.equivalent) ?? []) : [];
  const isTwin = (other: Role) => other.id !== role.id && other.trackId !== role.trackId;
  // Both lists are in file order already; only when both hold roles must they be merged.
  const explicit =
    named.length === 0 ? namingIt.filter(isTwin) : namingIt.length === 0 ? named.filter(isTwin) : [...new Set([...namingIt, ...named])].filter(isTwin).sort(byPosition);
  if (explicit.length > 0 || role.equivalent !== undefined) return explicit;
  // Same level, another track, and naming no equivalent, or naming this very role (which only a
  // role sharing its id can do here, since anyone else naming it would be an explicit twin).
  const implicit = implicitTwins(index, role.levelId, role.trackId);
  const alsoNamingIt = namingIt.filter((other) => other.trackId !== role.trackId && other.levelId === role.levelId && other.levelRank >= 0);
  return alsoNamingIt.length === 0 ? [...implicit] : [...implicit, ...alsoNamingIt].sort(byPosition);
}

/**
 * Whether `twinsOf(framework, role.id)` is exactly `implicitTwins` of the role's own level and
 * track: the role is the one its id names, names no equivalent and nobody names it. Renderers
 * that only need to know whether twins exist can then count instead of listing them.
 */
export function hasOnlyImplicitTwins(framework: Framework, role: Role): boolean {
  return role.equivalent === undefined && framework.index.roles.get(role.id) === role && !roleIndex(framework).byEquivalent.has(role.id);
}

/** The track ids of the roles that can be an implicit twin on a level (see `hasOnlyImplicitTwins`). */
export function implicitTwinTracks(framework: Framework, levelId: string): Set<string> {
  return new Set((roleIndex(framework).implicitByLevel.get(levelId) ?? []).map((r) => r.trackId));
}

/** A track's staffed ranks, ascending, and the last role (in file order) on each. */
interface TrackRanks {
  ranks: number[];
  lastAt: Map<number, Role>;
}

function trackRanks(index: RoleIndex, track: Track): TrackRanks {
  let found = index.ranks.get(track);
  if (found) return found;
  const lastAt = new Map<number, Role>();
  for (const role of track.roles) if (role.levelRank >= 0) lastAt.set(role.levelRank, role);
  found = { ranks: [...lastAt.keys()].sort((a, b) => a - b), lastAt };
  index.ranks.set(track, found);
  return found;
}

/**
 * The role just below this one on its own track (highest strictly lower level; of several
 * there, the last in file order), if any.
 */
export function previousRole(framework: Framework, roleId: string): Role | undefined {
  const role = framework.index.roles.get(roleId);
  if (!role || role.levelRank < 0) return undefined;
  const track = framework.index.tracks.get(role.trackId);
  if (!track) return undefined;
  const { ranks, lastAt } = trackRanks(roleIndex(framework), track);
  // Binary search for the number of staffed ranks strictly below the role's.
  let lo = 0;
  let hi = ranks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranks[mid] as number) < role.levelRank) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? lastAt.get(ranks[lo - 1] as number) : undefined;
}

/** The highest level rank staffed on a track, or -1 when it has no role on a known level. */
export function topRank(framework: Framework, trackId: string): number {
  const track = framework.index.tracks.get(trackId);
  let top = -1;
  for (const role of track?.roles ?? []) top = Math.max(top, role.levelRank);
  return top;
}
