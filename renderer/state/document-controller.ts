import type { Diagnostic } from '../../core/diagnostics.ts';
import type { Draft, ExportFormat, ExportProgress, ExternalChange, IncludedFile, LibraryProblem, OpenedDocument, OpenedFolder, PaperSize, RungsApi, SaveOutcome } from '../../host-api/api.ts';
import type { KeyValueStore } from '../host/key-value-store.ts';
import { blankFrameworkText } from './blank-framework.ts';
import type { CheckedResult } from './check-scheduler.ts';
import type { PreviewResult, PreviewView } from './check-protocol.ts';
import { baseNameOf, documentTitle } from './document-title.ts';
import { afterSave, DocumentSession } from './document-session.ts';
import { loadPaper, savePaper, toggleTrack, tracksToExport } from './export-options.ts';

/** How long after the last keystroke the unsaved buffer is handed to the host (well within a second). */
export const draftDelayMs = 400;
/** During long bursts of typing, a copy is still kept at least this often. */
export const draftMaxWaitMs = 2000;

/** The open document as the controller keeps it. */
export interface OpenDoc {
  /** The host's id for its file; null while the document exists only in the studio. */
  documentId: string | null;
  name: string;
  displayPath: string;
  /** The text as last opened or saved: the editor's text differs from it when there are unsaved changes. */
  savedText: string;
  /** The last save went to the browser's Downloads folder, not back into a file the studio can write. */
  downloaded?: boolean;
  /** The libraries opened with it, which its `include` reads (read-only here). */
  libraries: readonly IncludedFile[];
  /** Includes the host refused or could not read when it read the libraries. */
  libraryProblems?: readonly LibraryProblem[];
  /** Its entry in the open folder, when it was opened from there. */
  folderFileId?: string;
}

/** What the status bar says about saving. */
export type SaveState = 'saved' | 'downloaded' | 'unsaved' | 'never-saved';

/** One line for the user, with the rest on demand. */
export interface Notice {
  tone: 'info' | 'success' | 'error';
  message: string;
  detail?: string;
}

/** A new text for the editor; `key` changes with every load, `undoable` keeps the editor's history. */
export interface EditorLoad {
  key: number;
  text: string;
  undoable?: boolean;
}

export interface DocumentState {
  doc: OpenDoc | null;
  /** The editor's text now. */
  text: string;
  editor: EditorLoad;
  dirty: boolean;
  saveState: SaveState;
  result: CheckedResult | null;
  /** Arrives after its diagnostics (see check-client.ts), so it is kept apart. */
  preview: PreviewResult | null;
  checking: boolean;
  checkFailure?: string;
  view: PreviewView;
  /** Drafts an earlier session left behind, waiting for Restore or Discard. */
  pendingDrafts: readonly Draft[];
  /** The file changed on disk while it had unsaved edits here: reload, or keep mine. */
  external: ExternalChange | null;
  notice: Notice | null;
  progress: ExportProgress | null;
  importNotes: { title: string; notes: readonly string[] } | null;
  /** A picked CSV waiting in the Import CSV preview step (see CsvImportPreview.tsx) for a name and a go-ahead. */
  pendingCsv: { fileName: string; csv: string; name: string } | null;
  paper: PaperSize;
  /** Tracks left out of exports (see export-options.ts for why not the tracks kept). */
  excludedTracks: ReadonlySet<string>;
  /** The organisation's folder from Open Folder: its frameworks and libraries, listed beside the outline. */
  folder: OpenedFolder | null;
}

/** The slice of the check client the controller drives (a fake in tests). */
export interface Checker {
  schedule(text: string, view: PreviewView, immediate?: boolean): void;
  /** The document's name and libraries, for the checks that follow. */
  setLibraries(document: string, libraries: readonly IncludedFile[], problems?: readonly LibraryProblem[]): void;
  dispose(): void;
}

export interface CheckerCallbacks {
  onResult(result: CheckedResult): void;
  onPreview(preview: PreviewResult): void;
  onFailure(message: string): void;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(timer: unknown): void;
  now(): number;
}

/** The core modules the controller loads on first use, so the first paint does not wait for them. */
export interface CoreLoaders {
  templateText(name: string): Promise<string | undefined>;
  importCsv(text: string, name: string): Promise<{ text?: string; notes: string[]; diagnostics: readonly Diagnostic[] }>;
  importTrack(text: string, template: string, track: string, levelMap?: Record<string, string>): Promise<{ text?: string; notes: string[]; diagnostics: readonly Diagnostic[] }>;
}

export interface ControllerDeps {
  host: RungsApi;
  createChecker(callbacks: CheckerCallbacks): Checker;
  /** Asks a yes/no question (window.confirm in the studio). */
  confirm(question: string): boolean;
  /** Where the paper choice is remembered. */
  store: KeyValueStore;
  /** The template the studio opens on when the host has no document to show. */
  defaultTemplate: string;
  timers?: Timers;
  newDraftId?: () => string;
  core?: CoreLoaders;
}

const formatNames: Record<ExportFormat, string> = { html: 'HTML', pdf: 'PDF', md: 'Markdown', csv: 'CSV', json: 'JSON' };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A document's libraries once the host has answered: those the host read (on open, revert, or a
 * desktop save), else, for new text of the same file, the ones it had.
 */
function librariesAfter(read: { libraries?: readonly IncludedFile[]; libraryProblems?: readonly LibraryProblem[] }, same: OpenDoc | undefined): Pick<OpenDoc, 'libraries' | 'libraryProblems'> {
  const from = read.libraries === undefined && same ? same : read;
  return { libraries: from.libraries ?? [], ...(from.libraryProblems ? { libraryProblems: from.libraryProblems } : {}) };
}

/** What an importer said, in the words of its first blocking problem. */
function importFailure(diagnostics: readonly Diagnostic[], fallback: string): string {
  return diagnostics.find((d) => d.severity === 'error')?.message ?? diagnostics[0]?.message ?? fallback;
}

const defaultTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

const defaultCore: CoreLoaders = {
  async templateText(name) {
    return (await import('../../core/templates/index.ts')).templateText(name);
  },
  async importCsv(text, name) {
    return (await import('../../core/import/index.ts')).importCsv(text, { name });
  },
  async importTrack(text, template, track, levelMap) {
    return (await import('../../core/import/index.ts')).importTrack(text, template, track, levelMap ? { levelMap } : {});
  },
};

/**
 * The document lifecycle of the studio, with no React: new, open, save, save as, revert, dirty
 * state, drafts and their recovery, changes on disk, exports and check scheduling. It talks to the
 * host only through the RungsApi contract and publishes immutable snapshots (subscribe/getState,
 * for React's useSyncExternalStore), so every path can be tested in Node with a fake host.
 */
export class DocumentController {
  private state: DocumentState;
  private readonly listeners = new Set<() => void>();
  private readonly session = new DocumentSession();
  private readonly timers: Timers;
  private readonly core: CoreLoaders;
  private readonly newDraftId: () => string;
  private checker: Checker | undefined;
  private draftId: string | undefined;
  private draftTimer: unknown;
  private lastDraftAt: number;
  private noticeTimer: unknown;
  private readonly unsubscribers: (() => void)[] = [];
  private disposed = false;
  /** Counts starts, so a start that was disposed and started again (React StrictMode) lets the first one lapse. */
  private starts = 0;

  constructor(private readonly deps: ControllerDeps) {
    this.timers = deps.timers ?? defaultTimers;
    this.core = deps.core ?? defaultCore;
    this.newDraftId = deps.newDraftId ?? (() => crypto.randomUUID());
    this.lastDraftAt = this.timers.now();
    this.state = {
      doc: null,
      text: '',
      editor: { key: 0, text: '' },
      dirty: false,
      saveState: 'never-saved',
      result: null,
      preview: null,
      checking: false,
      view: 'rubric',
      pendingDrafts: [],
      external: null,
      notice: null,
      progress: null,
      importNotes: null,
      pendingCsv: null,
      paper: loadPaper(deps.store),
      excludedTracks: new Set(),
      folder: null,
    };
  }

  getState = (): DocumentState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Starts the checker and the host's event subscriptions, then shows the file the host was asked
   * to open (or the last one), else the default template, and offers drafts an earlier session
   * left behind.
   */
  async start(): Promise<void> {
    const { host } = this.deps;
    // Started again after dispose (React mounts, unmounts and remounts every effect in development).
    this.disposed = false;
    const run = (this.starts += 1);
    const lapsed = () => this.disposed || run !== this.starts;
    this.checker = this.deps.createChecker({
      onResult: (result) => this.update({ result, checking: false, checkFailure: undefined }),
      onPreview: (preview) => this.update({ preview }),
      onFailure: (message) => this.update({ checking: false, checkFailure: message }),
    });
    this.unsubscribers.push(
      host.onExportProgress((progress) => this.update({ progress })),
      host.onExternalChange((change) => this.externalChange(change)),
    );
    const ticket = this.session.ticket();
    const [initial, drafts] = await Promise.all([host.initialDocument().catch(() => null), host.pendingDrafts().catch(() => [] as Draft[])]);
    if (lapsed()) return;
    this.update({ pendingDrafts: drafts });
    // A file dropped or opened while the host was still answering wins over the start document.
    if (!this.session.sameDocument(ticket)) return;
    if (initial) {
      this.load(initial);
      return;
    }
    const name = this.deps.defaultTemplate;
    const source = await this.core.templateText(name);
    if (lapsed() || !this.session.sameDocument(ticket)) return;
    this.load({
      documentId: null,
      name: source ? `${name}.yaml` : 'untitled.yaml',
      displayPath: source ? `Template: ${name}` : 'New framework',
      text: source ?? blankFrameworkText,
    });
  }

  dispose(): void {
    this.disposed = true;
    for (const stop of this.unsubscribers.splice(0)) stop();
    this.checker?.dispose();
    if (this.draftTimer !== undefined) this.timers.clear(this.draftTimer);
    if (this.noticeTimer !== undefined) this.timers.clear(this.noticeTimer);
    this.listeners.clear();
  }

  /** The editor's text changed (typing, undo, a format). */
  edit(text: string): void {
    if (text === this.state.text) return;
    this.setText(text);
    this.check(text, false);
  }

  // ---- opening and creating ----

  /** Open dialog, Open Recent, a dropped file or a file of the open folder: the open document's unsaved changes need consent first. */
  async open(request: () => Promise<OpenedDocument | null>, from: { folderFileId?: string } = {}): Promise<void> {
    if (!this.confirmDiscard()) return;
    const ticket = this.session.ticket();
    try {
      const opened = await request();
      // Another document replaced the one whose unsaved changes the user agreed to drop.
      if (!opened || !this.session.sameDocument(ticket)) return;
      this.forgetDraft();
      this.load(opened, from.folderFileId !== undefined ? { folderFileId: from.folderFileId } : {});
    } catch (error) {
      this.notify('error', 'Could not open the file.', describeError(error));
    }
  }

  /** Open Folder: lists the organisation's frameworks and libraries beside the outline; opens none yet. */
  async openFolder(): Promise<void> {
    let folder: OpenedFolder | null;
    try {
      folder = await this.deps.host.openFolderDialog();
    } catch (error) {
      this.notify('error', 'Could not open the folder.', describeError(error));
      return;
    }
    if (!folder) return;
    this.update({ folder });
    const frameworks = folder.files.filter((f) => f.kind === 'framework').length;
    if (folder.files.length === 0) this.notify('info', `${folder.name} holds no frameworks or libraries (YAML files with \`rungs: 1\`).`);
    else if (folder.truncated) this.notify('info', `${folder.name} holds more files than the studio lists: the first ${folder.files.length} are shown.`);
    else if (frameworks === 1) void this.openFromFolder(folder.files.find((f) => f.kind === 'framework')!.fileId);
  }

  /** Opens one file of the open folder, with its libraries. */
  openFromFolder(fileId: string): Promise<void> {
    return this.open(() => this.deps.host.openFolderFile(fileId), { folderFileId: fileId });
  }

  /** Closes the folder view; the open document stays. */
  closeFolder(): void {
    this.update({ folder: null });
  }

  /** A framework from a template (or blank, for null): untitled until its first Save. */
  async newDocument(template: string | null): Promise<void> {
    if (!this.confirmDiscard()) return;
    const ticket = this.session.ticket();
    const source = template ? await this.core.templateText(template) : blankFrameworkText;
    if (source === undefined || !this.session.sameDocument(ticket)) return;
    this.forgetDraft();
    this.load({ documentId: null, name: `${template ?? 'untitled'}.yaml`, displayPath: template ? `Template: ${template}` : 'New framework', text: source });
  }

  async importCsv(): Promise<void> {
    const ticket = this.session.ticket();
    const picked = await this.deps.host.pickCsv().catch((error: unknown) => {
      this.notify('error', 'Could not read the CSV file.', describeError(error));
      return null;
    });
    if (!picked || !this.session.sameDocument(ticket) || !this.confirmDiscard()) return;
    // Nothing is written yet: the preview step shows what the import would create and asks for a name.
    const base = baseNameOf(picked.name.replace(/\.csv$/i, ''));
    this.update({ pendingCsv: { fileName: picked.name, csv: picked.text, name: base.replace(/[-_]+/g, ' ') } });
  }

  /** Leaves the Import CSV preview without importing anything. */
  cancelCsvImport(): void {
    this.update({ pendingCsv: null });
  }

  /** Imports the CSV waiting in the preview step as a new, unsaved framework with the name chosen there. */
  async confirmCsvImport(name: string): Promise<void> {
    const pending = this.state.pendingCsv;
    if (!pending) return;
    const ticket = this.session.ticket();
    const picked = { name: pending.fileName, text: pending.csv };
    const base = baseNameOf(picked.name.replace(/\.csv$/i, ''));
    this.update({ pendingCsv: null });
    const imported = await this.core.importCsv(picked.text, name.trim() || pending.name);
    if (!this.session.sameDocument(ticket)) return;
    if (imported.text === undefined) {
      this.notify('error', `Could not import ${picked.name}.`, importFailure(imported.diagnostics, 'The file has no competency matrix Rungs can read.'));
      return;
    }
    this.forgetDraft();
    // The imported framework exists only here until it is saved: everything in it is unsaved.
    this.load({ documentId: null, name: `${base}.yaml`, displayPath: `Imported from ${picked.name}`, text: imported.text }, { savedText: '' });
    this.update({ importNotes: { title: `Imported ${picked.name}`, notes: imported.notes } });
  }

  /** Adds a template's track to the open document as an undoable edit; its file and saved state stay as they were. */
  async addTrack(template: string, track: string, levelMap?: Record<string, string>): Promise<boolean> {
    const ticket = this.session.ticket();
    const before = this.state.text;
    const imported = await this.core.importTrack(before, template, track, levelMap);
    const current = this.state.doc;
    // The track was placed on the text as it was; anything loaded or typed since would be lost.
    if (!current || !this.session.unchanged(ticket) || this.state.text !== before) return false;
    if (imported.text === undefined) {
      this.notify('error', 'Could not add the track.', importFailure(imported.diagnostics, 'The template track could not be placed on your levels.'));
      return false;
    }
    this.load({ ...current, text: imported.text }, { undoable: true, savedText: current.savedText, sameDocument: true });
    this.update({ importNotes: { title: `Added track '${track}' from ${template}`, notes: imported.notes } });
    return true;
  }

  // ---- saving ----

  async save(as = false): Promise<void> {
    const current = this.state.doc;
    if (!current) return;
    const snapshot = this.state.text;
    const ticket = this.session.ticket();
    let outcome: SaveOutcome;
    try {
      outcome = as ? await this.deps.host.saveAs(current.documentId, snapshot, current.name) : await this.deps.host.save(current.documentId, snapshot, current.name);
    } catch (error) {
      this.notify('error', 'Could not save: your changes are still here.', describeError(error));
      return;
    }
    if (!outcome.ok) {
      if (outcome.cancelled) return;
      this.notify('error', outcome.conflict ? `Not saved: ${current.name} was changed by another program.` : `Could not save ${current.name}.`, outcome.message);
      return;
    }
    const saved = afterSave(this.session, ticket, outcome, snapshot);
    if (saved) {
      // The same file keeps its place in the open folder; Save As made another file.
      const inFolder = current.folderFileId !== undefined && saved.documentId === current.documentId ? { folderFileId: current.folderFileId } : {};
      // A host that read the libraries again (the desktop app) says what the saved file includes now.
      const libraries = librariesAfter(outcome, current);
      this.update({ doc: { ...saved, ...libraries, ...inFolder, ...(outcome.downloaded ? { downloaded: true } : {}) } });
      this.refreshDirty();
      if (outcome.libraries !== undefined) {
        this.checker?.setLibraries(saved.name, libraries.libraries, libraries.libraryProblems ?? []);
        this.check(this.state.text, true);
      }
    }
    if (outcome.downloaded) this.notify('success', `Downloaded ${outcome.name} to your Downloads folder.`, 'This browser cannot write back to a file: each Save downloads a new copy. Chrome and Edge can keep the file open instead.');
    else this.notify('success', `Saved ${outcome.displayPath}`);
  }

  async revert(): Promise<void> {
    const current = this.state.doc;
    if (!current?.documentId) return;
    const ticket = this.session.ticket();
    const opened = await this.deps.host.revert(current.documentId).catch(() => null);
    // Whatever was loaded meanwhile (another file, a reload) is newer than this revert.
    if (!this.session.unchanged(ticket)) return;
    if (opened) this.load(opened, { undoable: true, sameDocument: true });
    else this.notify('error', `Could not read ${current.name} again.`);
  }

  // ---- drafts ----

  restoreDraft(draft: Draft): void {
    // Restoring replaces the open document: unsaved changes to it (perhaps an earlier restored draft) need consent.
    if (!this.confirmDiscard()) return;
    this.forgetDraft();
    const current = this.state.doc;
    const same = current !== null && current.documentId !== null && current.documentId === draft.documentId;
    this.update({ pendingDrafts: this.state.pendingDrafts.filter((d) => d.draftId !== draft.draftId) });
    // The restored text is unsaved by definition: it differs from whatever is on disk.
    this.load(
      { documentId: draft.documentId, name: draft.name, displayPath: same ? current.displayPath : draft.name, text: draft.text, libraries: same ? current.libraries : [] },
      { savedText: same ? current.savedText : '' },
    );
    // Keep writing to the same draft, so one crash leaves one draft.
    this.draftId = draft.draftId;
    this.notify('success', `Restored your unsaved changes to ${draft.name}.`);
  }

  discardDraft(draft: Draft): void {
    this.update({ pendingDrafts: this.state.pendingDrafts.filter((d) => d.draftId !== draft.draftId) });
    void this.deps.host.discardDraft(draft.draftId).catch(() => undefined);
  }

  // ---- changes on disk ----

  /** The conflict prompt's "Reload from disk": the edits here go (Undo brings them back). */
  reloadFromDisk(): void {
    const { external, doc } = this.state;
    if (!external || external.text === null || !doc) return;
    this.forgetDraft();
    this.load({ ...doc, text: external.text }, { undoable: true, sameDocument: true });
  }

  /** The conflict prompt's "Keep mine": the next Save decides. */
  keepMine(): void {
    this.update({ external: null });
  }

  private externalChange(change: ExternalChange): void {
    const current = this.state.doc;
    if (!current || change.documentId !== current.documentId) return;
    if (change.text !== null && !this.state.dirty) {
      // Nothing of ours to lose: follow the file, as editors do, and say so.
      this.load({ ...current, text: change.text }, { undoable: true, sameDocument: true });
      this.notify('info', `${current.name} changed on disk and was reloaded.`);
      return;
    }
    this.update({ external: change });
  }

  // ---- exports and the preview ----

  async exportAs(format: ExportFormat): Promise<void> {
    const current = this.state.doc;
    if (!current) return;
    this.update({ progress: { format, fraction: null, stage: `Exporting ${formatNames[format]}…` } });
    const trackIds = (this.state.result?.outline ?? []).map((t) => t.id);
    const tracks = tracksToExport(trackIds, this.state.excludedTracks);
    try {
      const outcome = await this.deps.host.exportDocument({ format, text: this.state.text, baseName: baseNameOf(current.name), paper: this.state.paper, ...(tracks ? { tracks } : {}) });
      if (outcome.ok) this.notify('success', `Exported ${formatNames[format]} to ${outcome.displayPath}`);
      else if (!outcome.cancelled) this.notify('error', `The ${formatNames[format]} export stopped.`, outcome.message);
    } catch (error) {
      this.notify('error', `The ${formatNames[format]} export failed.`, describeError(error));
    } finally {
      this.timers.set(() => this.update({ progress: null }), 600);
    }
  }

  setPaper(paper: PaperSize): void {
    savePaper(this.deps.store, paper);
    this.update({ paper });
  }

  toggleExportTrack(trackId: string): void {
    const trackIds = (this.state.result?.outline ?? []).map((t) => t.id);
    this.update({ excludedTracks: toggleTrack(trackIds, this.state.excludedTracks, trackId) });
  }

  /** Rubric ⇄ parity matrix; the preview is rendered again at once. */
  toggleParity(): void {
    this.update({ view: this.state.view === 'parity' ? 'rubric' : 'parity' });
    this.check(this.state.text, true);
  }

  dismissNotice(): void {
    this.update({ notice: null });
  }

  dismissImportNotes(): void {
    this.update({ importNotes: null });
  }

  dismissCheckFailure(): void {
    this.update({ checkFailure: undefined });
  }

  // ---- internals ----

  private confirmDiscard(): boolean {
    const current = this.state.doc;
    if (!current || !this.state.dirty) return true;
    return this.deps.confirm(`Discard your unsaved changes to ${current.name}?`);
  }

  /**
   * Shows a document. `sameDocument` marks new text for the open document (Revert, reload, Add
   * track), which keeps a save that is still running valid; anything else is a different document.
   */
  private load(opened: OpenedDocument, options: { undoable?: boolean; savedText?: string; sameDocument?: boolean; folderFileId?: string } = {}): void {
    if (options.sameDocument) {
      this.session.reloaded();
    } else {
      this.session.opened();
    }
    const libraries = librariesAfter(opened, options.sameDocument ? (this.state.doc ?? undefined) : undefined);
    const folderFileId = options.folderFileId ?? (options.sameDocument ? this.state.doc?.folderFileId : undefined);
    const doc: OpenDoc = {
      documentId: opened.documentId,
      name: opened.name,
      displayPath: opened.displayPath,
      savedText: options.savedText ?? opened.text,
      ...libraries,
      ...(folderFileId !== undefined ? { folderFileId } : {}),
    };
    this.checker?.setLibraries(opened.name, libraries.libraries, libraries.libraryProblems ?? []);
    this.update({
      doc,
      editor: { key: this.state.editor.key + 1, text: opened.text, undoable: options.undoable ?? false },
      external: null,
      // Tracks unticked for one framework's export mean nothing for another's.
      ...(options.sameDocument ? {} : { excludedTracks: new Set<string>() }),
    });
    this.setText(opened.text);
    this.check(opened.text, true);
  }

  private check(text: string, immediate: boolean): void {
    this.update({ checking: true });
    this.checker?.schedule(text, this.state.view, immediate);
  }

  private setText(text: string): void {
    this.update({ text });
    this.refreshDirty();
  }

  /** Dirty state, the status bar's word, the window title and the draft timer follow the text. */
  private refreshDirty(): void {
    const { doc, text } = this.state;
    const dirty = doc !== null && text !== doc.savedText;
    let saveState: SaveState = 'never-saved';
    if (dirty) saveState = 'unsaved';
    else if (doc?.documentId) saveState = doc.downloaded ? 'downloaded' : 'saved';
    this.update({ dirty, saveState });
    if (doc) {
      const windowState = { title: documentTitle(doc.name, dirty), dirty, documentId: doc.documentId };
      const key = JSON.stringify(windowState);
      if (key !== this.lastWindowState) {
        this.lastWindowState = key;
        this.deps.host.setDocumentState(windowState);
      }
    }
    this.scheduleDraft();
  }

  /** What the host was last told about the window (title, dirty marker, close prompt). */
  private lastWindowState: string | undefined;

  /** Nothing lost: unsaved text goes to the host shortly after the last keystroke. */
  private scheduleDraft(): void {
    if (this.draftTimer !== undefined) this.timers.clear(this.draftTimer);
    this.draftTimer = undefined;
    const { doc, dirty } = this.state;
    if (!doc) return;
    if (!dirty) {
      this.forgetDraft();
      return;
    }
    const overdue = this.timers.now() - this.lastDraftAt >= draftMaxWaitMs;
    this.draftTimer = this.timers.set(() => this.writeDraft(), overdue ? 0 : draftDelayMs);
  }

  private writeDraft(): void {
    this.draftTimer = undefined;
    const { doc, dirty, text } = this.state;
    if (!doc || !dirty) return;
    this.draftId ??= this.newDraftId();
    this.lastDraftAt = this.timers.now();
    this.deps.host
      .saveDraft({ draftId: this.draftId, documentId: doc.documentId, name: doc.name, text })
      .catch((error: unknown) => this.notify('error', 'Could not keep a recovery copy of your changes: save soon.', describeError(error)));
  }

  private forgetDraft(): void {
    const id = this.draftId;
    this.draftId = undefined;
    if (id) void this.deps.host.discardDraft(id).catch(() => undefined);
  }

  private notify(tone: Notice['tone'], message: string, detail?: string): void {
    if (this.noticeTimer !== undefined) this.timers.clear(this.noticeTimer);
    this.update({ notice: detail ? { tone, message, detail } : { tone, message } });
    // Errors stay until dismissed: their details may need reading.
    this.noticeTimer = tone === 'error' ? undefined : this.timers.set(() => this.update({ notice: null }), 5000);
  }

  private update(patch: Partial<DocumentState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
