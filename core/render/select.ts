import { indexTracks, type Framework } from '../model/index.ts';

/** Track ids in `wanted` that the framework does not define, for a clear "use one of …" message. */
export function unknownTrackIds(framework: Framework, wanted: readonly string[]): string[] {
  return wanted.filter((id) => !framework.index.tracks.has(id));
}

/**
 * The framework narrowed to some tracks, for exports of one ladder only. Moves that leave the
 * selection are dropped; levels, dimensions and mappings stay because every track shares them.
 * Returns the framework itself when no selection is asked for.
 */
export function selectTracks(framework: Framework, trackIds?: readonly string[]): Framework {
  if (!trackIds || trackIds.length === 0) return framework;
  const wanted = new Set(trackIds);
  const tracks = framework.tracks.filter((t) => wanted.has(t.id));
  if (tracks.length === framework.tracks.length) return framework;
  const { tracks: trackIndex, roles: roleIndex } = indexTracks(tracks);
  return {
    ...framework,
    tracks,
    moves: framework.moves.filter((m) => roleIndex.has(m.from) && roleIndex.has(m.to)),
    index: { ...framework.index, tracks: trackIndex, roles: roleIndex },
  };
}
