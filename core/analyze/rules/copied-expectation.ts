import type { Finding, Rule } from '../rule.ts';
import { excerpt, normaliseBullet as normalise, rawAt, rolesBelow } from '../helpers.ts';
import { pointerOf } from '../../positions.ts';

/**
 * A bullet copied unchanged to the next level says nothing about how the role grows. One finding
 * per role, on its first copied bullet, with every copied bullet as a related location: a ladder
 * that copies a whole level needs one decision, not thirty warnings.
 */
export const copiedExpectation: Rule = {
  code: 'growth/copied-expectation',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      const belowOf = rolesBelow(track.roles);
      for (const role of track.roles) {
        const below = belowOf.get(role);
        if (!below) continue;
        const previous = new Set(below.expectations.flatMap((e) => e.bullets.map(normalise)));
        if (previous.size === 0) continue;
        const copied: { path: string; bullet: string }[] = [];
        for (const expectation of role.expectations) {
          const raw = rawAt(parsed, `${role.path}${pointerOf('expectations', expectation.dimensionId)}`);
          if (!Array.isArray(raw)) continue;
          raw.forEach((bullet, i) => {
            if (typeof bullet === 'string' && previous.has(normalise(bullet))) copied.push({ path: `${role.path}${pointerOf('expectations', expectation.dimensionId, i)}`, bullet });
          });
        }
        const first = copied[0];
        if (!first) continue;
        const total = role.expectations.reduce((sum, e) => sum + e.bullets.length, 0);
        const from = `\`${below.id}\` (\`${below.levelId}\`), the level below`;
        findings.push({
          path: first.path,
          message:
            copied.length === 1
              ? `This bullet of \`${role.id}\` is copied unchanged from ${from}: say how the expectation grows at \`${role.levelId}\`, or drop it here.`
              : `${copied.length} of the ${total} bullets of \`${role.id}\` are copied unchanged from ${from} (listed with this problem): say how each expectation grows at \`${role.levelId}\`, or drop it here.`,
          related: copied.map((c) => ({ path: c.path, message: `copied from \`${below.id}\`: ${excerpt(c.bullet)}` })),
        });
      }
    }
    return findings;
  },
};
