import { escapeHtml } from './escape.ts';
import { renderHtml } from './html.ts';
import type { RenderOptions } from './options.ts';
import type { Framework } from '../model/index.ts';

/**
 * Everything a Chromium needs to print the rubric, shaped so it maps one to one onto both
 * Playwright's `page.pdf()` (CLI) and Electron's `webContents.printToPDF()` (studio).
 */
export interface PrintInput {
  /** The rubric, without CSS running headers (the header and footer templates draw them). */
  html: string;
  pdf: {
    /** Playwright's `format` and Electron's `pageSize`. */
    pageSize: 'A4' | 'Letter';
    /** In inches, Electron's unit; Playwright takes them as `${n}in` strings. */
    margins: { top: number; right: number; bottom: number; left: number };
    displayHeaderFooter: boolean;
    /** Chromium header template: framework name and version on every page. */
    headerTemplate: string;
    /** Chromium footer template: "Page N of M". */
    footerTemplate: string;
    printBackground: true;
    /**
     * Whether the stylesheet's `@page` sizes win over `pageSize`. The rubric's do (they name the
     * same paper, and a named page turns the career map of a wide framework to landscape).
     */
    preferCSSPageSize: boolean;
  };
}

// Chromium renders the templates at a tiny default size with no page margins, so every style is
// inline and explicit. They are HTML: user text goes in escaped.
const templateStyle = 'font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:8px;color:#4a5563;width:100%;margin:0 16mm;display:flex;justify-content:space-between';

/**
 * The one print path for PDF exports: the HTML rubric plus PDF options with a running header
 * (name, version) and page numbers. The CLI passes it to Playwright, the studio to Electron.
 */
export function printInput(framework: Framework, options: RenderOptions = {}): PrintInput {
  const paper = options.paper ?? 'a4';
  const html = renderHtml(framework, { ...options, paper, marginBoxes: false });
  const name = escapeHtml(framework.name);
  const version = framework.version ? `Version ${escapeHtml(framework.version)}` : '';
  const org = framework.organization ? escapeHtml(framework.organization) : '';
  return {
    html,
    pdf: {
      pageSize: paper === 'letter' ? 'Letter' : 'A4',
      margins: { top: 0.8, right: 0.6, bottom: 0.75, left: 0.6 },
      displayHeaderFooter: true,
      headerTemplate: `<div style='${templateStyle}'><span>${name}</span><span>${version}</span></div>`,
      footerTemplate: `<div style='${templateStyle}'><span>${org}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
      printBackground: true,
      preferCSSPageSize: true,
    },
  };
}
