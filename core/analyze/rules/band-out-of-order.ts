import type { Finding, Rule } from '../rule.ts';
import type { Level } from '../../model/types.ts';

/** Pay should not fall as seniority rises: a band starting below the band of a lower level. */
export const bandOutOfOrder: Rule = {
  code: 'band/out-of-order',
  check({ framework }) {
    const findings: Finding[] = [];
    let previous: Level | undefined;
    for (const level of framework.levels) {
      if (!level.band) continue;
      const comparable = previous?.band && (previous.band.currency ?? '') === (level.band.currency ?? '');
      if (previous?.band && comparable && level.band.min < previous.band.min) {
        findings.push({
          path: `${level.path}/band/min`,
          message: `The pay band of level \`${level.id}\` starts at ${level.band.min}, below that of the more junior level \`${previous.id}\` (${previous.band.min}): bands should rise with seniority.`,
        });
      }
      previous = level;
    }
    return findings;
  },
};
