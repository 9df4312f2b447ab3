import { parseFragment } from 'parse5';
import { textWidth, type MapFont } from '../../../core/render/measure.ts';

/** What a reader sees of one box of the career map, read back from the SVG text. */
export interface SvgBox {
  roleId?: string;
  rect: Rect;
  title: string;
  lines: { text: string; x: number; y: number }[];
  /** The box's visible text: its lines, footnote marker included, joined by spaces. */
  visible: string;
  marker?: number;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SvgRoute {
  className: string;
  route?: number;
  points: [number, number][];
}

export interface SvgMap {
  width: number;
  height: number;
  boxes: SvgBox[];
  routes: SvgRoute[];
  labels: { route?: number; rect: Rect; text: string }[];
  /** Every text element with the font it is drawn in, for bounds checks. */
  texts: { text: string; x: number; y: number; anchor: string; font: MapFont }[];
}

interface El {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  value?: string;
}

const attr = (el: El, name: string) => el.attrs?.find((a) => a.name === name)?.value;
const num = (el: El, name: string) => Number(attr(el, name) ?? 'NaN');
const children = (el: El) => el.childNodes ?? [];
function textOf(el: El): string {
  if (el.nodeName === '#text') return el.value ?? '';
  return children(el).map(textOf).join('');
}
function all(el: El, pred: (e: El) => boolean, out: El[] = []): El[] {
  if (pred(el)) out.push(el);
  for (const c of children(el)) all(c, pred, out);
  return out;
}
const hasClass = (el: El, cls: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(cls);

function parsePath(d: string): [number, number][] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Reads the career map SVG back into boxes, routes, labels and texts. */
export function readMap(svg: string): SvgMap {
  const root = parseFragment(svg) as unknown as El;
  const svgEl = all(root, (e) => e.nodeName === 'svg')[0];
  if (!svgEl) throw new Error('no <svg>');
  const boxEls = all(svgEl, (e) => (e.nodeName === 'a' && attr(e, 'data-role-id') !== undefined) || (e.nodeName === 'g' && hasClass(e, 'map-group')));
  const boxes: SvgBox[] = boxEls.map((el) => {
    const rect = children(el).find((c) => c.nodeName === 'rect');
    const title = children(el).find((c) => c.nodeName === 'title');
    const text = children(el).find((c) => c.nodeName === 'text');
    const tspans = text ? children(text).filter((c) => c.nodeName === 'tspan') : [];
    const lines = tspans.map((t) => ({ text: children(t).filter((c) => c.nodeName === '#text').map(textOf).join(''), x: num(t, 'x'), y: num(t, 'y') }));
    const markerEl = all(el, (e) => hasClass(e, 'map-note-marker'))[0];
    const marker = markerEl ? Number(textOf(markerEl).trim()) : undefined;
    const visible = lines.map((l) => l.text).join(' ') + (marker !== undefined ? ` ${marker}` : '');
    const roleId = attr(el, 'data-role-id');
    return {
      ...(roleId !== undefined ? { roleId } : {}),
      rect: { x: rect ? num(rect, 'x') : NaN, y: rect ? num(rect, 'y') : NaN, w: rect ? num(rect, 'width') : NaN, h: rect ? num(rect, 'height') : NaN },
      title: title ? textOf(title) : '',
      lines,
      visible,
      ...(marker !== undefined ? { marker } : {}),
    };
  });
  const routes: SvgRoute[] = all(svgEl, (e) => e.nodeName === 'path' && ['promotion-path', 'parity-link', 'move'].some((c) => hasClass(e, c))).map((el) => {
    const route = attr(el, 'data-route');
    return { className: attr(el, 'class') ?? '', ...(route !== undefined ? { route: Number(route) } : {}), points: parsePath(attr(el, 'd') ?? '') };
  });
  const labels = all(svgEl, (e) => e.nodeName === 'g' && hasClass(e, 'move-label')).map((el) => {
    const rect = children(el).find((c) => c.nodeName === 'rect');
    const route = attr(el, 'data-route');
    return {
      ...(route !== undefined ? { route: Number(route) } : {}),
      rect: { x: rect ? num(rect, 'x') : NaN, y: rect ? num(rect, 'y') : NaN, w: rect ? num(rect, 'width') : NaN, h: rect ? num(rect, 'height') : NaN },
      text: textOf(el),
    };
  });
  const texts: SvgMap['texts'] = [];
  for (const t of all(svgEl, (e) => e.nodeName === 'text')) {
    const size = num(t, 'font-size');
    const font: MapFont = { size, weight: attr(t, 'font-weight') === '700' ? 700 : 400 };
    const anchor = attr(t, 'text-anchor') ?? 'start';
    const tspans = children(t).filter((c) => c.nodeName === 'tspan' && !hasClass(c, 'map-note-marker'));
    if (tspans.length === 0) texts.push({ text: children(t).filter((c) => c.nodeName === '#text').map(textOf).join(''), x: num(t, 'x'), y: num(t, 'y'), anchor, font });
    for (const s of tspans) texts.push({ text: children(s).filter((c) => c.nodeName === '#text').map(textOf).join(''), x: num(s, 'x'), y: num(s, 'y'), anchor, font });
  }
  return { width: num(svgEl, 'width'), height: num(svgEl, 'height'), boxes, routes, labels, texts };
}

/** The horizontal extent of a line of text as the map font sets it. */
export function textSpan(t: { text: string; x: number; anchor: string; font: MapFont }): [number, number] {
  const w = textWidth(t.text, t.font);
  if (t.anchor === 'middle') return [t.x - w / 2, t.x + w / 2];
  if (t.anchor === 'end') return [t.x - w, t.x];
  return [t.x, t.x + w];
}

/** Whether two rectangles share any area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect, slack = 0): boolean {
  return a.x + slack < b.x + b.w && b.x + slack < a.x + a.w && a.y + slack < b.y + b.h && b.y + slack < a.y + a.h;
}

/** Whether an axis-parallel segment runs through the inside of a rectangle (its border excluded). */
export function segmentEnters(p: [number, number], q: [number, number], r: Rect, inset = 1): boolean {
  const x1 = Math.min(p[0], q[0]);
  const x2 = Math.max(p[0], q[0]);
  const y1 = Math.min(p[1], q[1]);
  const y2 = Math.max(p[1], q[1]);
  return x2 > r.x + inset && x1 < r.x + r.w - inset && y2 > r.y + inset && y1 < r.y + r.h - inset;
}
