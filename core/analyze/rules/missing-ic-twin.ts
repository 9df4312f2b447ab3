import type { Finding, Rule } from '../rule.ts';
import { allRoles, topOfKind } from '../helpers.ts';

/**
 * Dual-track parity: every level a management track staffs (up to the top of the IC track; above
 * it `parity/ic-ceiling` speaks) also has an individual-contributor role.
 */
export const missingIcTwin: Rule = {
  code: 'parity/missing-ic-twin',
  check({ framework }) {
    const icTop = topOfKind(framework, 'ic');
    if (!icTop) return [];
    const roles = allRoles(framework);
    const trackKind = new Map(framework.tracks.map((t) => [t.id, t.kind] as const));
    const icRanks = new Set(roles.filter((r) => trackKind.get(r.trackId) === 'ic' && r.levelRank >= 0).map((r) => r.levelRank));
    const icIds = new Set(roles.filter((r) => trackKind.get(r.trackId) === 'ic').map((r) => r.id));
    const namedByIc = new Set(roles.filter((r) => icIds.has(r.id) && r.equivalent !== undefined).map((r) => r.equivalent));
    const findings: Finding[] = [];
    const reported = new Set<number>();
    for (const role of roles) {
      if (trackKind.get(role.trackId) !== 'management' || role.levelRank < 0 || role.levelRank > icTop.levelRank) continue;
      if (icRanks.has(role.levelRank) || reported.has(role.levelRank)) continue;
      const explicitTwin = (role.equivalent !== undefined && icIds.has(role.equivalent)) || namedByIc.has(role.id);
      if (explicitTwin) continue;
      reported.add(role.levelRank);
      findings.push({
        path: `${role.path}/level`,
        message: `No individual-contributor role sits on level \`${role.levelId}\`, where the manager role \`${role.id}\` is: engineers can reach \`${role.levelId}\` only by managing, and \`${role.id}\` has no technical twin of equal seniority and pay. Add an IC role on \`${role.levelId}\`.`,
      });
    }
    return findings;
  },
};
