import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { compareDiagnostics } from '../../../core/diagnostics.ts';

const valid = `rungs: 1
name: Acme
dimensions:
  - { id: craft, name: Craft, kind: hard }
levels:
  - id: L3
  - id: L4
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - id: engineer
        title: Engineer
        level: L3
        expectations:
          craft: [Ships small changes.]
      - id: senior
        title: Senior Engineer
        level: L4
        expectations:
          craft: [Designs a team's systems.]
`;

describe('checkFramework', () => {
  it('returns the model and no diagnostics for a clean file', () => {
    const result = checkFramework(valid);
    expect(result.diagnostics).toEqual([]);
    expect(result.framework.tracks[0]?.roles.map((r) => r.id)).toEqual(['engineer', 'senior']);
    expect(result.parsed.data).toMatchObject({ name: 'Acme' });
  });

  it('combines schema and analysis findings, sorted by position', () => {
    const text = valid.replace('level: L4', 'level: L5').replace('title: Engineer\n', 'title: Engineer\n        colour: blue\n');
    const { diagnostics } = checkFramework(text);
    expect(diagnostics.map((d) => d.code)).toEqual(['level/unused', 'schema/additionalProperties', 'ref/unknown-level']);
    expect([...diagnostics].sort(compareDiagnostics)).toEqual(diagnostics);
  });

  it('places diagnostics identically with a byte-order mark and CRLF line ends', () => {
    const typo = valid.replace('level: L4', 'level: L5');
    const plain = checkFramework(typo).diagnostics;
    const windows = checkFramework('\uFEFF' + typo.replace(/\n/g, '\r\n')).diagnostics;
    expect(plain.find((d) => d.code === 'ref/unknown-level')).toMatchObject({ line: 20, column: 16, endLine: 20, endColumn: 18 });
    expect(windows).toEqual(plain);
  });

  it('does not report the same wrong value twice (schema type error and unknown level)', () => {
    const { diagnostics } = checkFramework(valid.replace('level: L4', 'level: 4'));
    expect(diagnostics.filter((d) => d.path === '/tracks/0/roles/1/level').map((d) => d.code)).toEqual(['schema/type']);
  });

  it('reports only the YAML problem when the YAML itself is broken, but still builds a model', () => {
    const { diagnostics, framework } = checkFramework(valid.replace('  - id: L4', '\t- id: L4'));
    expect(diagnostics.map((d) => d.code)).toEqual(['yaml/syntax']);
    expect(framework.name).toBe('Acme');
  });

  it('refuses a 10 MB text at once, and files nested absurdly deep, without parsing them', () => {
    for (const [text, code] of [
      [`rungs: 1\ndescription: "${'a'.repeat(10_000_000)}"\n`, 'file/too-large'],
      ['['.repeat(100_000), 'yaml/too-deep'],
      [Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x', 'yaml/too-deep'],
    ] as const) {
      const started = performance.now();
      const { diagnostics, framework } = checkFramework(text);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(diagnostics.map((d) => d.code)).toEqual([code]);
      expect(framework.name).toBe('Untitled framework');
    }
    expect(checkFramework('[[[[[[x]]]]]]').diagnostics.map((d) => d.code)).not.toContain('yaml/too-deep');
  });

  it('lists at most a thousand problems, then says how many more there are', () => {
    const roles = Array.from({ length: 700 }, (_, i) => `      - { id: r${i}, title: R, level: X${i} }`).join('\n');
    const text = valid.replace(/tracks:[\s\S]*$/, `tracks:\n  - id: ic\n    name: IC\n    kind: ic\n    roles:\n${roles}\n`);
    const { diagnostics } = checkFramework(text);
    expect(diagnostics).toHaveLength(1001);
    expect(diagnostics.at(-1)).toMatchObject({ code: 'check/too-many-problems', severity: 'info' });
    expect(diagnostics.at(-1)?.message).toMatch(/^\d+ more problems are not listed/);
  });

  it('turns an internal bug into a diagnostic instead of throwing', async () => {
    vi.resetModules();
    vi.doMock('../../../core/validate.ts', () => ({
      validateSchema: () => {
        throw new Error('boom');
      },
    }));
    try {
      const { checkFramework: check } = await import('../../../core/check.ts');
      const result = check(valid);
      expect(result.diagnostics).toMatchObject([{ code: 'internal/check-failed', severity: 'error', line: 1, column: 1 }]);
      expect(result.diagnostics[0]?.message).toContain('boom');
      expect(result.framework.tracks).toEqual([]);
    } finally {
      vi.doUnmock('../../../core/validate.ts');
      vi.resetModules();
    }
  });

  it('always returns a framework, even for junk', () => {
    for (const junk of ['', '- 1', '42', '{', '\u0000\u0001', 'a: *b', '[[[[[[[[[[', ':\n:\n:']) {
      const result = checkFramework(junk);
      expect(result.framework.tracks).toEqual([]);
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('never throws on arbitrary text or arbitrary YAML-ish structures', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const result = checkFramework(text);
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const scalar = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('id', 'level', 'roles', 'tracks', 'levels', 'dimensions', 'expectations', 'equivalent', 'kind', '__proto__', 'constructor', 'band', 'min', 'max', 'from', 'to', 'moves', 'mappings'), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, (data) => {
        const result = checkFramework(JSON.stringify(data));
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.message).not.toMatch(/undefined|\[object Object\]/);
        }
      }),
      { numRuns: 300 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
