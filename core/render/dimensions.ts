import type { Dimension, Framework, Track } from '../model/index.ts';

/** A dimension as the "What we assess" section lists it. */
export interface AssessedDimension {
  dimension: Dimension;
  /** Names of the tracks that assess it, or undefined when every track does. */
  tracks?: string[];
}

/**
 * The dimensions the rubric's tracks assess, in the framework's order, each once (analysis reports
 * duplicated ids), with the tracks that assess it when that is not all of them. A dimension no
 * selected track assesses is left out, so a one-track export does not define what it never uses.
 */
export function assessedDimensions(f: Framework): AssessedDimension[] {
  const byDimension = new Map<string, string[]>();
  for (const track of f.tracks) {
    const ids = new Set(track.dimensionIds);
    for (const role of track.roles) for (const x of role.expectations) ids.add(x.dimensionId);
    for (const id of ids) {
      const names = byDimension.get(id);
      if (names) names.push(track.name);
      else byDimension.set(id, [track.name]);
    }
  }
  const result: AssessedDimension[] = [];
  for (const dimension of f.dimensions) {
    if (f.index.dimensions.get(dimension.id) !== dimension) continue;
    const names = byDimension.get(dimension.id);
    if (f.tracks.length > 0 && !names) continue;
    result.push(names && names.length < f.tracks.length ? { dimension, tracks: names } : { dimension });
  }
  return result;
}

/** "Assessed on the Engineering management track only", for a dimension some tracks skip. */
export function assessedOn(tracks: readonly string[]): string {
  const names = tracks.length === 1 ? tracks[0] : `${tracks.slice(0, -1).join(', ')} and ${tracks[tracks.length - 1]}`;
  return `Assessed on the ${names} ${tracks.length === 1 ? 'track' : 'tracks'} only.`;
}

/**
 * The dimensions a track's matrix and role sections show, in the framework's order (one order
 * everywhere, whatever order the track's own `dimensions` list uses), filtered by that list; then
 * any dimension a role assesses that the track does not list, so nothing written is lost.
 */
export function trackDimensionIds(f: Framework, track: Track): string[] {
  const listed = new Set(track.dimensionIds);
  const ids = f.dimensions.map((d) => d.id).filter((id, i, all) => listed.has(id) && all.indexOf(id) === i);
  for (const id of track.dimensionIds) if (!ids.includes(id)) ids.push(id);
  for (const role of track.roles) for (const x of role.expectations) if (!ids.includes(x.dimensionId)) ids.push(x.dimensionId);
  return ids;
}
