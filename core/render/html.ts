import { compareWithPrevious, type BulletChange } from './changes.ts';
import { careerMap, moveColours, type CareerMap } from './career-map.ts';
import { columnGroups } from './column-groups.ts';
import { assessedDimensions, assessedOn, trackDimensionIds, type AssessedDimension } from './dimensions.ts';
import { escapeHtml } from './escape.ts';
import { formatBand, levelLabel, moveKindLabel, trackKindLabel, yearsLabel } from './format.ts';
import { allSections, type HtmlOptions, type HtmlSection } from './options.ts';
import { parityRowLinks } from './parity-links.ts';
import { parityRows } from './parity.ts';
import { renderRadar } from './radar.ts';
import { renderSkillsMap } from './skills-map.ts';
import { compareRoles } from '../compare/compare-roles.ts';
import { normalBullet } from '../compare/pair-bullets.ts';
import { diffFrameworks, type FrameworkDiff } from '../diff/framework-diff.ts';
import { diffSummaryHtml, renderDiffBody } from '../diff/render-diff.ts';
import { selectTracks } from './select.ts';
import { stylesheet } from './styles.ts';
import { blockHtml, inlineRenderer } from './text.ts';
import { twinsOf } from '../model/index.ts';
import type { Dimension, Framework, Level, Role, Track } from '../model/index.ts';

/** Forbids every script, every request and every form: the rubric is a document, nothing more. */
export const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/** Internal options the print path uses on top of the public ones. */
export interface HtmlRenderSettings extends HtmlOptions {
  /** Chromium's header and footer templates draw the running header when printing to PDF. */
  marginBoxes?: boolean;
}

interface Context {
  framework: Framework;
  inline: (text: string) => string;
  sections: Set<HtmlSection>;
  /** What the "What we assess" section lists. */
  dimensions: AssessedDimension[];
  paper: 'a4' | 'letter';
  /** The skills map's markup, when some role has a proficiency (drawn once for TOC and section). */
  skillsMap?: string;
  /** With --changes-since: the changes, and per role the bullets added or reworded since then. */
  since?: { label: string; short: string; previous: Framework; diff: FrameworkDiff; marked: Map<string, Set<string>> };
}

const e = escapeHtml;

function levelCell(framework: Framework, levelId: string, tag: 'th' | 'td', attrs = ''): string {
  const level = framework.index.levels.get(levelId);
  const name = level?.name ? `<span class="level-name">${e(level.name)}</span>` : '';
  return `<${tag}${attrs}><span class="level-id">${e(levelId || 'No level')}</span>${name}</${tag}>`;
}

function roleLink(role: Role, className = ''): string {
  const cls = className ? ` class="${className}"` : '';
  return `<a${cls} href="#role-${e(role.id)}" data-role-id="${e(role.id)}">${e(role.title)}</a>`;
}

function runningHeader(framework: Framework): string {
  return framework.version ? `${framework.name} · Version ${framework.version}` : framework.name;
}

function renderTitle(ctx: Context): string {
  const f = ctx.framework;
  const meta: string[] = [];
  if (f.organization) meta.push(`<span>${e(f.organization)}</span>`);
  if (f.version) meta.push(`<span class="version">Version ${e(f.version)}</span>`);
  const counts = `${f.tracks.length} ${f.tracks.length === 1 ? 'track' : 'tracks'}, ${f.levels.length} ${f.levels.length === 1 ? 'level' : 'levels'}, ${f.tracks.reduce((n, t) => n + t.roles.length, 0)} roles`;
  meta.push(`<span>${e(counts)}</span>`);
  const description = f.description ? `<div class="description">${blockHtml(f.description)}</div>` : '';
  return `<header class="title-block" id="title"><p class="eyebrow">Engineering career framework</p><h1>${e(f.name)}</h1><p class="meta">${meta.join('')}</p>${description}</header>`;
}

function renderToc(ctx: Context): string {
  const items: string[] = [];
  const s = ctx.sections;
  if (ctx.since) items.push('<li><a href="#changes">What changed in this version</a></li>');
  if (s.has('parity')) items.push('<li><a href="#parity">Levels and parity</a></li>');
  if (showDimensions(ctx)) items.push('<li><a href="#dimensions">What we assess</a></li>');
  if (s.has('map')) items.push('<li><a href="#career-map">Career map</a></li>');
  if (s.has('skills') && ctx.skillsMap !== undefined) items.push('<li><a href="#skills-map">Skills map</a></li>');
  if (s.has('tracks') || s.has('roles')) {
    for (const track of ctx.framework.tracks) items.push(`<li><a href="#track-${e(track.id)}">${e(track.name)}</a></li>`);
  }
  if (s.has('mappings') && ctx.framework.mappings.length > 0) items.push('<li><a href="#mappings">How our levels compare</a></li>');
  return items.length > 1 ? `<nav class="toc" aria-label="Contents"><ol>${items.join('')}</ol></nav>` : '';
}

/** At most this many tracks side by side in the parity matrix; more are split into parts, so role names never break mid-word. */
const maxParityTracks = 4;

/** Names the twins of a role that no line in its row can reach. */
function twinNote(twins: Role[] | undefined): string {
  if (!twins || twins.length === 0) return '';
  return `<span class="twin-note">twin of ${twins.map((t) => e(t.title)).join(', ')}</span>`;
}

function renderParity(ctx: Context): string {
  const f = ctx.framework;
  const rows = parityRows(f);
  const hasBands = f.levels.some((l) => l.band);
  const groups = columnGroups(f.tracks.length, maxParityTracks);
  const table = (start: number, end: number, part: number): string => {
    const head = f.tracks.slice(start, end).map((t) => `<th scope="col" class="track-col">${e(t.name)}</th>`).join('');
    // The pay band belongs to the level, so one part shows it: the last.
    const withBands = hasBands && part === groups.length - 1;
    const body = rows.map((row) => {
      // Lines join twins within this part; a twin in another part is named beside the role.
      const links = parityRowLinks(f, { level: row.level, cells: row.cells.slice(start, end), twinned: row.twinned.slice(start, end) });
      const cells = row.cells.slice(start, end).map((roles, j) => {
        const track = f.tracks[start + j];
        const classes = ['roles', `kind-${track?.kind ?? 'other'}`, ...(links.joins[j] ?? [])];
        const content = roles.length === 0 ? '<span class="empty" aria-label="No role">–</span>' : roles.map((r) => roleLink(r, 'chip') + twinNote(links.unlinked.get(r.id))).join('');
        const twinText = row.twinned[start + j] && roles.length > 0 ? '<span class="visually-hidden"> (twin roles, equal in seniority and pay)</span>' : '';
        return `<td class="${classes.join(' ')}">${content}${twinText}</td>`;
      });
      const band = withBands ? `<td class="band">${row.level.band ? e(formatBand(row.level.band)) : '–'}</td>` : '';
      return `<tr>${levelCell(f, row.level.id, 'th', ' scope="row" class="level-cell"')}${cells.join('')}${band}</tr>`;
    });
    const caption = groups.length > 1 ? `<caption>Tracks ${start + 1}–${end} of ${f.tracks.length}</caption>` : '';
    return `<table class="parity">${caption}<thead><tr><th scope="col" class="level-col">Level</th>${head}${withBands ? '<th scope="col" class="band-col">Pay band</th>' : ''}</tr></thead><tbody>${body.join('')}</tbody></table>`;
  };
  const tables = (groups.length > 0 ? groups : [{ start: 0, end: 0 }]).map((g, i) => table(g.start, g.end, i));
  return (
    `<section class="block parity-section" id="parity" aria-labelledby="parity-title"><h2 id="parity-title">Levels and parity</h2>` +
    '<p class="section-intro">One row per level, most senior first. Roles joined by a line, or marked as twins, are equal in seniority and pay, on different tracks.</p>' +
    `${tables.join('')}${renderLevelNotes(rows.map((r) => r.level))}</section>`
  );
}

/**
 * What the levels stand for, under the parity matrix and in its order, for the levels that carry
 * a description: the matrix stays a compact grid of roles.
 */
function renderLevelNotes(levels: readonly Level[]): string {
  const notes = levels.filter((l) => l.description).map((l) => {
    const term = `<span class="level-id">${e(l.id)}</span>${l.name ? `<span class="level-name">${e(l.name)}</span>` : ''}`;
    return `<div><dt>${term}</dt><dd>${blockHtml(l.description ?? '')}</dd></div>`;
  });
  return notes.length > 0 ? `<h3 class="notes-title" id="level-notes">What the levels mean</h3><dl class="level-notes" aria-labelledby="level-notes">${notes.join('')}</dl>` : '';
}

/** The dimensions section belongs to the full rubric, not to the studio's parity-only view. */
function showDimensions(ctx: Context): boolean {
  return (ctx.sections.has('tracks') || ctx.sections.has('roles')) && ctx.dimensions.length > 0;
}

function renderDimensions(ctx: Context): string {
  const items = ctx.dimensions.map(({ dimension: d, tracks }) => {
    const id = `dimension-${e(d.id)}`;
    const description = d.description ? blockHtml(d.description) : '';
    const scope = tracks ? `<p class="applies">${e(assessedOn(tracks))}</p>` : '';
    return (
      `<div class="dimension-entry dimension-${d.kind === 'soft' ? 'soft' : 'hard'}" id="${id}">` +
      `<div class="dimension-term"><h3 id="${id}-title">${e(d.name)}</h3>${skillTag(d)}</div>` +
      `<div class="dimension-description">${description}${scope}</div></div>`
    );
  });
  return (
    `<section class="block dimensions" id="dimensions" aria-labelledby="dimensions-title"><h2 id="dimensions-title">What we assess</h2>` +
    '<p class="section-intro">Every role is described along these dimensions, and each role\'s expectations are grouped by them. Hard skills are about the technical work itself; soft skills are about how you work with and through others.</p>' +
    `<div class="dimension-list">${items.join('')}</div></section>`
  );
}

function legendLine(colour: string, dash: string, label: string, marker = true): string {
  const head = marker ? `<path d="M28 1L35 5L28 9z" fill="${colour}"/>` : '';
  return `<li><svg width="36" height="10" viewBox="0 0 36 10" aria-hidden="true"><line x1="1" y1="5" x2="${marker ? 29 : 35}" y2="5" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>${head}</svg>${e(label)}</li>`;
}

/**
 * Under the map, the full text of each label it shortened, by footnote number, so a reader of
 * the printed page can tell roles apart; and what a summarised map stands for.
 */
function mapNotes(map: CareerMap): string {
  const summary = map.summary ? `<p class="map-summary">${e(map.summary)}</p>` : '';
  if (map.notes.length === 0) return summary;
  const items = map.notes.map((n) => `<li value="${n.marker}">${e(n.text)}</li>`).join('');
  return `${summary}<p class="map-notes-title">Shortened in the map:</p><ol class="map-notes">${items}</ol>`;
}

function renderChangesSince(ctx: Context): string {
  const since = ctx.since;
  if (!since) return '';
  const from = since.diff.from.version ? `version ${e(since.diff.from.version)}` : e(since.label);
  return (
    `<section class="block changes-since" id="changes" aria-labelledby="changes-title"><h2 id="changes-title">What changed in this version</h2>` +
    `<p class="section-intro">Changes since ${from} (${e(since.label)}). ${diffSummaryHtml(since.diff)}. Bullets added or reworded since then are marked “Changed since ${e(since.short)}” in the role sections.</p>` +
    `<div class="changes-body">${renderDiffBody(since.diff, since.previous, ctx.framework, { track: 'h3', role: 'h4' })}</div></section>`
  );
}

function renderSkills(ctx: Context): string {
  if (ctx.skillsMap === undefined) return '';
  const scale = ctx.framework.proficiency.map((step) => `<li><strong>${e(step.name)}</strong>${step.description ? `: ${ctx.inline(step.description)}` : ''}</li>`).join('');
  return (
    `<section class="block skills-map" id="skills-map" aria-labelledby="skills-map-title"><h2 id="skills-map-title">Skills map</h2>` +
    '<p class="section-intro">Each role sits where its proficiency puts it: further right the more soft skills it needs (working with and through people), higher the more hard skills (the technical work itself), each the average over the dimensions of that kind. Read positions relative to each other: the picture shows how paths diverge, not a score. Arrows follow each track; dashed arrows are lateral moves and switches; boxes group the roles of a level (or of neighbouring levels whose roles overlap).</p>' +
    `<figure><div class="map-frame">${ctx.skillsMap}</div><figcaption><p class="scale-title">The proficiency scale, lowest first:</p><ol class="scale">${scale}</ol></figcaption></figure></section>`
  );
}

/** A radar of the role's proficiency against the role below it, and one against its twin. */
function renderRoleRadars(ctx: Context, role: Role, previous: Role | undefined, twins: readonly Role[]): string {
  const f = ctx.framework;
  const mine = { role, label: role.title };
  const radars = [renderRadar(f, previous && Object.keys(previous.proficiency).length > 0 ? [mine, { role: previous, label: `${previous.title} (level below)` }] : [mine], `radar-${role.id}`)];
  const twin = twins.find((t) => Object.keys(t.proficiency).length > 0);
  if (twin) radars.push(renderRadar(f, [mine, { role: twin, label: `${twin.title} (twin)` }], `radar-${role.id}-twin`));
  const drawn = radars.filter((svg): svg is string => svg !== undefined);
  return drawn.length > 0 ? `<h4>Proficiency</h4><div class="role-radars">${drawn.map((svg) => `<figure class="radar">${svg}</figure>`).join('')}</div>` : '';
}

/**
 * What a promotion from the role below asks for, bullet by bullet: new, grown and no longer
 * listed expectations (the section itself only shows the new role's bullets).
 */
function renderCompareDetails(ctx: Context, role: Role, previous: Role): string {
  const c = compareRoles(ctx.framework, previous.id, role.id);
  const rows = c.dimensions.flatMap((d) => [
    ...d.added.map((b) => `<li><span class="cmp cmp-new">New</span> <span class="cmp-dim">${e(d.name)}:</span> ${ctx.inline(b)}</li>`),
    ...d.changed.map((b) => `<li><span class="cmp cmp-grows">Grows</span> <span class="cmp-dim">${e(d.name)}:</span> ${b.words.map((w) => (w.kind === 'added' ? `<ins>${e(w.text)}</ins>` : w.kind === 'removed' ? `<del>${e(w.text)}</del>` : e(w.text))).join('')}</li>`),
    ...d.dropped.map((b) => `<li><span class="cmp cmp-gone">Not listed any more</span> <span class="cmp-dim">${e(d.name)}:</span> ${ctx.inline(b)}</li>`),
  ]);
  if (rows.length === 0) return '';
  return `<details class="compare-details" id="compare-${e(previous.id)}-${e(role.id)}"><summary>What changes from ${e(previous.title)}, bullet by bullet</summary><ul>${rows.join('')}</ul><p class="compare-hint">Also as a printable page: <code>rungs compare &lt;file&gt; ${e(previous.id)} ${e(role.id)} --format html</code></p></details>`;
}

function renderMap(ctx: Context): string {
  const map = careerMap(ctx.framework, ctx.paper);
  const kinds = new Set(ctx.framework.moves.map((m) => m.kind));
  const legend = [legendLine('#8795a5', '', 'Usual promotion path'), legendLine('#5d6b7b', '5 4', 'Twins (same level)', false)];
  for (const [kind, colour] of Object.entries(moveColours)) {
    if (kinds.has(kind as keyof typeof moveColours)) legend.push(legendLine(colour, kind === 'step-down' ? '2 3' : '', moveKindLabel[kind] ?? kind));
  }
  return (
    `<section class="block career-map${map.landscape ? ' map-wide' : ''}" id="career-map" aria-labelledby="career-map-title"><h2 id="career-map-title">Career map</h2>` +
    '<p class="section-intro">Tracks side by side, levels from the most senior at the top. Select a role to read its expectations.</p>' +
    `<figure><div class="map-frame">${map.svg}${map.printSvg}</div><figcaption><ul class="legend">${legend.join('')}</ul>${mapNotes(map)}</figcaption></figure></section>`
  );
}

function skillTag(dimension: Dimension | undefined): string {
  if (!dimension) return '';
  return dimension.kind === 'soft' ? '<span class="skill skill-soft">Soft skill</span>' : '<span class="skill skill-hard">Hard skill</span>';
}

function trackDimensions(f: Framework, track: Track): { id: string; dimension?: Dimension }[] {
  return trackDimensionIds(f, track).map((id) => {
    const dimension = f.index.dimensions.get(id);
    return dimension ? { id, dimension } : { id };
  });
}

/** At most this many dimension columns side by side: four columns of bullets still read at 8.5 pt on A4. */
const maxDimensionColumns = 4;
/** A track with this many roles or fewer reads best turned on its side (dimensions as rows) once it has too many dimensions for columns. */
const maxRoleColumns = 4;

function renderTrackMatrix(ctx: Context, track: Track): string {
  const f = ctx.framework;
  const dims = trackDimensions(f, track);
  const roles = [...track.roles].sort((a, b) => a.levelRank - b.levelRank);
  const titleId = `track-${e(track.id)}-matrix`;
  const bullets = (role: Role, id: string): string => {
    const list = role.expectations.find((x) => x.dimensionId === id)?.bullets ?? [];
    return list.length === 0 ? '<td><span class="empty">–</span></td>' : `<td><ul>${list.map((b) => `<li>${ctx.inline(b)}</li>`).join('')}</ul></td>`;
  };
  const roleHead = (role: Role, scope: 'row' | 'col'): string => {
    const level = f.index.levels.get(role.levelId);
    const levelName = e(level?.name ? `${role.levelId} · ${level.name}` : role.levelId || 'No level');
    return `<th scope="${scope}">${roleLink(role)}<span class="level-name">${levelName}</span></th>`;
  };
  const dimensionHead = (d: { id: string; dimension?: Dimension }, scope: 'row' | 'col'): string => `<th scope="${scope}">${e(d.dimension?.name ?? d.id)}${skillTag(d.dimension)}</th>`;
  const frame = (table: string): string => `<div class="matrix-frame">${table}</div>`;
  const heading = `<h3 class="visually-hidden" id="${titleId}">${e(track.name)}: expectations by level</h3>`;

  // Many dimensions and few roles: dimensions as rows, one column per role, one table.
  if (dims.length > maxDimensionColumns && roles.length <= maxRoleColumns) {
    const cols = `<colgroup><col class="head-col">${roles.map(() => '<col>').join('')}</colgroup>`;
    const head = `<thead><tr><th scope="col">Dimension</th>${roles.map((r) => roleHead(r, 'col')).join('')}</tr></thead>`;
    const body = dims.map((d) => `<tr>${dimensionHead(d, 'row')}${roles.map((r) => bullets(r, d.id)).join('')}</tr>`).join('');
    return heading + frame(`<table class="matrix matrix-by-dimension" aria-labelledby="${titleId}">${cols}${head}<tbody>${body}</tbody></table>`);
  }
  // Otherwise one row per role, the dimensions split into groups that fit side by side, each
  // group a table of its own that repeats the role column.
  const groups = columnGroups(dims.length, maxDimensionColumns);
  const tables = (groups.length > 0 ? groups : [{ start: 0, end: 0 }]).map((group, i) => {
    const part = dims.slice(group.start, group.end);
    const caption = groups.length > 1
      ? `<caption>Part ${i + 1} of ${groups.length}: ${e(part[0]?.dimension?.name ?? part[0]?.id ?? '')}${part.length > 1 ? ` to ${e(part[part.length - 1]?.dimension?.name ?? part[part.length - 1]?.id ?? '')}` : ''}</caption>`
      : '';
    const cols = `<colgroup><col class="head-col">${part.map(() => '<col>').join('')}</colgroup>`;
    const head = `<thead><tr><th scope="col">Role</th>${part.map((d) => dimensionHead(d, 'col')).join('')}</tr></thead>`;
    const body = roles.map((role) => `<tr>${roleHead(role, 'row')}${part.map((d) => bullets(role, d.id)).join('')}</tr>`).join('');
    return frame(`<table class="matrix" aria-labelledby="${titleId}">${caption}${cols}${head}<tbody>${body}</tbody></table>`);
  });
  return heading + tables.join('');
}

function changesSince(previous: Framework, current: Framework, label: string): NonNullable<Context['since']> {
  const diff = diffFrameworks(previous, current);
  const marked = new Map<string, Set<string>>();
  for (const change of diff.changes) {
    if (change.role === undefined || change.after === undefined) continue;
    if (change.kind !== 'expectation-added' && change.kind !== 'expectation-reworded' && change.kind !== 'expectation-moved') continue;
    const set = marked.get(change.role) ?? new Set<string>();
    set.add(normalBullet(change.after));
    marked.set(change.role, set);
  }
  // The badge sits on every changed bullet: the earlier version's number, or the revision or file name without its folders.
  const short = diff.from.version !== undefined && diff.from.version !== diff.to.version ? diff.from.version : (label.split(/[\\/]/).pop() ?? label);
  return { label, short, previous, diff, marked };
}

/** A mark on a bullet added or reworded since the version `--changes-since` names. */
function versionMark(ctx: Context, role: Role | undefined, text: string): string {
  if (!ctx.since || !role || !ctx.since.marked.get(role.id)?.has(normalBullet(text))) return '';
  return `<span class="badge badge-version">Changed since ${e(ctx.since.short)}</span>`;
}

function bulletItem(ctx: Context, change: BulletChange, previousTitle: string | undefined, rewritten: boolean, role?: Role): string {
  const mark = versionMark(ctx, role, change.text);
  const since = mark ? ' data-version-changed=""' : '';
  // A rewritten role says so once, in its note; marking nearly every bullet would tell nothing.
  if (change.status === 'new' && rewritten) return `<li${since}>${mark}${ctx.inline(change.text)}</li>`;
  if (change.status === 'new') return `<li class="new"${since}><span class="badge badge-new">New</span>${mark}${ctx.inline(change.text)}</li>`;
  if (change.status === 'changed') {
    const was = change.was !== undefined ? `<span class="was">${previousTitle ? `${e(previousTitle)}: ` : 'Before: '}${ctx.inline(change.was)}</span>` : '';
    return `<li class="changed"${since}><span class="badge badge-changed">Changed</span>${mark}${ctx.inline(change.text)}${was}</li>`;
  }
  return `<li${since}>${mark}${ctx.inline(change.text)}</li>`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function renderRole(ctx: Context, track: Track, role: Role): string {
  const f = ctx.framework;
  const id = e(role.id);
  const level = f.index.levels.get(role.levelId);
  const changes = compareWithPrevious(f, role);
  const facts: string[] = [];
  facts.push(`<div><dt>Level</dt><dd>${e(levelLabel(level, role.levelId))}</dd></div>`);
  if (role.scope) facts.push(`<div><dt>Scope</dt><dd>${ctx.inline(role.scope)}</dd></div>`);
  const years = yearsLabel(role);
  if (years) facts.push(`<div><dt>Typical time in role</dt><dd>${e(years)}</dd></div>`);
  if (level?.band) facts.push(`<div><dt>Pay band</dt><dd>${e(formatBand(level.band))}</dd></div>`);
  const twins = twinsOf(f, role.id).filter((t) => f.index.roles.get(t.id) === t);
  if (twins.length > 0) {
    const links = twins.map((t) => `${roleLink(t)} <span class="level-name">${e(f.index.tracks.get(t.trackId)?.name ?? t.trackId)}</span>`);
    facts.push(`<div><dt>${twins.length === 1 ? 'Twin' : 'Twins'} on other tracks</dt><dd>${links.join('')}</dd></div>`);
  }

  const summary = role.summary ? `<div class="summary">${blockHtml(role.summary)}</div>` : '';
  let note: string;
  if (changes.previous) {
    const prev = changes.previous;
    const counts = changes.rewritten
      ? `Rewritten at this level: ${plural(changes.newCount, 'expectation is', 'expectations are')} new, so read the role afresh rather than as a list of additions.${changes.changedCount > 0 ? ` ${plural(changes.changedCount, 'changed expectation is', 'changed expectations are')} highlighted below.` : ''}`
      : changes.newCount + changes.changedCount === 0
      ? 'The expectations read the same as at the level below; the difference lies in scope.'
      : `${[changes.newCount > 0 ? plural(changes.newCount, 'new expectation', 'new expectations') : '', changes.changedCount > 0 ? plural(changes.changedCount, 'changed expectation', 'changed expectations') : ''].filter(Boolean).join(' and ')}, highlighted below.`;
    note = `<aside class="changes-note" aria-label="What changes from the previous level"><p><strong>What changes from ${roleLink(prev)}:</strong> ${e(counts)}</p></aside>`;
  } else {
    note = `<aside class="changes-note" aria-label="Where this track starts"><p><strong>First role on this track.</strong> Every expectation below is where the ${e(track.name)} track starts.</p></aside>`;
  }

  const dims = role.expectations.map((x) => {
    const dimension = f.index.dimensions.get(x.dimensionId);
    const list = changes.byDimension.get(x.dimensionId) ?? [];
    const items = list.length === 0 ? '<li class="empty">No expectations written yet.</li>' : list.map((c) => bulletItem(ctx, c, changes.previous?.title, changes.rewritten, role)).join('');
    return `<div class="dimension"><h5>${e(dimension?.name ?? x.dimensionId)}${skillTag(dimension)}</h5><ul>${items}</ul></div>`;
  });
  const expectations = dims.length > 0 ? `<h4>Expectations</h4><div class="expectations">${dims.join('')}</div>` : '';

  const moves = f.moves.filter((m) => m.from === role.id || m.to === role.id);
  let movesHtml = '';
  if (moves.length > 0) {
    const items = moves.map((m) => {
      const outgoing = m.from === role.id;
      const other = f.index.roles.get(outgoing ? m.to : m.from);
      const otherHtml = other ? roleLink(other) : e(outgoing ? m.to : m.from);
      const text = outgoing ? `To ${otherHtml}` : `From ${otherHtml}`;
      const note = m.note ? ` — ${ctx.inline(m.note)}` : '';
      return `<li><span class="move-kind move-${e(m.kind)}">${e(moveKindLabel[m.kind] ?? m.kind)}</span> ${text}${note}</li>`;
    });
    movesHtml = `<h4>Moves</h4><ul class="moves-list">${items.join('')}</ul>`;
  }

  return (
    `<section class="role" id="role-${id}" data-role-id="${id}" aria-labelledby="role-${id}-title">` +
    `<div class="role-head"><div><p class="eyebrow">${e(track.name)}</p><h3 id="role-${id}-title">${e(role.title)}</h3></div><span class="level-tag">${e(role.levelId || 'No level')}</span></div>` +
    `<dl class="facts">${facts.join('')}</dl>${summary}${note}${changes.previous ? renderCompareDetails(ctx, role, changes.previous) : ''}${renderRoleRadars(ctx, role, changes.previous, twins)}${expectations}${movesHtml}</section>`
  );
}

function renderTrack(ctx: Context, track: Track): string {
  const withMatrix = ctx.sections.has('tracks');
  const withRoles = ctx.sections.has('roles');
  const description = track.description ? `<div class="lede">${blockHtml(track.description)}</div>` : '';
  const roles = withRoles ? [...track.roles].sort((a, b) => a.levelRank - b.levelRank).map((r) => renderRole(ctx, track, r)).join('') : '';
  return (
    `<section class="track" id="track-${e(track.id)}" aria-labelledby="track-${e(track.id)}-title">` +
    `<div class="track-head"><p class="eyebrow">${e(trackKindLabel[track.kind] ?? 'Track')}</p><h2 id="track-${e(track.id)}-title">${e(track.name)}</h2>${description}</div>` +
    `${withMatrix ? renderTrackMatrix(ctx, track) : ''}${roles}</section>`
  );
}

function renderMappings(ctx: Context): string {
  const f = ctx.framework;
  if (f.mappings.length === 0) return '';
  const head = f.mappings.map((m) => `<th scope="col">${e(m.company)}</th>`).join('');
  const levels = [...f.levels].reverse().filter((l, i, all) => all.findIndex((x) => x.id === l.id) === i);
  const body = levels.map((level) => {
    const cells = f.mappings.map((m) => {
      const theirs = Object.prototype.hasOwnProperty.call(m.levels, level.id) ? m.levels[level.id] : undefined;
      return `<td>${theirs === undefined ? '<span class="empty">–</span>' : e(theirs)}</td>`;
    });
    return `<tr>${levelCell(f, level.id, 'th', ' scope="row"')}${cells.join('')}</tr>`;
  });
  const notes = f.mappings.filter((m) => m.note).map((m) => `<div><strong>${e(m.company)}:</strong> ${blockHtml(m.note ?? '')}</div>`);
  return (
    `<section class="block mappings" id="mappings" aria-labelledby="mappings-title"><h2 id="mappings-title">How our levels compare</h2>` +
    '<p class="section-intro">Approximate equivalents at other companies, as commonly reported by the community. Titles mean different things at different companies; use this as a guide, not a promise.</p>' +
    `<table><thead><tr><th scope="col">Our level</th>${head}</tr></thead><tbody>${body.join('')}</tbody></table>${notes.length > 0 ? `<div class="mapping-notes">${notes.join('')}</div>` : ''}</section>`
  );
}

/**
 * One role's section exactly as the rubric draws it (facts, what changes from the level below, the
 * radar, expectations, moves), for a page of its own. Links to other roles are `#role-<id>`
 * anchors, as in the rubric; a caller that puts roles on separate pages rewrites them.
 */
export function renderRoleSection(framework: Framework, roleId: string): string | undefined {
  const role = framework.index.roles.get(roleId);
  const track = role && framework.tracks.find((t) => t.id === role.trackId);
  if (!role || !track) return undefined;
  const ctx: Context = { framework, inline: inlineRenderer(), sections: new Set(allSections), dimensions: assessedDimensions(framework), paper: 'a4' };
  return renderRole(ctx, track, role);
}

// One element per line for the block-level tags, so the exported file (and its golden copy)
// reads well in a diff. User text is escaped, so it never contains a `<` this could match, and
// whitespace between these elements does not render.
const blockStart = /(?<!\n)<(?=(?:section|header|nav|main|table|thead|tbody|tr|h[1-5]|dl|aside|ul|ol|li|figure|figcaption|svg|defs|marker|div class="(?:dimension|dimension-entry[^"]*|dimension-list|dimension-term|dimension-description|facts|expectations|role-head|summary|lede|map-frame|matrix-frame|track-head|description|mapping-notes)")[\s>])/g;

/**
 * Renders the framework as one self-contained HTML rubric: inline CSS, inline SVG, no script and
 * no request of any kind (a Content-Security-Policy meta tag forbids them), readable with
 * JavaScript off and printable on A4 or Letter. Every user text is escaped; descriptions,
 * summaries and bullets go through the safe Markdown subset. Stable anchors: `#parity`,
 * `#dimensions` (and `#dimension-<id>` for each), `#career-map`, `#track-<id>`, `#role-<id>`
 * (which also carries `data-role-id`), `#mappings`.
 */
export function renderHtml(framework: Framework, options: HtmlRenderSettings = {}): string {
  const f = selectTracks(framework, options.tracks);
  const sections = new Set(options.sections && options.sections.length > 0 ? options.sections : allSections);
  const skillsMap = sections.has('skills') ? renderSkillsMap(f) : undefined;
  const since = options.changesSince ? changesSince(options.changesSince.previous, f, options.changesSince.label) : undefined;
  const ctx: Context = { framework: f, inline: inlineRenderer(), sections, dimensions: assessedDimensions(f), paper: options.paper ?? 'a4', ...(skillsMap !== undefined ? { skillsMap } : {}), ...(since ? { since } : {}) };
  const parts: string[] = [];
  if (sections.has('title')) parts.push(renderTitle(ctx), renderToc(ctx));
  parts.push('<main>');
  if (ctx.since && sections.has('title')) parts.push(renderChangesSince(ctx));
  if (sections.has('parity')) parts.push(renderParity(ctx));
  if (showDimensions(ctx)) parts.push(renderDimensions(ctx));
  if (sections.has('map')) parts.push(renderMap(ctx));
  if (sections.has('skills')) parts.push(renderSkills(ctx));
  if (sections.has('tracks') || sections.has('roles')) for (const track of f.tracks) parts.push(renderTrack(ctx, track));
  if (sections.has('mappings')) parts.push(renderMappings(ctx));
  parts.push('</main>');
  const header = runningHeader(f);
  const css = stylesheet({ paper: options.paper ?? 'a4', marginBoxes: options.marginBoxes ?? true, runningHeader: header });
  const description = f.description ? `<meta name="description" content="${e(f.description.replace(/\s+/g, ' ').trim().slice(0, 300))}">` : '';
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="Rungs">\n' +
    (description ? `${description}\n` : '') +
    `<title>${e(header)}</title>\n<style>\n${css}\n</style>\n</head>\n<body>\n<div class="page">\n${parts.join('\n').replace(blockStart, '\n<')}\n` +
    `<footer class="colophon">${e(header)}. Made with Rungs.</footer>\n</div>\n</body>\n</html>\n`
  );
}
