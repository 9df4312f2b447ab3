import type { Framework, Role } from '../model/types.ts';
import type { ParsedDocument } from '../parse.ts';
import { pointerSegments } from '../positions.ts';

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
