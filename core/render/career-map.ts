import { escapeHtml } from './escape.ts';
import { mapFontFamily } from './map-font.ts';
import { fonts, layoutCareerMap, lineHeight, type MapLayout, type MapNote } from './map-layout.ts';
import { twinsOf, type Framework, type MoveKind } from '../model/index.ts';
import { memoBy } from '../memo.ts';

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

const pathColour = '#8795a5';
const twinColour = '#5d6b7b';

/** The career map as SVG, and the full text of every label it had to shorten. */
export interface CareerMap {
  svg: string;
  /**
   * The same drawing for paper: one SVG per page, each a band of levels under the track
   * headings (they point at the screen SVG's drawing, so it is not repeated).
   */
  printSvg: string;
  /** Whether the map is printed on landscape pages, being too wide for portrait ones at a readable size. */
  landscape: boolean;
  notes: MapNote[];
  /** Set when the framework is too large to draw role by role (see map-layout.ts). */
  summary?: string;
}

const r = (n: number): string => String(Math.round(n * 10) / 10);
const e = escapeHtml;

// Baseline of the first line of text in a block that starts at `top`: Arial's ascent is 0.905 em,
// and half the leading goes above it.
function firstBaseline(top: number, size: number, leading: number): number {
  return top + (leading - size) / 2 + size * 0.905 - size * 0.1;
}

function marker(n: number | undefined): string {
  return n === undefined ? '' : `<tspan class="map-note-marker" font-size="${fonts.marker.size}" dy="-4">${'\u00a0'}${n}</tspan>`;
}

// On screen the picture shrinks to its column, but not below this share of its size: past that the
// labels would be too small to read, and the frame scrolls sideways instead.
const minScreenScale = 0.8;
const minWidth = (width: number) => ` style="min-width:${Math.round(width * minScreenScale)}px"`;

function draw(layout: MapLayout, name: string): string {
  const { width, height } = layout;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="career-map-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"${minWidth(width)} role="img" aria-labelledby="career-map-svg-title" font-family="${e(mapFontFamily)}">`,
    `<title id="career-map-svg-title">Career map of ${e(name)}: tracks side by side, levels from most senior at the top</title>`,
    '<defs>',
    `<marker id="arrow-path" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${pathColour}"/></marker>`,
  ];
  for (const [kind, colour] of Object.entries(moveColours)) {
    out.push(`<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`);
  }
  // The font is set on the drawing itself: the printed bands reuse it through <use>, and a clone
  // inherits from where it is used, not from this <svg>.
  out.push(`</defs><g id="${drawingId}" font-family="${e(mapFontFamily)}">`);

  if (layout.summary && layout.boxes.length === 0) {
    out.push(`<text x="${r(width / 2)}" y="34" text-anchor="middle" font-size="13" fill="#4a5563">${e(layout.summary)}</text></g></svg>`);
    return out.join('');
  }

  // Level bands and labels in the gutter.
  layout.levels.forEach((level, i) => {
    if (i % 2 === 0) out.push(`<rect class="level-band" x="0" y="${r(level.bandTop)}" width="${width}" height="${r(level.bandBottom - level.bandTop)}" fill="#f6f7f9"/>`);
    const lines = level.nameLines.length;
    const blockHeight = 16 + lines * lineHeight.levelName;
    const top = level.y - blockHeight / 2;
    // Only a shortened label carries a tooltip: the full text is then something the reader lacks.
    const title = level.marker !== undefined ? `<title>${e(level.title)}</title>` : '';
    out.push(`<g class="level-label">${title}<text x="12" y="${r(firstBaseline(top, fonts.levelId.size, 16))}" font-size="${fonts.levelId.size}" font-weight="700" fill="#1d2733">${e(level.idText)}${lines === 0 ? marker(level.marker) : ''}</text>`);
    if (lines > 0) {
      const tspans = level.nameLines.map((line, k) => `<tspan x="12" y="${r(firstBaseline(top + 16 + k * lineHeight.levelName, fonts.levelName.size, lineHeight.levelName))}">${e(line)}${k === lines - 1 ? marker(level.marker) : ''}</tspan>`);
      out.push(`<text font-size="${fonts.levelName.size}" fill="#4a5563">${tspans.join('')}</text>`);
    }
    out.push('</g>');
  });

  // Track headings.
  for (const header of layout.headers) {
    const top = header.y;
    const tspans = header.lines.map((line, k) => `<tspan x="${r(header.x)}" y="${r(firstBaseline(top + k * lineHeight.header, fonts.header.size, lineHeight.header))}">${e(line)}${k === header.lines.length - 1 ? marker(header.marker) : ''}</tspan>`);
    out.push(`<g class="track-header"><title>${e(header.title)}</title><text text-anchor="middle" font-size="${fonts.header.size}" font-weight="700" fill="#1d2733">${tspans.join('')}</text></g>`);
  }

  // Edges first, so boxes and labels sit on top where they meet.
  layout.routes.forEach((route, i) => {
    const d = route.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${r(x)} ${r(y)}`).join('');
    if (route.kind === 'path') {
      out.push(`<path class="promotion-path" d="${d}" fill="none" stroke="${pathColour}" stroke-width="1.5" marker-end="url(#arrow-path)"/>`);
    } else if (route.kind === 'twin') {
      out.push(`<path class="parity-link" d="${d}" fill="none" stroke="${twinColour}" stroke-width="1.5" stroke-dasharray="5 4"/>`);
    } else {
      const colour = moveColours[route.kind];
      const dash = route.kind === 'step-down' ? ' stroke-dasharray="2 3"' : '';
      out.push(`<path class="move move-${route.kind}" data-route="${i}" d="${d}" fill="none" stroke="${colour}" stroke-width="1.8"${dash}${route.arrowStart ? ` marker-start="url(#arrow-${route.kind})"` : ''} marker-end="url(#arrow-${route.kind})"/>`);
    }
  });

  // Role boxes: each links to its section; the full title is the link's tooltip.
  for (const box of layout.boxes) {
    const style = trackStyle[box.trackKind] ?? { fill: '#fbf4e8', stroke: '#b5863a' };
    const cx = box.x + box.w / 2;
    const top = box.y + (box.h - box.lines.length * lineHeight.title) / 2;
    const tspans = box.lines.map((line, k) => `<tspan x="${r(cx)}" y="${r(firstBaseline(top + k * lineHeight.title, fonts.title.size, lineHeight.title))}">${e(line)}${k === box.lines.length - 1 ? marker(box.marker) : ''}</tspan>`);
    const body = `<title>${e(box.title)}</title><rect x="${r(box.x)}" y="${r(box.y)}" width="${r(box.w)}" height="${r(box.h)}" rx="7" fill="${style.fill}" stroke="${style.stroke}" stroke-width="1.5"/><text text-anchor="middle" font-size="${fonts.title.size}" font-weight="700" fill="#16202b">${tspans.join('')}</text>`;
    out.push(box.role ? `<a href="#role-${e(box.role.id)}" data-role-id="${e(box.role.id)}">${body}</a>` : `<g class="map-role map-group">${body}</g>`);
  }

  // Move labels on their arrows.
  for (const label of layout.labels) {
    const colour = moveColours[label.kind];
    out.push(
      `<g class="move-label" data-route="${label.route}"><rect x="${r(label.x)}" y="${r(label.y)}" width="${r(label.w)}" height="${r(label.h)}" rx="8" fill="#ffffff" stroke="${colour}" stroke-width="1"/>` +
        `<text x="${r(label.x + label.w / 2)}" y="${r(label.y + label.h / 2 + 4)}" text-anchor="middle" font-size="${fonts.moveLabel.size}" font-weight="700" fill="${colour}">${e(label.text)}</text></g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('');
}

const drawingId = 'career-map-drawing';

/** Printable area of a page in CSS px (96 per inch), margins of about 16 mm taken off. */
const printArea = {
  a4: { portrait: { w: 672, h: 960 }, landscape: { w: 1000, h: 640 } },
  letter: { portrait: { w: 694, h: 900 }, landscape: { w: 934, h: 664 } },
};
// Room the section's heading and introduction take on the map's first page.
const firstPageReserve = 120;

/** Where a page may end between two levels: outside every box and every label of either row. */
function cutBetween(layout: MapLayout, upper: number): number {
  const a = layout.levels[upper];
  const b = layout.levels[upper + 1];
  if (!a || !b) return layout.height;
  const blocked = layout.labels.map((l) => [l.y - 2, l.y + l.h + 2] as const);
  const free = (y: number) => blocked.every(([t, u]) => y < t || y > u);
  const mid = a.bandBottom;
  let best = mid;
  for (let d = 0; d <= (b.rowTop - a.rowBottom) / 2; d += 1) {
    if (free(mid - d) && mid - d > a.rowBottom) return mid - d;
    if (free(mid + d) && mid + d < b.rowTop) return mid + d;
    best = mid;
  }
  return best;
}

/**
 * The drawing cut into page-sized bands of whole levels, each under a copy of the track headings.
 * The scale is the one the page will print at, so a band fills at most one page.
 */
function printSlices(layout: MapLayout, paper: 'a4' | 'letter'): { html: string; landscape: boolean } {
  const { width, height } = layout;
  const landscape = width > printArea[paper].portrait.w;
  const area = printArea[paper][landscape ? 'landscape' : 'portrait'];
  const scale = Math.min(1, area.w / width);
  const headerHeight = layout.levels[0]?.bandTop ?? 0;
  const cuts = [headerHeight, ...layout.levels.slice(0, -1).map((_, i) => cutBetween(layout, i)), height];
  const slices: [number, number][] = [];
  let start = 0;
  for (let k = 1; k < cuts.length; k += 1) {
    const room = (area.h - (slices.length === 0 ? firstPageReserve : 0)) / scale - headerHeight;
    const top = cuts[start] ?? 0;
    const next = cuts[k + 1];
    // Take level k into this page; close the page when the next level would not fit.
    if (next === undefined || next - top > room) {
      slices.push([top, cuts[k] ?? height]);
      start = k;
    }
  }
  const use = `<use href="#${drawingId}"/>`;
  const html = slices
    .map(([top, bottom], i) => {
      const bandHeight = bottom - top;
      const total = headerHeight + bandHeight;
      const label = slices.length > 1 ? `Career map, part ${i + 1} of ${slices.length}` : 'Career map';
      return (
        `<svg xmlns="http://www.w3.org/2000/svg" class="map-slice" role="img" aria-label="${label}" viewBox="0 0 ${width} ${r(total)}" width="${width}" height="${r(total)}">` +
        `<svg width="${width}" height="${r(headerHeight)}" viewBox="0 0 ${width} ${r(headerHeight)}">${use}</svg>` +
        `<svg y="${r(headerHeight)}" width="${width}" height="${r(bandHeight)}" viewBox="0 ${r(top)} ${width} ${r(bandHeight)}">${use}</svg></svg>`
      );
    })
    .join('');
  return { html: `<div class="map-print">${html}</div>`, landscape };
}

/**
 * The career map of a framework: one column per track and one row per level (most senior on
 * top), each role a box linking to its section, the usual promotion path as grey arrows, twins
 * joined by dashed lines and moves as coloured arrows labelled by kind. Labels are wrapped from
 * measured text; one that must be shortened ends in an ellipsis and a footnote number, and keeps
 * its full text in `<title>` and in `notes`. Pure string building, so it renders identically in
 * the studio, a browser and a PDF.
 */
export function careerMap(framework: Framework, paper: 'a4' | 'letter' = 'a4'): CareerMap {
  return careerMapByShape(framework, paper);
}

/**
 * Everything the map reads, as one string: the drawing is a function of the levels, tracks, roles'
 * ids, titles, levels and twins, and the moves, never of bullets, so the studio lays it out again
 * only when one of those changes, not on every keystroke in an expectation.
 */
export function mapShapeKey(framework: Framework, paper: 'a4' | 'letter' = 'a4'): string {
  return JSON.stringify([
    paper,
    framework.name,
    framework.levels.map((l) => [l.id, l.name ?? null]),
    framework.tracks.map((t) => [t.id, t.name, t.kind, t.roles.map((r) => [r.id, r.title, r.levelId, r.levelRank, r.equivalent ?? null, twinsOf(framework, r.id).map((x) => x.id)])]),
    framework.moves.map((m) => [m.from, m.to, m.kind]),
  ]);
}

// A handful of shapes: the studio's current document and the one before an edit, mostly.
const careerMapByShape = memoBy(mapShapeKey, drawCareerMap, 8);

/** careerMap without the cache, for the test that proves the cache key covers what the map reads. */
export function drawCareerMap(framework: Framework, paper: 'a4' | 'letter' = 'a4'): CareerMap {
  const layout = layoutCareerMap(framework);
  const print = printSlices(layout, paper);
  return { svg: draw(layout, framework.name), printSvg: print.html, landscape: print.landscape, notes: layout.notes, ...(layout.summary ? { summary: layout.summary } : {}) };
}

/** The career map's SVG alone (see careerMap for the footnotes of shortened labels). */
export function renderCareerMap(framework: Framework): string {
  return careerMap(framework).svg;
}
