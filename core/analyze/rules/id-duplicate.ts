import type { Finding, Rule } from '../rule.ts';
import { allRoles } from '../helpers.ts';

/** Ids must be unique: dimensions, levels and tracks among their kind, roles across the framework. */
export const idDuplicate: Rule = {
  code: 'id/duplicate',
  check({ framework, locate }) {
    const findings: Finding[] = [];
    const groups: { noun: string; scope: string; items: { id: string; path: string }[] }[] = [
      { noun: 'Dimension', scope: 'dimensions', items: framework.dimensions },
      { noun: 'Level', scope: 'levels', items: framework.levels },
      { noun: 'Track', scope: 'tracks', items: framework.tracks },
      { noun: 'Proficiency step', scope: 'the proficiency scale', items: framework.proficiencyDeclared ? framework.proficiency : [] },
      { noun: 'Role', scope: 'all tracks', items: allRoles(framework) },
    ];
    for (const { noun, scope, items } of groups) {
      const first = new Map<string, string>();
      for (const item of items) {
        const earlier = first.get(item.id);
        if (earlier === undefined) {
          first.set(item.id, item.path);
          continue;
        }
        const original = locate(`${earlier}/id`, 'value');
        const here = locate(`${item.path}/id`, 'value');
        const where = original.file === here.file ? `on line ${original.line}` : `in ${original.file ?? 'the including file'} on line ${original.line}`;
        findings.push({
          path: `${item.path}/id`,
          message: `${noun} id \`${item.id}\` is already used ${where}: ids must be unique across ${scope}. Rename one of them.`,
          ...(original.file !== here.file ? { related: [{ path: `${earlier}/id`, message: `\`${item.id}\` first defined here`, target: 'value' as const }] } : {}),
        });
      }
    }
    return findings;
  },
};
