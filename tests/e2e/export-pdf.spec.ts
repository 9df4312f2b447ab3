// Prints rubrics to PDF through the same path as `rungs export --format pdf`, then reads them
// back with pdftotext/pdfinfo (poppler-utils): every role is there and the page count is right.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { printPdf } from '../../cli/pdf.ts';
import { checkFramework, type Framework } from '../../core/index.ts';
import { printInput, selectTracks } from '../../core/render/index.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-export-pdf-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function load(fixture: string): Framework {
  return checkFramework(readFileSync(new URL(`../fixtures/valid/${fixture}.yaml`, import.meta.url), 'utf8')).framework;
}

async function print(framework: Framework, name: string, options: Parameters<typeof printInput>[1] = {}): Promise<{ text: string; pages: number; info: string }> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await printPdf(printInput(framework, options), browser));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { text, info, pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) };
}

/**
 * The layout puts the title and parity matrix on page 1, "What we assess" (the dimensions) on
 * page 2, the career map on page 3, then each track
 * (its heading and level × dimension matrix) and each role on pages of their own, and the
 * mappings last. A long track matrix may run onto a second page, so this is the least count.
 */
function leastPages(framework: Framework): number {
  const roles = framework.tracks.reduce((n, t) => n + t.roles.length, 0);
  return 2 + (framework.dimensions.length > 0 ? 1 : 0) + framework.tracks.length + roles + (framework.mappings.length > 0 ? 1 : 0);
}

/** The exact counts: dual-track's IC matrix (five roles, four dimensions) takes two pages, and its level notes run onto page 2. */
const expectedPages: Record<string, number> = { 'dual-track': 18, 'three-track': 18 };

/** Non-empty lines of each page, as pdftotext lays them out (pages end with a form feed). */
function pageLines(text: string): string[][] {
  return text
    .split('\f')
    .map((page) => page.split('\n').map((l) => l.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
}

describe.each(['dual-track', 'three-track'])('PDF export of %s', (fixture) => {
  it('holds every role title, a running header and page numbers, on the expected number of A4 pages', async () => {
    const framework = load(fixture);
    const { text, pages, info } = await print(framework, fixture);
    expect(info).toMatch(/Page size:\s+59\d(\.\d+)? x 84\d(\.\d+)? pts \(A4\)/);
    expect(pages).toBeGreaterThanOrEqual(leastPages(framework));
    expect(pages).toBe(expectedPages[fixture]);
    const flat = text.replace(/\s+/g, ' ');
    for (const role of framework.tracks.flatMap((t) => t.roles)) expect(flat).toContain(role.title);
    // Every page carries the running header (name, version) and "Page N of M".
    const all = pageLines(text);
    expect(all).toHaveLength(pages);
    all.forEach((lines, i) => {
      expect(lines[0]).toContain(framework.name);
      if (framework.version) expect(lines[0]).toContain(`Version ${framework.version}`);
      expect(lines[lines.length - 1]).toContain(`Page ${i + 1} of ${pages}`);
    });
    // Each role starts a page of its own: track name, then the role title, right under the header.
    for (const track of framework.tracks) {
      for (const role of track.roles) {
        // The level tag may share the title's line, a few spaces to its right.
        const title = new RegExp(`^${role.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s{2,}\\S+)?$`);
        const starts = all.filter((lines) => lines[1] === track.name.toUpperCase() && title.test(lines[2] ?? ''));
        expect(starts, role.title).toHaveLength(1);
      }
    }
  });
});

describe('PDF options', () => {
  it('prints on Letter paper and only the tracks asked for', async () => {
    const framework = load('three-track');
    const ic = framework.tracks[0];
    if (!ic) throw new Error('fixture has no track');
    const { text, pages, info } = await print(framework, 'letter-ic', { paper: 'letter', tracks: [ic.id] });
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pages).toBe(leastPages(selectTracks(framework, [ic.id])));
    const others = framework.tracks.slice(1).flatMap((t) => t.roles);
    for (const role of others) expect(text).not.toContain(role.title);
    for (const role of ic.roles) expect(text.replace(/\s+/g, ' ')).toContain(role.title);
  });
});
