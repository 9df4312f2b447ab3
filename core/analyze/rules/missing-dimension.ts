import type { Finding, Rule } from '../rule.ts';
import { rawAt } from '../helpers.ts';
import { pointerOf } from '../../positions.ts';
import { joinWords } from '../../schema-messages.ts';

/**
 * Every role says what is expected for each dimension that applies to its track. A dimension
 * applies from the level the track's `dimensions` entry names in `from` (everywhere without
 * one), and a role that writes `dimension: []` says on purpose that it does not apply there.
 */
export const missingDimension: Rule = {
  code: 'coverage/missing-dimension',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      const applicable = [...new Set(track.dimensionIds)].filter((id) => framework.index.dimensions.has(id));
      for (const role of track.roles) {
        const startsLater = (id: string) => {
          const from = track.dimensionFrom?.[id];
          const rank = from === undefined ? undefined : framework.index.levels.get(from)?.rank;
          return rank !== undefined && role.levelRank >= 0 && role.levelRank < rank;
        };
        const notApplicable = (id: string) => {
          const raw = rawAt(parsed, `${role.path}${pointerOf('expectations', id)}`);
          return Array.isArray(raw) && raw.length === 0;
        };
        const covered = new Set(role.expectations.filter((e) => e.bullets.length > 0).map((e) => e.dimensionId));
        // Uncovered dimensions are rare, so the level and raw-value look-ups run only for them.
        const uncovered = applicable.filter((id) => !covered.has(id));
        if (uncovered.length === 0) continue;
        const missing = uncovered.filter((id) => !startsLater(id) && !notApplicable(id));
        if (missing.length === 0) continue;
        const expected = applicable.filter((id) => !startsLater(id) && !notApplicable(id));
        const hasBlock = rawAt(parsed, `${role.path}/expectations`) !== undefined;
        const list = joinWords(missing.map((id) => `\`${id}\``));
        const one = missing.length === 1;
        findings.push({
          path: hasBlock ? `${role.path}/expectations` : `${role.path}/id`,
          target: hasBlock ? 'key' : 'value',
          message:
            missing.length === expected.length && covered.size === 0
              ? `Role \`${role.id}\` has no expectations yet: add bullets for ${list}.`
              : `Role \`${role.id}\` has no expectations for ${list}: say what good looks like there too, or, if ${one ? 'it does' : 'they do'} not apply to this role, write \`${missing[0]}: []\`${one ? '' : ' for each'}.`,
          data: { missingDimensions: missing },
        });
      }
    }
    return findings;
  },
};
