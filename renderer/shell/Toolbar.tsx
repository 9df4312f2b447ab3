import type { MenuCommand, RecentFile } from '../../host-api/api.ts';
import type { PreviewView } from '../state/check-protocol.ts';
import { ExportOptions, type ExportOptionsProps } from './ExportOptions.tsx';
import { Icon } from './icons.tsx';
import { Menu, type MenuItem } from './Menu.tsx';
import { shortcutLabel, withShortcut, type StudioCommand } from './shortcuts.ts';

interface Props {
  run(command: StudioCommand): void;
  recent: readonly RecentFile[];
  onOpenRecent(recent: RecentFile): void;
  onLoadRecent(): void;
  view: PreviewView;
  dirty: boolean;
  canRevert: boolean;
  outlineOpen: boolean;
  previewOpen: boolean;
  onToggleOutline(): void;
  exportOptions: ExportOptionsProps;
}

export function Toolbar({ run, recent, onOpenRecent, onLoadRecent, view, dirty, canRevert, outlineOpen, previewOpen, onToggleOutline, exportOptions }: Props) {
  const exportItem = (command: MenuCommand, label: string): MenuItem => ({
    id: command,
    label,
    shortcut: shortcutLabel(command),
    onSelect: () => run(command),
  });
  const exportItems: MenuItem[] = [
    exportItem('export-html', 'HTML page'),
    exportItem('export-pdf', 'PDF…'),
    exportItem('export-md', 'Markdown'),
    exportItem('export-csv', 'CSV spreadsheet'),
    exportItem('export-json', 'JSON data'),
  ];
  const recentItems: MenuItem[] = recent.map((file) => ({ id: `recent-${file.recentId}`, label: file.name, onSelect: () => onOpenRecent(file) }));
  const moreItems: MenuItem[] = [
    { id: 'menu-new-from-template', label: 'New from template…', onSelect: () => run('new-from-template') },
    { id: 'menu-save-as', label: 'Save As…', shortcut: shortcutLabel('save-as'), onSelect: () => run('save-as') },
    { id: 'menu-revert', label: 'Revert to saved', disabled: !canRevert || !dirty, onSelect: () => run('revert') },
    { id: 'menu-import-csv', label: 'Import CSV…', separatorBefore: true, onSelect: () => run('import-csv') },
    { id: 'menu-import-track', label: 'Add track from template…', onSelect: () => run('import-track') },
    { id: 'menu-find', label: 'Find', shortcut: shortcutLabel('find'), separatorBefore: true, onSelect: () => run('find') },
    { id: 'menu-replace', label: 'Replace', shortcut: shortcutLabel('replace'), onSelect: () => run('replace') },
    { id: 'menu-format', label: 'Format document', shortcut: shortcutLabel('format-document'), onSelect: () => run('format-document') },
    { id: 'menu-next-problem', label: 'Go to next problem', shortcut: shortcutLabel('next-problem'), onSelect: () => run('next-problem') },
    { id: 'menu-toggle-outline', label: outlineOpen ? 'Hide outline' : 'Show outline', separatorBefore: true, onSelect: onToggleOutline },
    { id: 'menu-toggle-preview', label: previewOpen ? 'Hide preview' : 'Show preview', shortcut: shortcutLabel('toggle-preview'), onSelect: () => run('toggle-preview') },
    { id: 'menu-show-problems', label: 'Show problems', shortcut: shortcutLabel('show-problems'), onSelect: () => run('show-problems') },
  ];

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="brand" aria-label="Rungs">
        <span className="brand-mark" aria-hidden="true">
          <span />
          <span />
          <span />
        </span>
        Rungs
      </div>
      <div className="tool-group">
        <button type="button" className="tool-button" data-testid="toolbar-new" title={withShortcut('New framework: blank or from a template', 'new')} onClick={() => run('new')}>
          <Icon name="new" />
          New
        </button>
        <button type="button" className="tool-button" data-testid="toolbar-open" title={withShortcut('Open a framework file', 'open')} onClick={() => run('open')}>
          <Icon name="open" />
          Open
        </button>
        <div onPointerDown={onLoadRecent}>
          <Menu label={<span className="sr-only">Open recent</span>} title="Open recent" items={recentItems} testId="toolbar-open-recent" className="menu-compact" />
        </div>
        <button type="button" className="tool-button" data-testid="toolbar-save" title={withShortcut('Save', 'save')} onClick={() => run('save')}>
          <Icon name="save" />
          Save
        </button>
      </div>
      <span className="tool-divider" />
      <div className="tool-group">
        <Menu
          label={
            <>
              <Icon name="export" />
              Export
            </>
          }
          title="Export the rubric as HTML, PDF, Markdown, CSV or JSON"
          items={exportItems}
          testId="toolbar-export"
          footer={<ExportOptions {...exportOptions} />}
        />
      </div>
      <span className="tool-divider" />
      <div className="segmented" role="group" aria-label="Preview">
        <button
          type="button"
          className={`segment ${view === 'rubric' ? 'is-selected' : ''}`}
          aria-pressed={view === 'rubric'}
          data-testid="view-rubric"
          title="Show the full rubric"
          onClick={() => view !== 'rubric' && run('show-parity')}
        >
          <Icon name="rubric" />
          Rubric
        </button>
        <button
          type="button"
          className={`segment ${view === 'parity' ? 'is-selected' : ''}`}
          aria-pressed={view === 'parity'}
          data-testid="toggle-parity"
          title={withShortcut('Show the parity matrix: IC and management roles level by level', 'show-parity')}
          onClick={() => view !== 'parity' && run('show-parity')}
        >
          <Icon name="parity" />
          Parity
        </button>
      </div>
      <span className="toolbar-spacer" />
      <div className="tool-group">
        <button type="button" className="tool-button icon-only" title="Undo" data-testid="toolbar-undo" onClick={() => run('undo')}>
          <Icon name="undo" />
        </button>
        <button type="button" className="tool-button icon-only" title="Redo" data-testid="toolbar-redo" onClick={() => run('redo')}>
          <Icon name="redo" />
        </button>
        <Menu label={<Icon name="more" />} title="More commands" items={moreItems} testId="toolbar-more" className="menu-right" />
      </div>
    </header>
  );
}
