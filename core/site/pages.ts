import type { FrameworkDiff } from '../diff/framework-diff.ts';
import { diffStyles, diffSummaryHtml, renderDiffBody } from '../diff/render-diff.ts';
import type { Framework, Role, Track } from '../model/types.ts';
import { renderCareerMap } from '../render/career-map.ts';
import { escapeHtml as e } from '../render/escape.ts';
import { levelLabel, trackKindLabel } from '../render/format.ts';
import { contentSecurityPolicy, renderHtml, renderRoleSection } from '../render/html.ts';
import { stylesheet } from '../render/styles.ts';
import { inlineHtml } from '../render/text.ts';
import { toRoot } from './paths.ts';
import { siteStyles } from './site-styles.ts';

/** One framework of the site, with where its pages go. */
export interface SiteFamily {
  /** The file it was read from, as the command was given it. */
  file: string;
  framework: Framework;
  slug: string;
  /** Role id → the role's folder inside the family's. */
  roles: Map<string, string>;
  /** With `--since`: what changed since that revision, or 'new' when the file did not exist then. */
  changes?: { previous: Framework; diff: FrameworkDiff } | 'new';
}

/** A link in the bar at the top of every page; the last one is the page itself. */
interface Crumb {
  label: string;
  href?: string;
}

/** Pages with the search may run the site's own scripts, and nothing else; the rest run none. */
const searchPolicy = contentSecurityPolicy.replace("default-src 'none';", "default-src 'none'; script-src 'self';");

function nav(crumbs: readonly Crumb[]): string {
  const items = crumbs.map((c) => (c.href === undefined ? `<span class="here" aria-current="page">${e(c.label)}</span>` : `<a href="${e(c.href)}">${e(c.label)}</a>`));
  if (crumbs.length < 2) return '';
  return `<nav class="site-nav" aria-label="Site">${items.join('<span class="sep" aria-hidden="true">/</span>')}</nav>`;
}

function shell(options: { title: string; crumbs: readonly Crumb[]; body: string; css?: string; scripts?: readonly string[]; className?: string }): string {
  const css = options.css ?? `${stylesheet({ paper: 'a4', marginBoxes: false, runningHeader: options.title })}\n${siteStyles}`;
  const scripts = (options.scripts ?? []).map((src) => `<script src="${e(src)}" defer></script>\n`).join('');
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${scripts ? searchPolicy : contentSecurityPolicy}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Rungs">\n' +
    `<title>${e(options.title)}</title>\n<style>\n${css}\n</style>\n${scripts}</head>\n<body>\n` +
    `<div class="page${options.className ? ` ${options.className}` : ''}">\n${nav(options.crumbs)}\n${options.body}\n</div>\n</body>\n</html>\n`
  );
}

/** The site's title: the organisation when every family names the same one. */
export function siteTitle(families: readonly SiteFamily[]): string {
  const organisations = new Set(families.map((f) => f.framework.organization?.trim() ?? ''));
  const [only] = [...organisations];
  return organisations.size === 1 && only ? `${only} career frameworks` : 'Career frameworks';
}

/**
 * Ids made unique to one family (several maps share the index page) and role links pointed at
 * the role pages. The SVG is our own output with every user text escaped, so attributes are
 * the only places these patterns occur.
 */
function thumbnail(family: SiteFamily): string {
  const prefix = `${family.slug}-`;
  return renderCareerMap(family.framework)
    .replace(/href="#role-([^"]*)"/g, (_m, id: string) => `href="${roleHref(family, unescapeId(id), 0)}"`)
    .replace(/\bid="([^"]*)"/g, (_m, id: string) => `id="${prefix}${id}"`)
    .replace(/url\(#([^)]*)\)/g, (_m, id: string) => `url(#${prefix}${id})`)
    .replace(/aria-labelledby="([^"]*)"/g, (_m, id: string) => `aria-labelledby="${prefix}${id}"`);
}

function unescapeId(id: string): string {
  return id.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** A role page's address from a page `depth` folders below the root; unknown roles go to the family page. */
function roleHref(family: SiteFamily, roleId: string, depth: number): string {
  const slug = family.roles.get(roleId);
  return slug === undefined ? `${toRoot(depth)}${family.slug}/index.html` : `${toRoot(depth)}${family.slug}/${slug}/index.html`;
}

function roleCount(track: Track): string {
  return `${track.roles.length} ${track.roles.length === 1 ? 'role' : 'roles'}`;
}

function familyCard(family: SiteFamily, since?: string): string {
  const f = family.framework;
  const version = f.version ? ` <span class="version">${e(f.version)}</span>` : '';
  const description = f.description ? `<div class="lede">${inlineHtml(f.description.split(/\n\s*\n/)[0] ?? '')}</div>` : '';
  const tracks = f.tracks.map((t) => `<li>${e(t.name)} <span class="empty">· ${e(trackKindLabel[t.kind] ?? 'Track')}, ${roleCount(t)}</span></li>`).join('');
  const changed = since !== undefined && family.changes !== undefined ? `<a href="changes/index.html#${e(family.slug)}">${family.changes === 'new' ? `New since ${e(since)}` : `${family.changes.diff.changes.length} changes since ${e(since)}`}</a>` : '';
  return (
    `<li class="family"><h2><a href="${e(family.slug)}/index.html">${e(f.name)}</a>${version}</h2>` +
    `<span class="source">${e(family.file)}</span>${description}<ul class="tracks">${tracks}</ul>${changed}` +
    `<a class="map-thumb" href="${e(family.slug)}/index.html#career-map" aria-label="Career map of ${e(f.name)}">${thumbnail(family)}</a></li>`
  );
}

/** The front page: a search over every role, then one card per job family. */
export function indexPage(families: readonly SiteFamily[], since?: string): string {
  const title = siteTitle(families);
  const roles = families.reduce((n, f) => n + f.roles.size, 0);
  const changes = since !== undefined ? `<p><a href="changes/index.html">What changed since ${e(since)}</a></p>` : '';
  const body =
    `<header class="title-block"><h1>${e(title)}</h1><p class="meta">${families.length} ${families.length === 1 ? 'job family' : 'job families'}, ${roles} ${roles === 1 ? 'role' : 'roles'}</p>${changes}</header>\n` +
    '<form class="site-search" id="site-search" role="search" hidden><label for="site-search-input">Search roles</label>' +
    '<input id="site-search-input" type="search" autocomplete="off" spellcheck="false" placeholder="A title, a skill, a word from an expectation">' +
    '<p class="hint">Press / to search from anywhere on this page. Searching happens on this page: nothing is sent anywhere.</p>' +
    '<p class="search-status" id="site-search-status" role="status" aria-live="polite"></p><ol class="search-results" id="site-search-results"></ol></form>\n' +
    '<noscript><p class="section-intro">Search needs JavaScript; every job family is listed below.</p></noscript>\n' +
    `<main><ul class="families">${families.map((f) => familyCard(f, since)).join('\n')}</ul></main>`;
  return shell({ title, crumbs: [{ label: title }], body, scripts: ['assets/minisearch.js', 'assets/search-index.js', 'assets/search.js'] });
}

/** A family's rubric, as `rungs export` writes it, with the site's bar on top and each role's title linking to its page. */
export function familyPage(family: SiteFamily, title: string): string {
  const rubric = renderHtml(family.framework, { marginBoxes: false });
  const bar = `${nav([{ label: title, href: '../index.html' }, { label: family.framework.name }])}\n<style>\n${siteStyles}\n</style>`;
  return rubric
    .replace('<div class="page">\n', () => `<div class="page">\n${bar}\n`)
    .replace(/<h3 id="role-([^"]*)-title">([^<]*)<\/h3>/g, (_m, id: string, text: string) => `<h3 id="role-${id}-title"><a href="${e(family.roles.get(unescapeId(id)) ?? '')}/index.html" title="This role's own page">${text}</a></h3>`);
}

function neighbour(family: SiteFamily, role: Role | undefined, label: string): string {
  return role ? `<span>${label}: <a href="${roleHref(family, role.id, 2)}">${e(role.title)}</a></span>` : '';
}

/** One role's page: the section of the rubric, links to the roles around it, and back to the whole rubric. */
export function rolePage(family: SiteFamily, roleId: string, title: string): string {
  const f = family.framework;
  const role = f.index.roles.get(roleId);
  const track = role && f.index.tracks.get(role.trackId);
  const section = role && track ? renderRoleSection(f, roleId) : undefined;
  if (!role || !track || section === undefined) throw new Error(`No role ${roleId} in ${family.file}`);
  const ladder = [...track.roles].sort((a, b) => a.levelRank - b.levelRank);
  const at = ladder.indexOf(role);
  // On its own page the role's title is the page's heading.
  const headed = section.replace(/<h3 id="(role-[^"]*-title)">([\s\S]*?)<\/h3>/, (_m, id: string, text: string) => `<h1 class="role-heading" id="${id}">${text}</h1>`);
  const body =
    headed.replace(/href="#role-([^"]*)"/g, (_m, id: string) => `href="${roleHref(family, unescapeId(id), 2)}"`) +
    `<p class="neighbours">${neighbour(family, ladder[at - 1], 'Level below')}${neighbour(family, ladder[at + 1], 'Level above')}` +
    `<span><a href="../index.html#role-${e(role.id)}">${e(role.title)} in the whole rubric</a></span></p>`;
  return shell({
    title: `${role.title} (${levelLabel(f.index.levels.get(role.levelId), role.levelId)}) · ${f.name}`,
    crumbs: [{ label: title, href: '../../index.html' }, { label: f.name, href: `../index.html#track-${track.id}` }, { label: role.title }],
    body: `<main>${body}</main>`,
    className: 'role-page',
  });
}

/** Every family's changes since the revision, one section each, on one page. */
export function changesPage(families: readonly SiteFamily[], since: string, title: string): string {
  const sections = families.map((family) => {
    const f = family.framework;
    const head = `<h2><a href="../${e(family.slug)}/index.html">${e(f.name)}</a></h2>`;
    if (family.changes === undefined) return '';
    if (family.changes === 'new') return `<section class="changes-family" id="${e(family.slug)}">${head}<p class="lede">New since ${e(since)}.</p></section>`;
    const { previous, diff } = family.changes;
    const body = diff.changes.length === 0 ? '' : renderDiffBody(diff, previous, f, { track: 'h3', role: 'h4' });
    return `<section class="changes-family" id="${e(family.slug)}">${head}<p class="lede">${diffSummaryHtml(diff)}</p>${body}</section>`;
  });
  const heading = `Changes since ${since}`;
  return shell({
    title: `${heading} · ${title}`,
    crumbs: [{ label: title, href: '../index.html' }, { label: heading }],
    body: `<h1>${e(heading)}</h1>\n<main>${sections.join('\n')}</main>`,
    css: `${diffStyles}\n${siteStyles.replace(/var\(--faint\)/g, 'var(--muted)')}`,
  });
}
