import type { DiagnosticCode } from '../diagnostic-codes.ts';
import type { Diagnostic } from '../diagnostics.ts';

/** What both importers return: the new framework text when one could be made, and what happened. */
export interface ImportResult {
  /** The resulting framework YAML. Absent when the input could not be used at all. */
  text?: string;
  /** Plain-words explanations of what the importer guessed, renamed or left out. */
  notes: string[];
  /** Problems that stopped the import, or the findings of checking the resulting framework. */
  diagnostics: Diagnostic[];
}

export type Dict = Record<string, unknown>;

/** True for a plain mapping (not null, not a list). */
export function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a list, else an empty list, so partly valid input can be walked safely. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value as text when it is a string or a finite number, else undefined. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A problem about the import as a whole rather than a place in a file, so it points at line 1. */
export function importProblem(code: DiagnosticCode, message: string, suggestions?: string[]): Diagnostic {
  return {
    code,
    severity: 'error',
    message,
    path: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    ...(suggestions && suggestions.length > 0 ? { data: { suggestions } } : {}),
  };
}

/**
 * Returns `id` if it is free, otherwise the first of `id-2`, `id-3`, … that is, and marks the
 * result as taken so later calls never hand it out again.
 */
export function freshId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** Turns free text into an id the format accepts (letters, digits, dots, dashes, underscores). */
export function slugify(text: string, fallback: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
  return slug === '' ? fallback : slug;
}

/** Joins names for a message: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
