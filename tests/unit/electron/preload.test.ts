import { describe, expect, it, vi } from 'vitest';
import type { RungsApi } from '../../../host-api/api.ts';
import { channels, events } from '../../../host-api/channels.ts';

// The preload runs in Electron's sandbox; here its only import, `electron`, is a recording fake.
const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  sent: [] as unknown[][],
  listeners: new Map<string, Set<(...args: unknown[]) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value) },
  webUtils: { getPathForFile: (file: { name: string }) => `/dropped/${file.name}` },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      fake.invoked.push(args);
      return null;
    },
    send: (...args: unknown[]) => void fake.sent.push(args),
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      if (!fake.listeners.has(channel)) fake.listeners.set(channel, new Set());
      fake.listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => fake.listeners.get(channel)?.delete(listener),
  },
}));

await import('../../../electron/preload/index.ts');
const api = fake.exposed.get('rungs') as RungsApi;

describe('preload bridge', () => {
  it('exposes one object, window.rungs, of kind electron, and nothing generic', () => {
    expect([...fake.exposed.keys()]).toEqual(['rungs']);
    expect(api.kind).toBe('electron');
    for (const generic of ['invoke', 'send', 'on', 'ipcRenderer', 'require']) expect(api).not.toHaveProperty(generic);
    // Pane sizes stay in the renderer's local storage; the bridge carries no unused channels.
    for (const unused of ['loadLayout', 'saveLayout']) expect(api).not.toHaveProperty(unused);
    expect(Object.values(channels)).not.toContain('rungs:window:save-layout');
    expect(Object.values(api).filter((v) => typeof v === 'function').length).toBe(Object.keys(api).length - 1);
  });

  it('sends each call on its own named channel with exactly its arguments', async () => {
    await api.save('doc-1', 'text', 'ladder.yaml');
    await api.exportDocument({ format: 'pdf', text: 't', baseName: 'b' });
    await api.openRecent('r1');
    await api.openDropped({ name: 'ladder.yaml' } as File);
    await api.openDropped({ name: 'backend.yaml' } as File, [{ name: 'core.yaml' } as File]);
    await api.openFolderDialog();
    await api.openFolderFile('f1');
    api.setDocumentState({ title: 'x', dirty: true, documentId: null });
    expect(fake.invoked).toEqual([
      [channels.save, 'doc-1', 'text', 'ladder.yaml'],
      [channels.exportDocument, { format: 'pdf', text: 't', baseName: 'b' }],
      [channels.openRecent, 'r1'],
      // The page hands over a File; only the preload can see its path.
      [channels.openDropped, '/dropped/ladder.yaml'],
      [channels.openDropped, '/dropped/backend.yaml', '/dropped/core.yaml'],
      [channels.openFolderDialog],
      [channels.openFolderFile, 'f1'],
    ]);
    expect(fake.sent).toEqual([[channels.setDocumentState, { title: 'x', dirty: true, documentId: null }]]);
  });

  it('gives listeners only the payload, and unsubscribing stops them', () => {
    const received: unknown[] = [];
    const stop = api.onMenuCommand((command) => received.push(command));
    const fire = (payload: unknown) => fake.listeners.get(events.menuCommand)?.forEach((l) => l({ sender: 'ipcRenderer!' }, payload));
    fire('save');
    stop();
    fire('open');
    expect(received).toEqual(['save']);
    expect(fake.listeners.get(events.menuCommand)?.size).toBe(0);
  });
});
