import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../renderer/host/draft-store.ts';
import { memoryStore } from '../../../renderer/host/key-value-store.ts';
import { RecentStore, maxKeptChars, maxRecent } from '../../../renderer/host/recent-store.ts';

let ids = 0;
const newId = () => `id-${(ids += 1)}`;

describe('drafts in local storage', () => {
  it('offers a crashed session its drafts on the next start, newest first, and never its own', () => {
    const storage = memoryStore();
    let now = 1000;
    const crashed = new DraftStore(storage, 'session-1', () => now, newId);
    const older = crashed.save({ documentId: null, name: 'ladder.yaml', text: 'rungs: 1\n' });
    now = 2000;
    const newer = crashed.save({ documentId: 'doc-2', name: 'other.yaml', text: 'rungs: 1\nname: x\n' });
    expect(crashed.leftBehind()).toEqual([]);

    const next = new DraftStore(storage, 'session-2', () => now, newId);
    expect(next.leftBehind()).toEqual([
      { draftId: newer, documentId: 'doc-2', name: 'other.yaml', text: 'rungs: 1\nname: x\n', savedAt: 2000 },
      { draftId: older, documentId: null, name: 'ladder.yaml', text: 'rungs: 1\n', savedAt: 1000 },
    ]);
    next.discard(older);
    expect(next.leftBehind().map((d) => d.draftId)).toEqual([newer]);
  });

  it('rewrites one draft in place as typing goes on', () => {
    const storage = memoryStore();
    const store = new DraftStore(storage, 's', () => 1, newId);
    const id = store.save({ documentId: null, name: 'a.yaml', text: 'one' });
    store.save({ draftId: id, documentId: null, name: 'a.yaml', text: 'two' });
    const later = new DraftStore(storage, 't');
    expect(later.leftBehind().map((d) => d.text)).toEqual(['two']);
  });

  it('ignores unreadable entries instead of failing to start', () => {
    const storage = memoryStore();
    storage.setItem('rungs.draft:broken', '{not json');
    storage.setItem('rungs.draft:wrong', JSON.stringify({ draftId: 3 }));
    expect(new DraftStore(storage, 's').leftBehind()).toEqual([]);
  });
});

describe('recent files in local storage', () => {
  it('lists the latest first, without duplicates, up to the limit', () => {
    let now = 0;
    const store = new RecentStore(memoryStore(), () => (now += 1), newId);
    for (let i = 0; i < maxRecent + 2; i += 1) store.remember(`f${i}.yaml`, `f${i}.yaml`, `text ${i}`);
    store.remember('f3.yaml', 'f3.yaml', 'text 3 again');
    const list = store.list();
    expect(list).toHaveLength(maxRecent);
    expect(list[0]).toMatchObject({ name: 'f3.yaml', text: 'text 3 again' });
    expect(list.filter((e) => e.name === 'f3.yaml')).toHaveLength(1);
  });

  it('lists a very large file without keeping its text', () => {
    const store = new RecentStore(memoryStore());
    store.remember('huge.yaml', 'huge.yaml', 'x'.repeat(maxKeptChars + 1));
    expect(store.list()[0]).toMatchObject({ name: 'huge.yaml', text: null });
  });

  it('drops older texts rather than the newest entry when storage is full', () => {
    const backing = memoryStore();
    const limited = { ...backing, get length() { return backing.length; }, setItem(key: string, value: string) {
      if (value.length > 60_000) throw new DOMException('full', 'QuotaExceededError');
      backing.setItem(key, value);
    } };
    let now = 0;
    const store = new RecentStore(limited, () => (now += 1), newId);
    store.remember('old.yaml', 'old.yaml', 'o'.repeat(40_000));
    store.remember('new.yaml', 'new.yaml', 'n'.repeat(40_000));
    const [latest, older] = store.list();
    expect(latest).toMatchObject({ name: 'new.yaml' });
    expect(latest?.text).toHaveLength(40_000);
    expect(older).toMatchObject({ name: 'old.yaml', text: null });
  });
});
