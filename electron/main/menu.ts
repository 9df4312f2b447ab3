import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentFile } from '../../host-api/api.ts';

export interface MenuContext {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentFile[];
  /** Development builds get the reload and developer-tools items; releases do not. */
  development: boolean;
  send(command: MenuCommand): void;
  openRecent(recentId: string): void;
  clearRecent(): void;
}

/**
 * The native menu bar as a plain template (built with Menu.buildFromTemplate by the caller), so
 * its items and shortcuts are testable without Electron. Document commands go to the renderer as
 * MenuCommands; clipboard and undo use Electron's roles, which reach Monaco like keystrokes do.
 */
export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const mac = ctx.platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    id: command,
    ...(accelerator ? { accelerator } : {}),
    click: () => ctx.send(command),
  });

  const openRecent: MenuItemConstructorOptions[] = ctx.recent.length
    ? [
        ...ctx.recent.map((file, index) => ({
          label: file.displayPath,
          id: `recent-${file.recentId}`,
          ...(index < 9 ? { accelerator: `CmdOrCtrl+Alt+${index + 1}` } : {}),
          click: () => ctx.openRecent(file.recentId),
        })),
        { type: 'separator' },
        { label: 'Clear Recent', id: 'clear-recent', click: () => ctx.clearRecent() },
      ]
    : [{ label: 'No Recent Files', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New', 'new', 'CmdOrCtrl+N'),
      item('New from Template…', 'new-from-template', 'CmdOrCtrl+Shift+N'),
      item('Open…', 'open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'open-recent', submenu: openRecent },
      { type: 'separator' },
      item('Save', 'save', 'CmdOrCtrl+S'),
      item('Save As…', 'save-as', 'CmdOrCtrl+Shift+S'),
      item('Revert', 'revert', 'CmdOrCtrl+Shift+R'),
      { type: 'separator' },
      item('Import CSV…', 'import-csv', 'CmdOrCtrl+Alt+I'),
      item('Add Track from Template…', 'import-track', 'CmdOrCtrl+Alt+T'),
      {
        label: 'Export',
        id: 'export',
        submenu: [
          item('HTML…', 'export-html', 'CmdOrCtrl+E'),
          item('PDF…', 'export-pdf', 'CmdOrCtrl+Shift+E'),
          item('Markdown…', 'export-md', 'CmdOrCtrl+Alt+E'),
          item('CSV…', 'export-csv', 'CmdOrCtrl+Alt+C'),
          item('JSON…', 'export-json', 'CmdOrCtrl+Alt+J'),
        ],
      },
      { type: 'separator' },
      // On macOS, Quit lives in the application menu and Close Window here.
      mac ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item('Find', 'find', 'CmdOrCtrl+F'),
      item('Replace', 'replace', mac ? 'Cmd+Alt+F' : 'Ctrl+H'),
      item('Format Document', 'format-document', 'Shift+Alt+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      item('Toggle Preview', 'toggle-preview', 'CmdOrCtrl+Shift+V'),
      item('Parity Matrix', 'show-parity', 'CmdOrCtrl+Shift+Y'),
      item('Problems', 'show-problems', 'CmdOrCtrl+Shift+M'),
      item('Next Problem', 'next-problem', 'F8'),
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
