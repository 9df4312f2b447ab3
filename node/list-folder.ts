import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { classifyYaml } from '../core/include/classify.ts';
import { folderSearch, skippedInFolderSearch } from '../core/include/folder-search.ts';
import { readTextFile } from './read-text-file.ts';

/** A framework or library found in a folder, named by its path inside it with `/`. */
export interface FolderFile {
  path: string;
  kind: 'framework' | 'library';
}

/**
 * The frameworks and libraries in a folder, as `rungs validate <folder>` finds them: every .yaml
 * and .yml file below it (not in node_modules or hidden folders, links not followed), kept when
 * it is a framework or a library, in path order, within core's folderSearch bounds. Unreadable
 * files are left out.
 */
export async function listFrameworkFolder(folder: string): Promise<{ files: FolderFile[]; truncated: boolean }> {
  const found: string[] = [];
  let truncated = false;
  let visited = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > folderSearch.maxDepth || truncated) return;
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (truncated) return;
      visited += 1;
      if (visited > folderSearch.maxEntries) {
        truncated = true;
        return;
      }
      if (skippedInFolderSearch(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, depth + 1);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
        if (found.length >= folderSearch.maxYamlFiles) {
          truncated = true;
          return;
        }
        found.push(full);
      }
    }
  };
  await walk(folder, 0);
  const files: FolderFile[] = [];
  for (const file of found) {
    const read = await readTextFile(file);
    if (!read.ok) continue;
    const kind = classifyYaml(read.text);
    if (kind !== 'other') files.push({ path: path.relative(folder, file).split(path.sep).join('/'), kind });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, truncated };
}
