import { describe, expect, it } from 'vitest';
import { parseFramework } from '../../../core/parse.ts';

describe('parseFramework', () => {
  it('reads plain data with positions', () => {
    const parsed = parseFramework('rungs: 1\nname: Acme\n');
    expect(parsed.data).toEqual({ rungs: 1, name: 'Acme' });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.broken).toBe(false);
  });

  it('accepts a byte-order mark and CRLF line endings without shifting columns', () => {
    const parsed = parseFramework('\uFEFFrungs: 1\r\nname: Acme\r\nversion: [\r\n');
    expect(parsed.text.startsWith('rungs')).toBe(true);
    const withoutBom = parseFramework('rungs: 1\r\nname: Acme\r\n');
    expect(withoutBom.data).toEqual({ rungs: 1, name: 'Acme' });
    expect(withoutBom.diagnostics).toEqual([]);
    // The syntax error on line 3 is reported on line 3, as the user counts lines.
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml/syntax', line: 3, column: 10 });
  });

  it('reports a tab indent as a syntax error that says to use spaces', () => {
    const parsed = parseFramework('name: Acme\nlevels:\n\t- id: L1\n');
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml/syntax', severity: 'error', line: 3, column: 1 });
    expect(parsed.diagnostics[0]?.message).toMatch(/tab/i);
    expect(parsed.diagnostics[0]?.message).toMatch(/spaces/);
    expect(parsed.broken).toBe(true);
  });

  it('reports a duplicate key as an error on the second key, naming it', () => {
    const parsed = parseFramework('name: A\norganization: B\nname: C\n');
    expect(parsed.diagnostics).toHaveLength(1);
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml/duplicate-key', severity: 'error', line: 3, column: 1 });
    expect(parsed.diagnostics[0]?.message).toContain('`name`');
    // A duplicate key does not stop the rest of the check.
    expect(parsed.broken).toBe(false);
  });

  it('says an unclosed bracket is unclosed', () => {
    const parsed = parseFramework('name: [a, b\nversion: "1"\n');
    expect(parsed.diagnostics[0]?.code).toBe('yaml/syntax');
    expect(parsed.diagnostics[0]?.message).toContain('never closed');
  });

  it('says a key indented less than its siblings is not lined up, not that a character is missing', () => {
    const parsed = parseFramework('levels:\n  - id: L1\n    name: One\n   description: Early career\n');
    const first = parsed.diagnostics[0];
    expect(first).toMatchObject({ code: 'yaml/syntax', line: 4 });
    expect(first?.message).toContain('not lined up with the keys above it');
    expect(first?.message).toContain('`- `');
    expect(first?.message).not.toContain('closing character');
  });

  it('says a value with `: ` may be a key that needs its own indentation', () => {
    const parsed = parseFramework('name: Acme\n  description: Our ladder\n');
    const first = parsed.diagnostics[0];
    expect(first?.code).toBe('yaml/syntax');
    expect(first?.message).toContain('contains `: `');
    expect(first?.message).toContain('indent it like the keys above it');
  });

  it('stops a billion-laughs alias bomb quickly with yaml/alias-limit', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = performance.now();
    const parsed = parseFramework(lines.join('\n') + '\n');
    expect(performance.now() - started).toBeLessThan(2000);
    const alias = parsed.diagnostics.find((d) => d.code === 'yaml/alias-limit');
    // The alias that takes the expansion over the limit is marked.
    expect(alias).toMatchObject({ severity: 'error', line: 6, column: 8 });
    expect(parsed.broken).toBe(true);
  });

  it('stops one big list aliased by many roles, which the plain alias count misses', () => {
    const bullets = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(', ');
    const roles = Array.from({ length: 100 }, (_, i) => `  - { id: r${i}, bullets: *bullets }`).join('\n');
    const parsed = parseFramework(`x-bullets: &bullets [${bullets}]\nroles:\n${roles}\n`);
    expect(parsed.diagnostics.map((d) => d.code)).toEqual(['yaml/alias-limit']);
    expect(parsed.diagnostics[0]?.line).toBeGreaterThan(2);
    // A handful of aliases, as real files use them, is fine.
    const small = parseFramework('x-common: &common [Writes tests.]\na: *common\nb: *common\n');
    expect(small.diagnostics).toEqual([]);
    expect(small.data).toEqual({ 'x-common': ['Writes tests.'], a: ['Writes tests.'], b: ['Writes tests.'] });
  });

  it('reports a second document at its `---`', () => {
    const parsed = parseFramework('rungs: 1\nname: A\n---\nname: B\n');
    expect(parsed.diagnostics).toMatchObject([{ code: 'yaml/syntax', line: 3, column: 1 }]);
    expect(parsed.diagnostics[0]?.message).toContain('one document');
  });

  it('reads old Mac line ends (a lone CR) as line breaks', () => {
    const parsed = parseFramework('rungs: 1\rname: Acme\rversion: [\r');
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml/syntax', line: 3, column: 10 });
    expect(parseFramework('rungs: 1\rname: Acme\r').data).toEqual({ rungs: 1, name: 'Acme' });
  });

  it('reports an alias to an undefined anchor instead of throwing', () => {
    const parsed = parseFramework('name: *missing\n');
    expect(parsed.diagnostics[0]).toMatchObject({ code: 'yaml/syntax', line: 1, column: 7 });
    expect(parsed.diagnostics[0]?.message).toContain('`*missing`');
  });

  it('keeps __proto__ and constructor as plain own keys', () => {
    const parsed = parseFramework('__proto__: { polluted: true }\nconstructor: 1\n');
    const data = parsed.data as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('treats an empty file as null data with no yaml problems', () => {
    const parsed = parseFramework('');
    expect(parsed.data).toBeNull();
    expect(parsed.diagnostics).toEqual([]);
  });
});
