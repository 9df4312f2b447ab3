import type { Framework, Role } from './types.ts';

/** All roles on a level, in track order. */
export function rolesAtLevel(framework: Framework, levelId: string): Role[] {
  return framework.tracks.flatMap((track) => track.roles.filter((role) => role.levelId === levelId));
}

/**
 * A role's twins on other tracks: roles that name it as `equivalent` or that it names, and,
 * when neither side declares an equivalent, the roles on other tracks at the same level.
 */
export function twinsOf(framework: Framework, roleId: string): Role[] {
  const role = framework.index.roles.get(roleId);
  if (!role) return [];
  const all = framework.tracks.flatMap((t) => t.roles);
  const explicit = all.filter(
    (other) => other.id !== role.id && other.trackId !== role.trackId && (other.equivalent === role.id || role.equivalent === other.id),
  );
  if (explicit.length > 0 || role.equivalent !== undefined) return explicit;
  return all.filter(
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
