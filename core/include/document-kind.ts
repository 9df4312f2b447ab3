/** What a YAML file is to Rungs: a framework (it has tracks), a library (shared parts only) or neither. */
export type DocumentKind = 'framework' | 'library' | 'other';

/**
 * Tells a framework from a library by its data: a framework has `tracks`; a library says
 * `rungs: 1` and has none (it holds dimensions, levels and proficiency that frameworks include).
 * Anything else (a CI config, an unrelated YAML file) is `other`.
 */
export function documentKind(data: unknown): DocumentKind {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'other';
  if (Object.prototype.hasOwnProperty.call(data, 'tracks')) return 'framework';
  return Object.prototype.hasOwnProperty.call(data, 'rungs') ? 'library' : 'other';
}

/** The include paths a file lists, keeping their positions; entries that are not strings are the schema's to report. */
export function includeEntries(data: unknown): { index: number; path: string }[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const include = (data as Record<string, unknown>).include;
  if (!Array.isArray(include)) return [];
  return include.flatMap((value, index) => (typeof value === 'string' && value.trim() !== '' ? [{ index, path: value }] : []));
}
