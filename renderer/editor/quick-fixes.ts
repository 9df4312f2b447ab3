import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { parseFramework, type ParsedDocument } from '../../core/parse.ts';
import { pointerSegments, type SourceRange } from '../../core/positions.ts';
import type { IdKind } from './id-index.ts';
import { lintFixesFor } from './lint-fixes.ts';

/** One text change, in 1-based end-exclusive positions (an insertion has start equal to end). */
export interface TextEdit {
  range: SourceRange;
  text: string;
}

/** A fix the editor can offer for a diagnostic; `preferred` fixes apply with one keystroke. */
export interface QuickFix {
  title: string;
  edits: TextEdit[];
  preferred: boolean;
  /** A page to open instead of (or besides) editing, such as advice in the rule's documentation. */
  link?: string;
}

/** The kind of id an unknown-reference diagnostic suggests, so its fixes can name each id's title. */
const suggestedKinds: Partial<Record<string, IdKind>> = {
  'ref/unknown-level': 'level',
  'ref/unknown-role': 'role',
  'ref/unknown-dimension': 'dimension',
};

/** The title people know an id by (a level's name, a role's title), when the document gives one. */
export type TitleOf = (kind: IdKind, id: string) => string | undefined;

/**
 * The fixes we know for a diagnostic: nearest ids for an unknown reference or misspelt key
 * (core ranks them in `data.suggestions`), and an expectations skeleton for a role that skips
 * some of its track's dimensions (`data.missingDimensions`). A suggested id is labelled with its
 * title, "Change to `L5` (Senior)", so the user sees which id each fix inserts.
 */
export function quickFixesFor(text: string, diagnostic: Diagnostic, titleOf: TitleOf = () => undefined): QuickFix[] {
  const fixes: QuickFix[] = [];
  const suggestions = diagnostic.data?.suggestions ?? [];
  const kind = suggestedKinds[diagnostic.code];
  suggestions.slice(0, 5).forEach((suggestion, i) => {
    const title = kind ? titleOf(kind, suggestion) : undefined;
    const label = `Change to \`${suggestion}\`${title && title !== suggestion ? ` (${title})` : ''}`;
    fixes.push({ title: label, edits: [replacementEdit(text, diagnostic, suggestion)], preferred: i === 0 });
  });
  const missing = diagnostic.data?.missingDimensions ?? [];
  if (missing.length > 0) {
    const edit = expectationsSkeletonEdit(parseFramework(text), diagnostic.path, missing);
    if (edit) {
      const list = missing.map((d) => `\`${d}\``).join(', ');
      fixes.push({ title: `Add expectations for ${list}`, edits: [edit], preferred: suggestions.length === 0 });
    }
  }
  fixes.push(...lintFixesFor(text, diagnostic));
  return fixes;
}

/** Replaces the diagnostic's span with `value`, keeping the quotes the author used. */
function replacementEdit(text: string, d: Diagnostic, value: string): TextEdit {
  const range = { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
  const current = sliceRange(text, range);
  const quote = current.length >= 2 && (current[0] === '"' || current[0] === "'") && current.endsWith(current[0]) ? current[0] : '';
  return { range, text: `${quote}${value}${quote}` };
}

function sliceRange(text: string, range: SourceRange): string {
  const lines = text.split('\n');
  if (range.line !== range.endLine) return '';
  return (lines[range.line - 1] ?? '').slice(range.column - 1, range.endColumn - 1);
}

/** The role a pointer is inside: /tracks/<t>/roles/<r>, whatever comes after. */
function rolePath(pointer: string): (string | number)[] | undefined {
  const s = pointerSegments(pointer);
  if (s[0] !== 'tracks' || s[2] !== 'roles' || s[1] === undefined || s[3] === undefined) return undefined;
  return ['tracks', Number(s[1]), 'roles', Number(s[3])];
}

function dimensionNames(parsed: ParsedDocument): Map<string, string> {
  const names = new Map<string, string>();
  const data = parsed.data as { dimensions?: unknown } | null;
  if (data && Array.isArray(data.dimensions)) {
    for (const d of data.dimensions as { id?: unknown; name?: unknown }[]) {
      if (d && typeof d.id === 'string') names.set(d.id, typeof d.name === 'string' ? d.name : d.id);
    }
  }
  return names;
}

/**
 * Inserts `<dimension>:` keys with one placeholder bullet each at the end of the role's
 * expectations (or adds an expectations block to the role), indented like its neighbours.
 */
export function expectationsSkeletonEdit(parsed: ParsedDocument, pointer: string, missing: readonly string[]): TextEdit | undefined {
  const path = rolePath(pointer);
  if (!path) return undefined;
  const role = parsed.doc.getIn(path, true) as Node | undefined;
  if (!isMap(role) || role.flow || role.items.length === 0) return undefined;
  const names = dimensionNames(parsed);
  const bullet = (id: string) => `- Describe what this role shows in ${names.get(id) ?? id}.`;

  const expectations = role.items.find((p) => isScalar(p.key) && p.key.value === 'expectations') as Pair<Node, Node | null> | undefined;
  const block = expectations?.value;
  if (isMap(block) && !block.flow && block.items.length > 0) {
    // A dimension written with no bullets is "missing" too, but adding its key again would duplicate it.
    const present = new Set(block.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')));
    const absent = missing.filter((id) => !present.has(id));
    if (absent.length === 0) return undefined;
    const indent = ' '.repeat(columnOf(parsed, keyStart(block)) - 1);
    const lines = absent.map((id) => `\n${indent}${id}:\n${indent}  ${bullet(id)}`).join('');
    return insertAfterLineOf(parsed, lastOffset(block), lines);
  }
  if (expectations && (block === null || block === undefined || (isScalar(block) && block.value === null))) {
    const keyIndent = columnOf(parsed, (expectations.key as Node).range?.[0] ?? 0) - 1;
    const indent = ' '.repeat(keyIndent + 2);
    const lines = missing.map((id) => `\n${indent}${id}:\n${indent}  ${bullet(id)}`).join('');
    return insertAfterLineOf(parsed, (expectations.key as Node).range?.[1] ?? 0, lines);
  }
  if (expectations) return undefined; // a flow map or something odd: leave it to the author
  const indent = ' '.repeat(columnOf(parsed, keyStart(role)) - 1);
  const lines = `\n${indent}expectations:` + missing.map((id) => `\n${indent}  ${id}:\n${indent}    ${bullet(id)}`).join('');
  return insertAfterLineOf(parsed, lastOffset(role), lines);
}

function keyStart(map: YAMLMap): number {
  const first = map.items[0];
  const key = first?.key as Node | undefined;
  return key?.range?.[0] ?? map.range?.[0] ?? 0;
}

/** Where the last value of a block collection ends (nested collections included). */
function lastOffset(node: Node): number {
  if ((isMap(node) || isSeq(node)) && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    const value = (isMap(node) ? (last as Pair<Node, Node | null>).value ?? (last as Pair<Node, Node>).key : last) as Node | null;
    if (value && typeof value === 'object' && 'range' in value) return lastOffset(value);
  }
  return node.range?.[1] ?? 0;
}

function columnOf(parsed: ParsedDocument, offset: number): number {
  return parsed.lineCounter.linePos(offset).col;
}

/** An insertion at the end of the line holding `offset - 1` (the last character of a value). */
function insertAfterLineOf(parsed: ParsedDocument, offset: number, text: string): TextEdit {
  const source = parsed.text;
  let at = Math.max(0, Math.min(offset, source.length));
  // Step back over the line break a block value's range may include.
  while (at > 0 && (source[at - 1] === '\n' || source[at - 1] === '\r')) at -= 1;
  let end = source.indexOf('\n', at);
  if (end < 0) end = source.length;
  if (end > 0 && source[end - 1] === '\r') end -= 1;
  const pos = parsed.lineCounter.linePos(end);
  const range = { line: pos.line, column: pos.col, endLine: pos.line, endColumn: pos.col };
  return { range, text };
}
