import { dialog, ipcMain, shell, type BrowserWindow, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Draft, ExportOutcome, ExternalChange, FolderEntry, OpenedDocument, OpenedFolder, RecentFile, SaveOutcome } from '../../host-api/api.ts';
import { channels, events, maxDroppedWith } from '../../host-api/channels.ts';
import { DocumentStore } from '../../node/document-store.ts';
import { listFrameworkFolder } from '../../node/list-folder.ts';
import { classifyYaml } from '../../core/include/classify.ts';
import { readTextFile } from '../../node/read-text-file.ts';
import type { DraftStore } from '../../node/drafts.ts';
import { exportFormat } from '../../core/render/index.ts';
import { checkForExport, exportToFile, type PrintToPdf } from './exporter.ts';
import type { FileWatcher } from '../../node/file-watcher.ts';
import * as valid from './ipc-validation.ts';
import type { RecentFiles } from '../../node/recent-files.ts';
import type { WindowStateStore } from '../../node/window-state.ts';

/** What the IPC handlers work with; index.ts builds it once the app is ready. */
export interface Studio {
  window(): BrowserWindow | undefined;
  trusted: valid.TrustedSender;
  documents: DocumentStore;
  drafts: DraftStore;
  recent: RecentFiles;
  watcher: FileWatcher;
  windowState: WindowStateStore;
  print: PrintToPdf;
  /** A file the OS asked for before the renderer was ready (argv, macOS open-file). */
  takeLaunchFile(): string | undefined;
  /** Called after the recent list changes, so the Open Recent menu can be rebuilt. */
  recentChanged(): void;
  /** The renderer reported its title and dirty flag (title bar, close prompt). */
  documentStateChanged(state: { title: string; dirty: boolean; documentId: string | null }): void;
  /** A Save or Save As reached main (the close prompt may have asked for it). */
  saveStarted(): void;
  /** A Save or Save As ended (saved, failed, refused or cancelled): the close prompt may be waiting on it. */
  saveFinished(ok: boolean): void;
}

const frameworkFilters = [
  { name: 'Career frameworks', extensions: ['yaml', 'yml'] },
  { name: 'All files', extensions: ['*'] },
];

/**
 * Registers every handler of the contract. Each one checks its sender first and validates its
 * arguments second; a throw becomes a rejected promise in the renderer. The logic itself lives in
 * the plain modules; this file only wires them to dialogs and channels.
 */
export function registerIpc(studio: Studio): void {
  const handle = (channel: string, handler: (args: readonly unknown[]) => unknown) => {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      valid.assertTrustedSender(event, studio.trusted);
      return handler(args);
    });
  };
  const listen = (channel: string, handler: (args: readonly unknown[]) => void) => {
    ipcMain.on(channel, (event: IpcMainEvent, ...args: unknown[]) => {
      // Fire-and-forget messages have no promise to reject: a bad one is dropped.
      if (!valid.isTrustedSender(event, studio.trusted)) return;
      try {
        handler(args);
      } catch (error) {
        // Malformed payload from the renderer: dropped rather than crash main, but logged, because
        // a message main never acts on (the dirty flag, say) is a bug someone has to be able to find.
        console.warn(`Rungs ignored a message on ${channel}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  };

  handle(channels.initialDocument, async (args) => {
    valid.expectArgs(args, 0);
    const launchFile = studio.takeLaunchFile();
    if (launchFile) return openFile(studio, launchFile);
    const last = await studio.recent.mostRecent();
    // The last file failing to open is not worth a dialog at start-up: the studio starts fresh.
    return last ? openFile(studio, last, { quiet: true }) : null;
  });

  handle(channels.openDialog, async (args) => {
    valid.expectArgs(args, 0);
    const win = studio.window();
    const options = { title: 'Open a career framework', properties: ['openFile' as const], filters: frameworkFilters };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const file = result.filePaths[0];
    return result.canceled || !file ? null : openFile(studio, file);
  });

  handle(channels.openDropped, async (args) => {
    // The dropped file, then any dropped with it (a framework with its libraries: the framework is opened).
    valid.expectArgs(args, 1, 1 + maxDroppedWith);
    const file = await frameworkAmong(args.map((arg) => valid.droppedPath(arg)));
    if (!DocumentStore.isFrameworkFile(file)) {
      await showProblem(studio, `${path.basename(file)} is not a framework file`, 'Rungs opens YAML files ending in .yaml or .yml.');
      return null;
    }
    return openFile(studio, file);
  });

  // The files of the folder last opened, by opaque id: the page names a file by id, never by path.
  const folderFiles = new Map<string, { file: string; folder: string }>();

  handle(channels.openFolderDialog, async (args) => {
    valid.expectArgs(args, 0);
    const win = studio.window();
    const options = { title: 'Open a folder of career frameworks', properties: ['openDirectory' as const] };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const folder = result.filePaths[0];
    return result.canceled || !folder ? null : listFolder(folder, folderFiles);
  });

  handle(channels.openFolderFile, async (args) => {
    valid.expectArgs(args, 1);
    const entry = folderFiles.get(valid.opaqueId(args[0], 'folder file id'));
    return entry ? openFile(studio, entry.file, { includeRoot: entry.folder }) : null;
  });

  handle(channels.recentFiles, async (args): Promise<RecentFile[]> => {
    valid.expectArgs(args, 0);
    return studio.recent.list();
  });

  handle(channels.openRecent, async (args) => {
    valid.expectArgs(args, 1);
    const file = await studio.recent.pathOf(valid.opaqueId(args[0], 'recent file id'));
    return file ? openFile(studio, file) : null;
  });

  handle(channels.save, async (args): Promise<SaveOutcome> =>
    // Validation runs inside reportSave too: a save the close prompt asked for must end, even if refused.
    reportSave(studio, async () => {
      const { documentId, text, suggestedName } = valid.saveArgs(args);
      if (documentId === null || !studio.documents.pathOf(documentId)) return saveAs(studio, documentId, text, suggestedName);
      const before = studio.watcher.knownHash(documentId);
      const result = await studio.documents.save(documentId, text, {
        // Before the file changes, not after: the watcher may look at the new file while a slow
        // disk is still flushing, and must not mistake our own save for another program's.
        beforeWrite: () => studio.watcher.noteText(documentId, text),
      });
      if (!result.ok) {
        // Nothing was written: the watcher goes back to expecting what is really on disk.
        if (before !== undefined) studio.watcher.noteHash(documentId, before);
        return { ok: false, cancelled: false, message: result.message, ...(result.conflict ? { conflict: true as const } : {}) };
      }
      return saved(studio, documentId, result.file, text);
    }),
  );

  handle(channels.saveAs, async (args): Promise<SaveOutcome> =>
    reportSave(studio, async () => {
      const { documentId, text, suggestedName } = valid.saveArgs(args);
      return saveAs(studio, documentId, text, suggestedName);
    }),
  );

  handle(channels.revert, async (args) => {
    valid.expectArgs(args, 1);
    const documentId = valid.opaqueId(args[0], 'document id');
    const result = await studio.documents.revert(documentId);
    if (!result.ok) {
      await showProblem(studio, 'The file could not be reloaded', result.message);
      return null;
    }
    studio.watcher.noteText(documentId, result.document.text);
    return result.document;
  });

  handle(channels.pickCsv, async (args) => {
    valid.expectArgs(args, 0);
    const win = studio.window();
    const options = {
      title: 'Import a competency matrix',
      properties: ['openFile' as const],
      filters: [{ name: 'CSV spreadsheets', extensions: ['csv'] }, { name: 'All files', extensions: ['*'] }],
    };
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const file = result.filePaths[0];
    if (result.canceled || !file) return null;
    const read = await readTextFile(file, { kind: 'spreadsheet', displayName: path.basename(file) });
    if (!read.ok) {
      await showProblem(studio, 'The CSV file could not be opened', read.message);
      return null;
    }
    return { name: path.basename(file), text: read.text };
  });

  handle(channels.exportDocument, async (args): Promise<ExportOutcome> => {
    valid.expectArgs(args, 1);
    const request = valid.exportRequest(args[0]);
    // Refuse before asking where to save: a dialog followed by "there are errors" wastes a step.
    const checked = checkForExport(request);
    if (!checked.ok) return { ok: false, cancelled: false, message: checked.message };
    const type = exportFormat(request.format);
    const extension = type.extensions[0];
    const win = studio.window();
    const options = {
      title: `Export as ${type.label}`,
      defaultPath: `${valid.safeFileName(request.baseName)}.${extension}`,
      filters: [{ name: type.label, extensions: [...type.extensions] }],
    };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
    return exportToFile(
      request,
      choice.filePath,
      { print: studio.print, onProgress: (progress) => studio.window()?.webContents.send(events.exportProgress, progress) },
      checked,
    );
  });

  handle(channels.saveDraft, async (args) => {
    valid.expectArgs(args, 1);
    const draft = valid.draftPayload(args[0]);
    const filePath = draft.documentId ? (studio.documents.pathOf(draft.documentId) ?? null) : null;
    return studio.drafts.save({ ...(draft.draftId ? { draftId: draft.draftId } : {}), filePath, name: draft.name, text: draft.text });
  });

  handle(channels.pendingDrafts, async (args): Promise<Draft[]> => {
    valid.expectArgs(args, 0);
    const drafts = await studio.drafts.pending();
    // Document ids do not survive a restart; the draft's file gets a fresh one in this session.
    return drafts.map((d) => ({
      draftId: d.draftId,
      documentId: d.filePath ? studio.documents.idFor(d.filePath) : null,
      name: d.name,
      text: d.text,
      // A normal quit asks Save / Don't Save and clears the drafts either way: any left were left by a crash.
      ending: 'crashed' as const,
      savedAt: d.savedAt,
    }));
  });

  handle(channels.discardDraft, async (args) => {
    valid.expectArgs(args, 1);
    await studio.drafts.discard(valid.opaqueId(args[0], 'draft id'));
  });

  handle(channels.openExternal, async (args) => {
    valid.expectArgs(args, 1);
    // externalUrl() lets through http, https and mailto only.
    await shell.openExternal(valid.externalUrl(args[0])); // eng-disable OPEN_EXTERNAL_JS_CHECK
  });

  listen(channels.setDocumentState, (args) => {
    valid.expectArgs(args, 1);
    const state = valid.documentState(args[0]);
    studio.documentStateChanged(state);
  });
}

/**
 * Passes an outside change of an open file on to the page. Once the user has been told (and offered
 * to reload), saving over the other program's version is their decision, so the document store
 * stops treating it as a conflict.
 */
export function forwardExternalChange(studio: Pick<Studio, 'documents'>, change: ExternalChange, send: (change: ExternalChange) => boolean): void {
  if (send(change)) studio.documents.acknowledgeDiskText(change.documentId, change.text);
}

/** Of several files dropped at once, the first that is a framework (has `tracks`), else the first. */
async function frameworkAmong(files: readonly string[]): Promise<string> {
  if (files.length > 1) {
    for (const file of files) {
      if (!DocumentStore.isFrameworkFile(file)) continue;
      const read = await readTextFile(file);
      if (read.ok && classifyYaml(read.text) === 'framework') return file;
    }
  }
  return files[0]!;
}

/**
 * The frameworks and libraries of a folder the user picked, each given a fresh opaque id in `ids`
 * (the ids of the folder listed before are forgotten).
 */
export async function listFolder(folder: string, ids: Map<string, { file: string; folder: string }>): Promise<OpenedFolder> {
  const { files, truncated } = await listFrameworkFolder(folder);
  ids.clear();
  const entries: FolderEntry[] = files.map((f) => {
    const fileId = randomUUID();
    ids.set(fileId, { file: path.join(folder, ...f.path.split('/')), folder });
    return { fileId, path: f.path, kind: f.kind };
  });
  return { name: path.basename(folder), files: entries, ...(truncated ? { truncated: true } : {}) };
}

/** Opens a file main obtained itself, remembers it, watches it; problems become a dialog and null. */
export async function openFile(studio: Studio, file: string, options: { quiet?: boolean; includeRoot?: string } = {}): Promise<OpenedDocument | null> {
  const result = await studio.documents.open(file, options.includeRoot !== undefined ? { includeRoot: options.includeRoot } : {});
  if (!result.ok) {
    if (options.quiet) await studio.recent.remove(file);
    else await showProblem(studio, `${path.basename(file)} could not be opened`, result.message);
    studio.recentChanged();
    return null;
  }
  const { document } = result;
  if (document.documentId) studio.watcher.watchDocument(document.documentId, document.displayPath, document.text);
  await studio.recent.add(document.displayPath);
  studio.recentChanged();
  return document;
}

/**
 * Runs a save and tells the studio how it ended, whatever happens (a refused payload included), so
 * a close prompt waiting on this save never stays armed for a later, unrelated one.
 */
async function reportSave(studio: Studio, save: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
  let outcome: SaveOutcome = { ok: false, cancelled: false, message: 'The file could not be saved.' };
  studio.saveStarted();
  try {
    outcome = await save();
    return outcome;
  } finally {
    studio.saveFinished(outcome.ok);
  }
}

async function saveAs(studio: Studio, documentId: string | null, text: string, suggestedName: string): Promise<SaveOutcome> {
  const current = documentId ? studio.documents.pathOf(documentId) : undefined;
  const safe = valid.safeFileName(suggestedName);
  const name = /\.ya?ml$/i.test(safe) ? safe : `${safe}.yaml`;
  const win = studio.window();
  const options = {
    title: 'Save the framework',
    defaultPath: current ? path.join(path.dirname(current), name) : name,
    filters: frameworkFilters.slice(0, 1),
  };
  const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
  const result = await studio.documents.saveAs(choice.filePath, text);
  if (!result.ok) return { ok: false, cancelled: false, message: result.message };
  if (documentId && documentId !== result.documentId) studio.watcher.unwatch(documentId);
  return saved(studio, result.documentId, result.file, text);
}

async function saved(studio: Studio, documentId: string, file: string, text: string): Promise<SaveOutcome> {
  studio.watcher.watchDocument(documentId, file, text);
  await studio.drafts.discardForFile(file);
  await studio.recent.add(file);
  studio.recentChanged();
  // The save may have changed what the framework includes: the studio checks with what it names now.
  const libraries = studio.documents.librariesOf(file, text);
  return { ok: true, documentId, name: path.basename(file), displayPath: file, libraries: libraries.libraries ?? [], ...(libraries.libraryProblems ? { libraryProblems: libraries.libraryProblems } : {}) };
}

async function showProblem(studio: Studio, message: string, detail: string): Promise<void> {
  const win = studio.window();
  const options = { type: 'warning' as const, message, detail, buttons: ['OK'] };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}
