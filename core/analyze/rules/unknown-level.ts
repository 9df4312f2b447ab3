import type { Finding, Rule } from '../rule.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';

/** A role's `level`, and the `from` of a track's dimension, must name a level defined in `levels`. */
export const unknownLevel: Rule = {
  code: 'ref/unknown-level',
  check({ framework }) {
    const findings: Finding[] = [];
    const ids = [...framework.index.levels.keys()];
    for (const track of framework.tracks) {
      track.dimensionIds.forEach((dimensionId, i) => {
        const from = track.dimensionFrom?.[dimensionId];
        if (from === undefined || framework.index.levels.has(from)) return;
        const fixes = closest(from, ids);
        findings.push({
          path: `${track.path}/dimensions/${i}/from`,
          message: `Track \`${track.id}\` starts the dimension \`${dimensionId}\` at level \`${from}\`, which is not defined in \`levels\`${didYouMean(suggest(from, ids)) || '.'}`,
          ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
        });
      });
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
