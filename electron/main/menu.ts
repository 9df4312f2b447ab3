import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../host-api/api.ts';
import { commands, isEnabled, shortcutsFor, type CommandSpec, type CommandState } from '../../host-api/commands.ts';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentFile[];
  /** Development builds get the reload and developer-tools items; releases do not. */
  development: boolean;
  /** The open document's state, for items that only apply sometimes (Revert). */
  state?: CommandState;
  send(command: MenuCommand): void;
  openRecent(recentId: string): void;
  clearRecent(): void;
}

type MenuName = NonNullable<CommandSpec['places']['nativeMenu']>['menu'];

/**
 * The native menu bar as a plain template (built with Menu.buildFromTemplate by the caller), so
 * its items and shortcuts are testable without Electron. Its document commands, their order and
 * their accelerators come from the command table (host-api/commands.ts) and go to the renderer
 * as MenuCommands; undo and redo use Electron's roles, which reach Monaco like keystrokes do.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const state = ctx.state ?? { hasFile: false, dirty: false };
  const item = (spec: CommandSpec, labelled: 'title' | 'menu'): MenuItemConstructorOptions => {
    const [accelerator] = shortcutsFor(spec, mac ? 'mac' : 'other', 'electron');
    if (spec.nativeRole) return { role: spec.nativeRole, id: spec.id, ...(accelerator ? { accelerator } : {}) };
    return {
      label: labelled === 'menu' ? (spec.menuLabel ?? spec.title) : spec.title,
      id: spec.id,
      ...(accelerator ? { accelerator } : {}),
      // Editing keys stay with the page, where Monaco answers them when it has focus: the menu
      // shows them but does not take them (the studio's key handling runs them elsewhere).
      ...(accelerator && spec.textOwned ? { registerAccelerator: false } : {}),
      enabled: isEnabled(spec, state),
      click: () => ctx.send(spec.id as MenuCommand),
    };
  };
  /** The table's commands of one menu, a separator between groups. */
  const section = (menu: MenuName, labelled: 'title' | 'menu' = 'title'): MenuItemConstructorOptions[] => {
    const out: MenuItemConstructorOptions[] = [];
    let group: number | undefined;
    for (const spec of commands) {
      const place = spec.places.nativeMenu;
      if (place?.menu !== menu) continue;
      if (group !== undefined && place.group !== group) out.push({ type: 'separator' });
      group = place.group;
      out.push(item(spec, labelled));
    }
    return out;
  };

  const openRecent: MenuItemConstructorOptions[] = ctx.recent.length
    ? [
        // No accelerators: Ctrl+Alt+digit is AltGr+digit on many keyboards, which types { [ ] }.
        ...ctx.recent.map((file) => ({
          label: file.displayPath,
          id: `recent-${file.recentId}`,
          click: () => ctx.openRecent(file.recentId),
        })),
        { type: 'separator' },
        { label: 'Clear Recent', id: 'clear-recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const fileItems = section('file');
  // Open Recent follows Open; its items are the recent files, not commands.
  const afterOpen = fileItems.findIndex((i) => i.id === 'open') + 1;
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      ...fileItems.slice(0, afterOpen),
      { label: 'Open Recent', id: 'open-recent', submenu: openRecent },
      ...fileItems.slice(afterOpen),
      { type: 'separator' },
      { label: 'Export', id: 'export', submenu: section('export', 'menu') },
      { type: 'separator' },
      // On macOS, Quit lives in the application menu and Close Window here.
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const editItems = section('edit');
  // The clipboard roles go between undo/redo and the document's editing commands.
  const afterRedo = editItems.findIndex((i) => i.id === 'redo') + 1;
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      ...editItems.slice(0, afterRedo),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      ...editItems.slice(afterRedo),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...section('view'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(ctx.development ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ role: 'about', label: `About ${ctx.appName}` }],
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: ctx.appName,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  return [...appMenu, file, edit, view, ...(mac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []), help];
}
