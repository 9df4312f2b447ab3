import { Graph, layout as dagreLayout } from '@dagrejs/dagre';
import type { EdgeLabel, GraphLabel, NodeLabel } from '@dagrejs/dagre';
import { moveKindLabel } from './format.ts';
import { textWidth, wrapText, type MapFont } from './measure.ts';
import { twinsOf } from '../model/index.ts';
import type { Framework, Level, MoveKind, Role, TrackKind } from '../model/index.ts';

/**
 * Geometry of the career map, computed once and drawn by career-map.ts. Rows are levels (most
 * senior on top), columns are tracks. @dagrejs/dagre places the boxes: the rank of each box is
 * fixed to its level and the order within a rank follows the tracks, so dagre's part is the
 * horizontal placement (Brandes–Köpf, which keeps each track's promotion chain straight) and a
 * reserved slot, in every row an edge crosses, for its vertical run and its label. Edges are then
 * drawn orthogonally: vertical through those slots and horizontal only in the gaps between rows,
 * where no box is, each horizontal run on its own lane.
 */

export const fonts = {
  title: { size: 12, weight: 700 },
  header: { size: 13, weight: 700 },
  levelId: { size: 13, weight: 700 },
  levelName: { size: 11, weight: 400 },
  moveLabel: { size: 11, weight: 700 },
  marker: { size: 9, weight: 700 },
} satisfies Record<string, MapFont>;

export const lineHeight = { title: 15, header: 16, levelName: 13 };
const boxPadX = 10;
const boxPadY = 8;
const titleWidth = 150;
const titleLines = 4;
const minBoxWidth = 96;
const headerWidth = 170;
const headerLines = 3;
const levelWidth = 120;
const labelHeight = 16;
const labelPad = 7;
const laneGap = 8;
const labelLane = 22;
const minGap = 12;
const pad = 12;

/** Above this many roles the map shows one box per track and level, with a count. */
export const mapRoleLimit = 300;
/** Above this many track × level cells even the summary would be unreadable: no picture. */
export const mapCellLimit = 600;

/** A footnote for a label that had to be shortened: its marker and the full text. */
export interface MapNote {
  marker: number;
  text: string;
  kind: 'role' | 'track' | 'level';
}

export interface MapBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** The full text, for the SVG <title>. */
  title: string;
  marker?: number;
  trackKind: TrackKind;
  /** The role the box stands for; absent on a summary box standing for several. */
  role?: Role;
}

export interface MapHeader {
  x: number;
  y: number;
  w: number;
  lines: string[];
  title: string;
  marker?: number;
}

export interface MapLevel {
  id: string;
  idText: string;
  nameLines: string[];
  title: string;
  marker?: number;
  /** Vertical centre of the level's row of boxes. */
  y: number;
  bandTop: number;
  bandBottom: number;
  /** Top and bottom of the row's tallest box or label: a page may be cut only outside them. */
  rowTop: number;
  rowBottom: number;
}

export type RouteKind = 'path' | 'twin' | MoveKind;

export interface MapRoute {
  kind: RouteKind;
  points: [number, number][];
  arrowStart: boolean;
  arrowEnd: boolean;
}

export interface MapLabel {
  kind: MoveKind;
  /** Index of the route in MapLayout.routes that the label names. */
  route: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapLayout {
  width: number;
  height: number;
  gutter: number;
  boxes: MapBox[];
  headers: MapHeader[];
  levels: MapLevel[];
  routes: MapRoute[];
  labels: MapLabel[];
  notes: MapNote[];
  /** Set when the map summarises (or cannot draw) a very large framework: what the reader is told. */
  summary?: string;
}

interface Node {
  id: string;
  rank: number;
  key: number;
  w: number;
  h: number;
  kind: 'header' | 'box';
  box?: MapBox;
  header?: MapHeader;
}

/** An edge between rows, as dagre sees it: always from the upper node down to the lower one. */
interface CrossEdge {
  name: string;
  upper: string;
  lower: string;
  kind: RouteKind | 'header';
  /** Whether the arrow points up (towards `upper`), down, or both ways. */
  towardsUpper: boolean;
  both: boolean;
  label?: string;
}

/** A link inside one row: twins, and moves between roles of one level. */
interface RowEdge {
  a: string;
  b: string;
  kind: RouteKind;
  both: boolean;
  label?: string;
}

class Notes {
  readonly list: MapNote[] = [];
  add(text: string, kind: MapNote['kind']): number {
    const marker = this.list.length + 1;
    this.list.push({ marker, text, kind });
    return marker;
  }
}

/** Wraps a label; a shortened one gets a footnote marker and room for it on its last line. */
function label(text: string, font: MapFont, maxWidth: number, maxLines: number, notes: Notes, kind: MapNote['kind']) {
  const first = wrapText(text, font, maxWidth, maxLines);
  if (!first.shortened) return { ...first, marker: undefined };
  const marker = notes.add(text, kind);
  const wrapped = wrapText(text, font, maxWidth, maxLines, textWidth(` ${marker}`, fonts.marker));
  return { ...wrapped, width: wrapped.width + textWidth(` ${marker}`, fonts.marker), marker };
}

function emptyLayout(summary: string): MapLayout {
  return { width: 640, height: 60, gutter: 0, boxes: [], headers: [], levels: [], routes: [], labels: [], notes: [], summary };
}

/** Lays out the career map of a framework. Pure and synchronous; roughly linear in the roles drawn. */
export function layoutCareerMap(framework: Framework): MapLayout {
  const rows = levelRows(framework);
  const tracks = framework.tracks;
  const roleCount = rows.reduce((n, row) => n + row.cells.reduce((m, c) => m + c.length, 0), 0);
  const cellCount = rows.reduce((n, row) => n + row.cells.filter((c) => c.length > 0).length, 0);
  if (rows.length === 0 || tracks.length === 0) return emptyLayout('No roles on defined levels yet.');
  const summarise = roleCount > mapRoleLimit;
  if (summarise && cellCount > mapCellLimit) {
    return emptyLayout(`${roleCount} roles on ${tracks.length} tracks and ${rows.length} levels are too many to draw; the parity table lists every role.`);
  }

  const notes = new Notes();
  const nodes = new Map<string, Node>();
  const roleNode = new Map<string, string>();

  // Track headings sit in rank 0, each joined to its track's top box so dagre keeps it above the column.
  tracks.forEach((track, i) => {
    const l = label(track.name || track.id, fonts.header, headerWidth, headerLines, notes, 'track');
    const header: MapHeader = { x: 0, y: 0, w: l.width, lines: l.lines, title: track.name || track.id, ...(l.marker ? { marker: l.marker } : {}) };
    nodes.set(`h:${i}`, { id: `h:${i}`, rank: 0, key: i, w: Math.max(l.width, minBoxWidth), h: l.lines.length * lineHeight.header + 4, kind: 'header', header });
  });

  // Level labels in the gutter; their footnotes come before the roles', top to bottom.
  const levelLabels = rows.map((row) => {
    const name = row.level.name ?? '';
    const idText = wrapText(row.level.id, fonts.levelId, levelWidth, 1);
    const nameLabel = name ? label(name, fonts.levelName, levelWidth, 2, notes, 'level') : undefined;
    const full = name ? `${row.level.id} · ${name}` : row.level.id;
    const marker = nameLabel?.marker ?? (idText.shortened ? notes.add(full, 'level') : undefined);
    return { id: row.level.id, idText: idText.lines[0] ?? '', nameLines: nameLabel?.lines ?? [], title: full, marker, width: Math.max(idText.width, nameLabel?.width ?? 0) };
  });
  const gutter = Math.ceil(Math.max(48, ...levelLabels.map((l) => l.width)) + 2 * pad);

  // Boxes: two ranks per level, so every gap between levels has a rank of its own for labels.
  const rowNode: string[] = [];
  rows.forEach((row, r) => {
    const rank = 2 + 2 * r;
    row.cells.forEach((roles, col) => {
      const track = tracks[col];
      if (!track || roles.length === 0) return;
      const groups: { id: string; title: string; text: string; role?: Role }[] = summarise
        ? [{ id: `g:${col}:${r}`, title: roles.map((x) => x.title).join(', '), text: roles.length === 1 ? (roles[0]?.title ?? '') : `${roles.length} roles`, ...(roles.length === 1 && roles[0] ? { role: roles[0] } : {}) }]
        : roles.map((role) => ({ id: `r:${role.id}`, title: role.title, text: role.title || role.id, role }));
      groups.forEach((g, k) => {
        if (nodes.has(g.id)) return;
        const l = label(g.text, fonts.title, titleWidth, titleLines, notes, 'role');
        const w = Math.ceil(Math.max(minBoxWidth, l.width + 2 * boxPadX));
        const h = l.lines.length * lineHeight.title + 2 * boxPadY;
        const box: MapBox = { id: g.id, x: 0, y: 0, w, h, lines: l.lines, title: g.title, trackKind: track.kind, ...(l.marker ? { marker: l.marker } : {}), ...(g.role ? { role: g.role } : {}) };
        nodes.set(g.id, { id: g.id, rank, key: col + (k + 1) / (groups.length + 1) - 0.5, w, h, kind: 'box', box });
        rowNode[r] ??= g.id;
        if (g.role) roleNode.set(g.role.id, g.id);
        else for (const role of roles) roleNode.set(role.id, g.id);
      });
    });
  });

  const cross: CrossEdge[] = [];
  const inRow: RowEdge[] = [];
  const rankOf = (id: string) => nodes.get(id)?.rank ?? 0;

  // The usual path up each track, between the boxes of consecutive levels that track staffs.
  const moveBetween = new Set(summarise ? [] : framework.moves.flatMap((m) => [`${m.from}\u0000${m.to}`, `${m.to}\u0000${m.from}`]));
  tracks.forEach((track, col) => {
    const byRank = new Map<number, string[]>();
    for (const role of track.roles) {
      const id = roleNode.get(role.id);
      if (!id) continue;
      const list = byRank.get(rankOf(id)) ?? [];
      if (!list.includes(id)) list.push(id);
      byRank.set(rankOf(id), list);
    }
    const ranks = [...byRank.keys()].sort((a, b) => a - b);
    const top = ranks[0] !== undefined ? byRank.get(ranks[0])?.[0] : undefined;
    if (top) cross.push({ name: `h${col}`, upper: `h:${col}`, lower: top, kind: 'header', towardsUpper: false, both: false });
    for (let k = 1; k < ranks.length; k += 1) {
      const uppers = byRank.get(ranks[k - 1] ?? -1) ?? [];
      const lowers = byRank.get(ranks[k] ?? -1) ?? [];
      const pairs: [string, string][] = uppers.length * lowers.length <= 6
        ? uppers.flatMap((u) => lowers.map((l): [string, string] => [u, l]))
        : lowers.map((l, i): [string, string] => [uppers[Math.min(i, uppers.length - 1)] ?? '', l]);
      for (const [upper, lower] of pairs) {
        const upperRole = nodes.get(upper)?.box?.role?.id;
        const lowerRole = nodes.get(lower)?.box?.role?.id;
        // An explicit move along the same step is drawn instead, in its colour and with its label.
        if (upperRole && lowerRole && moveBetween.has(`${lowerRole}\u0000${upperRole}`)) continue;
        cross.push({ name: `p${cross.length}`, upper, lower, kind: 'path', towardsUpper: true, both: false });
      }
    }
  });

  if (!summarise) {
    // Twins: within each level, the closest twin pairs that join every twin group, so each drawn
    // link is a real twin pair and nothing is drawn twice (a spanning forest, nearest first).
    for (const row of rows) {
      const pairs: { a: string; b: string; d: number }[] = [];
      const seen = new Set<string>();
      for (const roles of row.cells) {
        for (const role of roles) {
          for (const twin of twinsOf(framework, role.id)) {
            if (twin.levelId !== row.level.id) continue;
            const a = roleNode.get(role.id);
            const b = roleNode.get(twin.id);
            if (!a || !b || a === b) continue;
            const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
            if (seen.has(k)) continue;
            seen.add(k);
            pairs.push({ a, b, d: Math.abs((nodes.get(a)?.key ?? 0) - (nodes.get(b)?.key ?? 0)) });
          }
        }
      }
      pairs.sort((p, q) => p.d - q.d);
      const parent = new Map<string, string>();
      const find = (x: string): string => {
        let y = x;
        while (parent.get(y) !== undefined && parent.get(y) !== y) y = parent.get(y) ?? y;
        parent.set(x, y);
        return y;
      };
      for (const p of pairs) {
        const ra = find(p.a);
        const rb = find(p.b);
        if (ra === rb) continue;
        parent.set(ra, rb);
        inRow.push({ a: p.a, b: p.b, kind: 'twin', both: false });
      }
    }

    // Moves: one arrow per pair and kind; a move and its reverse become one two-headed arrow.
    const seenMoves = new Map<string, CrossEdge | RowEdge>();
    for (const move of framework.moves) {
      const from = roleNode.get(move.from);
      const to = roleNode.get(move.to);
      if (!from || !to || from === to) continue;
      const reverse = seenMoves.get(`${to}\u0000${from}\u0000${move.kind}`);
      if (reverse) {
        reverse.both = true;
        continue;
      }
      const key = `${from}\u0000${to}\u0000${move.kind}`;
      if (seenMoves.has(key)) continue;
      const text = (moveKindLabel[move.kind] ?? move.kind).toLowerCase();
      let edge: CrossEdge | RowEdge;
      if (rankOf(from) === rankOf(to)) edge = { a: from, b: to, kind: move.kind, both: false, label: text };
      else {
        const fromUpper = rankOf(from) < rankOf(to);
        edge = { name: `m${cross.length}`, upper: fromUpper ? from : to, lower: fromUpper ? to : from, kind: move.kind, towardsUpper: !fromUpper, both: false, label: text };
      }
      seenMoves.set(key, edge);
      if ('upper' in edge) cross.push(edge);
      else inRow.push(edge);
    }
  }

  // dagre: fixed ranks, order by track, positions by Brandes–Köpf.
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  // 'none' keeps the ranks set on the nodes (dagre supports it; its type list does not name it).
  const keepRanks = 'none' as unknown as GraphLabel['ranker'];
  g.setGraph({ ranker: keepRanks, nodesep: 26, edgesep: 14, ranksep: 20, marginx: 0, marginy: 0 });
  for (const n of nodes.values()) g.setNode(n.id, { width: n.w, height: n.h, rank: n.rank });
  for (const e of cross) {
    const labelW = e.label ? textWidth(e.label, fonts.moveLabel) + 2 * labelPad : 0;
    const weight = e.kind === 'header' || e.kind === 'path' ? 8 : 1;
    g.setEdge(e.upper, e.lower, e.label ? { weight, width: labelW, height: labelHeight, labelpos: 'c' } : { weight }, e.name);
  }
  const keyOf = (graph: Graph<GraphLabel, NodeLabel, EdgeLabel>, v: string): number => {
    const own = nodes.get(v);
    if (own) return own.key;
    const n = graph.node(v);
    const edge = n?.edgeObj;
    if (!n || !edge) return 0;
    const a = nodes.get(edge.v);
    const b = nodes.get(edge.w);
    if (!a || !b || b.rank === a.rank) return a?.key ?? 0;
    // A long edge keeps beside its upper end for the first half of its run and beside its lower
    // end for the second: it crosses over once, in one gap, instead of slanting through every
    // column (which would tie the columns' placement together and spread the picture).
    const lean = Math.sign(b.key - a.key) * 0.3;
    const upperHalf = ((n.rank ?? a.rank) - a.rank) * 2 <= b.rank - a.rank;
    return upperHalf ? a.key + lean : b.key - lean;
  };
  dagreLayout(g, {
    customOrder: (graph) => {
      const byRank = new Map<number, { v: string; key: number; i: number }[]>();
      graph.nodes().forEach((v, i) => {
        const rank = graph.node(v)?.rank ?? 0;
        const list = byRank.get(rank) ?? [];
        list.push({ v, key: keyOf(graph, v), i });
        byRank.set(rank, list);
      });
      for (const list of byRank.values()) {
        list.sort((p, q) => p.key - q.key || p.i - q.i);
        list.forEach((item, order) => {
          const n = graph.node(item.v);
          if (n) n.order = order;
        });
      }
    },
  });

  // Ranks as dagre left them (it drops empty ones), their contents and heights.
  const rankIndex = new Map<number, number>();
  for (const v of g.nodes()) rankIndex.set(g.node(v)?.rank ?? 0, 0);
  for (const e of g.edges()) {
    const a = g.node(e.v)?.rank ?? 0;
    const b = g.node(e.w)?.rank ?? 0;
    for (let k = a; k <= b; k += 1) rankIndex.set(k, 0);
  }
  const rankList = [...rankIndex.keys()].sort((a, b) => a - b);
  rankList.forEach((rank, i) => rankIndex.set(rank, i));
  const rankCount = rankList.length;
  const rowHeight = new Array<number>(rankCount).fill(0);
  for (const n of nodes.values()) {
    const i = rankIndex.get(g.node(n.id)?.rank ?? 0) ?? 0;
    rowHeight[i] = Math.max(rowHeight[i] ?? 0, n.h);
  }
  const xOf = (id: string) => (g.node(id)?.x ?? 0) + gutter;
  const rIdx = (id: string) => rankIndex.get(g.node(id)?.rank ?? 0) ?? 0;

  // Stations of each cross edge: the x where it runs through each rank, top to bottom.
  interface Route {
    kind: RouteKind;
    ends: [string, string];
    stations: number[];
    firstRank: number;
    both: boolean;
    reverse: boolean;
    label?: { text: string; w: number; x: number; rank: number };
  }
  const routes: Route[] = [];
  for (const e of cross) {
    if (e.kind === 'header') continue;
    const edge = g.edge(e.upper, e.lower, e.name);
    const points = edge?.points ?? [];
    const a = rIdx(e.upper);
    const b = rIdx(e.lower);
    const inner = points.slice(1, -1).map((p) => p.x + gutter);
    const stations = [xOf(e.upper), ...inner.slice(0, b - a - 1), xOf(e.lower)];
    while (stations.length < b - a + 1) stations.splice(stations.length - 1, 0, stations[stations.length - 2] ?? 0);
    const route: Route = { kind: e.kind, ends: [e.upper, e.lower], stations, firstRank: a, both: e.both, reverse: e.towardsUpper };
    if (e.label && edge && typeof edge.x === 'number' && typeof edge.y === 'number') {
      const at = points.findIndex((p, i) => i > 0 && i < points.length - 1 && p.y === edge.y && p.x === edge.x);
      route.label = { text: e.label, w: textWidth(e.label, fonts.moveLabel) + 2 * labelPad, x: edge.x + gutter, rank: a + Math.max(1, at) };
      const li = route.label.rank;
      rowHeight[li] = Math.max(rowHeight[li] ?? 0, labelHeight);
    }
    routes.push(route);
  }

  // Where each edge meets a box: spread along the side, ordered by where the edge heads.
  type Side = 'top' | 'bottom';
  const attach = new Map<string, { route: number; end: 0 | 1; toward: number }[]>();
  const addAttach = (node: string, side: Side, route: number, end: 0 | 1, toward: number) => {
    const k = `${node}\u0000${side}`;
    const list = attach.get(k) ?? [];
    list.push({ route, end, toward });
    attach.set(k, list);
  };
  routes.forEach((route, i) => {
    addAttach(route.ends[0], 'bottom', i, 0, route.stations[1] ?? route.stations[0] ?? 0);
    addAttach(route.ends[1], 'top', i, 1, route.stations[route.stations.length - 2] ?? 0);
  });

  // In-row links: next-door boxes join straight across; others detour through a gap, twins below
  // the row and moves above it, so a move between twins never hides their link.
  interface RowRoute {
    kind: RouteKind;
    a: string;
    b: string;
    rank: number;
    straight: boolean;
    gap: number;
    both: boolean;
    label?: string;
    index: number;
  }
  const boxesByRank = new Map<number, string[]>();
  for (const n of nodes.values()) {
    if (n.kind !== 'box') continue;
    const list = boxesByRank.get(rIdx(n.id)) ?? [];
    list.push(n.id);
    boxesByRank.set(rIdx(n.id), list);
  }
  for (const list of boxesByRank.values()) list.sort((p, q) => xOf(p) - xOf(q));
  const labelsByRank = new Map<number, number[]>();
  for (const r of routes) {
    if (!r.label) continue;
    const list = labelsByRank.get(r.label.rank) ?? [];
    list.push(r.label.x);
    labelsByRank.set(r.label.rank, list);
  }
  const rowRoutes: RowRoute[] = [];
  const rowAttach: { node: string; side: Side; index: number; end: 0 | 1; toward: number }[] = [];
  for (const e of inRow) {
    const rank = rIdx(e.a);
    const list = boxesByRank.get(rank) ?? [];
    const ia = list.indexOf(e.a);
    const ib = list.indexOf(e.b);
    const [lo, hi] = xOf(e.a) < xOf(e.b) ? [e.a, e.b] : [e.b, e.a];
    const between = (x: number) => x > xOf(lo) && x < xOf(hi);
    const straight = e.kind === 'twin' && Math.abs(ia - ib) === 1 && !(labelsByRank.get(rank) ?? []).some(between);
    const gap = e.kind === 'twin' ? rank : rank - 1;
    const index = rowRoutes.length;
    rowRoutes.push({ kind: e.kind, a: e.a, b: e.b, rank, straight, gap, both: e.both, ...(e.label ? { label: e.label } : {}), index });
    if (!straight) {
      const side: Side = e.kind === 'twin' ? 'bottom' : 'top';
      rowAttach.push({ node: e.a, side, index, end: 0, toward: xOf(e.b) }, { node: e.b, side, index, end: 1, toward: xOf(e.a) });
    }
  }
  for (const ra of rowAttach) {
    const k = `${ra.node}\u0000${ra.side}`;
    const list = attach.get(k) ?? [];
    list.push({ route: -1 - ra.index, end: ra.end, toward: ra.toward });
    attach.set(k, list);
  }
  const attachX = new Map<string, number>();
  for (const [k, list] of attach) {
    const node = nodes.get(k.split('\u0000')[0] ?? '');
    if (!node) continue;
    list.sort((p, q) => p.toward - q.toward);
    const step = Math.min(14, (node.w * 0.7) / Math.max(1, list.length));
    list.forEach((item, i) => attachX.set(`${item.route}\u0000${item.end}`, xOf(node.id) + (i - (list.length - 1) / 2) * step));
  }
  routes.forEach((route, i) => {
    route.stations[0] = attachX.get(`${i}\u00000`) ?? route.stations[0] ?? 0;
    route.stations[route.stations.length - 1] = attachX.get(`${i}\u00001`) ?? route.stations[route.stations.length - 1] ?? 0;
  });

  // Lanes: every horizontal run in a gap gets a height of its own; runs that do not overlap share.
  interface Run {
    gap: number;
    x1: number;
    x2: number;
    labelled: boolean;
    lane?: number;
  }
  const runs: Run[] = [];
  const crossRuns: Run[][] = routes.map((route) =>
    route.stations.slice(0, -1).map((x, k) => {
      const next = route.stations[k + 1] ?? x;
      const run: Run = { gap: route.firstRank + k, x1: Math.min(x, next), x2: Math.max(x, next), labelled: false };
      if (Math.abs(next - x) >= 0.5) runs.push(run);
      return run;
    }),
  );
  const rowRuns = rowRoutes.map((rr) => {
    const x1 = attachX.get(`${-1 - rr.index}\u00000`) ?? xOf(rr.a);
    const x2 = attachX.get(`${-1 - rr.index}\u00001`) ?? xOf(rr.b);
    const run: Run = { gap: rr.gap, x1: Math.min(x1, x2), x2: Math.max(x1, x2), labelled: Boolean(rr.label) };
    if (!rr.straight) runs.push(run);
    return { run, xa: x1, xb: x2 };
  });
  const lanesByGap = new Map<number, { end: number; height: number; labelled: boolean }[]>();
  for (const run of [...runs].sort((p, q) => p.x1 - q.x1)) {
    const lanes = lanesByGap.get(run.gap) ?? [];
    let lane = run.labelled ? -1 : lanes.findIndex((l) => !l.labelled && l.end + 6 < run.x1);
    if (lane < 0) {
      lanes.push({ end: run.x2, height: run.labelled ? labelLane : laneGap, labelled: run.labelled });
      lane = lanes.length - 1;
    } else {
      const l = lanes[lane];
      if (l) l.end = run.x2;
    }
    run.lane = lane;
    lanesByGap.set(run.gap, lanes);
  }

  // Vertical stacking: rows of content, gaps tall enough for their lanes.
  const rowTop: number[] = [];
  const gapTop: number[] = [];
  let y = pad;
  for (let i = 0; i < rankCount; i += 1) {
    rowTop[i] = y;
    y += rowHeight[i] ?? 0;
    gapTop[i] = y;
    const lanes = lanesByGap.get(i) ?? [];
    const used = lanes.reduce((s, l) => s + l.height, 0);
    if (i < rankCount - 1 || lanes.length > 0) y += Math.max(minGap, used + 2 * 5);
  }
  const height = Math.ceil(y + pad);
  const laneY = (run: Run): number => {
    const lanes = lanesByGap.get(run.gap) ?? [];
    let top = (gapTop[run.gap] ?? 0) + 5;
    for (let i = 0; i < (run.lane ?? 0); i += 1) top += lanes[i]?.height ?? laneGap;
    return top + (lanes[run.lane ?? 0]?.height ?? laneGap) / 2;
  };
  const rowBottom = (i: number) => (rowTop[i] ?? 0) + (rowHeight[i] ?? 0);

  // Place boxes and headers.
  for (const n of nodes.values()) {
    const i = rIdx(n.id);
    const cx = xOf(n.id);
    const top = (rowTop[i] ?? 0) + ((rowHeight[i] ?? 0) - n.h) / 2;
    if (n.box) Object.assign(n.box, { x: cx - n.w / 2, y: top });
    if (n.header) Object.assign(n.header, { x: cx, y: n.kind === 'header' ? rowBottom(i) - n.h : top });
  }
  const boxOf = (id: string) => nodes.get(id)?.box;

  const out: MapRoute[] = [];
  const labels: MapLabel[] = [];
  routes.forEach((route, ri) => {
    const pts: [number, number][] = [];
    const upper = boxOf(route.ends[0]);
    const lower = boxOf(route.ends[1]);
    if (!upper || !lower) return;
    pts.push([route.stations[0] ?? 0, upper.y + upper.h]);
    route.stations.slice(0, -1).forEach((x, k) => {
      const next = route.stations[k + 1] ?? x;
      const run = crossRuns[ri]?.[k];
      if (run && Math.abs(next - x) >= 0.5) {
        const ly = laneY(run);
        pts.push([x, ly], [next, ly]);
      }
    });
    const last = route.stations[route.stations.length - 1] ?? 0;
    pts.push([last, lower.y]);
    const points = route.reverse ? pts.reverse() : pts;
    out.push({ kind: route.kind, points: simplify(points), arrowEnd: true, arrowStart: route.both });
    if (route.label && route.kind !== 'path' && route.kind !== 'twin') {
      const li = route.label.rank;
      labels.push({ kind: route.kind, route: out.length - 1, text: route.label.text, x: route.label.x - route.label.w / 2, y: (rowTop[li] ?? 0) + ((rowHeight[li] ?? 0) - labelHeight) / 2, w: route.label.w, h: labelHeight });
    }
  });

  // Vertical runs crossing each gap, which a label in that gap must not sit on.
  const crossings = new Map<number, number[]>();
  const block = (gap: number, ...xs: number[]) => {
    const list = crossings.get(gap) ?? [];
    list.push(...xs);
    crossings.set(gap, list);
  };
  for (const route of routes) route.stations.slice(0, -1).forEach((x, k) => block(route.firstRank + k, x, route.stations[k + 1] ?? x));
  rowRoutes.forEach((rr, i) => {
    const info = rowRuns[i];
    if (!rr.straight && info) block(rr.gap, info.xa, info.xb);
  });
  rowRoutes.forEach((rr, i) => {
    const a = boxOf(rr.a);
    const b = boxOf(rr.b);
    const info = rowRuns[i];
    if (!a || !b || !info) return;
    let points: [number, number][];
    if (rr.straight) {
      const [lo, hi] = a.x < b.x ? [a, b] : [b, a];
      const cy = (Math.max(lo.y, hi.y) + Math.min(lo.y + lo.h, hi.y + hi.h)) / 2;
      points = a === lo ? [[lo.x + lo.w, cy], [hi.x, cy]] : [[hi.x, cy], [lo.x + lo.w, cy]];
    } else {
      const ly = laneY(info.run);
      const below = rr.kind === 'twin';
      const ya = below ? a.y + a.h : a.y;
      const yb = below ? b.y + b.h : b.y;
      points = [[info.xa, ya], [info.xa, ly], [info.xb, ly], [info.xb, yb]];
      if (rr.label && rr.kind !== 'path' && rr.kind !== 'twin') {
        const w = textWidth(rr.label, fonts.moveLabel) + 2 * labelPad;
        const x = freeSpot(info.run.x1 + 4, info.run.x2 - 4, w, crossings.get(rr.gap) ?? []);
        labels.push({ kind: rr.kind, route: out.length, text: rr.label, x: x - w / 2, y: ly - labelHeight / 2, w, h: labelHeight });
      }
    }
    out.push({ kind: rr.kind, points, arrowEnd: rr.kind !== 'twin', arrowStart: rr.kind !== 'twin' && rr.both });
  });

  // Level rows and their bands, from halfway to the row above to halfway to the row below.
  const rowRanks = rows.map((_, r) => (rowNode[r] !== undefined ? rIdx(rowNode[r] ?? '') : undefined));
  const levels: MapLevel[] = [];
  levelLabels.forEach((l, r) => {
    const i = rowRanks[r];
    if (i === undefined) return;
    const prev = r > 0 ? rowRanks[r - 1] : 0;
    const next = rowRanks[r + 1];
    const top = prev !== undefined ? (rowBottom(prev) + (rowTop[i] ?? 0)) / 2 : (rowTop[i] ?? 0) - minGap;
    const bottom = next !== undefined ? (rowBottom(i) + (rowTop[next] ?? 0)) / 2 : Math.min(height, rowBottom(i) + Math.max(minGap, (gapTop[i + 1] ?? height) - rowBottom(i)) / 2 + pad);
    levels.push({ id: l.id, idText: l.idText, nameLines: l.nameLines, title: l.title, ...(l.marker ? { marker: l.marker } : {}), y: (rowTop[i] ?? 0) + (rowHeight[i] ?? 0) / 2, bandTop: top, bandBottom: r === rows.length - 1 ? height : bottom, rowTop: rowTop[i] ?? 0, rowBottom: rowBottom(i) });
  });

  let right = 0;
  for (const n of nodes.values()) right = Math.max(right, xOf(n.id) + n.w / 2);
  for (const l of labels) right = Math.max(right, l.x + l.w);
  const boxes = [...nodes.values()].flatMap((n) => (n.box ? [n.box] : []));
  const headers = [...nodes.values()].flatMap((n) => (n.header ? [n.header] : []));
  return {
    width: Math.ceil(right + pad),
    height,
    gutter,
    boxes,
    headers,
    levels,
    routes: out,
    labels,
    notes: notes.list,
    ...(summarise ? { summary: `${roleCount} roles: too many to draw one by one, so each box stands for a track's roles on one level; the parity table lists every role.` } : {}),
  };
}

/**
 * Levels that have roles, most senior first, each with its roles per track (in track order).
 * The parity table's rows without their twin marks: the map finds twins only for what it draws.
 */
function levelRows(framework: Framework): { level: Level; cells: Role[][] }[] {
  const byLevel = new Map<string, Role[][]>();
  for (const level of framework.levels) if (!byLevel.has(level.id)) byLevel.set(level.id, framework.tracks.map(() => []));
  framework.tracks.forEach((track, i) => {
    for (const role of track.roles) byLevel.get(role.levelId)?.[i]?.push(role);
  });
  const rows: { level: Level; cells: Role[][] }[] = [];
  const seen = new Set<string>();
  for (let i = framework.levels.length - 1; i >= 0; i -= 1) {
    const level = framework.levels[i];
    // A duplicated level id is reported by analysis; its roles show once, on the first definition.
    if (!level || seen.has(level.id)) continue;
    seen.add(level.id);
    const cells = byLevel.get(level.id);
    if (cells?.some((c) => c.length > 0)) rows.push({ level, cells });
  }
  return rows;
}

/** Drops points that continue a straight run, so paths stay short. */
function simplify(points: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const p of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && Math.abs(b[0] - p[0]) < 0.01 && Math.abs(b[1] - p[1]) < 0.01) continue;
    if (a && b && ((Math.abs(a[0] - b[0]) < 0.01 && Math.abs(b[0] - p[0]) < 0.01) || (Math.abs(a[1] - b[1]) < 0.01 && Math.abs(b[1] - p[1]) < 0.01))) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/** The centre of a `w`-wide spot in [x1, x2] clear of the given x positions, nearest the middle. */
function freeSpot(x1: number, x2: number, w: number, blocked: number[]): number {
  const mid = (x1 + x2) / 2;
  const clear = (c: number) => blocked.every((b) => Math.abs(b - c) > w / 2 + 2);
  if (clear(mid)) return mid;
  const candidates = blocked.flatMap((b) => [b - w / 2 - 3, b + w / 2 + 3]).filter((c) => c - w / 2 >= x1 && c + w / 2 <= x2 && clear(c));
  candidates.sort((p, q) => Math.abs(p - mid) - Math.abs(q - mid));
  return candidates[0] ?? mid;
}
