import type { Finding, Rule } from '../rule.ts';
import { allRoles, bulletsOf, rememberedByExpectations } from '../helpers.ts';

const count = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|several|many|a few)`;
const range = String.raw`${count}\s*(?:\+|plus)?(?:\s*(?:-|–|to|or)\s*${count})?\s*(?:\+\s*)?(?:or more\s+)?years?['’]?`;

/**
 * How expectations demand time served: "5+ years of experience", "3 years' backend experience",
 * "experience of at least 4 years", "8 years in the industry". A number of years next to anything
 * else ("plans two years ahead", "systems that run for 5 years") is not a requirement.
 */
const demands = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:at least |a minimum of |minimum of |over |more than )?${range}\s+(?:[\p{L}-]+\s+){0,4}?experience(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}])experience\s+of\s+(?:at least\s+|over\s+|more than\s+)?${range}(?![\p{L}])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:at least |a minimum of |over |more than )?${range}\s+(?:in|at|within)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?(?:role|industry|field|position|level|company|profession|job)s?(?![\p{L}])`, 'iu'),
];

/** The years-of-experience demand in a bullet, as written, or undefined. */
export function yearsDemandIn(text: string): string | undefined {
  // Nearly no bullet mentions years; skip the patterns for those.
  if (!/year/i.test(text)) return undefined;
  for (const pattern of demands) {
    const match = pattern.exec(text);
    if (match) return match[0].trim();
  }
  return undefined;
}

/** The demands of a role's bullets, as places in its bullets, remembered while they are unchanged. */
const demandsOf = rememberedByExpectations<{ at: number; demand: string }[]>();

/**
 * Years of experience inside an expectation gatekeep: they measure time served, not what people
 * do, and shut out people who grew faster or took a career break. The role's `years` field says
 * how long people typically stay, as a guide.
 */
export const yearsRequirement: Rule = {
  code: 'wording/years-requirement',
  check({ framework, parsed }) {
    const findings: Finding[] = [];
    for (const role of allRoles(framework)) {
      const demands = demandsOf(role.expectations, '', () =>
        bulletsOf(role, parsed).flatMap((bullet, at) => {
          const demand = yearsDemandIn(bullet.text);
          return demand ? [{ at, demand }] : [];
        }),
      );
      if (demands.length === 0) continue;
      const bullets = bulletsOf(role, parsed);
      for (const { at, demand } of demands) {
        const bullet = bullets[at];
        if (!bullet) continue;
        findings.push({
          path: bullet.path,
          target: 'value',
          message: `This expectation of \`${role.id}\` asks for "${demand}". Time served is not a skill, and a year count keeps out people who grew faster or took a break: say what that experience lets them do, and put the typical time in role in the role's \`years\` field (a guide, not a requirement).`,
        });
      }
    }
    return findings;
  },
};
