import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCases } from './cases.ts';

// When an export changes on purpose, run `npm run goldens` and review the diff of tests/golden/.
describe('golden exports', () => {
  for (const golden of goldenCases()) {
    it(`${golden.fixture} as ${golden.format} matches tests/golden/${golden.fixture}/rubric.${golden.format}`, () => {
      const expected = readFileSync(golden.file, 'utf8');
      const actual = golden.render();
      // Compare line by line first, so a failure names the first line that differs.
      const a = actual.split('\n');
      const e = expected.split('\n');
      const first = a.findIndex((line, i) => line !== e[i]);
      if (first !== -1 || a.length !== e.length) {
        const at = first === -1 ? Math.min(a.length, e.length) : first;
        expect(`line ${at + 1}: ${a[at] ?? '<end of file>'}`, 'run `npm run goldens` if this change is intended').toBe(`line ${at + 1}: ${e[at] ?? '<end of file>'}`);
      }
      expect(actual).toBe(expected);
    });
  }
});
