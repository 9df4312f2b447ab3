import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { equalityIssuesIn, mayHaveEqualityIssue } from '../../../core/analyze/rules/inclusive-wording.ts';
import { checkFramework } from '../../../core/check.ts';
import { generateEqualityWords, output } from '../../../scripts/equality-words.ts';

describe('wording/inclusive (retext-equality)', () => {
  it('flags gendered, ableist and racially charged words with the library’s alternatives', () => {
    expect(equalityIssuesIn('Grows his team.').map((i) => i.actual)).toEqual(['his']);
    expect(equalityIssuesIn('Runs a sanity check before each release.')[0]).toMatchObject({ actual: 'sanity check', expected: expect.arrayContaining(['check']) });
    expect(equalityIssuesIn('Keeps the blacklist of hosts short.').map((i) => i.rule)).toEqual(['blacklist']);
    expect(equalityIssuesIn('Patches every host.')).toEqual([]);
  });

  it('leaves tutorial advice ("simple", "just") and the Fellow title alone', () => {
    expect(equalityIssuesIn('Keeps the design simple and introduces just enough process.')).toEqual([]);
    expect(equalityIssuesIn('Fellow')).toEqual([]);
    expect(equalityIssuesIn('Works with a fellow engineer.').map((i) => i.actual)).toEqual(['fellow']);
  });

  it('skips retext only for texts that cannot hold any of its phrases', () => {
    expect(mayHaveEqualityIssue('Ships small, well-tested changes.')).toBe(false);
    expect(mayHaveEqualityIssue('Grows his team.')).toBe(true);
    expect(mayHaveEqualityIssue('A sanity-check of the plan.')).toBe(true);
  });

  it('lint.allow-words accepts a term of art; lint.rules can turn the rule off', () => {
    const text = (lint: string) => `rungs: 1
name: T
dimensions: [{ id: craft, name: Craft, kind: hard }]
levels: [{ id: L1 }]
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - { id: e, title: Engineer, level: L1, expectations: { craft: [Owns the master data model.] } }
${lint}`;
    expect(checkFramework(text('')).diagnostics.map((d) => d.code)).toEqual(['wording/inclusive']);
    expect(checkFramework(text('lint: { allow-words: [master] }')).diagnostics).toEqual([]);
    expect(checkFramework(text('lint: { rules: { wording/inclusive: off } }')).diagnostics).toEqual([]);
  });

  it('has an up-to-date copy of the library’s phrases (npm run generate)', async () => {
    expect(readFileSync(output, 'utf8')).toBe(await generateEqualityWords());
  });
});
