import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExternalChange, OpenedDocument, OpenedFolder, SaveOutcome } from '../../../host-api/api.ts';
import { channels } from '../../../host-api/channels.ts';
import { realSteps } from '../../../node/atomic-write.ts';
import { DocumentStore } from '../../../node/document-store.ts';
import { DraftStore } from '../../../node/drafts.ts';
import { FileWatcher } from '../../../node/file-watcher.ts';
// Type-only, so erased: the module itself is imported after the electron mock below.
import type { Studio } from '../../../electron/main/ipc.ts';
import { RecentFiles } from '../../../node/recent-files.ts';
import { WindowStateStore } from '../../../node/window-state.ts';
import { useTempFolders } from './temp-folder.ts';

// The IPC layer is thin wiring over Electron; here Electron is replaced by fakes that record the
// handlers and answer dialogs, so the wiring's checks run in plain Node.
const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  openPaths: [] as string[],
  savePath: undefined as string | undefined,
  saveDefaults: [] as string[],
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
    showSaveDialog: async (options: { defaultPath?: string }) => {
      fake.saveDefaults.push(options.defaultPath ?? '');
      return { canceled: !fake.savePath, filePath: fake.savePath ?? '' };
    },
    showMessageBox: async (options: { message: string; detail?: string }) => {
      fake.messages.push(`${options.message}: ${options.detail ?? ''}`);
      return { response: 0 };
    },
  },
  shell: { openExternal: async (url: string) => void fake.external.push(url) },
}));

const { forwardExternalChange, registerIpc } = await import('../../../electron/main/ipc.ts');
const tempFolder = useTempFolders();
const ours = { sender: { id: 1 }, senderFrame: { url: 'app://rungs/index.html', parent: null } };
// Each condition of the sender check on its own, then all at once: any one must be enough to refuse.
const strangers = {
  'our window showing a foreign page': { sender: { id: 1 }, senderFrame: { url: 'https://evil.example/', parent: null } },
  'another webContents at our origin': { sender: { id: 2 }, senderFrame: { url: 'app://rungs/index.html', parent: null } },
  'a subframe of our own page': { sender: { id: 1 }, senderFrame: { url: 'app://rungs/index.html', parent: { url: 'app://rungs/index.html' } } },
  'another webContents at a foreign origin': { sender: { id: 2 }, senderFrame: { url: 'https://evil.example/', parent: null } },
};

function call<T = unknown>(channel: string, event: unknown, ...args: unknown[]): Promise<T> {
  const handler = fake.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, ...args) as T);
}

let data = '';
let states: unknown[] = [];
let saves: boolean[] = [];
let started = 0;

/** The studio the handlers run against; a test may register again with some parts replaced. */
function studioWith(drafts: DraftStore, overrides: Partial<Studio> = {}): Studio {
  return {
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
    saveStarted: () => (started += 1),
    saveFinished: (ok) => saves.push(ok),
    ...overrides,
  };
}

beforeEach(async () => {
  fake.handlers.clear();
  fake.listeners.clear();
  fake.openPaths = [];
  fake.savePath = undefined;
  fake.saveDefaults = [];
  fake.messages = [];
  fake.external = [];
  states = [];
  saves = [];
  started = 0;
  data = await tempFolder();
  const drafts = new DraftStore(path.join(data, 'drafts'));
  await drafts.init();
  registerIpc(studioWith(drafts));
});

describe('IPC handlers', () => {
  it('register a handler for every invoke channel of the contract', () => {
    const sendOnly = new Set<string>([channels.setDocumentState]);
    for (const channel of Object.values(channels)) {
      expect(sendOnly.has(channel) ? fake.listeners.has(channel) : fake.handlers.has(channel)).toBe(true);
    }
  });

  it.each(Object.entries(strangers))('reject every call from %s, before touching anything', async (_label, stranger) => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    fake.openPaths = [file];
    fake.savePath = path.join(data, 'written.yaml');
    for (const channel of fake.handlers.keys()) {
      await expect(call(channel, stranger, null, 'pwned', 'x.yaml')).rejects.toThrow('not the Rungs studio');
    }
    fake.listeners.get(channels.setDocumentState)?.(stranger, { title: 'pwned', dirty: false, documentId: null });
    expect(states).toEqual([]);
    expect(fake.messages).toEqual([]);
    expect(fake.saveDefaults).toEqual([]);
    // Refused before any save began: the close prompt hears nothing from a stranger.
    expect(started).toBe(0);
    await expect(readFile(fake.savePath)).rejects.toThrow();
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
    // The saved file's libraries are read again (none here), since its `include` may have changed.
    expect(saved).toEqual({ ok: true, documentId: opened.documentId, name: 'ladder.yaml', displayPath: file, libraries: [] });
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
      expect.stringContaining('is a binary file, not text'),
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

  it('log a document state they could not accept instead of dropping it silently', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      fake.listeners.get(channels.setDocumentState)?.(ours, { title: 'x', dirty: 'maybe', documentId: null });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining(channels.setDocumentState));
    } finally {
      warn.mockRestore();
    }
  });

  it('accept the title of a file with a very long name, so main still learns it is dirty', () => {
    const title = `• ${'n'.repeat(251)}.yaml — Rungs`;
    fake.listeners.get(channels.setDocumentState)?.(ours, { title, dirty: true, documentId: null });
    expect(states).toEqual([{ title, dirty: true, documentId: null }]);
  });

  it('save a file whose name holds a backslash, which Linux and macOS allow', async () => {
    if (process.platform === 'win32') return;
    const file = path.join(data, 'a\\b.yaml');
    await writeFile(file, 'rungs: 1\n');
    fake.openPaths = [file];
    const opened = await call<OpenedDocument>(channels.openDialog, ours);
    const saved = await call<SaveOutcome>(channels.save, ours, opened.documentId, 'rungs: 1\nname: B\n', opened.name);
    expect(saved).toMatchObject({ ok: true, name: 'a\\b.yaml' });
    expect(await readFile(file, 'utf8')).toBe('rungs: 1\nname: B\n');
  });

  it('suggest a name the platform accepts in the Save As dialog, rather than refusing the save', async () => {
    fake.savePath = path.join(data, 'chosen.yaml');
    expect(await call(channels.save, ours, null, 'rungs: 1\n', 'Q1/Q2 plan')).toMatchObject({ ok: true, name: 'chosen.yaml' });
    expect(fake.saveDefaults).toEqual(['Q1_Q2 plan.yaml']);
  });

  it('end a refused save too, so a close prompt waiting on it never stays armed', async () => {
    await expect(call(channels.save, ours, '/etc/passwd', 'x', 'a.yaml')).rejects.toThrow('malformed');
    await expect(call(channels.saveAs, ours, null, 42, 'a.yaml')).rejects.toThrow('malformed');
    expect(started).toBe(2);
    expect(saves).toEqual([false, false]);
  });

  it('refuse to overwrite a file another program changed, with a conflict the page can show', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    fake.openPaths = [file];
    const opened = await call<OpenedDocument>(channels.openDialog, ours);
    await writeFile(file, 'rungs: 1\nname: Theirs\n');
    const outcome = await call<SaveOutcome>(channels.save, ours, opened.documentId, 'rungs: 1\nname: Mine\n', 'ladder.yaml');
    expect(outcome).toEqual({
      ok: false,
      cancelled: false,
      conflict: true,
      message: 'The file changed on disk since you opened it. Reload it or use Save As…',
    });
    expect(await readFile(file, 'utf8')).toBe('rungs: 1\nname: Theirs\n');
    expect(saves).toEqual([false]);
  });

  it('save over an outside change once the page was told about it', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    const documents = new DocumentStore();
    const opened = await documents.open(file);
    const documentId = opened.ok ? (opened.document.documentId ?? '') : '';
    await writeFile(file, 'theirs\n');
    // No window to tell: the change was not shown, so it still counts as a conflict.
    forwardExternalChange({ documents }, { documentId, text: 'theirs\n' }, () => false);
    expect(await documents.save(documentId, 'mine\n')).toMatchObject({ ok: false, conflict: true });
    const sent: unknown[] = [];
    forwardExternalChange({ documents }, { documentId, text: 'theirs\n' }, (change) => sent.push(change) > 0);
    expect(sent).toEqual([{ documentId, text: 'theirs\n' }]);
    expect(await documents.save(documentId, 'mine\n')).toEqual({ ok: true, file });
  });

  it('never report their own save as an outside change, even while a slow disk flushes it', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let renamed = () => {};
    const afterRename = new Promise<void>((resolve) => (renamed = resolve));
    // The folder fsync runs after the rename: the new text is on disk, the save not finished yet.
    const documents = new DocumentStore({
      steps: {
        ...realSteps,
        syncFolder: async (folder) => {
          renamed();
          await gate;
          await realSteps.syncFolder(folder);
        },
      },
    });
    let fire: (filename: string | null) => void = () => {};
    const changes: ExternalChange[] = [];
    const watcher = new FileWatcher((change) => changes.push(change), {
      settleMs: 0,
      watch: (_folder, listener) => {
        fire = listener;
        return { close() {} };
      },
    });
    const drafts = new DraftStore(path.join(data, 'drafts'));
    await drafts.init();
    registerIpc(studioWith(drafts, { documents, watcher }));

    fake.openPaths = [file];
    const opened = await call<OpenedDocument>(channels.openDialog, ours);
    const saving = call<SaveOutcome>(channels.save, ours, opened.documentId, 'rungs: 1\nname: Mine\n', 'ladder.yaml');
    await afterRename;
    fire('ladder.yaml');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toEqual([]);
    release();
    expect(await saving).toMatchObject({ ok: true });
    expect(changes).toEqual([]);
  });

  it('go back to expecting the text on disk when a save fails', async () => {
    const file = path.join(data, 'ladder.yaml');
    await writeFile(file, 'rungs: 1\n');
    const documents = new DocumentStore({
      steps: { ...realSteps, rename: async () => Promise.reject(Object.assign(new Error('x'), { code: 'EIO' })) },
    });
    let fire: (filename: string | null) => void = () => {};
    const changes: ExternalChange[] = [];
    const watcher = new FileWatcher((change) => changes.push(change), {
      settleMs: 0,
      watch: (_folder, listener) => {
        fire = listener;
        return { close() {} };
      },
    });
    const drafts = new DraftStore(path.join(data, 'drafts'));
    await drafts.init();
    registerIpc(studioWith(drafts, { documents, watcher }));
    fake.openPaths = [file];
    const opened = await call<OpenedDocument>(channels.openDialog, ours);
    expect(await call<SaveOutcome>(channels.save, ours, opened.documentId, 'lost\n', 'ladder.yaml')).toMatchObject({ ok: false, cancelled: false });
    // A touch that changes nothing is not an outside change: the file still holds what was opened.
    fire('ladder.yaml');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toEqual([]);
  });
});

describe('Open Folder', () => {
  async function orgFolder(): Promise<string> {
    const folder = path.join(data, 'ladders');
    await mkdir(path.join(folder, 'teams'), { recursive: true });
    await mkdir(path.join(folder, 'shared'), { recursive: true });
    await writeFile(path.join(folder, 'shared', 'core.yaml'), 'rungs: 1\nlevels: [{ id: L1 }]\n');
    await writeFile(path.join(folder, 'teams', 'backend.yaml'), 'rungs: 1\nname: Backend\ninclude: [../shared/core.yaml]\ntracks: []\n');
    await writeFile(path.join(folder, 'ci.yml'), 'stages: [test]\n');
    return folder;
  }

  it('lists the frameworks and libraries of the picked folder by opaque ids, never by path', async () => {
    fake.openPaths = [await orgFolder()];
    const listed = await call<OpenedFolder>(channels.openFolderDialog, ours);
    expect(listed.name).toBe('ladders');
    expect(listed.files.map(({ path: p, kind }) => ({ path: p, kind }))).toEqual([
      { path: 'shared/core.yaml', kind: 'library' },
      { path: 'teams/backend.yaml', kind: 'framework' },
    ]);
    expect(JSON.stringify(listed)).not.toContain(data);
  });

  it('opens a framework of the folder with its libraries, which may be anywhere inside that folder', async () => {
    fake.openPaths = [await orgFolder()];
    const listed = await call<OpenedFolder>(channels.openFolderDialog, ours);
    const backend = listed.files.find((f) => f.kind === 'framework')!;
    const opened = await call<OpenedDocument>(channels.openFolderFile, ours, backend.fileId);
    expect(opened.name).toBe('backend.yaml');
    expect(opened.libraries).toEqual([{ path: '../shared/core.yaml', text: 'rungs: 1\nlevels: [{ id: L1 }]\n' }]);
    // Opened on its own (no folder, no repository), the framework's own folder is the root: the library is outside it.
    fake.openPaths = [path.join(data, 'ladders', 'teams', 'backend.yaml')];
    const alone = await call<OpenedDocument>(channels.openDialog, ours);
    expect(alone.libraries).toBeUndefined();
  });

  it('read the libraries again on save: an include added in the editor resolves once the file is saved', async () => {
    const folder = await orgFolder();
    fake.openPaths = [folder];
    const listed = await call<OpenedFolder>(channels.openFolderDialog, ours);
    const backend = listed.files.find((f) => f.kind === 'framework')!;
    const opened = await call<OpenedDocument>(channels.openFolderFile, ours, backend.fileId);
    await writeFile(path.join(folder, 'teams', 'extra.yaml'), 'rungs: 1\ndimensions: [{ id: x, name: X }]\n');
    const text = opened.text.replace('include: [../shared/core.yaml]', 'include: [../shared/core.yaml, extra.yaml, gone.yaml]');
    const saved = await call<SaveOutcome>(channels.save, ours, opened.documentId, text, 'backend.yaml');
    expect(saved.ok && saved.libraries?.map((l) => l.path)).toEqual(['../shared/core.yaml', 'extra.yaml']);
    expect(saved.ok && saved.libraryProblems?.map((p) => [p.path, p.stage])).toEqual([['gone.yaml', 'read']]);
  });

  it('open the framework among files dropped together, whichever came first', async () => {
    const folder = await orgFolder();
    const library = path.join(folder, 'shared', 'core.yaml');
    const framework = path.join(folder, 'teams', 'backend.yaml');
    const opened = await call<OpenedDocument>(channels.openDropped, ours, library, path.join(folder, 'ci.yml'), framework);
    expect(opened.name).toBe('backend.yaml');
    const alone = await call<OpenedDocument>(channels.openDropped, ours, library);
    expect(alone.name).toBe('core.yaml');
    await expect(call(channels.openDropped, ours, ...Array.from({ length: 22 }, () => library))).rejects.toThrow('malformed');
  });

  it('forget the ids of the folder listed before, and refuse ids they never gave out', async () => {
    fake.openPaths = [await orgFolder()];
    const first = await call<OpenedFolder>(channels.openFolderDialog, ours);
    await call<OpenedFolder>(channels.openFolderDialog, ours);
    expect(await call(channels.openFolderFile, ours, first.files[0]!.fileId)).toBeNull();
    expect(await call(channels.openFolderFile, ours, 'never-given')).toBeNull();
    await expect(call(channels.openFolderFile, ours, '../../etc/passwd')).rejects.toThrow('malformed');
    fake.openPaths = [];
    expect(await call(channels.openFolderDialog, ours)).toBeNull();
  });
});
