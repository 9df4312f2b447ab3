import path from 'node:path';
import type { IncludedFile, IncludeHost } from '../core/include/host.ts';
import { includeEntries } from '../core/include/document-kind.ts';
import { loadLibraries } from '../core/include/load.ts';
import { parseFramework } from '../core/parse.ts';
import { createIncludeHost, findIncludeRoot } from './include-host.ts';

/**
 * The libraries a framework on disk includes, read as `rungs validate` reads them (confined to
 * `root`, the folder the user opened, else the repository holding the file, else its own folder),
 * named relative to the file's folder
 * for the studio. A library that cannot be read is left out: the studio's check reports it.
 */
export function readLibraries(file: string, text: string, root?: string): IncludedFile[] {
  const parsed = parseFramework(text);
  if (parsed.broken || includeEntries(parsed.data).length === 0) return [];
  const absolute = path.resolve(file);
  const disk = createIncludeHost({ root: findIncludeRoot(absolute, root, path.dirname(absolute)) });
  const read = new Map<string, string>();
  const recording: IncludeHost = {
    resolve: (from, include) => disk.resolve(from, include),
    read(name) {
      const result = disk.read(name);
      if ('text' in result) read.set(name, result.text);
      return result;
    },
  };
  loadLibraries({ name: absolute, parsed }, recording);
  const folder = path.dirname(absolute);
  return [...read].map(([name, libraryText]) => ({ path: path.relative(folder, path.resolve(name)).split(path.sep).join('/'), text: libraryText }));
}
