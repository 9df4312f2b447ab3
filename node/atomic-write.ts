import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { errorCode } from './errors.ts';

/**
 * The file-system steps a write takes. Injectable so a test can fail any one of them (a full
 * disk or an I/O error during the write, a crash between write and rename) and check what is
 * left on disk. Every write Rungs makes, in the studio and the CLI, goes through these.
 */
export interface WriteSteps {
  open(file: string, flags: string, mode?: number): Promise<FileHandle>;
  write(handle: FileHandle, data: Uint8Array): Promise<void>;
  sync(handle: FileHandle): Promise<void>;
  close(handle: FileHandle): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ mode: number; isFile(): boolean; isDirectory(): boolean }>;
  lstat(file: string): Promise<{ isSymbolicLink(): boolean }>;
  readlink(file: string): Promise<string>;
  realpath(file: string): Promise<string>;
  /** Flushes a folder's entries so the rename itself survives a power cut (best effort). */
  syncFolder(folder: string): Promise<void>;
}

export const realSteps: WriteSteps = {
  open: (file, flags, mode) => fsp.open(file, flags, mode),
  write: async (handle, data) => {
    await handle.writeFile(data);
  },
  sync: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  copyFile: (from, to) => fsp.copyFile(from, to),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (file) => fsp.unlink(file),
  stat: (file) => fsp.stat(file),
  lstat: (file) => fsp.lstat(file),
  readlink: (file) => fsp.readlink(file),
  realpath: (file) => fsp.realpath(file),
  syncFolder: async (folder) => {
    // Windows cannot open a folder for fsync; NTFS journals the rename anyway.
    if (process.platform === 'win32') return;
    const handle = await fsp.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};

export interface AtomicWriteOptions {
  /** Keep the version being replaced as `<name>.bak` beside the file. */
  backup?: boolean;
  /**
   * The file must already exist (a plain Save of an open document). When it has gone, the write
   * is refused rather than silently recreating a file someone deliberately deleted or moved.
   */
  mustExist?: boolean;
  /** Replace a read-only file too (the user said so, e.g. with a command's `--force`). */
  force?: boolean;
  /** How the file is named in messages; the path as given by default. */
  displayName?: string;
  steps?: WriteSteps;
}

/** Why a write was refused or failed, for callers that add their own advice (Save As, --force). */
export type WriteFailureReason =
  | 'no-space'
  | 'io-error'
  | 'read-only-file'
  | 'read-only-drive'
  | 'no-permission'
  | 'no-folder'
  | 'folder'
  | 'not-a-file'
  | 'deleted'
  | 'busy'
  | 'link-loop'
  | 'other';

export type WriteFailure = { ok: false; reason: WriteFailureReason; message: string };
/** `file` is the file actually written: the end of the symbolic links `target` went through. */
export type WriteResult = { ok: true; file: string } | WriteFailure;

/** Where the previous version of `file` is kept after a write with `backup`. */
export function backupPathFor(file: string): string {
  return `${file}.bak`;
}

/** Symbolic links nest at most this deep, as on Linux (ELOOP beyond). */
const MAX_LINK_HOPS = 40;

class WriteRefused extends Error {
  constructor(
    readonly reason: WriteFailureReason,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Writes `data` to `target` so that, whatever fails, the file holds either its old content or the
 * new content, never a mix: a temp file in the same folder (a rename is atomic only within one
 * file system), write, fsync, rename over the original, fsync the folder. A symbolic link is
 * followed, so its target is replaced and the link kept; a dangling link creates its target. A
 * read-only file is refused unless `force`, a folder or a missing folder is refused, and every
 * failure comes back as one line of plain words, never an exception. With `backup`, the old
 * version becomes `<name>.bak`, and an older backup is only replaced once the write has succeeded.
 * This is the only function in Rungs that writes a user's file.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<WriteResult> {
  const steps = options.steps ?? realSteps;
  const name = options.displayName ?? target;
  try {
    return await writeResolved(target, typeof data === 'string' ? new TextEncoder().encode(data) : data, name, options, steps);
  } catch (error) {
    if (error instanceof WriteRefused) return { ok: false, reason: error.reason, message: error.message };
    return { ok: false, ...describeWriteError(error, name, path.dirname(path.resolve(target))) };
  }
}

async function writeResolved(target: string, bytes: Uint8Array, name: string, options: AtomicWriteOptions, steps: WriteSteps): Promise<WriteResult> {
  const file = await resolveLinks(target, name, steps);
  const folder = path.dirname(file);
  let existing: { mode: number } | undefined;
  try {
    const info = await steps.stat(file);
    if (info.isDirectory()) throw new WriteRefused('folder', `${name} is a folder, not a file: give the name of a file to write.`);
    if (!info.isFile()) throw new WriteRefused('not-a-file', `${name} is not a regular file, so Rungs will not write over it: give the name of a file to write.`);
    existing = info;
  } catch (error) {
    if (error instanceof WriteRefused || errorCode(error) !== 'ENOENT') throw error;
    if (options.mustExist) {
      throw new WriteRefused('deleted', `${name} was deleted or moved since it was opened, so it was not saved.`);
    }
  }
  // A rename replaces a read-only file without complaint (only the folder's permission counts), so
  // the file's own permission bits are checked here: someone made it read-only on purpose.
  if (existing && (existing.mode & 0o222) === 0 && !options.force) {
    throw new WriteRefused('read-only-file', `${name} is read-only, so it was not replaced: make it writable first, or choose another file.`);
  }

  const base = path.basename(file);
  const token = randomBytes(6).toString('hex');
  const temp = path.join(folder, `.${base}.${token}.tmp`);
  const backupTemp = path.join(folder, `.${base}.${token}.bak.tmp`);
  const leftovers: string[] = [];
  try {
    // Keep the owner's permissions on the new file; without an original, the umask decides.
    const handle = await steps.open(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
    leftovers.push(temp);
    try {
      await steps.write(handle, bytes);
      await steps.sync(handle);
    } finally {
      await steps.close(handle);
    }
    if (options.backup && existing) {
      await steps.copyFile(file, backupTemp);
      leftovers.push(backupTemp);
    }
    await steps.rename(temp, file);
    leftovers.splice(leftovers.indexOf(temp), 1);
  } catch (error) {
    await removeAll(steps, leftovers);
    throw error;
  }

  if (leftovers.includes(backupTemp)) {
    // The write already succeeded; a backup that cannot be renamed into place must not undo it.
    try {
      await steps.rename(backupTemp, backupPathFor(file));
    } catch {
      await removeAll(steps, [backupTemp]);
    }
  }
  try {
    await steps.syncFolder(folder);
  } catch {
    // The data is written and renamed; a folder that refuses fsync (some network drives) is fine.
  }
  return { ok: true, file };
}

/**
 * The file a write to `target` must replace. Renaming over a symbolic link would replace the link
 * with a regular file and leave the file it points to unchanged, so links are followed hop by hop
 * (through a dangling one too: its target is created). The folder of each hop is resolved first,
 * so the temp file lands beside the real file, on the same file system.
 */
async function resolveLinks(target: string, name: string, steps: WriteSteps): Promise<string> {
  let current = path.resolve(target);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop += 1) {
    const folder = path.dirname(current);
    let realFolder: string;
    try {
      realFolder = await steps.realpath(folder);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new WriteRefused('no-folder', `The folder ${folder} does not exist, so ${name} was not written: create the folder first, or choose another one.`);
      }
      throw error;
    }
    current = path.join(realFolder, path.basename(current));
    let isLink: boolean;
    try {
      isLink = (await steps.lstat(current)).isSymbolicLink();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return current;
      throw error;
    }
    if (!isLink) return current;
    current = path.resolve(realFolder, await steps.readlink(current));
  }
  throw new WriteRefused('link-loop', `${name} is a symbolic link that leads round in a loop, so it was not written: fix the link, or choose another file.`);
}

async function removeAll(steps: WriteSteps, files: string[]): Promise<void> {
  for (const file of files) {
    try {
      await steps.unlink(file);
    } catch {
      // Already gone, or the folder became unwritable: nothing more we can do about a temp file.
    }
  }
}

/** A failed write in words a user can act on, never a stack trace. */
export function describeWriteError(error: unknown, name: string, folder: string): { reason: WriteFailureReason; message: string } {
  const code = errorCode(error);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: 'no-space', message: `The disk is full, so ${name} was not written and the file on disk is unchanged: free some space and try again.` };
    case 'EIO':
      return { reason: 'io-error', message: `The disk reported an input/output error, so ${name} was not written and the file on disk is unchanged: check the drive and try again.` };
    case 'EROFS':
      return { reason: 'read-only-drive', message: `${folder} is on a read-only drive, so ${name} was not written: choose a folder on another drive.` };
    case 'EACCES':
    case 'EPERM':
      return { reason: 'no-permission', message: `Rungs is not allowed to write in ${folder}, so ${name} was not written: choose a folder you can write to.` };
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'no-folder', message: `The folder ${folder} no longer exists, so ${name} was not written: choose another folder.` };
    case 'EISDIR':
      return { reason: 'folder', message: `${name} is a folder, not a file: give the name of a file to write.` };
    case 'ELOOP':
      return { reason: 'link-loop', message: `${name} is a symbolic link that leads round in a loop, so it was not written: fix the link, or choose another file.` };
    case 'EBUSY':
      return { reason: 'busy', message: `${name} is locked by another program, so it was not written: close that program and try again.` };
    default:
      return { reason: 'other', message: `${name} could not be written (${code ?? 'unknown error'}) and the file on disk is unchanged.` };
  }
}
