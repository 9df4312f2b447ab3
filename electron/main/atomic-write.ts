import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * The file-system steps a save takes. Injectable so a test can fail any one of them (a full disk
 * during write, a crash between write and rename) and check what is left on disk.
 */
export interface WriteSteps {
  open(file: string, flags: string, mode?: number): Promise<FileHandle>;
  write(handle: FileHandle, data: Uint8Array): Promise<void>;
  sync(handle: FileHandle): Promise<void>;
  close(handle: FileHandle): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<{ mode: number; isFile(): boolean }>;
  /** Resolves symbolic links, so a save through a link writes the file it points to. */
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
   * The file must already exist (a plain Save of an open document). When it has gone, the save
   * is refused rather than silently recreating a file someone deliberately deleted or moved.
   */
  mustExist?: boolean;
  steps?: WriteSteps;
}

export type WriteResult = { ok: true } | { ok: false; message: string };

/** Where the previous version of `file` is kept after a save. */
export function backupPathFor(file: string): string {
  return `${file}.bak`;
}

/**
 * Writes `data` to `file` so that, whatever fails, the file holds either its old content or the
 * new content, never a mix: write a temp file in the same folder (a rename is atomic only within
 * one file system), flush it to disk, then rename it over the original. With `backup`, the old
 * version becomes `<name>.bak`, and an older backup is only replaced once the save has succeeded.
 */
export async function atomicWrite(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<WriteResult> {
  const steps = options.steps ?? realSteps;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  // Renaming over a symbolic link would replace the link with a regular file and leave the file
  // it points to unchanged, so the temp file, the rename and the backup all happen beside the
  // resolved file. A path that does not exist yet (a new file) is written where it was given.
  let file = target;
  try {
    file = await steps.realpath(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return { ok: false, message: describeWriteError(error, target) };
  }
  const folder = path.dirname(file);
  const base = path.basename(file);
  const token = randomBytes(6).toString('hex');
  const temp = path.join(folder, `.${base}.${token}.tmp`);
  const backupTemp = path.join(folder, `.${base}.${token}.bak.tmp`);
  const leftovers: string[] = [];

  let existing: { mode: number } | undefined;
  try {
    const info = await steps.stat(file);
    if (!info.isFile()) return { ok: false, message: `${file} is not a regular file, so Rungs will not write over it.` };
    existing = info;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') return { ok: false, message: describeWriteError(error, file) };
    if (options.mustExist) {
      return {
        ok: false,
        message: `${base} was deleted or moved since it was opened, so it was not saved. Your text is still in the editor: use Save As to choose where to keep it.`,
      };
    }
  }

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
    return { ok: false, message: describeWriteError(error, file) };
  }

  if (leftovers.includes(backupTemp)) {
    // The save already succeeded; a backup that cannot be renamed into place must not undo it.
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
  return { ok: true };
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

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** A failed write in words a user can act on, never a stack trace. */
export function describeWriteError(error: unknown, file: string): string {
  const name = path.basename(file);
  const folder = path.dirname(file);
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so ${name} was not saved. The file on disk is unchanged; free some space and save again.`;
    case 'EROFS':
      return `${folder} is on a read-only drive, so ${name} was not saved. Use Save As to keep your text somewhere else.`;
    case 'EACCES':
    case 'EPERM':
      return `Rungs is not allowed to write in ${folder}, so ${name} was not saved. Use Save As to keep your text somewhere else.`;
    case 'ENOENT':
      return `The folder ${folder} no longer exists, so ${name} was not saved. Use Save As to choose another place.`;
    case 'EISDIR':
      return `${file} is a folder, not a file.`;
    case 'EBUSY':
      return `${name} is locked by another program, so it was not saved. Close that program and save again.`;
    default:
      return `${name} could not be saved (${errorCode(error) ?? 'unknown error'}). The file on disk is unchanged and your text is still in the editor.`;
  }
}
