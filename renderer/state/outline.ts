import type { Framework } from '../../core/model/index.ts';
import type { ParsedDocument } from '../../core/parse.ts';
import { rangeOf } from '../../core/positions.ts';
import type { OutlineTrack } from './check-protocol.ts';

/**
 * The outline panel's tree: tracks, then their roles in file order, each with its source lines.
 * Runs in the check worker, where the parsed document (with positions) already exists.
 */
export function buildOutline(framework: Framework, parsed: ParsedDocument): OutlineTrack[] {
  return framework.tracks.map((track) => ({
    id: track.id,
    name: track.name || track.id,
    kind: track.kind,
    range: rangeOf(parsed, track.path, 'value'),
    head: rangeOf(parsed, track.path, 'head'),
    roles: track.roles.map((role) => ({
      id: role.id,
      title: role.title || role.id,
      levelId: role.levelId,
      range: rangeOf(parsed, role.path, 'value'),
      head: rangeOf(parsed, role.path, 'head'),
      titleKey: rangeOf(parsed, `${role.path}/title`, 'key'),
    })),
  }));
}
