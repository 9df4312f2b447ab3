import { advanceWidths, measuredRanges } from './text-widths.generated.ts';

/** A size and weight of the map font (see map-font.ts). */
export interface MapFont {
  size: number;
  weight: 400 | 700;
}

/** A label broken into lines that fit a width, and whether text had to be cut to fit. */
export interface WrappedText {
  lines: string[];
  shortened: boolean;
  /** Width of the widest line, in pixels. */
  width: number;
}

export const ellipsis = '…';

// Offsets of each measured range into the width arrays, computed once.
const rangeOffsets: number[] = [];
{
  let offset = 0;
  for (const [from, to] of measuredRanges) {
    rangeOffsets.push(offset);
    offset += to - from + 1;
  }
}

function isZeroWidth(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b || cp === 0x200c || cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xad;
}

function isWide(cp: number): boolean {
  // CJK, Hangul, kana and full-width forms are one em wide in every font that has them.
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff00 && cp <= 0xff60);
}

function isEmoji(cp: number): boolean {
  return cp >= 0x1f000 || (cp >= 0x2600 && cp <= 0x27bf) || (cp >= 0x2b00 && cp <= 0x2bff);
}

/** Width of one code point in thousandths of an em. */
function advance(cp: number, weight: MapFont['weight']): number {
  const widths = advanceWidths[weight === 700 ? '700' : '400'];
  for (let i = 0; i < measuredRanges.length; i += 1) {
    const range = measuredRanges[i];
    if (range && cp >= range[0] && cp <= range[1]) return widths[(rangeOffsets[i] ?? 0) + cp - range[0]] ?? 1000;
  }
  if (isZeroWidth(cp)) return 0;
  // Colour emoji are drawn wider than an em; text in scripts the table does not hold comes from
  // a fallback font whose metrics are unknown, so it is sized generously rather than guessed.
  if (isEmoji(cp)) return 1300;
  if (isWide(cp)) return 1000;
  return 1000;
}

/**
 * The advance width of `text` in the map font, in pixels. Kerning is ignored: it only narrows
 * text, so a box sized by this sum always holds its label.
 */
export function textWidth(text: string, font: MapFont): number {
  let total = 0;
  for (const ch of text) total += advance(ch.codePointAt(0) ?? 0, font.weight);
  return (total * font.size) / 1000;
}

let graphemes: Intl.Segmenter | undefined;

// Breaking inside a word splits between user-perceived characters, never inside an emoji
// sequence or between a letter and its accent.
function splitGraphemes(text: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** The longest start of `text` (whole graphemes) at most `maxWidth` wide; at least one grapheme. */
function fittingStart(text: string, font: MapFont, maxWidth: number): string {
  let out = '';
  let width = 0;
  for (const g of splitGraphemes(text)) {
    const w = textWidth(g, font);
    if (out && width + w > maxWidth) break;
    out += g;
    width += w;
  }
  return out;
}

/**
 * Breaks `text` at spaces into at most `maxLines` lines no wider than `maxWidth` (a word wider
 * than a line is broken between characters). When the text needs more lines, the last line ends
 * with an ellipsis and leaves `reserve` pixels free after it, for a footnote marker.
 */
export function wrapText(text: string, font: MapFont, maxWidth: number, maxLines: number, reserve = 0): WrappedText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const space = textWidth(' ', font);
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  // One line past the limit is enough to know the text was cut; stop there on very long text.
  for (const word of words) {
    if (lines.length > maxLines) break;
    const w = textWidth(word, font);
    if (current && currentWidth + space + w <= maxWidth) {
      current += ` ${word}`;
      currentWidth += space + w;
      continue;
    }
    if (current) lines.push(current);
    let rest = word;
    let restWidth = w;
    while (restWidth > maxWidth && lines.length <= maxLines) {
      const head = fittingStart(rest, font, maxWidth);
      lines.push(head);
      rest = rest.slice(head.length);
      restWidth = textWidth(rest, font);
    }
    current = rest;
    currentWidth = restWidth;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return { lines, shortened: false, width: Math.max(0, ...lines.map((l) => textWidth(l, font))) };

  const kept = lines.slice(0, maxLines);
  const room = maxWidth - textWidth(ellipsis, font) - reserve;
  const last = splitGraphemes(kept[maxLines - 1] ?? '');
  while (last.length > 0 && textWidth(last.join(''), font) > room) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}${ellipsis}`;
  return { lines: kept, shortened: true, width: Math.max(0, ...kept.map((l) => textWidth(l, font))) };
}
