/**
 * Open, Save and changes made on disk by another program, in the browser studio. Chromium's file
 * pickers are native dialogs a test cannot click, so the page gets a stand-in for the File System
 * Access API (showOpenFilePicker and a file handle over an in-memory file) before it loads.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { templateText } from '../../core/templates/index.ts';
import { eventually, openStudio, preview, retypeLine, waitFor } from './support/studio.ts';

const original = (templateText('startup') ?? '').replace(/^name: .*$/m, 'name: Acme Ladder');
const nameLine = original.split('\n').findIndex((l) => l.startsWith('name: ')) + 1;

interface FakeDisk {
  text: string;
  lastModified: number;
  writes: string[];
}

declare global {
  interface Window {
    __disk?: FakeDisk;
  }
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function studioWithFile(): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript((text: string) => {
    const disk: FakeDisk = { text, lastModified: 1, writes: [] };
    window.__disk = disk;
    const handle = {
      kind: 'file',
      name: 'acme-ladder.yaml',
      getFile: async () => new File([disk.text], 'acme-ladder.yaml', { lastModified: disk.lastModified }),
      createWritable: async () => {
        let buffer = '';
        return {
          write: async (data: string) => {
            buffer += data;
          },
          close: async () => {
            disk.text = buffer;
            disk.lastModified += 1;
            disk.writes.push(buffer);
          },
        };
      },
    };
    Object.assign(window, { showOpenFilePicker: async () => [handle] });
  }, original);
  const { page } = await openStudio(browser, { context });
  await page.getByTestId('toolbar-open').click();
  await eventually(async () => expect(await page.title()).toBe('acme-ladder.yaml — Rungs'));
  await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Acme Ladder'));
  return { page, close: () => context.close() };
}

/** Another program rewrites the file on disk. */
async function changeOnDisk(page: Page, text: string): Promise<void> {
  await page.evaluate((next) => {
    const disk = window.__disk;
    if (!disk) throw new Error('no fake disk');
    disk.text = next;
    disk.lastModified += 1000;
  }, text);
}

describe('browser studio files', () => {
  it('saves back to the file it opened with Ctrl+S, and the title loses its dirty marker', async () => {
    const { page, close } = await studioWithFile();
    try {
      await retypeLine(page, nameLine, 'name: Acme Ladder v2');
      await eventually(async () => expect(await page.title()).toBe('• acme-ladder.yaml — Rungs'));
      await page.keyboard.press('Control+S');
      await eventually(async () => expect(await page.title()).toBe('acme-ladder.yaml — Rungs'));
      const writes = await page.evaluate(() => window.__disk?.writes ?? []);
      expect(writes).toHaveLength(1);
      expect(writes[0]).toContain('name: Acme Ladder v2');
      await waitFor(page.getByTestId('toast').filter({ hasText: 'Saved' }), 'the "Saved" toast');
    } finally {
      await close();
    }
  });

  it('follows a change on disk when there is nothing unsaved', async () => {
    const { page, close } = await studioWithFile();
    try {
      await changeOnDisk(page, original.replace('name: Acme Ladder', 'name: Changed Elsewhere'));
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Changed Elsewhere'), 15_000);
      await waitFor(page.getByTestId('toast').filter({ hasText: 'changed on disk' }), 'the toast saying the file changed on disk');
      expect(await page.title()).toBe('acme-ladder.yaml — Rungs');
    } finally {
      await close();
    }
  });

  it('asks whether to reload or keep unsaved edits when the file changes on disk, and never overwrites silently', async () => {
    const { page, close } = await studioWithFile();
    try {
      await retypeLine(page, nameLine, 'name: My Unsaved Edit');
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('My Unsaved Edit'));
      await changeOnDisk(page, original.replace('name: Acme Ladder', 'name: Their Edit'));
      const notice = page.getByTestId('external-change-notice');
      await waitFor(notice, 'the reload-or-keep notice after a change on disk', { timeoutMs: 15_000 });
      expect(await notice.textContent()).toContain('acme-ladder.yaml was changed by another program');
      expect(await page.evaluate(() => window.__disk?.writes.length)).toBe(0);

      await page.getByTestId('external-keep').click();
      expect(await notice.count()).toBe(0);
      expect(await preview(page).locator('h1').first().textContent()).toBe('My Unsaved Edit');

      await changeOnDisk(page, original.replace('name: Acme Ladder', 'name: Their Second Edit'));
      await waitFor(notice, 'the reload-or-keep notice after a second change on disk', { timeoutMs: 15_000 });
      await page.getByTestId('external-reload').click();
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Their Second Edit'));
      expect(await page.title()).toBe('acme-ladder.yaml — Rungs');
    } finally {
      await close();
    }
  });
});
