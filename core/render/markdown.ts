import markdownIt from 'markdown-it';
import { compareWithPrevious } from './changes.ts';
import { formatBand, levelLabel, moveKindLabel, trackKindLabel, yearsLabel } from './format.ts';
import type { RenderOptions } from './options.ts';
import { assessedDimensions, assessedOn, trackDimensionIds } from './dimensions.ts';
import { parityRows } from './parity.ts';
import { selectTracks } from './select.ts';
import { headingMark } from './text.ts';
import { twinsOf } from '../model/index.ts';
import type { Framework, Role } from '../model/index.ts';

const { unescapeAll } = markdownIt().utils;

/**
 * What a CommonMark renderer (GitHub, GitLab, Confluence, markdown-it…) makes of a link
 * destination before following it: backslash escapes and character references decoded, then the
 * control characters and whitespace a browser's URL parser ignores removed. Only then does the
 * scheme show: `&#106;avascript:`, `java&#09;script:` and `javascript&colon;` all read `javascript:`.
 */
function decodedDestination(raw: string): string {
  return (
    unescapeAll(raw.replace(/^&lt;|^<|>$/g, ''))
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
      .toLowerCase()
  );
}

/** A destination a reader may follow: an in-page anchor, a relative path, or http(s) and mailto. */
function safeDestination(raw: string): boolean {
  const url = decodedDestination(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

/**
 * User text is Markdown already; these helpers keep it from breaking out of its place. Raw HTML
 * is neutralised (`<` becomes `&lt;`, which every wiki shows as "<"), and links (inline, images
 * and reference definitions) whose destination is not http(s), mailto, an anchor or a relative path
 * lose their link syntax, so the text shows literally instead. The destination is judged as a
 * renderer decodes it, so entity- and whitespace-obfuscated schemes are caught too.
 */
function safe(text: string): string {
  // Most text holds no markup at all; skip the regular expressions for it (the studio and the
  // benchmarks render thousands of bullets).
  if (!text.includes('<') && !text.includes(']')) return text;
  return text
    .replace(/</g, '&lt;')
    // A `]` after an odd number of backslashes is already literal; escaping it again would undo that.
    .replace(/(\\*)\]\((\s*)([^\s)]*)/g, (match: string, slashes: string, space: string, destination: string) =>
      slashes.length % 2 === 1 || safeDestination(destination) ? match : `${slashes}\\](${space}${destination}`,
    )
    .replace(/^(\s*)\[([^\]\n]*)\]:([ \t]*\n?[ \t]*)(\S*)/gm, (match: string, indent: string, label: string, space: string, destination: string) =>
      safeDestination(destination) ? match : `${indent}\\[${label}\\]:${space}${destination}`,
    );
}

/** One-line text for headings, table cells and list items; a heading mark makes it bold (see `inlineHtml`). */
function line(text: string): string {
  const one = safe(/[\t\n\r\f\v]| {2}/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim());
  return headingMark.test(one) ? `**${one.replace(headingMark, '').replace(/[ \t]+#+[ \t]*$/, '')}**` : one;
}

function cell(text: string): string {
  const one = line(text);
  return one.includes('|') ? one.replace(/\|/g, '\\|') : one;
}

/**
 * A paragraph field (description, summary), kept multi-line. Its heading lines become bold lines
 * set apart by blank lines, as the HTML shows them, so they do not cut into the export's outline.
 */
function block(text: string): string {
  const lines = safe(text.trim()).split('\n');
  return lines
    .map((l) => (headingMark.test(l) ? `\n**${l.replace(headingMark, '').replace(/[ \t]+#+[ \t]*$/, '').trim()}**\n` : l))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
function slugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .trim()
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

function table(head: string[], rows: string[][]): string {
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (const row of rows) out.push(`| ${row.join(' | ')} |`);
  return out.join('\n');
}

/**
 * Renders the framework as GitHub-flavoured Markdown: the title, the parity matrix (with what the
 * levels mean), what we assess (the dimensions, as a table) and each
 * track's level × dimension matrix as tables, then a section per role. It pastes into
 * GitHub and GitLab wikis as it is and imports into Confluence and Notion. Links between roles
 * use the heading anchors GitHub and GitLab generate.
 */
export function renderMarkdown(framework: Framework, options: RenderOptions = {}): string {
  const f = selectTracks(framework, options.tracks);
  const slug = slugger();
  const out: string[] = [];

  // Links to roles are written as placeholders (between private-use characters) and resolved at
  // the end, once every heading has been emitted in document order and so received the anchor
  // GitHub will give it.
  const roleSlugs = new Map<string, string>();
  const heading = (hashes: string, text: string, roleId?: string): string => {
    const s = slug(text);
    if (roleId !== undefined && !roleSlugs.has(roleId)) roleSlugs.set(roleId, s);
    return `${hashes} ${text}`;
  };
  const roleRef = (role: Role): string => `[${cell(role.title)}](#\uE000${role.id}\uE000)`;

  out.push(heading('#', line(f.name)), '');
  const meta = [f.organization, f.version ? `Version ${f.version}` : undefined].filter((x): x is string => Boolean(x));
  if (meta.length > 0) out.push(`*${line(meta.join(' · '))}*`, '');
  if (f.description) out.push(block(f.description), '');

  // Parity matrix.
  const rows = parityRows(f);
  const hasBands = f.levels.some((l) => l.band);
  out.push(heading('##', 'Levels and parity'), '', 'One row per level, most senior first. ⇄ marks twins: roles equal in seniority and pay on different tracks.', '');
  const head = ['Level', ...f.tracks.map((t) => cell(t.name)), ...(hasBands ? ['Pay band'] : [])];
  out.push(
    table(
      head,
      rows.map((row) => [
        `**${cell(row.level.id)}**${row.level.name ? ` ${cell(row.level.name)}` : ''}`,
        ...row.cells.map((roles, i) => (roles.length === 0 ? '–' : `${roles.map(roleRef).join(', ')}${row.twinned[i] ? ' ⇄' : ''}`)),
        ...(hasBands ? [row.level.band ? cell(formatBand(row.level.band)) : '–'] : []),
      ]),
    ),
    '',
  );
  const described = rows.filter((row) => row.level.description);
  if (described.length > 0) {
    out.push('**What the levels mean**', '');
    for (const { level } of described) out.push(`- **${line(levelLabel(level, level.id))}:** ${line(level.description ?? '')}`);
    out.push('');
  }

  if (f.moves.length > 0) {
    out.push(heading('###', 'Moves between roles'), '');
    for (const m of f.moves) {
      const from = f.index.roles.get(m.from);
      const to = f.index.roles.get(m.to);
      const note = m.note ? ` — ${line(m.note)}` : '';
      out.push(`- **${moveKindLabel[m.kind] ?? m.kind}:** ${from ? roleRef(from) : cell(m.from)} → ${to ? roleRef(to) : cell(m.to)}${note}`);
    }
    out.push('');
  }

  const assessed = assessedDimensions(f);
  if (assessed.length > 0) {
    out.push(heading('##', 'What we assess'), '', 'Every role is described along these dimensions, and each role\'s expectations are grouped by them. Hard skills are about the technical work itself; soft skills are about how you work with and through others.', '');
    out.push(
      table(
        ['Dimension', 'Skill', 'What it covers'],
        assessed.map(({ dimension: d, tracks }) => {
          const covers = [d.description ? cell(d.description) : '', tracks ? `*${cell(assessedOn(tracks))}*` : ''].filter(Boolean).join(' ');
          return [`**${cell(d.name)}**`, d.kind === 'soft' ? 'Soft' : 'Hard', covers || '–'];
        }),
      ),
      '',
    );
  }

  for (const track of f.tracks) {
    out.push(heading('##', line(track.name)), '', `*${trackKindLabel[track.kind] ?? 'Track'}*`, '');
    if (track.description) out.push(block(track.description), '');
    const roles = [...track.roles].sort((a, b) => a.levelRank - b.levelRank);
    const dimIds = trackDimensionIds(f, track);
    out.push(heading('###', `${line(track.name)}: expectations by level`), '');
    out.push(
      table(
        ['Role', 'Level', ...dimIds.map((id) => {
          const d = f.index.dimensions.get(id);
          return d ? `${cell(d.name)} (${d.kind})` : cell(id);
        })],
        roles.map((role) => {
          const byDim = new Map(role.expectations.map((x) => [x.dimensionId, x.bullets]));
          return [
            roleRef(role),
            cell(role.levelId || '–'),
            ...dimIds.map((id) => {
              const bullets = byDim.get(id) ?? [];
              return bullets.length === 0 ? '–' : bullets.map((b) => `• ${cell(b)}`).join('<br>');
            }),
          ];
        }),
      ),
      '',
    );

    for (const role of roles) {
      const level = f.index.levels.get(role.levelId);
      out.push(heading('###', line(role.title), role.id), '');
      const facts = [`**Track:** ${line(track.name)}`, `**Level:** ${line(levelLabel(level, role.levelId))}`];
      if (role.scope) facts.push(`**Scope:** ${line(role.scope)}`);
      const years = yearsLabel(role);
      if (years) facts.push(`**Typical time in role:** ${line(years)}`);
      if (level?.band) facts.push(`**Pay band:** ${line(formatBand(level.band))}`);
      const twins = twinsOf(f, role.id).filter((t) => f.index.roles.get(t.id) === t);
      if (twins.length > 0) facts.push(`**${twins.length === 1 ? 'Twin' : 'Twins'}:** ${twins.map(roleRef).join(', ')}`);
      out.push(facts.map((x) => `- ${x}`).join('\n'), '');
      if (role.summary) out.push(block(role.summary), '');
      const changes = compareWithPrevious(f, role);
      if (changes.previous) {
        const n = changes.newCount + changes.changedCount;
        out.push(
          n === 0
            ? `**What changes from ${roleRef(changes.previous)}:** the expectations read the same; the difference lies in scope.`
            : changes.rewritten
              ? `**What changes from ${roleRef(changes.previous)}:** rewritten at this level; most expectations are new, so read the role afresh.${changes.changedCount > 0 ? ' Reworded ones are marked **Changed** below.' : ''}`
              : `**What changes from ${roleRef(changes.previous)}:** bullets marked **New** or **Changed** below.`,
          '',
        );
      }
      for (const x of role.expectations) {
        const d = f.index.dimensions.get(x.dimensionId);
        out.push(heading('####', `${line(d?.name ?? x.dimensionId)}${d ? ` (${d.kind} skill)` : ''}`), '');
        const list = changes.byDimension.get(x.dimensionId) ?? [];
        if (list.length === 0) out.push('*No expectations written yet.*');
        for (const c of list) {
          const mark = c.status === 'new' ? (changes.rewritten ? '' : '**New:** ') : c.status === 'changed' ? '**Changed:** ' : '';
          const was = c.status === 'changed' && c.was !== undefined ? ` *(was: ${line(c.was)})*` : '';
          out.push(`- ${mark}${line(c.text)}${was}`);
        }
        out.push('');
      }
    }
  }

  if (f.mappings.length > 0) {
    out.push(heading('##', 'How our levels compare'), '', 'Approximate equivalents at other companies, as commonly reported by the community; a guide, not a promise.', '');
    const levels = [...f.levels].reverse().filter((l, i, all) => all.findIndex((x) => x.id === l.id) === i);
    out.push(
      table(
        ['Our level', ...f.mappings.map((m) => cell(m.company))],
        levels.map((level) => [
          `**${cell(level.id)}**${level.name ? ` ${cell(level.name)}` : ''}`,
          ...f.mappings.map((m) => {
            const theirs = Object.prototype.hasOwnProperty.call(m.levels, level.id) ? m.levels[level.id] : undefined;
            return theirs === undefined ? '–' : cell(theirs);
          }),
        ]),
      ),
      '',
    );
    for (const m of f.mappings) if (m.note) out.push(`- **${line(m.company)}:** ${line(m.note)}`);
    if (f.mappings.some((m) => m.note)) out.push('');
  }

  const text = out.join('\n').replace(/\(#\uE000([^\uE000]*)\uE000\)/g, (_, id: string) => `(#${roleSlugs.get(id) ?? ''})`);
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** The same one-line safety for other Markdown pages (worksheets, job descriptions). */
export { line as markdownLine };
