import type { Finding, Rule } from '../rule.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';
import { escapePointerSegment } from '../../positions.ts';

/** The keys of a role's proficiency are dimensions the framework defines. */
export const proficiencyUnknownDimension: Rule = {
  code: 'proficiency/unknown-dimension',
  check({ framework }) {
    const findings: Finding[] = [];
    const ids = [...framework.index.dimensions.keys()];
    for (const track of framework.tracks) {
      for (const role of track.roles) {
        for (const dimensionId of Object.keys(role.proficiency)) {
          if (framework.index.dimensions.has(dimensionId)) continue;
          const fixes = closest(dimensionId, ids);
          findings.push({
            path: `${role.path}/proficiency/${escapePointerSegment(dimensionId)}`,
            target: 'key',
            message: `Role \`${role.id}\` gives a proficiency for \`${dimensionId}\`, which is not defined in \`dimensions\`${didYouMean(suggest(dimensionId, ids)) || '.'}`,
            ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
          });
        }
      }
    }
    return findings;
  },
};
