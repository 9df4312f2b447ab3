import type { FrameworkDiff } from '../diff/framework-diff.ts';
import type { Framework } from '../model/types.ts';
import { levelLabel } from '../render/format.ts';
import { changesPage, familyPage, indexPage, rolePage, siteTitle, type SiteFamily } from './pages.ts';
import { frameworkSlugs, roleSlugs } from './paths.ts';
import { buildSearchIndex, plainText, searchOptions, type SearchDocument } from './search-index.ts';
import { searchScript } from './search-script.ts';

export type { SiteFamily } from './pages.ts';
export { searchOptions, type SearchDocument } from './search-index.ts';

/** A checked framework to publish. */
export interface SiteSource {
  /** The file it was read from, as the command was given it. */
  file: string;
  framework: Framework;
  /** With `--since`: what changed since that revision, or 'new' when the file did not exist then. */
  changes?: { previous: Framework; diff: FrameworkDiff } | 'new';
}

export interface SiteInput {
  frameworks: readonly SiteSource[];
  /** The revision `--since` named, for the changelog page. */
  since?: string;
  /** MiniSearch's UMD build, which the page runs to search (read by the caller: core does no I/O). */
  minisearchScript: string;
}

/** One file of the site: a path relative to the output folder, with `/` separators. */
export interface SiteFile {
  path: string;
  content: string;
}

function searchDocuments(families: readonly SiteFamily[]): SearchDocument[] {
  return families.flatMap((family) =>
    family.framework.tracks.flatMap((track) =>
      track.roles.flatMap((role) => {
        const slug = family.roles.get(role.id);
        if (slug === undefined) return [];
        const lines = [role.summary, role.scope, ...role.expectations.flatMap((x) => x.bullets)].filter((t): t is string => typeof t === 'string' && t.trim() !== '');
        return [
          {
            id: `${family.slug}/${slug}`,
            url: `${family.slug}/${slug}/index.html`,
            title: role.title,
            family: family.framework.name,
            track: track.name,
            level: levelLabel(family.framework.index.levels.get(role.levelId), role.levelId),
            text: lines.map((line) => plainText(line).replace(/\s*\n\s*/g, ' ')).join('\n'),
          },
        ];
      }),
    ),
  );
}

/** `<script>` text that cannot end its own element, whatever the indexed text holds. */
function scriptSafeJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * A static site for an organisation's frameworks: `index.html` (search, and a card per job family
 * with its tracks and a small career map), `<framework>/index.html` (the rubric),
 * `<framework>/<role>/index.html` (one page per role, a permalink), `changes/index.html` with
 * `since`, and the search assets. Links are relative and nothing is fetched, so the folder works
 * from `file://` and under any path on any static host.
 */
export function buildSite(input: SiteInput): SiteFile[] {
  const slugs = frameworkSlugs(input.frameworks.map((f) => f.file));
  const families: SiteFamily[] = input.frameworks.map((source, i) => ({
    ...source,
    slug: slugs[i]!,
    roles: roleSlugs(source.framework.tracks.flatMap((t) => t.roles.map((r) => r.id)).filter((id, at, all) => all.indexOf(id) === at)),
  }));
  const title = siteTitle(families);
  const files: SiteFile[] = [{ path: 'index.html', content: indexPage(families, input.since) }];
  for (const family of families) {
    files.push({ path: `${family.slug}/index.html`, content: familyPage(family, title) });
    for (const [roleId, slug] of family.roles) files.push({ path: `${family.slug}/${slug}/index.html`, content: rolePage(family, roleId, title) });
  }
  if (input.since !== undefined) files.push({ path: 'changes/index.html', content: changesPage(families, input.since, title) });
  const { fields, storeFields, searchOptions: options } = searchOptions;
  const search = `{"index":${buildSearchIndex(searchDocuments(families))},"options":${JSON.stringify({ fields, storeFields, searchOptions: options })}}`;
  files.push(
    { path: 'assets/minisearch.js', content: input.minisearchScript },
    { path: 'assets/search-index.js', content: `window.RUNGS_SEARCH = ${scriptSafeJson(search)};\n` },
    { path: 'assets/search.js', content: searchScript },
  );
  return files;
}
