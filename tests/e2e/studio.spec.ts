/**
 * The browser studio, built and served once (tests/e2e/support/studio-server.ts), driven in
 * Chromium the way a user works: type, see problems, fix them, export, recover after a crash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { templateText } from '../../core/templates/index.ts';
import { draftSaved, eventually, goToLine, hoverMarker, lineText, markerLines, openStudio, preview, retypeLine, screenshot, statusPosition, type StudioPage, waitFor, waitForStudio } from './support/studio.ts';

const template = templateText('spotify-style-dual-track') ?? '';
const lines = template.split('\n');
/** 1-based number of the first line matching, so the tests follow the template if it changes. */
const lineOf = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l)) + 1;
const firstLevelLine = lineOf(/^\s+level: /);
const nameLine = lineOf(/^name: /);
const firstLevelValue = /level: (\S+)/.exec(lines[firstLevelLine - 1] ?? '')?.[1] ?? '';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function withStudio(run: (studio: StudioPage) => Promise<void>, colorScheme: 'light' | 'dark' = 'light'): Promise<void> {
  const studio = await openStudio(browser, { colorScheme });
  try {
    await run(studio);
  } finally {
    await studio.context.close();
  }
}

describe('browser studio', () => {
  it('opens on the Spotify-style template with a rendered preview, an outline and no problems', async () => {
    expect(firstLevelLine).toBeGreaterThan(0);
    await withStudio(async ({ page, errors }) => {
      await expect(page.title()).resolves.toBe('spotify-style-dual-track.yaml — Rungs');
      await expect(preview(page).locator('h1').first().textContent()).resolves.toContain('Spotify-style dual track');
      expect(await preview(page).locator('section[data-role-id]').count()).toBeGreaterThan(5);
      await expect(page.getByTestId('outline-track').count()).resolves.toBe(2);
      await expect(page.getByTestId('problems-count').textContent()).resolves.toBe('0');
      // A template shown at start is no file yet: "Saved" would promise what is not there.
      await expect(page.getByTestId('status-saved').textContent()).resolves.toBe('Not saved yet');
      // With nothing to list, the problems panel is its header alone.
      expect(await page.locator('[data-testid="problems"][data-empty="true"]:not(.is-open)').count()).toBe(1);
      await screenshot(page, 'studio-light-problems-collapsed');
      await screenshot(page, 'studio-light');
      // Monaco, the workers and the preview all run under the strict CSP without complaint.
      expect(errors).toEqual([]);
    });
  });

  it('marks an unknown level at its line and in the problems panel, and clears both once fixed', async () => {
    await withStudio(async ({ page }) => {
      await retypeLine(page, firstLevelLine, 'level: L99');
      const problem = page.getByTestId('problem-item').filter({ hasText: 'L99' });
      await waitFor(problem, 'the problems panel to list the unknown level L99');
      expect(await problem.getAttribute('data-line')).toBe(String(firstLevelLine));
      expect(await problem.getAttribute('data-severity')).toBe('error');
      await eventually(async () => expect(await markerLines(page, 'error')).toEqual([firstLevelLine]));
      await expect(page.getByTestId('status-errors').textContent()).resolves.toBe('1');
      await expect(page.title()).resolves.toBe('• spotify-style-dual-track.yaml — Rungs');

      // Show the problem under the pointer, as a user hovering it would see it.
      await hoverMarker(page, 'error');
      await waitFor(page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'L99' }).first(), 'the hover over the squiggle to name L99');
      await screenshot(page, 'studio-light-error');
      await page.keyboard.press('Escape');

      // F8 and a click in the problems panel both land on the problem.
      await goToLine(page, 1);
      await page.keyboard.press('F8');
      await eventually(async () => expect(await statusPosition(page)).toMatch(new RegExp(`^Ln ${firstLevelLine},`)));
      await page.keyboard.press('Escape');
      await goToLine(page, 1);
      await problem.click();
      await eventually(async () => expect(await statusPosition(page)).toMatch(new RegExp(`^Ln ${firstLevelLine},`)));

      await retypeLine(page, firstLevelLine, `level: ${firstLevelValue}`);
      await eventually(async () => expect(await page.getByTestId('problem-item').count()).toBe(0));
      await eventually(async () => expect(await markerLines(page, 'error')).toEqual([]));
      await expect(page.getByTestId('status-errors').textContent()).resolves.toBe('0');
    });
  });

  it('completes role keys and offers snippets from the schema', async () => {
    await withStudio(async ({ page }) => {
      await goToLine(page, firstLevelLine);
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await statusPosition(page)).toMatch(new RegExp(`^Ln ${firstLevelLine + 1},`)));
      // "equivalent" is the role key this role does not use yet; "New role" is the schema's snippet.
      await page.keyboard.press('Control+Space');
      const suggestions = page.locator('.suggest-widget.visible .monaco-list-row');
      await waitFor(suggestions.filter({ hasText: 'equivalent' }).first(), 'completion to offer the `equivalent` key');
      await waitFor(suggestions.filter({ hasText: 'New role' }).first(), 'completion to offer the New role snippet');
      await page.keyboard.press('Enter');
      await eventually(async () => expect((await lineText(page, firstLevelLine + 1)).trim()).toMatch(/^equivalent: ?/));
      await page.keyboard.press('Escape');
    });
  });

  it('updates the preview as the framework changes, keeping its scroll position', async () => {
    await withStudio(async ({ page }) => {
      const frame = page.frameLocator('[data-testid="preview"]');
      await frame.locator('body').evaluate(() => window.scrollTo(0, 900));
      await retypeLine(page, nameLine, 'name: Acme Engineering Ladder');
      await eventually(async () => expect(await frame.locator('h1').first().textContent()).toBe('Acme Engineering Ladder'));
      const scrollY = await frame.locator('body').evaluate(() => window.scrollY);
      expect(scrollY).toBeGreaterThan(800);
    });
  });

  it('offers the nearest level as a quick fix for an unknown reference (Ctrl+.)', async () => {
    await withStudio(async ({ page }) => {
      const typo = `${firstLevelValue}x`;
      await retypeLine(page, firstLevelLine, `level: ${typo}`);
      await eventually(async () => expect(await markerLines(page, 'error')).toEqual([firstLevelLine]));
      await goToLine(page, firstLevelLine);
      await page.keyboard.press('End');
      await page.keyboard.press('Control+.');
      // The nearest id is the preferred fix, the first action in the menu: Enter applies it.
      const fix = page.locator('.action-widget .monaco-list-row').filter({ hasText: `Change to \`${firstLevelValue}\`` }).first();
      await waitFor(fix, `the quick-fix menu to offer \`${firstLevelValue}\``);
      // Each label is shown whole, with the title of the id it inserts ("Change to `L1` (Engineer I)").
      await expect(fix.textContent()).resolves.toMatch(/^Change to `[^`]+` \(.+\)$/);
      // Monaco sizes the menu to its widest label a frame or two after showing it: judge the settled menu.
      await eventually(async () => {
        const labels = await page.locator('.action-widget .monaco-list-row.action .title').evaluateAll((titles) =>
          titles.map((t) => ({ text: t.textContent, cut: t.scrollWidth > t.clientWidth || t.getBoundingClientRect().right > (t.closest('.action-widget')?.getBoundingClientRect().right ?? 0) })),
        );
        expect(labels.length).toBeGreaterThan(1);
        expect(labels.filter((l) => l.cut)).toEqual([]);
      }, 3000);
      await screenshot(page, 'studio-quick-fix');
      await page.keyboard.press('Enter');
      await eventually(async () => expect(await markerLines(page, 'error')).toEqual([]));
      expect((await lineText(page, firstLevelLine)).trim()).toBe(`level: ${firstLevelValue}`);
      await expect(page.getByTestId('problems-count').textContent()).resolves.toBe('0');
    });
  });

  it('reveals a role in the editor when it is clicked in the preview, and shows parity in one click', async () => {
    await withStudio(async ({ page }) => {
      const role = preview(page).locator('section[data-role-id]').nth(2);
      const roleId = await role.getAttribute('data-role-id');
      await role.locator('h3').click();
      const roleLine = lineOf(new RegExp(`^\\s+- id: ${roleId}\\s*$`));
      const titleLine = lines.findIndex((l, i) => i >= roleLine && /^\s+title: /.test(l)) + 1;
      // The cursor goes to the role's title, and nothing is selected: the next keystroke replaces nothing.
      await eventually(async () => expect(await statusPosition(page)).toMatch(new RegExp(`^Ln ${titleLine}, Col \\d+$`)));
      expect(await page.locator('[data-testid="editor"] .selected-text').count()).toBe(0);

      await page.getByTestId('toggle-parity').click();
      await eventually(async () => {
        expect(await preview(page).locator('#parity').count()).toBe(1);
        expect(await preview(page).locator('section[data-role-id]').count()).toBe(0);
      });
      await page.getByTestId('view-rubric').click();
      await eventually(async () => expect(await preview(page).locator('section[data-role-id]').count()).toBeGreaterThan(5));
    });
  });

  it('exports HTML and Markdown as downloads that hold the rubric', async () => {
    await withStudio(async ({ page }) => {
      await page.getByTestId('toolbar-export').click();
      const [html] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId('export-html').click()]);
      expect(html.suggestedFilename()).toBe('spotify-style-dual-track.html');
      const htmlText = readFileSync((await html.path()) ?? '', 'utf8');
      expect(htmlText).toMatch(/^<!DOCTYPE html>/i);
      expect(htmlText).toContain('Content-Security-Policy');
      expect(htmlText).toContain('Staff Engineer');

      await page.getByTestId('toolbar-export').click();
      const [md] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId('export-md').click()]);
      expect(md.suggestedFilename()).toBe('spotify-style-dual-track.md');
      const mdText = readFileSync((await md.path()) ?? '', 'utf8');
      expect(mdText).toMatch(/^# Engineering Career Framework \(Spotify-style dual track\)/);
      expect(mdText).toContain('Staff Engineer');
      await waitFor(page.getByTestId('toast').filter({ hasText: 'Exported Markdown' }), 'the "Exported Markdown" toast');
    });
  });

  it('exports only the ticked tracks, on the paper chosen in the Export menu (remembered)', async () => {
    await withStudio(async ({ page }) => {
      await page.getByTestId('toolbar-export').click();
      await page.getByTestId('export-paper-letter').check();
      await page.getByTestId('export-track-management').uncheck();
      // The last ticked track cannot be unticked: an export needs one.
      expect(await page.getByTestId('export-track-ic').isDisabled()).toBe(true);
      await screenshot(page, 'studio-light-export-options');
      const [md] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId('export-md').click()]);
      const mdText = readFileSync((await md.path()) ?? '', 'utf8');
      expect(mdText).toContain('Staff Engineer');
      expect(mdText).not.toContain('Director of Engineering');

      await page.getByTestId('toolbar-export').click();
      const [html] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByTestId('export-html').click()]);
      const htmlText = readFileSync((await html.path()) ?? '', 'utf8');
      expect(htmlText).toContain('size:letter');
      expect(htmlText).not.toContain('Director of Engineering');

      // The paper size outlives the tab; the track choice belongs to this framework only.
      await page.reload();
      await waitForStudio(page);
      await page.getByTestId('toolbar-export').click();
      expect(await page.getByTestId('export-paper-letter').isChecked()).toBe(true);
      expect(await page.getByTestId('export-track-management').isChecked()).toBe(true);
    });
  });

  it('exports HTML with the Ctrl+E shortcut', async () => {
    await withStudio(async ({ page }) => {
      await page.locator('[data-testid="editor"] .monaco-editor textarea').focus();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.keyboard.press('Control+E')]);
      expect(download.suggestedFilename()).toBe('spotify-style-dual-track.html');
    });
  });

  it('formats the document, keeping comments', async () => {
    await withStudio(async ({ page }) => {
      const rungsLine = lineOf(/^rungs: /);
      await retypeLine(page, rungsLine, 'rungs:      1');
      await page.keyboard.press('Shift+Alt+F');
      await eventually(async () => expect(await lineText(page, rungsLine)).toBe('rungs: 1'));
      await goToLine(page, 1);
      // Monaco paints the scrolled-to lines on the next frame; read them once they are there.
      await eventually(async () => expect(await lineText(page, 1)).toBe(lines[0]));
    });
  });

  it('sends PDF to the print dialog, with progress in the status bar', async () => {
    await withStudio(async ({ page }) => {
      await page.getByTestId('toolbar-export').click();
      await page.getByTestId('export-pdf').click();
      await waitFor(page.getByTestId('toast').filter({ hasText: 'Exported PDF to the print dialog' }), 'the "Exported PDF to the print dialog" toast');
    });
  });

  it('opens a YAML file dropped on the window', async () => {
    await withStudio(async ({ page }) => {
      const dropped = template.replace(/^name: .*$/m, 'name: Dropped Ladder');
      const dataTransfer = await page.evaluateHandle((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'dropped-ladder.yaml', { type: 'application/x-yaml' }));
        return transfer;
      }, dropped);
      await page.dispatchEvent('[data-testid="preview"]', 'dragover', { dataTransfer });
      await waitFor(page.getByTestId('drop-overlay'), 'the drop overlay while a file is dragged over');
      await page.dispatchEvent('[data-testid="preview"]', 'drop', { dataTransfer });
      await eventually(async () => expect(await page.title()).toBe('dropped-ladder.yaml — Rungs'));
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Dropped Ladder'));
      expect(await page.getByTestId('drop-overlay').count()).toBe(0);
    });
  });

  it('imports a CSV competency matrix as a new framework', async () => {
    await withStudio(async ({ page }) => {
      await page.getByTestId('toolbar-more').click();
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.getByTestId('menu-import-csv').click()]);
      await chooser.setFiles(join(process.cwd(), 'tests/fixtures/csv/clean.csv'));
      // The preview step: what the import will create, and a name, before anything is written.
      const step = page.getByTestId('csv-import-preview');
      await waitFor(step, 'the Import CSV preview');
      await eventually(async () => expect(await step.textContent()).toContain('Engineer I (L1)'));
      await step.getByTestId('csv-import-name').fill('Acme Engineering');
      await step.getByTestId('csv-import-apply').click();
      await eventually(async () => expect(await page.title()).toBe('• clean.yaml — Rungs'));
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toBe('Acme Engineering'));
      expect(await page.getByTestId('csv-import-preview').count()).toBe(0);
      await waitFor(page.getByTestId('import-notes'), 'the notes on the imported CSV');
      await eventually(async () => expect(await page.getByTestId('outline-role').count()).toBeGreaterThan(0));
      await expect(page.getByTestId('status-errors').textContent()).resolves.toBe('0');
      expect(await page.locator('[data-testid="problem-item"][data-severity="error"]').count()).toBe(0);
    });
  });

  it('adds a track from a template to the open framework', async () => {
    await withStudio(async ({ page }) => {
      await page.getByTestId('toolbar-more').click();
      await page.getByTestId('menu-import-track').click();
      const gallery = page.getByTestId('template-gallery');
      await waitFor(gallery, 'the template gallery for Add Track');
      expect(await gallery.locator('[data-template="blank"]').count()).toBe(0);
      await gallery.locator('[data-template="multi-discipline"] [data-testid="template-track"]').filter({ hasText: 'Site reliability' }).click();
      // First the mapping step: where each template level lands on this ladder, changeable per row.
      const step = gallery.getByTestId('track-preview');
      await waitFor(step, 'the level mapping step of Add Track');
      expect(await step.getByTestId('track-preview-row').count()).toBe(3);
      // Placing the template's lowest SRE level high pushes its top role off the ladder: the step says so first.
      const lowest = step.getByTestId('track-preview-row').first();
      const levels = await lowest.locator('option').allTextContents();
      await lowest.locator('select').selectOption(levels.at(-2) ?? '');
      await eventually(async () => expect(await step.getByTestId('track-preview-warnings').textContent()).toContain('Left out'));
      await screenshot(page, 'studio-light-add-track-preview');
      await step.getByTestId('track-preview-apply').click();
      await eventually(async () => expect(await page.getByTestId('outline-track').count()).toBe(3));
      await waitFor(page.getByTestId('import-notes'), 'the notes on the added track');
      await expect(page.getByTestId('status-saved').textContent()).resolves.toBe('Unsaved changes');
      await eventually(async () => expect(await preview(page).locator('section[data-role-id]').count()).toBeGreaterThan(10));
      // The addition is one undoable edit.
      await page.getByTestId('toolbar-undo').click();
      await eventually(async () => expect(await page.getByTestId('outline-track').count()).toBe(2));
    });
  });

  it('asks before the tab closes with unsaved changes', async () => {
    // Chromium shows the real "Leave site?" dialog only after a user activation it judges for
    // itself, which made waiting for that dialog flaky. What the studio controls is its handler:
    // it must cancel beforeunload (which is what makes any browser ask) exactly while unsaved.
    await withStudio(async ({ page }) => {
      const wouldAsk = () =>
        page.evaluate(() => {
          const event = new Event('beforeunload', { cancelable: true });
          window.dispatchEvent(event);
          return event.defaultPrevented;
        });
      expect(await wouldAsk()).toBe(false);
      await retypeLine(page, nameLine, 'name: Unsaved Ladder');
      await eventually(async () => expect(await page.getByTestId('status-saved').textContent()).toBe('Unsaved changes'));
      expect(await wouldAsk()).toBe(true);
    });
  });

  it('opens another template from the gallery, showing its tracks and levels', async () => {
    await withStudio(async ({ page }) => {
      await page.getByTestId('toolbar-new').click();
      const card = page.locator('[data-testid="template-card"][data-template="big-tech"]');
      await waitFor(card, 'the big-tech card in the template gallery');
      expect(await card.textContent()).toMatch(/\d+ levels/);
      await screenshot(page, 'studio-light-gallery');
      await card.click();
      await eventually(async () => expect(await page.title()).toBe('big-tech.yaml — Rungs'));
      await eventually(async () => expect(await preview(page).locator('h1').first().textContent()).toMatch(/./));
      await expect(page.getByTestId('problems-count').textContent()).resolves.toBe('0');
    });
  });

  it('after a deliberate reload, offers the draft back without calling it a crash', async () => {
    await withStudio(async ({ page }) => {
      await retypeLine(page, nameLine, 'name: Reloaded Ladder');
      await draftSaved(page, 'Reloaded Ladder');
      await page.reload();
      const notice = page.getByTestId('draft-notice');
      await waitFor(notice, 'the draft notice after a reload');
      const text = await notice.textContent();
      expect(text).toContain('kept when the studio was last reloaded or closed');
      expect(text).not.toContain('unexpectedly');
      await screenshot(page, 'studio-light-draft-after-reload');
    });
  });

  it('keeps unsaved edits through a crash and offers to restore them on the next start', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const first = await openStudio(browser, { context });
      await retypeLine(first.page, nameLine, 'name: Draft Survives Ladder');
      await draftSaved(first.page, 'Draft Survives Ladder');
      // Closing without the unload prompt is what a killed tab looks like to the next session.
      await first.page.close({ runBeforeUnload: false });

      const second = await openStudio(browser, { context });
      const notice = second.page.getByTestId('draft-notice');
      await waitFor(notice, 'the notice offering the crashed session\'s draft');
      expect(await notice.textContent()).toContain('spotify-style-dual-track.yaml');
      await second.page.getByTestId('draft-restore').click();
      await eventually(async () => expect(await preview(second.page).locator('h1').first().textContent()).toBe('Draft Survives Ladder'));
      await expect(second.page.getByTestId('status-saved').textContent()).resolves.toBe('Unsaved changes');
      expect(await second.page.getByTestId('draft-notice').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("does not offer a tab that is still open its drafts, and offers every crashed tab's draft", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const first = await openStudio(browser, { context });
      await retypeLine(first.page, nameLine, 'name: First Tab Ladder');
      await draftSaved(first.page, 'First Tab Ladder');

      // The first tab is alive: its draft is its own working copy, not something to recover.
      const second = await openStudio(browser, { context });
      await second.page.waitForTimeout(500);
      expect(await second.page.getByTestId('draft-notice').count()).toBe(0);
      await retypeLine(second.page, nameLine, 'name: Second Tab Ladder');
      await draftSaved(second.page, 'Second Tab Ladder');

      await first.page.close({ runBeforeUnload: false });
      await second.page.close({ runBeforeUnload: false });

      const third = await openStudio(browser, { context });
      const notice = third.page.getByTestId('draft-notice');
      await waitFor(notice, 'the notice offering both crashed tabs\' drafts');
      expect(await notice.textContent()).toContain('2 unsaved drafts');
      // The list is one click away, so the notice stays one line.
      await notice.getByTestId('notice-details').click();
      await expect(third.page.getByTestId('draft-item').count()).resolves.toBe(2);
      await screenshot(third.page, 'studio-light-two-drafts');
      // Restore the newest; the other stays offered until the user decides about it.
      await third.page.getByTestId('draft-item-restore').first().click();
      await eventually(async () => expect(await preview(third.page).locator('h1').first().textContent()).toBe('Second Tab Ladder'));
      await expect(third.page.getByTestId('draft-item').count()).resolves.toBe(0);
      await expect(third.page.getByTestId('draft-restore').count()).resolves.toBe(1);
      expect(await notice.textContent()).toContain('Unsaved changes to spotify-style-dual-track.yaml');
    } finally {
      await context.close();
    }
  });

  it("blocks inline script with the build's Content Security Policy", async () => {
    await withStudio(async ({ page }) => {
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toContain("script-src 'self'");
      expect(policy).not.toContain('unsafe-eval');

      const outcome = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));
        const script = document.createElement('script');
        script.textContent = 'window.__pwned = 1';
        document.body.append(script);
        await new Promise((done) => setTimeout(done, 100));
        return { ran: (window as unknown as { __pwned?: number }).__pwned === 1, violations };
      });
      expect(outcome.ran).toBe(false);
      expect(outcome.violations.some((v) => v.startsWith('script-src'))).toBe(true);

      await expect(page.addScriptTag({ content: 'window.__pwned2 = 1' })).rejects.toThrow();
      expect(await page.evaluate(() => (window as unknown as { __pwned2?: number }).__pwned2)).toBeUndefined();
    });
  });

  it('follows a dark OS theme', async () => {
    await withStudio(async ({ page }) => {
      expect(await page.locator('.studio').getAttribute('data-theme')).toBe('dark');
      expect(await page.locator('.monaco-editor').first().getAttribute('class')).toContain('vs-dark');
      await screenshot(page, 'studio-dark');
      await retypeLine(page, firstLevelLine, 'level: L99');
      await eventually(async () => expect(await markerLines(page, 'error')).toEqual([firstLevelLine]));
      await hoverMarker(page, 'error');
      await waitFor(page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'L99' }).first(), 'the hover over the squiggle to name L99');
      await screenshot(page, 'studio-dark-error');
    }, 'dark');
  });
});
