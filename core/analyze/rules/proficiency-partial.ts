import type { Finding, Rule } from '../rule.ts';
import { hasProficiency } from '../../model/proficiency.ts';

/**
 * Some roles of a track say how much of each dimension they need and others do not: the skills
 * map and radars leave the others out, which reads as if they were missing.
 */
export const proficiencyPartial: Rule = {
  code: 'proficiency/partial',
  check({ framework }) {
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      const withSteps = track.roles.filter(hasProficiency);
      if (withSteps.length === 0 || withSteps.length === track.roles.length) continue;
      for (const role of track.roles) {
        if (hasProficiency(role)) continue;
        findings.push({
          path: role.path,
          message: `Role \`${role.id}\` has no \`proficiency\`, though ${withSteps.length} of the ${track.roles.length} roles on track \`${track.id}\` do: add one so the skills map and radar show it.`,
        });
      }
    }
    return findings;
  },
};
