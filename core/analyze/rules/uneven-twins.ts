import type { Role } from '../../model/types.ts';
import { twinsOf } from '../../model/lookups.ts';
import type { Finding, Rule } from '../rule.ts';
import { rawAt, rememberedByExpectations } from '../helpers.ts';

/** Twins are uneven when the larger side has more than this many times the bullets or the text… */
export const UNEVEN_RATIO = 2;
/** …and the gap is also at least this many bullets, */
export const MIN_BULLET_GAP = 4;
/** …or at least this many characters, so short roles with 1 and 3 bullets are not reported. */
export const MIN_TEXT_GAP = 300;

const sizes = rememberedByExpectations<{ bullets: number; characters: number }>();

function size(role: Role): { bullets: number; characters: number } {
  return sizes(role.expectations, '', () => measure(role));
}

function measure(role: Role): { bullets: number; characters: number } {
  let bullets = 0;
  let characters = 0;
  for (const e of role.expectations) {
    bullets += e.bullets.length;
    for (const b of e.bullets) characters += b.trim().length;
  }
  return { bullets, characters };
}

function uneven(small: number, large: number, gap: number): boolean {
  return large > small * UNEVEN_RATIO && large - small >= gap;
}

const count = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

/**
 * Dual-track twins are equal in seniority and pay. When one of them is described in four bullets
 * and the other in sixteen, readers take the thinner one as the lesser job and reviewers of it
 * have less to go on. Compared between individual-contributor and management twins.
 */
export const unevenTwins: Rule = {
  code: 'parity/uneven-twins',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    const kindOf = new Map(framework.tracks.map((t) => [t.id, t.kind] as const));
    const seen = new Set<string>();
    for (const track of framework.tracks) {
      if (track.kind !== 'ic') continue;
      for (const role of track.roles) {
        for (const twin of twinsOf(framework, role.id)) {
          if (kindOf.get(twin.trackId) !== 'management') continue;
          const pair = `${role.id}\u0000${twin.id}`;
          if (seen.has(pair)) continue;
          seen.add(pair);
          const a = size(role);
          const b = size(twin);
          // A role with no expectations yet is coverage's problem, not parity's.
          if (a.bullets === 0 || b.bullets === 0) continue;
          const [thin, thick, thinSize, thickSize] = a.characters <= b.characters ? [role, twin, a, b] : [twin, role, b, a];
          if (!uneven(thinSize.bullets, thickSize.bullets, MIN_BULLET_GAP) && !uneven(thinSize.characters, thickSize.characters, MIN_TEXT_GAP)) continue;
          const at = (r: Role) => (rawAt(parsed, `${r.path}/expectations`) !== undefined ? `${r.path}/expectations` : `${r.path}/id`);
          findings.push({
            path: at(thin),
            target: 'key',
            message: `\`${thin.id}\` has ${count(thinSize.bullets, 'bullet')} (${count(thinSize.characters, 'character')}) and its twin \`${thick.id}\` has ${count(thickSize.bullets, 'bullet')} (${count(thickSize.characters, 'character')}). Twins are equal in seniority and pay, so readers take the thinner one as the lesser job: describe \`${thin.id}\` as fully, or trim \`${thick.id}\` to what matters.`,
            related: [{ path: at(thick), message: `the twin \`${thick.id}\`, with ${count(thickSize.bullets, 'bullet')}`, target: 'key' }],
          });
        }
      }
    }
    return findings;
  },
};
