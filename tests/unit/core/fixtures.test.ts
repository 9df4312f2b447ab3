import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../../core/analyze/index.ts';
import { checkFramework } from '../../../core/check.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');
const list = (dir: string) =>
  readdirSync(path.join(fixtures, dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort();

interface Expected {
  code: string;
  severity: string;
  line: number;
  column: number;
}

const key = (d: Expected) => `${d.code} ${d.severity} ${d.line}:${d.column}`;

describe('valid fixtures check clean (no error, warning or info)', () => {
  for (const file of list('valid')) {
    it(file, () => {
      const { diagnostics } = checkFramework(readFileSync(path.join(fixtures, 'valid', file), 'utf8'));
      expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
    });
  }
});

describe('invalid fixtures report exactly their expected diagnostics', () => {
  for (const file of list('invalid')) {
    it(file, () => {
      const text = readFileSync(path.join(fixtures, 'invalid', file), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(fixtures, 'invalid', file.replace(/\.yaml$/, '.expected.json')), 'utf8')) as Expected[];
      expect(expected.length).toBeGreaterThan(0);
      const started = performance.now();
      const { diagnostics } = checkFramework(text);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(new Set(diagnostics.map(key))).toEqual(new Set(expected.map(key)));
      for (const d of diagnostics) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.message).not.toMatch(/undefined|\[object Object\]|must NOT|must be equal/);
      }
    });
  }
});

describe('fixture coverage', () => {
  const expectedCodes = new Set(
    list('invalid').flatMap((file) =>
      (JSON.parse(readFileSync(path.join(fixtures, 'invalid', file.replace(/\.yaml$/, '.expected.json')), 'utf8')) as Expected[]).map((d) => d.code),
    ),
  );

  it('has an invalid fixture for every analysis rule and every yaml code', () => {
    const codes = [...rules.map((r) => r.code), 'yaml/syntax', 'yaml/duplicate-key', 'yaml/alias-limit'];
    expect(codes.filter((c) => !expectedCodes.has(c))).toEqual([]);
  });

  it('has invalid fixtures for the common schema mistakes', () => {
    for (const code of ['schema/required', 'schema/additionalProperties', 'schema/type', 'schema/enum', 'schema/const', 'schema/pattern', 'schema/minLength', 'schema/maxLength', 'schema/minItems', 'schema/minimum', 'schema/uniqueItems']) {
      expect(expectedCodes.has(code), code).toBe(true);
    }
  });

  it('keeps the rich fixtures rich (the export golden files are built from them)', () => {
    for (const file of ['dual-track.yaml', 'three-track.yaml']) {
      const { framework } = checkFramework(readFileSync(path.join(fixtures, 'valid', file), 'utf8'));
      expect(framework.levels.length).toBeGreaterThanOrEqual(4);
      expect(new Set(framework.dimensions.map((d) => d.kind))).toEqual(new Set(['hard', 'soft']));
      expect(new Set(framework.moves.map((m) => m.kind))).toEqual(new Set(['promotion', 'lateral', 'switch', 'step-down']));
      expect(framework.mappings.length).toBeGreaterThan(0);
      expect(framework.levels.every((l) => l.band !== undefined)).toBe(true);
      expect(framework.tracks.some((t) => t.kind === 'ic')).toBe(true);
      expect(framework.tracks.some((t) => t.kind === 'management')).toBe(true);
      expect(framework.description).toMatch(/\*\*/);
    }
    const three = checkFramework(readFileSync(path.join(fixtures, 'valid', 'three-track.yaml'), 'utf8')).framework;
    expect(three.tracks).toHaveLength(3);
  });
});
