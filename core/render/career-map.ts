import { escapeHtml } from './escape.ts';
import { mapFontFamily } from './map-font.ts';
import { fonts, layoutCareerMap, lineHeight, type MapLayout, type MapNote } from './map-layout.ts';
import type { Framework, MoveKind } from '../model/index.ts';

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

function draw(layout: MapLayout, name: string): string {
  const { width, height } = layout;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="career-map-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="career-map-svg-title" font-family="${e(mapFontFamily)}">`,
    `<title id="career-map-svg-title">Career map of ${e(name)}: tracks side by side, levels from most senior at the top</title>`,
    '<defs>',
    `<marker id="arrow-path" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${pathColour}"/></marker>`,
  ];
  for (const [kind, colour] of Object.entries(moveColours)) {
    out.push(`<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`);
  }
  out.push('</defs>');

  if (layout.summary && layout.boxes.length === 0) {
    out.push(`<text x="${r(width / 2)}" y="34" text-anchor="middle" font-size="13" fill="#4a5563">${e(layout.summary)}</text></svg>`);
    return out.join('');
  }

  // Level bands and labels in the gutter.
  layout.levels.forEach((level, i) => {
    if (i % 2 === 0) out.push(`<rect class="level-band" x="0" y="${r(level.bandTop)}" width="${width}" height="${r(level.bandBottom - level.bandTop)}" fill="#f6f7f9"/>`);
    const lines = level.nameLines.length;
    const blockHeight = 16 + lines * lineHeight.levelName;
    const top = level.y - blockHeight / 2;
    out.push(`<g class="level-label"><title>${e(level.title)}</title><text x="12" y="${r(firstBaseline(top, fonts.levelId.size, 16))}" font-size="${fonts.levelId.size}" font-weight="700" fill="#1d2733">${e(level.idText)}${lines === 0 ? marker(level.marker) : ''}</text>`);
    level.nameLines.forEach((line, k) => {
      const last = k === lines - 1;
      out.push(`<text x="12" y="${r(firstBaseline(top + 16 + k * lineHeight.levelName, fonts.levelName.size, lineHeight.levelName))}" font-size="${fonts.levelName.size}" fill="#4a5563">${e(line)}${last ? marker(level.marker) : ''}</text>`);
    });
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
  out.push('</svg>');
  return out.join('');
}

/**
 * The career map of a framework: one column per track and one row per level (most senior on
 * top), each role a box linking to its section, the usual promotion path as grey arrows, twins
 * joined by dashed lines and moves as coloured arrows labelled by kind. Labels are wrapped from
 * measured text; one that must be shortened ends in an ellipsis and a footnote number, and keeps
 * its full text in `<title>` and in `notes`. Pure string building, so it renders identically in
 * the studio, a browser and a PDF.
 */
export function careerMap(framework: Framework): CareerMap {
  const layout = layoutCareerMap(framework);
  return { svg: draw(layout, framework.name), notes: layout.notes, ...(layout.summary ? { summary: layout.summary } : {}) };
}

/** The career map's SVG alone (see careerMap for the footnotes of shortened labels). */
export function renderCareerMap(framework: Framework): string {
  return careerMap(framework).svg;
}
