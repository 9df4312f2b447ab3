import type { Finding, Rule } from '../rule.ts';
import { allRoles } from '../helpers.ts';

/** An `equivalent` is a twin on another track; naming a role on the same track is a mistake. */
export const equivalentSameTrack: Rule = {
  code: 'parity/equivalent-same-track',
  check({ framework }) {
    const findings: Finding[] = [];
    for (const role of allRoles(framework)) {
      if (role.equivalent === undefined) continue;
      const twin = framework.index.roles.get(role.equivalent);
      if (!twin || twin.trackId !== role.trackId) continue;
      findings.push({
        path: `${role.path}/equivalent`,
        message:
          twin.id === role.id
            ? `Role \`${role.id}\` names itself as its equivalent: name its twin on another track, or remove \`equivalent\`.`
            : `Role \`${role.id}\` names \`${twin.id}\` as its equivalent, but both are on track \`${role.trackId}\`: an equivalent is the twin on another track.`,
      });
    }
    return findings;
  },
};
