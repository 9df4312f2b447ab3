import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { equalityPhrases } from '../../generated/equality-words.ts';
import type { Finding, Rule } from '../rule.ts';
import { eachString, excerpt } from '../helpers.ts';

/** One wording retext-equality flags: the words as written and what may be better. */
export interface EqualityIssue {
  actual: string;
  expected: string[];
  /** retext-equality's rule id, such as `he-she` or `whitelist`. */
  rule: string;
}

/**
 * retext-equality's advice for tutorials (its source is an article on words to avoid in
 * educational writing): "simply run", "just add", "obviously". In a ladder, "keeps systems simple"
 * and "just enough process" describe the work, not the reader, so these are left out.
 */
const tutorialAdvice = new Set(['basically', 'clearly', 'easy', 'everyone-knows', 'just', 'obvious', 'of-course', 'simple']);

/** "Host" is a machine in engineering prose, not a gendered noun (its pair, "hostess", still counts). */
const engineeringTerms = new Set(['host-hostess', 'hostesses-hosts']);

/** "Fellow" with a capital is the title of the top IC level (Google Fellow, IBM Fellow), not a man. */
const isFellowTitle = (issue: EqualityIssue) => issue.rule === 'gal-guy' && issue.actual === 'Fellow';

/** Keys whose text readers read as prose; ids, levels and references are not wording. */
const proseKeys = new Set(['name', 'title', 'summary', 'scope', 'description', 'note']);

/**
 * Results by text. The studio checks on every keystroke and almost every text is unchanged
 * between two checks, while parsing English is the slowest step of any rule. Bounded.
 */
const results = new Map<string, EqualityIssue[]>();
let processor: Processor | undefined;
let processorIgnores = '';

/** Phrases by each of their words, so a text is checked only against phrases it could hold. */
const phrasesByWord = new Map<string, (readonly string[])[]>();
for (const phrase of equalityPhrases) for (const word of phrase) phrasesByWord.set(word, [...(phrasesByWord.get(word) ?? []), phrase]);

/** The words of a text as retext-equality compares them; scripts/equality-words.ts splits the same way. */
function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}'’-]+/u)) {
    if (word === '') continue;
    words.add(word.toLowerCase().replace(/[-'’]/g, ''));
    if (word.includes('-')) for (const piece of word.toLowerCase().split('-')) if (piece) words.add(piece.replace(/['’]/g, ''));
  }
  return words;
}

/**
 * True when a text holds every word of some phrase retext-equality looks for. Running the library
 * costs a millisecond or more per text (it searches each one for hundreds of phrases), so texts
 * that cannot match, nearly all of them, skip it.
 */
export function mayHaveEqualityIssue(text: string): boolean {
  const words = wordsOf(text);
  for (const word of words) {
    for (const phrase of phrasesByWord.get(word) ?? []) if (phrase.every((w) => words.has(w))) return true;
  }
  return false;
}

/** The words retext-equality flags in a text (gendered, ableist, racially charged, exclusionary). */
export function equalityIssuesIn(text: string, ignore: readonly string[] = []): EqualityIssue[] {
  const key = ignore.join('\u0000');
  if (!processor || processorIgnores !== key) {
    processor = unified().use(retextEnglish).use(retextEquality, { ignore: [...ignore] }) as unknown as Processor;
    processorIgnores = key;
    results.clear();
  }
  let issues = results.get(text);
  if (issues === undefined && !mayHaveEqualityIssue(text)) {
    issues = [];
    if (results.size >= 100_000) results.clear();
    results.set(text, issues);
  }
  if (issues === undefined) {
    const file = new VFile(text);
    processor.runSync(processor.parse(file), file);
    issues = file.messages
      .map((m) => ({
        actual: String(m.actual ?? ''),
        expected: Array.isArray(m.expected) ? m.expected.map(String) : [],
        rule: String(m.ruleId ?? ''),
      }))
      .filter((issue) => !tutorialAdvice.has(issue.rule) && !engineeringTerms.has(issue.rule) && !isFellowTitle(issue));
    if (results.size >= 100_000) results.clear();
    results.set(text, issues);
  }
  return issues;
}

function describe(issue: EqualityIssue): string {
  const options = issue.expected.slice(0, 3).map((e) => `"${e}"`);
  return options.length > 0 ? `"${issue.actual}" (perhaps ${options.join(' or ')})` : `"${issue.actual}"`;
}

/**
 * Career frameworks are read by everyone they assess: wording that assumes a gender, uses a
 * disability as a metaphor or carries racial history excludes some of them. The word lists are
 * retext-equality's (the engine of alex), not ours; `lint.allow-words` accepts a term of art.
 */
export const inclusiveWording: Rule = {
  code: 'wording/inclusive',
  check({ parsed, settings }) {
    const findings: Finding[] = [];
    eachString(parsed.data, (text, isKey, segments, path) => {
      // `lint` holds rule settings, not prose.
      if (isKey || segments[0] === 'lint') return true;
      const n = segments.length;
      const isBullet = n >= 3 && segments[n - 3] === 'expectations' && /^\d+$/.test(segments[n - 1] ?? '');
      if (!isBullet && !proseKeys.has(segments[n - 1] ?? '')) return true;
      const issues = equalityIssuesIn(text, settings.allowWords);
      if (issues.length === 0) return true;
      const unique = [...new Map(issues.map((i) => [i.actual.toLowerCase(), i])).values()];
      findings.push({
        path: path(),
        target: 'value',
        message: `${unique.map(describe).join(', ')} in "${excerpt(text, 50)}" may exclude or offend some of the people this framework assesses: ${unique.length === 1 ? 'reword it' : 'reword them'}, or add the term to \`lint.allow-words\` if it is a term of art here.`,
        data: { suggestions: unique.flatMap((i) => i.expected.slice(0, 1)) },
      });
      return true;
    });
    return findings;
  },
};
