import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { invisibleCharactersIn, withoutInvisibleCharacters } from '../../../core/analyze/rules/invisible-characters.ts';
import { checkFramework } from '../../../core/check.ts';

const minimal = readFileSync(new URL('../../fixtures/valid/minimal.yaml', import.meta.url), 'utf8');
const codesOf = (text: string) => checkFramework(text).diagnostics.map((d) => d.code).filter((c) => c.startsWith('text/'));

describe('invisible characters', () => {
  it('finds zero-width spaces, soft hyphens, byte-order marks, word joiners and tag characters', () => {
    expect(invisibleCharactersIn('Ships\u200b small\u00ad changes\ufeff')).toEqual(['U+200B', 'U+00AD', 'U+FEFF']);
    expect(invisibleCharactersIn('a\u2060b\u2060c')).toEqual(['U+2060']);
    expect(invisibleCharactersIn('hidden \u{E0041}\u{E0042} text')).toEqual(['U+E0041', 'U+E0042']);
    expect(invisibleCharactersIn('plain text, nothing hidden')).toEqual([]);
  });

  it('leaves joiners that scripts and emoji need, and flag emoji tags', () => {
    expect(invisibleCharactersIn('\u0645\u06cc\u200c\u0634\u0648\u062f')).toEqual([]);
    expect(invisibleCharactersIn('👩\u200d💻')).toEqual([]);
    expect(invisibleCharactersIn('\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}')).toEqual([]);
    // Between Latin letters a joiner does nothing but hide.
    expect(invisibleCharactersIn('co\u200dde')).toEqual(['U+200D']);
  });

  it('removes exactly what it reports, also from quoted source text', () => {
    expect(withoutInvisibleCharacters('"Soft\u00adware \u200bEngineer"')).toBe('"Software Engineer"');
    expect(withoutInvisibleCharacters('co\u200dde 👩\u200d💻')).toBe('code 👩\u200d💻');
  });

  it('finds characters a double-quoted YAML escape writes, which the source never shows', () => {
    const bullet = '- Ships small, well-tested changes.';
    expect(minimal).toContain(bullet);
    expect(codesOf(minimal)).toEqual([]);
    for (const [escape, code] of [['\\u200B', 'text/invisible'], ['\\xAD', 'text/invisible'], ['\\U000E0041', 'text/invisible'], ['\\u202E', 'text/bidi-control']]) {
      expect(codesOf(minimal.replace(bullet, `- "Ships${escape} small changes."`)), escape).toEqual([code]);
    }
    // The characters themselves, written as they are, in a key and in a value.
    expect(codesOf(minimal.replace(bullet, '- Ships\u2066 small changes.'))).toEqual(['text/bidi-control']);
    expect(codesOf(minimal.replace('name:', 'x-no\u200bte: 1\nname:'))).toEqual(['text/invisible']);
  });

  it('finds every character it reports when the character is written as it is in the file', () => {
    const bullet = '- Ships small, well-tested changes.';
    const points = [0xad, 0x34f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x3164, 0xfeff, 0xffa0, 0xe0000, 0xe0041, 0xe007f];
    for (const point of points) {
      const character = String.fromCodePoint(point);
      expect(invisibleCharactersIn(`Ships${character}small`), point.toString(16)).not.toEqual([]);
      expect(codesOf(minimal.replace(bullet, `- Ships${character}small changes.`)), point.toString(16)).toEqual(['text/invisible']);
    }
  });
});
