// The layout test: every template and every stress-corpus framework, rendered in a real Chromium
// on screen (1280 px) and printed to PDF on A4 and Letter, must show nothing a reader would see as
// broken. One browser serves the whole file.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFramework, type Framework } from '../../core/index.ts';
import { printInput, renderHtml } from '../../core/render/index.ts';
import { findChromium, launchChromium } from '../../cli/chromium.ts';
import { printPdf } from '../../cli/pdf.ts';
import { describeFindings, dimensionSequence, findRawMarkdown, headingTexts, horizontalOverflow, orderTexts, rawMarkdown, type LayoutFinding } from './dom-checks.ts';
import { hasPdftotext, headingsAtPageFoot, repeatedHeaderAtPageFoot, pdfPages, pdfText, runningHeaderMissing, scaledPages, wordsPastMargins } from './pdf-checks.ts';
import { stressCorpus } from './stress-corpus.ts';
import { svgLabelFindings } from './svg-checks.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const templatesDir = path.join(root, 'templates');

interface Subject {
  name: string;
  framework: Framework;
}

const subjects: Subject[] = [
  ...readdirSync(templatesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `template ${f}`, framework: checkFramework(readFileSync(path.join(templatesDir, f), 'utf8')).framework })),
  ...stressCorpus().map((c) => ({ name: `stress ${c.name}`, framework: checkFramework(c.yaml).framework })),
];

const screenWidth = 1280;
const points = 72;

const ready = findChromium() !== undefined && hasPdftotext();
if (!ready) console.warn('layout test skipped: it needs Chromium (RUNGS_CHROMIUM) and poppler-utils (pdftotext)');

let browser: Browser;
beforeAll(async () => {
  if (ready) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The print layout is laid out at the width of the printable area (CSS px are 1/96 in). */
function printWidthPx(paper: 'a4' | 'letter', margins: { left: number; right: number }): number {
  const paperWidth = paper === 'letter' ? 8.5 : 210 / 25.4;
  return Math.floor((paperWidth - margins.left - margins.right) * 96);
}

async function withPage<T>(width: number, html: string, media: 'screen' | 'print', run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.emulateMedia({ media });
    await page.setContent(html, { waitUntil: 'load' });
    return await run(page);
  } finally {
    await context.close();
  }
}

/**
 * Dimension order: the track's tables and every role section list dimensions in the framework's
 * order, filtered by the track's list; "What we assess" lists them in the framework's order.
 */
function orderFindings(framework: Framework, texts: Awaited<ReturnType<typeof orderTexts>>): LayoutFinding[] {
  const findings: LayoutFinding[] = [];
  const frameworkOrder = framework.dimensions.map((d) => d.id);
  const assessed = dimensionSequence(texts.assessed, framework.dimensions);
  const expectedAssessed = frameworkOrder.filter((id) => assessed.includes(id));
  if (assessed.join() !== expectedAssessed.join()) findings.push({ check: 'dimension-order', where: 'What we assess', detail: `${assessed.join(', ')} instead of ${expectedAssessed.join(', ')}` });
  for (const shown of texts.tracks) {
    const track = framework.index.tracks.get(shown.trackId);
    if (!track) continue;
    const expected = frameworkOrder.filter((id) => track.dimensionIds.includes(id));
    const table = dimensionSequence(shown.tableHeaders, framework.dimensions);
    if (table.length > 0 && table.join() !== expected.filter((id) => table.includes(id)).join()) {
      findings.push({ check: 'dimension-order', where: `track ${track.id} matrix`, detail: `${table.join(', ')} instead of ${expected.join(', ')}` });
    }
    // An order check that finds no dimension names would pass on anything.
    if (track.roles.some((r) => r.expectations.length > 0) && table.length === 0 && shown.tableHeaders.length > 0) {
      findings.push({ check: 'dimension-order-unreadable', where: `track ${track.id} matrix`, detail: 'no header cell names a dimension' });
    }
    for (const role of shown.roles) {
      const sequence = dimensionSequence(role.headings, framework.dimensions);
      const known = framework.index.roles.get(role.roleId);
      if (known && known.expectations.some((x) => framework.index.dimensions.has(x.dimensionId)) && sequence.length === 0) {
        findings.push({ check: 'dimension-order-unreadable', where: `role ${role.roleId}`, detail: 'no heading of the role section names a dimension' });
      }
      const reference = table.length > 0 ? table : expected;
      const want = reference.filter((id) => sequence.includes(id));
      if (sequence.filter((id) => reference.includes(id)).join() !== want.join()) {
        findings.push({ check: 'dimension-order', where: `role ${role.roleId}`, detail: `sections ${sequence.join(', ')} but the matrix reads ${reference.join(', ')}` });
      }
    }
  }
  return findings;
}

describe.skipIf(!ready)('layout', () => {
  describe.each(subjects.map((s) => [s.name, s] as const))('%s', (_name, subject) => {
    it('reads on a 1280 px screen: no sideways scroll, no overflow, no raw Markdown, one dimension order, clean pictures', async () => {
      const findings = await withPage(screenWidth, renderHtml(subject.framework), 'screen', async (page) => [
        ...(await horizontalOverflow(page, false)),
        ...(await rawMarkdown(page)),
        ...orderFindings(subject.framework, await orderTexts(page)),
      ]);
      expect(findings, describeFindings(findings)).toEqual([]);
    });

    // Every inline SVG (career map, skills map, radars, parity links): see svg-checks.ts.
    it('pictures: every label inside its box and the picture, no overlaps, no label standing for two titles', async () => {
      const screen = await withPage(screenWidth, renderHtml(subject.framework), 'screen', (page) => svgLabelFindings(page));
      const input = printInput(subject.framework, { paper: 'a4' });
      const print = await withPage(printWidthPx('a4', input.pdf.margins), input.html, 'print', (page) => svgLabelFindings(page));
      const findings = [...screen, ...print.map((f) => ({ ...f, where: `print: ${f.where}` }))];
      expect(findings, describeFindings(findings)).toEqual([]);
    });

    it.each([['a4'], ['letter']] as const)('prints on %s at full size: nothing past the margins, no heading alone at a page foot', async (paper) => {
      const input = printInput(subject.framework, { paper });
      const { margins } = input.pdf;
      const { dom, headings } = await withPage(printWidthPx(paper, margins), input.html, 'print', async (page) => ({
        dom: await horizontalOverflow(page, true),
        headings: await headingTexts(page),
      }));
      const pdf = await printPdf(input, browser);
      const pages = pdfPages(pdf);
      const inPoints = { left: margins.left * points, right: margins.right * points, top: margins.top * points, bottom: margins.bottom * points };
      const findings = [
        ...dom,
        ...scaledPages(pdf),
        ...wordsPastMargins(pages, inPoints),
        ...headingsAtPageFoot(pages, headings, inPoints),
        ...repeatedHeaderAtPageFoot(pages, inPoints),
        ...runningHeaderMissing(pages, subject.framework.name),
        ...findRawMarkdown(pdfText(pages), 'PDF text'),
      ];
      expect(findings, describeFindings(findings)).toEqual([]);
    });
  });
});
