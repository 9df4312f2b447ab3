import type { IdKind } from './id-index.ts';

/** A place where the user is typing an id: what kind of id, and the columns the id occupies. */
export interface ReferenceSlot {
  kind: IdKind;
  /** `value` after `level: `, `key` for an expectations or mapping key, `item` in a track's dimensions list. */
  role: 'value' | 'key' | 'item';
  /** 1-based columns of the partial id around the cursor (end exclusive), to be replaced. */
  startColumn: number;
  endColumn: number;
  /** True when the key is still without its colon, so completing it should add `: `. */
  needsColon: boolean;
}

const idChars = /[A-Za-z0-9._-]/;
const keyOf = /^\s*(?:-\s+)*["']?([A-Za-z0-9_$.-]+)["']?\s*:(?:\s|$)/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

const isItem = (trimmed: string) => trimmed === '-' || trimmed.startsWith('- ');

/**
 * The keys enclosing a line, outermost first, found by indentation as YAML nests blocks:
 * `['tracks', '-', 'roles', '-']` for a line inside a role. A `-` marks a list item (the line's
 * own, when it starts one). Reads only the lines above (no parse), so it is cheap enough for
 * every completion request in a very large file. Both list styles count: items indented under
 * their key, and items at the key's own indentation. Comments, blank lines and the text of
 * block scalars are skipped.
 */
export function enclosingKeys(lineAt: (lineNumber: number) => string, lineNumber: number): string[] {
  const path: string[] = [];
  const own = lineAt(lineNumber);
  // Ancestors are less indented than `limit`; list items at `siblingItems` are this line's siblings.
  let limit = indentOf(own);
  let siblingItems = -1;
  if (isItem(own.trimStart())) {
    path.push('-');
    siblingItems = limit;
    limit += 1;
  }
  for (let n = lineNumber - 1; n >= 1 && limit > 0; n -= 1) {
    const line = lineAt(n);
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const at = indentOf(line);
    const item = isItem(trimmed);
    if (at >= limit || (item && at === siblingItems)) continue;
    if (item) {
      // A list item encloses the line; its first key (on the dash line) is a sibling, not a parent.
      path.unshift('-');
      siblingItems = at;
      limit = at + 1;
      continue;
    }
    const key = keyOf.exec(line)?.[1];
    if (key === undefined) continue;
    path.unshift(key);
    siblingItems = -1;
    limit = at;
  }
  return path;
}

const is = (path: string[], expected: string[]) => path.length === expected.length && expected.every((key, i) => path[i] === key);
const role = ['tracks', '-', 'roles', '-'];

/** The columns of the id-like word around a 0-based cursor index. */
function wordAround(line: string, cursor: number): { start: number; end: number } {
  let start = cursor;
  while (start > 0 && idChars.test(line[start - 1] ?? '')) start -= 1;
  let end = cursor;
  while (end < line.length && idChars.test(line[end] ?? '')) end += 1;
  return { start, end };
}

/**
 * Which id, if any, belongs where the cursor is: a role's `level` (levels) and `equivalent`
 * (roles), a move's `from`/`to` (roles, block or `{ from: …, to: … }` style), a track's
 * `dimensions` (block or `[a, b]` style), a role's expectations keys (dimensions), its
 * proficiency keys (dimensions) and steps (the scale, block or `{ craft: working }` style), and a
 * mapping's `levels` keys (levels, block or `{ L3: …, L4: … }` style). `column` is 1-based.
 */
export function referenceSlotAt(lineAt: (lineNumber: number) => string, lineNumber: number, column: number): ReferenceSlot | undefined {
  const line = lineAt(lineNumber);
  const before = line.slice(0, column - 1);
  const { start, end } = wordAround(line, column - 1);
  const after = line.slice(end);
  const slot = (kind: IdKind, place: ReferenceSlot['role'], needsColon = false): ReferenceSlot => ({ kind, role: place, startColumn: start + 1, endColumn: end + 1, needsColon });
  const path = () => enclosingKeys(lineAt, lineNumber);

  // A key being typed inside `levels: { L3: L3, L| }` of a mapping.
  if (/^\s*(?:-\s+)?levels:\s*\{(?:[^{}]*,)?\s*["']?[A-Za-z0-9._-]*$/.test(before)) {
    return is(path(), ['mappings', '-']) ? slot('level', 'key', !/^["']?\s*:/.test(after)) : undefined;
  }
  // An item being typed inside `dimensions: [a, b, |]` of a track.
  if (/^\s*(?:-\s+)?dimensions:\s*\[(?:[^[\]]*,)?\s*["']?[A-Za-z0-9._-]*$/.test(before)) {
    return is(path(), ['tracks', '-']) ? slot('dimension', 'item') : undefined;
  }
  // Inside `proficiency: { craft: wor| }` of a role: a dimension key, or a step after its colon.
  const flowProficiency = /^\s*(?:-\s+)?proficiency:\s*\{(?:[^{}]*,)?\s*(["']?[A-Za-z0-9._-]*["']?\s*:\s*)?["']?[A-Za-z0-9._-]*$/.exec(before);
  if (flowProficiency && is(path(), role)) return flowProficiency[1] ? slot('step', 'value') : slot('dimension', 'key', !/^["']?\s*:/.test(after));
  // `key: value` with the cursor in the value, in block style or inside `{ … }`.
  const value = /(?:^\s*(?:-\s+)?|[{,]\s*)["']?([A-Za-z_]+)["']?\s*:\s*["']?[A-Za-z0-9._-]*$/.exec(before);
  if (value) {
    const key = value[1];
    if (key === 'level' && is(path(), role)) return slot('level', 'value');
    if (key === 'equivalent' && is(path(), role)) return slot('role', 'value');
    if ((key === 'from' || key === 'to') && is(path(), ['moves', '-'])) return slot('role', 'value');
    if (/^\s*["']?[A-Za-z0-9._-]+["']?\s*:/.test(before) && is(path(), [...role, 'proficiency'])) return slot('step', 'value');
    return undefined;
  }
  // A block list item: `- craft` under a track's `dimensions:`.
  if (/^\s*-\s+["']?[A-Za-z0-9._-]*$/.test(before)) {
    return is(path(), ['tracks', '-', 'dimensions', '-']) ? slot('dimension', 'item') : undefined;
  }
  // A block mapping key: nothing but the (partial) key before the cursor.
  if (/^\s*["']?[A-Za-z0-9._-]*$/.test(before)) {
    const keys = path();
    const needsColon = !/^["']?\s*:/.test(after);
    if (is(keys, [...role, 'expectations'])) return slot('dimension', 'key', needsColon);
    if (is(keys, [...role, 'proficiency'])) return slot('dimension', 'key', needsColon);
    if (is(keys, ['mappings', '-', 'levels'])) return slot('level', 'key', needsColon);
  }
  return undefined;
}
