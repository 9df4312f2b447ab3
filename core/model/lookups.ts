import type { Framework, Role } from './types.ts';

/** All roles on a level, in track order. */
export function rolesAtLevel(framework: Framework, levelId: string): Role[] {
  return framework.tracks.flatMap((track) => track.roles.filter((role) => role.levelId === levelId));
}

interface TwinIndex {
  /** Every role's place in track order, so results come out in the order the file lists them. */
  position: Map<Role, number>;
  byId: Map<string, Role[]>;
  /** Roles by the id they name as `equivalent`. */
  byEquivalent: Map<string, Role[]>;
  byLevel: Map<string, Role[]>;
}

/**
 * Twin lookups indexed once per framework. The model is not changed after it is built, so the
 * index is keyed weakly by the framework object and freed with it. Without it, every export
 * (which asks for each role's twins) was quadratic in the number of roles: a 3,000-role file took
 * half a minute to render.
 */
const twinIndexes = new WeakMap<Framework, TwinIndex>();

function twinIndex(framework: Framework): TwinIndex {
  let index = twinIndexes.get(framework);
  if (index) return index;
  index = { position: new Map(), byId: new Map(), byEquivalent: new Map(), byLevel: new Map() };
  const add = (map: Map<string, Role[]>, key: string, role: Role) => {
    const list = map.get(key);
    if (list) list.push(role);
    else map.set(key, [role]);
  };
  for (const role of framework.tracks.flatMap((t) => t.roles)) {
    index.position.set(role, index.position.size);
    add(index.byId, role.id, role);
    add(index.byLevel, role.levelId, role);
    if (role.equivalent !== undefined) add(index.byEquivalent, role.equivalent, role);
  }
  twinIndexes.set(framework, index);
  return index;
}

/**
 * A role's twins on other tracks: roles that name it as `equivalent` or that it names, and,
 * when neither side declares an equivalent, the roles on other tracks at the same level.
 */
export function twinsOf(framework: Framework, roleId: string): Role[] {
  const role = framework.index.roles.get(roleId);
  if (!role) return [];
  const index = twinIndex(framework);
  const candidates = new Set([...(index.byEquivalent.get(role.id) ?? []), ...(role.equivalent !== undefined ? (index.byId.get(role.equivalent) ?? []) : [])]);
  const explicit = [...candidates]
    .filter((other) => other.id !== role.id && other.trackId !== role.trackId)
    .sort((a, b) => (index.position.get(a) ?? 0) - (index.position.get(b) ?? 0));
  if (explicit.length > 0 || role.equivalent !== undefined) return explicit;
  return (index.byLevel.get(role.levelId) ?? []).filter(
    (other) =>
      other.trackId !== role.trackId &&
      other.levelId === role.levelId &&
      other.levelRank >= 0 &&
      (other.equivalent === undefined || other.equivalent === role.id),
  );
}

/** The role just below this one on its own track (highest strictly lower level), if any. */
export function previousRole(framework: Framework, roleId: string): Role | undefined {
  const role = framework.index.roles.get(roleId);
  if (!role || role.levelRank < 0) return undefined;
  const track = framework.index.tracks.get(role.trackId);
  if (!track) return undefined;
  let best: Role | undefined;
  for (const other of track.roles) {
    if (other.levelRank < 0 || other.levelRank >= role.levelRank) continue;
    if (!best || other.levelRank >= best.levelRank) best = other;
  }
  return best;
}

/** The highest level rank staffed on a track, or -1 when it has no role on a known level. */
export function topRank(framework: Framework, trackId: string): number {
  const track = framework.index.tracks.get(trackId);
  return track ? Math.max(-1, ...track.roles.map((r) => r.levelRank)) : -1;
}
