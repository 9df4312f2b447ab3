import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { classifyYaml } from '../core/include/classify.ts';
import { readTextFile } from './read-text-file.ts';

/** A framework or library found in a folder, named by its path inside it with `/`. */
export interface FolderFile {
  path: string;
  kind: 'framework' | 'library';
}

/** Enough for any organisation's ladders; a folder with more YAML files is cut short, and the listing says so. */
export const MAX_FOLDER_FILES = 500;
/** Entries (files and folders) looked at before the walk stops: a home directory is cut short, not walked for minutes. */
export const MAX_FOLDER_ENTRIES = 20_000;
const MAX_DEPTH = 8;

/**
 * The frameworks and libraries in a folder, as `rungs validate <folder>` finds them: every .yaml
 * and .yml file below it (not in node_modules or hidden folders, links not followed), kept when
 * it is a framework or a library, in path order. Unreadable files are left out.
 */
export async function listFrameworkFolder(folder: string): Promise<{ files: FolderFile[]; truncated: boolean }> {
  const found: string[] = [];
  let truncated = false;
  let visited = 0;
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || truncated) return;
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
      if (visited > MAX_FOLDER_ENTRIES) {
        truncated = true;
        return;
      }
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, depth + 1);
      else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) {
        if (found.length >= MAX_FOLDER_FILES) {
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
