import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';

// Ladders shaped like public ones, with their real defects kept on purpose (see the README beside
// them): Rungs must report exactly those findings, no fewer (a missed problem) and no more (noise).
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/realistic');
const ladders = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

interface Expected {
  code: string;
  severity: string;
  line: number;
  column: number;
}

const key = (d: Expected) => `${d.code} ${d.severity} ${d.line}:${d.column}`;

describe('realistic ladders report exactly their real problems', () => {
  it('has the three ladders', () => expect(ladders).toHaveLength(3));
  for (const file of ladders) {
    it(file, () => {
      const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.yaml$/, '.expected.json')), 'utf8')) as Expected[];
      const { diagnostics } = checkFramework(readFileSync(path.join(dir, file), 'utf8'));
      expect(diagnostics.map(key)).toEqual(expected.map(key));
    });
  }

  it('lists every finding in the README', () => {
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
    for (const file of ladders) {
      const expected = JSON.parse(readFileSync(path.join(dir, file.replace(/\.yaml$/, '.expected.json')), 'utf8')) as Expected[];
      for (const d of expected) expect(readme).toMatch(new RegExp(`\`${d.code}\` \\(line ${d.line}[,)]`));
    }
  });
});
