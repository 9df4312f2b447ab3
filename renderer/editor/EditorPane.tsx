import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type * as Monaco from 'monaco-editor/esm/vs/editor/editor.api.js';
import type { Diagnostic } from '../../core/diagnostics.ts';
import type { SourceRange } from '../../core/positions.ts';
import { diagnosticsAt, diagnosticsToMarkers, markerOwner, type VersionedDiagnostics } from './markers.ts';
import { mark } from '../state/marks.ts';
import { defineStudioThemes, monacoTheme, type ThemeName } from './themes.ts';
import type { IncludedFile } from '../../host-api/api.ts';
import { createLibraryModels, libraryScheme } from './library-models.ts';

type MonacoApi = typeof Monaco;

import type { EditorAction } from './editor-actions.ts';

export type { EditorAction };

/** What the rest of the studio may ask of the editor. */
export interface EditorHandle {
  /** Scrolls to a range and moves the cursor there (selecting it when `select`). */
  reveal(range: SourceRange, select: boolean): void;
  /** Scrolls a block (a role) into view and puts the cursor at `cursor`, selecting nothing. */
  revealBlock(block: SourceRange, cursor: { line: number; column: number }): void;
  run(action: EditorAction): void;
  focus(): void;
  hasFocus(): boolean;
}

export interface EditorDocument {
  /** Changes whenever a different document (or a reverted one) replaces the editor's text. */
  key: number;
  text: string;
  /** Revert and reload keep undo history (an accidental revert can be undone); opening a file starts afresh. */
  undoable?: boolean;
}

interface Props {
  ref?: Ref<EditorHandle>;
  document: EditorDocument;
  diagnostics: readonly Diagnostic[];
  /** The exact text `diagnostics` were computed from; they are applied only while the editor holds it. */
  checkedText: string | undefined;
  theme: ThemeName;
  /** The libraries the document includes: go to definition on a shared id peeks into them. */
  libraries: readonly IncludedFile[];
  onChange(text: string): void;
  onCursor(position: { line: number; column: number }): void;
}

const actionIds: Record<EditorAction, string> = {
  find: 'actions.find',
  replace: 'editor.action.startFindReplaceAction',
  format: 'editor.action.formatDocument',
  'next-problem': 'editor.action.marker.next',
  undo: 'undo',
  redo: 'redo',
  'quick-fix': 'editor.action.quickFix',
};

/**
 * The YAML editor: Monaco (loaded after first paint), with our diagnostics as markers and our
 * quick fixes in the lightbulb. Completion, hover and formatting come from monaco-yaml.
 */
export function EditorPane({ ref, document, diagnostics, checkedText, theme, libraries, onChange, onCursor }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const [monaco, setMonaco] = useState<MonacoApi>();
  const [failure, setFailure] = useState<string>();
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor>(undefined);
  /** The diagnostics shown as markers, tagged with the model version they describe. */
  const checked = useRef<VersionedDiagnostics>(undefined);
  const callbacks = useRef({ onChange, onCursor });
  callbacks.current = { onChange, onCursor };
  const loadedKey = useRef<number>(-1);
  const documentRef = useRef(document);
  documentRef.current = document;
  const themeRef = useRef(theme);
  themeRef.current = theme;
  const libraryModels = useRef<ReturnType<typeof createLibraryModels>>(undefined);

  // Load Monaco lazily, then create the editor once.
  useEffect(() => {
    let disposed = false;
    const disposables: Monaco.IDisposable[] = [];
    // Monaco and the quick fixes (which need the YAML parser) load after first paint.
    Promise.all([import('./monaco.ts'), import('./code-actions.ts'), import('./id-features.ts')])
      .then(([{ monaco: api, frameworkModelUri }, { registerQuickFixes }, { registerIdFeatures }]) => {
        if (disposed || !host.current) return;
        defineStudioThemes(api);
        const model = api.editor.getModel(frameworkModelUri) ?? api.editor.createModel(documentRef.current.text, 'yaml', frameworkModelUri);
        model.setValue(documentRef.current.text);
        model.updateOptions({ tabSize: 2, insertSpaces: true, trimAutoWhitespace: true });
        loadedKey.current = documentRef.current.key;
        const editor = api.editor.create(host.current, {
          model,
          theme: monacoTheme(themeRef.current),
          automaticLayout: true,
          fontSize: 13,
          lineHeight: 20,
          fontFamily: "'JetBrains Mono', 'SF Mono', 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
          minimap: { enabled: false },
          wordWrap: 'on',
          wrappingIndent: 'indent',
          scrollBeyondLastLine: false,
          renderLineHighlight: 'line',
          stickyScroll: { enabled: true, maxLineCount: 3 },
          padding: { top: 10, bottom: 10 },
          lightbulb: { enabled: api.editor.ShowLightbulbIconMode.OnCode },
          fixedOverflowWidgets: true,
          quickSuggestions: { other: true, strings: true, comments: false },
          guides: { indentation: true },
          smoothScrolling: true,
          unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
          ariaLabel: 'Framework YAML',
        });
        editorRef.current = editor;
        // Shift+Alt+F formats on every platform (Monaco's Linux default is Ctrl+Shift+I), as the menus say.
        editor.addCommand(api.KeyMod.Shift | api.KeyMod.Alt | api.KeyCode.KeyF, () => editor.trigger('keyboard', actionIds.format, null));
        // Performance marks for `npm run bench` (cold start, keystroke to markers).
        mark('rungs-editor-ready');
        disposables.push(
          editor,
          model.onDidChangeContent(() => callbacks.current.onChange(model.getValue())),
          editor.onDidChangeCursorPosition((e) => callbacks.current.onCursor({ line: e.position.lineNumber, column: e.position.column })),
          registerQuickFixes(api, (current) => diagnosticsAt(checked.current, current.getVersionId())),
          registerIdFeatures(api, (file) => libraryModels.current?.find(file)),
          // Go to definition into a library: this editor holds only the framework, so it peeks instead.
          api.editor.registerEditorOpener({
            openCodeEditor(source, resource) {
              if (resource.scheme !== libraryScheme) return false;
              source.trigger('studio', 'editor.action.peekDefinition', null);
              return true;
            },
          }),
          { dispose: () => libraryModels.current?.dispose() },
        );
        libraryModels.current = createLibraryModels(api);
        // Monaco drops a byte-order mark and may normalise line ends: report the text it holds,
        // so the checked text (and with it markers and quick fixes) matches the model's.
        if (model.getValue() !== documentRef.current.text) callbacks.current.onChange(model.getValue());
        setMonaco(api);
      })
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      disposed = true;
      for (const d of disposables) d.dispose();
      editorRef.current = undefined;
    };
  }, []);

  // A different document (Open, New, Revert, a restored draft) replaces the text.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!editor || !model || loadedKey.current === document.key) return;
    loadedKey.current = document.key;
    if (document.undoable) {
      if (model.getValue() === document.text) return;
      editor.pushUndoStop();
      editor.executeEdits('rungs-revert', [{ range: model.getFullModelRange(), text: document.text, forceMoveMarkers: true }]);
      editor.pushUndoStop();
    } else {
      model.setValue(document.text);
    }
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.revealLine(1);
  }, [document, monaco]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!monaco || !model) return;
    // An answer for other text would misplace every marker; the answer for this text is on its way.
    if (checkedText === undefined || model.getValue() !== checkedText) return;
    // Problems inside an included library have that file's lines: they belong in Problems, not here.
    const own = diagnostics.filter((d) => d.file === undefined);
    checked.current = { version: model.getVersionId(), diagnostics: own };
    monaco.editor.setModelMarkers(model, markerOwner, diagnosticsToMarkers(own, { resource: model.uri, toUri: (url) => monaco.Uri.parse(url) }));
    mark('rungs-markers-applied');
  }, [diagnostics, checkedText, monaco]);

  useEffect(() => {
    monaco?.editor.setTheme(monacoTheme(theme));
  }, [theme, monaco]);

  useEffect(() => {
    if (monaco) libraryModels.current?.show(libraries);
  }, [libraries, monaco]);

  useImperativeHandle(
    ref,
    () => ({
      reveal(range, select) {
        const editor = editorRef.current;
        if (!editor || !monaco) return;
        // Selected from the end back to the start, so the cursor sits on the first line.
        const target = select
          ? new monaco.Selection(range.endLine, range.endColumn, range.line, range.column)
          : new monaco.Selection(range.line, range.column, range.line, range.column);
        editor.setSelection(target);
        editor.revealRangeNearTopIfOutsideViewport(target, monaco.editor.ScrollType.Smooth);
        editor.focus();
      },
      revealBlock(block, cursor) {
        const editor = editorRef.current;
        if (!editor || !monaco) return;
        editor.setPosition({ lineNumber: cursor.line, column: cursor.column });
        // The whole block when it fits, else its start: the cursor line always stays on screen.
        editor.revealRangeNearTopIfOutsideViewport(new monaco.Range(block.line, 1, block.endLine, 1), monaco.editor.ScrollType.Smooth);
        editor.revealLineInCenterIfOutsideViewport(cursor.line, monaco.editor.ScrollType.Smooth);
        editor.focus();
      },
      run(action) {
        const editor = editorRef.current;
        if (!editor) return;
        editor.focus();
        editor.trigger('studio', actionIds[action], null);
      },
      focus() {
        editorRef.current?.focus();
      },
      hasFocus() {
        return editorRef.current?.hasTextFocus() ?? false;
      },
    }),
    [monaco],
  );

  return (
    <div className="editor-pane" data-testid="editor" data-ready={monaco ? 'true' : 'false'}>
      <div className="editor-host" ref={host} />
      {!monaco && !failure && <div className="pane-placeholder">Loading the editor…</div>}
      {failure && (
        <div className="pane-placeholder pane-error" role="alert">
          The editor could not start: {failure}
        </div>
      )}
    </div>
  );
}
