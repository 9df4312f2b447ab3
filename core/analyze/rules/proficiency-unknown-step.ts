import type { Finding, Rule } from '../rule.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';
import { escapePointerSegment } from '../../positions.ts';

/** A role's proficiency names a step of the scale (the file's own, or the default five). */
export const proficiencyUnknownStep: Rule = {
  code: 'proficiency/unknown-step',
  check({ framework }) {
    const findings: Finding[] = [];
    const ids = framework.proficiency.map((s) => s.id);
    const known = new Set(ids);
    const scale = framework.proficiencyDeclared ? 'the `proficiency` scale' : 'the default scale (awareness, foundational, working, practitioner, expert)';
    for (const track of framework.tracks) {
      for (const role of track.roles) {
        for (const [dimensionId, stepId] of Object.entries(role.proficiency)) {
          if (known.has(stepId)) continue;
          const fixes = closest(stepId, ids);
          findings.push({
            path: `${role.path}/proficiency/${escapePointerSegment(dimensionId)}`,
            target: 'value',
            message: `Role \`${role.id}\` needs \`${stepId}\` in \`${dimensionId}\`, which is not a step of ${scale}${didYouMean(suggest(stepId, ids)) || '.'}`,
            ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
          });
        }
      }
    }
    return findings;
  },
};
