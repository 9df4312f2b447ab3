import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../host-api/api.ts';
import { menuCommands } from '../../../electron/main/ipc-validation.ts';
import { buildMenuTemplate, type MenuContext } from '../../../electron/main/menu.ts';

function context(overrides: Partial<MenuContext> = {}): MenuContext & { sent: MenuCommand[]; opened: string[] } {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  return {
    platform: 'linux',
    appName: 'Rungs',
    recent: [],
    development: false,
    send: (c) => sent.push(c),
    openRecent: (id) => opened.push(id),
    clearRecent: () => {},
    sent,
    opened,
    ...overrides,
  };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function find(items: readonly MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(items).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as unknown as () => void)();
}

describe('native menu', () => {
  it('shows the file, edit and view commands with their shortcuts', () => {
    const menu = buildMenuTemplate(context());
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'help']);
    const shortcuts = Object.fromEntries(flatten(menu).filter((i) => i.id && i.accelerator).map((i) => [i.id, i.accelerator]));
    expect(shortcuts).toMatchObject({
      new: 'Ctrl+N',
      open: 'Ctrl+O',
      save: 'Ctrl+S',
      'save-as': 'Ctrl+Shift+S',
      'export-html': 'Ctrl+E',
      'export-pdf': 'Ctrl+P',
      find: 'Ctrl+F',
      replace: 'Ctrl+H',
      'command-palette': 'F1',
    });
    const mac = Object.fromEntries(flatten(buildMenuTemplate(context({ platform: 'darwin' }))).filter((i) => i.id && i.accelerator).map((i) => [i.id, i.accelerator]));
    expect(mac).toMatchObject({ save: 'Cmd+S', replace: 'Cmd+Alt+F', 'show-parity': 'Cmd+Shift+Y' });
    // One shortcut never does two things.
    const accelerators = flatten(menu).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('has an item for every menu command, and each sends its own command', () => {
    const ctx = context();
    const menu = buildMenuTemplate(ctx);
    for (const command of menuCommands) click(find(menu, command));
    expect(ctx.sent).toEqual(menuCommands);
  });

  it('lists recent files and opens them by id', () => {
    const ctx = context({ recent: [{ recentId: 'abc', name: 'ladder.yaml', displayPath: '/home/me/ladder.yaml' }] });
    const menu = buildMenuTemplate(ctx);
    const item = find(menu, 'recent-abc');
    expect(item.label).toBe('/home/me/ladder.yaml');
    click(item);
    expect(ctx.opened).toEqual(['abc']);
    const empty = find(buildMenuTemplate(context()), 'open-recent');
    expect(Array.isArray(empty.submenu) && empty.submenu[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
  });

  it('follows macOS conventions there: app menu with Quit, Window menu', () => {
    const menu = buildMenuTemplate(context({ platform: 'darwin' }));
    expect(menu[0]?.label).toBe('Rungs');
    expect(flatten(menu).some((i) => i.role === 'quit')).toBe(true);
    expect(menu.some((m) => m.role === 'windowMenu')).toBe(true);
  });

  it('greys out Revert until there is a file with unsaved changes', () => {
    expect(find(buildMenuTemplate(context()), 'revert').enabled).toBe(false);
    expect(find(buildMenuTemplate(context({ state: { hasFile: true, dirty: false } })), 'revert').enabled).toBe(false);
    expect(find(buildMenuTemplate(context({ state: { hasFile: true, dirty: true } })), 'revert').enabled).toBe(true);
  });

  it('shows editing accelerators but leaves their keys to the editor', () => {
    const menu = buildMenuTemplate(context());
    expect(find(menu, 'find')).toMatchObject({ accelerator: 'Ctrl+F', registerAccelerator: false });
    expect(find(menu, 'save').registerAccelerator).toBeUndefined();
  });

  it('offers developer tools only in development builds', () => {
    expect(flatten(buildMenuTemplate(context())).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(buildMenuTemplate(context({ development: true }))).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });
});
