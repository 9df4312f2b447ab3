import type { IncludeHost } from '../../core/include/host.ts';
import type { IncludedFile } from '../../host-api/api.ts';

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
export function libraryIncludeHost(libraries: readonly IncludedFile[]): IncludeHost {
  const byPath = new Map(libraries.map((l) => [l.path, l.text]));
  return {
    resolve(from, include) {
      if (include.startsWith('/') || include.startsWith('\\') || /^[a-zA-Z]:/.test(include)) {
        return { error: `\`${include}\` is an absolute path: write includes relative to the including file.` };
      }
      return { file: joinPath(from, include) };
    },
    read(file) {
      const text = byPath.get(file);
      if (text !== undefined) return { text };
      const named = libraries.filter((l) => baseName(l.path) === baseName(file));
      if (named.length === 1) return { text: named[0]!.text };
      if (named.length > 1) return { error: `${file} is ambiguous: ${named.map((l) => l.path).join(' and ')} share its name, so the studio cannot tell which one is meant.` };
      return { error: `${file} is not open: open it together with the framework (pick both files, or drop them together).` };
    },
  };
}
