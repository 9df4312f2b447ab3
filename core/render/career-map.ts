import { escapeHtml } from './escape.ts';
import { parityRows } from './parity.ts';
import { moveKindLabel } from './format.ts';
import { twinsOf } from '../model/index.ts';
import type { Framework, MoveKind, Role } from '../model/index.ts';

const gutter = 112;
const columnWidth = 212;
const boxWidth = 176;
const boxHeight = 46;
const rowHeight = 96;
const headerHeight = 44;
const pad = 12;

/** Colours of move arrows; each reads at AA contrast on white, where the labels sit. */
export const moveColours: Record<MoveKind, string> = {
  promotion: '#1f6b3f',
  lateral: '#6a459c',
  switch: '#0b57a4',
  'step-down': '#9a4008',
};

const trackStyle: Record<string, { fill: string; stroke: string }> = {
  ic: { fill: '#edf3fb', stroke: '#4f7fc0' },
  management: { fill: '#edf6f0', stroke: '#4a9165' },
  other: { fill: '#fbf4e8', stroke: '#b5863a' },
};

interface Box {
  role: Role;
  x: number;
  y: number;
  w: number;
  h: number;
}

// Titles are wrapped by character count: SVG has no text layout, and an estimate of the average
// glyph width of the system sans-serif at 12px is close enough to keep titles inside their box.
function wrapTitle(title: string, perLine: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of title.split(/\s+/).filter(Boolean)) {
    if (!current) current = word;
    else if (current.length + 1 + word.length <= perLine) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  const clipped = lines.slice(0, 2).map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
  if (lines.length > 2 && clipped[1] !== undefined) clipped[1] = `${clipped[1].slice(0, perLine - 1).replace(/…$/, '')}…`;
  return clipped;
}

function centre(b: Box): [number, number] {
  return [b.x + b.w / 2, b.y + b.h / 2];
}

/** Where the line from a box's centre towards (tx, ty) leaves the box. */
function edgePoint(b: Box, tx: number, ty: number): [number, number] {
  const [cx, cy] = centre(b);
  const dx = tx - cx;
  const dy = ty - cy;
  if (dx === 0 && dy === 0) return [cx, cy];
  const t = Math.min(dx === 0 ? Infinity : b.w / 2 / Math.abs(dx), dy === 0 ? Infinity : b.h / 2 / Math.abs(dy));
  return [cx + dx * t, cy + dy * t];
}

const r = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * The career map as inline SVG: one column per track, one row per level (most senior on top),
 * each role a box linking to its section, the usual promotion path as plain arrows up each
 * column, twins joined by dashed lines, and the framework's moves as curved arrows labelled by
 * kind. Pure string building, so it renders identically in the studio, a browser and a PDF.
 */
export function renderCareerMap(framework: Framework): string {
  const rows = parityRows(framework);
  const tracks = framework.tracks;
  const width = gutter + Math.max(1, tracks.length) * columnWidth + pad;
  const height = headerHeight + Math.max(1, rows.length) * rowHeight + pad;
  const boxes = new Map<string, Box>();
  const out: string[] = [];

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="career-map-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="career-map-svg-title" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif">`,
    `<title id="career-map-svg-title">Career map of ${escapeHtml(framework.name)}: tracks side by side, levels from most senior at the top</title>`,
    '<defs>',
    '<marker id="arrow-path" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#8795a5"/></marker>',
  );
  for (const [kind, colour] of Object.entries(moveColours)) {
    out.push(`<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`);
  }
  out.push('</defs>');

  // Level bands and labels.
  rows.forEach((row, i) => {
    const y = headerHeight + i * rowHeight;
    if (i % 2 === 0) out.push(`<rect x="0" y="${y}" width="${width}" height="${rowHeight}" fill="#f6f7f9"/>`);
    const labelY = y + rowHeight / 2;
    const name = row.level.name;
    out.push(
      `<text x="${pad}" y="${r(name ? labelY - 3 : labelY + 4)}" font-size="13" font-weight="700" fill="#1d2733">${escapeHtml(row.level.id)}</text>`,
    );
    if (name) out.push(`<text x="${pad}" y="${r(labelY + 13)}" font-size="11" fill="#4a5563">${escapeHtml(wrapTitle(name, 15)[0] ?? '')}</text>`);
  });

  // Track headings.
  tracks.forEach((track, i) => {
    const x = gutter + i * columnWidth + columnWidth / 2;
    const title = wrapTitle(track.name, 28)[0] ?? track.id;
    out.push(`<text x="${r(x)}" y="28" text-anchor="middle" font-size="13" font-weight="700" fill="#1d2733">${escapeHtml(title)}</text>`);
  });

  // Place boxes: several roles of one track on one level share the cell side by side.
  rows.forEach((row, i) => {
    row.cells.forEach((roles, col) => {
      const n = roles.length;
      if (n === 0) return;
      const gap = 6;
      const w = (boxWidth - gap * (n - 1)) / n;
      roles.forEach((role, k) => {
        if (boxes.has(role.id)) return;
        const x = gutter + col * columnWidth + (columnWidth - boxWidth) / 2 + k * (w + gap);
        const y = headerHeight + i * rowHeight + (rowHeight - boxHeight) / 2;
        boxes.set(role.id, { role, x, y, w, h: boxHeight });
      });
    });
  });

  // The usual path up each track, drawn first so everything else sits on top.
  for (const track of tracks) {
    const placed = track.roles.filter((role) => boxes.get(role.id)?.role === role).sort((a, b) => a.levelRank - b.levelRank);
    for (let k = 1; k < placed.length; k += 1) {
      const lower = boxes.get(placed[k - 1]?.id ?? '');
      const upper = boxes.get(placed[k]?.id ?? '');
      if (!lower || !upper || lower.role.levelRank === upper.role.levelRank) continue;
      // An explicit move along the same step is drawn instead, in its own colour and with its label.
      if (framework.moves.some((m) => m.from === lower.role.id && m.to === upper.role.id)) continue;
      const [x1] = centre(lower);
      const [x2] = centre(upper);
      out.push(`<line x1="${r(x1)}" y1="${r(lower.y)}" x2="${r(x2)}" y2="${r(upper.y + upper.h + 1)}" stroke="#8795a5" stroke-width="1.5" marker-end="url(#arrow-path)"/>`);
    }
  }

  // Twins: dashed links between boxes on the same level.
  const drawn = new Set<string>();
  for (const box of boxes.values()) {
    for (const twin of twinsOf(framework, box.role.id)) {
      const other = boxes.get(twin.id);
      if (!other || other.role !== twin || twin.levelId !== box.role.levelId) continue;
      const key = [box.role.id, twin.id].sort().join('\u0000');
      if (drawn.has(key)) continue;
      drawn.add(key);
      const [left, right] = box.x < other.x ? [box, other] : [other, box];
      const y = left.y + left.h / 2;
      out.push(`<line class="parity-link" x1="${r(left.x + left.w)}" y1="${r(y)}" x2="${r(right.x)}" y2="${r(y)}" stroke="#5d6b7b" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    }
  }

  // Role boxes.
  for (const box of boxes.values()) {
    const track = framework.index.tracks.get(box.role.trackId);
    const style = trackStyle[track?.kind ?? 'other'] ?? { fill: '#fbf4e8', stroke: '#b5863a' };
    const lines = wrapTitle(box.role.title, Math.max(6, Math.floor((box.w - 12) / 6.7)));
    const [cx, cy] = centre(box);
    const first = cy - (lines.length - 1) * 7.5 + 4;
    const id = escapeHtml(box.role.id);
    out.push(
      `<a href="#role-${id}" data-role-id="${id}"><title>${escapeHtml(box.role.title)}</title>`,
      `<rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${box.h}" rx="7" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"/>`,
      `<text x="${r(cx)}" text-anchor="middle" font-size="12" font-weight="600" fill="#16202b">${lines.map((line, k) => `<tspan x="${r(cx)}" y="${r(first + k * 15)}">${escapeHtml(line)}</tspan>`).join('')}</text>`,
      '</a>',
    );
  }

  // Moves: curved arrows labelled by kind. Between boxes on one level the arrow arcs over the
  // row, so it never hides the dashed twin link; across levels it bows to one side. A move and
  // its reverse of the same kind become one two-headed arrow rather than two crossing ones.
  const labels: string[] = [];
  const pairs = new Map<string, { from: Box; to: Box; kind: MoveKind; both: boolean }>();
  for (const move of framework.moves) {
    const from = boxes.get(move.from);
    const to = boxes.get(move.to);
    if (!from || !to || from === to) continue;
    const reverse = pairs.get(`${move.to}\u0000${move.from}\u0000${move.kind}`);
    if (reverse) reverse.both = true;
    else if (!pairs.has(`${move.from}\u0000${move.to}\u0000${move.kind}`)) pairs.set(`${move.from}\u0000${move.to}\u0000${move.kind}`, { from, to, kind: move.kind, both: false });
  }
  // Each label goes to the first spot, nearest its arrow first, that clears the boxes and the
  // labels already placed; a crowded map falls back to the arrow's midpoint.
  const taken: { x: number; y: number; w: number; h: number }[] = [...boxes.values()];
  const placeLabel = (spots: [number, number][], w: number): [number, number] => {
    const clear = (x: number, y: number) =>
      x - w / 2 >= 0 && x + w / 2 <= width && !taken.some((b) => x - w / 2 - 2 < b.x + b.w && x + w / 2 + 2 > b.x && y - 10 < b.y + b.h && y + 10 > b.y);
    const nudges: [number, number][] = [[0, 0], [0, -12], [0, 12], [-24, 0], [24, 0], [0, -22], [0, 22], [-48, 0], [48, 0], [-36, -16], [36, 16], [36, -16], [-36, 16]];
    let found: [number, number] | undefined;
    for (const [dx, dy] of nudges) {
      for (const [x, y] of spots) {
        if (!found && clear(x + dx, y + dy)) found = [x + dx, y + dy];
      }
    }
    const [x, y] = found ?? spots[0] ?? [0, 0];
    taken.push({ x: x - w / 2, y: y - 8, w, h: 16 });
    return [x, y];
  };
  [...pairs.values()].forEach((move, i) => {
    const { from, to } = move;
    const [fx, fy] = centre(from);
    const [tx, ty] = centre(to);
    let sx: number, sy: number, ex: number, ey: number, cxp: number, cyp: number;
    let labelAside = false;
    if (from.y === to.y) {
      // Next-door boxes: arc over the row. Farther apart: arc under it, so the arrow does not
      // cross the boxes in between at the same height as a next-door arc.
      const dir = tx > fx ? 1 : -1;
      const adjacent = Math.abs(tx - fx) <= columnWidth + 1;
      sx = fx + (dir * from.w) / 4;
      ex = tx - (dir * to.w) / 4;
      sy = adjacent ? from.y : from.y + from.h;
      ey = sy;
      cxp = (sx + ex) / 2;
      cyp = adjacent ? sy - 30 : sy + 30;
    } else if (Math.abs(fx - tx) < 1) {
      // Up or down one column: a straight arrow with the label beside it.
      sx = fx;
      ex = tx;
      sy = ty < fy ? from.y : from.y + from.h;
      ey = ty < fy ? to.y + to.h + 1 : to.y - 1;
      cxp = fx;
      cyp = (sy + ey) / 2;
      labelAside = true;
    } else {
      const len = Math.hypot(tx - fx, ty - fy) || 1;
      const bow = 22 + (i % 3) * 8;
      cxp = (fx + tx) / 2 + (-(ty - fy) / len) * bow;
      cyp = (fy + ty) / 2 + ((tx - fx) / len) * bow;
      [sx, sy] = edgePoint(from, cxp, cyp);
      [ex, ey] = edgePoint(to, cxp, cyp);
    }
    const colour = moveColours[move.kind];
    const dash = move.kind === 'step-down' ? ' stroke-dasharray="2 3"' : '';
    out.push(`<path class="move move-${move.kind}" d="M${r(sx)} ${r(sy)}Q${r(cxp)} ${r(cyp)} ${r(ex)} ${r(ey)}" fill="none" stroke="${colour}" stroke-width="1.8"${dash}${move.both ? ` marker-start="url(#arrow-${move.kind})"` : ''} marker-end="url(#arrow-${move.kind})"/>`);
    const label = (moveKindLabel[move.kind] ?? move.kind).toLowerCase();
    const lw = label.length * 6.3 + 10;
    const my = 0.25 * sy + 0.5 * cyp + 0.25 * ey;
    const spots: [number, number][] = labelAside
      ? [[cxp - lw / 2 - 8, my], [cxp + lw / 2 + 8, my]]
      : [[0.25 * sx + 0.5 * cxp + 0.25 * ex, my]];
    const [lx, ly] = placeLabel(spots, lw);
    labels.push(
      `<g class="move-label"><rect x="${r(lx - lw / 2)}" y="${r(ly - 8)}" width="${r(lw)}" height="16" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="1"/>` +
        `<text x="${r(lx)}" y="${r(ly + 4)}" text-anchor="middle" font-size="11" font-weight="600" fill="${colour}">${escapeHtml(label)}</text></g>`,
    );
  });
  out.push(...labels, '</svg>');
  return out.join('');
}
