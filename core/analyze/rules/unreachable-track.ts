import type { Role } from '../../model/types.ts';
import { twinsOf } from '../../model/lookups.ts';
import type { Finding, Rule } from '../rule.ts';
import { topOfKind } from '../helpers.ts';

/**
 * A track that starts above the lowest staffed level needs a way in: a move from another track,
 * or a twin on its first level that people can switch from. Without either, a reader cannot tell
 * how anyone ever becomes, say, an engineering manager.
 */
export const unreachableTrack: Rule = {
  code: 'move/unreachable-track',
  check({ framework }) {
    const staffed = framework.tracks.flatMap((t) => t.roles).filter((r) => r.levelRank >= 0);
    if (staffed.length === 0 || framework.tracks.length < 2) return [];
    const lowest = Math.min(...staffed.map((r) => r.levelRank));
    const trackOf = new Map(staffed.map((r) => [r.id, r.trackId] as const));
    // A move naming a role that does not exist may be the way in, misspelt: ref/unknown-role speaks first.
    if (framework.moves.some((m) => !framework.index.roles.has(m.to) || !framework.index.roles.has(m.from))) return [];
    const icTop = topOfKind(framework, 'ic')?.levelRank ?? -1;
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      const first = track.roles.filter((r) => r.levelRank >= 0).reduce<Role | undefined>((a, r) => (!a || r.levelRank < a.levelRank ? r : a), undefined);
      if (!first || first.levelRank <= lowest) continue;
      // A declared twin is a way in (a misspelt one is ref/unknown-role's), and a manager role up to
      // the IC top without an IC twin is already parity/missing-ic-twin's finding.
      if (first.equivalent !== undefined || (track.kind === 'management' && first.levelRank <= icTop)) continue;
      const movedInto = framework.moves.some((m) => trackOf.get(m.to) === track.id && trackOf.get(m.from) !== undefined && trackOf.get(m.from) !== track.id);
      if (movedInto || twinsOf(framework, first.id).length > 0) continue;
      findings.push({
        path: `${first.path}/level`,
        target: 'value',
        message: `Track \`${track.id}\` starts at \`${first.levelId}\` with \`${first.id}\`, above the lowest level, but no move leads into it and \`${first.id}\` has no twin to switch from: add a move (for example \`{ from: <role>, to: ${first.id}, kind: switch }\`) so readers see how people get there.`,
      });
    }
    return findings;
  },
};
