import { describe, expect, it } from 'vitest';
import { DraftStore, heartbeatIntervalMs, heartbeatStaleMs, lockedSessions, sessionLockName } from '../../../renderer/host/draft-store.ts';
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
      { draftId: newer, documentId: 'doc-2', name: 'other.yaml', text: 'rungs: 1\nname: x\n', savedAt: 2000, ending: 'crashed' },
      { draftId: older, documentId: null, name: 'ladder.yaml', text: 'rungs: 1\n', savedAt: 1000, ending: 'crashed' },
    ]);
    next.discard(older);
    expect(next.leftBehind().map((d) => d.draftId)).toEqual([newer]);
  });

  it('tells drafts of a reloaded or closed page from those of a crash', () => {
    const storage = memoryStore();
    const reloaded = new DraftStore(storage, 'reloaded', () => 1, newId);
    reloaded.save({ documentId: null, name: 'a.yaml', text: 'mine' });
    reloaded.end(); // pagehide: a reload or a closed tab
    const crashed = new DraftStore(storage, 'crashed', () => 2, newId);
    crashed.save({ documentId: null, name: 'b.yaml', text: 'lost' });
    const next = new DraftStore(storage, 'next', () => 60_000, newId);
    expect(next.leftBehind().map((d) => [d.name, d.ending])).toEqual([
      ['b.yaml', 'crashed'],
      ['a.yaml', 'closed'],
    ]);
    // A page restored from the back/forward cache is alive again, and no longer "closed".
    reloaded.resume();
    expect(storage.getItem('rungs.session-ended:reloaded')).toBeNull();
  });

  it('rewrites one draft in place as typing goes on', () => {
    const storage = memoryStore();
    const store = new DraftStore(storage, 's', () => 1, newId);
    const id = store.save({ documentId: null, name: 'a.yaml', text: 'one' });
    store.save({ draftId: id, documentId: null, name: 'a.yaml', text: 'two' });
    const later = new DraftStore(storage, 't');
    expect(later.leftBehind().map((d) => d.text)).toEqual(['two']);
  });

  it("never offers the draft of a tab that is still open, and offers it once that tab's heartbeat stops", () => {
    const storage = memoryStore();
    let now = 10_000;
    const clock = () => now;
    const first = new DraftStore(storage, 'tab-1', clock, newId);
    first.beat();
    first.save({ documentId: null, name: 'live.yaml', text: 'rungs: 1\n' });

    const second = new DraftStore(storage, 'tab-2', clock, newId);
    expect(second.leftBehind()).toEqual([]);
    // The first tab keeps beating while it lives.
    now += heartbeatIntervalMs;
    first.beat();
    now += heartbeatIntervalMs;
    expect(second.leftBehind()).toEqual([]);
    // Then it crashes: no more beats.
    now += heartbeatStaleMs;
    expect(second.leftBehind().map((d) => d.name)).toEqual(['live.yaml']);
    // Its heartbeat is cleared away; the draft stays until restored or discarded.
    expect(storage.getItem('rungs.session:tab-1')).toBeNull();
  });

  it('offers the drafts of a tab that closed normally at once', () => {
    const storage = memoryStore();
    const clock = () => 5000;
    const closing = new DraftStore(storage, 'tab-1', clock, newId);
    closing.beat();
    closing.save({ documentId: null, name: 'closed.yaml', text: 'x' });
    closing.end();
    expect(new DraftStore(storage, 'tab-2', clock, newId).leftBehind().map((d) => d.name)).toEqual(['closed.yaml']);
  });

  it('trusts Web Locks where the browser has them: a held lock is a live tab, whatever its heartbeat says', async () => {
    const storage = memoryStore();
    const clock = () => 1000;
    const crashed = new DraftStore(storage, 'crashed', clock, newId);
    crashed.beat(); // a fresh heartbeat, but its lock went with the tab
    crashed.save({ documentId: null, name: 'crashed.yaml', text: 'a' });
    const open = new DraftStore(storage, 'open', clock, newId);
    open.save({ documentId: null, name: 'open.yaml', text: 'b' });

    const locks = { query: () => Promise.resolve({ held: [{ name: sessionLockName('open') }, { name: 'someone-else' }, { name: sessionLockName('me') }] }) };
    const held = await lockedSessions(locks);
    expect(held).toEqual(new Set(['open', 'me']));
    const me = new DraftStore(storage, 'me', clock, newId);
    expect(me.leftBehind(held).map((d) => d.name)).toEqual(['crashed.yaml']);
    expect(await lockedSessions(undefined)).toBeUndefined();
    expect(await lockedSessions({ query: () => Promise.reject(new Error('denied')) })).toBeUndefined();
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
    const limited = {
      ...backing,
      get length() {
        return backing.length;
      },
      setItem(key: string, value: string) {
        if (value.length > 60_000) throw new DOMException('full', 'QuotaExceededError');
        backing.setItem(key, value);
      },
    };
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
