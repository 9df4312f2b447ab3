import { hasOnlyImplicitTwins, implicitTwinTracks, twinsOf } from '../model/index.ts';
import type { Framework, Level, Role, Track } from '../model/index.ts';

/** One row of the parity matrix: a level and, per track, the roles on it. */
export interface ParityRow {
  level: Level;
  /** In track order; an empty array where a track has no role on this level. */
  cells: Role[][];
  /** Per cell, whether a role in it has a twin in another column of this row. */
  twinned: boolean[];
}

/**
 * The parity matrix, most senior level first, shared by the HTML and Markdown exports so both
 * show the same twins.
 */
export function parityRows(framework: Framework): ParityRow[] {
  const tracks: Track[] = framework.tracks;
  const column = new Map(tracks.map((t, i) => [t.id, i]));
  const byLevel = new Map<string, Role[][]>();
  for (const level of framework.levels) byLevel.set(level.id, tracks.map(() => []));
  tracks.forEach((track, i) => {
    for (const role of track.roles) byLevel.get(role.levelId)?.[i]?.push(role);
  });

  const rows: ParityRow[] = [];
  const seen = new Set<string>();
  for (const level of [...framework.levels].reverse()) {
    // A duplicated level id is reported by analysis; show its roles once, on the first definition.
    if (seen.has(level.id)) continue;
    seen.add(level.id);
    const cells = byLevel.get(level.id) ?? [];
    if (cells.length === 0) continue;
    rows.push({ level, cells, twinned: twinnedCells(framework, level, cells, column) });
  }
  return rows;
}

/**
 * Which cells of a row hold a role with a twin in another column of the row. Most roles have
 * only implicit twins (every role on the level on another track naming no equivalent), so those
 * are settled by comparing track ids rather than listing each role's twins, which for many
 * tracks on one level would be quadratic; the rest ask `twinsOf`.
 */
function twinnedCells(framework: Framework, level: Level, cells: Role[][], column: Map<string, number>): boolean[] {
  const twinned = cells.map(() => false);
  // Tracks holding an implicit twin on this level, and tracks holding a role that has only implicit twins.
  const twinTracks = implicitTwinTracks(framework, level.id);
  const seekingTracks = new Set<string>();
  const hasOther = (ids: Set<string>, trackId: string) => ids.size > 1 || (ids.size === 1 && !ids.has(trackId));
  cells.forEach((roles, i) => {
    for (const role of roles) {
      if (role.levelId === level.id && hasOnlyImplicitTwins(framework, role)) {
        seekingTracks.add(role.trackId);
        // Its twins are the implicit twins on other tracks; another track is another column.
        if (hasOther(twinTracks, role.trackId)) twinned[i] = true;
        continue;
      }
      for (const twin of twinsOf(framework, role.id)) {
        const j = column.get(twin.trackId);
        if (j === undefined || j === i || twin.levelId !== level.id) continue;
        twinned[i] = true;
        twinned[j] = true;
      }
    }
  });
  // An implicit twin's column is marked when a role on another track lists it.
  for (const trackId of twinTracks) {
    const j = column.get(trackId);
    if (j !== undefined && hasOther(seekingTracks, trackId)) twinned[j] = true;
  }
  return twinned;
}
