import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { IncludeHost } from '../core/include/host.ts';
import { readTextFileSync } from './read-text-file.ts';

/**
 * The folder includes may not leave: the folder a command was given; for a single file, the
 * nearest ancestor holding `.git` (the repository), else `fallback` (the current directory for a
 * command; the studio, which has no meaningful one, passes the file's folder).
 */
export function findIncludeRoot(target: string, givenFolder?: string, fallback = process.cwd()): string {
  if (givenFolder !== undefined) return path.resolve(givenFolder);
  let folder = path.dirname(path.resolve(target));
  for (;;) {
    if (existsSync(path.join(folder, '.git'))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) return fallback;
    folder = parent;
  }
}

/** True when `candidate` is `root` or below it, as paths (resolve links first where they matter). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of a file, or of its nearest existing folder, so a link cannot smuggle a read out of the root. */
function realLocation(file: string): string {
  let current = file;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest);
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return file;
      rest.unshift(path.basename(current));
      current = parent;
    }
  }
}

/**
 * Includes read from disk, confined to `root`: an absolute path, a `..` that climbs out, or a link
 * that resolves outside is refused before the file is opened. Files are named relative to the
 * including file's name, so messages use the paths the user typed.
 */
export function createIncludeHost(options: { root: string }): IncludeHost {
  const root = path.resolve(options.root);
  const realRoot = realLocation(root);
  const rootName = path.relative(process.cwd(), root) || 'the current folder';
  return {
    resolve(from, include) {
      if (path.isAbsolute(include) || path.win32.isAbsolute(include)) {
        return { error: `\`${include}\` is an absolute path: write includes relative to the including file, inside ${rootName}.` };
      }
      const file = path.normalize(path.join(path.dirname(from), include));
      const absolute = path.resolve(file);
      if (!isInside(root, absolute) || !isInside(realRoot, realLocation(absolute))) {
        return { error: `\`${include}\` points outside the project folder (${rootName}), so it was not read.` };
      }
      return { file };
    },
    read(file) {
      const read = readTextFileSync(file, { kind: 'framework' });
      return read.ok ? { text: read.text } : { error: read.message };
    },
  };
}
