import type { Finding, Rule } from '../rule.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';

/** A role's `level` must name a level defined in `levels`. */
export const unknownLevel: Rule = {
  code: 'ref/unknown-level',
  severity: 'error',
  description: "Every role's level is one of the levels the framework defines.",
  check({ framework }) {
    const findings: Finding[] = [];
    const ids = [...framework.index.levels.keys()];
    for (const track of framework.tracks) {
      for (const role of track.roles) {
        if (role.levelId === '' || framework.index.levels.has(role.levelId)) continue;
        const suggestions = suggest(role.levelId, ids);
        const fixes = closest(role.levelId, ids);
        findings.push({
          path: `${role.path}/level`,
          message: `Role \`${role.id}\` is on level \`${role.levelId}\`, which is not defined in \`levels\`${didYouMean(suggestions) || '.'}`,
          ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
        });
      }
    }
    return findings;
  },
};
