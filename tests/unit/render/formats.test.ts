import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/index.ts';
import { printInput, renderCsv, renderJson, renderMarkdown, schemaUrl } from '../../../core/render/index.ts';
import { validate } from '../../../core/generated/validate-framework.js';
import { frameworkFrom, loadFixture } from './helpers.ts';

const sample = loadFixture('sample.yaml');

describe('renderMarkdown', () => {
  const md = renderMarkdown(sample);

  it('links roles with the anchors GitHub gives their headings', () => {
    expect(md).toContain('| **L6** Staff | [Staff Engineer](#staff-engineer) ⇄ | [Engineering Manager](#engineering-manager) ⇄ | USD 170,000 – 220,000 |');
    expect(md).toContain('\n### Staff Engineer\n');
    // Each role link resolves to a heading that exists.
    const slugs = new Set(
      [...md.matchAll(/^#{1,6} (.+)$/gm)].map((m) => (m[1] ?? '').toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-')),
    );
    for (const [, target] of md.matchAll(/\]\(#([^)]+)\)/g)) expect(slugs.has(target ?? '')).toBe(true);
  });

  it('numbers repeated headings the way GitHub does', () => {
    const twice = frameworkFrom(`rungs: 1
name: Twice
dimensions: [{ id: craft, name: Craft, kind: hard }]
levels: [{ id: L1 }, { id: L2 }]
tracks:
  - { id: a, name: A, kind: ic, roles: [{ id: eng-a, title: Engineer, level: L1 }] }
  - { id: b, name: B, kind: other, roles: [{ id: eng-b, title: Engineer, level: L2 }] }
`);
    const out = renderMarkdown(twice);
    expect(out).toContain('[Engineer](#engineer)');
    expect(out).toContain('[Engineer](#engineer-1)');
  });

  it('keeps tables intact when text holds pipes or line breaks', () => {
    const piped = frameworkFrom(`rungs: 1
name: Pipes
dimensions: [{ id: craft, name: "Craft | code", kind: hard }]
levels: [{ id: L1 }]
tracks:
  - id: ic
    name: IC
    kind: ic
    roles:
      - id: a
        title: A
        level: L1
        expectations: { craft: ["Uses a | b\\nand more"] }
`);
    const out = renderMarkdown(piped);
    expect(out).toContain('| Role | Level | Craft \\| code (hard) |');
    expect(out).toContain('| [A](#a) | L1 | • Uses a \\| b and more |');
  });

  it('marks new and changed bullets and says what changed', () => {
    expect(md).toContain('**What changes from [Engineer](#engineer):** bullets marked **New** or **Changed** below.');
    expect(md).toContain("- **Changed:** Ships well-tested changes and reviews others' designs. *(was: Ships small, well-tested changes.)*");
    expect(md).toContain('- **New:** Mentors two or more engineers.');
  });
});

describe('renderCsv', () => {
  const csv = renderCsv(sample);
  const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('writes one row per role and dimension, with all bullets in the cell', () => {
    expect(rows[0]).toEqual(['Track', 'Track ID', 'Level', 'Role', 'Role ID', 'Dimension', 'Dimension ID', 'Kind', 'Expectation', 'Proficiency']);
    const roles = sample.tracks.flatMap((t) => t.roles);
    expect(rows.length - 1).toBe(roles.length * sample.dimensions.length);
    expect(rows[1]).toEqual(['Individual contributor', 'ic', 'L3', 'Engineer', 'engineer', 'Technical craft', 'craft', 'hard', 'Ships small, well-tested changes.\nReads the code before changing it.', '']);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('carries the proficiency step each role needs, by name', () => {
    const rated = frameworkFrom(`rungs: 1
name: Rated
proficiency: [{ id: low, name: Learning }, { id: high, name: Leading }]
dimensions: [{ id: craft, name: Craft, kind: hard }]
levels: [{ id: L1 }]
tracks:
  - { id: ic, name: Engineering, kind: ic, roles: [{ id: a, title: Engineer, level: L1, proficiency: { craft: high }, expectations: { craft: ["Ships."] } }] }
`);
    const [, row] = Papa.parse<string[]>(renderCsv(rated).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(row?.[9]).toBe('Leading');
    const json = JSON.parse(renderJson(rated));
    expect(json.proficiency).toEqual([{ id: 'low', name: 'Learning' }, { id: 'high', name: 'Leading' }]);
    expect(json.tracks[0].roles[0].proficiency).toEqual({ craft: 'high' });
  });

  it('stops spreadsheet formulas from running', () => {
    const risky = frameworkFrom(`rungs: 1
name: Formulas
dimensions: [{ id: craft, name: "=HYPERLINK(\\"http://x\\")", kind: hard }]
levels: [{ id: L1 }]
tracks:
  - { id: ic, name: "+SUM(A1)", kind: ic, roles: [{ id: a, title: "@cmd", level: L1, expectations: { craft: ["-1+1"] } }] }
`);
    const [, row] = Papa.parse<string[]>(renderCsv(risky).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(row?.[0]).toBe("'+SUM(A1)");
    expect(row?.[3]).toBe("'@cmd");
    expect(row?.[5]).toBe('\'=HYPERLINK("http://x")');
    expect(row?.[8]).toBe("'-1+1");
  });
});

describe('renderJson', () => {
  it('writes the Rungs format with a $schema pointer, valid against the schema', () => {
    const json = renderJson(sample);
    const doc = JSON.parse(json) as Record<string, unknown>;
    expect(doc.$schema).toBe(schemaUrl);
    expect(doc.rungs).toBe(1);
    expect(validate(doc)).toBe(true);
  });

  it('round-trips: re-importing the JSON gives the same framework and the same JSON', () => {
    for (const name of ['sample.yaml', 'dual-track.yaml', 'three-track.yaml']) {
      const json = renderJson(loadFixture(name));
      const again = checkFramework(json);
      expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(renderJson(again.framework)).toBe(json);
    }
  });

  it('drops equivalents that point outside the exported tracks', () => {
    const doc = JSON.parse(renderJson(sample, { tracks: ['management'] })) as { tracks: { roles: { equivalent?: string }[] }[]; moves?: unknown };
    expect(doc.tracks).toHaveLength(1);
    expect(doc.tracks[0]?.roles[0]?.equivalent).toBeUndefined();
    expect(doc.moves).toBeUndefined();
    expect(validate(doc)).toBe(true);
  });
});

describe('printInput', () => {
  it('gives Chromium the paper, margins and a running header with name, version and page numbers', () => {
    const { html, pdf } = printInput(sample, { paper: 'letter' });
    expect(pdf.pageSize).toBe('Letter');
    expect(pdf.displayHeaderFooter).toBe(true);
    expect(pdf.printBackground).toBe(true);
    expect(pdf.headerTemplate).toContain('Northwind Engineering Ladder');
    expect(pdf.headerTemplate).toContain('Version 2026.1');
    expect(pdf.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(pdf.footerTemplate).toContain('<span class="totalPages"></span>');
    expect(pdf.margins.top).toBeGreaterThan(0.5);
    // The templates draw the running header, so the page CSS must not draw a second one.
    expect(html).not.toContain('@top-left');
    expect(html).toContain('@page{size:letter;');
    expect(printInput(sample).pdf.pageSize).toBe('A4');
  });

  it('escapes the framework name in the header template', () => {
    const named = frameworkFrom('rungs: 1\nname: "<img src=x onerror=alert(1)>"\nversion: "<b>1</b>"\n');
    const { pdf } = printInput(named);
    expect(pdf.headerTemplate).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(pdf.headerTemplate).not.toContain('<img');
    expect(pdf.headerTemplate).not.toContain('<b>');
  });
});
