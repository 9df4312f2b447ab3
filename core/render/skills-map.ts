import { escapeHtml } from './escape.ts';
import { mapFontFamily } from './map-font.ts';
import { textWidth, wrapText, type MapFont } from './measure.ts';
import { moveColours } from './career-map.ts';
import { skillMeans, stepRanks } from '../model/proficiency.ts';
import type { Framework, Role } from '../model/types.ts';

/** One role on the map, placed and sized. */
export interface SkillsMapNode {
  role: Role;
  /** 0..1: mean step of the role's soft and hard dimensions (or its `map` pin). */
  soft: number;
  hard: number;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: string[];
  shortened: boolean;
  colour: string;
}

/** A box around the roles of one level, or of a few neighbouring levels whose roles mingle. */
export interface SkillsMapLevelBox {
  /** The level ids in the box, space-separated. */
  levelId: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SkillsMapLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  nodes: SkillsMapNode[];
  boxes: SkillsMapLevelBox[];
  /** Roles on the map, by track, in level order: the arrows of each path. */
  paths: { trackId: string; colour: string; roleIds: string[] }[];
  /** One entry per track on the map, placed in rows under the plot. */
  legend: { trackId: string; name: string; colour: string; x: number; y: number }[];
}

const titleFont: MapFont = { size: 12, weight: 700 };
const levelFont: MapFont = { size: 10.5, weight: 400 };
const legendFont: MapFont = { size: 12, weight: 400 };
const titleLine = 15;
const levelLine = 13;
const nodeMaxText = 132;
const nodePadX = 8;
const nodePadY = 6;
const gap = 10;
const boxPad = 10;
const plotWidth = 760;
const plotHeight = 500;
const margin = { left: 56, right: 24, top: 24, bottom: 52 };

/** Track colours, in track order, each AA on white for the lines and labels drawn in it. */
export const trackColours = ['#0b57a4', '#1f6b3f', '#8a3f86', '#9a4008', '#00707a', '#5b5f97', '#8a5a00', '#3f6f2a'];

/** The roles the map can place: those with a proficiency of some dimension, or a `map` pin. */
export function mappableRoles(framework: Framework): Role[] {
  return framework.tracks.flatMap((t) => t.roles).filter((r) => r.mapPosition !== undefined || Object.keys(r.proficiency).length > 0);
}

/**
 * Beyond this many roles a map of boxes is unreadable (and spreading them apart costs time that
 * grows with the square of their number), so the rubric says so instead of drawing one.
 */
export const MAX_MAP_ROLES = 200;

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Rect, b: Rect, spacing = 0): boolean {
  return a.x < b.x + b.width + spacing && b.x < a.x + a.width + spacing && a.y < b.y + b.height + spacing && b.y < a.y + a.height + spacing;
}

/**
 * Moves boxes that would cover each other apart sideways, keeping their left-to-right order (so
 * a role with more soft skill stays to the right of one with less) and their heights (so hard
 * skill still reads on the vertical axis).
 */
export function spreadSideways<T extends Rect>(items: T[], spacing: number): void {
  const centre = (r: Rect) => r.x + r.width / 2;
  const byCentre = (a: Rect, b: Rect) => centre(a) - centre(b) || a.y - b.y;
  const order = [...items].sort(byCentre);
  for (let pass = 0; pass < 50; pass += 1) {
    let moved = false;
    for (let i = 0; i < order.length; i += 1) {
      const a = order[i] as T;
      for (let j = i + 1; j < order.length; j += 1) {
        const b = order[j] as T;
        if (!overlaps(a, b, spacing)) continue;
        const push = a.x + a.width + spacing - b.x;
        a.x -= push / 2;
        b.x += push / 2;
        moved = true;
      }
    }
    if (!moved) return;
    order.sort(byCentre);
  }
  // Still crowded after many passes: move each box right of every earlier box it covers.
  for (let i = 1; i < order.length; i += 1) {
    const b = order[i] as T;
    for (let k = 0; k < i; k += 1) {
      const c = order[k] as T;
      if (overlaps(c, b, spacing)) b.x = Math.max(b.x, c.x + c.width + spacing);
    }
  }
}

/**
 * A box around the roles of each level. Where the boxes of neighbouring levels would overlap
 * (their roles need similar skills, as higher levels often do), they become one box for the range
 * of levels, as hand-drawn skills maps do: companies map those jobs differently anyway.
 */
function levelBoxes(framework: Framework, nodes: readonly SkillsMapNode[]): SkillsMapLevelBox[] {
  type Group = { levels: { id: string; name?: string }[]; members: SkillsMapNode[]; rect: Rect };
  const bound = (members: readonly SkillsMapNode[]): Rect => {
    const left = Math.min(...members.map((n) => n.x)) - boxPad;
    const top = Math.min(...members.map((n) => n.y)) - boxPad - levelLine - 2;
    const right = Math.max(...members.map((n) => n.x + n.width)) + boxPad;
    const bottom = Math.max(...members.map((n) => n.y + n.height)) + boxPad;
    return { x: left, y: top, width: right - left, height: bottom - top };
  };
  let groups: Group[] = framework.levels
    .map((level) => ({ levels: [{ id: level.id, ...(level.name ? { name: level.name } : {}) }], members: nodes.filter((n) => n.role.levelId === level.id) }))
    .filter((g) => g.members.length > 0)
    .map((g) => ({ ...g, rect: bound(g.members) }));
  // Only neighbouring levels merge, and a range stays within three levels: a box for half the
  // ladder would say nothing. Boxes that still overlap are drawn translucent, one over the other.
  const maxLevelsPerBox = 3;
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i + 1 < groups.length && !merged; i += 1) {
      const a = groups[i] as Group;
      const b = groups[i + 1] as Group;
      if (!overlaps(a.rect, b.rect) || a.levels.length + b.levels.length > maxLevelsPerBox) continue;
      const members = [...a.members, ...b.members];
      groups = [...groups.slice(0, i), { levels: [...a.levels, ...b.levels], members, rect: bound(members) }, ...groups.slice(i + 2)];
      merged = true;
    }
  }
  return groups.map((g) => {
    const first = g.levels[0] as { id: string; name?: string };
    const last = g.levels[g.levels.length - 1] as { id: string; name?: string };
    const label = g.levels.length === 1 ? (first.name ? `${first.id} · ${first.name}` : first.id) : `${first.id}–${last.id}`;
    return { levelId: g.levels.map((l) => l.id).join(' '), label, ...g.rect };
  });
}

/**
 * Places every mappable role: x from its soft skills, y from its hard skills (higher is more),
 * boxes sized to their measured labels, collisions spread sideways; level boxes around the roles
 * of each level; one path per track in level order.
 */
export function layoutSkillsMap(framework: Framework): SkillsMapLayout {
  const ranks = stepRanks(framework);
  const roles = mappableRoles(framework);
  const trackIndex = new Map(framework.tracks.map((t, i) => [t.id, i]));
  const nodes: SkillsMapNode[] = roles.map((role) => {
    const means = skillMeans(framework, role, ranks);
    const soft = role.mapPosition?.x ?? means.soft ?? 0;
    const hard = role.mapPosition?.y ?? means.hard ?? 0;
    const wrapped = wrapText(role.title, titleFont, nodeMaxText, 3);
    const levelText = framework.index.levels.get(role.levelId)?.id ?? role.levelId;
    const width = Math.ceil(Math.max(wrapped.width, textWidth(levelText, levelFont)) + 2 * nodePadX);
    const height = Math.ceil(wrapped.lines.length * titleLine + levelLine + 2 * nodePadY);
    return {
      role,
      soft,
      hard,
      x: margin.left + soft * plotWidth - width / 2,
      y: margin.top + (1 - hard) * plotHeight - height / 2,
      width,
      height,
      lines: wrapped.lines,
      shortened: wrapped.shortened,
      colour: trackColours[(trackIndex.get(role.trackId) ?? 0) % trackColours.length] as string,
    };
  });
  spreadSideways(nodes, gap);
  const boxes = levelBoxes(framework, nodes);

  // Grow the picture to hold everything that was pushed outside the plot.
  const everything: Rect[] = [...nodes, ...boxes];
  const minX = Math.min(margin.left, ...everything.map((r) => r.x)) - 8;
  const minY = Math.min(margin.top, ...everything.map((r) => r.y)) - 8;
  const dx = minX < 8 ? 8 - minX : 0;
  const dy = minY < 8 ? 8 - minY : 0;
  for (const r of everything) {
    r.x += dx;
    r.y += dy;
  }
  const plot = { left: margin.left + dx, top: margin.top + dy, width: plotWidth, height: plotHeight };
  const width = Math.ceil(Math.max(plot.left + plotWidth + margin.right, ...everything.map((r) => r.x + r.width + 8)));
  const contentBottom = Math.max(plot.top + plotHeight + margin.bottom, ...everything.map((r) => r.y + r.height + 8 + margin.bottom));

  // The legend flows in rows under the picture, one swatch and name per track.
  const legend: SkillsMapLayout['legend'] = [];
  let lx = plot.left;
  let ly = contentBottom;
  for (const track of framework.tracks) {
    if (!nodes.some((n) => n.role.trackId === track.id)) continue;
    const w = 26 + textWidth(track.name, legendFont) + 18;
    if (lx + w > width - 8 && lx > plot.left) {
      lx = plot.left;
      ly += 18;
    }
    legend.push({ trackId: track.id, name: track.name, colour: trackColours[(trackIndex.get(track.id) ?? 0) % trackColours.length] as string, x: lx, y: ly });
    lx += w;
  }
  const height = Math.ceil(legend.length > 0 ? ly + 22 : contentBottom);

  const paths = framework.tracks
    .map((track) => ({
      trackId: track.id,
      colour: trackColours[(trackIndex.get(track.id) ?? 0) % trackColours.length] as string,
      roleIds: nodes
        .filter((n) => n.role.trackId === track.id && n.role.levelRank >= 0)
        .sort((a, b) => a.role.levelRank - b.role.levelRank)
        .map((n) => n.role.id),
    }))
    .filter((p) => p.roleIds.length > 0);
  return { width, height, plot, nodes, boxes, paths, legend };
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

/** Where the segment from the centre of `a` towards the centre of `b` leaves `a`'s box. */
function edgePoint(a: Rect, b: Rect): { x: number; y: number } {
  const ax = a.x + a.width / 2;
  const ay = a.y + a.height / 2;
  const dx = b.x + b.width / 2 - ax;
  const dy = b.y + b.height / 2 - ay;
  if (dx === 0 && dy === 0) return { x: ax, y: ay };
  const sx = dx === 0 ? Infinity : a.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : a.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: ax + dx * s, y: ay + dy * s };
}

/**
 * The skills map as SVG: soft skills to the right, hard skills up, one box per role, arrows
 * along each track, lateral moves and switches dashed, level boxes behind, a legend of tracks.
 * Undefined when no role says how much of any dimension it needs; a paragraph saying why there
 * is no map when more than MAX_MAP_ROLES roles do.
 */
export function renderSkillsMap(framework: Framework): string | undefined {
  const count = mappableRoles(framework).length;
  if (count === 0) return undefined;
  if (count > MAX_MAP_ROLES) {
    return `<p class="skills-map-summary">${count} roles have a proficiency: too many to draw on one map (at most ${MAX_MAP_ROLES}). Export one track at a time with <code>--tracks</code> to see its map.</p>`;
  }
  const layout = layoutSkillsMap(framework);
  const e = escapeHtml;
  const { width, height, plot } = layout;
  const byId = new Map(layout.nodes.map((n) => [n.role.id, n]));
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="skills-map-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="skills-map-title" font-family="${e(mapFontFamily)}">`,
    `<title id="skills-map-title">Skills map of ${e(framework.name)}: soft skills to the right, hard skills up</title>`,
    '<defs>',
  ];
  for (const path of layout.paths) out.push(`<marker id="skills-arrow-${e(path.trackId)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${path.colour}"/></marker>`);
  for (const [kind, colour] of Object.entries(moveColours)) out.push(`<marker id="skills-move-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`);
  out.push('<marker id="skills-axis" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#8795a5"/></marker>', '</defs>');

  // Axes: the plot's left and bottom edges, named.
  const axisY = plot.top + plot.height;
  out.push(
    `<path class="skills-axes" d="M${r(plot.left)} ${r(plot.top)}V${r(axisY)}H${r(plot.left + plot.width)}" stroke="#8795a5" stroke-width="1.2" fill="none" marker-start="url(#skills-axis)" marker-end="url(#skills-axis)"/>`,
    `<text class="axis-label" x="${r(plot.left + plot.width)}" y="${r(axisY + 30)}" text-anchor="end" font-size="12" font-weight="700" fill="#4a5563">Soft skills →</text>`,
    `<text class="axis-label" transform="translate(${r(plot.left - 18)} ${r(plot.top)}) rotate(-90)" text-anchor="end" font-size="12" font-weight="700" fill="#4a5563">Hard skills →</text>`,
  );

  for (const box of layout.boxes) {
    out.push(`<rect class="level-box" data-level="${e(box.levelId)}" x="${r(box.x)}" y="${r(box.y)}" width="${r(box.width)}" height="${r(box.height)}" rx="10" fill="#f6f7f9" fill-opacity="0.6" stroke="#c9d0d9" stroke-dasharray="4 3"/>`);
  }

  for (const path of layout.paths) {
    for (let i = 1; i < path.roleIds.length; i += 1) {
      const a = byId.get(path.roleIds[i - 1] as string) as SkillsMapNode;
      const b = byId.get(path.roleIds[i] as string) as SkillsMapNode;
      const from = edgePoint(a, b);
      const to = edgePoint(b, a);
      out.push(`<path class="track-path" data-track="${e(path.trackId)}" d="M${r(from.x)} ${r(from.y)}L${r(to.x)} ${r(to.y)}" stroke="${path.colour}" stroke-width="2" fill="none" marker-end="url(#skills-arrow-${e(path.trackId)})"/>`);
    }
  }
  for (const move of framework.moves) {
    const a = byId.get(move.from);
    const b = byId.get(move.to);
    // A promotion along one track is already its path's arrow; one onto another track is drawn.
    if (!a || !b || (move.kind === 'promotion' && a.role.trackId === b.role.trackId)) continue;
    const from = edgePoint(a, b);
    const to = edgePoint(b, a);
    out.push(
      `<path class="move move-${move.kind}" data-from="${e(move.from)}" data-to="${e(move.to)}" d="M${r(from.x)} ${r(from.y)}L${r(to.x)} ${r(to.y)}" stroke="${moveColours[move.kind]}" stroke-width="1.6"${move.kind === 'promotion' ? '' : ' stroke-dasharray="5 3"'} fill="none" marker-end="url(#skills-move-${move.kind})"><title>${e(`${move.kind}: ${a.role.title} → ${b.role.title}`)}</title></path>`,
    );
  }

  // Level names above the arrows, with a halo so a line passing under them does not hide them.
  for (const box of layout.boxes) {
    const label = wrapText(box.label, levelFont, Math.max(40, box.width - 16), 1);
    out.push(
      `<text class="level-box-label" data-level="${e(box.levelId)}" x="${r(box.x + 8)}" y="${r(box.y + 14)}" font-size="${levelFont.size}" fill="#4a5563" stroke="#ffffff" stroke-width="3" paint-order="stroke">${label.shortened ? `<title>${e(box.label)}</title>` : ''}${e(label.lines[0] ?? '')}</text>`,
    );
  }

  // Each role links to its section; in the studio a click opens its lines in the editor.
  for (const node of layout.nodes) {
    const level = framework.index.levels.get(node.role.levelId)?.id ?? node.role.levelId;
    // One text per role (title lines, then the level), so the whole box reads as one label.
    const spans = node.lines
      .map((line, i) => `<tspan x="${r(node.x + nodePadX)}" y="${r(node.y + nodePadY + 11.5 + i * titleLine)}" font-size="${titleFont.size}" font-weight="700" fill="#16202b">${e(line)}</tspan>`)
      .join('');
    const levelSpan = `<tspan x="${r(node.x + nodePadX)}" y="${r(node.y + nodePadY + 10 + node.lines.length * titleLine)}" font-size="${levelFont.size}" font-weight="400" fill="#4a5563">${e(level)}</tspan>`;
    out.push(
      `<a href="#role-${e(node.role.id)}" data-role-id="${e(node.role.id)}"><g class="skills-node" data-role="${e(node.role.id)}" data-soft="${r(node.soft * 100)}" data-hard="${r(node.hard * 100)}"><title>${e(`${node.role.title} (${level}): hard skills ${Math.round(node.hard * 100)}%, soft skills ${Math.round(node.soft * 100)}%`)}</title>` +
        `<rect x="${r(node.x)}" y="${r(node.y)}" width="${r(node.width)}" height="${r(node.height)}" rx="6" fill="#ffffff" stroke="${node.colour}" stroke-width="1.6"/><text>${spans}${levelSpan}</text></g></a>`,
    );
  }
  for (const item of layout.legend) {
    out.push(
      `<g class="skills-legend" data-track="${e(item.trackId)}"><line x1="${r(item.x)}" y1="${r(item.y + 6)}" x2="${r(item.x + 20)}" y2="${r(item.y + 6)}" stroke="${item.colour}" stroke-width="2.5"/>` +
        `<text x="${r(item.x + 26)}" y="${r(item.y + 10)}" font-size="${legendFont.size}" fill="#16202b">${e(item.name)}</text></g>`,
    );
  }
  out.push('</svg>');
  return out.join('');
}
