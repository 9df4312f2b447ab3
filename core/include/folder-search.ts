/**
 * How Open Folder searches a folder for frameworks and libraries, on the desktop (Node) and in a
 * browser alike: what it skips, and where it stops so a home folder is cut short rather than
 * walked for minutes. No parsing here: the browser judges files by their top-level keys alone.
 */

/** Bounds of one search; reaching one ends the search, and the listing says it was cut short. */
export const folderSearch = {
  /** YAML files read: far more than any organisation's ladders. */
  maxYamlFiles: 500,
  /** Entries (files and folders) looked at. */
  maxEntries: 20_000,
  /** Folders below the one picked. */
  maxDepth: 8,
} as const;

/** Installed packages and hidden folders (.git, .github), skipped as `rungs validate <folder>` skips them. */
export function skippedInFolderSearch(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** What a YAML file holds to Rungs. */
export type YamlKind = 'framework' | 'library' | 'other';

/** A top-level `tracks:` or `rungs:` line, quoted or not. */
const topLevelKey = (key: string) => new RegExp(`^["']?${key}["']?[ \\t]*:`, 'm');

/** A framework has a top-level `tracks:`; a library has `rungs:` and none; judged by the lines alone. */
export function kindFromTopLevelKeys(text: string): YamlKind {
  if (topLevelKey('tracks').test(text)) return 'framework';
  if (topLevelKey('rungs').test(text)) return 'library';
  return 'other';
}
