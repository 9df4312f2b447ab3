import type { WordChange } from '../compare/pair-bullets.ts';
import type { Framework } from '../model/types.ts';
import { escapeHtml } from '../render/escape.ts';
import type { FrameworkChange, FrameworkDiff, VersionLabel } from './framework-diff.ts';

/** Changes of one role (or, with no role, of the framework as a whole), in report order. */
export interface ChangeGroup {
  trackId?: string;
  trackName?: string;
  roleId?: string;
  roleTitle?: string;
  levelId?: string;
  changes: FrameworkChange[];
}

/** The names a reader knows things by, looked up in the new version first, then the old one. */
interface Names {
  track(id: string): string;
  role(id: string): { title: string; levelId: string; trackId: string } | undefined;
  dimension(id: string): string;
}

function names(oldFw: Framework, newFw: Framework): Names {
  return {
    track: (id) => newFw.index.tracks.get(id)?.name ?? oldFw.index.tracks.get(id)?.name ?? id,
    role: (id) => newFw.index.roles.get(id) ?? oldFw.index.roles.get(id),
    dimension: (id) => newFw.index.dimensions.get(id)?.name ?? oldFw.index.dimensions.get(id)?.name ?? id,
  };
}

/**
 * Groups the changes for a changelog: framework-wide changes first, then one group per role,
 * tracks in the new version's order (removed tracks last), roles in the order they changed.
 */
export function groupChanges(diff: FrameworkDiff, oldFw: Framework, newFw: Framework): ChangeGroup[] {
  const n = names(oldFw, newFw);
  const framework: ChangeGroup = { changes: [] };
  const byRole = new Map<string, ChangeGroup>();
  for (const change of diff.changes) {
    if (change.role === undefined) {
      framework.changes.push(change);
      continue;
    }
    let group = byRole.get(change.role);
    if (!group) {
      const role = n.role(change.role);
      const trackId = change.track ?? role?.trackId;
      group = {
        ...(trackId === undefined ? {} : { trackId, trackName: n.track(trackId) }),
        roleId: change.role,
        roleTitle: role?.title ?? change.role,
        ...(role ? { levelId: role.levelId } : {}),
        changes: [],
      };
      byRole.set(change.role, group);
    }
    group.changes.push(change);
  }
  const trackOrder = new Map<string, number>();
  for (const track of [...newFw.tracks, ...oldFw.tracks]) if (!trackOrder.has(track.id)) trackOrder.set(track.id, trackOrder.size);
  const roles = [...byRole.values()].sort(
    (a, b) => (trackOrder.get(a.trackId ?? '') ?? Infinity) - (trackOrder.get(b.trackId ?? '') ?? Infinity),
  );
  return framework.changes.length > 0 ? [framework, ...roles] : roles;
}

function versionText(v: VersionLabel): string {
  return v.version ?? 'unversioned';
}

/** The title of a changelog: the framework's name and both version numbers. */
export function diffTitle(diff: FrameworkDiff): string {
  return `${diff.to.name}: changes from ${versionText(diff.from)} to ${versionText(diff.to)}`;
}

const kindLabels: Record<FrameworkChange['kind'], string> = {
  'dimension-added': 'Dimension added',
  'dimension-removed': 'Dimension removed',
  'dimension-renamed': 'Dimension renamed',
  'level-added': 'Level added',
  'level-removed': 'Level removed',
  'band-changed': 'Pay band changed',
  'track-added': 'Track added',
  'track-removed': 'Track removed',
  'role-added': 'Role added',
  'role-removed': 'Role removed',
  'role-retitled': 'Retitled',
  'role-moved': 'Moved',
  'role-renamed': 'Id changed',
  'twin-changed': 'Twin changed',
  'expectation-added': 'Added',
  'expectation-removed': 'Removed',
  'expectation-reworded': 'Reworded',
  'expectation-moved': 'Moved',
  'proficiency-changed': 'Proficiency changed',
  'move-added': 'Move added',
  'move-removed': 'Move removed',
  'mapping-changed': 'Level mapping changed',
  'years-changed': 'Typical years changed',
  'scope-changed': 'Scope changed',
  'summary-changed': 'Summary changed',
};

/** The short label for a kind of change, as the changelogs print it. */
export function changeLabel(change: FrameworkChange): string {
  const base = kindLabels[change.kind];
  return change.guess ? `${base} (guessed from the same title and level)` : base;
}

/** What a change's subject is, for framework-wide lines and dimension-scoped bullets. */
function subject(change: FrameworkChange, n: Names): string {
  if (change.dimension !== undefined && change.kind.startsWith('dimension-')) return change.dimension;
  if (change.previousDimension !== undefined && change.dimension !== undefined) return `${n.dimension(change.previousDimension)} → ${n.dimension(change.dimension)}`;
  if (change.dimension !== undefined) return n.dimension(change.dimension);
  if (change.track !== undefined && change.kind.startsWith('track-')) return change.track;
  if (change.level !== undefined && change.role === undefined) return change.level;
  return '';
}

/** "before → after", or one side alone when the other does not exist. */
function sides(change: FrameworkChange, show: (text: string) => string, arrow = ' → '): string {
  if (change.kind === 'expectation-moved') return show(change.after ?? '');
  if (change.before !== undefined && change.after !== undefined) return `${show(change.before)}${arrow}${show(change.after)}`;
  if (change.after !== undefined) return show(change.after);
  if (change.before !== undefined) return show(change.before);
  return '';
}

export interface TextStyle {
  /** Applied to every piece of text from the files before it is styled (a terminal escapes controls). */
  literal(text: string): string;
  heading(text: string): string;
  added(text: string): string;
  removed(text: string): string;
  dim(text: string): string;
}

export const plainStyle: TextStyle = { literal: (t) => t, heading: (t) => t, added: (t) => t, removed: (t) => t, dim: (t) => t };

function wordsText(words: readonly WordChange[], style: TextStyle): string {
  return words
    .map((w) => {
      const text = style.literal(w.text);
      return w.kind === 'added' ? style.added(`{+${text}+}`) : w.kind === 'removed' ? style.removed(`[-${text}-]`) : text;
    })
    .join('');
}

/** The terminal report: one heading per group, one line per change. */
export function renderDiffText(diff: FrameworkDiff, oldFw: Framework, newFw: Framework, style: TextStyle = plainStyle): string {
  const n = names(oldFw, newFw);
  const t = style.literal;
  const count = diff.changes.length;
  const lines = [style.heading(t(diffTitle(diff))), `${count === 0 ? 'No changes' : `${count} change${count === 1 ? '' : 's'}`}; suggested version bump: ${diff.semver}.`];
  for (const group of groupChanges(diff, oldFw, newFw)) {
    const heading = group.roleId === undefined ? 'Framework' : `${group.trackName ?? group.trackId} / ${group.roleTitle} (${group.roleId}${group.levelId ? `, ${group.levelId}` : ''})`;
    lines.push('', style.heading(t(heading)));
    for (const change of group.changes) {
      const about = subject(change, n);
      const detail =
        change.kind === 'expectation-reworded' && change.words
          ? wordsText(change.words, style)
          : change.kind === 'expectation-added'
            ? style.added(sides(change, t))
            : change.kind === 'expectation-removed'
              ? style.removed(sides(change, t))
              : sides(change, t);
      lines.push(`  ${changeLabel(change)}${about ? ` ${style.dim(`[${t(about)}]`)}` : ''}: ${detail}`);
    }
  }
  return lines.join('\n') + '\n';
}

/**
 * Text shown literally in Markdown: the characters a renderer could read as emphasis, code, a
 * link or raw HTML are escaped (the text never starts a line, so block markers cannot apply).
 */
function literalMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]~|])/g, '\\$1');
}

/**
 * A word diff for Markdown. Emphasis markers do not work inside words (`**well-**tested`), so
 * the runs are `<ins>` and `<del>`, which GitHub, GitLab and most wikis show.
 */
function wordsMarkdown(words: readonly WordChange[]): string {
  return words
    .map((w) => {
      const text = w.text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]~|])/g, '\\$1');
      return w.kind === 'added' ? `<ins>${text}</ins>` : w.kind === 'removed' ? `<del>${text}</del>` : text;
    })
    .join('');
}

function whoIsAffected(group: ChangeGroup): string {
  const where = group.levelId ? ` at ${group.levelId}` : '';
  return `Who is affected: people who hold ${group.roleTitle}${where}, people working towards it, and their managers.`;
}

/**
 * A changelog to publish: grouped by track and role, a "who is affected" line per role, the
 * versions in the title. User text is quoted literally (it cannot add links or markup).
 */
export function renderDiffMarkdown(diff: FrameworkDiff, oldFw: Framework, newFw: Framework): string {
  const n = names(oldFw, newFw);
  const out = [`# ${literalMarkdown(diffTitle(diff))}`, '', diff.changes.length === 0 ? 'Nothing changed between these versions.' : `${diff.changes.length} changes. Suggested version bump: **${diff.semver}**.`];
  let currentTrack: string | undefined;
  for (const group of groupChanges(diff, oldFw, newFw)) {
    if (group.roleId === undefined) {
      out.push('', '## Across the framework', '');
    } else {
      if (group.trackId !== currentTrack) {
        currentTrack = group.trackId;
        out.push('', `## ${literalMarkdown(group.trackName ?? group.trackId ?? 'Roles')}`);
      }
      out.push('', `### ${literalMarkdown(group.roleTitle ?? group.roleId)} (\`${group.roleId}\`${group.levelId ? `, ${literalMarkdown(group.levelId)}` : ''})`, '', `*${literalMarkdown(whoIsAffected(group))}*`, '');
    }
    for (const change of group.changes) {
      const about = subject(change, n);
      const detail = change.kind === 'expectation-reworded' && change.words ? wordsMarkdown(change.words) : sides(change, literalMarkdown);
      out.push(`- **${changeLabel(change)}**${about ? ` (${literalMarkdown(about)})` : ''}: ${detail}`);
    }
  }
  return out.join('\n') + '\n';
}

/** The diff page's CSS, for pages that embed a diff body. */
export const diffStyles = `
:root{--ink:#16202b;--muted:#4a5563;--rule:#d9dee5;--wash:#f6f7f9;--new:#1f6b3f;--new-wash:#e8f5ec;--gone:#9b1c1c;--gone-wash:#fdecec}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Color Emoji",sans-serif}
.page{max-width:900px;margin:0 auto;padding:48px 40px 80px}
h1{font-size:30px;line-height:1.2;margin:0 0 8px;letter-spacing:-0.02em}
h2{font-size:22px;margin:32px 0 4px;border-bottom:2px solid var(--ink);padding-bottom:4px;break-after:avoid}
h3{font-size:17px;margin:20px 0 2px;break-after:avoid}
h3 code{font-size:0.8em;color:var(--muted)}
.lede,.affected{color:var(--muted)}
.affected{margin:0 0 6px;font-size:14px}
.semver{display:inline-block;border:1px solid var(--rule);border-radius:999px;padding:0 10px;font-weight:600}
ul{margin:0;padding-left:20px}
li{margin:3px 0;break-inside:avoid;overflow-wrap:anywhere}
.kind{font-weight:600}
ins{background:var(--new-wash);color:var(--new);text-decoration:none;border-radius:3px}
del{background:var(--gone-wash);color:var(--gone);border-radius:3px}
section{break-inside:auto}
@page{margin:18mm 16mm}
@media print{.page{padding:0;max-width:none}}
`;

/**
 * The changelog's body as HTML: a heading per track and per role (at the levels given, so the
 * rubric can nest it under its own section), one list item per change.
 */
export function renderDiffBody(diff: FrameworkDiff, oldFw: Framework, newFw: Framework, headings: { track: 'h2' | 'h3'; role: 'h3' | 'h4' } = { track: 'h2', role: 'h3' }): string {
  const n = names(oldFw, newFw);
  const e = escapeHtml;
  const parts: string[] = [];
  let currentTrack: string | undefined;
  for (const group of groupChanges(diff, oldFw, newFw)) {
    if (group.roleId === undefined) parts.push(`<${headings.track}>Across the framework</${headings.track}>`);
    else {
      if (group.trackId !== currentTrack) {
        currentTrack = group.trackId;
        parts.push(`<${headings.track}>${e(group.trackName ?? group.trackId ?? 'Roles')}</${headings.track}>`);
      }
      const link = newFw.index.roles.has(group.roleId) ? `<a href="#role-${e(group.roleId)}">${e(group.roleTitle ?? group.roleId)}</a>` : e(group.roleTitle ?? group.roleId);
      parts.push(`<${headings.role}>${link} <code>${e(group.roleId)}${group.levelId ? `, ${e(group.levelId)}` : ''}</code></${headings.role}>`, `<p class="affected">${e(whoIsAffected(group))}</p>`);
    }
    const items = group.changes.map((change) => {
      const about = subject(change, n);
      const detail =
        change.kind === 'expectation-reworded' && change.words
          ? change.words.map((w) => (w.kind === 'added' ? `<ins>${e(w.text)}</ins>` : w.kind === 'removed' ? `<del>${e(w.text)}</del>` : e(w.text))).join('')
          : change.kind === 'expectation-added'
            ? `<ins>${e(change.after ?? '')}</ins>`
            : change.kind === 'expectation-removed'
              ? `<del>${e(change.before ?? '')}</del>`
              : sides(change, e);
      // A change to a role that still exists names it and its text, so the studio can jump there.
      const target = change.role !== undefined && newFw.index.roles.has(change.role) ? ` data-role-id="${e(change.role)}" data-bullet="${e(change.after ?? '')}"` : '';
      return `<li data-kind="${e(change.kind)}"${target}><span class="kind">${e(changeLabel(change))}</span>${about ? ` (${e(about)})` : ''}: ${detail}</li>`;
    });
    parts.push(`<ul>\n${items.join('\n')}\n</ul>`);
  }
  return parts.join('\n');
}

/** One sentence on how much changed and the suggested version bump. */
export function diffSummaryHtml(diff: FrameworkDiff): string {
  return diff.changes.length === 0 ? 'Nothing changed between these versions.' : `${diff.changes.length} changes. Suggested version bump: <span class="semver">${escapeHtml(diff.semver)}</span>`;
}

/** The changelog as a standalone, printable HTML page, styled like the rubric. */
export function renderDiffHtml(diff: FrameworkDiff, oldFw: Framework, newFw: Framework): string {
  const e = escapeHtml;
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Rungs">\n' +
    `<title>${e(diffTitle(diff))}</title>\n<style>${diffStyles}</style>\n</head>\n<body>\n<div class="page">\n` +
    `<h1>${e(diffTitle(diff))}</h1>\n<p class="lede">${diffSummaryHtml(diff)}</p>\n${renderDiffBody(diff, oldFw, newFw)}\n</div>\n</body>\n</html>\n`
  );
}

/** The JSON form documented in README; tests and scripts rely on its shape. */
export function renderDiffJson(diff: FrameworkDiff): string {
  return JSON.stringify(diff, null, 2) + '\n';
}
