import { joinIncludePath, type IncludeHost } from '../../core/include/host.ts';
import type { HostKind, IncludedFile, LibraryProblem } from '../../host-api/api.ts';

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/**
 * The library an include resolved to: the one at that path, else (picked files carry no folders)
 * the only one with that file name; several of one name are ambiguous.
 */
export function findLibrary<T extends IncludedFile>(libraries: readonly T[], file: string): T | { ambiguous: readonly T[] } | undefined {
  const exact = libraries.find((l) => l.path === file);
  if (exact) return exact;
  const named = libraries.filter((l) => baseName(l.path) === baseName(file));
  if (named.length > 1) return { ambiguous: named };
  return named[0];
}

/**
 * The include host of the studio: only the libraries the host opened with the document, named
 * relative to the document's folder (the desktop app read them from disk inside the project
 * folder; a browser has what the user picked). Picked files carry no folders, so an include the
 * paths do not match is found by its file name when exactly one library has that name.
 */
export function libraryIncludeHost(libraries: readonly IncludedFile[], problems: readonly LibraryProblem[] = [], host: HostKind = 'browser'): IncludeHost {
  const problem = (stage: LibraryProblem['stage'], file: string) => problems.find((p) => p.stage === stage && p.path === file);
  return {
    resolve(from, include) {
      const joined = joinIncludePath(from, include, true);
      if ('error' in joined) return joined;
      // The host refused it (outside the folder): the same refusal the command line gives.
      const refused = problem('resolve', joined.file);
      return refused ? { error: refused.message } : joined;
    },
    read(file) {
      const unreadable = problem('read', file);
      if (unreadable) return { error: unreadable.message };
      const found = findLibrary(libraries, file);
      if (found && 'ambiguous' in found) {
        return { error: `${file} is ambiguous: ${found.ambiguous.map((l) => l.path).join(' and ')} share its name, so the studio cannot tell which one is meant.` };
      }
      if (found) return { text: found.text };
      return {
        error:
          host === 'electron'
            ? `${file} was not read when the file was opened or last saved: save it to read its libraries again.`
            : `${file} is not open: open it together with the framework (pick both files, or drop them together).`,
      };
    },
  };
}
