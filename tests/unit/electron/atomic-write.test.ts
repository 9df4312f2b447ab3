import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, backupPathFor, realSteps, type WriteSteps } from '../../../electron/main/atomic-write.ts';
import { useTempFolders } from './temp-folder.ts';

const tempFolder = useTempFolders();

function failing(code: string): Error {
  return Object.assign(new Error(`simulated ${code}`), { code });
}

describe('atomicWrite', () => {
  it('replaces the file and keeps the previous version as .bak', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    expect(await atomicWrite(file, 'version: 2\n', { backup: true })).toEqual({ ok: true });
    expect(await readFile(file, 'utf8')).toBe('version: 2\n');
    expect(await readFile(backupPathFor(file), 'utf8')).toBe('version: 1\n');

    await atomicWrite(file, 'version: 3\n', { backup: true });
    expect(await readFile(backupPathFor(file), 'utf8')).toBe('version: 2\n');
    // No temp files are left behind after successful saves.
    expect((await readdir(dir)).sort()).toEqual(['ladder.yaml', 'ladder.yaml.bak']);
  });

  it('creates a new file without a backup', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'new.yaml');
    expect(await atomicWrite(file, 'rungs: 1\n', { backup: true })).toEqual({ ok: true });
    expect(await readdir(dir)).toEqual(['new.yaml']);
  });

  it('leaves the original and its backup untouched when the save dies between write and rename', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    await atomicWrite(file, 'version: 2\n', { backup: true });
    let wroteTemp = false;
    const steps: WriteSteps = {
      ...realSteps,
      sync: async (handle) => {
        await realSteps.sync(handle);
        wroteTemp = true;
      },
      rename: async () => {
        throw failing('EIO');
      },
    };
    const result = await atomicWrite(file, 'version: 3 (lost)\n', { backup: true, steps });
    expect(wroteTemp).toBe(true);
    expect(result.ok).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('version: 2\n');
    expect(await readFile(backupPathFor(file), 'utf8')).toBe('version: 1\n');
    expect((await readdir(dir)).sort()).toEqual(['ladder.yaml', 'ladder.yaml.bak']);
  });

  it('says the disk is full, in plain words, and keeps the original', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'original\n');
    const steps: WriteSteps = { ...realSteps, write: async () => Promise.reject(failing('ENOSPC')) };
    const result = await atomicWrite(file, 'new text', { backup: true, steps });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('The disk is full') });
    expect(await readFile(file, 'utf8')).toBe('original\n');
    expect(await readdir(dir)).toEqual(['ladder.yaml']);
  });

  it('explains a folder it may not write to', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'original\n');
    const steps: WriteSteps = { ...realSteps, open: async () => Promise.reject(failing('EACCES')) };
    const result = await atomicWrite(file, 'new', { steps });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/not allowed to write in .*Save As/) });
    expect(await readFile(file, 'utf8')).toBe('original\n');
  });

  it('explains a read-only drive', async () => {
    const dir = await tempFolder();
    const steps: WriteSteps = { ...realSteps, open: async () => Promise.reject(failing('EROFS')) };
    const result = await atomicWrite(path.join(dir, 'x.yaml'), 'new', { steps });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('read-only') });
  });

  it('refuses to recreate a file that was deleted since it was opened', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'gone.yaml');
    const result = await atomicWrite(file, 'text', { mustExist: true, backup: true });
    expect(result).toEqual({ ok: false, message: expect.stringContaining('deleted or moved') });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder that no longer exists', async () => {
    const dir = await tempFolder();
    const result = await atomicWrite(path.join(dir, 'missing', 'x.yaml'), 'text');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('no longer exists') });
  });

  it('keeps the file permissions of the original', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempFolder();
    const file = path.join(dir, 'private.yaml');
    await writeFile(file, 'secret\n');
    await chmod(file, 0o600);
    await atomicWrite(file, 'still secret\n', { backup: true });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('saves through a symbolic link into the file it points to, keeping the link', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempFolder();
    const real = path.join(dir, 'real');
    const links = path.join(dir, 'links');
    await mkdir(real);
    await mkdir(links);
    const target = path.join(real, 'ladder.yaml');
    const link = path.join(links, 'ladder.yaml');
    await writeFile(target, 'version: 1\n');
    await symlink(target, link);

    expect(await atomicWrite(link, 'version: 2\n', { backup: true, mustExist: true })).toEqual({ ok: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('version: 2\n');
    // The backup and the temp files live beside the real file, not beside the link.
    expect((await readdir(real)).sort()).toEqual(['ladder.yaml', 'ladder.yaml.bak']);
    expect(await readFile(path.join(real, 'ladder.yaml.bak'), 'utf8')).toBe('version: 1\n');
    expect(await readdir(links)).toEqual(['ladder.yaml']);
  });
});
