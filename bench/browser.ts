/**
 * Browser half of the benchmark: builds the browser studio when needed, serves it on localhost,
 * and drives it in headless Chromium to time a cold start and keystroke-to-markers latency.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { summarise, type Timing } from './stats.ts';
export { serveStatic } from '../scripts/static-server.ts';


/** Newest modification time of any file under `path` (a file or a folder). */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * A build of the browser studio no older than its sources: dist-web/ when it is fresh, else a
 * private build under node_modules/.cache (so a benchmark never rewrites dist-web/ while an e2e
 * run may be serving it).
 */
export function ensureWebBuild(repoRoot: string, log: (line: string) => void): string {
  const sources = Math.max(
    ...['renderer', 'core', 'schemas', 'templates', 'vite.web.config.ts', 'package.json'].map((p) => newestMtime(join(repoRoot, p))),
  );
  const shared = join(repoRoot, 'dist-web');
  const isFresh = (dir: string) => existsSync(join(dir, 'index.html')) && statSync(join(dir, 'index.html')).mtimeMs >= sources;
  if (isFresh(shared)) return shared;
  const own = join(repoRoot, 'node_modules', '.cache', 'rungs-bench', 'dist-web');
  if (isFresh(own)) return own;
  log('Building the browser studio (vite build --config vite.web.config.ts)...');
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.web.config.ts', '--outDir', own, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vite build of the browser studio failed');
  return own;
}

/** JavaScript the studio build ships: all of it, and what index.html loads before first paint. */
export interface BundleSizes {
  totalJsBytes: number;
  entryJsBytes: number;
  jsFiles: number;
}

/** Sizes of the JavaScript in a studio build (uncompressed bytes on disk). */
export function bundleSizes(root: string): BundleSizes {
  let totalJsBytes = 0;
  let jsFiles = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.js')) {
        totalJsBytes += statSync(path).size;
        jsFiles += 1;
      }
    }
  };
  walk(root);
  // Scripts and module preloads named in index.html are fetched before the studio can paint.
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  let entryJsBytes = 0;
  for (const match of html.matchAll(/(?:src|href)="\.?\/?([^"]+\.js)"/g)) {
    const file = join(root, match[1] as string);
    if (existsSync(file)) entryJsBytes += statSync(file).size;
  }
  return { totalJsBytes, entryJsBytes, jsFiles };
}

const viewport = { width: 1440, height: 900 };

/**
 * tsx compiles this file with esbuild's keepNames, which wraps functions in `__name(...)`; the
 * functions we hand to page.evaluate run in the page, where that helper must exist too.
 */
const keepNamesShim = 'globalThis.__name = globalThis.__name || ((fn) => fn);';

async function waitForStudio(page: Page, title?: string): Promise<void> {
  await page.locator('[data-testid="editor"][data-ready="true"]').waitFor({ timeout: 60_000 });
  const heading = page.frameLocator('[data-testid="preview"]').locator('h1').first();
  await heading.waitFor({ timeout: 60_000 });
  // The preview is a sandboxed frame, so its heading is read through Playwright, not the DOM.
  if (title) await page.frameLocator('[data-testid="preview"]').locator('h1', { hasText: title }).first().waitFor({ timeout: 120_000 });
}

/** Cold start figures, in milliseconds from navigation start. */
export interface ColdStart {
  /** The studio's own marks: the later of `rungs-editor-ready` and `rungs-preview-ready`. */
  ready: Timing;
  /** Measured from Node: `page.goto` until Playwright sees the editor ready and the preview heading. */
  wall: Timing;
  firstContentfulPaint: Timing;
}

/** Cold start: a fresh profile navigates to the studio until the editor is editable and the preview rendered. */
export async function measureColdStart(browser: Browser, url: string, runs: number): Promise<ColdStart> {
  const wall: number[] = [];
  const ready: number[] = [];
  const paint: number[] = [];
  for (let i = 0; i < runs + 1; i += 1) {
    const context = await browser.newContext({ viewport });
    await context.addInitScript(keepNamesShim);
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(url);
    await waitForStudio(page);
    const elapsed = performance.now() - started;
    const marks = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return { editor: at('rungs-editor-ready'), preview: at('rungs-preview-ready'), fcp: at('first-contentful-paint') };
    });
    await context.close();
    // The first run also warms the OS file cache and Chromium's own start-up; it is not kept.
    if (i === 0) continue;
    wall.push(elapsed);
    ready.push(Math.max(marks.editor, marks.preview));
    paint.push(marks.fcp);
  }
  return { ready: summarise(ready), wall: summarise(wall), firstContentfulPaint: summarise(paint) };
}

/** Keystroke latency figures, all in milliseconds, measured with the page's own clock. */
export interface KeystrokeLatency {
  /** keydown → the studio's `rungs-markers-applied` mark (Monaco markers set from the new diagnostics). */
  toMarkers: Timing;
  /** keydown → the squiggle appears or disappears in the editor (next painted frame). */
  toSquiggle: Timing;
  /** keydown → `rungs-check-sent`: waiting for typing to pause (the studio's debounce). */
  debounce: Timing;
  /** `rungs-check-sent` → `rungs-check-done`: check + preview HTML + outline in the worker, and messaging. */
  worker: Timing;
}

/**
 * Opens `text` in the studio (dropped as a file, as a user would), then alternately types a
 * character that breaks a level reference and deletes it, timing each keystroke until the error
 * count, and the squiggle, change.
 */
export async function measureKeystrokes(browser: Browser, url: string, text: string, title: string, samples: number): Promise<KeystrokeLatency> {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(keepNamesShim);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForStudio(page);
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'bench.yaml', { type: 'application/x-yaml' }));
      return transfer;
    }, text);
    await page.dispatchEvent('[data-testid="editor"]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-testid="editor"]', 'drop', { dataTransfer });
    await waitForStudio(page, title);
    await page.waitForFunction(() => document.querySelector('[data-testid="status-errors"]')?.textContent === '0', undefined, { timeout: 120_000 });

    // A role's `level:` line in the middle of the document: appending a letter makes it unknown.
    const lines = text.split('\n');
    let target = lines.findIndex((line, i) => i > lines.length / 2 && /^\s+level: L\d+\s*$/.test(line));
    if (target < 0) target = lines.findIndex((line) => /^\s+level: L\d+\s*$/.test(line));
    await page.locator('[data-testid="editor"] .monaco-editor textarea').focus();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(target + 1));
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');

    const toMarkers: number[] = [];
    const toSquiggle: number[] = [];
    const debounce: number[] = [];
    const worker: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      await page.evaluate(() => {
        const w = window as unknown as { __bench?: { key?: number; squiggle?: number } };
        const state: { key?: number; squiggle?: number } = {};
        w.__bench = state;
        const squigglesNow = () => document.querySelectorAll('[data-testid="editor"] .squiggly-error').length;
        const squigglesBefore = squigglesNow();
        window.addEventListener('keydown', () => (state.key ??= performance.now()), { capture: true, once: true });
        const poll = () => {
          if (squigglesNow() !== squigglesBefore) state.squiggle = performance.now();
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      });
      await page.keyboard.press(i % 2 === 0 ? 'KeyX' : 'Backspace');
      await page.waitForFunction(() => {
        const state = (window as unknown as { __bench?: { key?: number; squiggle?: number } }).__bench;
        const applied = performance.getEntriesByName('rungs-markers-applied')[0]?.startTime ?? -1;
        return state?.key !== undefined && state.squiggle !== undefined && applied > state.key;
      }, undefined, { timeout: 120_000 });
      const sample = await page.evaluate(() => {
        const state = (window as unknown as { __bench: { key: number; squiggle: number } }).__bench;
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
        return { ...state, sent: at('rungs-check-sent'), done: at('rungs-check-done'), applied: at('rungs-markers-applied') };
      });
      toMarkers.push(sample.applied - sample.key);
      toSquiggle.push(sample.squiggle - sample.key);
      if (sample.sent > sample.key) debounce.push(sample.sent - sample.key);
      if (sample.done > sample.sent) worker.push(sample.done - sample.sent);
      // Let the editor settle so the next keystroke starts from a quiet state, as typing pauses do.
      await page.waitForTimeout(50);
    }
    return { toMarkers: summarise(toMarkers), toSquiggle: summarise(toSquiggle), debounce: summarise(debounce), worker: summarise(worker) };
  } finally {
    await context.close();
  }
}
