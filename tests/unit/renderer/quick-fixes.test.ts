import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { quickFixesFor } from '../../../renderer/editor/quick-fixes.ts';
import { blankFrameworkText } from '../../../renderer/state/blank-framework.ts';
import { applyEdits } from './apply-edits.ts';

const codes = (text: string) => checkFramework(text).diagnostics.map((d) => d.code);

describe('quick fixes', () => {
  it('offers the nearest level for a misspelt one, and applying it leaves the file clean', () => {
    const text = blankFrameworkText.replace('level: L2', 'level: L2x');
    const diagnostic = checkFramework(text).diagnostics.find((d) => d.code === 'ref/unknown-level');
    expect(diagnostic).toBeDefined();
    const fixes = quickFixesFor(text, diagnostic!);
    expect(fixes[0]).toMatchObject({ title: 'Change to `L2`', preferred: true });
    expect(codes(applyEdits(text, fixes[0]!.edits))).toEqual([]);
  });

  it("names each suggested id's title, so the user sees which id a fix inserts", () => {
    const text = blankFrameworkText.replace('level: L2', 'level: L2x');
    const diagnostic = checkFramework(text).diagnostics.find((d) => d.code === 'ref/unknown-level')!;
    const titles: Record<string, string> = { L2: 'Engineer II' };
    const fixes = quickFixesFor(text, diagnostic, (kind, id) => (kind === 'level' ? titles[id] : undefined));
    expect(fixes[0]?.title).toBe('Change to `L2` (Engineer II)');
    // An id without a title (or titled with itself) is shown alone.
    expect(quickFixesFor(text, diagnostic, () => 'L2')[0]?.title).toBe('Change to `L2`');
  });

  it('keeps the quotes the author used around a value', () => {
    const text = blankFrameworkText.replace('level: L2', 'level: "L2x"');
    const diagnostic = checkFramework(text).diagnostics.find((d) => d.code === 'ref/unknown-level');
    const fixed = applyEdits(text, quickFixesFor(text, diagnostic!)[0]!.edits);
    expect(fixed).toContain('level: "L2"');
    expect(codes(fixed)).toEqual([]);
  });

  it('adds the missing dimension to an expectations block, indented like its neighbours', () => {
    const text = blankFrameworkText.replace(
      '          influence:\n            - Asks for help early and shares what they learn with the team.\n',
      '',
    );
    const diagnostic = checkFramework(text).diagnostics.find((d) => d.code === 'coverage/missing-dimension');
    expect(diagnostic?.data?.missingDimensions).toEqual(['influence']);
    const fixes = quickFixesFor(text, diagnostic!);
    expect(fixes.map((f) => f.title)).toEqual(['Add expectations for `influence`']);
    const fixed = applyEdits(text, fixes[0]!.edits);
    expect(fixed).toContain('          influence:\n            - Describe what this role shows in Influence.\n');
    expect(codes(fixed)).not.toContain('coverage/missing-dimension');
    expect(checkFramework(fixed).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('adds a whole expectations block to a role that has none', () => {
    const start = blankFrameworkText.indexOf('        expectations:\n          craft:\n            - Ships');
    const end = blankFrameworkText.indexOf('      - id: senior-engineer');
    const text = blankFrameworkText.slice(0, start) + blankFrameworkText.slice(end);
    const diagnostic = checkFramework(text).diagnostics.find((d) => d.code === 'coverage/missing-dimension');
    expect(diagnostic?.data?.missingDimensions).toEqual(['craft', 'influence']);
    const fixed = applyEdits(text, quickFixesFor(text, diagnostic!)[0]!.edits);
    expect(fixed).toContain(
      '        scope: A task or one component\n        expectations:\n          craft:\n            - Describe what this role shows in Technical craft.\n          influence:\n',
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('offers nothing for a problem it cannot fix', () => {
    const text = blankFrameworkText.replace('rungs: 1', 'rungs: 2');
    const diagnostic = checkFramework(text).diagnostics[0];
    expect(diagnostic).toBeDefined();
    expect(quickFixesFor(text, diagnostic!)).toEqual([]);
  });
});
