import type { IncludeHost } from '../../core/include/host.ts';
import type { HostKind, IncludedFile, LibraryProblem } from '../../host-api/api.ts';

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

/** `from`'s folder joined with `include`, `/`-separated; `..` above the document's folder is kept (the host that read the files already confined them). */
function joinPath(from: string, include: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of include.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * The include host of the studio: only the libraries the host opened with the document, named
 * relative to the document's folder (the desktop app read them from disk inside the project
 * folder; a browser has what the user picked). Picked files carry no folders, so an include the
 * paths do not match is found by its file name when exactly one library has that name.
 */
export function libraryIncludeHost(libraries: readonly IncludedFile[], problems: readonly LibraryProblem[] = [], host: HostKind = 'browser'): IncludeHost {
  const byPath = new Map(libraries.map((l) => [l.path, l.text]));
  const problem = (stage: LibraryProblem['stage'], file: string) => problems.find((p) => p.stage === stage && p.path === file);
  return {
    resolve(from, include) {
      if (include.startsWith('/') || include.startsWith('\\') || /^[a-zA-Z]:/.test(include)) {
        return { error: `\`${include}\` is an absolute path: write includes relative to the including file.` };
      }
      const file = joinPath(from, include);
      // The host refused it (outside the folder): the same refusal the command line gives.
      const refused = problem('resolve', file);
      return refused ? { error: refused.message } : { file };
    },
    read(file) {
      const text = byPath.get(file);
      if (text !== undefined) return { text };
      const unreadable = problem('read', file);
      if (unreadable) return { error: unreadable.message };
      const named = libraries.filter((l) => baseName(l.path) === baseName(file));
      if (named.length === 1) return { text: named[0]!.text };
      if (named.length > 1) return { error: `${file} is ambiguous: ${named.map((l) => l.path).join(' and ')} share its name, so the studio cannot tell which one is meant.` };
      return {
        error:
          host === 'electron'
            ? `${file} was not read when the file was opened or last saved: save it to read its libraries again.`
            : `${file} is not open: open it together with the framework (pick both files, or drop them together).`,
      };
    },
  };
}
