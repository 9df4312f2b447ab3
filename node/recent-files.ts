import { promises as fsp } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { atomicWrite, type WriteSteps } from './atomic-write.ts';
import { readTextFile } from './read-text-file.ts';

/** One Open Recent entry as the studio shows it: an opaque id, never a path it could send back. */
export interface RecentFile {
  recentId: string;
  name: string;
  displayPath: string;
}

export const DEFAULT_MAX_RECENT = 10;

export interface RecentFilesOptions {
  max?: number;
  /** Whether a file still exists; injectable so tests need not race the file system. */
  exists?: (file: string) => Promise<boolean>;
  /** Injected into every write, so tests can simulate a full disk. */
  steps?: WriteSteps;
}

async function fileExists(file: string): Promise<boolean> {
  try {
    return (await fsp.stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The Open Recent list, newest first: bounded, without duplicates, persisted as JSON in the app's
 * data folder, and pruned of files that no longer exist. The renderer sees opaque ids, not paths
 * it could send back.
 */
export class RecentFiles {
  private readonly file: string;
  private readonly max: number;
  private readonly exists: (file: string) => Promise<boolean>;
  private paths: string[] | undefined;
  private readonly steps: WriteSteps | undefined;

  constructor(storeFile: string, options: RecentFilesOptions = {}) {
    this.file = storeFile;
    this.max = options.max ?? DEFAULT_MAX_RECENT;
    this.exists = options.exists ?? fileExists;
    this.steps = options.steps;
  }

  /** Moves a file to the top of the list. */
  async add(file: string): Promise<void> {
    const absolute = path.resolve(file);
    const paths = await this.load();
    this.paths = [absolute, ...paths.filter((p) => !samePath(p, absolute))].slice(0, this.max);
    await this.persist();
  }

  async remove(file: string): Promise<void> {
    const paths = await this.load();
    this.paths = paths.filter((p) => !samePath(p, file));
    await this.persist();
  }

  /** The list, after dropping files that were deleted or moved since. */
  async list(): Promise<RecentFile[]> {
    const paths = await this.load();
    const alive: string[] = [];
    for (const p of paths) if (await this.exists(p)) alive.push(p);
    if (alive.length !== paths.length) {
      this.paths = alive;
      await this.persist();
    }
    return alive.map((p) => ({ recentId: recentIdOf(p), name: path.basename(p), displayPath: p }));
  }

  /** The path behind an id from `list()`, if it is still in the list. */
  async pathOf(recentId: string): Promise<string | undefined> {
    return (await this.load()).find((p) => recentIdOf(p) === recentId);
  }

  /** The most recently used file that still exists, for the studio to reopen at start. */
  async mostRecent(): Promise<string | undefined> {
    return (await this.list())[0]?.displayPath;
  }

  private async load(): Promise<string[]> {
    if (this.paths) return this.paths;
    try {
      const read = await readTextFile(this.file);
      const value: unknown = read.ok ? JSON.parse(read.text) : undefined;
      const list = typeof value === 'object' && value !== null && Array.isArray((value as { files?: unknown }).files) ? (value as { files: unknown[] }).files : [];
      // A hand-edited or corrupted list must not break the menu: keep only absolute path strings.
      const unique: string[] = [];
      for (const p of list) {
        if (typeof p === 'string' && path.isAbsolute(p) && !unique.some((u) => samePath(u, p))) unique.push(p);
      }
      this.paths = unique.slice(0, this.max);
    } catch {
      this.paths = [];
    }
    return this.paths;
  }

  private async persist(): Promise<void> {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    // Losing the recent list is harmless, so a failed write is not worth interrupting the user.
    await atomicWrite(this.file, JSON.stringify({ files: this.paths ?? [] }, null, 2), { steps: this.steps });
  }
}

/** Stable, opaque id for a path: the same file keeps its id across calls and restarts. */
export function recentIdOf(file: string): string {
  return createHash('sha256').update(file).digest('hex').slice(0, 24);
}

function samePath(a: string, b: string): boolean {
  // Windows and macOS file systems are case-insensitive by default.
  const fold = process.platform === 'win32' || process.platform === 'darwin';
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  return fold ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}
