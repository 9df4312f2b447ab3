/**
 * The indexed lookups (twins, previous role, parity rows) against the per-role scans they
 * replaced, on random frameworks full of what a broken file may hold: repeated role, track and
 * level ids, equivalents naming themselves, their own track, unknown roles or each other.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFramework, previousRole, rolesAtLevel, topRank, twinsOf, type Framework, type Role } from '../../../core/model/index.ts';
import { parityRows } from '../../../core/render/parity.ts';

/** twinsOf as it was: a scan of all roles per call. */
function referenceTwins(framework: Framework, roleId: string): Role[] {
  const role = framework.index.roles.get(roleId);
  if (!role) return [];
  const all = framework.tracks.flatMap((t) => t.roles);
  const explicit = all.filter(
    (other) => other.id !== role.id && other.trackId !== role.trackId && (other.equivalent === role.id || (role.equivalent !== undefined && other.id === role.equivalent)),
  );
  if (explicit.length > 0 || role.equivalent !== undefined) return explicit;
  return all.filter(
    (other) => other.trackId !== role.trackId && other.levelId === role.levelId && other.levelRank >= 0 && (other.equivalent === undefined || other.equivalent === role.id),
  );
}

/** previousRole as it was: a scan of the role's track. */
function referencePrevious(framework: Framework, roleId: string): Role | undefined {
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

/** parityRows' twin marks as they were: every role's twins listed. */
function referenceTwinned(framework: Framework): boolean[][] {
  return parityRows(framework).map(({ level, cells }) => {
    const column = new Map(framework.tracks.map((t, i) => [t.id, i]));
    const twinned = cells.map(() => false);
    cells.forEach((roles, i) => {
      for (const role of roles) {
        for (const twin of referenceTwins(framework, role.id)) {
          const j = column.get(twin.trackId);
          if (j === undefined || j === i || twin.levelId !== level.id) continue;
          twinned[i] = true;
          twinned[j] = true;
        }
      }
    });
    return twinned;
  });
}

// Few ids, so that repeats and cross references are common.
const roleId = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const levelId = fc.constantFrom('L1', 'L2', 'L3', 'L9');
const raw = fc.record({
  levels: fc.array(fc.constantFrom('L1', 'L2', 'L3'), { minLength: 1, maxLength: 4 }),
  tracks: fc.array(
    fc.record({
      id: fc.constantFrom('ic', 'em', 'ops'),
      kind: fc.constantFrom('ic', 'management', 'other'),
      roles: fc.array(fc.record({ id: roleId, level: levelId, equivalent: fc.option(roleId, { nil: undefined }) }), { maxLength: 5 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

function frameworkOf(data: { levels: string[]; tracks: { id: string; kind: string; roles: { id: string; level: string; equivalent?: string }[] }[] }): Framework {
  return buildFramework({
    rungs: 1,
    name: 'Lookups',
    dimensions: [{ id: 'craft', name: 'Craft', kind: 'hard' }],
    levels: data.levels.map((id) => ({ id })),
    tracks: data.tracks.map((t) => ({
      id: t.id,
      name: t.id,
      kind: t.kind,
      roles: t.roles.map((r) => ({ id: r.id, title: r.id, level: r.level, ...(r.equivalent === undefined ? {} : { equivalent: r.equivalent }) })),
    })),
  });
}

describe('indexed lookups', () => {
  it('give the same twins, previous roles and parity marks as the scans they replace', () => {
    fc.assert(
      fc.property(raw, (data) => {
        const framework = frameworkOf(data);
        for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'nobody']) {
          expect(twinsOf(framework, id)).toEqual(referenceTwins(framework, id));
          // Same objects, not just equal ones: renderers compare roles by identity.
          twinsOf(framework, id).forEach((twin, i) => expect(twin).toBe(referenceTwins(framework, id)[i]));
          expect(previousRole(framework, id)).toBe(referencePrevious(framework, id));
        }
        expect(parityRows(framework).map((row) => row.twinned)).toEqual(referenceTwinned(framework));
        for (const level of ['L1', 'L2', 'L9']) expect(rolesAtLevel(framework, level)).toEqual(framework.tracks.flatMap((t) => t.roles.filter((r) => r.levelId === level)));
        for (const track of ['ic', 'em', 'x']) {
          const roles = framework.index.tracks.get(track)?.roles ?? [];
          expect(topRank(framework, track)).toBe(roles.length === 0 ? -1 : Math.max(-1, ...roles.map((r) => r.levelRank)));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a twin list handed out cannot change the next answer', () => {
    const framework = frameworkOf({ levels: ['L1'], tracks: [{ id: 'ic', kind: 'ic', roles: [{ id: 'a', level: 'L1' }] }, { id: 'em', kind: 'management', roles: [{ id: 'b', level: 'L1' }] }] });
    twinsOf(framework, 'a').pop();
    expect(twinsOf(framework, 'a').map((r) => r.id)).toEqual(['b']);
  });
});
