/**
 * The strongest check that a hostile export is inert: open it in a real Chromium with JavaScript
 * on and watch. Nothing may run (no `window.pwned`, no dialog), nothing may be requested, and that
 * must hold even with the page's Content-Security-Policy removed, so safety comes from escaping
 * and not from the CSP alone. Then the real CLI prints a hostile file to PDF.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../../cli/chromium.ts';
import { checkFramework } from '../../../core/index.ts';
import { renderHtml } from '../../../core/render/index.ts';
import { crashSigns, spawnRungs } from './cli-runner.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/hostile');
const chromium = findChromium();
if (!chromium) console.log('Skipping the Chromium checks of hostile exports: no Chromium found (set RUNGS_CHROMIUM).');

let browser: Browser | undefined;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-hostile-chromium-'));
  if (chromium) browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Observed {
  pwned: string;
  dialogs: string[];
  requests: string[];
  scripts: number;
  handlers: string[];
  text: string;
}

async function open(html: string): Promise<Observed> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // Give timers, animations (SVG onbegin) and autofocus handlers a moment to fire.
    await page.waitForTimeout(300);
    const observed = await page.evaluate(() => ({
      pwned: typeof (window as unknown as { pwned?: unknown }).pwned,
      scripts: document.querySelectorAll('script').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}.${a.name}`)),
      text: document.body.innerText,
    }));
    return { ...observed, dialogs, requests };
  } finally {
    await context.close();
  }
}

describe.skipIf(!chromium)('hostile exports in a real browser', () => {
  for (const name of ['payloads-every-field.yaml', 'links-in-markdown.yaml', 'proto-keys-everywhere.yaml']) {
    it(`${name}: nothing runs and nothing loads, with or without the CSP`, async () => {
      const html = renderHtml(checkFramework(readFileSync(path.join(fixtures, name), 'utf8')).framework);
      const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
      expect(withoutCsp).not.toBe(html);
      for (const page of [html, withoutCsp]) {
        const seen = await open(page);
        expect(seen.pwned).toBe('undefined');
        expect(seen.dialogs).toEqual([]);
        expect(seen.scripts).toBe(0);
        expect(seen.handlers).toEqual([]);
        expect(seen.requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([]);
      }
      if (name === 'payloads-every-field.yaml') {
        const seen = await open(html);
        // The payloads are on the page as text a reader can see.
        expect(seen.text).toContain('<script>window.pwned=1</script>');
        expect(seen.text).toContain('<img src=x onerror=window.pwned=1>');
      }
    }, 60_000);
  }

  it('bidi-trojan.yaml: the bidi controls stay in the page text, as typed', async () => {
    const text = readFileSync(path.join(fixtures, 'bidi-trojan.yaml'), 'utf8');
    const seen = await open(renderHtml(checkFramework(text).framework));
    expect(seen.text).toContain('Engineer \u202etxet desrever');
    expect(seen.text).toContain('Craft \u2066hidden\u2069');
  }, 60_000);

  it('rungs export --format pdf prints hostile files without crashing', () => {
    for (const name of ['payloads-every-field.yaml', 'bidi-trojan.yaml']) {
      const out = path.join(dir, `${name}.pdf`);
      const run = spawnRungs(['export', path.join(fixtures, name), '--format', 'pdf', '-o', out, '--force']);
      expect(run.code, run.stderr).toBe(0);
      expect(crashSigns(run.stderr)).toEqual([]);
      expect(existsSync(out)).toBe(true);
      expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
  }, 120_000);
});
