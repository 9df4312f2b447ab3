import type { Finding, Rule } from '../rule.ts';
import { pointerOf } from '../../positions.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';

/** A mapping's keys are our level ids, so each must be a defined level. */
export const mappingUnknownLevel: Rule = {
  code: 'mapping/unknown-level',
  check({ framework }) {
    const findings: Finding[] = [];
    const ids = [...framework.index.levels.keys()];
    for (const mapping of framework.mappings) {
      for (const ours of Object.keys(mapping.levels)) {
        if (framework.index.levels.has(ours)) continue;
        const suggestions = suggest(ours, ids);
        const fixes = closest(ours, ids);
        findings.push({
          path: `${mapping.path}${pointerOf('levels', ours)}`,
          target: 'key',
          message: `The mapping for ${mapping.company} uses level \`${ours}\`, which is not defined in \`levels\`${didYouMean(suggestions) || '.'} Keys are your own level ids; values are ${mapping.company}'s.`,
          ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
        });
      }
    }
    return findings;
  },
};
