import { readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../node/drafts.ts';
import { useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();

describe('DraftStore', () => {
  it('restores what a crashed session left behind', async () => {
    const data = await tempFolder();
    const folder = path.join(data, 'drafts');
    let clock = 1_000;
    const crashed = new DraftStore(folder, { now: () => clock++ });
    await crashed.init();
    expect(await crashed.pending()).toEqual([]);
    const draftId = await crashed.save({ filePath: '/home/me/ladder.yaml', name: 'ladder.yaml', text: 'rungs: 1\nname: Acme\n' });
    await crashed.save({ draftId, filePath: '/home/me/ladder.yaml', name: 'ladder.yaml', text: 'rungs: 1\nname: Acme Eng\n' });
    const untitled = await crashed.save({ filePath: null, name: 'Untitled', text: 'rungs: 1\n' });
    // The session writing drafts does not offer its own drafts back to itself.
    expect(await crashed.pending()).toEqual([]);

    // Crash: the process dies without cleaning up; the next start reads the same folder.
    const next = new DraftStore(folder);
    await next.init();
    const pending = await next.pending();
    expect(pending.map((d) => d.draftId).sort()).toEqual([draftId, untitled].sort());
    expect(pending.find((d) => d.draftId === draftId)).toMatchObject({ filePath: '/home/me/ladder.yaml', text: 'rungs: 1\nname: Acme Eng\n' });
    // Newest first.
    expect(pending[0]?.draftId).toBe(untitled);

    await next.discard(draftId);
    expect((await next.pending()).map((d) => d.draftId)).toEqual([untitled]);
    expect(await readdir(folder)).toEqual([`${untitled}.json`]);
  });

  it('clears a file\'s drafts once that file is saved, and all of them on Don\'t Save', async () => {
    const folder = path.join(await tempFolder(), 'drafts');
    const store = new DraftStore(folder);
    await store.init();
    await store.save({ filePath: '/a.yaml', name: 'a.yaml', text: 'a' });
    const b = await store.save({ filePath: '/b.yaml', name: 'b.yaml', text: 'b' });
    await store.discardForFile('/a.yaml');
    expect(await readdir(folder)).toEqual([`${b}.json`]);
    await store.discardSession();
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps using the id the renderer proposes, so debounced saves rewrite one draft', async () => {
    const folder = path.join(await tempFolder(), 'drafts');
    const store = new DraftStore(folder);
    await store.init();
    const proposed = '5b0e6a52-8f7e-4c1d-9a0b-2f4c6d8e0a1b';
    expect(await store.save({ draftId: proposed, filePath: null, name: 'x', text: 'a' })).toBe(proposed);
    expect(await store.save({ draftId: proposed, filePath: null, name: 'x', text: 'ab' })).toBe(proposed);
    expect(await readdir(folder)).toEqual([`${proposed}.json`]);
    await store.discard(proposed);
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps the latest text when saves of one draft overlap', async () => {
    const folder = path.join(await tempFolder(), 'drafts');
    const store = new DraftStore(folder);
    await store.init();
    const id = await store.save({ filePath: null, name: 'x', text: 'v0' });
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save({ draftId: id, filePath: null, name: 'x', text: `v${i + 1}` })));
    const reopened = new DraftStore(folder);
    expect((await reopened.pending())[0]?.text).toBe('v20');
  });

  it('ignores forged ids, foreign files and corrupted drafts', async () => {
    const folder = path.join(await tempFolder(), 'drafts');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notes.txt'), 'not a draft');
    await writeFile(path.join(folder, '00000000-0000-4000-8000-000000000000.json'), '{ broken');
    const store = new DraftStore(folder);
    await store.init();
    expect(await store.pending()).toEqual([]);
    // An id that is not a UUID gets a fresh one instead of naming an arbitrary file.
    const id = await store.save({ draftId: '../../escape', filePath: null, name: 'x', text: 'y' });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await readdir(folder)).sort()).toEqual(['00000000-0000-4000-8000-000000000000.json', `${id}.json`, 'notes.txt'].sort());
    await store.discard('../notes');
    expect((await readdir(folder)).sort()).toContain('notes.txt');
  });
});
