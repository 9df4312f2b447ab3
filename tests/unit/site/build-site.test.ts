/**
 * buildSite on its own: where pages live, that hostile text stays text in pages and in the search
 * index, and that every role gets a page with links that stay inside the site.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFramework, type Framework } from '../../../core/index.ts';
import { buildSite, type SiteFile } from '../../../core/site/index.ts';
import { frameworkSlugs, roleSlugs } from '../../../core/site/paths.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const load = (file: string): Framework => checkFramework(readFileSync(path.join(root, file), 'utf8')).framework;
const dual = load('tests/fixtures/valid/dual-track.yaml');

function site(frameworks: { file: string; framework: Framework }[]): Map<string, string> {
  const files: SiteFile[] = buildSite({ frameworks, minisearchScript: '/* minisearch */' });
  return new Map(files.map((f) => [f.path, f.content]));
}

/** The search data the page reads, parsed back as the browser would. */
function searchData(files: Map<string, string>): { index: { documentIds: Record<string, string>; storedFields: Record<string, { title: string }> } } {
  const script = files.get('assets/search-index.js')!;
  const json = script.replace(/^window\.RUNGS_SEARCH = /, '').replace(/;\n$/, '');
  return JSON.parse(json) as never;
}

describe('site paths', () => {
  it('names a family after its file and never lets two share a folder, nor take the site’s own', () => {
    expect(frameworkSlugs(['ladders/backend.rungs.yaml', 'other/Backend.yml', 'assets.yaml', 'changes.yaml', 'Data Science.yaml', '###.yaml'])).toEqual([
      'backend',
      'backend-2',
      'assets-2',
      'changes-2',
      'data-science',
      'framework',
    ]);
  });

  it('gives every role its own folder, case-insensitively distinct', () => {
    expect([...roleSlugs(['L1', 'l1', 'index.html', 'staff engineer']).values()]).toEqual(['l1', 'l1-2', 'index.html-2', 'staff-engineer']);
  });
});

describe('buildSite', () => {
  it('writes the index, a rubric per family, a page per role and the search assets', () => {
    const files = site([{ file: 'dual.yaml', framework: dual }]);
    const roles = dual.tracks.flatMap((t) => t.roles);
    for (const role of roles) expect(files.has(`dual/${role.id.toLowerCase()}/index.html`), role.id).toBe(true);
    expect([...files.keys()].filter((f) => f.endsWith('.html'))).toHaveLength(2 + roles.length);
    expect(files.has('changes/index.html')).toBe(false);
    expect(Object.keys(searchData(files).index.documentIds)).toHaveLength(roles.length);
  });

  it('links only inside the site, relative to each page, apart from the links the ladder itself names', () => {
    const files = site([{ file: 'dual.yaml', framework: dual }]);
    const authored = new Set(JSON.stringify(dual).match(/https?:\/\/[^"\\\s)]+/g) ?? []);
    for (const [file, html] of files) {
      if (!file.endsWith('.html')) continue;
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        if (authored.has(href!)) continue;
        expect(href, `${file}: ${href}`).not.toMatch(/^(\/|[a-z]+:)/i);
        if (href!.startsWith('#')) continue;
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), href!.replace(/#.*$/, '')));
        expect(files.has(target), `${file} → ${href}`).toBe(true);
      }
    }
  });

  it('keeps hostile titles and bullets as text, in pages and in the search script', () => {
    const hostile = readFileSync(path.join(root, 'tests/fixtures/valid/dual-track.yaml'), 'utf8')
      .replace(/name: Northwind[^\n]*/, 'name: "</script><img src=x onerror=alert(1)>"')
      .replace(/title: ([^\n]+)/, 'title: "$1 </script><script>alert(2)</script>\u2028"');
    const framework = checkFramework(hostile).framework;
    const files = site([{ file: 'evil.yaml', framework }]);
    for (const [file, content] of files) {
      if (file === 'assets/minisearch.js') continue;
      expect(content, file).not.toContain('<img src=x');
      expect(content, file).not.toContain('<script>alert(2)');
    }
    const script = files.get('assets/search-index.js')!;
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('\u2028');
    const titles = Object.values(searchData(files).index.storedFields).map((f) => f.title);
    expect(titles.some((t) => t.includes('</script><script>alert(2)</script>'))).toBe(true);
  });

  it('adds a changes page with every family when asked for a revision', () => {
    const files = buildSite({ frameworks: [{ file: 'dual.yaml', framework: dual, changes: 'new' }], since: 'v1', minisearchScript: '' });
    const changes = files.find((f) => f.path === 'changes/index.html')!.content;
    expect(changes).toContain('<h1>Changes since v1</h1>');
    expect(changes).toContain('New since v1.');
    expect(files.find((f) => f.path === 'index.html')!.content).toContain('href="changes/index.html"');
  });
});
