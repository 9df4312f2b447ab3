import { escapeHtml } from '../render/escape.ts';
import type { WordChange } from './pair-bullets.ts';
import type { ComparedRole, RoleComparison } from './compare-roles.ts';

const relationLabel: Record<RoleComparison['relation'], string> = {
  promotion: 'a step up',
  'step-down': 'a step down',
  'same-level': 'a move at the same level',
  twin: 'a switch to the twin role on another track',
};

function roleLine(role: ComparedRole): string {
  return `${role.title} (${role.id}, ${role.trackName}, ${role.levelName ? `${role.level} ${role.levelName}` : role.level})`;
}

/** "What changes from Senior Engineer to Staff Engineer". */
export function comparisonTitle(c: RoleComparison): string {
  return `What changes from ${c.from.title} to ${c.to.title}`;
}

function counts(c: RoleComparison): string {
  const sum = (pick: (d: RoleComparison['dimensions'][number]) => number) => c.dimensions.reduce((n, d) => n + pick(d), 0);
  return `${sum((d) => d.added.length)} added, ${sum((d) => d.changed.length)} changed, ${sum((d) => d.kept.length)} kept, ${sum((d) => d.dropped.length)} dropped`;
}

export interface CompareTextStyle {
  literal(text: string): string;
  heading(text: string): string;
  added(text: string): string;
  removed(text: string): string;
}

export const plainCompareStyle: CompareTextStyle = { literal: (t) => t, heading: (t) => t, added: (t) => t, removed: (t) => t };

function wordsText(words: readonly WordChange[], style: CompareTextStyle): string {
  return words
    .map((w) => {
      const text = style.literal(w.text);
      return w.kind === 'added' ? style.added(`{+${text}+}`) : w.kind === 'removed' ? style.removed(`[-${text}-]`) : text;
    })
    .join('');
}

/** The terminal report: `+` added, `~` changed (word diff), `=` kept, `-` dropped, per dimension. */
export function renderComparisonText(c: RoleComparison, style: CompareTextStyle = plainCompareStyle): string {
  const t = style.literal;
  const lines = [
    style.heading(t(comparisonTitle(c))),
    `From ${t(roleLine(c.from))}`,
    `To   ${t(roleLine(c.to))}: ${relationLabel[c.relation]}. ${counts(c)}.`,
  ];
  for (const f of c.fields) lines.push(`  ${f.field}: ${t(f.from ?? '(none)')} → ${t(f.to ?? '(none)')}`);
  for (const m of c.moves) lines.push(`  move: ${m.kind} ${t(m.from)} → ${t(m.to)}${m.note ? ` (${t(m.note)})` : ''}`);
  for (const d of c.dimensions) {
    lines.push('', style.heading(t(d.name)));
    if (d.added.length + d.changed.length + d.kept.length + d.dropped.length === 0) lines.push('  (no expectations in either role)');
    for (const b of d.added) lines.push(style.added(`  + ${t(b)}`));
    for (const b of d.changed) lines.push(`  ~ ${wordsText(b.words, style)}`);
    for (const b of d.kept) lines.push(`  = ${t(b)}`);
    for (const b of d.dropped) lines.push(style.removed(`  - ${t(b)}`));
  }
  return lines.join('\n') + '\n';
}

/** Escapes what Markdown could read as emphasis, code, a link, a table cell or raw HTML. */
function markdownEscape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]~|#])/g, '\\$1');
}

function markdownLiteral(text: string): string {
  return markdownEscape(text).trim();
}

/** Emphasis does not work inside words, so word runs are `<ins>`/`<del>`, which wikis show. */
function wordsMarkdown(words: readonly WordChange[]): string {
  return words
    .map((w) => (w.kind === 'added' ? `<ins>${markdownEscape(w.text)}</ins>` : w.kind === 'removed' ? `<del>${markdownEscape(w.text)}</del>` : markdownEscape(w.text)))
    .join('')
    .trim();
}

/** A Markdown page for a wiki or a promotion document. Bullets are quoted literally. */
export function renderComparisonMarkdown(c: RoleComparison): string {
  const out = [`# ${markdownLiteral(comparisonTitle(c))}`, '', `From **${markdownLiteral(roleLine(c.from))}** to **${markdownLiteral(roleLine(c.to))}**: ${relationLabel[c.relation]}. ${counts(c)}.`];
  if (c.fields.length > 0 || c.moves.length > 0) {
    out.push('', '| | From | To |', '|---|---|---|');
    for (const f of c.fields) out.push(`| ${f.field} | ${markdownLiteral(f.from ?? '—')} | ${markdownLiteral(f.to ?? '—')} |`);
    for (const m of c.moves) out.push(`| move | ${markdownLiteral(`${m.kind}: ${m.from} → ${m.to}`)} | ${markdownLiteral(m.note ?? '')} |`);
  }
  for (const d of c.dimensions) {
    out.push('', `## ${markdownLiteral(d.name)}`, '');
    const items = [
      ...d.added.map((b) => `- **New:** ${markdownLiteral(b)}`),
      ...d.changed.map((b) => `- **Grows:** ${wordsMarkdown(b.words)}`),
      ...d.kept.map((b) => `- Same: ${markdownLiteral(b)}`),
      ...d.dropped.map((b) => `- **No longer listed:** <del>${markdownLiteral(b)}</del>`),
    ];
    out.push(...(items.length > 0 ? items : ['No expectations in either role.']));
  }
  return out.join('\n') + '\n';
}

const styles = `
:root{--ink:#16202b;--muted:#4a5563;--rule:#d9dee5;--wash:#f6f7f9;--new:#1f6b3f;--new-wash:#e8f5ec;--gone:#9b1c1c;--gone-wash:#fdecec;--changed:#8a5a00;--changed-wash:#fdf4e0}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Color Emoji",sans-serif}
.page{max-width:1040px;margin:0 auto;padding:48px 40px 80px}
h1{font-size:30px;line-height:1.2;margin:0 0 8px;letter-spacing:-0.02em}
h2{font-size:19px;margin:28px 0 8px;break-after:avoid}
.lede{color:var(--muted);margin:0 0 12px}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{border-top:1px solid var(--rule);padding:6px 10px;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{font-size:12px;text-transform:uppercase;letter-spacing:0.06em;color:var(--muted);border-top:0}
thead{display:table-header-group}
tr{break-inside:avoid}
td.status{width:8.5em;white-space:nowrap;font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:0.04em;color:var(--muted)}
th.status{width:8.5em}
tr.added td.status{color:var(--new)}tr.changed td.status{color:var(--changed)}tr.dropped td.status{color:var(--gone)}
ins{background:var(--new-wash);color:var(--new);text-decoration:none;border-radius:3px}
del{background:var(--gone-wash);color:var(--gone);border-radius:3px}
.empty{color:var(--muted);font-style:italic}
.facts th{width:8.5em;color:var(--muted);font-weight:600}
@page{margin:16mm 14mm}
@media print{.page{padding:0;max-width:none}}
`;

function wordsHtml(words: readonly WordChange[], side: 'from' | 'to'): string {
  return words
    .filter((w) => w.kind === 'same' || (side === 'to' ? w.kind === 'added' : w.kind === 'removed'))
    .map((w) => (w.kind === 'added' ? `<ins>${escapeHtml(w.text)}</ins>` : w.kind === 'removed' ? `<del>${escapeHtml(w.text)}</del>` : escapeHtml(w.text)))
    .join('');
}

/**
 * A printable page: a row per bullet with the first role on the left and the second on the
 * right, so a reader sees what is new, what grows and what is left behind.
 */
export function renderComparisonHtml(c: RoleComparison): string {
  const e = escapeHtml;
  // Each cell names the role and bullet it shows, so the studio can jump to the line it comes from.
  const cell = (roleId: string, text: string, html: string) => `<td data-role-id="${e(roleId)}" data-bullet="${e(text)}">${html}</td>`;
  const sections = c.dimensions.map((d) => {
    const rows = [
      ...d.added.map((b) => `<tr class="added"><td class="status">New</td><td></td>${cell(c.to.id, b, e(b))}</tr>`),
      ...d.changed.map((b) => `<tr class="changed"><td class="status">Grows</td>${cell(c.from.id, b.from, wordsHtml(b.words, 'from'))}${cell(c.to.id, b.to, wordsHtml(b.words, 'to'))}</tr>`),
      ...d.kept.map((b) => `<tr class="kept"><td class="status">Same</td>${cell(c.from.id, b, e(b))}${cell(c.to.id, b, e(b))}</tr>`),
      ...d.dropped.map((b) => `<tr class="dropped"><td class="status">Not listed</td>${cell(c.from.id, b, e(b))}<td></td></tr>`),
    ];
    const body = rows.length > 0 ? rows.join('\n') : '<tr><td></td><td colspan="2" class="empty">No expectations in either role.</td></tr>';
    return `<section data-dimension="${e(d.id)}"><h2>${e(d.name)}</h2>\n<table><thead><tr><th class="status"></th><th>${e(c.from.title)}</th><th>${e(c.to.title)}</th></tr></thead>\n<tbody>\n${body}\n</tbody></table></section>`;
  });
  const facts = [
    ...c.fields.map((f) => `<tr><th>${e(f.field)}</th><td>${e(f.from ?? '—')}</td><td>${e(f.to ?? '—')}</td></tr>`),
    ...c.moves.map((m) => `<tr><th>move</th><td colspan="2">${e(`${m.kind}: ${m.from} → ${m.to}`)}${m.note ? ` — ${e(m.note)}` : ''}</td></tr>`),
  ];
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Rungs">\n' +
    `<title>${e(comparisonTitle(c))}</title>\n<style>${styles}</style>\n</head>\n<body>\n<div class="page">\n` +
    `<h1>${e(comparisonTitle(c))}</h1>\n<p class="lede">From ${e(roleLine(c.from))} to ${e(roleLine(c.to))}: ${e(relationLabel[c.relation])}. ${e(counts(c))}.</p>\n` +
    (facts.length > 0 ? `<table class="facts"><thead><tr><th class="status"></th><th>${e(c.from.title)}</th><th>${e(c.to.title)}</th></tr></thead><tbody>\n${facts.join('\n')}\n</tbody></table>\n` : '') +
    `${sections.join('\n')}\n</div>\n</body>\n</html>\n`
  );
}

/** The JSON documented in README: `{ from, to, relation, dimensions: [{ id, name, added, kept, changed, dropped }], fields, moves }`. */
export function renderComparisonJson(c: RoleComparison): string {
  return JSON.stringify(c, null, 2) + '\n';
}
