import type { TextEdit } from '../../../renderer/editor/quick-fixes.ts';

/** Applies 1-based, end-exclusive edits to a text, last first, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.range.line, b.range.column) - offset(a.range.line, a.range.column));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offset(edit.range.line, edit.range.column)) + edit.text + result.slice(offset(edit.range.endLine, edit.range.endColumn));
  }
  return result;
}
