import { twinsOf, type Framework } from '../../../core/model/index.ts';
import { fonts } from '../../../core/render/map-layout.ts';
import { textWidth } from '../../../core/render/measure.ts';
import { overlaps, readMap, segmentEnters, textSpan, type Rect, type SvgMap } from './svg-geometry.ts';

const ascent = 0.905;
const descent = 0.212;

function onBorder(p: [number, number], r: Rect, tolerance = 1.5): boolean {
  const withinX = p[0] >= r.x - tolerance && p[0] <= r.x + r.w + tolerance;
  const withinY = p[1] >= r.y - tolerance && p[1] <= r.y + r.h + tolerance;
  const nearX = Math.abs(p[0] - r.x) <= tolerance || Math.abs(p[0] - r.x - r.w) <= tolerance;
  const nearY = Math.abs(p[1] - r.y) <= tolerance || Math.abs(p[1] - r.y - r.h) <= tolerance;
  return (withinX && nearY) || (withinY && nearX);
}

/**
 * Everything a reader would see wrong in a career map SVG: text outside its box or the picture,
 * overlapping boxes or labels, an edge that is not orthogonal or runs under a box or a label,
 * a twin link between roles that are not twins, one visible label standing for two titles, and
 * a shortened label without its ellipsis, full title or footnote. Empty when the map is sound.
 * `notesHtml` is the HTML around the map, where the footnotes are listed.
 */
export function mapProblems(svg: string, framework: Framework, notesHtml?: string): string[] {
  const map: SvgMap = readMap(svg);
  const problems: string[] = [];
  const boxes = map.boxes;

  for (const box of boxes) {
    const r = box.rect;
    if (r.x < 0 || r.y < 0 || r.x + r.w > map.width + 0.5 || r.y + r.h > map.height + 0.5) problems.push(`box "${box.title}" leaves the picture`);
    for (const line of box.lines) {
      const t = map.texts.find((x) => x.text === line.text && x.x === line.x && x.y === line.y);
      if (!t) continue;
      // The footnote marker rides on the last line, in its own smaller type.
      const marker = box.marker !== undefined && line === box.lines[box.lines.length - 1] ? textWidth(` ${box.marker}`, fonts.marker) : 0;
      const [left0, right0] = textSpan(t);
      const left = left0 - marker / 2;
      const right = right0 + marker / 2;
      if (left < r.x + 2 || right > r.x + r.w - 2) problems.push(`text "${line.text}" is wider than its box "${box.title}"`);
      if (line.y - ascent * t.font.size < r.y || line.y + descent * t.font.size > r.y + r.h) problems.push(`text "${line.text}" sticks out of the top or bottom of its box`);
    }
  }
  for (const t of map.texts) {
    const [left, right] = textSpan(t);
    if (left < -0.5 || right > map.width + 0.5 || t.y > map.height || t.y - t.font.size < 0) problems.push(`text "${t.text}" leaves the picture`);
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a.rect, b.rect)) problems.push(`boxes "${a.title}" and "${b.title}" overlap`);
    }
  }
  map.labels.forEach((label, i) => {
    for (const box of boxes) if (overlaps(label.rect, box.rect)) problems.push(`label "${label.text}" covers box "${box.title}"`);
    map.labels.slice(i + 1).forEach((other) => {
      if (overlaps(label.rect, other.rect)) problems.push(`labels "${label.text}" and "${other.text}" overlap`);
    });
  });

  for (const route of map.routes) {
    const pts = route.points;
    if (pts.length < 2) problems.push(`${route.className} has no length`);
    for (let k = 1; k < pts.length; k += 1) {
      const p = pts[k - 1];
      const q = pts[k];
      if (!p || !q) continue;
      if (Math.abs(p[0] - q[0]) > 0.05 && Math.abs(p[1] - q[1]) > 0.05) problems.push(`${route.className} has a slanted segment ${p.join(',')} → ${q.join(',')}`);
      for (const box of boxes) if (segmentEnters(p, q, box.rect)) problems.push(`${route.className} runs under box "${box.title}"`);
      for (const label of map.labels) if (label.route !== route.route && segmentEnters(p, q, label.rect)) problems.push(`${route.className} runs under the label "${label.text}"`);
    }
    const first = pts[0];
    const last = pts[pts.length - 1];
    if (!first || !last) continue;
    const from = boxes.find((b) => onBorder(first, b.rect));
    const to = boxes.find((b) => onBorder(last, b.rect));
    if (!from || !to) {
      problems.push(`${route.className} does not start and end on boxes`);
      continue;
    }
    if (route.className.includes('parity-link') && from.roleId && to.roleId && !twinsOf(framework, from.roleId).some((t) => t.id === to.roleId)) {
      problems.push(`twin link between "${from.title}" and "${to.title}", which are not twins`);
    }
  }

  const byVisible = new Map<string, Set<string>>();
  for (const box of boxes) byVisible.set(box.visible, (byVisible.get(box.visible) ?? new Set()).add(box.title));
  for (const [visible, titles] of byVisible) if (titles.size > 1) problems.push(`"${visible}" stands for ${titles.size} different titles`);

  for (const box of boxes) {
    const joined = box.lines.map((l) => l.text).join(' ');
    const cut = joined !== box.title.trim().split(/\s+/).join(' ') && !box.roleId?.startsWith('g:');
    if (box.roleId && cut) {
      if (!joined.endsWith('…')) problems.push(`"${box.title}" is cut without an ellipsis: "${joined}"`);
      if (box.marker === undefined) problems.push(`"${box.title}" is shortened without a footnote marker`);
      else if (notesHtml !== undefined && !notesHtml.includes(`<li value="${box.marker}">${escapeText(box.title)}</li>`)) problems.push(`footnote ${box.marker} does not give the full title "${box.title}"`);
    }
  }
  return problems;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
