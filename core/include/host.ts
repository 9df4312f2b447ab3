/**
 * How core reaches the files a framework includes without doing I/O itself: the CLI and Electron
 * main give it the file system (confined to a root), the browser studio the files the user picked.
 */
export interface IncludeHost {
  /**
   * Resolves an include as written, relative to the including file: the name to report and read,
   * or why it is refused (absolute, outside the root). A refused include is never read.
   */
  resolve(from: string, include: string): { file: string } | { error: string };
  /** The text of a resolved file, or one line saying why it cannot be read. */
  read(file: string): { text: string } | { error: string };
}

/**
 * A library as a host hands it to the studio with the framework that includes it, so the studio
 * checks the framework as the command line does.
 */
export interface IncludedFile {
  /** Where the file is, relative to the framework's folder, `/`-separated (as `include` names it). */
  path: string;
  text: string;
}

/**
 * An include the host would not or could not read when it read the libraries: refused before
 * reading (`resolve`: outside the folder, absolute) or unreadable (`read`), with its message.
 */
export interface LibraryProblem {
  /** The include as resolved, relative to the framework's folder, `/`-separated. */
  path: string;
  stage: 'resolve' | 'read';
  message: string;
}

/**
 * An include as written, joined to the folder of the file that names it, for hosts whose files
 * are `/`-separated names relative to one folder. Absolute paths are refused. A `..` above that
 * folder is refused, unless `climb` keeps it (the files were confined by the host that read them).
 */
export function joinIncludePath(from: string, include: string, climb = false): { file: string } | { error: string } {
  if (include.startsWith('/') || include.startsWith('\\') || /^[a-zA-Z]:/.test(include)) {
    return { error: `\`${include}\` is an absolute path: write includes relative to the including file.` };
  }
  const parts = from.split('/').slice(0, -1);
  for (const part of include.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else if (climb) parts.push(part);
    else return { error: `\`${include}\` points outside the project folder, so it was not read.` };
  }
  return { file: parts.join('/') };
}

/** A host over files held in memory (the studio's picked files, tests): names are paths relative to one folder, `/`-separated. */
export function memoryIncludeHost(files: ReadonlyMap<string, string>): IncludeHost {
  return {
    resolve: (from, include) => joinIncludePath(from, include),
    read(file) {
      const text = files.get(file);
      return text === undefined ? { error: `${file} is not open: add it to the files you opened.` } : { text };
    },
  };
}
