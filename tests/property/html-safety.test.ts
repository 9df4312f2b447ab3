/**
 * Property (b): for arbitrary frameworks shaped like the schema, the HTML rubric (and the Markdown
 * and CSV exports) contain nothing that can run script, and the HTML shows every text literally.
 * The HTML is parsed with parse5, the WHATWG parsing algorithm browsers implement, so "no script"
 * means what a browser would build, not what a regex sees.
 */
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildFramework } from '../../core/index.ts';
import { printInput, renderCsv, renderHtml, renderMarkdown } from '../../core/render/index.ts';
import { collapse, csvProblems, htmlProblems, markdownProblems, visibleText } from '../unit/hostile/invariants.ts';
import { displayedTexts, frameworkData, hostileId, literalText, payloadText, schemaId } from './arbitraries.ts';

describe('exports of arbitrary frameworks', () => {
  it('show every text literally in the HTML rubric', () => {
    fc.assert(
      fc.property(frameworkData({ text: literalText, id: schemaId }), (data) => {
        const visible = visibleText(renderHtml(buildFramework(data)));
        const missing = displayedTexts(data).filter((text) => !visible.includes(collapse(text)));
        expect(missing).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('show every text literally in the Markdown export, as a wiki renders it', () => {
    const wiki = markdownIt({ html: true, linkify: false });
    // The Markdown export passes user text on as Markdown (the HTML rubric reads a smaller subset),
    // so a line starting with `>` or `#` is a quote or a heading there: leave those out.
    const text = literalText.filter((t) => !/^\s*[>#]/.test(t));
    fc.assert(
      fc.property(frameworkData({ text, id: schemaId }), (data) => {
        // One-line fields are trimmed and their whitespace runs joined, Unicode spaces included.
        const norm = (t: string) => t.replace(/\s+/gu, ' ').trim();
        const visible = norm(visibleText(wiki.render(renderMarkdown(buildFramework(data)))));
        const missing = displayedTexts(data).filter((text) => !visible.includes(norm(text)));
        expect(missing).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never contain an element or attribute that can run script, whatever the text and ids', () => {
    fc.assert(
      fc.property(frameworkData({ text: payloadText, id: hostileId }), (data) => {
        const framework = buildFramework(data);
        expect(htmlProblems(renderHtml(framework))).toEqual([]);
        const { html, pdf } = printInput(framework);
        expect(htmlProblems(html)).toEqual([]);
        // Chromium's header and footer templates are HTML too.
        expect(htmlProblems(`${pdf.headerTemplate}${pdf.footerTemplate}`, { requireCsp: false })).toEqual([]);
        expect(markdownProblems(renderMarkdown(framework))).toEqual([]);
        expect(csvProblems(renderCsv(framework))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('keep hostile text in the HTML rubric as text (escaped, never dropped)', () => {
    fc.assert(
      fc.property(frameworkData({ text: payloadText, id: schemaId }), (data) => {
        const framework = buildFramework(data);
        const visible = visibleText(renderHtml(framework));
        // Titles and names are never Markdown: they must read exactly as typed, payloads and all.
        // (A browser drops NUL from page text and reads CR as a line break.)
        const plain = [framework.name, ...framework.tracks.flatMap((t) => [t.name, ...t.roles.map((r) => r.title)])];
        const shown = (text: string) => collapse(text.replaceAll('\u0000', '').replace(/\r\n?/g, '\n'));
        expect(plain.filter((text) => !visible.includes(shown(text)))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
