import type { Finding, Rule } from '../rule.ts';
import { roleStepRanks, stepRanks } from '../../model/proficiency.ts';
import { twinsOf } from '../../model/lookups.ts';

/**
 * Twins are equal in seniority, so over all dimensions they should need about as much: the mean
 * step of one may differ from the other's by at most one step. They may differ in which
 * dimensions they need most (that is the point of two tracks), not in how much in total.
 */
export const proficiencyUnevenTwins: Rule = {
  code: 'proficiency/uneven-twins',
  check({ framework }) {
    const findings: Finding[] = [];
    const ranks = stepRanks(framework);
    const mean = (values: Iterable<number>) => {
      const list = [...values];
      return list.length === 0 ? undefined : list.reduce((a, b) => a + b, 0) / list.length;
    };
    const reported = new Set<string>();
    for (const track of framework.tracks) {
      for (const role of track.roles) {
        const mine = mean(roleStepRanks(framework, role, ranks).values());
        if (mine === undefined) continue;
        for (const twin of twinsOf(framework, role.id)) {
          const pair = [role.id, twin.id].sort().join('\u0000');
          if (reported.has(pair)) continue;
          const theirs = mean(roleStepRanks(framework, twin, ranks).values());
          if (theirs === undefined || Math.abs(mine - theirs) <= 1) continue;
          reported.add(pair);
          const [more, less, moreMean, lessMean] = mine > theirs ? [role, twin, mine, theirs] : [twin, role, theirs, mine];
          findings.push({
            path: `${role.path}/proficiency`,
            target: 'key',
            message: `Twins \`${more.id}\` and \`${less.id}\` differ by ${(moreMean - lessMean).toFixed(1)} steps on average over their dimensions (${moreMean.toFixed(1)} against ${lessMean.toFixed(1)}): roles equal in seniority should need about as much in total. Rebalance them, or reconsider the twinning.`,
            related: [{ path: `${twin.path}/proficiency`, message: `\`${twin.id}\`'s proficiency`, target: 'key' }],
          });
        }
      }
    }
    return findings;
  },
};
