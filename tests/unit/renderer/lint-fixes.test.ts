import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import type { Diagnostic } from '../../../core/diagnostics.ts';
import { diagnosticsToMarkers } from '../../../renderer/editor/markers.ts';
import { quickFixesFor } from '../../../renderer/editor/quick-fixes.ts';
import { applyEdits } from './apply-edits.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const find = (text: string, code: string) => checkFramework(text).diagnostics.filter((d) => d.code === code);

describe('quick fixes for the lint rules', () => {
  it('text/invisible: removes the invisible characters, quoted or plain, and the file checks clean of them', () => {
    let text = fixture('invalid/text-invisible.yaml');
    for (const d of find(text, 'text/invisible')) {
      const current = find(text, 'text/invisible').find((c) => c.path === d.path)!;
      const [fix] = quickFixesFor(text, current);
      expect(fix).toMatchObject({ title: 'Remove the invisible characters', preferred: true });
      text = applyEdits(text, fix!.edits);
    }
    expect(find(text, 'text/invisible')).toEqual([]);
    expect(text).toContain('title: "Software Engineer"');
    expect(text).toContain('- Ships small, well-tested changes.');
  });

  it('text/invisible: offers nothing when the character is written as an escape', () => {
    const text = fixture('valid/minimal.yaml').replace('- Ships small, well-tested changes.', '- "Ships\\u200B small changes."');
    const [d] = find(text, 'text/invisible');
    expect(d).toBeDefined();
    expect(quickFixesFor(text, d!)).toEqual([]);
  });

  it('growth/duplicate-across-dimensions: drops the repeated bullet from a block or a flow list', () => {
    const text = fixture('invalid/duplicate-across-dimensions.yaml');
    const [flow, block] = find(text, 'growth/duplicate-across-dimensions');
    // The flow list `[writes clear design notes…]` has one item: deleting it would empty the dimension.
    expect(quickFixesFor(text, flow!)).toEqual([]);
    const [fix] = quickFixesFor(text, block!);
    expect(fix).toMatchObject({ title: 'Remove this repeated bullet', preferred: true });
    const fixed = applyEdits(text, fix!.edits);
    expect(fixed).toContain("          delivery:\n            - Plans the team's releases.\n          influence:");
    expect(find(fixed, 'growth/duplicate-across-dimensions')).toHaveLength(1);
    const flowText = text.replace('influence: [Reviews designs from other teams.]', "influence: [Reviews designs from other teams., Plans the team's releases.]");
    const repeated = find(flowText, 'growth/duplicate-across-dimensions').find((d) => d.path.endsWith('/roles/1/expectations/influence/1'));
    const fixedFlow = applyEdits(flowText, quickFixesFor(flowText, repeated!)[0]!.edits);
    expect(fixedFlow).toContain('influence: [Reviews designs from other teams.]');
  });

  it('wording/vague: offers the advice, opening the rule docs', () => {
    const text = fixture('invalid/wording-vague.yaml');
    const [d] = find(text, 'wording/vague');
    expect(quickFixesFor(text, d!)).toEqual([
      { title: 'How to reword: Say what they do with that understanding: what they build, decide, explain or review because of it.', edits: [], preferred: false, link: 'https://rungs.dev/docs/rules#wording-vague' },
    ]);
  });
});

describe('markers link to the docs and carry related places', () => {
  it('gives the code a docs target and each copied bullet as related information', () => {
    const text = fixture('invalid/copied-expectation.yaml');
    const diagnostics = checkFramework(text).diagnostics as Diagnostic[];
    const [marker] = diagnosticsToMarkers(diagnostics, { resource: 'model-uri', toUri: (url) => `uri:${url}` });
    expect(marker?.code).toEqual({ value: 'growth/copied-expectation', target: 'uri:https://rungs.dev/docs/rules#growth-copied-expectation' });
    expect(marker?.relatedInformation?.map((r) => [r.resource, r.startLineNumber, r.message])).toEqual([
      ['model-uri', 28, 'copied from `engineer`: ships small changes'],
      ['model-uri', 29, 'copied from `engineer`: Shares what they learn.'],
    ]);
  });
});
