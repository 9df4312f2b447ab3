import type { Browser } from 'playwright-core';
import type { PrintInput } from '../core/render/index.ts';
import { launchChromium } from './chromium.ts';

/**
 * Prints a rubric to PDF bytes with headless Chromium, the same engine the studio prints with.
 * Every network request is refused, so a PDF can never leak that it was opened, or wait on one.
 * Throws with `installHint` when no browser is found; callers turn that into exit code 2.
 */
export async function printPdf(input: PrintInput, browser?: Browser): Promise<Buffer> {
  const own = browser === undefined;
  const chromium = browser ?? (await launchChromium());
  try {
    const context = await chromium.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.route('**/*', (route) => {
        const url = route.request().url();
        return url.startsWith('data:') || url.startsWith('about:') ? route.continue() : route.abort();
      });
      await page.setContent(input.html, { waitUntil: 'load' });
      const { pdf } = input;
      const inches = (n: number): string => `${n}in`;
      return await page.pdf({
        format: pdf.pageSize,
        margin: { top: inches(pdf.margins.top), right: inches(pdf.margins.right), bottom: inches(pdf.margins.bottom), left: inches(pdf.margins.left) },
        displayHeaderFooter: pdf.displayHeaderFooter,
        headerTemplate: pdf.headerTemplate,
        footerTemplate: pdf.footerTemplate,
        printBackground: pdf.printBackground,
        preferCSSPageSize: pdf.preferCSSPageSize,
        outline: true,
        tagged: true,
      });
    } finally {
      await context.close();
    }
  } finally {
    if (own) await chromium.close();
  }
}
