import type { Finding, Rule } from '../rule.ts';
import { allRoles } from '../helpers.ts';

/** A level no role sits on is usually left over or not written yet. */
export const unusedLevel: Rule = {
  code: 'level/unused',
  check({ framework }) {
    const used = new Set(allRoles(framework).map((r) => r.levelId));
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const level of framework.levels) {
      if (used.has(level.id) || seen.has(level.id)) continue;
      seen.add(level.id);
      findings.push({
        path: `${level.path}/id`,
        message: `No role on any track sits on level \`${level.id}\`: add a role there, or remove the level if you do not need it.`,
      });
    }
    return findings;
  },
};
