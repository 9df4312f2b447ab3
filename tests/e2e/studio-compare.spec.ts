/**
 * Comparing inside the studio: two roles side by side from the palette or a role's context menu
 * in the preview, and the framework against another file, each row jumping to its line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { eventually, openStudio, preview, screenshot, statusPosition, waitFor } from './support/studio.ts';

const root = join(import.meta.dirname, '../..');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the compare view', () => {
  it('compares two roles from the palette, and a row jumps to the bullet in the editor', async () => {
    const { page, context, errors } = await openStudio(browser);
    try {
      await page.keyboard.press('F1');
      await page.keyboard.type('Compare Roles');
      await page.keyboard.press('Enter');
      const view = page.getByTestId('compare-view');
      await waitFor(view, 'the compare view');
      await page.getByTestId('compare-from').selectOption('senior-engineer-2');
      await page.getByTestId('compare-to').selectOption('staff-engineer');
      const frame = page.frameLocator('[data-testid="compare-frame"]');
      await eventually(async () => expect(await frame.locator('h1').textContent()).toBe('What changes from Senior Engineer II to Staff Engineer'));
      expect(await frame.locator('tr.added').count()).toBeGreaterThan(3);
      await screenshot(page, 'studio-light-compare-roles');
      // A row of the target role puts the cursor on that bullet's line.
      const cell = frame.locator('tr.added td[data-role-id="staff-engineer"]').first();
      const bullet = (await cell.getAttribute('data-bullet')) ?? '';
      await cell.click();
      await waitFor(view, 'the compare view to close', { state: 'detached' });
      const line = Number(/Ln (\d+)/.exec(await statusPosition(page))?.[1]);
      const template = readFileSync(join(root, 'templates/spotify-style-dual-track.yaml'), 'utf8').split('\n');
      expect(template[line - 1]).toContain(bullet.slice(0, 40));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens from a role in the preview, compared with the role below, and compares with another file', async () => {
    const { page, context, errors } = await openStudio(browser);
    try {
      await preview(page).locator('section[data-role-id="principal-engineer"] h3').click({ button: 'right' });
      const frame = page.frameLocator('[data-testid="compare-frame"]');
      await eventually(async () => expect(await frame.locator('h1').textContent()).toBe('What changes from Staff Engineer to Principal Engineer'));
      await page.getByTestId('compare-tab-versions').click();
      await page.getByTestId('compare-file').setInputFiles(join(root, 'tests/fixtures/diff/old.yaml'));
      await eventually(async () => expect(await frame.locator('h1').textContent()).toMatch(/changes from 1\.0\.0 to/));
      expect(await frame.locator('li[data-kind="role-added"]').count()).toBeGreaterThan(3);
      await screenshot(page, 'studio-light-compare-versions');
      await page.getByTestId('compare-close').click();
      await waitFor(page.getByTestId('compare-view'), 'the compare view to close', { state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
