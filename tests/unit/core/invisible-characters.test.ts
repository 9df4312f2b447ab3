import { describe, expect, it } from 'vitest';
import { invisibleCharactersIn, withoutInvisibleCharacters } from '../../../core/analyze/rules/invisible-characters.ts';

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
});
