import type { Finding, Rule } from '../rule.ts';
import { rawAt } from '../helpers.ts';
import { pointerOf } from '../../positions.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';

/** Expectation keys and a track's `dimensions` subset must name defined dimensions. */
export const unknownDimension: Rule = {
  code: 'ref/unknown-dimension',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    const ids = [...framework.index.dimensions.keys()];
    const report = (path: string, id: string, where: string, target: 'key' | 'value') => {
      const suggestions = suggest(id, ids);
        const fixes = closest(id, ids);
      findings.push({
        path,
        target,
        message: `${where} \`${id}\`, which is not defined in \`dimensions\`${didYouMean(suggestions) || '.'}`,
        ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
      });
    };
    for (const track of framework.tracks) {
      const subset = rawAt(parsed, `${track.path}/dimensions`);
      if (Array.isArray(subset)) {
        subset.forEach((entry, i) => {
          const isObject = typeof entry === 'object' && entry !== null;
          const id: unknown = isObject ? (entry as Record<string, unknown>).id : entry;
          if (typeof id === 'string' && !framework.index.dimensions.has(id)) {
            report(`${track.path}/dimensions/${i}${isObject ? '/id' : ''}`, id, `Track \`${track.id}\` lists the dimension`, 'value');
          }
        });
      }
      for (const role of track.roles) {
        for (const expectation of role.expectations) {
          if (framework.index.dimensions.has(expectation.dimensionId)) continue;
          report(
            `${role.path}${pointerOf('expectations', expectation.dimensionId)}`,
            expectation.dimensionId,
            `Role \`${role.id}\` has expectations for the dimension`,
            'key',
          );
        }
      }
    }
    return findings;
  },
};
