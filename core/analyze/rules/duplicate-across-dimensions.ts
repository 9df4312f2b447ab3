import type { Finding, Rule } from '../rule.ts';
import { bulletsOf, normaliseBullet, type BulletAt } from '../helpers.ts';

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
        const first = new Map<string, BulletAt>();
        for (const bullet of bulletsOf(role, parsed)) {
          const key = normaliseBullet(bullet.text);
          if (key === '') continue;
          const earlier = first.get(key);
          if (!earlier) {
            first.set(key, bullet);
            continue;
          }
          // A repeat within one dimension is a plain duplicate line; this rule is about two dimensions.
          if (earlier.dimensionId === bullet.dimensionId) continue;
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
