import type { Finding, Rule } from '../rule.ts';
import { eachString, mayContain } from '../helpers.ts';

/**
 * Characters that take no visible space, which word processors and web pages leave behind when
 * text is pasted: zero-width spaces, word joiners, soft hyphens, stray byte-order marks, Hangul
 * fillers and Unicode "tag" characters (which can also smuggle hidden text). They break search,
 * copied-bullet detection and diffs without anyone seeing why. Zero-width joiners and non-joiners
 * are left alone next to non-Latin letters and emoji, where scripts and emoji sequences need them;
 * bidirectional controls are `text/bidi-control`'s.
 */
// Combining marks (U+034F, U+17B4, U+17B5) stay outside the class, where they cannot attach to a neighbour.
export const invisibleCharacter = /[\u00AD\u115F\u1160\u180E\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5|[\u{E0000}-\u{E007F}]/gu;

const names: Record<string, string> = {
  '\u00AD': 'soft hyphen',
  '\u034F': 'combining grapheme joiner',
  '\u180E': 'Mongolian vowel separator',
  '\u200B': 'zero-width space',
  '\u200C': 'zero-width non-joiner',
  '\u200D': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\uFEFF': 'zero-width no-break space (byte-order mark)',
};

/** Past this many findings the file is clearly full of them; one list of 100 says enough. */
const MAX_FINDINGS = 100;

/** True where the script around a joiner needs it (Persian, Indic scripts, emoji sequences). */
function joinerNeeded(text: string, at: number, length: number): boolean {
  const before = text.codePointAt(at - 1) ?? 0;
  const after = text.codePointAt(at + length) ?? 0;
  const plain = (c: number) => c < 0x0250;
  return !plain(before) || !plain(after);
}

/** True for a tag character inside a flag emoji (black flag U+1F3F4, then tags, then U+E007F). */
function inFlag(text: string, at: number): boolean {
  const start = text.lastIndexOf('\u{1F3F4}', at);
  if (start < 0) return false;
  return /^\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/u.test(text.slice(start));
}

/** The same characters without the global flag, for a quick yes or no before finding them all. */
const anyInvisible = new RegExp(invisibleCharacter.source, 'u');

/**
 * The same test on UTF-16 code units (a tag character is the surrogate pair U+DB40 U+DC00–DC7F),
 * which scans a whole file about three times faster than the Unicode-aware pattern.
 */
const anyInvisibleUnit = /[\u00AD\u115F\u1160\u180E\u200B-\u200D\u2060-\u2064\u3164\uFEFF\uFFA0]|\u034F|\u17B4|\u17B5|\uDB40[\uDC00-\uDC7F]/;

/** Where the reported invisible characters are in a text: UTF-16 offsets and the characters. */
function reported(text: string): { at: number; character: string }[] {
  const found: { at: number; character: string }[] = [];
  if (!anyInvisible.test(text)) return found;
  for (const match of text.matchAll(invisibleCharacter)) {
    const character = match[0];
    const at = match.index;
    if ((character === '\u200C' || character === '\u200D') && joinerNeeded(text, at, character.length)) continue;
    if ((character.codePointAt(0) ?? 0) >= 0xe0000 && inFlag(text, at)) continue;
    found.push({ at, character });
  }
  return found;
}

/** The invisible characters of a text that this rule reports, as `U+XXXX` codes, in order, once each. */
export function invisibleCharactersIn(text: string): string[] {
  const codes = reported(text).map(({ character }) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return [...new Set(codes)];
}

/**
 * Removes the characters `invisibleCharactersIn` reports and nothing else. Works on source text
 * too (a quoted YAML scalar), which is how the studio's quick fix uses it.
 */
export function withoutInvisibleCharacters(text: string): string {
  let result = '';
  let from = 0;
  for (const { at, character } of reported(text)) {
    result += text.slice(from, at);
    from = at + character.length;
  }
  return result + text.slice(from);
}

function describe(codes: readonly string[]): string {
  const named = codes.map((code) => {
    const name = names[String.fromCodePoint(parseInt(code.slice(2), 16))];
    return name ? `${code}, ${name}` : code;
  });
  return named.length === 1 ? `an invisible character (${named[0]})` : `invisible characters (${named.join('; ')})`;
}

/** Invisible characters pasted from documents make identical-looking text differ. */
export const invisibleCharacters: Rule = {
  code: 'text/invisible',
  check(context) {
    const findings: Finding[] = [];
    if (!mayContain(context, anyInvisibleUnit)) return findings;
    eachString(context.parsed.data, (text, isKey, _segments, path) => {
      const codes = invisibleCharactersIn(text);
      if (codes.length === 0) return true;
      findings.push({
        path: path(),
        target: isKey ? 'key' : 'value',
        message: `${isKey ? 'This key' : 'This text'} contains ${describe(codes)}, probably pasted from a document or web page. Readers cannot see ${codes.length === 1 ? 'it' : 'them'}, but ${codes.length === 1 ? 'it breaks' : 'they break'} search, comparison between levels and diffs: remove ${codes.length === 1 ? 'it' : 'them'}.`,
      });
      return findings.length < MAX_FINDINGS;
    });
    return findings;
  },
};
