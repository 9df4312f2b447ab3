import type { ExportFormat, RungsApi } from '../../host-api/api.ts';
import type { CommandId } from '../../host-api/commands.ts';
import type { EditorAction } from '../editor/editor-actions.ts';
import type { DocumentController } from '../state/document-controller.ts';
import type { Layout } from '../state/layout-store.ts';

/** What a command can act on: the document, the editor, the panes and the studio's dialogs. */
export interface CommandTargets {
  controller: DocumentController;
  host: Pick<RungsApi, 'openDialog'>;
  editor(action: EditorAction): void;
  setLayout(change: (layout: Layout) => Layout): void;
  openGallery(mode: 'new' | 'add-track'): void;
  togglePalette(): void;
  openCompare(kind: 'roles' | 'versions'): void;
}

const exportFormats: Partial<Record<CommandId, ExportFormat>> = {
  'export-html': 'html',
  'export-pdf': 'pdf',
  'export-md': 'md',
  'export-csv': 'csv',
  'export-json': 'json',
};

const editorActions: Partial<Record<CommandId, EditorAction>> = {
  undo: 'undo',
  redo: 'redo',
  find: 'find',
  replace: 'replace',
  'format-document': 'format',
  'quick-fix': 'quick-fix',
  'next-problem': 'next-problem',
};

/** Runs one command of the table, whichever menu, key or palette row asked for it. */
export function runCommand(id: CommandId, t: CommandTargets): void {
  const format = exportFormats[id];
  if (format) return void t.controller.exportAs(format);
  const action = editorActions[id];
  if (action) return t.editor(action);
  switch (id) {
    case 'new':
    case 'new-from-template':
      return t.openGallery('new');
    case 'import-track':
      return t.openGallery('add-track');
    case 'open':
      return void t.controller.open(() => t.host.openDialog());
    case 'open-folder':
      return void t.controller.openFolder();
    case 'save':
      return void t.controller.save(false);
    case 'save-as':
      return void t.controller.save(true);
    case 'revert':
      return void t.controller.revert();
    case 'import-csv':
      return void t.controller.importCsv();
    case 'command-palette':
      return t.togglePalette();
    case 'compare-roles':
      return t.openCompare('roles');
    case 'compare-versions':
      return t.openCompare('versions');
    case 'toggle-preview':
      return t.setLayout((l) => ({ ...l, previewOpen: !l.previewOpen }));
    case 'toggle-outline':
      return t.setLayout((l) => ({ ...l, outlineOpen: !l.outlineOpen }));
    case 'show-problems':
      return t.setLayout((l) => ({ ...l, problemsOpen: true }));
    case 'show-parity':
      t.setLayout((l) => ({ ...l, previewOpen: true }));
      return t.controller.toggleParity();
  }
}
