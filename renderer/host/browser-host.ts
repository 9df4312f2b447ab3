import type {
  Draft,
  ExportOutcome,
  ExportProgress,
  ExternalChange,
  FolderEntry,
  IncludedFile,
  MenuCommand,
  OpenedDocument,
  OpenedFolder,
  RecentFile,
  RungsApi,
  SaveOutcome,
} from '../../host-api/api.ts';
import type { ExportFormatId, ExportSettings } from '../../core/render/index.ts';
import type { ExportAnswer } from '../state/check-protocol.ts';
import { exportInBrowser } from './browser-export.ts';
import { printHtml } from './print.ts';
import { DraftStore, heartbeatIntervalMs, lockedSessions, sessionLockName, type LockQuery } from './draft-store.ts';
import { download, fileAccess, isAbort, pickWithInput, yamlFiles, type FolderHandle, type WritableFileHandle } from './file-access.ts';
import { browserStore, type KeyValueStore } from './key-value-store.ts';
import { folderSearch, skippedInFolderSearch } from '../../core/include/folder-search.ts';
import { folderKind, frameworkWithLibraries, librariesBeside } from './picked-files.ts';
import { RecentStore } from './recent-store.ts';

/** A document this tab knows about: the file handle when the browser gave us one, and the last text read or written. */
interface OpenFile {
  name: string;
  handle?: WritableFileHandle;
  /** What is on disk as far as we know, for Revert and for telling our own writes from other programs'. */
  diskText: string;
  lastModified?: number;
  /** Set once the file could not be read, so its loss is reported once, not every poll. */
  missing?: boolean;
}

/** How often an open file is checked for changes made by another program. */
const watchIntervalMs = 2000;

function withExtension(name: string, ext: string): string {
  return /\.[a-z0-9]+$/i.test(name) ? name.replace(/\.[a-z0-9]+$/i, `.${ext}`) : `${name}.${ext}`;
}

function yamlName(name: string): string {
  return /\.ya?ml$/i.test(name) ? name : withExtension(name, 'yaml');
}

/** A framework or library of a picked folder, read when the folder is listed and again before it is used. */
interface FolderFileInMemory {
  name: string;
  path: string;
  text: string;
  kind: 'framework' | 'library';
  handle?: WritableFileHandle;
  lastModified?: number;
}

/** Reads a folder file again through its handle (a folder upload has none: its copy is all there is). */
async function refresh(file: FolderFileInMemory): Promise<void> {
  if (!file.handle) return;
  try {
    const fresh = await file.handle.getFile();
    if (fresh.size > maxFolderFileBytes) return;
    file.text = await fresh.text();
    file.lastModified = fresh.lastModified;
  } catch {
    // Gone or unreadable since the listing: the copy read then stands, and the check says what it finds.
  }
}

/** Files over 8 MiB are not read at all: core refuses text past 8 MB anyway, and reading one would stall the tab. */
const maxFolderFileBytes = 8 * 1024 * 1024;
const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Walks a picked folder (File System Access API) for frameworks and libraries. */
async function readFolderHandle(root: FolderHandle): Promise<{ files: FolderFileInMemory[]; truncated: boolean }> {
  const found: FolderFileInMemory[] = [];
  let entries = 0;
  let yaml = 0;
  let truncated = false;
  const walk = async (folder: FolderHandle, prefix: string, depth: number): Promise<void> => {
    for await (const entry of folder.values()) {
      if (truncated) return;
      entries += 1;
      if (entries > folderSearch.maxEntries || yaml > folderSearch.maxYamlFiles) {
        truncated = true;
        return;
      }
      if (skippedInFolderSearch(entry.name)) continue;
      if (entry.kind === 'directory') {
        if (depth < folderSearch.maxDepth) await walk(entry, `${prefix}${entry.name}/`, depth + 1);
      } else if (/\.ya?ml$/i.test(entry.name)) {
        yaml += 1;
        const file = await entry.getFile();
        if (file.size > maxFolderFileBytes) continue;
        const text = await file.text();
        const kind = folderKind(entry.name, text);
        if (kind) found.push({ name: entry.name, path: `${prefix}${entry.name}`, text, kind, handle: entry, lastModified: file.lastModified });
      }
    }
  };
  await walk(root, '', 0);
  return { files: found.sort(byPath), truncated };
}

/** The files of a folder uploaded through a file input, each with its path inside the folder. */
async function readUploadedFolder(files: readonly File[]): Promise<{ files: FolderFileInMemory[]; truncated: boolean }> {
  const found: FolderFileInMemory[] = [];
  let yaml = 0;
  for (const file of files) {
    const parts = file.webkitRelativePath.split('/').slice(1);
    if (parts.length === 0 || parts.some(skippedInFolderSearch) || !/\.ya?ml$/i.test(file.name) || file.size > maxFolderFileBytes) continue;
    yaml += 1;
    if (yaml > folderSearch.maxYamlFiles) return { files: found.sort(byPath), truncated: true };
    const text = await file.text();
    const kind = folderKind(file.name, text);
    if (kind) found.push({ name: file.name, path: parts.join('/'), text, kind, lastModified: file.lastModified });
  }
  return { files: found.sort(byPath), truncated: false };
}

/**
 * The host contract implemented with what a browser offers: file inputs or the File System
 * Access API to open, downloads or a save picker to save, local storage for recent files and
 * drafts, and the print dialog for PDF.
 */
export class BrowserHost implements RungsApi {
  readonly kind = 'browser' as const;
  private readonly files = new Map<string, OpenFile>();
  /** The folder last listed by Open Folder, by the ids handed to the page. */
  private readonly folder = new Map<string, FolderFileInMemory>();
  private readonly drafts: DraftStore;
  private readonly recent: RecentStore;
  private readonly progressListeners = new Set<(progress: ExportProgress) => void>();
  private readonly changeListeners = new Set<(change: ExternalChange) => void>();
  private dirty = false;
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  private worker: { exportText(text: string, settings: ExportSettings): Promise<ExportAnswer> } | undefined;

  constructor(store: KeyValueStore = browserStore(), sessionId: string = crypto.randomUUID()) {
    this.drafts = new DraftStore(store, sessionId);
    this.recent = new RecentStore(store);
    // Other tabs must see this one as alive, or they would offer its drafts as "recovered" (and
    // their Discard would delete this tab's copy). A Web Lock held for the tab's life is released
    // by the browser the moment the tab closes or crashes; the heartbeat covers browsers without it.
    this.drafts.beat();
    setInterval(() => this.drafts.beat(), heartbeatIntervalMs);
    if (typeof navigator !== 'undefined' && 'locks' in navigator) {
      navigator.locks.request(sessionLockName(sessionId), () => new Promise<void>(() => undefined)).catch(() => undefined);
    }
    window.addEventListener('pagehide', () => this.drafts.end());
    window.addEventListener('pageshow', () => this.drafts.resume());
    // The browser's own "Leave site?" prompt is the close prompt for unsaved changes.
    window.addEventListener('beforeunload', (event) => {
      if (!this.dirty) return;
      event.preventDefault();
      event.returnValue = '';
    });
  }

  async initialDocument(): Promise<OpenedDocument | null> {
    const last = this.recent.list()[0];
    if (!last || last.text === null) return null;
    return this.register(last.name, last.text, { libraries: last.libraries ?? [] });
  }

  /** Open: one framework, or a framework picked together with the libraries it includes. */
  async openDialog(): Promise<OpenedDocument | null> {
    const picker = fileAccess().showOpenFilePicker;
    if (picker) {
      try {
        const handles = await picker({ types: [yamlFiles], multiple: true });
        const files = await Promise.all(handles.map(async (handle) => ({ handle, file: await handle.getFile() })));
        const picked = await Promise.all(files.map(async ({ file }) => ({ name: file.name, path: file.name, text: await file.text() })));
        const chosen = frameworkWithLibraries(picked);
        if (!chosen) return null;
        const { handle, file } = files[picked.indexOf(chosen.main)]!;
        return this.register(file.name, chosen.main.text, { handle, lastModified: file.lastModified, libraries: chosen.libraries });
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
    }
    return this.openFiles(await pickWithInput('.yaml,.yml,application/x-yaml,text/yaml', true));
  }

  async openDropped(file: File, others: readonly File[] = []): Promise<OpenedDocument | null> {
    return this.openFiles([file, ...others]);
  }

  /** Files without handles (a file input, a drop): the framework among them and its libraries. */
  private async openFiles(files: readonly File[]): Promise<OpenedDocument | null> {
    const picked = await Promise.all(files.map(async (f) => ({ name: f.name, path: f.webkitRelativePath || f.name, text: await f.text() })));
    const chosen = frameworkWithLibraries(picked);
    return chosen ? this.register(chosen.main.name, chosen.main.text, { libraries: chosen.libraries }) : null;
  }

  /**
   * Open Folder: Chromium's folder picker (files opened from it save back in place), else a
   * folder upload through a file input. Lists the frameworks and libraries below the folder, as
   * `rungs validate <folder>` finds them.
   */
  async openFolderDialog(): Promise<OpenedFolder | null> {
    const picker = fileAccess().showDirectoryPicker;
    let name: string;
    let found: { files: FolderFileInMemory[]; truncated: boolean };
    if (picker) {
      let root: FolderHandle;
      try {
        root = await picker({ mode: 'readwrite' });
      } catch (error) {
        if (isAbort(error)) return null;
        throw error;
      }
      name = root.name;
      found = await readFolderHandle(root);
    } else {
      const files = await pickWithInput('', 'folder');
      if (files.length === 0) return null;
      name = files[0]!.webkitRelativePath.split('/')[0] || 'Folder';
      found = await readUploadedFolder(files);
    }
    this.folder.clear();
    const entries: FolderEntry[] = [];
    for (const file of found.files) {
      const fileId = crypto.randomUUID();
      this.folder.set(fileId, file);
      entries.push({ fileId, path: file.path, kind: file.kind });
    }
    return { name, files: entries, ...(found.truncated ? { truncated: true } : {}) };
  }

  async openFolderFile(fileId: string): Promise<OpenedDocument | null> {
    const entry = this.folder.get(fileId);
    if (!entry) return null;
    // What is on disk now, not what it held when the folder was listed: any of them may have been saved since.
    const files = [...this.folder.values()];
    await Promise.all(files.filter((f) => f === entry || f.kind === 'library').map(refresh));
    return this.register(entry.name, entry.text, { handle: entry.handle, lastModified: entry.lastModified, libraries: librariesBeside(entry.path, files) });
  }

  async recentFiles(): Promise<RecentFile[]> {
    return this.recent.list().map(({ recentId, name, displayPath }) => ({ recentId, name, displayPath }));
  }

  async openRecent(recentId: string): Promise<OpenedDocument | null> {
    const entry = this.recent.get(recentId);
    if (!entry || entry.text === null) return null;
    return this.register(entry.name, entry.text, { libraries: entry.libraries ?? [] });
  }

  async save(documentId: string | null, text: string, suggestedName: string): Promise<SaveOutcome> {
    const file = documentId ? this.files.get(documentId) : undefined;
    if (!documentId || !file?.handle) return this.saveAs(documentId, text, suggestedName);
    try {
      await this.write(file, text);
      this.recent.remember(file.name, file.name, text);
      return { ok: true, documentId, name: file.name, displayPath: file.name };
    } catch (error) {
      return { ok: false, cancelled: false, message: `Could not save ${file.name}: ${error instanceof Error ? error.message : String(error)}. Your changes are still here.` };
    }
  }

  async saveAs(documentId: string | null, text: string, suggestedName: string): Promise<SaveOutcome> {
    const name = yamlName(suggestedName);
    // The document becomes the new file: stop watching the old one on its behalf.
    const forget = () => {
      if (documentId) this.files.delete(documentId);
    };
    const picker = fileAccess().showSaveFilePicker;
    if (picker) {
      let handle: WritableFileHandle;
      try {
        handle = await picker({ suggestedName: name, types: [yamlFiles] });
      } catch (error) {
        if (isAbort(error)) return { ok: false, cancelled: true };
        return { ok: false, cancelled: false, message: `Could not choose where to save: ${error instanceof Error ? error.message : String(error)}.` };
      }
      forget();
      const doc = this.register(handle.name, text, { handle });
      const file = this.files.get(doc.documentId ?? '');
      try {
        if (file) await this.write(file, text);
      } catch (error) {
        return { ok: false, cancelled: false, message: `Could not save ${handle.name}: ${error instanceof Error ? error.message : String(error)}. Your changes are still here.` };
      }
      return { ok: true, documentId: doc.documentId ?? '', name: doc.name, displayPath: doc.displayPath };
    }
    // Without a save picker the file goes to the Downloads folder; later saves download again.
    download(name, text, 'application/x-yaml');
    forget();
    const doc = this.register(name, text);
    return { ok: true, documentId: doc.documentId ?? '', name, displayPath: `Downloads/${name}`, downloaded: true };
  }

  async revert(documentId: string): Promise<OpenedDocument | null> {
    const file = this.files.get(documentId);
    if (!file) return null;
    if (file.handle) {
      const fresh = await file.handle.getFile();
      file.diskText = await fresh.text();
      file.lastModified = fresh.lastModified;
    }
    return { documentId, name: file.name, displayPath: file.name, text: file.diskText };
  }

  async pickCsv(): Promise<{ name: string; text: string } | null> {
    const [file] = await pickWithInput('.csv,text/csv');
    return file ? { name: file.name, text: await file.text() } : null;
  }

  async exportDocument(request: Parameters<RungsApi['exportDocument']>[0]): Promise<ExportOutcome> {
    const report = (fraction: number | null, stage: string) => {
      for (const listener of this.progressListeners) listener({ format: request.format, fraction, stage });
    };
    report(0, 'Checking the framework');
    if (request.format === 'pdf') report(0.5, 'Opening the print dialog: choose "Save as PDF"');
    const settings: ExportSettings = { format: request.format, ...(request.tracks ? { tracks: request.tracks } : {}), ...(request.paper ? { paper: request.paper } : {}) };
    if (this.worker) {
      const answer = await this.worker.exportText(request.text, settings);
      if (!answer.ok) {
        report(1, 'Export stopped');
        return { ok: false, cancelled: false, message: answer.message };
      }
      if ('printHtml' in answer) {
        await printHtml(answer.printHtml);
        report(1, 'Print dialog opened');
        return { ok: true, displayPath: 'the print dialog' };
      }
      return this.download(request.baseName, answer.format, answer.data, report);
    }
    const content = await exportInBrowser(request);
    if (!content.ok) {
      report(1, 'Export stopped');
      return { ok: false, cancelled: false, message: content.message };
    }
    if (content.data === null) {
      report(1, 'Print dialog opened');
      return { ok: true, displayPath: 'the print dialog' };
    }
    return this.download(request.baseName, content.format.id, content.data, report);
  }

  /**
   * Exports from now on through the studio's check worker, with the model it already built for
   * the text, instead of checking the text again on the page.
   */
  exportThrough(worker: { exportText(text: string, settings: ExportSettings): Promise<ExportAnswer> }): void {
    this.worker = worker;
  }

  private async download(baseName: string, formatId: ExportFormatId, data: string, report: (fraction: number, stage: string) => void): Promise<ExportOutcome> {
    const { exportFormat } = await import('../../core/render/export.ts');
    const format = exportFormat(formatId);
    const fileName = `${baseName}.${format.extensions[0]}`;
    download(fileName, data, format.mimeType);
    report(1, 'Downloaded');
    return { ok: true, displayPath: `Downloads/${fileName}` };
  }

  onExportProgress(listener: (progress: ExportProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  async saveDraft(draft: Omit<Draft, 'draftId' | 'savedAt'> & { draftId?: string }): Promise<string> {
    return this.drafts.save(draft);
  }

  async pendingDrafts(): Promise<Draft[]> {
    const locks: LockQuery | undefined = typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
    return this.drafts.leftBehind(await lockedSessions(locks));
  }

  async discardDraft(draftId: string): Promise<void> {
    this.drafts.discard(draftId);
  }

  setDocumentState(state: { title: string; dirty: boolean; documentId: string | null }): void {
    document.title = state.title;
    this.dirty = state.dirty;
  }

  onMenuCommand(_listener: (command: MenuCommand) => void): () => void {
    // A browser tab has no native menu: the toolbar and keyboard shortcuts call the studio directly.
    return () => undefined;
  }

  onExternalChange(listener: (change: ExternalChange) => void): () => void {
    this.changeListeners.add(listener);
    this.watchTimer ??= setInterval(() => void this.checkForChanges(), watchIntervalMs);
    return () => {
      this.changeListeners.delete(listener);
      if (this.changeListeners.size === 0 && this.watchTimer !== undefined) {
        clearInterval(this.watchTimer);
        this.watchTimer = undefined;
      }
    };
  }

  async openExternal(url: string): Promise<void> {
    if (!/^(https?:|mailto:)/i.test(url)) return;
    window.open(url, '_blank', 'noopener,noreferrer');
  }

  private register(name: string, text: string, from: { handle?: WritableFileHandle; lastModified?: number; libraries?: readonly IncludedFile[] } = {}): OpenedDocument {
    const documentId = crypto.randomUUID();
    const { handle, lastModified, libraries } = from;
    this.files.set(documentId, { name, handle, diskText: text, lastModified });
    this.recent.remember(name, name, text, libraries);
    return { documentId, name, displayPath: name, text, ...(libraries !== undefined ? { libraries } : {}) };
  }

  private async write(file: OpenFile, text: string): Promise<void> {
    if (!file.handle) throw new Error('this file cannot be written from the browser');
    const writable = await file.handle.createWritable();
    await writable.write(text);
    await writable.close();
    file.diskText = text;
    file.lastModified = (await file.handle.getFile()).lastModified;
  }

  /** Compares each open file with its disk version; another program's edit is reported once. */
  private async checkForChanges(): Promise<void> {
    for (const [documentId, file] of this.files) {
      if (!file.handle) continue;
      let fresh: File;
      try {
        fresh = await file.handle.getFile();
      } catch {
        if (!file.missing) {
          file.missing = true;
          for (const listener of this.changeListeners) listener({ documentId, text: null });
        }
        continue;
      }
      file.missing = false;
      if (fresh.lastModified === file.lastModified) continue;
      file.lastModified = fresh.lastModified;
      const text = await fresh.text();
      if (text === file.diskText) continue;
      file.diskText = text;
      for (const listener of this.changeListeners) listener({ documentId, text });
    }
  }
}
