import { readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH } from '../../../core/parse.ts';
import { realSteps, type WriteSteps } from '../../../node/atomic-write.ts';
import { conflictMessage, DocumentStore } from '../../../node/document-store.ts';
import { useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();

describe('DocumentStore.open', () => {
  it('reads through the safe reader and names the file by its base name', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'image.yaml');
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(await new DocumentStore().open(file)).toEqual({ ok: false, message: 'image.yaml is a binary file, not text: give the path of a framework file (.yaml).' });
  });

  it("refuses what core would refuse to check, instead of opening a file that can never be checked", async () => {
    const file = path.join(await tempFolder(), 'huge.yaml');
    await writeFile(file, `# ${'x'.repeat(MAX_TEXT_LENGTH)}\n`);
    const result = await new DocumentStore().open(file);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^huge\.yaml is 8 MB, over the 8 MB limit/) });
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

/** Steps whose fsync waits until the test lets it go, so two saves can overlap on purpose. */
function gatedSync(): { steps: WriteSteps; release: () => void; synced: Promise<void> } {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reached = () => {};
  const synced = new Promise<void>((resolve) => (reached = resolve));
  let first = true;
  const steps: WriteSteps = {
    ...realSteps,
    sync: async (handle: FileHandle) => {
      if (first) {
        first = false;
        reached();
        await gate;
      }
      await realSteps.sync(handle);
    },
  };
  return { steps, release, synced };
}

describe('DocumentStore saves', () => {
  it('runs two saves of one document in order, so the newer text lands last', async () => {
    const file = path.join(await tempFolder(), 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    const { steps, release, synced } = gatedSync();
    const store = new DocumentStore({ steps });
    const opened = await store.open(file);
    const id = opened.ok ? (opened.document.documentId ?? '') : '';
    const older = store.save(id, 'version: 2 (older)\n');
    await synced;
    // The older save is stuck flushing to a slow disk while the newer one comes in.
    const newer = store.save(id, 'version: 3 (newer)\n');
    await new Promise((resolve) => setTimeout(resolve, 30));
    release();
    expect(await older).toEqual({ ok: true, file });
    expect(await newer).toEqual({ ok: true, file });
    expect(await readFile(file, 'utf8')).toBe('version: 3 (newer)\n');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('version: 2 (older)\n');
  });

  it('refuses to overwrite a file another program changed since it was opened', async () => {
    const file = path.join(await tempFolder(), 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    const store = new DocumentStore();
    const opened = await store.open(file);
    const id = opened.ok ? (opened.document.documentId ?? '') : '';
    await writeFile(file, "someone else's work\n");
    let wrote = false;
    const result = await store.save(id, 'my version\n', { beforeWrite: () => (wrote = true) });
    expect(result).toEqual({ ok: false, conflict: true, message: conflictMessage });
    expect(conflictMessage).toBe('The file changed on disk since you opened it. Reload it or use Save As…');
    expect(wrote).toBe(false);
    expect(await readFile(file, 'utf8')).toBe("someone else's work\n");
  });

  it('saves again after its own save, after a reload, and once the user was told of the change', async () => {
    const file = path.join(await tempFolder(), 'ladder.yaml');
    await writeFile(file, 'version: 1\n');
    const store = new DocumentStore();
    const opened = await store.open(file);
    const id = opened.ok ? (opened.document.documentId ?? '') : '';
    // Its own save is what it knows now: saving twice is not a conflict.
    expect(await store.save(id, 'version: 2\n')).toEqual({ ok: true, file });
    expect(await store.save(id, 'version: 3\n')).toEqual({ ok: true, file });

    await writeFile(file, 'outside 1\n');
    expect(await store.revert(id)).toMatchObject({ ok: true });
    expect(await store.save(id, 'after reload\n')).toEqual({ ok: true, file });

    // The studio showed the outside change and the user chose to keep theirs: their call.
    await writeFile(file, 'outside 2\n');
    store.acknowledgeDiskText(id, 'outside 2\n');
    expect(await store.save(id, 'kept mine\n')).toEqual({ ok: true, file });
    expect(await readFile(file, 'utf8')).toBe('kept mine\n');
  });

  it('takes a Save As target as the known content from then on', async () => {
    const dir = await tempFolder();
    const store = new DocumentStore();
    const saved = await store.saveAs(path.join(dir, 'new.yaml'), 'a\n');
    if (!saved.ok) throw new Error(saved.message);
    expect(await store.save(saved.documentId, 'b\n')).toEqual({ ok: true, file: saved.file });
    await writeFile(saved.file, 'outside\n');
    expect(await store.save(saved.documentId, 'c\n')).toMatchObject({ ok: false, conflict: true });
  });
});
