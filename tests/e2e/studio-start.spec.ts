/**
 * The README's first command, end to end: `npm start` on a machine with no display and no Electron
 * binary starts the browser studio, and there the editor has its full intelligence (schema
 * completion and hover, completion of the file's own ids, Format, go to definition), the command
 * palette finds and runs Export PDF, and not one console error is logged. The other studio specs drive the build from the e2e global setup; this one
 * drives exactly what a newcomer gets.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { templateText } from '../../core/templates/index.ts';
import { npmStart, type StartedStudio } from '../../scripts/npm-script-process.ts';
import { eventually, goToLine, lineText, openStudio, screenshot, statusPosition, type StudioPage, waitFor } from './support/studio.ts';

const lines = (templateText('spotify-style-dual-track') ?? '').split('\n');
const lineOf = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l)) + 1;
const firstTitleLine = lineOf(/^\s+title: Engineer I$/);
const firstLevelLine = lineOf(/^\s+level: L1$/);
const levelDefinitionLine = lineOf(/^\s+- id: L1$/);
const organizationLine = lineOf(/^organization: /);
const levelIds = lines.filter((l) => /^ {2}- id: L\d$/.test(l)).map((l) => l.trim().slice('- id: '.length));

let browser: Browser;
let started: StartedStudio;
let studio: StudioPage;

beforeAll(async () => {
  started = await npmStart();
  browser = await launchChromium();
  studio = await openStudio(browser, { url: started.url });
});

afterAll(async () => {
  await studio?.context.close();
  await browser?.close();
  await started?.stop();
});

/**
 * Presses Ctrl+Space and returns the labels (and details) the suggest widget lists. Ctrl+Space on a
 * suggest widget that is already opening toggles its details instead (Monaco's own binding), so a
 * press that opens nothing is followed by Escape and one more, at most three in all.
 */
async function suggestions(page: Page): Promise<{ label: string; detail: string }[]> {
  const rows = page.locator('.suggest-widget.visible .monaco-list-row');
  for (let attempt = 1; ; attempt += 1) {
    await page.keyboard.press('Control+Space');
    try {
      await rows.first().waitFor({ timeout: attempt < 3 ? 3_000 : 10_000 });
      break;
    } catch {
      if (attempt < 3) {
        await page.keyboard.press('Escape');
        continue;
      }
      await screenshot(page, 'studio-start-no-suggestions');
      const state = await page.evaluate(() => ({
        status: document.querySelector('[data-testid="status-bar"]')?.textContent,
        suggest: document.querySelector('.suggest-widget')?.className,
      }));
      throw new Error(`Ctrl+Space, pressed three times, opened no suggestion list; the studio showed ${JSON.stringify(state)}`);
    }
  }
  return rows.evaluateAll((items) =>
    items.map((row) => ({
      label: row.querySelector('.label-name')?.textContent ?? '',
      detail: row.querySelector('.details-label')?.textContent ?? '',
    })),
  );
}

describe('npm start without a display or an Electron binary', () => {
  it('says it starts the browser studio, and prints its address', () => {
    expect(started.output()).toMatch(/so Rungs is starting the browser studio instead/);
    expect(started.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  });

  it('completes schema keys on an empty line inside a role', async () => {
    const { page } = studio;
    await goToLine(page, firstTitleLine);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const labels = (await suggestions(page)).map((s) => s.label);
    // engineer-1 sets every role key but `equivalent`, which the schema offers.
    expect(labels).toContain('equivalent');
    await screenshot(page, 'studio-start-key-completion');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await eventually(async () => expect((await lineText(page, firstTitleLine + 1)).trim()).toBe('level: L1'));
  });

  it("completes the file's own level ids, with their names, after `level: `", async () => {
    const { page } = studio;
    await goToLine(page, firstLevelLine);
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    const offered = await suggestions(page);
    expect(offered.slice(0, levelIds.length).map((s) => s.label)).toEqual(levelIds);
    expect(offered[0]).toEqual({ label: 'L1', detail: 'Engineer I' });
    await screenshot(page, 'studio-start-level-completion');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Z');
    await eventually(async () => expect((await lineText(page, firstLevelLine)).trim()).toBe('level: L1'));
  });

  it('goes to the definition of a level with F12', async () => {
    const { page } = studio;
    await goToLine(page, firstLevelLine);
    await page.keyboard.press('End');
    await page.keyboard.press('F12');
    await eventually(async () => expect(await statusPosition(page)).toMatch(new RegExp(`^Ln ${levelDefinitionLine},`)));
  });

  it('lists every use of a level with Shift+F12', async () => {
    const { page } = studio;
    // L5 is the level of two roles (Staff Engineer, Engineering Manager): with its definition,
    // three places, so Monaco shows them in its references view rather than jumping to one.
    const uses = lines.filter((l) => /^\s+level: L5$/.test(l)).length;
    expect(uses).toBe(2);
    await goToLine(page, lineOf(/^\s+- id: L5$/));
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+F12');
    const rows = page.locator('.peekview-widget .monaco-list-row');
    await waitFor(rows.first(), 'the references view to open on Shift+F12');
    await eventually(async () => expect(await page.locator('.peekview-widget .peekview-title').textContent()).toMatch(/References \(3\)/));
    await screenshot(page, 'studio-start-references');
    await page.keyboard.press('Escape');
  });

  it('lists the document symbols with Ctrl+Shift+O', async () => {
    const { page } = studio;
    await goToLine(page, 1);
    await page.keyboard.press('Control+Shift+O');
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await waitFor(rows.first(), 'the document symbols list to open on Ctrl+Shift+O');
    // The list is long (every key of the file); narrow it as a user would.
    await page.keyboard.type('tracks');
    await eventually(async () => expect(await rows.count()).toBeGreaterThan(0));
    const labels = await rows.evaluateAll((items) => items.map((row) => (row.querySelector('.label-name')?.textContent ?? '').trim()));
    expect(labels).toContain('tracks');
    await page.keyboard.press('Escape');
  });

  it("shows a key's schema description on hover", async () => {
    const { page } = studio;
    await goToLine(page, firstLevelLine);
    const key = page.locator('[data-testid="editor"] .view-line').filter({ hasText: /^\s*summary:\sDelivers/ }).first().getByText('summary', { exact: true });
    const description = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'One or two sentences on what this role is about' }).first();
    // A hover that arrives while the YAML worker is still busy (a loaded machine) shows nothing;
    // a user moves away and back, and so does the test, within one bound of 10 s.
    const deadline = Date.now() + 10_000;
    let shown = false;
    while (!shown && Date.now() < deadline) {
      await page.mouse.move(0, 0);
      await key.hover();
      shown = await description.waitFor({ timeout: Math.max(500, Math.min(2500, deadline - Date.now())) }).then(
        () => true,
        () => false,
      );
    }
    if (!shown) throw new Error('hovering `summary` showed no schema description within 10 s');
    await page.mouse.move(0, 0);
  });

  it('formats the document with Shift+Alt+F', async () => {
    const { page } = studio;
    await goToLine(page, organizationLine);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('organization:      Your company   ');
    await page.keyboard.press('Shift+Alt+F');
    await eventually(async () => expect(await lineText(page, organizationLine)).toBe('organization: Your company'));
  });

  it('finds "Export PDF" in the command palette (F1) and runs it', async () => {
    const { page } = studio;
    await page.locator('[data-testid="editor"] .monaco-editor textarea').focus();
    await page.keyboard.press('F1');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await waitFor(palette, 'the command palette to open on F1');
    await page.keyboard.type('export pdf');
    await expect(palette.getByRole('option').first().textContent()).resolves.toContain('Export PDF');
    await page.keyboard.press('Enter');
    await waitFor(page.getByTestId('toast').filter({ hasText: 'Exported PDF to the print dialog' }), 'the PDF export to reach the print dialog');
  });

  it('logged no console or page errors through all of the above', () => {
    expect(studio.errors).toEqual([]);
  });
});

describe('npm run web (the dev server)', () => {
  it("runs monaco-yaml's worker: schema completion works and nothing is logged as an error", async () => {
    const web = await npmStart('web');
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const dev = await openStudio(browser, { url: web.url, context });
      await goToLine(dev.page, firstTitleLine);
      await dev.page.keyboard.press('End');
      await dev.page.keyboard.press('Enter');
      expect((await suggestions(dev.page)).map((s) => s.label)).toContain('equivalent');
      expect(dev.errors).toEqual([]);
    } finally {
      await context.close();
      await web.stop();
    }
  });
});
