// The skills map and radars as a reader sees them in Chromium: read from the rendered geometry,
// not from the markup, so a picture that draws the right elements in the wrong places fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFramework } from '../../core/index.ts';
import { twinsOf } from '../../core/model/lookups.ts';
import { renderHtml } from '../../core/render/index.ts';
import { findChromium, launchChromium } from '../../cli/chromium.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ready = findChromium() !== undefined;
if (!ready) console.warn('skills map geometry test skipped: it needs Chromium (RUNGS_CHROMIUM)');

let browser: Browser;
beforeAll(async () => {
  if (ready) browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function open(html: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false, offline: true });
  const page = await context.newPage();
  await page.setContent(html, { waitUntil: 'load' });
  return { page, close: () => context.close() };
}

const centre = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });
const contains = (outer: Box, x: number, y: number) => x >= outer.x - 1 && x <= outer.x + outer.width + 1 && y >= outer.y - 1 && y <= outer.y + outer.height + 1;

describe.skipIf(!ready).each(['multi-discipline.yaml', 'spotify-style-dual-track.yaml'])('the skills map of %s in Chromium', (file) => {
  const framework = checkFramework(readFileSync(path.join(root, 'templates', file), 'utf8')).framework;
  const roles = framework.tracks.flatMap((t) => t.roles);

  it('labels every role, names both axes, orders twins by their skills, draws a path per track and keeps lateral moves inside a level box', async () => {
    const { page, close } = await open(renderHtml(framework));
    try {
      const map = page.locator('#skills-map svg.skills-map-svg');
      await expect(map.count()).resolves.toBe(1);
      const picture = (await map.boundingBox()) as Box;
      const nodes = new Map<string, Box>();
      for (const role of roles) {
        const node = map.locator(`g.skills-node[data-role="${role.id}"]`);
        const box = (await node.locator('rect').boundingBox()) as Box;
        expect(box, role.id).not.toBeNull();
        // Every label line sits inside its box, and together they spell the title.
        const lines = await node.locator('text').evaluateAll((els) => els.map((el) => ({ text: el.textContent ?? '', box: (el as SVGGraphicsElement).getBoundingClientRect().toJSON() as Box })));
        for (const line of lines) expect(line.box.x >= box.x - 0.5 && line.box.x + line.box.width <= box.x + box.width + 0.5, `${role.id}: "${line.text}" inside its box`).toBe(true);
        expect(lines.slice(0, -1).map((l) => l.text).join(' ')).toBe(role.title);
        expect(contains(picture, box.x, box.y) && contains(picture, box.x + box.width, box.y + box.height), `${role.id} inside the picture`).toBe(true);
        nodes.set(role.id, box);
      }
      const axisText = await map.locator('text.axis-label').allTextContents();
      expect(axisText.join(' ')).toMatch(/Hard skills.*Soft skills|Soft skills.*Hard skills/);

      for (const role of roles) {
        const data = await map.locator(`g.skills-node[data-role="${role.id}"]`).evaluate((el) => ({ hard: Number(el.getAttribute('data-hard')), soft: Number(el.getAttribute('data-soft')) }));
        for (const twin of twinsOf(framework, role.id)) {
          const other = await map.locator(`g.skills-node[data-role="${twin.id}"]`).evaluate((el) => ({ hard: Number(el.getAttribute('data-hard')), soft: Number(el.getAttribute('data-soft')) }));
          const a = centre(nodes.get(role.id) as Box);
          const b = centre(nodes.get(twin.id) as Box);
          if (data.hard > other.hard) expect(a.y, `${role.id} drawn higher than ${twin.id}`).toBeLessThan(b.y);
          if (data.soft > other.soft) expect(a.x, `${role.id} drawn right of ${twin.id}`).toBeGreaterThan(b.x);
        }
      }

      const tracksWithPaths = new Set(await map.locator('path.track-path').evaluateAll((els) => els.map((el) => el.getAttribute('data-track'))));
      for (const track of framework.tracks.filter((t) => t.roles.length > 1)) expect(tracksWithPaths.has(track.id), `a path for ${track.id}`).toBe(true);

      const boxes = await map.locator('rect.level-box').evaluateAll((els) => els.map((el) => (el as SVGGraphicsElement).getBoundingClientRect().toJSON() as Box));
      for (const move of framework.moves.filter((m) => m.kind === 'lateral' || m.kind === 'switch')) {
        const from = framework.index.roles.get(move.from);
        const to = framework.index.roles.get(move.to);
        if (!from || !to || from.levelId !== to.levelId) continue;
        const a = centre(nodes.get(from.id) as Box);
        const b = centre(nodes.get(to.id) as Box);
        expect(boxes.some((box) => contains(box, a.x, a.y) && contains(box, b.x, b.y)), `${move.from} → ${move.to} inside one level box`).toBe(true);
      }

      for (const role of roles) await expect(page.locator(`#role-${role.id} svg.radar-svg`).count(), `radar of ${role.id}`).resolves.toBeGreaterThan(0);
      await expect(page.locator('nav.toc a[href="#skills-map"]').count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });
});
