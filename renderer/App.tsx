import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { SourceRange } from '../core/positions.ts';
import type { TemplateInfo } from '../core/templates/index.ts';
import type { Draft, ExportFormat, PaperSize, ExportProgress, ExternalChange, OpenedDocument, RecentFile, RungsApi } from '../host-api/api.ts';
import { EditorPane, type EditorDocument, type EditorHandle } from './editor/EditorPane.tsx';
import { TemplateGallery } from './gallery/TemplateGallery.tsx';
import { browserStore } from './host/key-value-store.ts';
import { OutlinePanel } from './outline/OutlinePanel.tsx';
import { PreviewPane } from './preview/PreviewPane.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { DraftNotice } from './shell/DraftNotice.tsx';
import { NoticeBar } from './shell/NoticeBar.tsx';
import type { CommandId, CommandState } from '../host-api/commands.ts';
import { CommandPalette } from './palette/CommandPalette.tsx';
import { commandForKey, currentPlatform, takesText, type KeyContext } from './shell/shortcuts.ts';
import { StatusBar } from './shell/StatusBar.tsx';
import { Toolbar } from './shell/Toolbar.tsx';
import { blankFrameworkText } from './state/blank-framework.ts';
import { createCheckClient, type CheckClient, type CheckedResult, type PreviewResult } from './state/check-client.ts';
import type { PreviewView } from './state/check-protocol.ts';
import { baseNameOf, documentTitle } from './state/document-title.ts';
import { clampSplit, loadLayout, saveLayout, type Layout } from './state/layout-store.ts';
import { afterSave, DocumentSession } from './state/document-session.ts';
import { loadPaper, savePaper, toggleTrack, tracksToExport } from './state/export-options.ts';
import { mark } from './state/marks.ts';
import { useColorScheme } from './state/use-color-scheme.ts';

/** One shared empty list, so components that compare diagnostics by identity do not redo work. */
const noDiagnostics: readonly Diagnostic[] = [];

/** The framework the studio opens on a first visit. */
export const defaultTemplate = 'spotify-style-dual-track';

/** How long after the last keystroke the unsaved buffer is handed to the host (well within a second). */
const draftDelayMs = 400;
/** During long bursts of typing, a copy is still kept at least this often. */
const draftMaxWaitMs = 2000;

interface OpenDoc {
  documentId: string | null;
  name: string;
  displayPath: string;
  /** The text as last opened or saved: the editor's text differs from it when there are unsaved changes. */
  savedText: string;
}

interface Toast {
  tone: 'info' | 'success' | 'error';
  message: string;
}

const exportCommands: Partial<Record<CommandId, ExportFormat>> = {
  'export-html': 'html',
  'export-pdf': 'pdf',
  'export-md': 'md',
  'export-csv': 'csv',
  'export-json': 'json',
};

const formatNames: Record<ExportFormat, string> = { html: 'HTML', pdf: 'PDF', md: 'Markdown', csv: 'CSV', json: 'JSON' };

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What an importer said, in the words of its first blocking problem. */
function importFailure(diagnostics: readonly Diagnostic[], fallback: string): string {
  return diagnostics.find((d) => d.severity === 'error')?.message ?? diagnostics[0]?.message ?? fallback;
}

export function App({ host }: { host: RungsApi }) {
  const store = useMemo(() => browserStore(), []);
  const theme = useColorScheme();
  const keys = useMemo<KeyContext>(() => ({ platform: currentPlatform(), host: host.kind }), [host]);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [layout, setLayout] = useState<Layout>(() => loadLayout(store));
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [editorDoc, setEditorDoc] = useState<EditorDocument>({ key: 0, text: '' });
  const [text, setText] = useState('');
  const [result, setResult] = useState<CheckedResult | null>(null);
  // The preview arrives after its diagnostics (see check-client.ts), so it is kept apart.
  const [previewResult, setPreviewResult] = useState<PreviewResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkFailure, setCheckFailure] = useState<string>();
  const [view, setView] = useState<PreviewView>('rubric');
  const [cursor, setCursor] = useState({ line: 1, column: 1 });
  const [pendingDrafts, setPendingDrafts] = useState<readonly Draft[]>([]);
  const [external, setExternal] = useState<ExternalChange | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [gallery, setGallery] = useState<{ mode: 'new' | 'add-track'; templates: TemplateInfo[] } | null>(null);
  const [importNotes, setImportNotes] = useState<{ title: string; notes: string[] } | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [dragging, setDragging] = useState(false);
  const [paper, setPaper] = useState<PaperSize>(() => loadPaper(store));
  /** Tracks left out of exports (see export-options.ts for why not the tracks kept). */
  const [excludedTracks, setExcludedTracks] = useState<ReadonlySet<string>>(() => new Set());

  // Tokens that tell a step resuming after an await whether its document is still the open one.
  const [session] = useState(() => new DocumentSession());
  const editor = useRef<EditorHandle>(null);
  const checker = useRef<CheckClient>(undefined);
  const draftId = useRef<string | undefined>(undefined);
  const lastDraftAt = useRef(Date.now());
  const viewRef = useRef(view);
  viewRef.current = view;
  const textRef = useRef(text);
  textRef.current = text;
  const docRef = useRef(doc);
  docRef.current = doc;
  const body = useRef<HTMLDivElement>(null);

  const dirty = doc !== null && text !== doc.savedText;
  const hasFile = Boolean(doc?.documentId);
  const commandState = useMemo<CommandState>(() => ({ hasFile, dirty }), [hasFile, dirty]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const diagnostics: readonly Diagnostic[] = result?.diagnostics ?? noDiagnostics;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;

  const notify = useCallback((tone: Toast['tone'], message: string) => setToast({ tone, message }), []);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), toast.tone === 'error' ? 9000 : 4000);
    return () => clearTimeout(timer);
  }, [toast]);

  // The checker lives for the whole session; it starts after first paint.
  useEffect(() => {
    const client = createCheckClient(
      (answer) => {
        mark('rungs-check-done');
        setResult(answer);
        setChecking(false);
        setCheckFailure(undefined);
      },
      (preview) => setPreviewResult(preview),
      (message) => {
        setChecking(false);
        setCheckFailure(message);
      },
    );
    checker.current = client;
    if (textRef.current) client.schedule(textRef.current, viewRef.current, true);
    return () => client.dispose();
  }, []);

  const check = useCallback((value: string, immediate: boolean) => {
    setChecking(true);
    checker.current?.schedule(value, viewRef.current, immediate);
  }, []);

  /**
   * Shows a document in the editor. Revert and reload stay undoable; opening a file does not.
   * `sameDocument` marks new text for the open document (Revert, reload, Add track), which keeps
   * a save that is still running valid; anything else is a different document.
   */
  const loadDocument = useCallback(
    (opened: OpenedDocument, options: { undoable?: boolean; savedText?: string; sameDocument?: boolean } = {}) => {
      if (options.sameDocument) {
        session.reloaded();
      } else {
        session.opened();
        // Tracks unticked for one framework's export mean nothing for another's.
        setExcludedTracks(new Set());
      }
      setDoc({ documentId: opened.documentId, name: opened.name, displayPath: opened.displayPath, savedText: options.savedText ?? opened.text });
      setEditorDoc((previous) => ({ key: previous.key + 1, text: opened.text, undoable: options.undoable ?? false }));
      setText(opened.text);
      setExternal(null);
      check(opened.text, true);
    },
    [check, session],
  );

  const forgetDraft = useCallback(() => {
    const id = draftId.current;
    draftId.current = undefined;
    if (id) void host.discardDraft(id).catch(() => undefined);
  }, [host]);

  // Start: the file the host was asked to open (or the last one), else the default template;
  // then offer any draft an earlier session left behind.
  useEffect(() => {
    let cancelled = false;
    const ticket = session.ticket();
    void (async () => {
      const [initial, drafts] = await Promise.all([host.initialDocument().catch(() => null), host.pendingDrafts().catch(() => [] as Draft[])]);
      if (cancelled) return;
      setPendingDrafts(drafts);
      // A file dropped or opened while the host was still answering wins over the start document.
      if (!session.sameDocument(ticket)) return;
      if (initial) {
        loadDocument(initial);
      } else {
        const { templateText } = await import('../core/templates/index.ts');
        if (cancelled || !session.sameDocument(ticket)) return;
        const templateSource = templateText(defaultTemplate);
        loadDocument({
          documentId: null,
          name: templateSource ? `${defaultTemplate}.yaml` : 'untitled.yaml',
          displayPath: templateSource ? `Template: ${defaultTemplate}` : 'New framework',
          text: templateSource ?? blankFrameworkText,
        });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [host, loadDocument, session]);

  // Nothing lost: unsaved text goes to the host shortly after the last keystroke.
  useEffect(() => {
    if (!doc) return;
    if (!dirty) {
      forgetDraft();
      return;
    }
    const overdue = Date.now() - lastDraftAt.current >= draftMaxWaitMs;
    const timer = setTimeout(
      () => {
        draftId.current ??= crypto.randomUUID();
        lastDraftAt.current = Date.now();
        host
          .saveDraft({ draftId: draftId.current, documentId: doc.documentId, name: doc.name, text })
          .catch((error: unknown) => notify('error', `Could not keep a recovery copy of your changes: ${describeError(error)}. Save soon.`));
      },
      overdue ? 0 : draftDelayMs,
    );
    return () => clearTimeout(timer);
  }, [doc, dirty, text, host, forgetDraft, notify]);

  // Title bar, dirty marker and the close prompt.
  useEffect(() => {
    if (!doc) return;
    const title = documentTitle(doc.name, dirty);
    document.title = title;
    host.setDocumentState({ title, dirty, documentId: doc.documentId });
  }, [doc, dirty, host]);

  useEffect(() => host.onExportProgress((p) => setProgress(p)), [host]);

  useEffect(
    () =>
      host.onExternalChange((change) => {
        const current = docRef.current;
        if (!current || change.documentId !== current.documentId) return;
        if (change.text !== null && !dirtyRef.current) {
          // Nothing of ours to lose: follow the file, as editors do, and say so.
          loadDocument({ documentId: current.documentId, name: current.name, displayPath: current.displayPath, text: change.text }, { undoable: true, sameDocument: true });
          notify('info', `${current.name} changed on disk and was reloaded.`);
          return;
        }
        setExternal(change);
      }),
    [host, loadDocument, notify],
  );

  useEffect(() => saveLayout(store, layout), [store, layout]);

  const confirmDiscard = useCallback((): boolean => {
    const current = docRef.current;
    if (!current || !dirtyRef.current) return true;
    return window.confirm(`Discard your unsaved changes to ${current.name}?`);
  }, []);

  const openWith = useCallback(
    async (open: () => Promise<OpenedDocument | null>) => {
      if (!confirmDiscard()) return;
      const ticket = session.ticket();
      try {
        const opened = await open();
        // Another document replaced the one whose unsaved changes the user agreed to drop.
        if (!opened || !session.sameDocument(ticket)) return;
        forgetDraft();
        loadDocument(opened);
      } catch (error) {
        notify('error', `Could not open the file: ${describeError(error)}`);
      }
    },
    [confirmDiscard, forgetDraft, loadDocument, notify, session],
  );

  const save = useCallback(
    async (as: boolean) => {
      const current = docRef.current;
      if (!current) return;
      const snapshot = textRef.current;
      const ticket = session.ticket();
      try {
        const outcome = as ? await host.saveAs(current.documentId, snapshot, current.name) : await host.save(current.documentId, snapshot, current.name);
        if (outcome.ok) {
          const saved = afterSave(session, ticket, outcome, snapshot);
          if (saved) setDoc(saved);
          notify('success', `Saved ${outcome.displayPath}`);
        } else if (!outcome.cancelled) {
          notify('error', outcome.message);
        }
      } catch (error) {
        notify('error', `Could not save: ${describeError(error)}. Your changes are still here.`);
      }
    },
    [host, notify, session],
  );

  const trackIds = useMemo(() => (result?.outline ?? []).map((t) => t.id), [result]);
  const exportChoice = useRef({ paper, tracks: tracksToExport(trackIds, excludedTracks) });
  exportChoice.current = { paper, tracks: tracksToExport(trackIds, excludedTracks) };

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      const current = docRef.current;
      if (!current) return;
      setProgress({ format, fraction: null, stage: `Exporting ${formatNames[format]}…` });
      try {
        const { paper: chosenPaper, tracks } = exportChoice.current;
        const outcome = await host.exportDocument({
          format,
          text: textRef.current,
          baseName: baseNameOf(current.name),
          paper: chosenPaper,
          ...(tracks ? { tracks } : {}),
        });
        if (outcome.ok) notify('success', `Exported ${formatNames[format]} to ${outcome.displayPath}`);
        else if (!outcome.cancelled) notify('error', outcome.message);
      } catch (error) {
        notify('error', `The ${formatNames[format]} export failed: ${describeError(error)}`);
      } finally {
        setTimeout(() => setProgress(null), 600);
      }
    },
    [host, notify],
  );

  const openGallery = useCallback(async (mode: 'new' | 'add-track') => {
    const { listTemplates } = await import('../core/templates/index.ts');
    setGallery({ mode, templates: listTemplates() });
  }, []);

  const importCsvFile = useCallback(async () => {
    const ticket = session.ticket();
    const picked = await host.pickCsv().catch((error: unknown) => {
      notify('error', `Could not read the CSV file: ${describeError(error)}`);
      return null;
    });
    if (!picked || !session.sameDocument(ticket) || !confirmDiscard()) return;
    const { importCsv } = await import('../core/import/index.ts');
    if (!session.sameDocument(ticket)) return;
    const base = baseNameOf(picked.name.replace(/\.csv$/i, ''));
    const imported = importCsv(picked.text, { name: base.replace(/[-_]+/g, ' ') });
    if (imported.text === undefined) {
      notify('error', `Could not import ${picked.name}: ${importFailure(imported.diagnostics, 'the file has no competency matrix Rungs can read')}`);
      return;
    }
    forgetDraft();
    // The imported framework exists only here until it is saved.
    loadDocument({ documentId: null, name: `${base}.yaml`, displayPath: `Imported from ${picked.name}`, text: imported.text }, { savedText: '' });
    setImportNotes({ title: `Imported ${picked.name}`, notes: imported.notes });
  }, [confirmDiscard, forgetDraft, host, loadDocument, notify, session]);

  const addTrack = useCallback(
    async (templateName: string, trackId: string) => {
      setGallery(null);
      const ticket = session.ticket();
      const { importTrack } = await import('../core/import/index.ts');
      const current = docRef.current;
      // The track was chosen for the document open when the gallery closed.
      if (!current || !session.sameDocument(ticket)) return;
      const imported = importTrack(textRef.current, templateName, trackId);
      if (imported.text === undefined) {
        notify('error', `Could not add the track: ${importFailure(imported.diagnostics, 'the template track could not be placed on your levels')}`);
        return;
      }
      // An undoable edit of the open document: its file and saved state stay as they were.
      loadDocument({ documentId: current.documentId, name: current.name, displayPath: current.displayPath, text: imported.text }, { undoable: true, savedText: current.savedText, sameDocument: true });
      setImportNotes({ title: `Added track '${trackId}' from ${templateName}`, notes: imported.notes });
    },
    [loadDocument, notify, session],
  );

  const chooseTemplate = useCallback(
    async (name: string | null) => {
      setGallery(null);
      if (!confirmDiscard()) return;
      const ticket = session.ticket();
      const { templateText } = await import('../core/templates/index.ts');
      const source = name ? templateText(name) : blankFrameworkText;
      if (source === undefined || !session.sameDocument(ticket)) return;
      forgetDraft();
      // A new document is untitled: its first Save asks where to put it.
      loadDocument({ documentId: null, name: `${name ?? 'untitled'}.yaml`, displayPath: name ? `Template: ${name}` : 'New framework', text: source });
    },
    [confirmDiscard, forgetDraft, loadDocument, session],
  );

  const revert = useCallback(async () => {
    const current = docRef.current;
    if (!current?.documentId) return;
    const ticket = session.ticket();
    const opened = await host.revert(current.documentId).catch(() => null);
    // Whatever was loaded meanwhile (another file, a reload) is newer than this revert.
    if (!session.unchanged(ticket)) return;
    if (opened) loadDocument(opened, { undoable: true, sameDocument: true });
    else notify('error', `Could not read ${current.name} again.`);
  }, [host, loadDocument, notify, session]);

  const toggleView = useCallback(() => {
    const next: PreviewView = viewRef.current === 'parity' ? 'rubric' : 'parity';
    setView(next);
    viewRef.current = next;
    setLayout((l) => ({ ...l, previewOpen: true }));
    check(textRef.current, true);
  }, [check]);

  const run = useCallback(
    (command: CommandId) => {
      const format = exportCommands[command];
      if (format) {
        void exportAs(format);
        return;
      }
      switch (command) {
        case 'new':
        case 'new-from-template':
          void openGallery('new');
          return;
        case 'open':
          void openWith(() => host.openDialog());
          return;
        case 'save':
          void save(false);
          return;
        case 'save-as':
          void save(true);
          return;
        case 'revert':
          void revert();
          return;
        case 'find':
        case 'replace':
        case 'undo':
        case 'redo':
          editor.current?.run(command);
          return;
        case 'format-document':
          editor.current?.run('format');
          return;
        case 'quick-fix':
          editor.current?.run('quick-fix');
          return;
        case 'command-palette':
          setPaletteOpen((open) => !open);
          return;
        case 'toggle-outline':
          setLayout((l) => ({ ...l, outlineOpen: !l.outlineOpen }));
          return;
        case 'next-problem':
          editor.current?.run('next-problem');
          return;
        case 'toggle-preview':
          setLayout((l) => ({ ...l, previewOpen: !l.previewOpen }));
          return;
        case 'show-parity':
          toggleView();
          return;
        case 'show-problems':
          setLayout((l) => ({ ...l, problemsOpen: true }));
          return;
        case 'import-csv':
          void importCsvFile();
          return;
        case 'import-track':
          void openGallery('add-track');
          return;
      }
    },
    [exportAs, host, importCsvFile, openGallery, openWith, revert, save, toggleView],
  );
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => host.onMenuCommand((command) => runRef.current(command)), [host]);

  // The shortcuts no native menu answers (all of them in a browser tab; see shortcuts.ts).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForKey(event, keys, takesText(document.activeElement));
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [keys]);

  // Drop a YAML file anywhere to open it.
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openWith(() => host.openDropped(file));
    };
    window.addEventListener('dragover', onOver, true);
    window.addEventListener('dragleave', onLeave, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onOver, true);
      window.removeEventListener('dragleave', onLeave, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [host, openWith]);

  const onEditorChange = useCallback(
    (value: string) => {
      setText(value);
      check(value, false);
    },
    [check],
  );

  const reveal = useCallback((range: SourceRange, select: boolean) => editor.current?.reveal(range, select), []);

  const onRoleClick = useCallback(
    (roleId: string) => {
      for (const track of result?.outline ?? []) {
        const role = track.roles.find((r) => r.id === roleId);
        if (role) {
          reveal(role.range, true);
          return;
        }
      }
    },
    [result, reveal],
  );

  const restoreDraft = useCallback(
    (draft: Draft) => {
      // Restoring replaces the open document: unsaved changes to it (perhaps an earlier restored draft) need consent.
      if (!confirmDiscard()) return;
      forgetDraft();
      setPendingDrafts((drafts) => drafts.filter((d) => d.draftId !== draft.draftId));
      const current = docRef.current;
      // The restored text is unsaved by definition: it differs from whatever is on disk.
      loadDocument(
        { documentId: draft.documentId, name: draft.name, displayPath: current?.documentId === draft.documentId ? current.displayPath : draft.name, text: draft.text },
        { savedText: current?.documentId === draft.documentId && current.documentId !== null ? current.savedText : '' },
      );
      // Keep writing to the same draft, so one crash leaves one draft.
      draftId.current = draft.draftId;
      notify('success', `Restored your unsaved changes to ${draft.name}.`);
    },
    [confirmDiscard, forgetDraft, loadDocument, notify],
  );

  const discardPendingDraft = useCallback(
    (draft: Draft) => {
      setPendingDrafts((drafts) => drafts.filter((d) => d.draftId !== draft.draftId));
      void host.discardDraft(draft.draftId);
    },
    [host],
  );

  // The draggable split between editor and preview.
  const onSplitterDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    const container = body.current;
    if (!container) return;
    event.preventDefault();
    const splitter = event.currentTarget;
    splitter.setPointerCapture(event.pointerId);
    const rect = container.getBoundingClientRect();
    const onMove = (e: PointerEvent) => setLayout((l) => ({ ...l, split: clampSplit((e.clientX - rect.left) / rect.width) }));
    const onUp = () => {
      splitter.removeEventListener('pointermove', onMove);
      splitter.removeEventListener('pointerup', onUp);
      document.body.classList.remove('is-resizing');
    };
    document.body.classList.add('is-resizing');
    splitter.addEventListener('pointermove', onMove);
    splitter.addEventListener('pointerup', onUp);
  };

  const onSplitterKey = (event: React.KeyboardEvent) => {
    const step = event.key === 'ArrowLeft' ? -0.02 : event.key === 'ArrowRight' ? 0.02 : 0;
    if (step) setLayout((l) => ({ ...l, split: clampSplit(l.split + step) }));
  };

  const fileName = doc?.name ?? 'Loading…';


  return (
    <div className={`studio theme-${theme}`} data-theme={theme}>
      <Toolbar
        run={run}
        keys={keys}
        state={commandState}
        recent={recent}
        onLoadRecent={() => void host.recentFiles().then(setRecent, () => setRecent([]))}
        onOpenRecent={(file) => void openWith(() => host.openRecent(file.recentId))}
        view={view}
        exportOptions={{
          paper,
          onPaper: (next) => {
            setPaper(next);
            savePaper(store, next);
          },
          tracks: result?.outline ?? [],
          excluded: excludedTracks,
          onToggleTrack: (trackId) => setExcludedTracks((excluded) => toggleTrack(trackIds, excluded, trackId)),
        }}
      />
      <DraftNotice drafts={pendingDrafts} onRestore={restoreDraft} onDiscard={discardPendingDraft} />
      {external && doc && (
        <NoticeBar
          tone="warning"
          testId="external-change-notice"
          actions={
            external.text === null
              ? [{ label: 'Keep mine', primary: true, testId: 'external-keep', onClick: () => setExternal(null) }]
              : [
                  {
                    label: 'Reload from disk',
                    testId: 'external-reload',
                    onClick: () => {
                      forgetDraft();
                      loadDocument({ documentId: doc.documentId, name: doc.name, displayPath: doc.displayPath, text: external.text ?? '' }, { undoable: true, sameDocument: true });
                    },
                  },
                  { label: 'Keep mine', primary: true, testId: 'external-keep', onClick: () => setExternal(null) },
                ]
          }
        >
          {external.text === null ? (
            <>
              <strong>{doc.name}</strong> was deleted or can no longer be read. Your version is still here: save it to keep it.
            </>
          ) : (
            <>
              <strong>{doc.name}</strong> was changed by another program. Reload it (your edits here are lost, though Undo brings them back), or keep your version and save over it.
            </>
          )}
        </NoticeBar>
      )}
      {importNotes && (
        <NoticeBar tone="info" testId="import-notes" onDismiss={() => setImportNotes(null)}>
          <strong>{importNotes.title}.</strong> {importNotes.notes.length > 0 ? importNotes.notes.join(' ') : 'Check the problems panel for anything to finish.'}
        </NoticeBar>
      )}
      {checkFailure && (
        <NoticeBar tone="error" testId="check-failure" onDismiss={() => setCheckFailure(undefined)}>
          The live check stopped working: {checkFailure}. Your text is safe; save it and reload the studio.
        </NoticeBar>
      )}
      <div className="workspace">
        {layout.outlineOpen && (
          <aside className="sidebar">
            <OutlinePanel
              tracks={result?.outline ?? []}
              cursorLine={cursor.line}
              onSelectTrack={(track) => reveal(track.head, false)}
              onSelectRole={(role) => reveal(role.range, true)}
            />
          </aside>
        )}
        <div className="main-column">
          <div className="split" ref={body}>
            <section className="split-pane editor-column" style={{ flexBasis: layout.previewOpen ? `${layout.split * 100}%` : '100%' }} aria-label="Editor">
              <EditorPane ref={editor} document={editorDoc} diagnostics={diagnostics} checkedText={result?.text} theme={theme} onChange={onEditorChange} onCursor={setCursor} />
            </section>
            {layout.previewOpen && (
              <>
                <div
                  className="splitter"
                  role="separator"
                  aria-orientation="vertical"
                  aria-label="Resize editor and preview"
                  aria-valuenow={Math.round(layout.split * 100)}
                  tabIndex={0}
                  data-testid="splitter"
                  onPointerDown={onSplitterDown}
                  onKeyDown={onSplitterKey}
                />
                <section className="split-pane preview-column" aria-label="Preview">
                  <PreviewPane html={previewResult?.html ?? ''} view={previewResult?.view ?? view} pending={!previewResult} onRoleClick={onRoleClick} onOpenLink={(url) => void host.openExternal(url)} />
                </section>
              </>
            )}
          </div>
          <ProblemsPanel
            diagnostics={diagnostics}
            open={layout.problemsOpen}
            onToggle={() => setLayout((l) => ({ ...l, problemsOpen: !l.problemsOpen }))}
            onSelect={(d) => reveal({ line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn }, true)}
          />
        </div>
      </div>
      <StatusBar
        fileName={doc ? (dirty ? `${fileName} •` : fileName) : fileName}
        dirty={dirty}
        line={cursor.line}
        column={cursor.column}
        errors={errors}
        warnings={warnings}
        checking={checking}
        checkMs={result ? result.checkMs + (previewResult?.renderMs ?? 0) : null}
        progress={progress}
        onProblemsClick={() => setLayout((l) => ({ ...l, problemsOpen: !l.problemsOpen }))}
      />
      {toast && (
        <div className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
          {toast.message}
          <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => setToast(null)}>
            ×
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div className="drop-card">Drop a YAML framework to open it</div>
        </div>
      )}
      {paletteOpen && (
        <CommandPalette
          state={commandState}
          keys={keys}
          onRun={run}
          onClose={() => {
            setPaletteOpen(false);
            editor.current?.focus();
          }}
        />
      )}
      {gallery && (
        <TemplateGallery
          mode={gallery.mode}
          templates={gallery.templates}
          onChoose={(name) => void chooseTemplate(name)}
          onChooseTrack={(template, track) => void addTrack(template, track)}
          onClose={() => setGallery(null)}
        />
      )}
    </div>
  );
}
