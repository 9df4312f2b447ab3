/**
 * The typed contract between the renderer and its host. The Electron preload exposes an object of
 * this type as `window.rungs`; the browser build implements the same interface on top of file
 * inputs, downloads and local storage. Type-only: no runtime code lives here, so every layer may
 * import it (`import type` in the renderer).
 *
 * Documents are named by opaque ids that the host hands out. The renderer never sends a file
 * path to the host: paths come from dialogs the host opens (or from a file the user dropped).
 */

import type { ExportFormatId } from '../core/render/export.ts';
import type { IncludedFile, LibraryProblem } from '../core/include/host.ts';
import type { CommandId, HostKind } from './commands.ts';

export type { HostKind };

/** Formats the studio can export. The host re-runs the core pipeline on `text` before writing. */
export type ExportFormat = ExportFormatId;
export type PaperSize = 'a4' | 'letter';

/** A library the document includes, read by the host with it (see core/include/host.ts). */
export type { IncludedFile, LibraryProblem } from '../core/include/host.ts';

/** A document the host opened (or restored), with its current text. */
export interface OpenedDocument {
  /** Opaque id for later saves; null for an untitled document that has never been saved. */
  documentId: string | null;
  /** File name shown in the title bar and status bar. */
  name: string;
  /** Where the file lives, for tooltips and Open Recent (a full path on desktop, the name in a browser). */
  displayPath: string;
  text: string;
  /**
   * The libraries the host read with the document: the desktop app follows `include` on disk; the
   * browser has only the files the user picked or dropped beside it. Absent: none were read.
   */
  libraries?: readonly IncludedFile[];
  /** Includes the host refused or could not read, so the studio reports them as `rungs validate` would. */
  libraryProblems?: readonly LibraryProblem[];
}

/** A framework or library of an opened folder, named by its path inside the folder. */
export interface FolderEntry {
  /** Opaque id for openFolderFile; the renderer never sees the file's path on disk. */
  fileId: string;
  /** Where it is inside the folder, `/`-separated. */
  path: string;
  kind: 'framework' | 'library';
}

/** A folder of an organisation's ladders, as Open Folder lists it. */
export interface OpenedFolder {
  /** The folder's own name. */
  name: string;
  /** Its frameworks and libraries in path order (node_modules and hidden folders are skipped). */
  files: FolderEntry[];
  /** More files than the studio lists (a folder far larger than a repository of ladders). */
  truncated?: boolean;
}

export interface RecentFile {
  recentId: string;
  name: string;
  displayPath: string;
}

export type SaveOutcome =
  /** `downloaded`: the browser had no way to write a file, so the text went to its Downloads folder as `name`. */
  | {
      ok: true;
      documentId: string;
      name: string;
      displayPath: string;
      downloaded?: true;
      /** The desktop app reads the saved file's libraries again (its `include` may have changed). */
      libraries?: readonly IncludedFile[];
      libraryProblems?: readonly LibraryProblem[];
    }
  | { ok: false; cancelled: true }
  /**
   * Not saved, with a message for the user. `conflict` says another program changed the file since
   * it was opened or last saved, so saving would have overwritten that work; nothing was written.
   */
  | { ok: false; cancelled: false; message: string; conflict?: true };

export interface ExportRequest {
  format: ExportFormat;
  /** The YAML text to export; the host checks it again rather than trusting renderer state. */
  text: string;
  /** Suggested file name without extension. */
  baseName: string;
  /** Track ids to include; all tracks when omitted. */
  tracks?: string[];
  paper?: PaperSize;
}

export type ExportOutcome =
  | { ok: true; displayPath: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: string };

export interface ExportProgress {
  format: ExportFormat;
  /** 0..1, or null while the step has no measurable progress. */
  fraction: number | null;
  stage: string;
}

/** An unsaved buffer kept by the host so a crash loses nothing. */
export interface Draft {
  draftId: string;
  documentId: string | null;
  name: string;
  text: string;
  /** Milliseconds since the epoch when the draft was written. */
  savedAt: number;
  /**
   * How the session that left the draft ended, when the host can tell: `crashed` (it never said
   * goodbye: a crash, a kill, power loss) or `closed` (a reload, or a tab closed past the prompt).
   */
  ending?: 'crashed' | 'closed';
}

/**
 * Commands the host's native menus send to the renderer: every command of the command table
 * (host-api/commands.ts) except undo and redo, which Electron's own roles carry out.
 */
export type MenuCommand = Exclude<CommandId, 'undo' | 'redo'>;

/** The open file changed on disk while it was open. */
export interface ExternalChange {
  documentId: string;
  /** The text now on disk, or null when the file was deleted or became unreadable. */
  text: string | null;
}

export type Unsubscribe = () => void;

export interface RungsApi {
  readonly kind: HostKind;

  /** The document to show at start: a file the OS asked us to open, else the last file, else null. */
  initialDocument(): Promise<OpenedDocument | null>;
  /** Shows an Open dialog; null when cancelled. */
  openDialog(): Promise<OpenedDocument | null>;
  /**
   * Opens a file the user dropped on the window. `others` are the rest of the files dropped with
   * it: the browser keeps them as the framework's libraries; the desktop app reads includes from disk.
   */
  openDropped(file: File, others?: readonly File[]): Promise<OpenedDocument | null>;
  /** Shows a folder picker and lists the frameworks and libraries in the folder; null when cancelled. */
  openFolderDialog(): Promise<OpenedFolder | null>;
  /** Opens one file of the folder last listed, with the libraries it includes. */
  openFolderFile(fileId: string): Promise<OpenedDocument | null>;
  recentFiles(): Promise<RecentFile[]>;
  openRecent(recentId: string): Promise<OpenedDocument | null>;
  /** Saves to the document's file; an untitled document (null id) gets a Save As dialog. */
  save(documentId: string | null, text: string, suggestedName: string): Promise<SaveOutcome>;
  saveAs(documentId: string | null, text: string, suggestedName: string): Promise<SaveOutcome>;
  /** Re-reads the document from disk (Revert). */
  revert(documentId: string): Promise<OpenedDocument | null>;
  /** Asks for a CSV competency matrix to import; returns its text and name, or null. */
  pickCsv(): Promise<{ name: string; text: string } | null>;

  exportDocument(request: ExportRequest): Promise<ExportOutcome>;
  onExportProgress(listener: (progress: ExportProgress) => void): Unsubscribe;

  /** Keeps the unsaved buffer safe; called within a second of the last keystroke. */
  saveDraft(draft: Omit<Draft, 'draftId' | 'savedAt'> & { draftId?: string }): Promise<string>;
  /** Drafts left by a session that ended without saving (crash, kill, power loss). */
  pendingDrafts(): Promise<Draft[]>;
  discardDraft(draftId: string): Promise<void>;

  /** Tells the host the window's title and whether there are unsaved changes (dirty marker, close prompt). */
  setDocumentState(state: { title: string; dirty: boolean; documentId: string | null }): void;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  onExternalChange(listener: (change: ExternalChange) => void): Unsubscribe;
  /** Opens an http(s) or mailto link in the user's browser. */
  openExternal(url: string): Promise<void>;
}

declare global {
  interface Window {
    /** Present in the Electron studio (set by the preload); the browser host builds its own. */
    rungs?: RungsApi;
  }
}
