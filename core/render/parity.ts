import { twinsOf } from '../model/index.ts';
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
    const twinned = cells.map(() => false);
    cells.forEach((roles, i) => {
      for (const role of roles) {
        for (const twin of twinsOf(framework, role.id)) {
          const j = column.get(twin.trackId);
          if (j === undefined || j === i || twin.levelId !== level.id) continue;
          twinned[i] = true;
          twinned[j] = true;
        }
      }
    });
    rows.push({ level, cells, twinned });
  }
  return rows;
}
