/**
 * `nestingTooDeep` jumps between the characters it cares about with a native search; this
 * compares it with the plain character loop it replaced, on deep, bracketed and quoted text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, nestingTooDeep } from '../../../core/parse.ts';
import { anyText, validTexts } from '../../property/arbitraries.ts';

function referenceNesting(source: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = 0;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    let i = lineStart;
    if (quote === undefined && flow === 0) {
      while (i < lineEnd && source[i] === ' ') i += 1;
      const blank = i >= lineEnd || source[i] === '#' || source[i] === '\r';
      if (!blank) {
        const indent = i - lineStart;
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        let dashes = 0;
        while (source[i] === '-' && (source[i + 1] === ' ' || source[i + 1] === '\t')) {
          dashes += 1;
          i += 2;
          while (source[i] === ' ') i += 1;
        }
        if (indents.length + dashes > MAX_NESTING) return lineStart;
      }
    }
    for (; i < lineEnd; i += 1) {
      const c = source[i];
      if (quote !== undefined) {
        if (quote === '"' && c === '\\') i += 1;
        else if (c === quote) quote = undefined;
        continue;
      }
      const previous = i === lineStart ? ' ' : (source[i - 1] ?? ' ');
      const tokenStart = previous === ' ' || previous === '\t' || previous === '[' || previous === '{' || previous === ',' || previous === ':';
      if (c === '#' && (previous === ' ' || previous === '\t' || i === lineStart)) break;
      if ((c === '"' || c === "'") && tokenStart) quote = c;
      else if (c === '[' || c === '{') {
        flow += 1;
        if (indents.length + flow > MAX_NESTING) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow -= 1;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

const deep = fc
  .array(fc.constantFrom('[', '{', ']', '}', '"', "'", '\\', '#', ' #', ' ', '- ', '\n', '\n  ', '\n    ', 'a', ':', ','), { maxLength: 400 })
  .map((parts) => parts.join(''));

describe('nestingTooDeep', () => {
  it('answers as the character loop it replaced', () => {
    for (const text of validTexts) expect(nestingTooDeep(text)).toBe(referenceNesting(text));
    fc.assert(fc.property(fc.oneof(anyText, deep), (text) => {
        expect(nestingTooDeep(text)).toBe(referenceNesting(text));
      }), { numRuns: 3000 });
    const brackets = `a: ${'['.repeat(150)}`;
    expect(nestingTooDeep(brackets)).toBe(referenceNesting(brackets));
    expect(nestingTooDeep(brackets)).toBeDefined();
    const quoted = `a: "${'['.repeat(150)}"\nb: ${'{'.repeat(120)}`;
    expect(nestingTooDeep(quoted)).toBe(referenceNesting(quoted));
  });
});
