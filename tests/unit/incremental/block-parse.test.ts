import { describe, expect, it } from 'vitest';
import { generateFramework } from '../../../bench/generate-framework.ts';
import { checkFramework } from '../../../core/check.ts';
import { createIncrementalChecker } from '../../../core/incremental/index.ts';
import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';

const base = generateFramework({ targetBytes: 50_000, seed: 21 });

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

describe('incremental checker', () => {
  it('re-parses only the block a keystroke touched', () => {
    const checker = createIncrementalChecker();
    checker.check(base);
    const spot = base.indexOf('            - ', base.length / 2) + 20;
    let text = base;
    for (const letter of 'word') {
      text = insertAt(text, spot, letter);
      const result = checker.check(text);
      expect(checker.stats.mode).toBe('incremental');
      expect(checker.stats.blocksParsed).toBe(1);
      expect(result.diagnostics).toEqual(checkFramework(text).diagnostics);
    }
  });

  it('places diagnostics after the edit where a full check does', () => {
    const checker = createIncrementalChecker();
    checker.check(base);
    // Lines are added near the top, then a reference is broken near the end.
    const grown = insertAt(base, base.indexOf('levels:'), '# a new comment\n\n');
    checker.check(grown);
    const last = grown.lastIndexOf('level: L');
    const broken = insertAt(grown, last + 'level: L'.length, '9');
    const result = checker.check(broken);
    expect(checker.stats.mode).toBe('incremental');
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics).toEqual(checkFramework(broken).diagnostics);
  });

  it.each([
    ['a byte-order mark', (t: string) => `\uFEFF${t}`],
    ['an anchor and an alias', (t: string) => t.replace('kind: hard', 'kind: &k hard').replace(/kind: soft/, 'kind: *k')],
    ['a tab indent', (t: string) => t.replace('\n  - id: L2', '\n\t- id: L2')],
    ['a second document', (t: string) => `${t}---\nname: other\n`],
    ['a trailing comment', (t: string) => `${t}# the end\n`],
    ['a syntax error', (t: string) => t.replace('kind: ic', 'kind: [ic')],
    ['a lone carriage return', (t: string) => t.replace('kind: ic\n', 'kind: ic\r')],
    ['nesting deeper than core reads', (t: string) => `${t}x-deep: ${'['.repeat(120)}${']'.repeat(120)}\n`],
  ])('falls back to a full check for %s, with the same result', (_name, change) => {
    const checker = createIncrementalChecker();
    checker.check(base);
    const text = change(base);
    const result = checker.check(text);
    expect(checker.stats.mode).toBe('full');
    const full = checkFramework(text);
    expect(result.diagnostics).toEqual(full.diagnostics);
    expect(result.framework).toEqual(full.framework);
    // And it recovers once the text is plain again.
    checker.check(base.replace('Benchmark', 'Benchmarks'));
    expect(checker.stats.mode).toBe('incremental');
  });

  it('leaves files over the size limit to checkFramework', () => {
    const checker = createIncrementalChecker();
    const text = `${base}x-padding: "${'a'.repeat(MAX_TEXT_LENGTH)}"\n`;
    expect(checker.check(text).diagnostics).toEqual(checkFramework(text).diagnostics);
    expect(checker.stats.mode).toBe('full');
  });

  it('forgets everything on reset', () => {
    const checker = createIncrementalChecker();
    checker.check(base);
    checker.reset();
    checker.check(base);
    expect(checker.stats.blocksReused).toBe(0);
  });
});

describe('benchmark generator', () => {
  it('is deterministic and writes a clean framework near the requested size', () => {
    const again = generateFramework({ targetBytes: 50_000, seed: 21 });
    expect(again).toBe(base);
    expect(generateFramework({ targetBytes: 50_000, seed: 22 })).not.toBe(base);
    expect(base.length).toBeGreaterThan(35_000);
    expect(base.length).toBeLessThan(70_000);
    const { diagnostics, framework } = checkFramework(base);
    expect(diagnostics).toEqual([]);
    expect(framework.dimensions.length).toBeGreaterThanOrEqual(20);
    expect(framework.levels.length).toBeGreaterThanOrEqual(8);
    expect(framework.levels.length).toBeLessThanOrEqual(12);
    expect(framework.tracks.map((t) => t.kind)).toEqual(expect.arrayContaining(['ic', 'management']));
  });
});
