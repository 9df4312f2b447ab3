/**
 * The command palette in the built browser studio: F1 and Ctrl+Shift+P open it over the editor,
 * typing filters the command table fuzzily, each row shows its shortcut, Enter runs the command.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { openStudio, screenshot } from './support/studio.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('command palette', () => {
  it('opens with F1 from the editor, finds Export PDF with its shortcut, and closes on Escape', async () => {
    const { page, context, errors } = await openStudio(browser);
    try {
      await page.locator('[data-testid="editor"] .monaco-editor textarea').focus();
      await page.keyboard.press('F1');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.waitFor({ timeout: 5000 });
      // Monaco's own palette (also on F1) must not open underneath ours.
      expect(await page.locator('.quick-input-widget:visible').count()).toBe(0);
      await page.keyboard.type('export pdf');
      const first = palette.getByRole('option').first();
      await expect(first.textContent()).resolves.toContain('Export PDF…');
      await expect(first.locator('kbd').textContent()).resolves.toBe('Ctrl+P');
      expect(await first.getAttribute('aria-selected')).toBe('true');
      await screenshot(page, 'command-palette');
      await page.keyboard.press('Escape');
      await palette.waitFor({ state: 'detached', timeout: 5000 });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens with Ctrl+Shift+P and runs the chosen command with Enter', async () => {
    const { page, context } = await openStudio(browser);
    try {
      await page.keyboard.press('Control+Shift+P');
      const palette = page.getByRole('dialog', { name: 'Command palette' });
      await palette.waitFor({ timeout: 5000 });
      await page.getByRole('combobox', { name: 'Type a command' }).fill('exp html');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('spotify-style-dual-track.html');
      await palette.waitFor({ state: 'detached', timeout: 5000 });
      // Parity moved to Ctrl+Shift+Y.
      await page.keyboard.press('Control+Shift+Y');
      await page.locator('[data-testid="toggle-parity"][aria-pressed="true"]').waitFor({ timeout: 5000 });
    } finally {
      await context.close();
    }
  });
});
