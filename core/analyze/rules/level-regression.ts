import type { Finding, Rule } from '../rule.ts';
import type { Role } from '../../model/types.ts';

/** A track lists its roles from junior to senior, so no role may sit below one listed before it. */
export const levelRegression: Rule = {
  code: 'order/level-regression',
  check({ framework }) {
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      let highest: Role | undefined;
      for (const role of track.roles) {
        if (role.levelRank < 0) continue;
        if (highest && role.levelRank < highest.levelRank) {
          findings.push({
            path: `${role.path}/level`,
            message: `Role \`${role.id}\` is on level \`${role.levelId}\`, below \`${highest.id}\` (\`${highest.levelId}\`) listed before it on track \`${track.id}\`. List a track's roles from junior to senior, in the order of \`levels\`.`,
          });
          continue;
        }
        if (!highest || role.levelRank > highest.levelRank) highest = role;
      }
    }
    return findings;
  },
};
