/**
 * The real desktop studio, driven through Playwright's Electron support: the same flows as the
 * browser studio, plus native Save/Open dialogs (stubbed in the main process), the hardening that
 * only exists in Electron, and crash recovery across a killed process. Skips, saying why, where
 * the Electron binary is not installed (offline installs); runs wherever it is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateText } from '../../core/templates/index.ts';
import { events } from '../../host-api/channels.ts';
import { studioCsp } from '../../host-api/studio-csp.ts';
import { eventually, markerLines, preview, retypeLine, screenshot, waitFor, waitForStudio } from './support/studio.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { findElectronBinary, hasDisplay } = (await import(pathToFileURL(path.join(root, 'scripts/start.mjs')).href)) as {
  findElectronBinary(): { path?: string; reason?: string };
  hasDisplay(): boolean;
};
const found = findElectronBinary();
const skipReason = !found.path ? `the Electron binary is not available (${found.reason})` : !hasDisplay() ? 'there is no display (set DISPLAY or run under xvfb-run)' : undefined;
if (skipReason) console.log(`Skipping the Electron studio tests: ${skipReason}.`);

const template = templateText('spotify-style-dual-track') ?? '';
const lines = template.split('\n');
const firstLevelLine = lines.findIndex((l) => /^\s+level: /.test(l)) + 1;
const firstLevelValue = /level: (\S+)/.exec(lines[firstLevelLine - 1] ?? '')?.[1] ?? '';
const nameLine = lines.findIndex((l) => /^name: /.test(l)) + 1;

let work = '';

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: found.path,
    args: [root, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
    env: { ...process.env, RUNGS_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
  });
  const page = await app.firstWindow();
  await waitForStudio(page);
  return { app, page };
}

/** Replaces Electron's native dialogs in the main process, as a user picking a file would. */
async function answerDialogs(app: ElectronApplication, answers: { open?: string; save?: string }): Promise<void> {
  await app.evaluate(({ dialog }, a) => {
    dialog.showOpenDialog = (async () => ({ canceled: !a.open, filePaths: a.open ? [a.open] : [] })) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async () => ({ canceled: !a.save, filePath: a.save ?? '' })) as typeof dialog.showSaveDialog;
  }, answers);
}

describe.skipIf(skipReason !== undefined)('Electron studio', () => {
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`electron-vite build failed:\n${build.stderr || build.stdout}`);
    work = await mkdtemp(path.join(tmpdir(), 'rungs-electron-e2e-'));
    ({ app, page } = await launch(path.join(work, 'profile')));
  });

  afterAll(async () => {
    // Answer the unsaved-changes prompt with Don't Save, or closing would wait for a click.
    await app?.evaluate(({ dialog }) => {
      dialog.showMessageBox = (async () => ({ response: 1, checkboxChecked: false })) as typeof dialog.showMessageBox;
    }).catch(() => undefined);
    await app?.close().catch(() => undefined);
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('runs the renderer isolated and sandboxed, with only the named bridge exposed', async () => {
    // The options themselves are asserted in tests/unit/electron/window-options.test.ts; here, their effect.
    const page_ = await page.evaluate(() => ({
      origin: location.origin,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys(window.rungs ?? {}).sort(),
      kind: window.rungs?.kind,
    }));
    expect(page_).toMatchObject({ origin: 'app://rungs', require: 'undefined', process: 'undefined', kind: 'electron' });
    expect(page_.bridge).toContain('saveDraft');
    expect(page_.bridge).not.toContain('invoke');
    // Pane sizes live in the renderer's local storage: the bridge has no layout channels.
    expect(page_.bridge).not.toContain('loadLayout');
    expect(page_.bridge).not.toContain('saveLayout');
    // The CSP blocks inline script: an injected <script> never runs.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 100));
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    // The one policy of host-api/studio-csp.ts, on the page and as the app:// response header.
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(studioCsp);
  });

  it('opens on the template, marks an unknown level, clears it when fixed, and updates the preview', async () => {
    expect(await page.title()).toBe('spotify-style-dual-track.yaml — Rungs');
    await screenshot(page, 'electron-studio');
    await retypeLine(page, firstLevelLine, 'level: L99');
    const problem = page.getByTestId('problem-item').filter({ hasText: 'L99' });
    await waitFor(problem, 'the problems panel to list the unknown level L99');
    await eventually(async () => expect(await markerLines(page)).toContain(firstLevelLine));
    await retypeLine(page, firstLevelLine, `level: ${firstLevelValue}`);
    await eventually(async () => expect(await page.getByTestId('problem-item').count()).toBe(0));
    await retypeLine(page, nameLine, 'name: Electron Test Ladder');
    await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toContain('Electron Test Ladder'));
  });

  it('saves through the Save dialog, shows the dirty marker, and opens through the Open dialog', async () => {
    const target = path.join(work, 'ladder.yaml');
    await answerDialogs(app, { save: target });
    await page.getByTestId('toolbar-save').click();
    await eventually(async () => expect(await page.title()).toBe('ladder.yaml — Rungs'));
    expect(await readFile(target, 'utf8')).toContain('name: Electron Test Ladder');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toBe('ladder.yaml — Rungs');

    await retypeLine(page, nameLine, 'name: Edited Again');
    await eventually(async () => expect(await page.title()).toBe('• ladder.yaml — Rungs'));
    await page.getByTestId('toolbar-save').click();
    await eventually(async () => expect(await readFile(target, 'utf8')).toContain('name: Edited Again'));
    // The version before the save is kept beside it.
    expect(await readFile(`${target}.bak`, 'utf8')).toContain('name: Electron Test Ladder');

    const other = path.join(work, 'other.yaml');
    await writeFile(other, template.replace(/^name: .*$/m, 'name: Opened From Disk'));
    await answerDialogs(app, { open: other });
    await page.getByTestId('toolbar-open').click();
    await eventually(async () => expect(await page.title()).toBe('other.yaml — Rungs'));
    await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toContain('Opened From Disk'));
  });

  it('offers to reload when the open file changes on disk', async () => {
    const other = path.join(work, 'other.yaml');
    await retypeLine(page, nameLine, 'name: Mine, unsaved');
    await writeFile(other, template.replace(/^name: .*$/m, 'name: Changed Elsewhere'));
    await waitFor(page.getByTestId('external-change-notice'), 'the reload-or-keep notice after a change on disk');
    await page.getByTestId('external-reload').click();
    await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toContain('Changed Elsewhere'));
  });

  it('exports HTML through the Save dialog after checking the text again in main', async () => {
    const target = path.join(work, 'ladder.html');
    await answerDialogs(app, { save: target });
    // What File ▸ Export ▸ HTML… (Ctrl+E) sends.
    await app.evaluate(({ BrowserWindow }, channel) => BrowserWindow.getAllWindows()[0]?.webContents.send(channel, 'export-html'), events.menuCommand);
    await eventually(async () => expect(await readFile(target, 'utf8')).toMatch(/^<!doctype html>/i));
    expect(await readFile(target, 'utf8')).not.toMatch(/<script/i);
  });

  it('restores unsaved changes after the process is killed', async () => {
    await retypeLine(page, nameLine, 'name: Survives A Crash');
    // Drafts are written well within a second of the last keystroke.
    await new Promise((r) => setTimeout(r, 1500));
    app.process().kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    ({ app, page } = await launch(path.join(work, 'profile')));
    await waitFor(page.getByTestId('draft-notice'), 'the notice offering the crashed session\'s draft', { timeoutMs: 15_000 });
    await page.getByTestId('draft-restore').click();
    await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toContain('Survives A Crash'));
  });
});
