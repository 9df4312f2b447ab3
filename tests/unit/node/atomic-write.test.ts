import { chmod, lstat, mkdir, readdir, readFile, realpath, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite, backupPathFor, realSteps, type WriteSteps } from '../../../node/atomic-write.ts';
import { useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();

function failing(code: string): Error {
  return Object.assign(new Error(`simulated ${code}`), { code });
}

describe('atomicWrite', () => {
  it('replaces the file and keeps the previous version as .bak', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    expect(await atomicWrite(file, 'version: 2\n', { backup: true })).toMatchObject({ ok: true });
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
    expect(await atomicWrite(file, 'rungs: 1\n', { backup: true })).toMatchObject({ ok: true });
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
    expect(result).toMatchObject({ ok: false, reason: 'no-space', message: expect.stringContaining('The disk is full') });
    expect(await readFile(file, 'utf8')).toBe('original\n');
    expect(await readdir(dir)).toEqual(['ladder.yaml']);
  });

  it('explains a folder it may not write to', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'original\n');
    const steps: WriteSteps = { ...realSteps, open: async () => Promise.reject(failing('EACCES')) };
    const result = await atomicWrite(file, 'new', { steps });
    expect(result).toMatchObject({ ok: false, reason: 'no-permission', message: expect.stringMatching(/not allowed to write in .*choose a folder you can write to/) });
    expect(await readFile(file, 'utf8')).toBe('original\n');
  });

  it('explains a read-only drive', async () => {
    const dir = await tempFolder();
    const steps: WriteSteps = { ...realSteps, open: async () => Promise.reject(failing('EROFS')) };
    const result = await atomicWrite(path.join(dir, 'x.yaml'), 'new', { steps });
    expect(result).toMatchObject({ ok: false, reason: 'read-only-drive', message: expect.stringContaining('read-only drive') });
  });

  it('refuses to recreate a file that was deleted since it was opened', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'gone.yaml');
    const result = await atomicWrite(file, 'text', { mustExist: true, backup: true });
    expect(result).toMatchObject({ ok: false, reason: 'deleted', message: expect.stringContaining('deleted or moved') });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a folder that no longer exists', async () => {
    const dir = await tempFolder();
    const result = await atomicWrite(path.join(dir, 'missing', 'x.yaml'), 'text');
    expect(result).toEqual({
      ok: false,
      reason: 'no-folder',
      message: `The folder ${path.join(dir, 'missing')} does not exist, so ${path.join(dir, 'missing', 'x.yaml')} was not written: create the folder first, or choose another one.`,
    });
    expect(await readdir(dir)).toEqual([]);
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

    expect(await atomicWrite(link, 'version: 2\n', { backup: true, mustExist: true })).toMatchObject({ ok: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('version: 2\n');
    // The backup and the temp files live beside the real file, not beside the link.
    expect((await readdir(real)).sort()).toEqual(['ladder.yaml', 'ladder.yaml.bak']);
    expect(await readFile(path.join(real, 'ladder.yaml.bak'), 'utf8')).toBe('version: 1\n');
    expect(await readdir(links)).toEqual(['ladder.yaml']);
  });

  it('creates the file a dangling symbolic link points to, keeping the link', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempFolder();
    const link = path.join(dir, 'ladder.yaml');
    await mkdir(path.join(dir, 'real'));
    await symlink('real/ladder.yaml', link);
    expect(await atomicWrite(link, 'new\n')).toEqual({ ok: true, file: path.join(await realpath(dir), 'real', 'ladder.yaml') });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'real', 'ladder.yaml'), 'utf8')).toBe('new\n');
  });

  it('follows a chain of links, and refuses a loop with a plain message', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempFolder();
    await writeFile(path.join(dir, 'real.yaml'), 'old\n');
    await symlink('real.yaml', path.join(dir, 'one.yaml'));
    await symlink('one.yaml', path.join(dir, 'two.yaml'));
    expect(await atomicWrite(path.join(dir, 'two.yaml'), 'new\n')).toMatchObject({ ok: true });
    expect(await readFile(path.join(dir, 'real.yaml'), 'utf8')).toBe('new\n');
    expect((await lstat(path.join(dir, 'two.yaml'))).isSymbolicLink()).toBe(true);

    await symlink('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
    await symlink('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
    expect(await atomicWrite(path.join(dir, 'loop-a.yaml'), 'x')).toMatchObject({ ok: false, reason: 'link-loop' });
  });

  it('refuses to replace a read-only file unless forced, and then keeps it read-only', async () => {
    if (process.platform === 'win32') return;
    const dir = await tempFolder();
    const file = path.join(dir, 'locked.yaml');
    await writeFile(file, 'old\n');
    await chmod(file, 0o444);
    expect(await atomicWrite(file, 'new\n')).toEqual({
      ok: false,
      reason: 'read-only-file',
      message: `${file} is read-only, so it was not replaced: make it writable first, or choose another file.`,
    });
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await atomicWrite(file, 'new\n', { force: true })).toMatchObject({ ok: true });
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
  });

  it('refuses a folder as the target, and names files as the caller asks', async () => {
    const dir = await tempFolder();
    await mkdir(path.join(dir, 'out.html'));
    expect(await atomicWrite(path.join(dir, 'out.html'), 'x', { displayName: 'out.html' })).toEqual({
      ok: false,
      reason: 'folder',
      message: 'out.html is a folder, not a file: give the name of a file to write.',
    });
    expect(await readdir(path.join(dir, 'out.html'))).toEqual([]);
  });

  it('keeps the previous file intact whichever step fails, with ENOSPC or EIO', async () => {
    const stepNames = ['open', 'write', 'sync', 'close', 'rename'] as const;
    for (const step of stepNames) {
      for (const code of ['ENOSPC', 'EIO']) {
        const dir = await tempFolder();
        const file = path.join(dir, 'ladder.yaml');
        await writeFile(file, 'previous\n');
        const steps: WriteSteps = { ...realSteps, [step]: async (...args: unknown[]) => {
          // close must still release the handle, or the temp file could not be removed.
          if (step === 'close') await realSteps.close(args[0] as Parameters<WriteSteps['close']>[0]);
          throw failing(code);
        } };
        const result = await atomicWrite(file, 'next\n', { steps });
        expect(result, `${step} ${code}`).toMatchObject({ ok: false, reason: code === 'ENOSPC' ? 'no-space' : 'io-error' });
        expect(await readFile(file, 'utf8')).toBe('previous\n');
        expect(await readdir(dir), `${step} ${code} leaves no temp file`).toEqual(['ladder.yaml']);
      }
    }
  });
});
