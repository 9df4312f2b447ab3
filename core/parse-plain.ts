import { Scalar, Schema, type ScalarTag } from 'yaml';

/**
 * A fast reader for the plain YAML that frameworks are written in, used by `parseFramework`
 * before the full `yaml` parse.
 *
 * Building yaml's Document (tokens, a concrete syntax tree, nodes, then plain data) costs about
 * 70 ms per megabyte; most framework files use a small, regular part of YAML. This reader walks
 * that part line by line and produces the plain data and, for every node, the offsets the
 * Document would have given it, without building nodes. It accepts only what it can read exactly
 * as `yaml` does: a root mapping of simple keys; block mappings and lists; plain, quoted and `|`
 * literal scalars on their own lines; `[...]` and `{...}` on one line; comments
 * before the first key or at the end of a line. Anything else (anchors, aliases, tags,
 * directives, several documents, tabs, carriage returns, multi-line plain or quoted scalars,
 * folded or indented block scalars, repeated keys, comment lines between entries, odd
 * indentation, any syntax error) makes it return `undefined`, and the caller runs the full
 * parse, which stays the reference. A test compares the two on every corpus we have.
 */

/** Where a node sits in the text, as yaml's `range[0]` and `range[1]` (value end). */
export interface PlainNode {
  start: number;
  valueEnd: number;
  /** Set for mappings: entries in file order. */
  entries?: PlainEntry[];
  /** Set for lists. */
  items?: PlainNode[];
  /** True for `[...]` and `{...}` (always on one line here). */
  flow?: true;
}

/** One mapping entry: its key text, where the key is, and its value (a null scalar when empty). */
export interface PlainEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: PlainNode;
}

/** What a successful plain read gives: the data as `doc.toJS()` would, and the node offsets. */
export interface PlainParse {
  data: Record<string, unknown>;
  root: PlainNode;
}

/** Thrown inside the reader when the text leaves the plain subset; never escapes `parsePlain`. */
class NotPlain extends Error {}

/** The core schema's scalar tags (null, bool, int, float), tried in yaml's own order. */
const scalarTags: ScalarTag[] = (new Schema({}).tags as ScalarTag[]).filter((tag) => tag.default === true && tag.test instanceof RegExp);
const resolveOptions = { intAsBigInt: false } as Parameters<NonNullable<ScalarTag['resolve']>>[2];

/** A plain scalar's value as yaml's core schema resolves it. */
function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // Only text starting like null, true/false or a number can resolve to anything but a string.
  const special = source === '' || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70 || c === 43 || c === 45 || c === 46 || (c >= 48 && c <= 57);
  if (special) {
    for (const tag of scalarTags) {
      if (tag.test?.test(source)) {
        const value: unknown = tag.resolve(source, () => {
          throw new NotPlain('scalar');
        }, resolveOptions);
        return value instanceof Scalar ? (value.value as unknown) : value;
      }
    }
  }
  return source;
}

/** Characters the plain subset never holds: tabs, carriage returns, controls, odd line breaks, BOMs. */
// eslint-disable-next-line no-control-regex
const OUTSIDE_SUBSET = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;

/** A line holding only spaces (not an empty line). */
const SPACES_ONLY_LINE = /(?:^|\n) +(?:\n|$)/;

/** A simple key: id-like characters, then `:` and a space or the line end. */
const KEY = /[A-Za-z0-9_$][\w$.-]*(?=:(?: |\n|$))/y;

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;

/**
 * Reads `text` if it lies inside the plain subset; `undefined` when it does not (the caller then
 * runs the full parse). `text` must already have passed the size and nesting checks.
 */
export function parsePlain(text: string): PlainParse | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  // A line of nothing but spaces can belong to the node above it in yaml's ranges (after
  // `key: # note`, for one), which this reader does not model: such text takes the full parse.
  if (SPACES_ONLY_LINE.test(text)) return undefined;
  try {
    return new PlainReader(text).document();
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

interface Read {
  node: PlainNode;
  value: unknown;
  /** yaml's `range[2]`: where the node ends, trailing comment and line break included. */
  end: number;
}

class PlainReader {
  private readonly length: number;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  document(): PlainParse {
    // Blank lines and comment lines may come before the root mapping (a schema header, notes).
    let at = 0;
    for (;;) {
      const first = this.skipSpaces(at);
      if (first >= this.length) throw new NotPlain('empty');
      const c = this.text.charCodeAt(first);
      if (c === NEWLINE) at = first + 1;
      else if (c === HASH) at = this.lineEnd(first) + 1;
      else if (first !== at) throw new NotPlain('indented root');
      else break;
    }
    const root = this.map(at, 0);
    if (this.nextContent(root.next) < this.length) throw new NotPlain('text after the root mapping');
    return { data: root.read.value as Record<string, unknown>, root: root.read.node };
  }

  private skipSpaces(at: number): number {
    let i = at;
    while (i < this.length && this.text.charCodeAt(i) === SPACE) i += 1;
    return i;
  }

  /** Offset of the line break ending the line that holds `at` (or the text length). */
  private lineEnd(at: number): number {
    const nl = this.text.indexOf('\n', at);
    return nl < 0 ? this.length : nl;
  }

  /**
   * The start of the next line holding content, from line start `at`, skipping blank lines; a
   * comment line there is outside the subset (yaml attaches it to a neighbouring node).
   */
  private nextContent(at: number): number {
    let line = at;
    while (line < this.length) {
      const first = this.skipSpaces(line);
      if (first >= this.length) return this.length;
      const c = this.text.charCodeAt(first);
      if (c === NEWLINE) {
        line = first + 1;
        continue;
      }
      if (c === HASH) throw new NotPlain('comment line');
      return line;
    }
    return this.length;
  }

  private indentAt(line: number): number {
    return this.skipSpaces(line) - line;
  }

  private isDash(at: number): boolean {
    if (this.text.charCodeAt(at) !== 45) return false;
    const after = at + 1 < this.length ? this.text.charCodeAt(at + 1) : NEWLINE;
    return after === SPACE || after === NEWLINE;
  }

  private keyAt(at: number): number {
    KEY.lastIndex = at;
    return KEY.test(this.text) ? KEY.lastIndex : -1;
  }

  /**
   * A block mapping whose keys sit at column `indent`, the first one at offset `first` (which is
   * mid-line after `- ` for a mapping inside a list item). Returns the line start after it.
   */
  private map(first: number, indent: number): { read: Read; next: number } {
    const data: Record<string, unknown> = {};
    const entries: PlainEntry[] = [];
    const seen = new Set<string>();
    let keyStart = first;
    let end: number;
    let next: number;
    for (;;) {
      const keyEnd = this.keyAt(keyStart);
      if (keyEnd < 0 || keyEnd - keyStart > 1024) throw new NotPlain('not a simple key');
      const key = this.text.slice(keyStart, keyEnd);
      if (typeof resolvePlain(key) !== 'string') throw new NotPlain('key that is not text');
      if (seen.has(key)) throw new NotPlain('repeated key');
      seen.add(key);
      const value = this.value(keyEnd + 1, indent, true);
      entries.push({ key, keyStart, keyEnd, value: value.read.node });
      // As yaml's toJS: keys JavaScript objects inherit (`constructor`, `__proto__`) become own properties.
      if (key in data) Object.defineProperty(data, key, { value: value.read.value, writable: true, enumerable: true, configurable: true });
      else data[key] = value.read.value;
      end = value.read.end;
      next = value.next;
      const line = this.nextContent(next);
      if (line >= this.length) break;
      const column = this.indentAt(line);
      if (column < indent) break;
      if (column > indent) throw new NotPlain('indentation');
      if (this.isDash(line + column)) {
        // A list at the key column belongs to the previous key only right after it (handled in value).
        throw new NotPlain('list at key column');
      }
      keyStart = line + column;
    }
    return { read: { node: { start: first, valueEnd: end, entries }, value: data, end }, next };
  }

  /** A block list whose `-` markers sit at column `indent`, the first at offset `first`. */
  private seq(first: number, indent: number): { read: Read; next: number } {
    const data: unknown[] = [];
    const items: PlainNode[] = [];
    let dash = first;
    let end: number;
    let next: number;
    for (;;) {
      const item = this.value(dash + 1, indent, false);
      items.push(item.read.node);
      data.push(item.read.value);
      end = item.read.end;
      next = item.next;
      const line = this.nextContent(next);
      if (line >= this.length) break;
      const column = this.indentAt(line);
      if (column < indent) break;
      if (column > indent) throw new NotPlain('indentation');
      // At the same column, a key ends a list that is the value of the key above it.
      if (!this.isDash(line + column)) break;
      dash = line + column;
    }
    return { read: { node: { start: first, valueEnd: end, items }, value: data, end }, next };
  }

  /**
   * The value after a key's `:` or an item's `-`, starting at `at` (just past the indicator).
   * `indent` is the column of the key or dash. Returns the line start after the value.
   */
  private value(at: number, indent: number, afterKey: boolean): { read: Read; next: number } {
    const start = this.skipSpaces(at);
    if (!afterKey && start === at && start < this.length && this.text.charCodeAt(start) !== NEWLINE) throw new NotPlain('dash');
    const c = start < this.length ? this.text.charCodeAt(start) : NEWLINE;
    const eol = this.lineEnd(start);
    const nextLine = eol < this.length ? eol + 1 : this.length;

    if (c === NEWLINE || c === HASH) {
      const following = this.nextContent(nextLine);
      if (following < this.length) {
        const column = this.indentAt(following);
        const isDash = this.isDash(following + column);
        if (column > indent || (afterKey && column === indent && isDash)) {
          if (c === HASH) throw new NotPlain('comment before a nested block');
          const nested = isDash ? this.seq(following + column, column) : this.map(following + column, column);
          return nested;
        }
      }
      // yaml stretches a list over the comment of an empty item to wherever the next content starts,
      // and a mapping over the comment of an empty last value the same way.
      if (c === HASH && !afterKey) throw new NotPlain('comment on an empty list item');
      if (c === HASH && following < this.length && this.indentAt(following) < indent) throw new NotPlain('comment on an empty last value');
      // An empty value is a null scalar where the content would start; a comment after it is its own.
      const end = c === HASH ? nextLine : start;
      return { read: { node: { start, valueEnd: start }, value: null, end }, next: nextLine };
    }

    if (!afterKey) {
      // `- key: value` opens a mapping inside the item, its keys at this column.
      const keyEnd = this.keyAt(start);
      if (keyEnd > 0) {
        const column = start - (this.text.lastIndexOf('\n', start - 1) + 1);
        return this.map(start, column);
      }
    }

    let read: Read;
    let after: number;
    switch (c) {
      case 124: // |
        return this.literal(start, indent);
      case 91: // [
      case 123: {
        // {
        const flow = this.flow(start);
        read = flow.read;
        after = flow.after;
        break;
      }
      case 34: // "
      case 39: {
        // '
        const quoted = this.quoted(start, eol);
        read = quoted;
        after = quoted.end;
        break;
      }
      default: {
        const plain = this.plain(start, eol);
        read = plain;
        after = plain.end;
      }
    }
    // Only spaces and a comment may follow on the line; the node then ends after the line break.
    const rest = this.skipSpaces(after);
    if (rest < eol && !(this.text.charCodeAt(rest) === HASH && rest > after)) throw new NotPlain('text after a value');
    read.end = nextLine;
    return { read, next: nextLine };
  }

  /** A plain scalar from `start` to the end of its line (or a comment). */
  private plain(start: number, eol: number): Read {
    const c = this.text.charCodeAt(start);
    // Indicators that cannot start a plain scalar, or that start something this reader leaves to yaml.
    const dashFirst = c === 45 && this.text.charCodeAt(start + 1) !== SPACE;
    if ((c === 45 && !dashFirst) || c === 63 || c === 58 || c === 44 || c === 93 || c === 125 || c === 38 || c === 42 || c === 33 || c === 37 || c === 64 || c === 96 || c === 62) {
      throw new NotPlain('indicator');
    }
    // A comment starts at ` #`; searched for within the line only (the text may hold none).
    let valueEnd = eol;
    for (let i = start + 1; i < eol; i += 1) {
      if (this.text.charCodeAt(i) === HASH && this.text.charCodeAt(i - 1) === SPACE) {
        valueEnd = i;
        break;
      }
    }
    while (valueEnd > start && this.text.charCodeAt(valueEnd - 1) === SPACE) valueEnd -= 1;
    const source = this.text.slice(start, valueEnd);
    if (source.includes(': ') || source.endsWith(':')) throw new NotPlain('colon in a plain scalar');
    return { node: { start, valueEnd }, value: resolvePlain(source), end: valueEnd };
  }

  /** A quoted scalar closed on its own line, without escapes in double quotes. */
  private quoted(start: number, eol: number): Read {
    const quote = this.text.charCodeAt(start);
    let i = start + 1;
    let value = '';
    for (;;) {
      const close = this.text.indexOf(quote === 34 ? '"' : "'", i);
      if (close < 0 || close >= eol) throw new NotPlain('quote not closed on its line');
      if (quote === 39 && this.text.charCodeAt(close + 1) === 39) {
        value += this.text.slice(i, close + 1);
        i = close + 2;
        continue;
      }
      value += this.text.slice(i, close);
      if (quote === 34 && value.includes('\\')) throw new NotPlain('escape');
      return { node: { start, valueEnd: close + 1 }, value, end: close + 1 };
    }
  }

  /** A `[...]` or `{...}` of plain or quoted scalars and nested brackets, closed on its own line. */
  private flow(start: number): { read: Read; after: number } {
    const isMap = this.text.charCodeAt(start) === 123;
    const closer = isMap ? 125 : 93;
    const eol = this.lineEnd(start);
    const items: PlainNode[] = [];
    const entries: PlainEntry[] = [];
    const list: unknown[] = [];
    const object: Record<string, unknown> = {};
    const seen = new Set<string>();
    let i = this.skipSpaces(start + 1);
    if (this.text.charCodeAt(i) === closer) {
      const node: PlainNode = isMap ? { start, valueEnd: i + 1, entries, flow: true } : { start, valueEnd: i + 1, items, flow: true };
      return { read: { node, value: isMap ? object : list, end: i + 1 }, after: i + 1 };
    }
    for (;;) {
      if (i >= eol) throw new NotPlain('flow collection across lines');
      let keyStart = -1;
      let keyEnd = -1;
      if (isMap) {
        keyStart = i;
        keyEnd = this.keyAt(i);
        if (keyEnd < 0 || this.text.charCodeAt(keyEnd + 1) !== SPACE) throw new NotPlain('flow key');
        i = this.skipSpaces(keyEnd + 1);
      }
      const opener = this.text.charCodeAt(i);
      const item = opener === 91 || opener === 123 ? this.flow(i).read : this.flowScalar(i, eol);
      if (isMap) {
        const key = this.text.slice(keyStart, keyEnd);
        if (typeof resolvePlain(key) !== 'string' || seen.has(key)) throw new NotPlain('flow key');
        seen.add(key);
        entries.push({ key, keyStart, keyEnd, value: item.node });
        if (key in object) Object.defineProperty(object, key, { value: item.value, writable: true, enumerable: true, configurable: true });
        else object[key] = item.value;
      } else {
        items.push(item.node);
        list.push(item.value);
      }
      i = this.skipSpaces(item.end);
      const c = this.text.charCodeAt(i);
      if (c === closer) {
        const node: PlainNode = isMap ? { start, valueEnd: i + 1, entries, flow: true } : { start, valueEnd: i + 1, items, flow: true };
        return { read: { node, value: isMap ? object : list, end: i + 1 }, after: i + 1 };
      }
      if (c !== 44) throw new NotPlain('flow separator');
      i = this.skipSpaces(i + 1);
      if (this.text.charCodeAt(i) === closer) throw new NotPlain('trailing comma');
    }
  }

  /** One scalar inside a flow collection: quoted, or plain up to `,` or the closing bracket. */
  private flowScalar(start: number, eol: number): Read {
    const c = this.text.charCodeAt(start);
    if (c === 34 || c === 39) return this.quoted(start, eol);
    if (c === 91 || c === 123 || c === 44 || c === 93 || c === 125 || c === 35) throw new NotPlain('flow item');
    let i = start;
    while (i < eol) {
      const ch = this.text.charCodeAt(i);
      if (ch === 44 || ch === 93 || ch === 125 || ch === 91 || ch === 123) break;
      // `: ` (or `:` before a bracket or comma) would make a key; ` #` starts a comment.
      if (ch === 58) {
        const after = this.text.charCodeAt(i + 1);
        if (i + 1 >= eol || after === SPACE || after === 44 || after === 91 || after === 93 || after === 123 || after === 125) throw new NotPlain('flow plain scalar');
      }
      if (ch === 35 && this.text.charCodeAt(i - 1) === SPACE) throw new NotPlain('flow comment');
      i += 1;
    }
    let valueEnd = i;
    while (valueEnd > start && this.text.charCodeAt(valueEnd - 1) === SPACE) valueEnd -= 1;
    if (valueEnd === start) throw new NotPlain('empty flow item');
    const source = this.text.slice(start, valueEnd);
    const first = source.charCodeAt(0);
    if ((first === 45 && (source.length === 1 || source.charCodeAt(1) === SPACE)) || first === 63 || first === 58 || first === 38 || first === 42 || first === 33 || first === 37 || first === 64 || first === 96 || first === 124 || first === 62) {
      throw new NotPlain('flow indicator');
    }
    return { node: { start, valueEnd }, value: resolvePlain(source), end: valueEnd };
  }

  /** A `|` or `|-` literal block whose lines sit deeper than `indent`. */
  private literal(start: number, indent: number): { read: Read; next: number } {
    let header = start + 1;
    const strip = this.text.charCodeAt(header) === 45;
    if (strip) header += 1;
    if (header < this.length && this.text.charCodeAt(header) !== NEWLINE) throw new NotPlain('block scalar header');
    if (header >= this.length) throw new NotPlain('empty block scalar');
    let line = header + 1;
    const first = this.skipSpaces(line);
    const contentIndent = first - line;
    if (first >= this.length || this.text.charCodeAt(first) === NEWLINE || contentIndent <= indent) throw new NotPlain('block scalar start');
    const lines: string[] = [];
    let blank = 0;
    let end = line;
    while (line < this.length) {
      const eol = this.lineEnd(line);
      if (eol === line) {
        blank += 1;
        line = eol + 1;
        continue;
      }
      const column = this.indentAt(line);
      if (line + column === eol) throw new NotPlain('spaces-only line in a block scalar');
      if (column < contentIndent) break;
      for (; blank > 0; blank -= 1) lines.push('');
      lines.push(this.text.slice(line + contentIndent, eol));
      if (eol >= this.length) throw new NotPlain('block scalar at the end without a line break');
      line = eol + 1;
      end = line;
    }
    if (line < this.length) {
      const column = this.indentAt(line);
      if (column > indent) throw new NotPlain('indentation after a block scalar');
    }
    const value = lines.join('\n') + (strip ? '' : '\n');
    return { read: { node: { start, valueEnd: end }, value, end }, next: end };
  }
}
