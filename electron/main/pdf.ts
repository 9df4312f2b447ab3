import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PrintToPdf } from './exporter.ts';
import { printWindowOptions } from './window-options.ts';

/** A PDF that takes longer than this is stuck, not slow: even 200-page rubrics print in seconds. */
const PRINT_TIMEOUT_MS = 60_000;

/** The pages being printed right now; the print session may load these and nothing else. */
const printablePages = new Set<string>();
let sessionLocked = false;

/** No network, no other files: the print page is self-contained (styles inline, images as data:). */
function lockPrintSession(): void {
  if (sessionLocked) return;
  sessionLocked = true;
  session.fromPartition('rungs-print').webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !printablePages.has(details.url) && !details.url.startsWith('data:') });
  });
}

/**
 * Prints the rubric with Electron's own Chromium: the HTML from printInput() goes into a hidden
 * window with JavaScript disabled, then printToPDF with the same options the CLI gives Playwright.
 * The page goes through a private temp file because data: URLs are capped at 2 MB.
 */
export const printWithElectron: PrintToPdf = async (input) => {
  const folder = await mkdtemp(path.join(tmpdir(), 'rungs-print-'));
  const page = path.join(folder, 'rubric.html');
  await writeFile(page, input.html, { mode: 0o600 });
  const pageUrl = pathToFileURL(page).toString();
  printablePages.add(pageUrl);
  lockPrintSession();
  // printWindowOptions() is checked by Electronegativity in tests (it cannot follow the call here).
  const window = new BrowserWindow(printWindowOptions()); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('printing took longer than a minute and was stopped')), PRINT_TIMEOUT_MS);
    });
    const print = (async () => {
      await window.loadFile(page);
      const pdf = await window.webContents.printToPDF({
        ...input.pdf,
        // Tagged PDF and an outline make the rubric readable by screen readers and easy to navigate.
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf);
    })();
    return await Promise.race([print, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
    window.destroy();
    printablePages.delete(pageUrl);
    await rm(folder, { recursive: true, force: true });
  }
};
