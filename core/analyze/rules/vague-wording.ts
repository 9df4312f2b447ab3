import type { Finding, Rule } from '../rule.ts';
import type { VaguePhrase } from '../settings.ts';
import { allRoles, bulletsOf, rememberedByExpectations } from '../helpers.ts';

/**
 * Built-in vague verbs and phrases, grouped by the advice that fits them, documented in
 * docs/rules.md. Most are vague only as what a bullet asks for ("Understands caching"), not in
 * passing ("talks to support to understand a feature", "so everyone knows the plan"), so they
 * count only where they lead the bullet; `anywhere` ones are vague wherever they stand.
 */
const builtInGroups: { phrases: string[]; suggestion: string; anywhere?: boolean }[] = [
  {
    phrases: ['understands', 'understand', 'understanding of', 'grasp of', 'grasps'],
    suggestion: 'Say what they do with that understanding: what they build, decide, explain or review because of it.',
  },
  {
    phrases: ['knows', 'knowledge of', 'knowledgeable about', 'knowledgeable'],
    suggestion: 'Name the work that shows the knowledge: what they design, debug or teach with it.',
  },
  {
    phrases: ['familiar with', 'familiarity with'],
    suggestion: 'Say which tasks they do with it, and how independently.',
  },
  {
    phrases: ['aware of', 'awareness of'],
    suggestion: 'Say what they do about it: how it changes their plans, designs or reviews.',
  },
  {
    phrases: ['exposure to', 'exposed to'],
    suggestion: 'Say what they have done with it, and how often.',
  },
  {
    phrases: ['appreciates', 'appreciation of', 'appreciation for'],
    suggestion: 'Say what they do differently because of it.',
  },
  {
    phrases: ['comfortable with'],
    suggestion: 'Say which tasks they take on with it without help.',
  },
  {
    phrases: ['passionate about', 'passion for'],
    suggestion: 'Enthusiasm cannot be observed or assessed fairly: say what they do.',
  },
  {
    phrases: ['communication skills', 'communicates well', 'communicates effectively'],
    suggestion: 'Say what they write or present, for whom, and what it achieves.',
  },
  {
    phrases: ['as needed', 'as necessary', 'as appropriate', 'where appropriate', 'when appropriate'],
    suggestion: 'Say when: which situations call for it.',
    anywhere: true,
  },
  {
    phrases: ['etc', 'and so on'],
    suggestion: 'List what you mean: nobody can assess the part an "etc." leaves out.',
    anywhere: true,
  },
];

/** A phrase to look for, and whether it counts anywhere or only where it leads a bullet. */
interface Matchable extends VaguePhrase {
  anywhere: boolean;
}

/** The built-in vague phrases with their suggestions, for docs and tests. */
export const builtInVaguePhrases: readonly Matchable[] = builtInGroups.flatMap((g) =>
  g.phrases.map((phrase) => ({ phrase, suggestion: g.suggestion, anywhere: g.anywhere === true })),
);

/**
 * What may stand before a leading vague phrase: a verb that only introduces it ("Has",
 * "Demonstrates", "Is"), an article and up to two qualifiers ("a good", "a deep working",
 * "fully"), as in "Has a good understanding of" or "Is deeply familiar with".
 */
const lead = String.raw`(?:(?:has|have|shows|demonstrates|displays|possesses|brings|is|are|with)\s+)?(?:(?:a|an)\s+)?(?:(?:good|strong|solid|deep|basic|working|excellent|thorough|in-depth|broad|clear|fundamental|general|some|\p{L}+ly)\s+){0,2}`;

/** "Knows when to escalate", "understands how to roll back": judgement that can be observed. */
const notJudgement = String.raw`(?!\s+(?:when|how|who|where|which)(?![\p{L}]))`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const normal = (phrase: string) => phrase.toLowerCase().trim().replace(/\s+/g, ' ');

interface Matcher {
  key: string;
  leading?: RegExp;
  anywhere?: RegExp;
  byPhrase: Map<string, Matchable>;
}

/** The matcher of the last list, reused while the list stays the same (it rarely changes). */
let cached: Matcher | undefined;

function alternation(phrases: readonly string[]): string {
  // Longest first, so "understanding of" wins over "understanding".
  return [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
}

/** Phrases that count anywhere are still words of prose, not parts of paths (`/etc/passwd`) or ids. */
function matcherFor(phrases: readonly Matchable[]): Matcher {
  const key = phrases.map((p) => `${p.phrase}\u0000${p.suggestion}\u0000${p.anywhere}`).join('\u0001');
  if (cached?.key === key) return cached;
  const byPhrase = new Map<string, Matchable>();
  // A later entry (the framework's own) overrides a built-in one with the same words.
  for (const p of phrases) byPhrase.set(normal(p.phrase), p);
  const leading = [...byPhrase.entries()].filter(([, p]) => !p.anywhere).map(([k]) => k);
  const anywhere = [...byPhrase.entries()].filter(([, p]) => p.anywhere).map(([k]) => k);
  cached = {
    key,
    byPhrase,
    ...(leading.length > 0 ? { leading: new RegExp(`^[\\s*-]*${lead}(${alternation(leading)})(?![\\p{L}\\p{N}])${notJudgement}`, 'iu') } : {}),
    ...(anywhere.length > 0 ? { anywhere: new RegExp(`(?<![\\p{L}\\p{N}/._-])(${alternation(anywhere)})(?![\\p{L}\\p{N}/_-])`, 'giu') } : {}),
  };
  return cached;
}

/**
 * Results by bullet for the current list. The studio checks on every keystroke and almost every
 * bullet is unchanged between two checks. Bounded, and emptied when the list changes.
 */
const results = new Map<string, VaguePhrase[]>();
let resultsKey = '';

/** The vague phrases in a bullet, each once, in order, as written (with their lead), with a suggestion. */
export function vaguePhrasesIn(text: string, phrases: readonly Matchable[] | Matcher): VaguePhrase[] {
  if (Array.isArray(phrases) && phrases.length === 0) return [];
  const matcher = Array.isArray(phrases) ? matcherFor(phrases) : (phrases as Matcher);
  if (resultsKey !== matcher.key) {
    results.clear();
    resultsKey = matcher.key;
  }
  const known = results.get(text);
  if (known) return known;
  const found = findIn(text, matcher);
  if (results.size >= 100_000) results.clear();
  results.set(text, found);
  return found;
}

function findIn(text: string, matcher: Matcher): VaguePhrase[] {
  const found = new Map<string, VaguePhrase>();
  const add = (written: string, phrase: string | undefined) => {
    const entry = phrase === undefined ? undefined : matcher.byPhrase.get(normal(phrase));
    if (entry && !found.has(normal(phrase ?? ''))) found.set(normal(phrase ?? ''), { phrase: written.trim().replace(/^[\s*-]+/, ''), suggestion: entry.suggestion });
  };
  const leading = matcher.leading?.exec(text);
  if (leading) add(leading[0], leading[1]);
  if (matcher.anywhere) for (const match of text.matchAll(matcher.anywhere)) add(match[0], match[1]);
  return [...found.values()];
}

/** The places, in a role's bullets, of those with a vague phrase of the current list. */
const vagueOf = rememberedByExpectations<number[]>();

/**
 * Expectations readers cannot observe ("understands distributed systems") make promotions a
 * matter of opinion. The list is the built-in one plus `lint.vague-words`, minus `lint.allow-words`.
 */
export const vagueWording: Rule = {
  code: 'wording/vague',
  check({ framework, parsed, settings }) {
    const allowed = new Set(settings.allowWords.map(normal));
    // Phrases the framework adds count wherever they stand: the author asked for exactly those words.
    const own = settings.vagueWords.map((p) => ({ ...p, anywhere: true }));
    const phrases = [...builtInVaguePhrases, ...own].filter((p) => !allowed.has(normal(p.phrase)));
    if (phrases.length === 0) return [];
    const matcher = matcherFor(phrases);
    const findings: Finding[] = [];
    for (const role of allRoles(framework)) {
      const places = vagueOf(role.expectations, matcher.key, () =>
        bulletsOf(role, parsed).flatMap((bullet, at) => (vaguePhrasesIn(bullet.text, matcher).length > 0 ? [at] : [])),
      );
      if (places.length === 0) continue;
      const bullets = bulletsOf(role, parsed);
      for (const at of places) {
        const bullet = bullets[at];
        if (!bullet) continue;
        const found = vaguePhrasesIn(bullet.text, matcher);
        const quoted = found.map((p) => `"${p.phrase}"`).join(', ');
        const advice = [...new Set(found.map((p) => p.suggestion))].join(' ');
        findings.push({
          path: bullet.path,
          target: 'value',
          message: `${quoted} ${found.length === 1 ? 'is' : 'are'} hard to observe, so two reviewers may disagree whether \`${role.id}\` meets this. ${advice}`,
          data: { advice },
        });
      }
    }
    return findings;
  },
};
