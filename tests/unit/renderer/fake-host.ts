import type { Draft, ExportOutcome, ExportProgress, ExportRequest, ExternalChange, IncludedFile, LibraryProblem, OpenedDocument, OpenedFolder, RungsApi, SaveOutcome } from '../../../host-api/api.ts';
import type { Checker, CheckerCallbacks, Timers } from '../../../renderer/state/document-controller.ts';
import type { PreviewView } from '../../../renderer/state/check-protocol.ts';
import type { DiagnosticCode } from '../../../core/diagnostic-codes.ts';

/** A promise the test settles by hand, to hold a host call "in flight". */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The host contract in memory, recording what the controller asked of it. Each answer can be
 * replaced per test (`host.answers.save = …`), and events are pushed with `emitExternalChange`.
 */
export class FakeHost implements RungsApi {
  readonly kind = 'browser' as const;
  readonly calls: { method: string; args: unknown[] }[] = [];
  readonly drafts = new Map<string, Omit<Draft, 'savedAt'>>();
  readonly windowStates: { title: string; dirty: boolean; documentId: string | null }[] = [];
  readonly exports: ExportRequest[] = [];
  private externalListeners = new Set<(change: ExternalChange) => void>();
  private progressListeners = new Set<(progress: ExportProgress) => void>();
  private draftCounter = 0;

  answers = {
    initialDocument: (): Promise<OpenedDocument | null> => Promise.resolve(null),
    pendingDrafts: (): Promise<Draft[]> => Promise.resolve([]),
    openDialog: (): Promise<OpenedDocument | null> => Promise.resolve(null),
    openFolderDialog: (): Promise<OpenedFolder | null> => Promise.resolve(null),
    openFolderFile: (_fileId: string): Promise<OpenedDocument | null> => Promise.resolve(null),
    save: (documentId: string | null, _text: string, name: string): Promise<SaveOutcome> =>
      Promise.resolve({ ok: true, documentId: documentId ?? 'doc-new', name, displayPath: `/files/${name}` }),
    saveAs: (_documentId: string | null, _text: string, name: string): Promise<SaveOutcome> =>
      Promise.resolve({ ok: true, documentId: 'doc-as', name: `copy-${name}`, displayPath: `/files/copy-${name}` }),
    revert: (_documentId: string): Promise<OpenedDocument | null> => Promise.resolve(null),
    pickCsv: (): Promise<{ name: string; text: string } | null> => Promise.resolve(null),
    exportDocument: (request: ExportRequest): Promise<ExportOutcome> => Promise.resolve({ ok: true, displayPath: `/exports/${request.baseName}.${request.format}` }),
    saveDraft: (): Promise<void> => Promise.resolve(),
  };

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  called(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  initialDocument() {
    this.record('initialDocument');
    return this.answers.initialDocument();
  }
  openDialog() {
    this.record('openDialog');
    return this.answers.openDialog();
  }
  openFolderDialog() {
    this.record('openFolderDialog');
    return this.answers.openFolderDialog();
  }
  openFolderFile(fileId: string) {
    this.record('openFolderFile', fileId);
    return this.answers.openFolderFile(fileId);
  }
  async openDropped(file: File) {
    this.record('openDropped', file.name);
    return null;
  }
  async recentFiles() {
    return [];
  }
  async openRecent(recentId: string) {
    this.record('openRecent', recentId);
    return null;
  }
  save(documentId: string | null, text: string, suggestedName: string) {
    this.record('save', documentId, text, suggestedName);
    return this.answers.save(documentId, text, suggestedName);
  }
  saveAs(documentId: string | null, text: string, suggestedName: string) {
    this.record('saveAs', documentId, text, suggestedName);
    return this.answers.saveAs(documentId, text, suggestedName);
  }
  revert(documentId: string) {
    this.record('revert', documentId);
    return this.answers.revert(documentId);
  }
  pickCsv() {
    this.record('pickCsv');
    return this.answers.pickCsv();
  }
  exportDocument(request: ExportRequest) {
    this.exports.push(request);
    return this.answers.exportDocument(request);
  }
  onExportProgress(listener: (progress: ExportProgress) => void) {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }
  async saveDraft(draft: Omit<Draft, 'draftId' | 'savedAt'> & { draftId?: string }) {
    this.record('saveDraft', draft);
    await this.answers.saveDraft();
    const draftId = draft.draftId ?? `draft-${++this.draftCounter}`;
    this.drafts.set(draftId, { ...draft, draftId });
    return draftId;
  }
  pendingDrafts() {
    return this.answers.pendingDrafts();
  }
  async discardDraft(draftId: string) {
    this.record('discardDraft', draftId);
    this.drafts.delete(draftId);
  }
  setDocumentState(state: { title: string; dirty: boolean; documentId: string | null }) {
    this.windowStates.push(state);
  }
  onMenuCommand() {
    return () => undefined;
  }
  onExternalChange(listener: (change: ExternalChange) => void) {
    this.externalListeners.add(listener);
    return () => this.externalListeners.delete(listener);
  }
  async openExternal() {}

  emitExternalChange(change: ExternalChange): void {
    for (const listener of this.externalListeners) listener(change);
  }
}

/** The check worker's stand-in: records requests and answers when the test says so. */
export class FakeChecker implements Checker {
  readonly requests: { text: string; view: PreviewView; immediate: boolean }[] = [];
  disposed = false;
  constructor(readonly callbacks: CheckerCallbacks) {}
  /** The libraries the controller handed over, newest last. */
  readonly libraries: { document: string; paths: string[]; problems?: string[] }[] = [];
  schedule(text: string, view: PreviewView, immediate = false): void {
    this.requests.push({ text, view, immediate });
  }
  setLibraries(document: string, libraries: readonly IncludedFile[], problems: readonly LibraryProblem[] = []): void {
    this.libraries.push({ document, paths: libraries.map((l) => l.path), ...(problems.length > 0 ? { problems: problems.map((p) => p.path) } : {}) });
  }
  dispose(): void {
    this.disposed = true;
  }
  /** Answers the newest request as the worker would: diagnostics first, then the preview. */
  answer(diagnostics: { severity: 'error' | 'warning' | 'info'; code: DiagnosticCode | string; message: string }[] = []): void {
    const last = this.requests.at(-1);
    if (!last) throw new Error('nothing was scheduled');
    this.callbacks.onResult({
      id: this.requests.length,
      part: 'check',
      diagnostics: diagnostics.map((d) => ({ ...d, code: d.code as DiagnosticCode, path: '', line: 1, column: 1, endLine: 1, endColumn: 2 })),
      outline: [],
      checkMs: 1,
      text: last.text,
    });
    this.callbacks.onPreview({ id: this.requests.length, part: 'preview', html: '<h1>preview</h1>', view: last.view, renderMs: 1 });
  }
}

/** Timers that run only when the test moves the clock. */
export class ManualTimers implements Timers {
  private time = 0;
  private queue: { at: number; run: () => void; id: number }[] = [];
  private nextId = 1;
  set(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.queue.push({ at: this.time + ms, run, id });
    return id;
  }
  clear(timer: unknown): void {
    this.queue = this.queue.filter((t) => t.id !== timer);
  }
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      this.queue.sort((a, b) => a.at - b.at);
      const next = this.queue[0];
      if (!next || next.at > until) break;
      this.queue.shift();
      this.time = next.at;
      next.run();
    }
    this.time = until;
  }
}
