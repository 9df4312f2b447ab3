import type { RecentFile } from '../../host-api/api.ts';
import { commands, commandSpec, isEnabled, type CommandId, type CommandSpec, type CommandState } from '../../host-api/commands.ts';
import type { PreviewView } from '../state/check-protocol.ts';
import { ExportOptions, type ExportOptionsProps } from './ExportOptions.tsx';
import { Icon } from './icons.tsx';
import { Menu, type MenuItem } from './Menu.tsx';
import { commandShortcutLabel, withShortcut, type KeyContext } from './shortcuts.ts';

interface Props {
  run(command: CommandId): void;
  keys: KeyContext;
  state: CommandState;
  recent: readonly RecentFile[];
  onOpenRecent(recent: RecentFile): void;
  onLoadRecent(): void;
  view: PreviewView;
  exportOptions: ExportOptionsProps;
}

/** The drop-down items the command table places in one of the toolbar's menus, a separator between groups. */
function menuItems(place: 'export-menu' | 'more-menu', run: (id: CommandId) => void, keys: KeyContext, state: CommandState, testId: (spec: CommandSpec) => string): MenuItem[] {
  let group: string | undefined;
  return commands
    .filter((spec) => spec.places.toolbar === place)
    .map((spec) => {
      const where = `${spec.category}:${spec.places.nativeMenu?.group ?? 0}`;
      const separatorBefore = group !== undefined && where !== group;
      group = where;
      return {
        id: testId(spec),
        label: spec.title,
        shortcut: commandShortcutLabel(spec.id, keys),
        disabled: !isEnabled(spec, state),
        separatorBefore,
        onSelect: () => run(spec.id),
      };
    });
}

export function Toolbar({ run, keys, state, recent, onOpenRecent, onLoadRecent, view, exportOptions }: Props) {
  const tip = (id: CommandId) => withShortcut(commandSpec(id).description, id, keys);
  const exportItems = menuItems('export-menu', run, keys, state, (spec) => spec.id);
  const moreItems = menuItems('more-menu', run, keys, state, (spec) => `menu-${spec.id}`);
  const recentItems: MenuItem[] = recent.map((file) => ({ id: `recent-${file.recentId}`, label: file.name, onSelect: () => onOpenRecent(file) }));

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
        <button type="button" className="tool-button" data-testid="toolbar-new" title={tip('new')} onClick={() => run('new')}>
          <Icon name="new" />
          New
        </button>
        <button type="button" className="tool-button" data-testid="toolbar-open" title={tip('open')} onClick={() => run('open')}>
          <Icon name="open" />
          Open
        </button>
        <div onPointerDown={onLoadRecent}>
          <Menu label={<span className="sr-only">Open recent</span>} title="Open recent" items={recentItems} testId="toolbar-open-recent" className="menu-compact" />
        </div>
        <button type="button" className="tool-button" data-testid="toolbar-save" title={tip('save')} onClick={() => run('save')}>
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
          title={tip('show-parity')}
          onClick={() => view !== 'parity' && run('show-parity')}
        >
          <Icon name="parity" />
          Parity
        </button>
      </div>
      <span className="toolbar-spacer" />
      <div className="tool-group">
        <button type="button" className="tool-button icon-only" title={tip('undo')} data-testid="toolbar-undo" onClick={() => run('undo')}>
          <Icon name="undo" />
        </button>
        <button type="button" className="tool-button icon-only" title={tip('redo')} data-testid="toolbar-redo" onClick={() => run('redo')}>
          <Icon name="redo" />
        </button>
        <Menu label={<Icon name="more" />} title="More commands" items={moreItems} testId="toolbar-more" className="menu-right" />
      </div>
    </header>
  );
}
