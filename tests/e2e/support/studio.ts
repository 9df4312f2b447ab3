/** Helpers for driving the built browser studio in Chromium. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');

export interface StudioPage {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen so far (CSP violations show up here). */
  errors: string[];
}

/** A fresh browser profile (empty local storage) showing the studio, editor ready and preview rendered. */
export async function openStudio(browser: Browser, options: { colorScheme?: 'light' | 'dark'; context?: BrowserContext; url?: string } = {}): Promise<StudioPage> {
  const context =
    options.context ??
    (await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, colorScheme: options.colorScheme ?? 'light', deviceScaleFactor: 1 }));
  // No action or wait may hang a test for longer than this, whatever it forgot to bound itself.
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await page.goto(options.url ?? inject('studioUrl'));
  try {
    await waitForStudio(page);
  } catch (error) {
    const state = await page.evaluate(() => ({
      editorReady: document.querySelector('[data-testid="editor"]')?.getAttribute('data-ready'),
      notices: [...document.querySelectorAll('[role="alert"],[role="status"]')].map((n) => n.textContent),
    }));
    throw new Error(`The studio did not become ready: ${String(error)}\nstate: ${JSON.stringify(state)}\nerrors: ${errors.join('\n')}`, { cause: error });
  }
  return { context, page, errors };
}

export async function waitForStudio(page: Page): Promise<void> {
  await waitFor(page.locator('[data-testid="editor"][data-ready="true"]'), 'the editor to become ready', { timeoutMs: 30_000 });
  await waitFor(preview(page).locator('h1').first(), 'the preview to show its title', { timeoutMs: 30_000 });
}

/**
 * Waits for an element with its own bound, and fails saying what it waited for ("waited 10 s for
 * the quick-fix menu to offer `L1`"), not just which selector timed out.
 */
export async function waitFor(
  locator: Locator,
  what: string,
  options: { state?: 'visible' | 'hidden' | 'attached' | 'detached'; timeoutMs?: number } = {},
): Promise<void> {
  const timeout = options.timeoutMs ?? 10_000;
  try {
    await locator.waitFor({ state: options.state ?? 'visible', timeout });
  } catch (error) {
    throw new Error(`Waited ${timeout / 1000} s for ${what}, in vain.`, { cause: error });
  }
}

/** The preview frame's document. */
export function preview(page: Page) {
  return page.frameLocator('[data-testid="preview"]');
}

export async function previewFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('[data-testid="preview"]').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('the preview frame is missing');
  return frame;
}

/** Puts the cursor at the start of a line with Go to Line (Ctrl+G), as a user would. */
export async function goToLine(page: Page, line: number): Promise<void> {
  await page.locator('[data-testid="editor"] .monaco-editor textarea').focus();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
  // Keys pressed before the Go to Line box has closed would land in it, not in the text.
  await eventually(async () => {
    const position = await statusPosition(page);
    if (!position.startsWith(`Ln ${line},`)) throw new Error(`the cursor is at ${position}, not on line ${line}`);
  });
  await waitFor(page.locator('.quick-input-widget').first(), 'the Go to Line box to close', { state: 'hidden' });
}

/** Replaces the text of a line (indentation kept) the way a user retypes it. */
export async function retypeLine(page: Page, line: number, text: string): Promise<void> {
  await goToLine(page, line);
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
}

/** The 1-based line numbers that carry a marker of the given severity, read from Monaco's view. */
export async function markerLines(page: Page, severity: 'error' | 'warning' | 'info' = 'error'): Promise<number[]> {
  return page.evaluate((kind) => {
    const editor = document.querySelector('[data-testid="editor"] .monaco-editor');
    if (!editor) return [];
    const tops = new Map<string, number>();
    for (const number of editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')) {
      const row = number.closest<HTMLElement>('.margin-view-overlays > div');
      if (row) tops.set(row.style.top, Number(number.textContent));
    }
    const lines = new Set<number>();
    for (const squiggle of editor.querySelectorAll<HTMLElement>(`.view-overlays .squiggly-${kind}`)) {
      const row = squiggle.closest<HTMLElement>('.view-overlays > div');
      const line = row ? tops.get(row.style.top) : undefined;
      if (line !== undefined) lines.add(line);
    }
    return [...lines].sort((a, b) => a - b);
  }, severity);
}

/** Moves the pointer over the first marker of a severity, which opens Monaco's hover with its message. */
export async function hoverMarker(page: Page, severity: 'error' | 'warning' | 'info'): Promise<void> {
  const squiggle = page.locator(`[data-testid="editor"] .view-overlays .squiggly-${severity}`).first();
  const box = await squiggle.boundingBox();
  if (!box) throw new Error(`no ${severity} marker is on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** The text Monaco shows on a line (the line must be on screen). */
export async function lineText(page: Page, line: number): Promise<string> {
  return page.evaluate((wanted) => {
    const editor = document.querySelector('[data-testid="editor"] .monaco-editor');
    if (!editor) return '';
    let top: string | undefined;
    for (const number of editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')) {
      if (Number(number.textContent) === wanted) top = number.closest<HTMLElement>('.margin-view-overlays > div')?.style.top;
    }
    // Wrapped lines have several view lines; join the ones that start at or below the number's row.
    const views = [...editor.querySelectorAll<HTMLElement>('.view-lines > .view-line')];
    const match = views.find((v) => v.style.top === top);
    return (match?.textContent ?? '').replace(/\u00a0/g, ' ');
  }, line);
}

export async function statusPosition(page: Page): Promise<string> {
  return (await page.getByTestId('status-position').textContent()) ?? '';
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Polls until `check` passes, for effects that land after the debounced check. */
export async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Still not true after ${timeoutMs / 1000} s of retrying: ${reason}`, { cause: error });
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/**
 * Waits until the studio has kept a draft holding `text` in local storage, instead of sleeping
 * for "about a second" and hoping the draft timer fired on a busy machine.
 */
export async function draftSaved(page: Page, text: string, timeoutMs = 10_000): Promise<void> {
  await eventually(async () => {
    const kept = await page.evaluate((wanted) => {
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i) ?? '';
        if (key.startsWith('rungs.draft:') && (localStorage.getItem(key) ?? '').includes(wanted)) return true;
      }
      return false;
    }, text);
    if (!kept) throw new Error(`no draft in local storage holds "${text}"`);
  }, timeoutMs);
}
