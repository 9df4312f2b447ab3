import { rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExternalChange } from '../../../host-api/api.ts';
import { atomicWrite } from '../../../node/atomic-write.ts';
import { FileWatcher } from '../../../node/file-watcher.ts';
import { eventually, useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();
const watchers: FileWatcher[] = [];
afterEach(() => watchers.splice(0).forEach((w) => w.close()));

function watcher(): { changes: ExternalChange[]; watcher: FileWatcher } {
  const changes: ExternalChange[] = [];
  const w = new FileWatcher((c) => changes.push(c), { settleMs: 50 });
  watchers.push(w);
  return { changes, watcher: w };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FileWatcher', () => {
  it('reports a change another program made, with the new text, once', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'v1\n');
    const { changes, watcher: w } = watcher();
    w.watchDocument('doc-1', file, 'v1\n');
    await writeFile(file, 'v2 from another editor\n');
    await eventually(() => expect(changes).toEqual([{ documentId: 'doc-1', text: 'v2 from another editor\n' }]));
    await pause(300);
    expect(changes).toHaveLength(1);
  });

  it('keeps watching after editors replace the file by renaming over it', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'v1\n');
    const { changes, watcher: w } = watcher();
    w.watchDocument('doc-1', file, 'v1\n');
    await writeFile(path.join(dir, 'tmp'), 'v2\n');
    await rename(path.join(dir, 'tmp'), file);
    await eventually(() => expect(changes.at(-1)).toEqual({ documentId: 'doc-1', text: 'v2\n' }));
    await writeFile(file, 'v3\n');
    await eventually(() => expect(changes.at(-1)).toEqual({ documentId: 'doc-1', text: 'v3\n' }));
  });

  it('stays quiet about our own saves and about touches that change nothing', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'v1\n');
    const { changes, watcher: w } = watcher();
    w.watchDocument('doc-1', file, 'v1\n');
    w.noteText('doc-1', 'saved by us\n');
    await atomicWrite(file, 'saved by us\n', { backup: true });
    await writeFile(path.join(dir, 'other.yaml'), 'unrelated');
    await writeFile(file, 'saved by us\n');
    await pause(400);
    expect(changes).toEqual([]);
  });

  it('reports a deleted file as null text', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'v1\n');
    const { changes, watcher: w } = watcher();
    w.watchDocument('doc-1', file, 'v1\n');
    await rm(file);
    await eventually(() => expect(changes).toEqual([{ documentId: 'doc-1', text: null }]));
  });

  it('stops reporting once unwatched', async () => {
    const dir = await tempFolder();
    const file = path.join(dir, 'ladder.yaml');
    await writeFile(file, 'v1\n');
    const { changes, watcher: w } = watcher();
    w.watchDocument('doc-1', file, 'v1\n');
    w.unwatch('doc-1');
    await writeFile(file, 'v2\n');
    await pause(300);
    expect(changes).toEqual([]);
  });
});
