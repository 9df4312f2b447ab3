import { Document, isMap, isScalar, isSeq, stringify, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
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
  text: string;
  /** Among edits at the same offset, a lower order ends up first in the file. */
  order: number;
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function blockSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) && !node.flow && node.range ? node : undefined;
}

/** A plain scalar for ids, quoted by the yaml library when it would otherwise read as a number. */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function flowIds(ids: readonly string[]): string {
  return `[${ids.map(scalar).join(', ')}]`;
}

/** Renders block sequence items at a given indent, as the user's list would hold them. */
function renderItems(items: Dict[], indent: number, comment?: string, newline = '\n'): string {
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

/**
 * Inserts the additions into the original text, leaving every existing byte where it was, so
 * comments, quoting, flow style and blank lines survive exactly. Works when the lists it extends
 * are block lists (the usual style); returns undefined otherwise, and the caller falls back to
 * re-printing the document.
 */
function spliceText(source: string, doc: Document.Parsed, add: TrackAddition): Written | undefined {
  if (!isMap(doc.contents) || doc.contents.flow) return undefined;
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const edits: Edit[] = [];
  const pinned: string[] = [];
  const appendAt = (seq: YAMLSeq) => {
    const at = seq.range?.[1] ?? source.length;
    return { at, lead: at > 0 && source[at - 1] !== '\n' ? newline : '' };
  };

  const tracks = blockSeq(doc.get('tracks', true));
  if (!tracks?.range) return undefined;
  const indent = tracks.range[0] - lineStart(source, tracks.range[0]);

  if (add.dimensions.length > 0) {
    const dims = blockSeq(doc.get('dimensions', true));
    if (!dims?.range) return undefined;
    const { at, lead } = appendAt(dims);
    edits.push({ at, text: lead + renderItems(add.dimensions, dims.range[0] - lineStart(source, dims.range[0]), undefined, newline), order: 0 });
  }
  if (add.pinDimensions) {
    for (const item of tracks.items) {
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

  const trackEnd = appendAt(tracks);
  edits.push({ at: trackEnd.at, text: trackEnd.lead + newline + renderItems([add.track], indent, add.comment, newline), order: 1 });

  if (add.moves.length > 0) {
    const existing = doc.get('moves', true);
    const moves = blockSeq(existing);
    if (moves?.range) {
      const { at, lead } = appendAt(moves);
      edits.push({ at, text: lead + renderItems(add.moves, moves.range[0] - lineStart(source, moves.range[0]), undefined, newline), order: 2 });
    } else if (existing === undefined || existing === null) {
      const lead = source.length > 0 && !source.endsWith('\n') ? newline : '';
      edits.push({ at: source.length, text: `${lead}moves:${newline}${renderItems(add.moves, indent, undefined, newline)}`, order: 3 });
    } else return undefined;
  }

  let text = source;
  for (const edit of edits.sort((a, b) => b.at - a.at || b.order - a.order)) text = text.slice(0, edit.at) + edit.text + text.slice(edit.at);
  return { text, pinned };
}

/** Re-prints the whole document with the additions; used only when the text cannot be spliced. */
function reprint(doc: Document.Parsed, add: TrackAddition): Written {
  const pinned: string[] = [];
  if (add.pinDimensions) {
    const tracks = doc.get('tracks', true);
    if (isSeq(tracks)) {
      for (const item of tracks.items) {
        if (!isMap(item) || item.has('dimensions')) continue;
        const list = doc.createNode(add.pinDimensions);
        if (isSeq(list)) list.flow = true;
        item.set('dimensions', list);
        pinned.push(itemId(item));
      }
    }
  }
  for (const d of add.dimensions) doc.addIn(['dimensions'], doc.createNode(d));
  const track = doc.createNode(add.track);
  if (isMap(track)) {
    const dims = track.get('dimensions', true);
    if (isSeq(dims)) dims.flow = true;
    track.commentBefore = add.comment;
    track.spaceBefore = true;
  }
  doc.addIn(['tracks'], track);
  if (add.moves.length > 0) {
    if (isSeq(doc.get('moves', true))) for (const m of add.moves) doc.addIn(['moves'], doc.createNode(m));
    else doc.set('moves', doc.createNode(add.moves));
  }
  // lineWidth 0: never re-fold the user's long lines.
  return { text: doc.toString({ lineWidth: 0 }), pinned };
}

/**
 * Writes an imported track into the user's framework text: by inserting text where the lists
 * end when they are block lists, else by re-printing the parsed document (comments survive
 * either way; only the exact spacing of flow collections may change in the second case).
 */
export function writeTrackAddition(source: string, doc: Document.Parsed, add: TrackAddition): Written {
  return spliceText(source, doc, add) ?? reprint(doc, add);
}
