import { eachString, mayContain } from '../helpers.ts';
import type { Finding, Rule } from '../rule.ts';

/**
 * The embedding, override and isolate controls of the Unicode bidirectional algorithm: invisible,
 * and able to make text display in a different order from how it is written ("Trojan Source",
 * CVE-2021-42574). Direction marks (U+200E, U+200F) only nudge neighbouring characters and are
 * left alone, since right-to-left writers use them legitimately.
 */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;

const names: Record<string, string> = {
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/** Past this many findings the file is clearly full of them; one list of 100 says enough. */
const MAX_FINDINGS = 100;

function message(character: string, where: string): string {
  const code = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `${where} contains an invisible character (${code}, ${names[character] ?? 'a bidirectional control'}) that changes the order in which the text around it is displayed, so readers may see something other than what is written. Remove it unless you added it on purpose.`;
}

/** Text that displays differently from how it is written misleads the people a rubric is for. */
export const bidiControlRule: Rule = {
  code: 'text/bidi-control',
  check(context) {
    const findings: Finding[] = [];
    if (!mayContain(context, bidiControl)) return findings;
    eachString(context.parsed.data, (text, isKey, _segments, path) => {
      const found = bidiControl.exec(text);
      if (found) findings.push({ path: path(), target: isKey ? 'key' : 'value', message: message(found[0], isKey ? 'This key' : 'This text') });
      return findings.length < MAX_FINDINGS;
    });
    return findings;
  },
};
