import type { Finding, Rule } from '../rule.ts';

/** A pay band's bottom cannot be above its top. */
export const bandMinAboveMax: Rule = {
  code: 'band/min-above-max',
  check({ framework }) {
    const findings: Finding[] = [];
    for (const level of framework.levels) {
      if (!level.band || level.band.min <= level.band.max) continue;
      findings.push({
        path: `${level.path}/band/min`,
        message: `The pay band of level \`${level.id}\` starts at ${level.band.min}, above its top of ${level.band.max}: swap \`min\` and \`max\`.`,
      });
    }
    return findings;
  },
};
