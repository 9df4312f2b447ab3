import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Diagnostic } from '../core/diagnostics.ts';
import type { TemplateInfo } from '../core/templates/index.ts';
import type { IncludedFile, RecentFile, RungsApi } from '../host-api/api.ts';
import type { CommandId, CommandState } from '../host-api/commands.ts';
import { bulletLine } from './compare/bullet-line.ts';
import { CompareView, type CompareStart } from './compare/CompareView.tsx';
import { EditorPane, type EditorHandle } from './editor/EditorPane.tsx';
import { TemplateGallery } from './gallery/TemplateGallery.tsx';
import { browserStore } from './host/key-value-store.ts';
import { FolderPanel } from './folder/FolderPanel.tsx';
import { OutlinePanel } from './outline/OutlinePanel.tsx';
import { CommandPalette } from './palette/CommandPalette.tsx';
import { PreviewPane } from './preview/PreviewPane.tsx';
import { ProblemsPanel } from './problems/ProblemsPanel.tsx';
import { runCommand } from './shell/command-runner.ts';
import { DocumentNotices, Toast } from './shell/DocumentNotices.tsx';
import { currentPlatform, type KeyContext } from './shell/shortcuts.ts';
import { SplitView } from './shell/SplitView.tsx';
import { StatusBar } from './shell/StatusBar.tsx';
import { Toolbar } from './shell/Toolbar.tsx';
import { useFileDrop } from './shell/use-file-drop.ts';
import { useShortcuts } from './shell/use-shortcuts.ts';
import type { OutlineRole } from './state/check-protocol.ts';
import { includeLineFor } from './state/include-line.ts';
import { loadLayout, saveLayout, type Layout } from './state/layout-store.ts';
import { useColorScheme } from './state/use-color-scheme.ts';
import { useDocument } from './state/use-document.ts';

/** One shared empty list, so components that compare diagnostics by identity do not redo work. */
const noDiagnostics: readonly Diagnostic[] = [];
/** One empty list for every document without libraries, so the editor does not rebuild its library models on each render. */
const noLibraries: readonly IncludedFile[] = [];

/** The framework the studio opens on a first visit. */
export const defaultTemplate = 'spotify-style-dual-track';

/**
 * The studio's panes, composed. The document lifecycle lives in the document controller
 * (state/document-controller.ts), the commands in the command table (host-api/commands.ts).
 */
export function App({ host }: { host: RungsApi }) {
  const store = useMemo(() => browserStore(), []);
  const theme = useColorScheme();
  const keys = useMemo<KeyContext>(() => ({ platform: currentPlatform(), host: host.kind }), [host]);
  const [controller, state] = useDocument(host, store, defaultTemplate);
  const [layout, setLayout] = useState<Layout>(() => loadLayout(store));
  const [cursor, setCursor] = useState({ line: 1, column: 1 });
  const [gallery, setGallery] = useState<{ mode: 'new' | 'add-track'; templates: TemplateInfo[] } | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [compare, setCompare] = useState<CompareStart | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const editor = useRef<EditorHandle>(null);
  const galleryOpen = useRef(false);
  galleryOpen.current = gallery !== null;

  const { doc, result, preview } = state;
  const diagnostics = result?.diagnostics ?? noDiagnostics;
  const commandState = useMemo<CommandState>(() => ({ hasFile: Boolean(doc?.documentId), dirty: state.dirty }), [doc?.documentId, state.dirty]);

  useEffect(() => saveLayout(store, layout), [store, layout]);

  const openGallery = useCallback(async (mode: 'new' | 'add-track') => {
    const { listTemplates } = await import('../core/templates/index.ts');
    setGallery({ mode, templates: listTemplates() });
  }, []);

  const run = useCallback(
    (id: CommandId) =>
      runCommand(id, {
        controller,
        host,
        editor: (action) => editor.current?.run(action),
        setLayout,
        openGallery: (mode) => void openGallery(mode),
        // The template gallery is a modal dialog: nothing opens over it.
        togglePalette: () => setPaletteOpen((open) => !open && !galleryOpen.current),
        openCompare: (kind) => setCompare({ kind }),
      }),
    [controller, host, openGallery],
  );

  useShortcuts(host, keys, commandState, run);
  const dragging = useFileDrop(useCallback(([file, ...others]: File[]) => void controller.open(() => host.openDropped(file!, others)), [controller, host]));

  // A role is shown by its title line, the cursor placed there: nothing is selected, so typing never replaces the block.
  const revealRole = useCallback((role: OutlineRole) => editor.current?.revealBlock(role.range, { line: role.titleKey.line, column: role.titleKey.column }), []);
  const onPreviewRoleClick = useCallback(
    (roleId: string) => {
      const role = result?.outline.flatMap((t) => t.roles).find((r) => r.id === roleId);
      if (role) revealRole(role);
    },
    [result, revealRole],
  );

  // A row of a comparison names a role and a bullet: put the cursor on that bullet's line.
  const jumpToBullet = useCallback(
    (roleId: string, bullet: string) => {
      const role = result?.outline.flatMap((t) => t.roles).find((r) => r.id === roleId);
      if (!role) return;
      const line = bulletLine(state.text.split('\n'), role.range, bullet);
      if (line === undefined) revealRole(role);
      else editor.current?.revealBlock({ line, column: 1, endLine: line, endColumn: 1 }, { line, column: 1 });
    },
    [result, revealRole, state.text],
  );

  return (
    <div className={`studio theme-${theme}`} data-theme={theme}>
      <Toolbar
        run={run}
        keys={keys}
        state={commandState}
        recent={recent}
        onLoadRecent={() => void host.recentFiles().then(setRecent, () => setRecent([]))}
        onOpenRecent={(file) => void controller.open(() => host.openRecent(file.recentId))}
        view={state.view}
        exportOptions={{
          paper: state.paper,
          onPaper: (paper) => controller.setPaper(paper),
          tracks: result?.outline ?? [],
          excluded: state.excludedTracks,
          onToggleTrack: (trackId) => controller.toggleExportTrack(trackId),
        }}
      />
      <DocumentNotices state={state} controller={controller} />
      <div className="workspace">
        {layout.outlineOpen && (
          <aside className="sidebar">
            {state.folder && (
              <FolderPanel
                folder={state.folder}
                currentFileId={doc?.folderFileId}
                onOpen={(entry) => void controller.openFromFolder(entry.fileId)}
                onClose={() => controller.closeFolder()}
              />
            )}
            <OutlinePanel
              tracks={result?.outline ?? []}
              cursorLine={cursor.line}
              onSelectTrack={(track) => editor.current?.reveal(track.head, false)}
              onSelectRole={revealRole}
            />
          </aside>
        )}
        <div className="main-column">
          <SplitView
            split={layout.split}
            onSplit={(split) => setLayout((l) => ({ ...l, split }))}
            left={
              <EditorPane
                ref={editor}
                document={state.editor}
                diagnostics={diagnostics}
                checkedText={result?.text}
                theme={theme}
                libraries={doc?.libraries ?? noLibraries}
                onChange={(text) => controller.edit(text)}
                onCursor={setCursor}
              />
            }
            right={
              layout.previewOpen ? (
                <PreviewPane
                  html={preview?.html ?? ''}
                  view={preview?.view ?? state.view}
                  pending={!preview}
                  onRoleClick={onPreviewRoleClick}
                  onRoleContextMenu={(roleId) => setCompare({ kind: 'roles', to: roleId })}
                  onOpenLink={(url) => void host.openExternal(url)}
                />
              ) : null
            }
          />
          <ProblemsPanel
            diagnostics={diagnostics}
            open={layout.problemsOpen}
            onToggle={() => setLayout((l) => ({ ...l, problemsOpen: !l.problemsOpen }))}
            onSelect={(d) => {
              // A library's lines are not this editor's: show the include that brings the library in.
              const line = d.file === undefined ? d.line : includeLineFor(state.text, d.file);
              if (line === null) return;
              editor.current?.reveal(d.file === undefined ? d : { line, column: 1, endLine: line, endColumn: 1 }, d.file === undefined);
            }}
          />
        </div>
      </div>
      <StatusBar
        fileName={doc ? `${doc.name}${state.dirty ? ' •' : ''}` : 'Loading…'}
        filePath={doc?.displayPath ?? ''}
        saveState={state.saveState}
        line={cursor.line}
        column={cursor.column}
        errors={diagnostics.filter((d) => d.severity === 'error').length}
        warnings={diagnostics.filter((d) => d.severity === 'warning').length}
        checking={state.checking}
        checkMs={result ? result.checkMs + (preview?.renderMs ?? 0) : null}
        progress={state.progress}
        onProblemsClick={() => setLayout((l) => ({ ...l, problemsOpen: !l.problemsOpen }))}
      />
      <Toast state={state} controller={controller} />
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
      {compare && (
        <CompareView
          start={compare}
          text={state.text}
          savedText={doc?.savedText ?? ''}
          savedLabel={doc ? `the saved ${doc.name}` : 'the saved version'}
          tracks={result?.outline ?? []}
          onJump={(roleId, bullet) => {
            setCompare(null);
            jumpToBullet(roleId, bullet);
          }}
          onClose={() => {
            setCompare(null);
            editor.current?.focus();
          }}
        />
      )}
      {gallery && (
        <TemplateGallery
          mode={gallery.mode}
          templates={gallery.templates}
          documentText={state.text}
          onChoose={(name) => {
            setGallery(null);
            void controller.newDocument(name);
          }}
          onAddTrack={async (template, track, levelMap) => {
            if (await controller.addTrack(template, track, levelMap)) setGallery(null);
          }}
          onClose={() => setGallery(null)}
        />
      )}
    </div>
  );
}
