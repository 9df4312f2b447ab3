import type { Finding, Rule } from '../rule.ts';
import { allRoles } from '../helpers.ts';
import { closest, didYouMean, suggest } from '../../suggest.ts';

/** `equivalent` and the `from`/`to` of moves must name roles that exist. */
export const unknownRole: Rule = {
  code: 'ref/unknown-role',
  check({ framework }) {
    const findings: Finding[] = [];
    const ids = [...framework.index.roles.keys()];
    const report = (path: string, id: string, where: string) => {
      const suggestions = suggest(id, ids);
        const fixes = closest(id, ids);
      findings.push({
        path,
        message: `${where} \`${id}\`, but no role has that id${didYouMean(suggestions) || '.'}`,
        ...(fixes.length > 0 ? { data: { suggestions: fixes } } : {}),
      });
    };
    for (const role of allRoles(framework)) {
      if (role.equivalent !== undefined && role.equivalent !== '' && !framework.index.roles.has(role.equivalent)) {
        report(`${role.path}/equivalent`, role.equivalent, `Role \`${role.id}\` names its equivalent as`);
      }
    }
    framework.moves.forEach((move, i) => {
      const label = `Move ${i + 1}`;
      if (!framework.index.roles.has(move.from)) report(`${move.path}/from`, move.from, `${label} starts from`);
      if (!framework.index.roles.has(move.to)) report(`${move.path}/to`, move.to, `${label} goes to`);
    });
    return findings;
  },
};
