import path from 'node:path';
import type { IncludedFile, IncludeHost, LibraryProblem } from '../core/include/host.ts';
import { includeEntries } from '../core/include/document-kind.ts';
import { loadLibraries } from '../core/include/load.ts';
import { parseFramework } from '../core/parse.ts';
import { createIncludeHost, findIncludeRoot } from './include-host.ts';

/**
 * The libraries a framework on disk includes, read as `rungs validate` reads them (confined to
 * `root`, the folder the user opened, else the repository holding the file, else its own folder),
 * named relative to the file's folder
 * for the studio, with the includes it refused or could not read, which the studio reports as
 * the command line does.
 */
export function readLibraries(file: string, text: string, root?: string): { libraries: IncludedFile[]; problems: LibraryProblem[] } {
  const libraries: IncludedFile[] = [];
  const problems: LibraryProblem[] = [];
  const parsed = parseFramework(text);
  if (parsed.broken || includeEntries(parsed.data).length === 0) return { libraries, problems };
  const absolute = path.resolve(file);
  const folder = path.dirname(absolute);
  const disk = createIncludeHost({ root: findIncludeRoot(absolute, root, folder) });
  const named = (name: string) => path.relative(folder, path.resolve(name)).split(path.sep).join('/');
  const recording: IncludeHost = {
    resolve(from, include) {
      const result = disk.resolve(from, include);
      if ('error' in result) problems.push({ path: named(path.join(path.dirname(from), include)), stage: 'resolve', message: result.error });
      return result;
    },
    read(name) {
      const result = disk.read(name);
      if ('text' in result) libraries.push({ path: named(name), text: result.text });
      else problems.push({ path: named(name), stage: 'read', message: result.error });
      return result;
    },
  };
  loadLibraries({ name: absolute, parsed }, recording);
  return { libraries, problems };
}
