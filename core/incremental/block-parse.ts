import { Document, LineCounter, Pair, YAMLMap, YAMLSeq, isAlias, isMap, isPair, isScalar, isSeq, visit, type Node, type Scalar } from 'yaml';
import { MAX_NESTING, MAX_TEXT_LENGTH, nestingTooDeep, parseFrameworkFully, type ParsedDocument } from '../parse.ts';

/**
 * Block-wise parsing for the keystroke loop.
 *
 * Re-parsing a whole 500 KB framework with `yaml` costs ~50 ms, far over a frame. Block YAML is
 * laid out by indentation, so a line scan can cut the document into the blocks a full parse would
 * see (root keys, list items, keys of a large item), parse each small block on its own, and put
 * the nodes back together with the offsets they would have had. Between two checks, blocks that
 * lie wholly before or after the edited stretch of text are reused as they are; only blocks that
 * overlap the edit are parsed again.
 *
 * The split is only trusted when every block parses without error or warning and the layout is
 * plain block YAML; anything else (flow collections or quotes spanning blocks, anchors, aliases
 * and tags, several documents, tab indents, a byte-order mark, repeated keys, odd indentation,
 * comments after the last entry) throws `Ambiguous`, and the caller runs a full check, which
 * stays the reference behaviour.
 */

/** Thrown when the document cannot be split safely; the message says why (for stats). */
export class Ambiguous extends Error {}

/** Blocks larger than this many characters are cut further when their shape allows it. */
export const DEFAULT_SPLIT_THRESHOLD = 2048;


/** One block parsed on its own. Node ranges are relative to the block and read through `base`. */
interface Leaf {
  /** Document offset of the block's first character. */
  base: number;
  /** The base the node ranges currently reflect; `sync` catches them up with `base`. */
  synced: number;
  /** Length of the block text, and how many leading characters (`- `) were blanked. */
  length: number;
  pad: number;
  /** For a mapping entry: the entry and its key as plain text. */
  pair?: Pair<Scalar, Node | null>;
  key?: string;
  /** For a list entry: the item. */
  item?: Node | null;
  /** The entry's value (or the item) as plain data, as `toJS` gives it. */
  value: unknown;
  /** End offsets (value end, node end) of the single-entry collection, relative to `base`. */
  end: [number, number];
}

/** Line table of a text: where each line starts, its indentation and what it holds. */
interface Lines {
  starts: Int32Array;
  indents: Int32Array;
  kinds: Uint8Array;
  /** How many `- ` list markers open the line (capped at 255). */
  dashes: Uint8Array;
  count: number;
}

/** What one successful block-wise parse leaves for the next one. */
export interface BlockState {
  text: string;
  lines: Lines;
  /** Leaves by `base`, mapping entries and list entries apart. */
  pairs: Map<number, Leaf>;
  items: Map<number, Leaf>;
}

/** Counters of one block-wise parse, for benchmarks and tests. */
export interface BlockParseStats {
  parsed: number;
  reused: number;
  parsedBytes: number;
}

/** The result of a block-wise parse: what `parseFramework` returns for clean YAML. */
export interface BlockParse {
  parsed: ParsedDocument;
  state: BlockState;
  stats: BlockParseStats;
}

const BLANK = 0;
const COMMENT = 1;
const CONTENT = 2;

/** An unquoted key made of id-like characters followed by `:` and a space or the line end. */
const KEY_AT = /[A-Za-z0-9_$][\w$.-]*:(?=[ \r\n]|$)/y;

/** Adds `delta` to the range of every node under `node`. */
function shift(node: unknown, delta: number): void {
  if (node === null || typeof node !== 'object') return;
  if (isPair(node)) {
    shift(node.key, delta);
    shift(node.value, delta);
    return;
  }
  const range = (node as Node).range;
  if (range) {
    range[0] += delta;
    range[1] += delta;
    range[2] += delta;
  }
  if (isMap(node) || isSeq(node)) for (const item of node.items) shift(item, delta);
}

/** Brings a leaf's node ranges to its current base (a no-op when they are already there). */
function sync(leaf: Leaf): void {
  if (leaf.synced === leaf.base) return;
  shift(leaf.pair ?? leaf.item, leaf.base - leaf.synced);
  leaf.synced = leaf.base;
}

/**
 * Makes the entry at `index` bring its leaf's positions up to date when something reads it. An
 * edit moves every block after it, but positions are read for a handful of diagnostics: shifting
 * thousands of nodes on every keystroke would cost more than the parse it saves.
 */
function guard(items: unknown[], index: number, leaf: Leaf): void {
  if (leaf.synced === leaf.base) return;
  const entry = items[index];
  Object.defineProperty(items, index, {
    configurable: true,
    enumerable: true,
    get: () => {
      sync(leaf);
      return entry;
    },
  });
}

/** Anchors, aliases and tags: a block alone cannot know what they refer to elsewhere. */
function hasAnchorsOrTags(root: Node, source: string): boolean {
  if (!source.includes('&') && !source.includes('*') && !source.includes('!')) return false;
  let found = false;
  visit(root, (_key, node) => {
    if (isAlias(node) || (node && typeof node === 'object' && (('anchor' in node && node.anchor) || ('tag' in node && node.tag)))) found = true;
    return found ? visit.BREAK : undefined;
  });
  return found;
}

function parseLeaf(source: string, kind: 'pair' | 'item', base: number, pad: number): Leaf {
  // The full parse, so a block passes exactly the checks the whole file would: any YAML
  // problem it reports (syntax, repeated keys, aliases, nesting) sends the file to the full path.
  const parsed = parseFrameworkFully(source);
  if (parsed.broken || parsed.diagnostics.length > 0 || parsed.text !== source) throw new Ambiguous('block has YAML problems');
  const root = parsed.doc.contents as Node | null;
  if (!root || !root.range || !(kind === 'pair' ? isMap(root) : isSeq(root)) || (root as YAMLMap | YAMLSeq).items.length !== 1) {
    throw new Ambiguous('block is not a single entry');
  }
  if (hasAnchorsOrTags(root, source)) throw new Ambiguous('anchors, aliases or tags');
  const js = parsed.data;
  const leaf: Leaf = { base, synced: 0, length: source.length, pad, value: undefined, end: [root.range[1], root.range[2]] };
  if (kind === 'item') {
    leaf.item = (root as YAMLSeq<Node | null>).items[0] ?? null;
    leaf.value = (js as unknown[])[0];
    sync(leaf);
    return leaf;
  }
  const pair = (root as YAMLMap<Scalar, Node | null>).items[0] as Pair<Scalar, Node | null>;
  const keys = Object.keys(js as object);
  const key = keys[0];
  // Only plain text keys: `1:`, `null:` or `true:` would turn into different JS keys.
  if (keys.length !== 1 || key === undefined || key === '__proto__' || !isScalar(pair.key) || typeof pair.key.value !== 'string') {
    throw new Ambiguous('unusual key');
  }
  leaf.pair = pair;
  leaf.key = key;
  leaf.value = (js as Record<string, unknown>)[key];
  sync(leaf);
  return leaf;
}

/** Length of the common prefix of two strings (compared a kilobyte at a time first). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + 1024 <= n && a.slice(i, i + 1024) === b.slice(i, i + 1024)) i += 1024;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i += 1;
  return i;
}

/** Length of the common suffix of two strings, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  const al = a.length;
  const bl = b.length;
  while (i + 1024 <= max && a.slice(al - i - 1024, al - i) === b.slice(bl - i - 1024, bl - i)) i += 1024;
  while (i < max && a.charCodeAt(al - i - 1) === b.charCodeAt(bl - i - 1)) i += 1;
  return i;
}

/** Scans lines from `pos` until `stop(lineStart)` says a line start can be taken over from elsewhere. */
function scanLines(text: string, from: number, out: { starts: number[]; indents: number[]; kinds: number[]; dashes: number[] }, stop: (lineStart: number) => boolean): number {
  const length = text.length;
  let pos = from;
  for (;;) {
    if (stop(pos)) return pos;
    let i = pos;
    while (i < length && text.charCodeAt(i) === 32) i += 1;
    const c = i < length ? text.charCodeAt(i) : 10;
    let kind = CONTENT;
    if (c === 10 || (c === 13 && (i + 1 >= length || text.charCodeAt(i + 1) === 10))) kind = BLANK;
    else if (c === 35) kind = COMMENT;
    else if (c === 9) throw new Ambiguous('tab indent');
    else if (i === pos && (c === 37 || ((c === 45 || c === 46) && /^(---|\.\.\.)(?=[ \t\r\n]|$)/.test(text.slice(i, i + 4))))) {
      throw new Ambiguous('directive or document marker');
    }
    let dashes = 0;
    for (let d = i; text.charCodeAt(d) === 45 && (text.charCodeAt(d + 1) === 32 || text.charCodeAt(d + 1) === 9) && dashes < 255; ) {
      dashes += 1;
      d += 2;
      while (text.charCodeAt(d) === 32) d += 1;
    }
    out.starts.push(pos);
    out.indents.push(i - pos);
    out.kinds.push(kind);
    out.dashes.push(dashes);
    const nl = text.indexOf('\n', i);
    if (nl < 0) return -1;
    pos = nl + 1;
  }
}

/** The line table of `text`, reusing the previous one for lines outside the edited stretch. */
function lineTable(text: string, previous: BlockState | undefined, prefix: number, suffix: number): Lines {
  const fresh = { starts: [] as number[], indents: [] as number[], kinds: [] as number[], dashes: [] as number[] };
  let firstLine = 0;
  let resume: number;
  let oldLine = -1;
  if (previous) {
    const old = previous.lines;
    // The first line that can differ is the one holding the first changed character.
    let lo = 0;
    let hi = old.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((old.starts[mid] as number) <= prefix) lo = mid;
      else hi = mid - 1;
    }
    firstLine = lo;
    const delta = text.length - previous.text.length;
    const tailStart = text.length - suffix;
    resume = scanLines(text, old.starts[firstLine] as number, fresh, (lineStart) => {
      // A line that starts after the changed stretch (its line break unchanged too) is the same line as before.
      if (lineStart <= tailStart || lineStart === 0) return false;
      let l = firstLine;
      let h = old.count - 1;
      const target = lineStart - delta;
      while (l < h) {
        const mid = (l + h) >> 1;
        if ((old.starts[mid] as number) < target) l = mid + 1;
        else h = mid;
      }
      if (old.starts[l] !== target) return false;
      oldLine = l;
      return true;
    });
  } else {
    resume = scanLines(text, 0, fresh, () => false);
  }
  // A carriage return without a line feed is a line break to YAML but not to this table.
  const scannedFrom = fresh.starts[0] ?? 0;
  if (/\r(?!\n)/.test(text.slice(scannedFrom, resume >= 0 ? resume : text.length))) throw new Ambiguous('carriage return without line feed');
  const tail = resume >= 0 && previous && oldLine >= 0 ? previous.lines.count - oldLine : 0;
  const count = firstLine + fresh.starts.length + tail;
  const lines: Lines = { starts: new Int32Array(count), indents: new Int32Array(count), kinds: new Uint8Array(count), dashes: new Uint8Array(count), count };
  if (previous && firstLine > 0) {
    lines.starts.set(previous.lines.starts.subarray(0, firstLine));
    lines.indents.set(previous.lines.indents.subarray(0, firstLine));
    lines.kinds.set(previous.lines.kinds.subarray(0, firstLine));
    lines.dashes.set(previous.lines.dashes.subarray(0, firstLine));
  }
  lines.starts.set(fresh.starts, firstLine);
  lines.indents.set(fresh.indents, firstLine);
  lines.kinds.set(fresh.kinds, firstLine);
  lines.dashes.set(fresh.dashes, firstLine);
  if (previous && tail > 0) {
    const at = firstLine + fresh.starts.length;
    const delta = text.length - previous.text.length;
    const oldStarts = previous.lines.starts;
    for (let i = 0; i < tail; i += 1) lines.starts[at + i] = (oldStarts[oldLine + i] as number) + delta;
    lines.indents.set(previous.lines.indents.subarray(oldLine, oldLine + tail), at);
    lines.kinds.set(previous.lines.kinds.subarray(oldLine, oldLine + tail), at);
    lines.dashes.set(previous.lines.dashes.subarray(oldLine, oldLine + tail), at);
  }
  return lines;
}

/**
 * An upper bound of the depth `nestingTooDeep` counts. It stacks strictly increasing indents (at
 * most indent + 1 of them under a line), then adds a line's leading `- ` markers, or the open
 * brackets (never more than all of the file's `[` and `{`).
 */
function nestingBound(text: string, lines: Lines): number {
  let lead = 0;
  let indent = 0;
  for (let i = 0; i < lines.count; i += 1) {
    const ind = lines.indents[i] as number;
    lead = Math.max(lead, ind + 1 + (lines.dashes[i] as number));
    indent = Math.max(indent, ind);
  }
  let brackets = 0;
  for (const open of ['[', '{']) {
    for (let at = text.indexOf(open); at >= 0 && brackets <= MAX_NESTING; at = text.indexOf(open, at + 1)) brackets += 1;
  }
  return Math.max(lead, indent + 1 + brackets);
}

/**
 * Parses `text` block by block, reusing the leaves of `previous` that lie outside the edited
 * stretch. Throws `Ambiguous` when the result could differ from a full parse.
 */
export function parseBlocks(text: string, previous: BlockState | undefined, threshold: number): BlockParse {
  if (text.charCodeAt(0) === 0xfeff) throw new Ambiguous('byte-order mark');
  if (text.length > MAX_TEXT_LENGTH) throw new Ambiguous('over the size limit');
  const stats: BlockParseStats = { parsed: 0, reused: 0, parsedBytes: 0 };
  const length = text.length;

  const prefix = previous ? commonPrefix(previous.text, text) : 0;
  const suffix = previous ? commonSuffix(previous.text, text, Math.min(previous.text.length, length) - prefix) : 0;
  const delta = previous ? length - previous.text.length : 0;
  const lines = lineTable(text, previous, prefix, suffix);
  const { starts, indents, kinds, count: lineCount } = lines;

  // parseFramework refuses deep nesting before parsing. Its test costs a few ms at 500 KB, so it
  // only runs when a cheap upper bound of what it counts could pass the limit.
  if (nestingBound(text, lines) > MAX_NESTING && nestingTooDeep(text) !== undefined) throw new Ambiguous('nesting too deep');

  // A full parse hands comments after the last entry to the deepest open collection, which a
  // block parsed on its own cannot know; such files take the full path.
  for (let i = lineCount - 1; i >= 0 && kinds[i] !== CONTENT; i -= 1) {
    if (kinds[i] === COMMENT) throw new Ambiguous('comments after the last entry');
  }

  const endOf = (line: number): number => (line < lineCount ? (starts[line] as number) : length);
  const next: BlockState = { text, lines, pairs: new Map(), items: new Map() };
  const moves: [Leaf, number][] = [];
  // Leaves are only moved once the parse has succeeded (a failed one must leave no trace).
  const lazy: [unknown[], number, Leaf][] = [];
  const eager: Leaf[] = [];

  const take = (kind: 'pair' | 'item', start: number, end: number, pad: number): Leaf => {
    let leaf: Leaf | undefined;
    if (previous) {
      // Text wholly before or after the changed stretch is what the previous check parsed.
      const oldStart = end <= prefix ? start : start >= length - suffix ? start - delta : -1;
      const candidate = oldStart >= 0 ? (kind === 'pair' ? previous.pairs : previous.items).get(oldStart) : undefined;
      if (candidate && candidate.length === end - start && candidate.pad === pad) {
        leaf = candidate;
        // Moved only once the whole parse succeeds: on `Ambiguous` the previous state stays intact.
        if (leaf.base !== start) moves.push([leaf, start]);
        stats.reused += 1;
      }
    }
    if (!leaf) {
      const source = pad > 0 ? ' '.repeat(pad) + text.slice(start + pad, end) : text.slice(start, end);
      leaf = parseLeaf(source, kind, start, pad);
      stats.parsed += 1;
      stats.parsedBytes += source.length;
    }
    (kind === 'pair' ? next.pairs : next.items).set(start, leaf);
    return leaf;
  };

  const isDashAt = (line: number, column: number): boolean => {
    const at = (starts[line] as number) + column;
    if (text.charCodeAt(at) !== 45) return false;
    const after = at + 1 < length ? text.charCodeAt(at + 1) : 10;
    return after === 32 || after === 10 || after === 13;
  };
  const keyAt = (offset: number): number => {
    KEY_AT.lastIndex = offset;
    return KEY_AT.test(text) ? KEY_AT.lastIndex : -1;
  };
  /** True when the key line holds nothing after the colon but spaces or a comment. */
  const nothingAfter = (offset: number): boolean => {
    let i = offset;
    while (i < length && text.charCodeAt(i) === 32) i += 1;
    const c = i < length ? text.charCodeAt(i) : 10;
    return c === 10 || c === 35 || (c === 13 && text.charCodeAt(i + 1) === 10);
  };

  interface Built<T> {
    node: T;
    data: unknown;
    /** Value end and node end of the collection, as yaml sets them. */
    end: [number, number];
  }

  function buildMap(from: number, to: number, indent: number, dashLine: boolean): Built<YAMLMap> {
    const bounds: number[] = [];
    for (let i = from; i < to; i += 1) {
      if (kinds[i] !== CONTENT) continue;
      if (dashLine && i === from) {
        bounds.push(i);
        continue;
      }
      const ind = indents[i] as number;
      if (ind > indent) {
        if (bounds.length === 0) throw new Ambiguous('content before the first key');
        continue;
      }
      if (ind < indent) throw new Ambiguous('dedent inside a block');
      // A list may sit at the same indentation as its key; it continues the current entry.
      if (isDashAt(i, ind) && bounds.length > 0) continue;
      if (keyAt((starts[i] as number) + ind) < 0) throw new Ambiguous('line is not a simple key');
      bounds.push(i);
    }
    if (bounds.length === 0) throw new Ambiguous('empty mapping');
    const map = new YAMLMap();
    const data: Record<string, unknown> = {};
    let end: [number, number] = [0, 0];
    for (let b = 0; b < bounds.length; b += 1) {
      const cs = bounds[b] as number;
      const ce = b + 1 < bounds.length ? (bounds[b + 1] as number) : to;
      const lineStart = starts[cs] as number;
      const pad = dashLine && cs === from ? indent : 0;
      const keyEnd = keyAt(lineStart + indent);
      let pair: Pair;
      let key: string;
      let value: unknown;
      let seqLine = -1;
      if (endOf(ce) - lineStart > threshold && keyEnd > 0 && nothingAfter(keyEnd)) {
        for (let i = cs + 1; i < ce; i += 1) {
          if (kinds[i] === CONTENT) {
            if ((indents[i] as number) >= indent && isDashAt(i, indents[i] as number)) seqLine = i;
            break;
          }
        }
      }
      if (seqLine >= 0) {
        const keyLeaf = take('pair', lineStart, endOf(cs + 1), pad);
        const seq = buildSeq(cs + 1, ce, indents[seqLine] as number);
        pair = new Pair(keyLeaf.pair?.key ?? null, seq.node);
        // A key line is two tiny nodes: cheaper to move now than to guard.
        eager.push(keyLeaf);
        key = keyLeaf.key as string;
        value = seq.data;
        // A mapping ends where its last value's node ends.
        end = [seq.end[1], seq.end[1]];
      } else {
        const leaf = take('pair', lineStart, endOf(ce), pad);
        pair = leaf.pair as Pair;
        key = leaf.key as string;
        value = leaf.value;
        end = [leaf.end[0] + lineStart, leaf.end[1] + lineStart];
        lazy.push([map.items, map.items.length, leaf]);
      }
      if (Object.prototype.hasOwnProperty.call(data, key)) throw new Ambiguous('repeated key');
      data[key] = value;
      map.items.push(pair);
    }
    map.range = [(starts[bounds[0] as number] as number) + indent, end[0], end[1]];
    return { node: map, data, end };
  }

  function buildSeq(from: number, to: number, indent: number): Built<YAMLSeq> {
    const bounds: number[] = [];
    for (let i = from; i < to; i += 1) {
      if (kinds[i] !== CONTENT) continue;
      const ind = indents[i] as number;
      if (ind > indent) {
        if (bounds.length === 0) throw new Ambiguous('content before the first item');
        continue;
      }
      if (ind < indent || !isDashAt(i, ind)) throw new Ambiguous('line is not a list item');
      bounds.push(i);
    }
    if (bounds.length === 0) throw new Ambiguous('empty list');
    const seq = new YAMLSeq();
    const data: unknown[] = [];
    let end: [number, number] = [0, 0];
    for (let b = 0; b < bounds.length; b += 1) {
      const cs = bounds[b] as number;
      const ce = b + 1 < bounds.length ? (bounds[b + 1] as number) : to;
      const lineStart = starts[cs] as number;
      let keyColumn = -1;
      if (endOf(ce) - lineStart > threshold) {
        let i = lineStart + indent + 1;
        while (i < length && text.charCodeAt(i) === 32) i += 1;
        if (keyAt(i) > 0) keyColumn = i - lineStart;
      }
      if (keyColumn > 0) {
        const map = buildMap(cs, ce, keyColumn, true);
        seq.items.push(map.node);
        data.push(map.data);
        // A list ends where its last item's node ends, comments included.
        end = [map.end[1], map.end[1]];
      } else {
        const leaf = take('item', lineStart, endOf(ce), 0);
        lazy.push([seq.items, seq.items.length, leaf]);
        seq.items.push(leaf.item ?? null);
        data.push(leaf.value);
        end = [leaf.end[0] + lineStart, leaf.end[1] + lineStart];
      }
    }
    seq.range = [(starts[bounds[0] as number] as number) + indent, end[0], end[1]];
    return { node: seq, data, end };
  }

  const root = buildMap(0, lineCount, 0, false);
  for (const [leaf, base] of moves) leaf.base = base;
  for (const leaf of eager) sync(leaf);
  for (const [items, index, leaf] of lazy) guard(items, index, leaf);
  const lineCounter = new LineCounter();
  // LineCounter only reads lineStarts by index (binary search), which a typed array serves.
  lineCounter.lineStarts = lines.starts.subarray(0, lineCount) as unknown as number[];
  const doc = new Document() as Document.Parsed;
  doc.contents = root.node as Document.Parsed['contents'];
  const parsed: ParsedDocument = { text, doc, lineCounter, data: root.data, diagnostics: [], broken: false };
  return { parsed, state: next, stats };
}
