import { escapeHtml } from './escape.ts';
import { mapFontFamily } from './map-font.ts';
import { textWidth, wrapText, type MapFont } from './measure.ts';
import { roleStepRanks, stepRanks, topStepRank } from '../model/proficiency.ts';
import type { Framework, Role } from '../model/types.ts';

/** A role drawn on a radar, with how it is named in the legend. */
export interface RadarSeries {
  role: Role;
  label: string;
}

const labelFont: MapFont = { size: 11, weight: 400 };
const legendFont: MapFont = { size: 11, weight: 400 };
const labelLine = 13;
const radius = 84;
const labelGap = 10;
const labelWidth = 112;
const seriesColours = ['#0b57a4', '#9a4008', '#1f6b3f'];
const hardColour = '#0b57a4';
const softColour = '#8a3f86';

const r = (n: number): string => String(Math.round(n * 10) / 10);

/** The dimensions a radar shows: those any of the roles gives a step for, in the framework's order. */
function axesOf(framework: Framework, roles: readonly Role[]): { id: string; name: string; kind: 'hard' | 'soft' }[] {
  const used = new Set(roles.flatMap((role) => Object.keys(role.proficiency)));
  return framework.dimensions.filter((d, i, all) => used.has(d.id) && all.findIndex((x) => x.id === d.id) === i).map((d) => ({ id: d.id, name: d.name, kind: d.kind }));
}

/**
 * A radar of how much of each dimension a role needs: one spoke per dimension (hard skills in
 * blue, soft in purple), a ring per step of the scale, one polygon per role. With `compare`,
 * the other roles are drawn over it (the role below, its twin). Undefined when the role gives no
 * proficiency.
 */
export function renderRadar(framework: Framework, series: readonly RadarSeries[], id: string): string | undefined {
  const first = series[0];
  if (!first || Object.keys(first.role.proficiency).length === 0) return undefined;
  const axes = axesOf(framework, series.map((s) => s.role));
  if (axes.length === 0) return undefined;
  const ranks = stepRanks(framework);
  const top = topStepRank(framework);
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / axes.length;

  // Labels first: their extents decide the size of the picture.
  const labels = axes.map((axis, i) => {
    const a = angle(i);
    const wrapped = wrapText(`${axis.name}`, labelFont, labelWidth, 2);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const anchorX = (radius + labelGap) * cos;
    const anchorY = (radius + labelGap) * sin;
    const anchor: 'start' | 'middle' | 'end' = Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end';
    const height = wrapped.lines.length * labelLine;
    const left = anchor === 'start' ? anchorX : anchor === 'end' ? anchorX - wrapped.width : anchorX - wrapped.width / 2;
    const topY = Math.abs(cos) < 0.3 ? (sin < 0 ? anchorY - height : anchorY) : anchorY - height / 2;
    return { axis, wrapped, anchor, anchorX, left, top: topY, height, cos, sin };
  });
  const legendRows = series.length > 1 ? series.length : 0;
  const minX = Math.min(-radius, ...labels.map((l) => l.left)) - 6;
  const maxX = Math.max(radius, ...labels.map((l) => l.left + l.wrapped.width)) + 6;
  const minY = Math.min(-radius, ...labels.map((l) => l.top)) - 6;
  const maxY = Math.max(radius, ...labels.map((l) => l.top + l.height)) + 6;
  const legendWidth = Math.max(0, ...series.map((s) => textWidth(s.label, legendFont) + 22));
  const width = Math.ceil(Math.max(maxX - minX, legendWidth + 12));
  const height = Math.ceil(maxY - minY + legendRows * 16 + (legendRows > 0 ? 6 : 0));
  const cx = -minX + (width - (maxX - minX)) / 2;
  const cy = -minY;
  const e = escapeHtml;
  const point = (i: number, value: number) => ({ x: cx + radius * value * Math.cos(angle(i)), y: cy + radius * value * Math.sin(angle(i)) });

  const stepNames = framework.proficiency.map((s) => s.name);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="radar-svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${e(id)}-title" font-family="${e(mapFontFamily)}">`,
    `<title id="${e(id)}-title">${e(`Proficiency of ${series.map((s) => s.label).join(' and ')}, one spoke per dimension, rings for ${stepNames.join(', ')}`)}</title>`,
  ];
  for (let step = 1; step <= top; step += 1) {
    const ring = axes.map((_, i) => point(i, step / top));
    out.push(`<polygon class="radar-ring" points="${ring.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')}" fill="none" stroke="#d9dee5" stroke-width="1"><title>${e(stepNames[step] ?? '')}</title></polygon>`);
  }
  axes.forEach((axis, i) => {
    const end = point(i, 1);
    out.push(`<line class="radar-spoke" x1="${r(cx)}" y1="${r(cy)}" x2="${r(end.x)}" y2="${r(end.y)}" stroke="${axis.kind === 'hard' ? hardColour : softColour}" stroke-opacity="0.45" stroke-width="1"/>`);
  });
  series.forEach((s, k) => {
    const steps = roleStepRanks(framework, s.role, ranks);
    const colour = seriesColours[k % seriesColours.length] as string;
    const points = axes.map((axis, i) => point(i, (steps.get(axis.id) ?? 0) / top));
    const dash = k === 0 ? '' : ' stroke-dasharray="5 3"';
    out.push(
      `<g class="radar-series" data-role="${e(s.role.id)}"><polygon points="${points.map((p) => `${r(p.x)},${r(p.y)}`).join(' ')}" fill="${colour}" fill-opacity="${k === 0 ? 0.16 : 0.06}" stroke="${colour}" stroke-width="2"${dash}/>` +
        points.map((p, i) => `<circle cx="${r(p.x)}" cy="${r(p.y)}" r="2.6" fill="${colour}"><title>${e(`${s.label}, ${axes[i]?.name}: ${framework.proficiency[steps.get(axes[i]?.id ?? '') ?? -1]?.name ?? 'not given'}`)}</title></circle>`).join('') +
        '</g>',
    );
  });
  for (const l of labels) {
    const x = cx + l.anchorX;
    const lines = l.wrapped.lines.map((line, k) => `<tspan x="${r(x)}" y="${r(cy + l.top + 10 + k * labelLine)}">${e(line)}</tspan>`).join('');
    out.push(`<text class="radar-label" text-anchor="${l.anchor}" font-size="${labelFont.size}" fill="${l.axis.kind === 'hard' ? hardColour : softColour}"><title>${e(`${l.axis.name} (${l.axis.kind} skill)`)}</title>${lines}</text>`);
  }
  if (legendRows > 0) {
    series.forEach((s, k) => {
      const y = maxY - minY + 6 + k * 16;
      const colour = seriesColours[k % seriesColours.length] as string;
      out.push(`<g class="radar-legend"><line x1="6" y1="${r(y + 6)}" x2="20" y2="${r(y + 6)}" stroke="${colour}" stroke-width="2"${k === 0 ? '' : ' stroke-dasharray="5 3"'}/><text x="24" y="${r(y + 10)}" font-size="${legendFont.size}" fill="#16202b">${e(s.label)}</text></g>`);
    });
  }
  out.push('</svg>');
  return out.join('');
}
