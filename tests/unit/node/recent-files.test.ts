import { readFile, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecentFiles } from '../../../node/recent-files.ts';
import { useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();

describe('RecentFiles', () => {
  it('lists newest first, without duplicates, bounded, and persists across restarts', async () => {
    const dir = await tempFolder();
    const files = await Promise.all(['a', 'b', 'c', 'd'].map(async (n) => {
      const f = path.join(dir, `${n}.yaml`);
      await writeFile(f, 'rungs: 1\n');
      return f;
    }));
    const store = path.join(dir, 'data', 'recent.json');
    const recent = new RecentFiles(store, { max: 3 });
    for (const f of files) await recent.add(f);
    await recent.add(files[1] ?? '');
    const listed = await recent.list();
    expect(listed.map((r) => r.name)).toEqual(['b.yaml', 'd.yaml', 'c.yaml']);
    expect(listed[0]?.recentId).toMatch(/^[0-9a-f]{24}$/);

    const restarted = new RecentFiles(store, { max: 3 });
    expect((await restarted.list()).map((r) => r.displayPath)).toEqual([files[1], files[3], files[2]]);
    expect(await restarted.pathOf(listed[1]?.recentId ?? '')).toBe(files[3]);
    expect(await restarted.pathOf('unknown')).toBeUndefined();
    expect(await restarted.mostRecent()).toBe(files[1]);
  });

  it('prunes files that were deleted or moved', async () => {
    const dir = await tempFolder();
    const keep = path.join(dir, 'keep.yaml');
    const gone = path.join(dir, 'gone.yaml');
    await writeFile(keep, '');
    await writeFile(gone, '');
    const store = path.join(dir, 'recent.json');
    const recent = new RecentFiles(store);
    await recent.add(keep);
    await recent.add(gone);
    await rm(gone);
    expect((await recent.list()).map((r) => r.name)).toEqual(['keep.yaml']);
    expect(JSON.parse(await readFile(store, 'utf8'))).toEqual({ files: [keep] });
  });

  it('survives a corrupted or hand-edited list', async () => {
    const dir = await tempFolder();
    const store = path.join(dir, 'recent.json');
    await writeFile(store, JSON.stringify({ files: ['relative.yaml', 42, path.join(dir, 'x.yaml'), path.join(dir, 'x.yaml')] }));
    const recent = new RecentFiles(store, { exists: async () => true });
    expect((await recent.list()).map((r) => r.displayPath)).toEqual([path.join(dir, 'x.yaml')]);
    await writeFile(store, '{ not json');
    expect(await new RecentFiles(store).list()).toEqual([]);
  });
});
