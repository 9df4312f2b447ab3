import type { Finding, Rule } from '../rule.ts';
import { bulletsOf, normaliseBullet, rememberedByExpectations, type BulletAt } from '../helpers.ts';

/** Where a role repeats a bullet of another dimension: the later copy and the first one, as places in its bullets. */
function duplicatesIn(bullets: readonly BulletAt[]): { at: number; earlierAt: number }[] {
  const first = new Map<string, number>();
  const found: { at: number; earlierAt: number }[] = [];
  bullets.forEach((bullet, at) => {
    const key = normaliseBullet(bullet.text);
    if (key === '') return;
    const earlierAt = first.get(key);
    if (earlierAt === undefined) first.set(key, at);
    // A repeat within one dimension is a plain duplicate line; this rule is about two dimensions.
    else if (bullets[earlierAt]?.dimensionId !== bullet.dimensionId) found.push({ at, earlierAt });
  });
  return found;
}

const duplicatesOf = rememberedByExpectations<{ at: number; earlierAt: number }[]>();

/**
 * The same bullet under two dimensions of one role is counted twice in a review and usually means
 * it was pasted into the wrong place. Marked on the later copy, which a quick fix can delete.
 */
export const duplicateAcrossDimensions: Rule = {
  code: 'growth/duplicate-across-dimensions',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    for (const track of framework.tracks) {
      for (const role of track.roles) {
        const duplicates = duplicatesOf(role.expectations, '', () => duplicatesIn(bulletsOf(role, parsed)));
        if (duplicates.length === 0) continue;
        const bullets = bulletsOf(role, parsed);
        for (const { at, earlierAt } of duplicates) {
          const bullet = bullets[at];
          const earlier = bullets[earlierAt];
          if (!bullet || !earlier) continue;
          findings.push({
            path: bullet.path,
            target: 'value',
            message: `This bullet of \`${role.id}\` is also listed under \`${earlier.dimensionId}\`: keep it under the one dimension it shows, and say what \`${bullet.dimensionId}\` looks like in its own words.`,
            data: { removable: true },
            related: [{ path: earlier.path, message: `the same bullet under \`${earlier.dimensionId}\``, target: 'value' }],
          });
        }
      }
    }
    return findings;
  },
};
