import { statSync } from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** A file `rungs validate` will look at, and how it was named. */
export interface Candidate {
  /** The path to read and to print (as given, or the folder or glob joined with what was found). */
  file: string;
  /**
   * True when the file was named on the command line (or is `-`): it is checked whatever it holds.
   * Files found in a folder or by a glob are checked only when they look like Rungs files.
   */
  explicit: boolean;
  /** The folder or glob that found it, for the "holds no frameworks" message. */
  source?: string;
  /** The folder its includes may not leave: the folder it was found in; else found from the file. */
  root?: string;
}

/** What a folder or glob search found, so the caller can say which one held no frameworks. */
export interface Discovery {
  candidates: Candidate[];
  /** Each folder or glob argument, in order; the candidates it found carry it as `source`. */
  searches: string[];
}

/** YAML file names; `.yml` is as common as `.yaml` in repositories. */
const YAML_FILES = '**/*.{yaml,yml}';
/** Never descended into: installed packages, and (with `dot: false`) .git and every hidden folder. */
const IGNORED = ['**/node_modules/**'];

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** No `./` or doubled separators, so a file found twice prints (and sorts) the same both times. */
function tidy(file: string): string {
  return path.normalize(file);
}

/** Compares paths by their characters, not the locale, so the order is the same on every machine. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Turns `rungs validate` arguments into files: a folder is searched recursively for .yaml and .yml
 * files (skipping node_modules and hidden folders such as .git), a glob (`ladders/**\/*.yaml`,
 * quoted so the shell leaves it alone) is expanded, and anything else is a file named on purpose
 * (a missing one is reported by the reader). Each search is sorted by path; arguments keep their
 * order; a file named twice is checked once.
 */
export async function discover(args: readonly string[], cwd: string = process.cwd()): Promise<Discovery> {
  const candidates: Candidate[] = [];
  const searches: string[] = [];
  const seen = new Set<string>();
  const add = (candidate: Candidate) => {
    const key = candidate.file === '-' ? '-' : path.resolve(cwd, candidate.file);
    if (seen.has(key)) return;
    seen.add(key);
    candidates.push(candidate);
  };
  for (const arg of args) {
    if (arg !== '-' && isFolder(path.resolve(cwd, arg))) {
      searches.push(arg);
      const found = await glob(YAML_FILES, { cwd: path.resolve(cwd, arg), ignore: IGNORED, dot: false, followSymbolicLinks: false, onlyFiles: true });
      for (const file of found.sort(byPath)) add({ file: tidy(path.join(arg, file)), explicit: false, source: arg, root: path.resolve(cwd, arg) });
    } else if (arg !== '-' && isDynamicPattern(arg)) {
      searches.push(arg);
      const found = await glob(arg, { cwd, absolute: path.isAbsolute(arg), ignore: IGNORED, dot: false, followSymbolicLinks: false, onlyFiles: true });
      for (const file of found.map(tidy).sort(byPath)) add({ file, explicit: false, source: arg });
    } else {
      add({ file: arg, explicit: true });
    }
  }
  return { candidates, searches };
}
