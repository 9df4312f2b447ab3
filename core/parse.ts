import { LineCounter, Scalar, isAlias, isCollection, isPair, isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { DiagnosticCode } from './diagnostic-codes.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parsePlain, type PlainNode } from './parse-plain.ts';

/** A parsed framework file: the YAML document with its positions, the plain data, and what went wrong. */
export interface ParsedDocument {
  /** The text that was parsed (a leading byte-order mark removed), which every offset refers to. */
  text: string;
  /**
   * yaml's Document, for code that edits the text by its nodes (quick fixes). When the fast
   * plain reader parsed the file, it is built on first use.
   */
  doc: Document.Parsed;
  /**
   * Node offsets from the fast plain reader, when it read the file; `rangeOf` uses them instead
   * of `doc`. Absent when the full yaml parse (or the incremental checker) produced the document.
   */
  positions?: PlainNode;
  lineCounter: LineCounter;
  /** The document as plain data (objects, arrays, scalars); `null` for an empty file. */
  data: unknown;
  /** yaml/* diagnostics only; schema and analysis diagnostics come from later steps. */
  diagnostics: Diagnostic[];
  /**
   * True when the YAML could not be read faithfully (syntax errors, an alias bomb), so `data`
   * is a best-effort guess and checking its shape would mostly report echoes of that problem.
   */
  broken: boolean;
}

/**
 * How many alias expansions a file may cause. Real frameworks use a handful at most; a
 * "billion laughs" file needs thousands, and expanding it would hang the studio.
 */
export const MAX_ALIAS_COUNT = 1000;

/**
 * The largest text Rungs reads, in characters. Large organisations write ladders of several
 * hundred kilobytes and the benchmark covers 5 MB; anything past 8 MB is almost certainly the
 * wrong file, and refusing it up front keeps a 10 MB paste from tying up the checker.
 */
export const MAX_TEXT_LENGTH = 8_000_000;

/**
 * The deepest nesting of blocks and brackets Rungs reads. A framework needs about 8 levels; the
 * yaml library recurses once per level, and around a thousand levels the JavaScript engine can
 * abort the whole process, which no `try` can catch. So deep files are refused before parsing.
 */
export const MAX_NESTING = 100;

/** After this many YAML problems the rest are almost always echoes of the first ones. */
const MAX_YAML_DIAGNOSTICS = 100;

/** Plain-words versions of the yaml library's error codes, for an engineering manager. */
const yamlMessages: Partial<Record<YAMLError['code'], string>> = {
  TAB_AS_INDENT: 'Tabs cannot indent YAML: use spaces instead (the editor inserts spaces when you press Tab).',
  BAD_INDENT: 'The indentation here does not line up with the lines around it.',
  MULTIPLE_DOCS: 'A framework file holds one document: remove this `---` and everything after it, or merge it into the first part.',
  BLOCK_AS_IMPLICIT_KEY: 'This line looks like a key but spans several lines or holds a list: check the indentation and the `:` after the key.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line: check for a missing `:` or a stray line break.',
  MISSING_CHAR: 'A closing character is missing here, such as `]`, `}` or a quote.',
  BAD_DQ_ESCAPE: 'This text in double quotes has an invalid backslash escape: write `\\\\` for a backslash, or use single quotes.',
  UNEXPECTED_TOKEN: 'Unexpected character here: check quotes, colons and indentation.',
  KEY_OVER_1024_CHARS: 'This key is longer than 1024 characters: YAML does not allow that.',
  BAD_ALIAS: 'This alias (`*name`) is not valid here.',
  MULTIPLE_ANCHORS: 'A value can have only one anchor (`&name`).',
  MULTIPLE_TAGS: 'A value can have only one tag (`!tag`).',
  BAD_SCALAR_START: 'A plain value cannot start with this character: put the value in quotes.',
  BLOCK_IN_FLOW: 'A block value cannot sit inside `[...]` or `{...}`: write it on its own lines or quote it.',
  BAD_DIRECTIVE: 'Unknown YAML directive: remove this `%` line.',
  TAG_RESOLVE_FAILED: 'This value has a tag Rungs cannot read: remove the `!tag`.',
  NON_STRING_KEY: 'Keys must be plain text.',
};

/**
 * Parses framework YAML into a document with positions and plain data. Problems become yaml/*
 * diagnostics (never exceptions): syntax errors and tab indents (`yaml/syntax`), repeated keys
 * (`yaml/duplicate-key`, an error) and alias bombs (`yaml/alias-limit`). A byte-order mark and
 * CRLF line endings are accepted.
 */
export function parseFramework(text: string): ParsedDocument {
  const prepared = prepareSource(text);
  if (typeof prepared !== 'string') return prepared;
  const source = prepared;
  const plain = parsePlain(source);
  if (!plain) return parseSource(source);
  const lineCounter = lineCounterFor(source);
  let doc: Document.Parsed | undefined;
  const parsed = { text: source, lineCounter, data: plain.data, positions: plain.root, diagnostics: [], broken: false } as Omit<ParsedDocument, 'doc'>;
  // Built only when asked for: most checks never need yaml's nodes.
  Object.defineProperty(parsed, 'doc', {
    enumerable: true,
    get: () => (doc ??= parseSource(source).doc),
  });
  return parsed as ParsedDocument;
}

/**
 * `parseFramework` without the fast plain reader: always yaml's full Document parse. The
 * reference the fast reader is tested against, and what the incremental checker parses blocks
 * with (it needs the nodes).
 */
export function parseFrameworkFully(text: string): ParsedDocument {
  const prepared = prepareSource(text);
  return typeof prepared === 'string' ? parseSource(prepared) : prepared;
}

/** The text every offset refers to, or the refusal when Rungs will not parse it at all. */
function prepareSource(text: string): string | ParsedDocument {
  // The BOM is invisible to users; dropping it keeps columns on line 1 as they see them.
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Old Mac files end lines with a lone CR, which the yaml library does not treat as a line
  // break; turning each into LF keeps every offset where it was.
  const source = withoutBom.includes('\r') ? withoutBom.replace(/\r(?!\n)/g, '\n') : withoutBom;
  if (source.length > MAX_TEXT_LENGTH) return tooLarge(source);
  const tooDeepAt = nestingTooDeep(source);
  if (tooDeepAt !== undefined) return tooDeep(source, tooDeepAt);
  return source;
}

/** The full yaml parse of prepared text, with every yaml/* diagnostic. */
function parseSource(source: string): ParsedDocument {
  const lineCounter = lineCounterFor(source);
  const doc = parseDocument(source, {
    prettyErrors: false,
    uniqueKeys: false,
    keepSourceTokens: false,
    // 'error' keeps the library from printing warnings to the console; 'silent' would also drop
    // the "several documents in one file" error.
    logLevel: 'error',
  });
  const diagnostics: Diagnostic[] = [];
  let broken = false;

  const at = (start: number, end: number) => {
    const from = lineCounter.linePos(Math.max(0, Math.min(start, source.length)));
    // A range that ends at a line break would spill onto the next line or, between the CR and LF
    // of a Windows line end, past the end of its own line.
    let stop = Math.max(start, Math.min(end, source.length));
    while (stop > start && (source[stop - 1] === '\n' || source[stop - 1] === '\r')) stop -= 1;
    const to = lineCounter.linePos(stop);
    const empty = to.line === from.line && to.col <= from.col;
    return { line: from.line, column: from.col, endLine: to.line, endColumn: empty ? from.col + 1 : to.col };
  };

  let sawSyntaxError = false;
  const warningLines = new Set<number>();
  // yaml's own duplicate-key check compares every key with every other (minutes on a file with
  // many keys in one block); this one is linear.
  for (const error of [...doc.errors, ...doc.warnings, ...duplicateKeys(doc, MAX_YAML_DIAGNOSTICS)] as ParseProblem[]) {
    if (diagnostics.length >= MAX_YAML_DIAGNOSTICS) {
      broken = true;
      diagnostics.push({
        code: 'check/too-many-problems',
        severity: 'info',
        message: `Rungs stopped listing YAML problems after ${MAX_YAML_DIAGNOSTICS}: fix these first, and the rest often disappear with them.`,
        path: '',
        ...at(error.pos[0], error.pos[0] + 1),
      });
      break;
    }
    const isDuplicate = error.code === 'DUPLICATE_KEY';
    const isError = error.name === 'YAMLParseError';
    if (!isDuplicate && isError) broken = true;
    // After one syntax error the parser has lost its footing: what it reports next is almost
    // always an echo of the first mistake. Report that one; the next shows once it is fixed.
    if (!isDuplicate && isError && sawSyntaxError) continue;
    let [start, end] = error.pos;
    // yaml marks only the first character of a repeated key, and reports an unclosed bracket
    // where the file ends; point at the whole key and at the bracket instead.
    const better = isDuplicate
      ? undefined
      : /end with a [\]}]/.test(error.message)
        ? openFlowBefore(doc, source, start)
        : /Missing closing ["']quote/.test(error.message)
          ? openQuoteBefore(doc, start)
          : undefined;
    if (better) [start, end] = better;
    const place = at(start, end === start ? start + 1 : end);
    if (!isDuplicate && !isError) {
      // Warnings (unknown directives, tags) can also come in bunches on one line.
      if (warningLines.has(place.line)) continue;
      warningLines.add(place.line);
    }
    if (!isDuplicate && isError) sawSyntaxError = true;
    diagnostics.push({
      code: isDuplicate ? 'yaml/duplicate-key' : 'yaml/syntax',
      severity: isError ? 'error' : 'warning',
      message: isDuplicate ? duplicateKeyMessage(source, start, end) : syntaxMessage(error),
      path: '',
      ...place,
    });
  }

  let data: unknown;
  const overflow = aliasOverflow(doc);
  try {
    if (overflow) throw new RangeError('resource exhaustion: aliases expand too far');
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    broken = true;
    const alias = overflow ?? findAliasProblem(doc);
    const message = error instanceof Error ? error.message : String(error);
    const exhausted = /resource exhaustion|alias count/i.test(message);
    const range = alias?.range ?? [0, 0];
    diagnostics.push({
      code: exhausted ? 'yaml/alias-limit' : 'yaml/syntax',
      severity: 'error',
      message: exhausted
        ? 'Aliases (`*name`) here expand into far too much data, as in a "billion laughs" file: Rungs stops reading it. Write the values out, or use fewer nested aliases.'
        : `The alias \`*${alias?.source ?? ''}\` refers to an anchor (\`&${alias?.source ?? ''}\`) that is not defined above it.`,
      path: '',
      ...at(range[0], range[1] > range[0] ? range[1] : range[0] + 1),
    });
    data = withoutAliases(doc);
  }

  return { text: source, doc, lineCounter, data, diagnostics, broken };
}

/**
 * The parser's wording for common mistakes, matched on its message because one error code
 * covers several different mistakes; each says what to change.
 */
const yamlMessagePatterns: [RegExp, (match: RegExpExecArray) => string][] = [
  [
    /must be sufficiently indented and end with a ([\]}])/,
    (m) => `This \`${m[1] === ']' ? '[' : '{'}\` is never closed: add the matching \`${m[1] ?? ''}\`, or write the entries on their own lines instead.`,
  ],
  [
    /Nested mappings are not allowed in compact mappings/,
    () => 'This value contains `: `, so YAML reads it as another key: put the whole value in quotes ("…"), or start a `|` block on this line and write the text below it. If the next line is meant to be a key of its own, indent it like the keys above it.',
  ],
  [/Missing closing (["'])quote/, (m) => `A ${m[1] === '"' ? 'double' : 'single'} quote (${m[1] ?? ''}) opened here is never closed: add the closing quote.`],
  [/Unexpected flow-(seq|map)-end token/, (m) => `This \`${m[1] === 'seq' ? ']' : '}'}\` closes nothing: remove it, or add the matching \`${m[1] === 'seq' ? '[' : '{'}\` where the list or block starts.`],
  [/Block scalar header includes extra characters/, () => 'After `|` or `>` only `-`, `+` or an indentation digit may follow on the same line: start the text on the next line.'],
  [/Invalid escape sequence (\\.)/, (m) => `\`${m[1] ?? ''}\` is not a valid escape inside double quotes: write \`\\\\\` for a backslash, or use single quotes.`],
  [/Unexpected block-seq-ind on same line with key/, () => 'A list item (`- `) cannot start on the same line as its key: move it to the next line and indent it.'],
  [/Sequence item without - indicator/, () => 'This line is not lined up with the keys above it: indent it by the same number of spaces, or start it with `- ` if it begins a new list item.'],
  [/All mapping items must start at the same column/, () => 'This key is not lined up with the keys above it: indent it by the same number of spaces.'],
  [/Plain value cannot start with reserved character (.)/, (m) => `A value cannot start with \`${m[1] ?? ''}\` in YAML: put the value in quotes.`],
];

/**
 * The offset where nesting first goes deeper than MAX_NESTING, estimated in one pass: block
 * indentation levels, `- ` items opened on one line, and open `[`/`{` outside quotes and comments.
 * It can only over-count (a stray bracket in plain text), and only a hundred such would matter.
 */
const NESTING_CHARS = /["'\\#[\]{}]/g;

export function nestingTooDeep(source: string): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = 0;
  // Offset of the next character NESTING_CHARS matches at or after the scan position.
  let nextSpecial = -1;
  while (lineStart <= source.length) {
    let lineEnd = source.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.length;
    let i = lineStart;
    if (quote === undefined && flow === 0) {
      while (i < lineEnd && source[i] === ' ') i += 1;
      const blank = i >= lineEnd || source[i] === '#' || source[i] === '\r';
      if (!blank) {
        const indent = i - lineStart;
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        // "- - - x" opens one list per dash on a single line.
        let dashes = 0;
        while (source[i] === '-' && (source[i + 1] === ' ' || source[i + 1] === '\t')) {
          dashes += 1;
          i += 2;
          while (source[i] === ' ') i += 1;
        }
        if (indents.length + dashes > MAX_NESTING) return lineStart;
      }
    }
    // Only quotes, backslashes, `#` and brackets matter below; a native search jumps between them.
    for (; i < lineEnd; i += 1) {
      if (nextSpecial < i) {
        NESTING_CHARS.lastIndex = i;
        nextSpecial = NESTING_CHARS.test(source) ? NESTING_CHARS.lastIndex - 1 : source.length;
      }
      i = nextSpecial;
      if (i >= lineEnd) break;
      const c = source[i];
      if (quote !== undefined) {
        if (quote === '"' && c === '\\') i += 1;
        else if (c === quote) quote = undefined;
        continue;
      }
      const previous = i === lineStart ? ' ' : (source[i - 1] ?? ' ');
      const tokenStart = previous === ' ' || previous === '\t' || previous === '[' || previous === '{' || previous === ',' || previous === ':';
      if (c === '#' && (previous === ' ' || previous === '\t' || i === lineStart)) break;
      if ((c === '"' || c === "'") && tokenStart) quote = c;
      else if (c === '[' || c === '{') {
        flow += 1;
        if (indents.length + flow > MAX_NESTING) return i;
      } else if ((c === ']' || c === '}') && flow > 0) flow -= 1;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function tooDeep(source: string, offset: number): ParsedDocument {
  // Count lines by hand: nothing was parsed, so no line counter knows this text.
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < offset; i += 1) {
    if (source.charCodeAt(i) === 10) {
      line += 1;
      lastBreak = i;
    }
  }
  const column = offset - lastBreak;
  return refused({
    code: 'yaml/too-deep',
    message: `Lists and blocks here are nested more than ${MAX_NESTING} levels deep (a framework needs about 8), so Rungs does not read this file. Check the indentation and the brackets.`,
    line,
    column,
  });
}

function tooLarge(source: string): ParsedDocument {
  const size = source.length >= 1_000_000 ? `${(source.length / 1_000_000).toFixed(1)} million` : `${Math.round(source.length / 1000)} thousand`;
  return refused({
    code: 'file/too-large',
    message: `This file has ${size} characters; Rungs reads frameworks of up to ${MAX_TEXT_LENGTH / 1_000_000} million (a large framework has a few hundred thousand). Is this the right file?`,
    line: 1,
    column: 1,
  });
}

/** A file Rungs will not parse at all: an empty, broken document carrying the one reason why. */
function refused(reason: { code: DiagnosticCode; message: string; line: number; column: number }): ParsedDocument {
  const lineCounter = new LineCounter();
  return {
    text: '',
    doc: parseDocument('', { lineCounter }),
    lineCounter,
    data: null,
    broken: true,
    diagnostics: [
      {
        code: reason.code,
        severity: 'error',
        message: reason.message,
        path: '',
        line: reason.line,
        column: reason.column,
        endLine: reason.line,
        endColumn: reason.column + 1,
      },
    ],
  };
}

function syntaxMessage(error: ParseProblem): string {
  for (const [pattern, message] of yamlMessagePatterns) {
    const match = pattern.exec(error.message);
    if (match) return message(match);
  }
  return yamlMessages[error.code] ?? plainYamlMessage(error.message);
}

/**
 * A LineCounter filled from the text itself. The one the yaml parser fills skips lines it reads
 * as a single token after some syntax errors (a block scalar after a stray `]`), which would
 * put later positions on the wrong line.
 */
export function lineCounterFor(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/** The parts of a yaml error this module reads; duplicate keys are reported in the same shape. */
type ParseProblem = Pick<YAMLError, 'code' | 'name' | 'message' | 'pos'>;

/** One DUPLICATE_KEY problem per repeated scalar key (at most `limit`), spanning the later key. */
function duplicateKeys(doc: Document.Parsed, limit: number): ParseProblem[] {
  const problems: ParseProblem[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        if (seen.has(key)) {
          problems.push({ code: 'DUPLICATE_KEY', name: 'YAMLParseError', message: 'Map keys must be unique', pos: [pair.key.range[0], pair.key.range[1]] });
          if (problems.length > limit) return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return problems;
}

/** True when every `[`/`{` in this flow text is closed, quoted text aside. */
function bracketsBalance(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote !== undefined) {
      if (quote === '"' && c === '\\') i += 1;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth += 1;
    else if (c === ']' || c === '}') depth -= 1;
  }
  return depth <= 0;
}

/** The opening bracket of the innermost `[`/`{` collection that is never closed. */
function openFlowBefore(doc: Document.Parsed, source: string, offset: number): [number, number] | undefined {
  let found: number | undefined;
  visit(doc, (_key, node) => {
    if (!isCollection(node) || !node.flow || !node.range) return;
    const [start, valueEnd, end] = node.range;
    const closed = bracketsBalance(source.slice(start, valueEnd));
    if (!closed && start <= offset && end >= offset - 1 && (found === undefined || start > found)) found = start;
  });
  return found === undefined ? undefined : [found, found + 1];
}

/** The opening quote of the last quoted value that starts before `offset`. */
function openQuoteBefore(doc: Document.Parsed, offset: number): [number, number] | undefined {
  let found: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] < offset && (found === undefined || node.range[0] > found)) found = node.range[0];
    },
  });
  return found === undefined ? undefined : [found, found + 1];
}

function duplicateKeyMessage(source: string, start: number, end: number): string {
  const key = source.slice(start, end).trim();
  return key && key.length <= 80 && !key.includes('\n')
    ? `The key \`${key}\` appears twice in the same block: YAML keeps only one of them. Remove or rename one.`
    : 'This key appears twice in the same block: YAML keeps only one of them. Remove or rename one.';
}

/** The yaml library's own message, minus its code excerpt, as a last resort for rare errors. */
function plainYamlMessage(message: string): string {
  const firstLine = message.split('\n')[0]?.trim() ?? '';
  return firstLine ? `YAML syntax problem: ${firstLine.replace(/\s+at line \d+, column \d+:?$/, '')}` : 'YAML syntax problem here.';
}

/**
 * How many nodes all aliases together may add when expanded. yaml's own alias count misses
 * one big list aliased many times (300 roles × 20 000 bullets is six million values to check),
 * so the expanded size is measured here, in one pass with each anchor's size computed once.
 */
export const MAX_ALIAS_EXPANSION = 100_000;

/** The alias whose expansion takes the document over MAX_ALIAS_EXPANSION, if any. */
function aliasOverflow(doc: Document.Parsed): AliasInfo | undefined {
  const anchors = new Map<string, unknown>();
  const sizes = new Map<unknown, number>();
  const inProgress = new Set<unknown>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) return sizeOf(anchors.get(node.source));
    if (!isCollection(node)) return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    // An alias inside its own anchor would expand forever.
    if (inProgress.has(node)) return Number.POSITIVE_INFINITY;
    inProgress.add(node);
    let total = 1;
    for (const item of node.items) {
      total += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
      if (total > MAX_ALIAS_EXPANSION) break;
    }
    inProgress.delete(node);
    sizes.set(node, total);
    return total;
  };
  let expanded = 0;
  let found: AliasInfo | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      expanded += sizeOf(node);
      if (expanded > MAX_ALIAS_EXPANSION) {
        found = { source: node.source, range: node.range ? [node.range[0], node.range[1]] : [0, 0] };
        return visit.BREAK;
      }
    } else if ((isCollection(node) || isScalar(node)) && node.anchor) {
      anchors.set(node.anchor, node);
    }
    return undefined;
  });
  return found;
}

interface AliasInfo {
  source: string;
  range: [number, number];
}

/**
 * Finds the alias most likely at fault: an undefined one if any, else the last alias in the file,
 * which in an alias bomb is the one that fans out the most.
 */
function findAliasProblem(doc: Document.Parsed): AliasInfo | undefined {
  const anchors = new Set<string>();
  let undefinedAlias: AliasInfo | undefined;
  let lastAlias: AliasInfo | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node)) {
      const info: AliasInfo = { source: node.source, range: node.range ? [node.range[0], node.range[1]] : [0, 0] };
      if (!anchors.has(node.source) && !undefinedAlias) undefinedAlias = info;
      lastAlias = info;
    } else if (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string') {
      anchors.add(node.anchor);
    }
  });
  return undefinedAlias ?? lastAlias;
}

/** Plain data with every alias replaced by null, so a broken file still previews what it can. */
function withoutAliases(doc: Document.Parsed): unknown {
  try {
    const copy = doc.clone();
    visit(copy, { Alias: () => new Scalar(null) });
    return copy.toJS({ maxAliasCount: 0 });
  } catch {
    return null;
  }
}
