// The PDF checks must be able to fail: each is shown a real Chromium PDF with the defect it looks for.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../cli/chromium.ts';
import { hasPdftotext, headingsAtPageFoot, pdfPages, repeatedHeaderAtPageFoot, scaledPages, wordsPastMargins } from './pdf-checks.ts';


const ready = findChromium() !== undefined && hasPdftotext();
let browser: Browser;
beforeAll(async () => {
  if (ready) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const margins = { top: 0.8 * 72, right: 0.6 * 72, bottom: 0.75 * 72, left: 0.6 * 72 };

async function print(html: string): Promise<Buffer> {
  const page = await browser.newPage({ javaScriptEnabled: false });
  try {
    await page.setContent(html);
    return await page.pdf({ format: 'A4', margin: { top: '0.8in', right: '0.6in', bottom: '0.75in', left: '0.6in' }, printBackground: true });
  } finally {
    await page.close();
  }
}

// A4 leaves about 251 mm of height inside these margins.
const filler = (mm: number): string => `<div style="height:${mm}mm"></div>`;
const style = '<style>body{margin:0;font:14px/1.4 sans-serif}h2{font-size:24px;margin:0}</style>';

describe.skipIf(!ready)('PDF checks on real Chromium output', () => {
  it('finds a heading left alone at a page foot, and not one followed by its text', async () => {
    const alone = pdfPages(await print(`${style}${filler(238)}<h2 style="break-after:auto">Lonely heading</h2><p style="break-inside:avoid">${'Text that does not fit under it. '.repeat(12)}</p>`));
    expect(headingsAtPageFoot(alone, [{ text: 'Lonely heading', points: 18 }], margins)).toMatchObject([{ check: 'pdf-heading-at-page-foot' }]);
    const kept = pdfPages(await print(`${style}${filler(238)}<h2 style="break-after:avoid">Kept heading</h2><p style="break-inside:avoid">${'Text that does not fit under it. '.repeat(12)}</p>`));
    expect(headingsAtPageFoot(kept, [{ text: 'Kept heading', points: 18 }], margins)).toEqual([]);
  });

  it('finds a page shrunk to fit a wide table', async () => {
    expect(scaledPages(await print(`${style}<table style="width:2000px"><tr><td>${'wide '.repeat(300)}</td></tr></table>`)).length).toBeGreaterThan(0);
    expect(scaledPages(await print(`${style}<p>Narrow.</p>`))).toEqual([]);
  });

  it('finds words past the right margin', () => {
    const line = (text: string, xMin: number, xMax: number) => ({ text, words: [{ text, xMin, xMax }], xMin, xMax, yMin: 100, yMax: 110 });
    const page = { width: 595.92, height: 842.88, lines: [line('inside', 50, 300), line('reliab', 540, 596)] };
    expect(wordsPastMargins([page], margins)).toMatchObject([{ check: 'pdf-word-past-margin', detail: expect.stringContaining('"reliab"') }]);
  });

  it('finds a table header row left alone at a page foot', async () => {
    const rows = `<thead><tr><th>Role</th><th>Craft</th></tr></thead><tbody><tr style="break-inside:avoid"><td>Engineer</td><td>${'A tall cell. '.repeat(60)}</td></tr></tbody>`;
    // Chromium keeps a plain table's header with its first row, but not once the table has a caption.
    const pages = pdfPages(await print(`${style}${filler(232)}<table style="width:100%;table-layout:fixed"><caption>Part 1 of 2</caption>${rows}</table>`));
    expect(repeatedHeaderAtPageFoot(pages, margins)).toMatchObject([{ check: 'pdf-header-row-at-page-foot' }]);
  });
});
