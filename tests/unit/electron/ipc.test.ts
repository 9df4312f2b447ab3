import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenedDocument, SaveOutcome } from '../../../electron/api.ts';
import { channels } from '../../../electron/channels.ts';
import { DocumentStore } from '../../../electron/main/document-store.ts';
import { DraftStore } from '../../../electron/main/drafts.ts';
import { FileWatcher } from '../../../electron/main/file-watcher.ts';
import { RecentFiles } from '../../../electron/main/recent-files.ts';
import { WindowStateStore } from '../../../electron/main/window-state.ts';
import { useTempFolders } from './temp-folder.ts';

// The IPC layer is thin wiring over Electron; here Electron is replaced by fakes that record the
// handlers and answer dialogs, so the wiring's checks run in plain Node.
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  openPaths: [] as string[],
  savePath: undefined as string | undefined,
  messages: [] as string[],
  external: [] as string[],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => fake.handlers.set(channel, handler),
    on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) => fake.listeners.set(channel, listener),
  },
  dialog: {
    showOpenDialog: async () => ({ canceled: fake.openPaths.length === 0, filePaths: fake.openPaths }),
    showSaveDialog: async () => ({ canceled: !fake.savePath, filePath: fake.savePath ?? '' }),
    showMessageBox: async (options: { message: string; detail?: string }) => {
      fake.messages.push(`${options.message}: ${options.detail ?? ''}`);
      return { response: 0 };
    },
  },
  shell: { openExternal: async (url: string) => void fake.external.push(url) },
}));

const { registerIpc } = await import('../../../electron/main/ipc.ts');
const tempFolder = useTempFolders();
const ours = { sender: { id: 1 }, senderFrame: { url: 'app://rungs/index.html', parent: null } };
const stranger = { sender: { id: 2 }, senderFrame: { url: 'https://evil.example/', parent: null } };

function call<T = unknown>(channel: string, event: unknown, ...args: unknown[]): Promise<T> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, ...args) as T);
}

let data = '';
let states: unknown[] = [];
let saves: boolean[] = [];

beforeEach(async () => {
  fake.handlers.clear();
  fake.listeners.clear();
  fake.openPaths = [];
  fake.savePath = undefined;
  fake.messages = [];
  fake.external = [];
  states = [];
  saves = [];
  data = await tempFolder();
  const drafts = new DraftStore(path.join(data, 'drafts'));
  await drafts.init();
  registerIpc({
    window: () => undefined,
    trusted: { webContentsIds: () => [1], origins: ['app://rungs'] },
    documents: new DocumentStore(),
    drafts,
    recent: new RecentFiles(path.join(data, 'recent.json')),
    watcher: new FileWatcher(() => {}),
    windowState: new WindowStateStore(path.join(data, 'window.json')),
    print: async () => new TextEncoder().encode('%PDF'),
    takeLaunchFile: () => undefined,
    recentChanged: () => {},
    documentStateChanged: (state) => states.push(state),
    saveFinished: (ok) => saves.push(ok),
  });
});

describe('IPC handlers', () => {
  it('register a handler for every invoke channel of the contract', () => {
    const sendOnly = new Set<string>([channels.setDocumentState, channels.saveLayout]);
    for (const channel of Object.values(channels)) {
      expect(sendOnly.has(channel) ? fake.listeners.has(channel) : fake.handlers.has(channel)).toBe(true);
    }
  });

  it('reject every call from a page that is not ours, before touching anything', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    fake.openPaths = [file];
    for (const channel of fake.handlers.keys()) {
      await expect(call(channel, stranger)).rejects.toThrow('not the Rungs studio');
    }
    fake.listeners.get(channels.setDocumentState)?.(stranger, { title: 'pwned', dirty: false, documentId: null });
    expect(states).toEqual([]);
    expect(fake.messages).toEqual([]);
  });

  it('reject malformed arguments', async () => {
    await expect(call(channels.save, ours, '/etc/passwd', 'x', 'a.yaml')).rejects.toThrow('malformed');
    await expect(call(channels.exportDocument, ours, { format: 'exe', text: '', baseName: 'x' })).rejects.toThrow('malformed');
    await expect(call(channels.openExternal, ours, 'file:///etc/passwd')).rejects.toThrow('malformed');
    await expect(call(channels.openRecent, ours)).rejects.toThrow('malformed');
    await expect(call(channels.openDropped, ours, 'relative.yaml')).rejects.toThrow('malformed');
    expect(fake.external).toEqual([]);
  });

  it('open through the dialog, save with a backup, and save as a new file', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    fake.openPaths = [file];
    const opened = await call<OpenedDocument>(channels.openDialog, ours);
    expect(opened).toMatchObject({ name: 'ladder.yaml', text: 'rungs: 1\n', displayPath: file });

    const saved = await call<SaveOutcome>(channels.save, ours, opened.documentId, 'rungs: 1\nname: Acme\n', 'ladder.yaml');
    expect(saved).toEqual({ ok: true, documentId: opened.documentId, name: 'ladder.yaml', displayPath: file });
    expect(await readFile(file, 'utf8')).toBe('rungs: 1\nname: Acme\n');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('rungs: 1\n');

    fake.savePath = path.join(data, 'copy.yaml');
    const copy = await call<SaveOutcome>(channels.saveAs, ours, opened.documentId, 'copy\n', 'ladder.yaml');
    expect(copy).toMatchObject({ ok: true, name: 'copy.yaml' });
    expect(await readFile(fake.savePath, 'utf8')).toBe('copy\n');
    const recent = await call<{ name: string }[]>(channels.recentFiles, ours);
    expect(recent.map((r) => r.name)).toEqual(['copy.yaml', 'ladder.yaml']);
  });

  it('turn a cancelled dialog into a cancelled outcome, and an untitled save into Save As', async () => {
    expect(await call(channels.openDialog, ours)).toBeNull();
    expect(await call(channels.save, ours, null, 'x', 'Untitled')).toEqual({ ok: false, cancelled: true });
    fake.savePath = path.join(data, 'Untitled.yaml');
    expect(await call(channels.save, ours, null, 'rungs: 1\n', 'Untitled')).toMatchObject({ ok: true, name: 'Untitled.yaml' });
    // The close prompt hears how each save ended: it closes the window only after a real save.
    expect(saves).toEqual([false, true]);
  });

  it('explain files they will not open instead of failing silently', async () => {
    const binary = path.join(data, 'photo.yaml');
    await writeFile(binary, Buffer.from([0, 1, 2, 3]));
    expect(await call(channels.openDropped, ours, binary)).toBeNull();
    expect(await call(channels.openDropped, ours, path.join(data, 'notes.txt'))).toBeNull();
    expect(fake.messages).toEqual([
      expect.stringContaining('looks like a binary file'),
      expect.stringContaining('Rungs opens YAML files ending in .yaml or .yml'),
    ]);
  });

  it('refuse to export a framework with errors before asking where to save it', async () => {
    fake.savePath = path.join(data, 'out.html');
    const outcome = await call(channels.exportDocument, ours, { format: 'html', text: 'rungs: 1\nlevels: 3\n', baseName: 'out' });
    expect(outcome).toMatchObject({ ok: false, cancelled: false, message: expect.stringContaining('not exported') });
    await expect(readFile(fake.savePath)).rejects.toThrow();
  });

  it('keep drafts of an open file tied to it across the restart mapping', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    fake.openPaths = [file];
    const opened = await call<OpenedDocument>(channels.openDialog, ours);
    const draftId = await call<string>(channels.saveDraft, ours, { documentId: opened.documentId, name: 'ladder.yaml', text: 'unsaved edit' });
    expect(draftId).toMatch(/^[0-9a-f-]{36}$/);
    // Saving the file clears its draft: nothing is left to restore after a clean save.
    await call(channels.save, ours, opened.documentId, 'unsaved edit', 'ladder.yaml');
    const next = new DraftStore(path.join(data, 'drafts'));
    expect(await next.pending()).toEqual([]);
  });

  it('pass only http(s) and mailto links to the OS browser', async () => {
    await call(channels.openExternal, ours, 'https://example.com/');
    expect(fake.external).toEqual(['https://example.com/']);
  });

  it('forward the title and dirty flag from our page only', () => {
    fake.listeners.get(channels.setDocumentState)?.(ours, { title: 'ladder.yaml', dirty: true, documentId: null });
    fake.listeners.get(channels.setDocumentState)?.(ours, { title: 'x', dirty: 'maybe', documentId: null });
    expect(states).toEqual([{ title: 'ladder.yaml', dirty: true, documentId: null }]);
  });
});
