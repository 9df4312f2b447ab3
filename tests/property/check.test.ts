/**
 * Property (a): whatever text the studio or the CLI hands to core, checkFramework returns (it
 * never throws) and every diagnostic is one an editor can show: a position inside the file, an end
 * after its start, a plain message and a documented code.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../core/index.ts';
import { diagnosticProblems } from '../unit/hostile/invariants.ts';
import { anyText, mutatedFramework, yamlish } from './arbitraries.ts';

function checksCleanly(text: string): void {
  const { diagnostics, framework } = checkFramework(text);
  expect(diagnosticProblems(text, diagnostics)).toEqual([]);
  expect(Array.isArray(framework.tracks)).toBe(true);
}

describe('checkFramework on arbitrary text', () => {
  it('never throws and places every diagnostic inside the file (any string, any Unicode)', () => {
    fc.assert(fc.property(anyText, checksCleanly), { numRuns: 200 });
  });

  it('never throws and places every diagnostic inside the file (YAML-ish token soup)', () => {
    fc.assert(fc.property(yamlish, checksCleanly), { numRuns: 200 });
  });

  it('never throws and places every diagnostic inside the file (shipped frameworks with random edits)', () => {
    fc.assert(fc.property(mutatedFramework, checksCleanly), { numRuns: 150 });
  });

  it('never overflows the stack on deep nesting of any mix of brackets, braces, dashes and indents', () => {
    const opener = fc.constantFrom('[', '{a: ', '{', '- ', '? ', '[{', 'k:\n ', '&x [', '!!seq [');
    const deep = fc.tuple(fc.array(opener, { minLength: 90, maxLength: 20_000 }), fc.boolean(), fc.constantFrom('', 'x', '*x', '"s"')).map(([open, close, leaf]) => {
      const text = open.join('') + leaf;
      return close ? text + open.map((o) => (o.includes('{') ? '}' : o.includes('[') ? ']' : '')).reverse().join('') : text;
    });
    fc.assert(fc.property(deep, checksCleanly), { numRuns: 40 });
  });

  it('places diagnostics the same way whatever the line ends and a byte-order mark', () => {
    fc.assert(
      fc.property(mutatedFramework, (text) => {
        const lf = text.replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n');
        const crlf = `\uFEFF${lf.replace(/\n/g, '\r\n')}`;
        const where = (t: string) => checkFramework(t).diagnostics.map((d) => `${d.code} ${d.line}:${d.column}-${d.endLine}`);
        expect(where(crlf)).toEqual(where(lf));
      }),
      { numRuns: 60 },
    );
  });
});
