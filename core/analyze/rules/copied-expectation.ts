import type { Expectation } from '../../model/types.ts';
import type { Finding, Rule } from '../rule.ts';
import { bulletsOf, excerpt, normaliseBullet as normalise, rememberedByExpectations, rolesBelow, type BulletAt } from '../helpers.ts';

/** The places, in a role's bullets, of those copied from the role below. */
function copiedFrom(below: readonly Expectation[], bullets: readonly BulletAt[]): number[] {
  const previous = new Set(below.flatMap((e) => e.bullets.map(normalise)));
  if (previous.size === 0) return [];
  return bullets.flatMap((b, at) => (previous.has(normalise(b.text)) ? [at] : []));
}

/** By the role's expectations, then by those of the role below: both must be unchanged to reuse. */
const copiedOf = rememberedByExpectations<WeakMap<readonly Expectation[], number[]>>();

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
        const byBelow = copiedOf(role.expectations, '', () => new WeakMap());
        let places = byBelow.get(below.expectations);
        if (!places) {
          places = copiedFrom(below.expectations, bulletsOf(role, parsed));
          byBelow.set(below.expectations, places);
        }
        if (places.length === 0) continue;
        const bullets = bulletsOf(role, parsed);
        const copied = places.flatMap((at) => (bullets[at] ? [{ path: bullets[at].path, bullet: bullets[at].text }] : []));
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
