// `rungs site` as an organisation publishes it: the CLI builds the fixture org's site, then a real
// Chromium browses it from disk and from a static host under a sub-path, with every request that
// would leave the site refused and recorded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../cli/chromium.ts';
import { checkFrameworkText } from '../../cli/check-file.ts';
import { serveStatic } from '../../scripts/static-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/rungs.mjs');
const org = path.join(root, 'tests/fixtures/org');
const families = ['backend', 'data', 'design'];

let dir: string;
let site: string;
let browser: Browser;
let server: Server;
let hosted: string;

interface Visit {
  page: Page;
  /** Requests to anything but the site itself. */
  left: string[];
  errors: string[];
}

async function visit(url: string, allowed: (request: string) => boolean): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const opened: Visit = { page, left: [], errors: [] };
  await page.route('**/*', (route) => {
    const request = route.request().url();
    if (allowed(request)) return route.continue();
    opened.left.push(request);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  page.on('pageerror', (error) => opened.errors.push(error.message));
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  return opened;
}

const fromDisk = (request: string): boolean => request.startsWith(`${pathToFileURL(site).href}/`) || request.startsWith('data:');

function pagesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** Role ids per family, read through the same check the CLI runs. */
function rolesOf(family: string): string[] {
  const file = path.join(org, `${family}.yaml`);
  const { framework } = checkFrameworkText(file, readFileSync(file, 'utf8'), { root: org });
  return framework.tracks.flatMap((track) => track.roles.map((role) => role.id));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-site-'));
  // Under a sub-path, as on GitHub Pages for a project: links that assume the host's root break here.
  mkdirSync(path.join(dir, 'public'));
  site = path.join(dir, 'public', 'ladders');
  const built = spawnSync(process.execPath, [bin, 'site', org, '-o', site], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  if (built.status !== 0) throw new Error(`rungs site failed (${String(built.status)}): ${built.stderr}${built.stdout}`);
  browser = await launchChromium();
  const served = await serveStatic(path.join(dir, 'public'));
  server = served.server;
  hosted = `${served.url.replace(/\/$/, '')}/ladders/`;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('rungs site', () => {
  it('writes a page for every family and every role', () => {
    const pages = pagesOf(site);
    expect(pages).toContain('index.html');
    for (const family of families) {
      expect(pages).toContain(`${family}/index.html`);
      const roles = rolesOf(family);
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) expect(pages, `${family}/${role}`).toContain(`${family}/${role.toLowerCase()}/index.html`);
    }
    // The library is published through its users, not as a family of its own.
    expect(pages.some((page) => page.startsWith('shared/') || page.startsWith('engineering/'))).toBe(false);
  });

  it('links the index to every family, and every link on every page reaches a file of the site', async () => {
    const index = await visit(pathToFileURL(path.join(site, 'index.html')).href, fromDisk);
    const familyLinks = await index.page.$$eval('li.family h2 a', (links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
    expect(familyLinks.map((link) => link.href.slice(pathToFileURL(site).href.length + 1))).toEqual(families.map((f) => `${f}/index.html`));
    await index.page.close();

    let checked = 0;
    for (const page of pagesOf(site)) {
      const opened = await visit(pathToFileURL(path.join(site, page)).href, fromDisk);
      // SVG links (the career maps) included: their href is an attribute, not a string property.
      const hrefs = await opened.page.$$eval('a[href]', (links) => links.map((a) => new URL(a.getAttribute('href') ?? '', document.baseURI).href));
      for (const href of hrefs) {
        const url = new URL(href);
        expect(url.protocol, `${page} links outside the site: ${href}`).toBe('file:');
        const target = fileURLToPath(url);
        expect(target.startsWith(site + path.sep), `${page} links outside the site: ${href}`).toBe(true);
        expect(existsSync(target), `${page} links to a missing file: ${href}`).toBe(true);
        if (url.hash !== '' && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          expect(readFileSync(target, 'utf8'), `${page} links to a missing anchor: ${href}`).toContain(`id="${id}"`);
        }
        checked += 1;
      }
      expect(opened.left, page).toEqual([]);
      expect(opened.errors, page).toEqual([]);
      await opened.page.close();
    }
    expect(checked).toBeGreaterThan(50);
  }, 120_000);

  it('finds a role by a word from one of its bullets, from disk, with nothing leaving the site', async () => {
    const index = await visit(pathToFileURL(path.join(site, 'index.html')).href, fromDisk);
    await index.page.keyboard.press('/');
    await index.page.keyboard.type('incident');
    const first = index.page.locator('#site-search-results li a').first();
    await first.waitFor({ timeout: 5_000 });
    expect(await index.page.locator('#site-search-results li a').allTextContents()).toContain('Senior Backend Engineer');
    expect(await index.page.locator('#site-search-status').textContent()).toMatch(/\d+ roles?|1 role/);
    const hit = index.page.locator('#site-search-results li', { hasText: 'Senior Backend Engineer' });
    expect((await hit.locator('.hit-text').textContent())?.toLowerCase()).toContain('incident');
    await hit.locator('a').click();
    await index.page.waitForURL(/backend\/[^/]+\/index\.html$/, { timeout: 5_000 });
    expect(await index.page.locator('h1').textContent()).toBe('Senior Backend Engineer');
    expect(index.left).toEqual([]);
    expect(index.errors).toEqual([]);
    await index.page.close();
  }, 60_000);

  it('works from a static host under a sub-path: search from the address, relative links, nothing fetched elsewhere', async () => {
    const origin = new URL(hosted).origin;
    const opened = await visit(`${hosted}index.html?q=incident`, (request) => request.startsWith(`${hosted}`));
    await opened.page.locator('#site-search-results li a', { hasText: 'Senior Backend Engineer' }).waitFor({ timeout: 5_000 });
    await opened.page.locator('li.family h2 a', { hasText: /./ }).first().click();
    await opened.page.waitForURL(`${hosted}backend/index.html`, { timeout: 5_000 });
    const roleLink = opened.page.locator('h3[id$="-title"] a').first();
    await roleLink.click();
    await opened.page.waitForURL(new RegExp(`^${hosted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}backend/[^/]+/index\\.html$`), { timeout: 5_000 });
    expect(opened.left.filter((request) => !request.startsWith(origin) || !request.startsWith(hosted))).toEqual([]);
    expect(opened.errors).toEqual([]);
    await opened.page.close();
  }, 60_000);
});
