import type { ParsedDocument } from '../../core/parse.ts';
import { keyRangeOf, pointerOf, rangeOf, type SourceRange } from '../../core/positions.ts';

/** The kinds of id a framework defines and refers to. */
export type IdKind = 'level' | 'role' | 'dimension' | 'track' | 'step';

/** Where an id is defined (`- id: L5` in `levels`), with the name or title people know it by. */
export interface IdDefinition {
  kind: IdKind;
  id: string;
  /** The level's or dimension's `name`, the role's `title`; absent when the file gives none. */
  title?: string;
  /** A proficiency step's `description`, shown on hover. */
  description?: string;
  /** The id's own value (`L5` in `id: L5`), in `file` when it has one. */
  range: SourceRange;
  /** The library that defines it (as `include` resolves it); absent for the document's own ids. */
  file?: string;
}

/** A place that refers to an id: a role's `level`, an expectations key, a move's `from`, … */
export interface IdReference {
  kind: IdKind;
  id: string;
  /** The referring value or key. */
  range: SourceRange;
}

/** Every id the document defines and every place that refers to one, in file order. */
export interface IdIndex {
  definitions: IdDefinition[];
  references: IdReference[];
}

export const emptyIdIndex: IdIndex = { definitions: [], references: [] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const idText = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
const titleText = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/**
 * Indexes the ids of a parsed framework: definitions (levels, dimensions, tracks, roles) and the
 * references the schema defines (a role's `level` and `equivalent`, a move's `from` and `to`, a
 * track's `dimensions`, expectations and proficiency keys, proficiency steps, a mapping's `levels` keys). Positions are those of
 * `parsed.text`. Reads whatever is there: a half-typed document gives a partial index.
 */
export function buildIdIndex(parsed: ParsedDocument): IdIndex {
  const definitions: IdDefinition[] = [];
  const references: IdReference[] = [];
  const data = parsed.data;
  if (!isRecord(data)) return { definitions, references };

  const define = (kind: IdKind, entry: unknown, titleKey: string, ...at: (string | number)[]) => {
    if (!isRecord(entry)) return;
    const id = idText(entry.id);
    if (id === undefined) return;
    const title = titleText(entry[titleKey]);
    const description = kind === 'step' ? titleText(entry.description) : undefined;
    definitions.push({ kind, id, ...(title ? { title } : {}), ...(description ? { description } : {}), range: rangeOf(parsed, pointerOf(...at, 'id')) });
  };
  const refer = (kind: IdKind, value: unknown, ...at: (string | number)[]) => {
    const id = idText(value);
    if (id !== undefined && id !== '') references.push({ kind, id, range: rangeOf(parsed, pointerOf(...at)) });
  };
  const referByKeys = (kind: IdKind, map: unknown, ...at: (string | number)[]) => {
    if (!isRecord(map)) return;
    for (const key of Object.keys(map)) {
      if (!key.startsWith('x-')) references.push({ kind, id: key, range: keyRangeOf(parsed, pointerOf(...at, key)) });
    }
  };

  list(data.proficiency).forEach((step, i) => define('step', step, 'name', 'proficiency', i));
  list(data.levels).forEach((level, i) => define('level', level, 'name', 'levels', i));
  list(data.dimensions).forEach((dimension, i) => define('dimension', dimension, 'name', 'dimensions', i));
  list(data.tracks).forEach((track, t) => {
    define('track', track, 'name', 'tracks', t);
    if (!isRecord(track)) return;
    list(track.dimensions).forEach((dimension, d) => refer('dimension', dimension, 'tracks', t, 'dimensions', d));
    list(track.roles).forEach((role, r) => {
      define('role', role, 'title', 'tracks', t, 'roles', r);
      if (!isRecord(role)) return;
      refer('level', role.level, 'tracks', t, 'roles', r, 'level');
      refer('role', role.equivalent, 'tracks', t, 'roles', r, 'equivalent');
      referByKeys('dimension', role.expectations, 'tracks', t, 'roles', r, 'expectations');
      referByKeys('dimension', role.proficiency, 'tracks', t, 'roles', r, 'proficiency');
      if (isRecord(role.proficiency)) {
        for (const [dimension, step] of Object.entries(role.proficiency)) refer('step', step, 'tracks', t, 'roles', r, 'proficiency', dimension);
      }
    });
  });
  list(data.moves).forEach((move, m) => {
    if (!isRecord(move)) return;
    refer('role', move.from, 'moves', m, 'from');
    refer('role', move.to, 'moves', m, 'to');
  });
  list(data.mappings).forEach((mapping, m) => {
    if (isRecord(mapping)) referByKeys('level', mapping.levels, 'mappings', m, 'levels');
  });
  return { definitions, references };
}

/**
 * The document's index with the ids its libraries define put in front, in merge order (shared
 * levels are the lower rungs), each marked with its file. Libraries define only levels,
 * dimensions and proficiency steps; their references are their own business.
 */
export function withLibraryIds(index: IdIndex, libraries: readonly { file: string; parsed: ParsedDocument }[]): IdIndex {
  const shared = libraries.flatMap(({ file, parsed }) => buildIdIndex(parsed).definitions.map((d) => ({ ...d, file })));
  return shared.length === 0 ? index : { definitions: [...shared, ...index.definitions], references: index.references };
}

const contains = (range: SourceRange, line: number, column: number) =>
  (line > range.line || (line === range.line && column >= range.column)) && (line < range.endLine || (line === range.endLine && column <= range.endColumn));

/** The definition or reference under a 1-based position of the document, if any (a library's definitions have its positions, not the document's). */
export function idAt(index: IdIndex, line: number, column: number): { kind: IdKind; id: string } | undefined {
  const hit = index.references.find((r) => contains(r.range, line, column)) ?? index.definitions.find((d) => d.file === undefined && contains(d.range, line, column));
  return hit && { kind: hit.kind, id: hit.id };
}

/** The definitions of an id (one, or several when the file defines it twice). */
export function definitionsOf(index: IdIndex, kind: IdKind, id: string): IdDefinition[] {
  return index.definitions.filter((d) => d.kind === kind && d.id === id);
}

/** Every place in the document that refers to an id, optionally with its definitions there first. */
export function referencesTo(index: IdIndex, kind: IdKind, id: string, includeDefinitions: boolean): SourceRange[] {
  const uses = index.references.filter((r) => r.kind === kind && r.id === id).map((r) => r.range);
  const own = definitionsOf(index, kind, id).filter((d) => d.file === undefined);
  return includeDefinitions ? [...own.map((d) => d.range), ...uses] : uses;
}
