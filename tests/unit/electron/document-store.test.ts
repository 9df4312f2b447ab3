import { readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { realSteps } from '../../../electron/main/atomic-write.ts';
import { DocumentStore, readTextFile } from '../../../electron/main/document-store.ts';
import { useTempFolders } from './temp-folder.ts';

const tempFolder = useTempFolders();

describe('readTextFile', () => {
  it('reads UTF-8, drops a byte-order mark and keeps CRLF line endings', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'crlf.yaml');
    await writeFile(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name: Équipe\r\nrungs: 1\r\n')]));
    expect(await readTextFile(file)).toEqual({ ok: true, text: 'name: Équipe\r\nrungs: 1\r\n' });
  });

  it('refuses binary files, invalid UTF-8 and files over the size limit with plain messages', async () => {
    const dir = await tempFolder();
    const binary = path.join(dir, 'image.yaml');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await readTextFile(binary)).toEqual({ ok: false, message: 'image.yaml looks like a binary file, not YAML text.' });

    const latin1 = path.join(dir, 'latin1.yaml');
    await writeFile(latin1, Buffer.from('name: \xe9quipe\n', 'latin1'));
    expect(await readTextFile(latin1)).toEqual({ ok: false, message: expect.stringContaining('is not UTF-8 text') });

    const big = path.join(dir, 'big.yaml');
    await writeFile(big, 'x'.repeat(2048));
    expect(await readTextFile(big, 1024)).toEqual({ ok: false, message: expect.stringMatching(/^big\.yaml is .* MB; Rungs opens files up to/) });

    expect(await readTextFile(path.join(dir, 'nope.yaml'))).toEqual({ ok: false, message: expect.stringContaining('no longer exists') });
    expect(await readTextFile(dir)).toEqual({ ok: false, message: expect.stringContaining('is not a file') });
  });
});

describe('DocumentStore', () => {
  it('names files by opaque ids and gives the same file the same id', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    const store = new DocumentStore();
    const opened = await store.open(file);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.document).toMatchObject({ name: 'ladder.yaml', displayPath: file, text: 'rungs: 1\n' });
    expect(opened.document.documentId).toMatch(/^[0-9a-f-]{36}$/);
    expect(opened.document.documentId).not.toContain('ladder');
    const again = await store.open(path.join(dir, '.', 'ladder.yaml'));
    expect(again.ok && again.document.documentId).toBe(opened.document.documentId);
    expect(store.pathOf(opened.document.documentId ?? '')).toBe(file);
    expect(store.pathOf('made-up-id')).toBeUndefined();
  });

  it('saves atomically with a backup, and reverts to what is on disk', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    const store = new DocumentStore();
    const id = store.idFor(file);
    expect(await store.save(id, 'version: 2\n')).toEqual({ ok: true, file });
    expect(await readFile(file, 'utf8')).toBe('version: 2\n');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version: 1\n');
    await writeFile(file, 'changed elsewhere\n');
    const reverted = await store.revert(id);
    expect(reverted.ok && reverted.document.text).toBe('changed elsewhere\n');
  });

  it('keeps the original when a save fails, and says why', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'precious\n');
    const store = new DocumentStore({
      steps: { ...realSteps, rename: async () => Promise.reject(Object.assign(new Error('x'), { code: 'EPERM' })) },
    });
    const result = await store.save(store.idFor(file), 'new');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('not allowed to write') });
    expect(await readFile(file, 'utf8')).toBe('precious\n');
  });

  it('refuses a plain Save when the file was deleted meanwhile, and Save As gives a new id', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'x\n');
    const store = new DocumentStore();
    const id = store.idFor(file);
    await rm(file);
    expect(await store.save(id, 'y\n')).toEqual({ ok: false, message: expect.stringContaining('Save As') });
    expect(await store.save('unknown', 'y\n')).toEqual({ ok: false, message: expect.stringContaining('Save As') });
    const elsewhere = path.join(dir, 'copy.yaml');
    const saved = await store.saveAs(elsewhere, 'y\n');
    expect(saved).toMatchObject({ ok: true, file: elsewhere });
    expect(saved.ok && saved.documentId).not.toBe(id);
  });

  it('recognises framework files by extension only', () => {
    expect(DocumentStore.isFrameworkFile('/a/b/ladder.yaml')).toBe(true);
    expect(DocumentStore.isFrameworkFile('C:\\x\\LADDER.YML')).toBe(true);
    expect(DocumentStore.isFrameworkFile('/etc/passwd')).toBe(false);
    expect(DocumentStore.isFrameworkFile('/a/ladder.yaml.exe')).toBe(false);
  });
});
