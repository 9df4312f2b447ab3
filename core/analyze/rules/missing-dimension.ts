import type { Finding, Rule } from '../rule.ts';
import { rawAt } from '../helpers.ts';
import { joinWords } from '../../schema-messages.ts';

/** Every role says what is expected for each dimension that applies to its track. */
export const missingDimension: Rule = {
  code: 'coverage/missing-dimension',
  severity: 'warning',
  description: 'Each role has expectations for every dimension that applies to its track.',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      const applicable = [...new Set(track.dimensionIds)].filter((id) => framework.index.dimensions.has(id));
      for (const role of track.roles) {
        const covered = new Set(role.expectations.filter((e) => e.bullets.length > 0).map((e) => e.dimensionId));
        const missing = applicable.filter((id) => !covered.has(id));
        if (missing.length === 0) continue;
        const hasBlock = rawAt(parsed, `${role.path}/expectations`) !== undefined;
        const list = joinWords(missing.map((id) => `\`${id}\``));
        findings.push({
          path: hasBlock ? `${role.path}/expectations` : `${role.path}/id`,
          target: hasBlock ? 'key' : 'value',
          message:
            missing.length === applicable.length
              ? `Role \`${role.id}\` has no expectations yet: add bullets for ${list}.`
              : `Role \`${role.id}\` has no expectations for ${list}: say what good looks like there too, or, if ${missing.length === 1 ? 'it does' : 'they do'} not apply to track \`${track.id}\`, list that track's dimensions under its \`dimensions:\` without ${missing.length === 1 ? 'it' : 'them'}.`,
          data: { missingDimensions: missing },
        });
      }
    }
    return findings;
  },
};
