// Opens exported HTML rubrics in a real Chromium with the network blocked: nothing is requested,
// nothing fails, every role is there, the anchors work, and hostile text stays text.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { checkFramework, type Framework } from '../../core/index.ts';
import { renderHtml } from '../../core/render/index.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-export-html-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  blocked: string[];
  failed: string[];
  errors: string[];
  dialogs: string[];
}

/** Writes the HTML to a file and opens it with every non-file request refused and recorded. */
async function open(html: string, name: string): Promise<Opened> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  const opened: Opened = { page, blocked: [], failed: [], errors: [], dialogs: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    opened.blocked.push(url);
    return route.abort();
  });
  page.on('requestfailed', (request) => opened.failed.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return opened;
}

function load(fixture: string): Framework {
  const text = readFileSync(new URL(`../fixtures/valid/${fixture}.yaml`, import.meta.url), 'utf8');
  return checkFramework(text).framework;
}

describe.each(['dual-track', 'three-track'])('HTML export of %s', (fixture) => {
  it('loads with no request, no failure and no console error, and shows every role', async () => {
    const framework = load(fixture);
    const { page, blocked, failed, errors } = await open(renderHtml(framework), fixture);
    try {
      expect(blocked).toEqual([]);
      expect(failed).toEqual([]);
      expect(errors).toEqual([]);
      expect(await page.locator('h1').textContent()).toBe(framework.name);
      for (const role of framework.tracks.flatMap((t) => t.roles)) {
        const heading = page.locator(`section#role-${role.id}[data-role-id="${role.id}"] h3`);
        expect(await heading.textContent()).toBe(role.title);
        await expect.poll(() => heading.isVisible()).toBe(true);
      }
    } finally {
      await page.close();
    }
  });

  it('scrolls to a role when its link in the parity matrix is clicked', async () => {
    const framework = load(fixture);
    const { page } = await open(renderHtml(framework), `${fixture}-anchors`);
    try {
      // The most senior role of the last track sits far down the page.
      const track = framework.tracks[framework.tracks.length - 1];
      const role = track?.roles[track.roles.length - 1];
      if (!role) throw new Error('fixture has no role');
      const before = await page.evaluate(() => window.scrollY);
      await page.locator(`#parity a[href="#role-${role.id}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#role-${role.id}`);
      const top = await page.locator(`#role-${role.id}`).evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(40);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
      // Links in the career map reach the same anchors.
      const first = framework.tracks[0]?.roles[0];
      if (!first) throw new Error('fixture has no role');
      await page.locator(`#career-map a[href="#role-${first.id}"]`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#role-${first.id}`);
    } finally {
      await page.close();
    }
  });
});

describe('HTML export of hostile text', () => {
  const payloads = [
    '<script>window.__pwned = "script"</script>',
    '<img src=x onerror="window.__pwned = \'img\'">',
    '[click](javascript:window.__pwned="link")',
    '"><svg onload="window.__pwned = \'svg\'">',
    "'><iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
    '<a href="javascript:alert(1)">x</a> <details open ontoggle=alert(1)>',
  ];
  const payload = payloads.join(' ');
  const q = JSON.stringify(payload);
  const text = `rungs: 1
name: ${q}
organization: ${q}
version: ${q}
description: ${q}
dimensions:
  - { id: craft, name: ${q}, kind: hard, description: ${q} }
  - { id: people, name: ${q}, kind: soft }
levels:
  - { id: L1, name: ${q}, description: ${q}, band: { min: 1, max: 2, currency: EUR } }
  - { id: L2, name: ${q} }
tracks:
  - id: ic
    name: ${q}
    kind: ic
    description: ${q}
    roles:
      - { id: a, title: ${q}, level: L1, summary: ${q}, scope: ${q}, years: "1-2", expectations: { craft: [${q}], people: [${q}] } }
      - { id: b, title: ${q}, level: L2, summary: ${q}, scope: ${q}, expectations: { craft: [${q}, "${'x'.repeat(3)} ${payload.replace(/["\\]/g, '')}"], people: [${q}] } }
  - id: em
    name: ${q}
    kind: management
    description: ${q}
    roles:
      - { id: c, title: ${q}, level: L2, equivalent: b, summary: ${q}, scope: ${q}, expectations: { craft: [${q}], people: [${q}] } }
moves:
  - { from: a, to: c, kind: switch, note: ${q} }
mappings:
  - { company: ${q}, levels: { L1: ${q}, L2: ${q} }, note: ${q} }
`;

  async function expectNothingRan(html: string, name: string): Promise<void> {
    const { page, dialogs, blocked } = await open(html, name);
    try {
      // Give anything that might fire (onload, onerror, ontoggle) the time to do so.
      await page.waitForTimeout(300);
      for (const link of await page.locator('a').all()) await link.click({ force: true, timeout: 2000 }).catch(() => undefined);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(blocked).toEqual([]);
      const live = await page.evaluate(() => {
        const found: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          // The rubric's own "what changes from the role below" disclosure is the one allowed <details>.
          const ours = el.tagName === 'DETAILS' && el.classList.contains('compare-details');
          if (['SCRIPT', 'IFRAME', 'IMG', 'OBJECT', 'EMBED', 'DETAILS'].includes(el.tagName) && !ours) found.push(el.tagName);
          for (const attr of Array.from(el.attributes)) {
            if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}]`);
          }
        }
        return found;
      });
      expect(live).toEqual([]);
      // The text shows literally, where the user wrote it.
      expect(await page.locator('h1').textContent()).toBe(payload);
      expect(await page.locator('#role-a h3').textContent()).toBe(payload);
      expect(await page.locator('#role-c .summary').textContent()).toContain(payload.replace(/\[click\]\(javascript:window.__pwned="link"\)/, '[click](javascript:window.__pwned="link")'));
      expect(await page.title()).toBe(`${payload} · Version ${payload}`);
    } finally {
      await page.close();
    }
  }

  it('runs nothing and shows the payloads as text', async () => {
    const { framework } = checkFramework(text);
    expect(framework.tracks.flatMap((t) => t.roles).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    await expectNothingRan(renderHtml(framework), 'hostile');
  });

  it('runs nothing even without its Content-Security-Policy, because the text is escaped', async () => {
    const html = renderHtml(checkFramework(text).framework);
    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n/, '');
    expect(withoutCsp).not.toContain('Content-Security-Policy');
    await expectNothingRan(withoutCsp, 'hostile-no-csp');
  });
});
