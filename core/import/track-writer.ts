import { Document, isAlias, isMap, isScalar, isSeq, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { asText, type Dict } from './common.ts';

/** What an imported track adds to the user's framework. */
export interface TrackAddition {
  /** Dimension entries to append to `dimensions`. */
  dimensions: Dict[];
  /**
   * When set, every existing track without its own `dimensions` list gets this one, so that the
   * added dimensions do not suddenly apply to it.
   */
  pinDimensions?: string[];
  /** The new track, as plain data. Its `dimensions` (if any) is written in flow style. */
  track: Dict;
  /** Comment line written above the new track. */
  comment: string;
  /** Moves to append to `moves`. */
  moves: Dict[];
}

interface Written {
  text: string;
  /** Ids of the existing tracks that were given a `dimensions` list. */
  pinned: string[];
}

interface Edit {
  at: number;
  /** How many characters to remove at `at` (before inserting `text`). */
  remove?: number;
  text: string;
  /**
   * Among edits at the same offset, a lower order ends up first in the file. Removals get the
   * highest order, so they are applied first and never eat text inserted at the same place.
   */
  order: number;
}

/** The lists of a framework that an import extends. */
type ListKey = 'dimensions' | 'tracks' | 'moves';

/**
 * How one of those lists is written in the user's text:
 * - `block`: a block list, extended after its last item;
 * - `open`: no list yet (`key:`, `key: ~`, `key: []`) or a flow list whose items each fit on one
 *   line: the value is cut from the key's line and a block list written below it, keeping the
 *   flow list's items verbatim as its first entries;
 * - `missing`: no such key; it is added at the end of the mapping.
 */
type Spot =
  | { kind: 'block'; seq: YAMLSeq; start: number; end: number }
  | { kind: 'open'; from: number; to: number; column: number; kept: Node[]; keptText: string[] }
  | { kind: 'missing' };

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just past the line holding `offset`, and whether a line break must come first. */
function afterLine(source: string, offset: number): { at: number; lead: boolean } {
  const end = source.indexOf('\n', offset);
  return end < 0 ? { at: source.length, lead: true } : { at: end + 1, lead: false };
}

/** A plain scalar for ids, quoted by the yaml library when it would otherwise read as a number. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function flowIds(ids: readonly string[]): string {
  return `[${ids.map(scalar).join(', ')}]`;
}

/** Renders block sequence items at a given indent, as the user's list would hold them. */
function renderItems(items: Dict[], indent: number, newline: string, comment?: string): string {
  if (items.length === 0) return '';
  const doc = new Document(items);
  if (isSeq(doc.contents)) {
    for (const item of doc.contents.items) {
      if (!isMap(item)) continue;
      const dims = item.get('dimensions', true);
      if (isSeq(dims)) dims.flow = true;
      if (comment !== undefined) item.commentBefore = comment;
    }
  }
  const pad = ' '.repeat(indent);
  return doc
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .split('\n')
    .map((line) => (line === '' ? line : pad + line))
    .join(newline);
}

function itemId(item: unknown): string {
  return isMap(item) ? (asText(item.get('id')) ?? '?') : '?';
}

function pairOf(root: YAMLMap, key: string): Pair | undefined {
  return root.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** A value written with an anchor or a tag cannot be cut out of the text without losing them. */
function decorated(node: Node): boolean {
  return Boolean(node.anchor) || Boolean(node.tag);
}

/** The source of a flow list item when it can stand as a block list item unchanged. */
function oneLineItem(source: string, item: unknown): string | undefined {
  if (!(isMap(item) || isSeq(item) || isScalar(item) || isAlias(item)) || !item.range || decorated(item)) return undefined;
  if ((isMap(item) || isSeq(item)) && !item.flow) return undefined;
  const text = source.slice(item.range[0], item.range[1]);
  return text.includes('\n') || text.includes('\r') ? undefined : text;
}

function locate(source: string, root: YAMLMap, key: ListKey): Spot | undefined {
  const pair = pairOf(root, key);
  if (!pair) return { kind: 'missing' };
  const keyStart = (pair.key as Node).range?.[0];
  const value = pair.value;
  if (keyStart === undefined || value === null || typeof value !== 'object') return undefined;
  const column = keyStart - lineStart(source, keyStart);
  if (isScalar(value) && value.value === null && value.range && !decorated(value)) {
    return { kind: 'open', from: value.range[0], to: value.range[1], column, kept: [], keptText: [] };
  }
  if (!isSeq(value) || !value.range || decorated(value)) return undefined;
  if (!value.flow) return { kind: 'block', seq: value, start: value.range[0], end: value.range[1] };
  // A comment inside a flow list belongs to no item, so it would be lost: re-print instead.
  if (source.slice(value.range[0], value.range[1]).includes('#')) return undefined;
  const keptText = value.items.map((item) => oneLineItem(source, item));
  if (keptText.some((text) => text === undefined)) return undefined;
  return { kind: 'open', from: value.range[0], to: value.range[1], column, kept: value.items as Node[], keptText: keptText as string[] };
}

/**
 * Inserts the additions into the original text, leaving every existing byte where it was, so
 * comments, quoting, flow style and blank lines survive exactly. A list that is missing, empty
 * or null is written as a new block list; a one-line-per-item flow list is turned into a block
 * list holding the same item text. Returns undefined for anything else (anchors, comments inside
 * flow lists, a flow mapping at the top), and the caller falls back to re-printing the document.
 */
function spliceText(source: string, doc: Document.Parsed, add: TrackAddition): Written | undefined {
  const root = doc.contents;
  if (!isMap(root) || root.flow || !root.range) return undefined;
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  const pinned: string[] = [];
  const rootColumn = root.range[0] - lineStart(source, root.range[0]);

  // New block lists are indented like the user's own (`key:` then `  - ...` unless they differ).
  const listIndent = (() => {
    for (const pair of root.items) {
      const keyStart = (pair.key as Node | null)?.range?.[0];
      if (!isSeq(pair.value) || pair.value.flow || !pair.value.range || keyStart === undefined) continue;
      const offset = pair.value.range[0] - lineStart(source, pair.value.range[0]) - (keyStart - lineStart(source, keyStart));
      if (offset >= 0) return offset;
    }
    return 2;
  })();
  // Keys the file lacks go at the end of the mapping, after any items appended there.
  const rootEnd = source[root.range[1] - 1] === '\n' || root.range[1] === 0 ? { at: root.range[1], lead: false } : afterLine(source, root.range[1]);

  const extend = (key: ListKey, spot: Spot, items: Dict[], order: number, comment?: string): void => {
    if (spot.kind === 'block') {
      const at = spot.end;
      const lead = at > 0 && source[at - 1] !== '\n' ? newline : '';
      const gap = comment === undefined ? '' : newline;
      edits.push({ at, text: lead + gap + renderItems(items, spot.start - lineStart(source, spot.start), newline, comment), order });
    } else if (spot.kind === 'open') {
      const indent = spot.column + listIndent;
      const kept = spot.keptText.map((text) => `${' '.repeat(indent)}- ${text}${newline}`).join('');
      const { at, lead } = afterLine(source, spot.to);
      // Cut the value with the blanks before it; also those after it, unless a comment follows.
      let from = spot.from;
      while (from > 0 && (source[from - 1] === ' ' || source[from - 1] === '\t')) from -= 1;
      let to = spot.to;
      while (source[to] === ' ' || source[to] === '\t') to += 1;
      if (source[to] === '#') to = spot.to;
      edits.push({ at: from, remove: to - from, text: '', order: 100 });
      edits.push({ at, text: (lead ? newline : '') + kept + renderItems(items, indent, newline, comment), order });
    } else {
      const pad = ' '.repeat(rootColumn);
      edits.push({ at: rootEnd.at, text: `${rootEnd.lead ? newline : ''}${pad}${key}:${newline}${renderItems(items, rootColumn + listIndent, newline, comment)}`, order: order + 10 });
    }
  };

  const tracks = locate(source, root, 'tracks');
  if (!tracks) return undefined;
  if (add.dimensions.length > 0) {
    const dims = locate(source, root, 'dimensions');
    if (!dims) return undefined;
    extend('dimensions', dims, add.dimensions, 0);
  }
  if (add.pinDimensions) {
    const existing = tracks.kind === 'block' ? tracks.seq.items : tracks.kind === 'open' ? tracks.kept : [];
    for (const item of existing) {
      if (!isMap(item) || item.has('dimensions')) continue;
      if (item.flow) return undefined;
      const roles = (item as YAMLMap).items.find((pair) => isScalar(pair.key) && pair.key.value === 'roles');
      const keyStart = (roles?.key as Node | undefined)?.range?.[0];
      if (keyStart === undefined) return undefined;
      const start = lineStart(source, keyStart);
      // `- roles:` as the first key of a list item has no line of its own to go above.
      if (source.slice(start, keyStart).trim() !== '') return undefined;
      edits.push({ at: start, text: `${' '.repeat(keyStart - start)}dimensions: ${flowIds(add.pinDimensions)}${newline}`, order: 0 });
      pinned.push(itemId(item));
    }
  }
  extend('tracks', tracks, [add.track], 1, add.comment);
  if (add.moves.length > 0) {
    const moves = locate(source, root, 'moves');
    if (!moves) return undefined;
    extend('moves', moves, add.moves, 2);
  }

  let text = source;
  for (const edit of edits.sort((a, b) => b.at - a.at || b.order - a.order)) {
    text = text.slice(0, edit.at) + edit.text + text.slice(edit.at + (edit.remove ?? 0));
  }
  return { text, pinned };
}

/**
 * Re-prints the whole document with the additions; used only when the text cannot be spliced.
 * The lists it extends come out in block style, so the top-level mapping must be block too.
 */
function reprint(doc: Document.Parsed, add: TrackAddition): Written {
  const pinned: string[] = [];
  const root = doc.contents;
  if (isMap(root)) root.flow = false;
  /** The list under `key`, made block style, or a new one in place of a missing or null value. */
  const list = (key: ListKey): YAMLSeq => {
    const node: unknown = doc.get(key, true);
    if (isSeq(node)) {
      node.flow = false;
      return node;
    }
    const seq = doc.createNode([]) as YAMLSeq;
    if (isScalar(node)) {
      seq.commentBefore = node.commentBefore;
      seq.comment = node.comment;
    }
    doc.set(key, seq);
    return seq;
  };
  if (add.pinDimensions) {
    const tracks = doc.get('tracks', true);
    if (isSeq(tracks)) {
      for (const item of tracks.items) {
        if (!isMap(item) || item.has('dimensions')) continue;
        const ids = doc.createNode(add.pinDimensions);
        if (isSeq(ids)) ids.flow = true;
        item.set('dimensions', ids);
        pinned.push(itemId(item));
      }
    }
  }
  if (add.dimensions.length > 0) {
    const dims = list('dimensions');
    for (const d of add.dimensions) dims.items.push(doc.createNode(d));
  }
  const track = doc.createNode(add.track);
  if (isMap(track)) {
    const dims = track.get('dimensions', true);
    if (isSeq(dims)) dims.flow = true;
    track.commentBefore = add.comment;
    track.spaceBefore = true;
  }
  list('tracks').items.push(track);
  if (add.moves.length > 0) {
    const moves = list('moves');
    for (const m of add.moves) moves.items.push(doc.createNode(m));
  }
  // lineWidth 0: never re-fold the user's long lines.
  return { text: doc.toString({ lineWidth: 0 }), pinned };
}

/**
 * Writes an imported track into the user's framework text: by inserting text where the lists
 * end (or below their key, when a list is missing, empty, null or written in flow style), else
 * by re-printing the parsed document (comments survive either way; only the exact spacing of
 * flow collections may change in the second case). The lists it extends always come out in
 * block style. `dimensions`, `tracks` and `moves` must each be a list, null or absent.
 */
export function writeTrackAddition(source: string, doc: Document.Parsed, add: TrackAddition): Written {
  return spliceText(source, doc, add) ?? reprint(doc, add);
}
