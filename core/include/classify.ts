import { parseFramework } from '../parse.ts';

/** What a YAML file holds, as far as `rungs validate`, `rungs site` and the studio's folder view are concerned. */
export type YamlKind = 'framework' | 'library' | 'other';

/** A top-level `tracks:` or `rungs:` line, for files whose YAML is too broken to read as data. */
const topLevelKey = (key: string) => new RegExp(`^["']?${key}["']?[ \\t]*:`, 'm');

/**
 * Tells a framework (a top-level `tracks`) from a library (`rungs` and no `tracks`) from any other
 * YAML (a CI config, a docker-compose file), which a folder search skips. A file whose YAML is
 * broken is judged by its top-level lines, so a framework with a syntax error is still checked
 * and its error reported rather than skipped.
 */
export function classifyYaml(text: string): YamlKind {
  const parsed = parseFramework(text);
  const data = parsed.data;
  if (!parsed.broken && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    if (Object.prototype.hasOwnProperty.call(data, 'tracks')) return 'framework';
    if (Object.prototype.hasOwnProperty.call(data, 'rungs')) return 'library';
    return 'other';
  }
  const source = parsed.text;
  if (topLevelKey('tracks').test(source)) return 'framework';
  if (topLevelKey('rungs').test(source)) return 'library';
  return 'other';
}
