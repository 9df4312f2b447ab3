import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../../core/analyze/index.ts';
import { diagnosticCodes, docsAnchor, ruleCodes } from '../../core/diagnostic-codes.ts';
import { docsTable, files, readmeTable, tableIn, withRuleEnum } from '../../scripts/rule-docs.ts';

// The code registry is the one source: README's rule table, docs/rules.md and the schema's list of
// configurable rules must say exactly what it says, or a user reads one thing and gets another.
describe('docs generated from the code registry', () => {
  const readme = readFileSync(files.readme, 'utf8');
  const docs = readFileSync(files.docs, 'utf8');

  it("README's rule table lists every rule with its default severity", () => {
    expect(tableIn(readme)).toBe(readmeTable());
    for (const code of ruleCodes) expect(readme).toContain(`[\`${code}\`](docs/rules.md#${docsAnchor(code)})`);
    expect(readme).toContain('`text/bidi-control`');
  });

  it('docs/rules.md has the full table and one section per code, in registry order, and no other', () => {
    expect(tableIn(docs)).toBe(docsTable());
    const anchors = [...docs.matchAll(/<a id="([^"]+)"><\/a>\n### `([^`]+)`/g)].map((m) => [m[1], m[2]]);
    expect(anchors).toEqual(diagnosticCodes.map((c) => [docsAnchor(c.code), c.code]));
  });

  it("the schema's `lint.rules` accepts exactly the configurable rules", () => {
    const schemaText = readFileSync(files.schema, 'utf8');
    expect(schemaText).toBe(withRuleEnum(schemaText));
  });

  it('every rule that runs is a configurable code in the registry, in the same order', () => {
    expect(rules.map((r) => r.code)).toEqual([...ruleCodes]);
  });
});
