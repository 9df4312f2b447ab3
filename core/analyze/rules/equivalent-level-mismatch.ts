import type { Finding, Rule } from '../rule.ts';
import { allRoles } from '../helpers.ts';

/** Explicit twins are equal in seniority and pay, so they must sit on the same level. */
export const equivalentLevelMismatch: Rule = {
  code: 'parity/equivalent-level-mismatch',
  check({ framework }) {
    const findings: Finding[] = [];
    for (const role of allRoles(framework)) {
      if (role.equivalent === undefined || role.levelRank < 0) continue;
      const twin = framework.index.roles.get(role.equivalent);
      if (!twin || twin.levelRank < 0 || twin.levelRank === role.levelRank) continue;
      findings.push({
        path: `${role.path}/equivalent`,
        message: `Role \`${role.id}\` (\`${role.levelId}\`) names \`${twin.id}\` as its equivalent, but \`${twin.id}\` is on \`${twin.levelId}\`: equivalents must share a level. Move one of them or pick another equivalent.`,
      });
    }
    return findings;
  },
};
