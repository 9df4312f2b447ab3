import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ParsedDocument } from './parse.ts';
import type { PlainEntry, PlainNode } from './parse-plain.ts';

/** A 1-based span in the source, end exclusive, as Monaco and most editors count. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * Which part of the node to point at:
 * - `value`: the whole node the pointer names (for revealing a role or selecting a value);
 * - `key`: the key of the last pointer segment when it is a mapping entry (an unknown key);
 * - `head`: like `value`, but a mapping or list is reduced to its key or first line, so a marker
 *   on a whole role does not underline fifty lines.
 */
export type RangeTarget = 'value' | 'key' | 'head';

/** Splits a JSON Pointer (RFC 6901) into unescaped segments; '' is the whole document. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return pointer === '/' ? [''] : [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Escapes one segment for use in a JSON Pointer. */
export function escapePointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins segments into a JSON Pointer. */
export function pointerOf(...segments: (string | number)[]): string {
  return segments.map((s) => `/${escapePointerSegment(s)}`).join('');
}

interface Located {
  node: Node | null;
  /** The mapping entry whose value `node` is, when it is one. */
  pair?: Pair;
  /** True when every segment of the pointer was found. */
  exact: boolean;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return key.value === null ? '' : String(key.value);
  return typeof key === 'string' ? key : undefined;
}

/**
 * Key → entry indexes of large mappings, built on first use. Keyed weakly by the yaml node, so
 * it holds no state between documents and frees itself with the document; without it, placing
 * thousands of diagnostics in a huge mapping would be quadratic.
 */
const pairIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function findPair(map: YAMLMap, segment: string): Pair | undefined {
  if (map.items.length < 32) {
    // The last matching key, because that is the one yaml keeps in the data.
    let pair: Pair | undefined;
    for (const p of map.items) if (keyText(p.key) === segment) pair = p;
    return pair;
  }
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      const text = keyText(p.key);
      if (text !== undefined) index.set(text, p);
    }
    pairIndexes.set(map, index);
  }
  return index.get(segment);
}

/** Walks the document along the pointer, stopping at the deepest node that exists. */
function locate(parsed: ParsedDocument, pointer: string): Located {
  const root = parsed.doc.contents as Node | null;
  let current: Located = { node: root, exact: true };
  for (const segment of pointerSegments(pointer)) {
    const node = current.node;
    let next: Located | undefined;
    if (isMap(node)) {
      const pair = findPair(node, segment);
      if (pair) next = { node: (pair.value as Node | null) ?? (isScalar(pair.key) ? pair.key : null), pair, exact: true };
    } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item) next = { node: isPair(item) ? ((item.value as Node | null) ?? null) : item, exact: true };
    }
    if (!next || !next.node) return { ...current, exact: false };
    current = next;
  }
  return current;
}

/**
 * The 1-based source range of the narrowest node a JSON Pointer names, falling back to the
 * nearest parent that exists (and to line 1, column 1 for an empty document). Never throws.
 */
export function rangeOf(parsed: ParsedDocument, pointer: string, target: RangeTarget = 'value'): SourceRange {
  if (parsed.positions) return plainRangeOf(parsed, parsed.positions, pointer, target);
  const found = locate(parsed, pointer);
  const node = found.node;
  if (target === 'key' && found.exact && found.pair && isScalar(found.pair.key) && found.pair.key.range) {
    return span(parsed, found.pair.key.range[0], found.pair.key.range[1]);
  }
  if (!node || !node.range) return span(parsed, 0, 0);
  const [start, valueEnd] = node.range;
  // A `[...]` or `{...}` on one line is short enough to mark whole, like a scalar.
  const isBlock = (isMap(node) || isSeq(node)) && !(node.flow && !parsed.text.slice(start, valueEnd).includes('\n'));
  if (target !== 'value' && isBlock) {
    if (found.pair && isScalar(found.pair.key) && found.pair.key.range) {
      return span(parsed, found.pair.key.range[0], found.pair.key.range[1]);
    }
    return span(parsed, start, lineEnd(parsed.text, start, valueEnd));
  }
  return span(parsed, start, valueEnd);
}

/** Key → entry indexes of large plain mappings, as `pairIndexes` for yaml's nodes. */
const entryIndexes = new WeakMap<PlainEntry[], Map<string, PlainEntry>>();

function findEntry(entries: PlainEntry[], segment: string): PlainEntry | undefined {
  // Keys are unique in a plainly read mapping (a repeat sends the file to the full parse).
  if (entries.length < 32) return entries.find((e) => e.key === segment);
  let index = entryIndexes.get(entries);
  if (!index) {
    index = new Map(entries.map((e) => [e.key, e]));
    entryIndexes.set(entries, index);
  }
  return index.get(segment);
}

/** `rangeOf` over the offsets the fast plain reader recorded: the same walk and the same answers. */
function plainRangeOf(parsed: ParsedDocument, root: PlainNode, pointer: string, target: RangeTarget): SourceRange {
  let node = root;
  let entry: PlainEntry | undefined;
  let exact = true;
  for (const segment of pointerSegments(pointer)) {
    let next: PlainNode | undefined;
    let nextEntry: PlainEntry | undefined;
    if (node.entries) {
      nextEntry = findEntry(node.entries, segment);
      next = nextEntry?.value;
    } else if (node.items && /^(0|[1-9]\d*)$/.test(segment)) {
      next = node.items[Number(segment)];
    }
    if (!next) {
      exact = false;
      break;
    }
    node = next;
    entry = nextEntry;
  }
  if (target === 'key' && exact && entry) return span(parsed, entry.keyStart, entry.keyEnd);
  const isBlock = (node.entries !== undefined || node.items !== undefined) && !node.flow;
  if (target !== 'value' && isBlock) {
    if (entry) return span(parsed, entry.keyStart, entry.keyEnd);
    return span(parsed, node.start, lineEnd(parsed.text, node.start, node.valueEnd));
  }
  return span(parsed, node.start, node.valueEnd);
}

/**
 * The range of the key of the mapping entry a pointer names (for an unknown or misspelt key),
 * falling back like `rangeOf`.
 */
export function keyRangeOf(parsed: ParsedDocument, pointer: string): SourceRange {
  return rangeOf(parsed, pointer, 'key');
}

/** Where the line holding `start` ends, trailing spaces and comments aside, capped at `limit`. */
function lineEnd(text: string, start: number, limit: number): number {
  let end = text.indexOf('\n', start);
  if (end < 0 || end > limit) end = limit;
  const line = text.slice(start, end);
  const comment = line.search(/\s#/);
  const trimmed = (comment >= 0 ? line.slice(0, comment) : line).trimEnd();
  return start + Math.max(1, trimmed.length);
}

function span(parsed: ParsedDocument, start: number, end: number): SourceRange {
  const length = parsed.text.length;
  const from = parsed.lineCounter.linePos(Math.max(0, Math.min(start, length)));
  // A range that ends at a line break would spill onto the next line in an editor.
  let stop = Math.max(start, Math.min(end, length));
  while (stop > start && (parsed.text[stop - 1] === '\n' || parsed.text[stop - 1] === '\r')) stop -= 1;
  const to = parsed.lineCounter.linePos(stop);
  const sameSpot = to.line === from.line && to.col === from.col;
  return { line: from.line, column: from.col, endLine: to.line, endColumn: sameSpot ? from.col + 1 : to.col };
}
