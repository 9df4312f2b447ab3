import { isSeq, type Node } from 'yaml';
import { withoutInvisibleCharacters } from '../../core/analyze/rules/invisible-characters.ts';
import { docsUrl } from '../../core/diagnostic-codes.ts';
import type { Diagnostic } from '../../core/diagnostics.ts';
import { parseFramework, type ParsedDocument } from '../../core/parse.ts';
import { pointerSegments, type SourceRange } from '../../core/positions.ts';
import type { QuickFix, TextEdit } from './quick-fixes.ts';

/** Offsets of a range in a text, or undefined when it does not fit the text. */
function offsets(text: string, range: SourceRange): [number, number] | undefined {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0 && starts.length <= range.endLine; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const start = starts[range.line - 1];
  const end = starts[range.endLine - 1];
  if (start === undefined || end === undefined) return undefined;
  const from = start + range.column - 1;
  const to = end + range.endColumn - 1;
  return from <= to && to <= text.length ? [from, to] : undefined;
}

function rangeAt(parsed: ParsedDocument, from: number, to: number): SourceRange {
  const a = parsed.lineCounter.linePos(from);
  const b = parsed.lineCounter.linePos(to);
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The edit that removes the invisible characters from the marked text, as written in the source. */
function removeInvisible(text: string, d: Diagnostic): TextEdit | undefined {
  const range = { line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn };
  const at = offsets(text, range);
  if (!at) return undefined;
  const written = text.slice(at[0], at[1]);
  const cleaned = withoutInvisibleCharacters(written);
  // Characters written as escapes ("\u200B") are not in the source: nothing to remove by hand.
  return cleaned === written ? undefined : { range, text: cleaned };
}

/**
 * The edit that deletes one bullet from its list: its whole line in a block list, the item and
 * its comma in a flow list. Only when other bullets remain, so the dimension is not left empty.
 */
export function removeBullet(text: string, pointer: string): TextEdit | undefined {
  const parsed = parseFramework(text);
  const segments = pointerSegments(pointer);
  const index = Number(segments.at(-1));
  const list = parsed.doc.getIn(segments.slice(0, -1), true) as Node | undefined;
  if (!isSeq(list) || !Number.isInteger(index) || list.items.length < 2) return undefined;
  const item = list.items[index] as Node | undefined;
  const range = item?.range;
  if (!item || !range) return undefined;
  if (list.flow) {
    const next = list.items[index + 1] as Node | undefined;
    const previous = list.items[index - 1] as Node | undefined;
    if (next?.range) return { range: rangeAt(parsed, range[0], next.range[0]), text: '' };
    if (previous?.range) return { range: rangeAt(parsed, previous.range[1], range[1]), text: '' };
    return undefined;
  }
  // From the start of the item's line (its "- ") to the start of the next line.
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  if (!/^\s*-\s*$/.test(text.slice(lineStart, range[0]))) return undefined;
  const lineEnd = text.indexOf('\n', Math.max(range[0], range[1] - 1));
  return { range: rangeAt(parsed, lineStart, lineEnd < 0 ? text.length : lineEnd + 1), text: '' };
}

/**
 * Quick fixes for the lint rules whose fix is known: remove invisible characters, drop a bullet
 * repeated under another dimension, and read the advice for vague wording (it opens the rule's
 * documentation, since only the author can say what the person actually does).
 */
export function lintFixesFor(text: string, diagnostic: Diagnostic): QuickFix[] {
  if (diagnostic.code === 'text/invisible') {
    const edit = removeInvisible(text, diagnostic);
    return edit ? [{ title: 'Remove the invisible characters', edits: [edit], preferred: true }] : [];
  }
  if (diagnostic.code === 'growth/duplicate-across-dimensions' && diagnostic.data?.removable) {
    const edit = removeBullet(text, diagnostic.path);
    return edit ? [{ title: 'Remove this repeated bullet', edits: [edit], preferred: true }] : [];
  }
  if (diagnostic.code === 'wording/vague' && diagnostic.data?.advice) {
    return [{ title: `How to reword: ${diagnostic.data.advice}`, edits: [], preferred: false, link: docsUrl('wording/vague') }];
  }
  return [];
}
