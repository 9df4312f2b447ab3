import type { Finding, Rule } from '../rule.ts';
import { rolesBelow } from '../helpers.ts';
import { roleStepRanks, stepRanks } from '../../model/proficiency.ts';
import { escapePointerSegment } from '../../positions.ts';

/**
 * Climbing a track should never need less of a dimension: a role that needs a lower step than
 * the role below it on the same track says the senior role does less.
 */
export const proficiencyRegression: Rule = {
  code: 'proficiency/regression',
  check({ framework }) {
    const findings: Finding[] = [];
    const ranks = stepRanks(framework);
    for (const track of framework.tracks) {
      const belowOf = rolesBelow(track.roles);
      for (const role of track.roles) {
        const below = belowOf.get(role);
        if (!below) continue;
        const mine = roleStepRanks(framework, role, ranks);
        const theirs = roleStepRanks(framework, below, ranks);
        for (const [dimensionId, rank] of mine) {
          const lower = theirs.get(dimensionId);
          if (lower === undefined || rank >= lower) continue;
          findings.push({
            path: `${role.path}/proficiency/${escapePointerSegment(dimensionId)}`,
            target: 'value',
            message: `Role \`${role.id}\` needs \`${role.proficiency[dimensionId]}\` in \`${dimensionId}\`, less than \`${below.proficiency[dimensionId]}\` for \`${below.id}\` below it on track \`${track.id}\`: a step up should not need less. Raise it, or lower the role below.`,
            related: [{ path: `${below.path}/proficiency/${escapePointerSegment(dimensionId)}`, message: `\`${below.id}\` needs \`${below.proficiency[dimensionId]}\` here`, target: 'value' }],
          });
        }
      }
    }
    return findings;
  },
};
