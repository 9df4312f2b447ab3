// The PDF export warns about characters no font can draw, instead of printing empty boxes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchChromium } from '../../cli/chromium.ts';
import { findUnprintable } from '../../cli/unprintable.ts';

const ready = findChromium() !== undefined;
let browser: Browser;
beforeAll(async () => {
  if (ready) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// A private-use character: no font a system ships draws it, so it stands for "missing" anywhere.
const missing = '\uE000';

describe.skipIf(!ready)('unprintable characters', () => {
  it('finds a character no font has, with where the file first uses it, and passes plain and accented text', async () => {
    const source = `rungs: 1\nname: Café\ndescription: Ships the ${missing} service.\n`;
    const found = await findUnprintable(browser, `<p>Café</p><p>Ships the ${missing} service.</p>`, source);
    expect(found).toEqual([{ character: missing, codePoint: 'U+E000', line: 3, column: 24, context: expect.stringContaining('Ships the') }]);
    expect(await findUnprintable(browser, '<p>Café, naïve, Zürich</p>', source)).toEqual([]);
  });

  it('makes `rungs export --format pdf` warn with file, line and column, and still write the PDF', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rungs-glyphs-'));
    try {
      const yaml = `rungs: 1\nname: Glyphs\ndimensions: [{ id: craft, name: Craft, kind: hard }]\nlevels: [{ id: L1 }]\ntracks:\n  - id: ic\n    name: IC\n    kind: ic\n    roles:\n      - { id: a, title: Engineer ${missing}, level: L1, expectations: { craft: [Ships.] } }\n`;
      writeFileSync(path.join(dir, 'glyphs.yaml'), yaml);
      const bin = path.resolve(import.meta.dirname, '../../bin/rungs.mjs');
      const run = spawnSync(process.execPath, [bin, 'export', 'glyphs.yaml', '--format', 'pdf', '-o', 'glyphs.pdf'], { cwd: dir, encoding: 'utf8', timeout: 90_000 });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/^glyphs\.yaml:10:\d+: warning export\/unprintable-character: The PDF cannot show "\uE000" \(U\+E000\)/m);
      expect(run.stderr).toContain('Wrote glyphs.pdf');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
