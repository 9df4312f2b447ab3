// Worksheets and job descriptions: one checkbox per expectation, new-at-this-level marks against
// the role below, every bullet carried into the job description, and templates that cannot
// print a typo'd placeholder.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/check.ts';
import { fillJobTemplate, jobPlaceholders, renderJobHtml, renderJobMarkdown, UnknownPlaceholder, type JobPlaceholder } from '../../../core/growth/job.ts';
import { buildWorksheet, renderWorksheetHtml, renderWorksheetMarkdown, worksheetItemCount } from '../../../core/growth/worksheet.ts';
import { markdownLine } from '../../../core/render/markdown.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const templates = readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.yaml'));
const load = (name: string) => checkFramework(readFileSync(path.join(root, 'templates', name), 'utf8')).framework;

const ladder = checkFramework(`rungs: 1
name: Worksheet fixture
organization: Acme
dimensions:
  - { id: craft, name: Craft, kind: hard, description: Building software well. }
  - { id: teamwork, name: Teamwork, kind: soft }
levels:
  - { id: L4, name: Senior }
  - { id: L5, name: Staff, band: { min: 140000, max: 180000, currency: EUR } }
tracks:
  - id: ic
    name: Engineering
    kind: ic
    roles:
      - id: senior
        title: Senior Engineer
        level: L4
        expectations:
          craft: ["Designs systems for the team.", "Reviews the team's designs."]
          teamwork: ["Mentors two engineers."]
      - id: staff
        title: Staff Engineer
        level: L5
        expectations:
          craft: ["Designs systems for several teams.", "Reviews the team's designs.", "Sets technical direction."]
          teamwork: ["Mentors two engineers.", "Grows **staff** engineers <b>x</b>."]
`).framework;

describe('rungs worksheet', () => {
  it.each(templates)('has exactly one checkbox per expectation of every role in %s', (name) => {
    const framework = load(name);
    for (const role of framework.tracks.flatMap((t) => t.roles)) {
      const sheet = buildWorksheet(framework, role.id);
      const expected = role.expectations.reduce((n, e) => n + e.bullets.length, 0);
      expect(worksheetItemCount(sheet)).toBe(expected);
      expect(renderWorksheetHtml(sheet).match(/<input type="checkbox"/g)?.length ?? 0, role.id).toBe(expected);
    }
  });

  it('marks only the expectations that are new since --from (not kept, not reworded)', () => {
    const sheet = buildWorksheet(ladder, 'staff', 'senior');
    const marked = sheet.dimensions.flatMap((d) => d.items.filter((i) => i.isNew).map((i) => i.text));
    expect(marked).toEqual(['Sets technical direction.', 'Grows **staff** engineers <b>x</b>.']);
    const html = renderWorksheetHtml(sheet);
    expect(html.match(/New at this level<\/span>/g)).toHaveLength(2);
    expect(html).toContain('<strong>staff</strong>');
    expect(html).not.toContain('<b>x</b>');
  });

  it('gives every checkbox its own id and a labelled evidence field, and one rating per dimension', () => {
    const html = renderWorksheetHtml(buildWorksheet(ladder, 'staff'));
    const ids = [...html.matchAll(/type="checkbox" id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(5);
    for (const id of ids) expect(html).toContain(`<label class="evidence" for="${id}-evidence">`);
    expect(html.match(/<fieldset class="rating">/g)).toHaveLength(2);
    expect(html).not.toMatch(/<script|onsubmit|onclick/);
  });

  it('writes a Markdown task list with one box per expectation', () => {
    const md = renderWorksheetMarkdown(buildWorksheet(ladder, 'staff', 'senior'), markdownLine);
    expect(md.match(/^- \[ \] /gm)).toHaveLength(5);
    expect(md).toContain('(new at this level)');
  });
});

describe('rungs job', () => {
  it.each(templates)('carries every bullet of every role in %s', (name) => {
    const framework = load(name);
    for (const role of framework.tracks.flatMap((t) => t.roles)) {
      const md = renderJobMarkdown(framework, role.id);
      const html = renderJobHtml(framework, role.id);
      for (const bullet of role.expectations.flatMap((e) => e.bullets)) {
        expect(md, role.id).toContain(markdownLine(bullet));
        expect(html.match(/<li>/g)?.length ?? 0).toBeGreaterThanOrEqual(role.expectations.reduce((n, e) => n + e.bullets.length, 0));
      }
    }
  });

  it('shows the band only with --band, and leaves out lines whose placeholders are empty', () => {
    expect(renderJobMarkdown(ladder, 'staff')).not.toContain('Pay band');
    expect(renderJobMarkdown(ladder, 'staff', { band: true })).toContain('**Pay band:** EUR 140,000 – 180,000');
    expect(renderJobMarkdown(ladder, 'staff')).not.toContain('**Scope:**');
    expect(renderJobHtml(ladder, 'staff', { band: true })).toContain('EUR 140,000 – 180,000');
  });

  it('fills a user template and names an unknown placeholder with its line and column', () => {
    const values = Object.fromEntries(Object.keys(jobPlaceholders).map((k) => [k, `<${k}>`])) as Record<JobPlaceholder, string>;
    expect(fillJobTemplate('Join us as {{ title }} ({{level}}).', values)).toBe('Join us as <title> (<level>).');
    expect(() => fillJobTemplate('line one\nWe pay {{salary}}.', values)).toThrow(UnknownPlaceholder);
    try {
      fillJobTemplate('line one\nWe pay {{salary}}.', values);
    } catch (error) {
      expect(error).toMatchObject({ placeholder: 'salary', line: 2, column: 8 });
    }
  });
});
