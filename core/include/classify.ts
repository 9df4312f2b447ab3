import { parseFramework } from '../parse.ts';
import { kindFromTopLevelKeys, type YamlKind } from './folder-search.ts';

export type { YamlKind };

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
  return kindFromTopLevelKeys(parsed.text);
}
