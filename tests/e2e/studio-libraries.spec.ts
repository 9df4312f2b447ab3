/**
 * A framework that includes a shared library, in the browser studio: opened together with its
 * library (picked at once, dropped at once, or from Open Folder) it checks as `rungs validate`
 * checks it; opened alone, Problems says in one line which library to open with it. Chromium's
 * pickers are native dialogs a test cannot click, so the page gets stand-ins for
 * showOpenFilePicker and showDirectoryPicker over files held in the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { eventually, goToLine, openStudio, preview, retypeLine, screenshot, statusPosition, waitFor } from './support/studio.ts';

const org = path.resolve(import.meta.dirname, '../fixtures/org');
const backend = readFileSync(path.join(org, 'backend.yaml'), 'utf8');
// A zero-width space pasted into the library: a warning that lives in the library's file.
const library = readFileSync(path.join(org, 'shared/engineering.yaml'), 'utf8').replace('Does the work with help', 'Does the work\u200b with help');
const includeLine = backend.split('\n').indexOf('  - shared/engineering.yaml') + 1;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

type Files = { name: string; text: string }[];

/** Drops files on the window as the user would drag them from a file manager. */
async function drop(page: Page, files: Files): Promise<void> {
  await page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/x-yaml' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

async function problems(page: Page): Promise<{ code: string; severity: string; text: string; position: string }[]> {
  return page.getByTestId('problem-item').evaluateAll((items) =>
    items.map((item) => ({
      code: item.getAttribute('data-code') ?? '',
      severity: item.getAttribute('data-severity') ?? '',
      text: item.querySelector('.problem-message')?.textContent ?? '',
      position: item.querySelector('[data-testid="problem-position"]')?.textContent ?? '',
    })),
  );
}

async function expandProblems(page: Page): Promise<void> {
  if ((await page.getByTestId('problem-item').count()) === 0) await page.getByTestId('problems-toggle').click();
}

describe('a framework with a shared library in the browser studio', () => {
  it('opens with the library picked beside it: shared levels resolve, the library’s own finding names its file', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    await context.addInitScript((files: Files) => {
      const handles = files.map((f) => ({ kind: 'file', name: f.name, getFile: async () => new File([f.text], f.name, { lastModified: 1 }) }));
      Object.assign(window, { showOpenFilePicker: async (options: { multiple?: boolean }) => (options.multiple ? handles : handles.slice(0, 1)) });
    }, [
      { name: 'engineering.yaml', text: library },
      { name: 'backend.yaml', text: backend },
    ]);
    const { page, errors } = await openStudio(browser, { context });
    try {
      await page.getByTestId('toolbar-open').click();
      await eventually(async () => expect(await page.title()).toBe('backend.yaml — Rungs'));
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Northwind Backend Engineering'));
      await eventually(async () => expect(await page.getByTestId('problems-count').textContent()).toBe('1'));
      await expandProblems(page);
      const [finding] = await problems(page);
      expect(finding).toMatchObject({ code: 'text/invisible', severity: 'warning' });
      expect(finding!.position).toMatch(/^shared\/engineering\.yaml Ln \d+, Col \d+$/);
      // The shared levels render in the rubric: the library's level names are on the page.
      const firstLevel = /levels:\n\s+- id: (\S+)\n\s+name: ([^\n]+)/.exec(library);
      expect(firstLevel, 'the library defines named levels').not.toBeNull();
      expect(await preview(page).locator('body').textContent()).toContain(firstLevel![2]!.replace(/^"|"$/g, ''));
      // The library's lines are not the editor's: a click shows the include that brings it in.
      await page.getByTestId('problem-item').first().click();
      await eventually(async () => expect(await statusPosition(page)).toContain(`Ln ${includeLine}`));
      await screenshot(page, 'studio-library-problem');

      // Completion after `level: ` offers the levels the library defines (the file defines none).
      const levelLine = backend.split('\n').indexOf('        level: L1') + 1;
      await retypeLine(page, levelLine, 'level: ');
      await goToLine(page, levelLine);
      await page.keyboard.press('End');
      await page.keyboard.press('Control+Space');
      const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');
      await waitFor(suggestions.filter({ hasText: 'L4' }).first(), 'completion to offer the library’s level L4');
      const offered = await suggestions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? row.textContent ?? ''));
      for (const id of ['L1', 'L2', 'L3']) expect(offered.some((label) => label.startsWith(id)), `${id} in ${offered.join(' | ')}`).toBe(true);
      await screenshot(page, 'studio-library-completion');
      await page.keyboard.press('Escape');

      // F12 on a shared level peeks into the library, read-only, beside the framework.
      await page.keyboard.type('L2');
      await page.keyboard.press('Escape');
      await page.keyboard.press('F12');
      const peek = page.locator('.peekview-widget');
      await waitFor(peek, 'go to definition to peek into the library');
      await eventually(async () => expect(await peek.locator('.peekview-title').textContent()).toContain('engineering.yaml'));
      // Monaco draws spaces as no-break spaces.
      const peekLines = async () => (await peek.locator('.view-line').allTextContents()).map((line) => line.replace(/\u00a0/g, ' '));
      await eventually(async () => expect(await peekLines()).toContainEqual(expect.stringContaining('- id: L2')));
      await screenshot(page, 'studio-library-peek');
      // Typing into the peek changes nothing: the library is edited in its own file.
      await peek.locator('.monaco-editor textarea').first().focus();
      await page.keyboard.type('zzz');
      await eventually(async () => expect((await peekLines()).join('\n')).not.toContain('zzz'));
      await page.keyboard.press('Escape');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says which library to open when the framework comes alone, and checks cleanly once both are dropped', async () => {
    const { page, context, errors } = await openStudio(browser);
    try {
      await drop(page, [{ name: 'backend.yaml', text: backend }]);
      await eventually(async () => expect(await page.title()).toBe('backend.yaml — Rungs'));
      // Expanding before the problems arrive would toggle the panel shut once they do.
      await eventually(async () => expect(await page.getByTestId('problems-count').textContent()).not.toBe('0'));
      await expandProblems(page);
      await eventually(async () => {
        const unreadable = (await problems(page)).find((p) => p.code === 'include/unreadable');
        expect(unreadable?.text).toBe('shared/engineering.yaml is not open: open it together with the framework (pick both files, or drop them together).');
        expect(unreadable?.position).toBe(`Ln ${includeLine}, Col 5`);
      });
      await screenshot(page, 'studio-library-missing');

      await drop(page, [
        { name: 'backend.yaml', text: backend },
        { name: 'engineering.yaml', text: library.replace('\u200b', '') },
      ]);
      await eventually(async () => expect(await page.getByTestId('problems-count').textContent()).toBe('0'));
      // Reopened from Open Recent's memory after a reload, the library is still there.
      await page.reload();
      await eventually(async () => expect(await page.title()).toBe('backend.yaml — Rungs'));
      await eventually(async () => expect(await page.getByTestId('problems-count').textContent()).toBe('0'));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens a folder of the organisation: lists its families and library, opens one checked with the library, saves back in place', async () => {
    const tree: Record<string, string> = {
      'backend.yaml': backend,
      'data.yaml': readFileSync(path.join(org, 'data.yaml'), 'utf8'),
      'design.yaml': readFileSync(path.join(org, 'design.yaml'), 'utf8'),
      'shared/engineering.yaml': library.replace('\u200b', ''),
      'ci.yml': 'stages: [test]\n',
      'node_modules/pkg/framework.yaml': 'rungs: 1\ntracks: []\n',
      '.github/workflows/rungs.yml': 'rungs: 1\ntracks: []\n',
    };
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    await context.addInitScript((files: Record<string, string>) => {
      const disk = { ...files };
      (window as unknown as { __disk: Record<string, string> }).__disk = disk;
      const fileHandle = (file: string) => ({
        kind: 'file',
        name: file.slice(file.lastIndexOf('/') + 1),
        getFile: async () => new File([disk[file]!], file.slice(file.lastIndexOf('/') + 1), { lastModified: 1 }),
        createWritable: async () => {
          let buffer = '';
          return {
            write: async (data: string) => void (buffer += data),
            close: async () => void (disk[file] = buffer),
          };
        },
      });
      const folderHandle = (prefix: string, name: string): unknown => ({
        kind: 'directory',
        name,
        async *values() {
          const children = new Set<string>();
          for (const file of Object.keys(disk)) if (file.startsWith(prefix)) children.add(file.slice(prefix.length).split('/')[0]!);
          for (const child of children) {
            const full = `${prefix}${child}`;
            yield full in disk ? fileHandle(full) : folderHandle(`${full}/`, child);
          }
        },
      });
      Object.assign(window, { showDirectoryPicker: async () => folderHandle('', 'northwind-ladders') });
    }, tree);
    const { page, errors } = await openStudio(browser, { context });
    try {
      await page.locator('[data-testid="editor"] .monaco-editor textarea').focus();
      await page.keyboard.press('F1');
      await page.keyboard.type('open folder');
      await page.keyboard.press('Enter');
      const listed = page.getByTestId('folder-file');
      await waitFor(listed.first(), 'the folder view to list the folder’s files');
      const entries = await listed.evaluateAll((items) => items.map((i) => `${i.getAttribute('data-kind')}: ${i.getAttribute('title')}`));
      expect(entries).toEqual(['framework: backend.yaml', 'framework: data.yaml', 'framework: design.yaml', 'library: shared/engineering.yaml']);

      await listed.filter({ hasText: 'data.yaml' }).click();
      await eventually(async () => expect(await page.title()).toBe('data.yaml — Rungs'));
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Northwind Data Engineering'));
      await eventually(async () => expect(await page.getByTestId('problems-count').textContent()).toBe('0'));
      expect(await listed.filter({ hasText: 'data.yaml' }).getAttribute('aria-current')).toBe('page');
      await screenshot(page, 'studio-open-folder');

      // Saved through the folder's own handle: the file in the folder changes, nothing is downloaded.
      const nameLine = tree['data.yaml']!.split('\n').findIndex((l) => l.startsWith('name: ')) + 1;
      await retypeLine(page, nameLine, 'name: Northwind Data Platform');
      await page.keyboard.press('Control+S');
      await eventually(async () => expect(await page.evaluate(() => (window as unknown as { __disk: Record<string, string> }).__disk['data.yaml'])).toContain('name: Northwind Data Platform'));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
