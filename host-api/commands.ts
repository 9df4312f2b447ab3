/**
 * The studio's one command table. Every command the user can reach (native menus, the toolbar
 * and its drop-downs, keyboard shortcuts, the command palette) is listed here once, with its
 * shortcut per platform and the places it appears. The Electron menu, the browser studio's
 * menus and tooltips, its key handling, the palette and README's shortcut table are all read
 * from this list, so they cannot disagree.
 *
 * Shortcuts use Electron's accelerator syntax with the platform's own modifier ("Cmd+Shift+S" on
 * macOS, "Ctrl+Shift+S" elsewhere). The first shortcut of a platform is the one menus show (and
 * the Electron menu registers); any others are extra ways in, handled by the studio itself.
 */

export type CommandId =
  | 'new'
  | 'new-from-template'
  | 'open'
  | 'open-folder'
  | 'save'
  | 'save-as'
  | 'revert'
  | 'import-csv'
  | 'import-track'
  | 'export-html'
  | 'export-pdf'
  | 'export-md'
  | 'export-csv'
  | 'export-json'
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'format-document'
  | 'quick-fix'
  | 'command-palette'
  | 'toggle-preview'
  | 'toggle-outline'
  | 'show-parity'
  | 'show-problems'
  | 'next-problem'
  | 'compare-roles'
  | 'compare-versions';

export type CommandCategory = 'File' | 'Export' | 'Edit' | 'View';

/** What the studio knows when it decides whether a command can run now. */
export interface CommandState {
  /** The open document has a file on disk (or a browser file handle) to go back to. */
  hasFile: boolean;
  /** The editor holds changes that are not in that file. */
  dirty: boolean;
}

export interface PlatformShortcuts {
  mac: readonly string[];
  other: readonly string[];
}

/** Where the command is offered besides the palette. */
export interface CommandPlaces {
  /** The Electron menu bar: which menu, and a group (separators go between groups). */
  nativeMenu?: { menu: 'file' | 'export' | 'edit' | 'view'; group: number };
  /** The browser studio's toolbar: a button of its own, or an item in one of its drop-downs. */
  toolbar?: 'button' | 'export-menu' | 'more-menu';
  /** Listed in the command palette (default true). */
  palette?: boolean;
}

export interface CommandSpec {
  id: CommandId;
  /** Title Case, as menus and the palette show it. */
  title: string;
  category: CommandCategory;
  /** A sentence for tooltips. */
  description: string;
  /** A shorter label where the menu already says the rest (the File ▸ Export submenu). */
  menuLabel?: string;
  shortcuts?: PlatformShortcuts;
  places: CommandPlaces;
  /**
   * Editing commands the text field with focus already answers (Monaco has its own find, undo,
   * F8). The studio runs them only when focus is elsewhere, so the editor's behaviour is kept.
   */
  textOwned?: boolean;
  /** The Electron menu uses this built-in role instead of sending the command (undo and redo reach Monaco as keystrokes). */
  nativeRole?: 'undo' | 'redo';
  /** When the command can run; always when absent. */
  enabled?: (state: CommandState) => boolean;
}

/** The same key combination on both platforms: `mod` becomes Cmd on macOS and Ctrl elsewhere. */
function mod(...keys: string[]): PlatformShortcuts {
  return { mac: keys.map((k) => `Cmd+${k}`), other: keys.map((k) => `Ctrl+${k}`) };
}

function plain(...keys: string[]): PlatformShortcuts {
  return { mac: keys, other: keys };
}

export const commands: readonly CommandSpec[] = [
  {
    id: 'new',
    title: 'New…',
    category: 'File',
    description: 'New framework: blank or from a template',
    shortcuts: mod('N'),
    places: { nativeMenu: { menu: 'file', group: 1 }, toolbar: 'button' },
  },
  {
    id: 'new-from-template',
    title: 'New from Template…',
    category: 'File',
    description: 'Start a framework from one of the built-in templates',
    places: { nativeMenu: { menu: 'file', group: 1 }, toolbar: 'more-menu' },
  },
  {
    id: 'open',
    title: 'Open…',
    category: 'File',
    description: 'Open a framework file',
    shortcuts: mod('O'),
    places: { nativeMenu: { menu: 'file', group: 1 }, toolbar: 'button' },
  },
  {
    id: 'open-folder',
    title: 'Open Folder…',
    category: 'File',
    description: 'Open a folder of frameworks and the libraries they share, listed beside the outline',
    places: { nativeMenu: { menu: 'file', group: 1 }, toolbar: 'more-menu' },
  },
  {
    id: 'save',
    title: 'Save',
    category: 'File',
    description: 'Save',
    shortcuts: mod('S'),
    places: { nativeMenu: { menu: 'file', group: 2 }, toolbar: 'button' },
  },
  {
    id: 'save-as',
    title: 'Save As…',
    category: 'File',
    description: 'Save under a new name',
    shortcuts: mod('Shift+S'),
    places: { nativeMenu: { menu: 'file', group: 2 }, toolbar: 'more-menu' },
  },
  {
    id: 'revert',
    title: 'Revert to Saved',
    category: 'File',
    description: 'Drop the unsaved changes and show the file as it is on disk (Undo brings them back)',
    places: { nativeMenu: { menu: 'file', group: 2 }, toolbar: 'more-menu' },
    enabled: (state) => state.hasFile && state.dirty,
  },
  {
    id: 'import-csv',
    title: 'Import CSV…',
    category: 'File',
    description: 'Make a framework from a competency matrix spreadsheet',
    places: { nativeMenu: { menu: 'file', group: 3 }, toolbar: 'more-menu' },
  },
  {
    id: 'import-track',
    title: 'Add Track from Template…',
    category: 'File',
    description: "Add one of a template's tracks to this framework, placed on your levels",
    places: { nativeMenu: { menu: 'file', group: 3 }, toolbar: 'more-menu' },
  },
  {
    id: 'export-html',
    title: 'Export HTML…',
    menuLabel: 'HTML…',
    category: 'Export',
    description: 'A self-contained HTML page of the rubric',
    shortcuts: mod('E'),
    places: { nativeMenu: { menu: 'export', group: 1 }, toolbar: 'export-menu' },
  },
  {
    id: 'export-pdf',
    title: 'Export PDF…',
    menuLabel: 'PDF…',
    category: 'Export',
    description: 'The rubric as a printable PDF',
    shortcuts: mod('P'),
    places: { nativeMenu: { menu: 'export', group: 1 }, toolbar: 'export-menu' },
  },
  {
    id: 'export-md',
    title: 'Export Markdown…',
    menuLabel: 'Markdown…',
    category: 'Export',
    description: 'Markdown for a wiki (GitHub, GitLab, Confluence, Notion)',
    places: { nativeMenu: { menu: 'export', group: 1 }, toolbar: 'export-menu' },
  },
  {
    id: 'export-csv',
    title: 'Export CSV…',
    menuLabel: 'CSV…',
    category: 'Export',
    description: 'A spreadsheet with one row per role and dimension',
    places: { nativeMenu: { menu: 'export', group: 1 }, toolbar: 'export-menu' },
  },
  {
    id: 'export-json',
    title: 'Export JSON…',
    menuLabel: 'JSON…',
    category: 'Export',
    description: 'The normalised framework as JSON data',
    places: { nativeMenu: { menu: 'export', group: 1 }, toolbar: 'export-menu' },
  },
  {
    id: 'undo',
    title: 'Undo',
    category: 'Edit',
    description: 'Undo',
    shortcuts: mod('Z'),
    places: { nativeMenu: { menu: 'edit', group: 1 }, toolbar: 'button' },
    textOwned: true,
    nativeRole: 'undo',
  },
  {
    id: 'redo',
    title: 'Redo',
    category: 'Edit',
    description: 'Redo',
    shortcuts: { mac: ['Cmd+Shift+Z'], other: ['Ctrl+Y', 'Ctrl+Shift+Z'] },
    places: { nativeMenu: { menu: 'edit', group: 1 }, toolbar: 'button' },
    textOwned: true,
    nativeRole: 'redo',
  },
  {
    id: 'find',
    title: 'Find',
    category: 'Edit',
    description: 'Find in the framework',
    shortcuts: mod('F'),
    places: { nativeMenu: { menu: 'edit', group: 3 }, toolbar: 'more-menu' },
    textOwned: true,
  },
  {
    id: 'replace',
    title: 'Replace',
    category: 'Edit',
    description: 'Find and replace in the framework',
    // ⌘H hides the app on macOS, so the Mac gets the Mac editors' ⌥⌘F.
    shortcuts: { mac: ['Cmd+Alt+F'], other: ['Ctrl+H'] },
    places: { nativeMenu: { menu: 'edit', group: 3 }, toolbar: 'more-menu' },
    textOwned: true,
  },
  {
    id: 'format-document',
    title: 'Format Document',
    category: 'Edit',
    description: 'Re-indent the YAML and keep the comments',
    shortcuts: plain('Shift+Alt+F'),
    places: { nativeMenu: { menu: 'edit', group: 3 }, toolbar: 'more-menu' },
    textOwned: true,
  },
  {
    id: 'quick-fix',
    title: 'Quick Fix…',
    category: 'Edit',
    description: 'Show the fixes for the problem under the cursor',
    shortcuts: mod('.'),
    places: { nativeMenu: { menu: 'edit', group: 3 } },
    textOwned: true,
  },
  {
    id: 'command-palette',
    title: 'Command Palette…',
    category: 'View',
    description: 'Find and run any command',
    shortcuts: { mac: ['F1', 'Cmd+Shift+P'], other: ['F1', 'Ctrl+Shift+P'] },
    places: { nativeMenu: { menu: 'view', group: 1 }, toolbar: 'more-menu', palette: false },
  },
  {
    id: 'toggle-preview',
    title: 'Toggle Preview',
    category: 'View',
    description: 'Show or hide the live preview',
    shortcuts: mod('\\'),
    places: { nativeMenu: { menu: 'view', group: 2 }, toolbar: 'more-menu' },
  },
  {
    id: 'toggle-outline',
    title: 'Toggle Outline',
    category: 'View',
    description: 'Show or hide the outline of tracks and roles',
    places: { nativeMenu: { menu: 'view', group: 2 }, toolbar: 'more-menu' },
  },
  {
    id: 'show-parity',
    title: 'Toggle Parity Matrix',
    category: 'View',
    description: 'Show the parity matrix: IC and management roles level by level',
    shortcuts: mod('Shift+Y'),
    places: { nativeMenu: { menu: 'view', group: 2 }, toolbar: 'button' },
  },
  {
    id: 'compare-roles',
    title: 'Compare Roles…',
    category: 'View',
    description: 'What changes between two roles, bullet by bullet: a promotion, a switch, a lateral move',
    places: { nativeMenu: { menu: 'view', group: 3 }, toolbar: 'more-menu' },
  },
  {
    id: 'compare-versions',
    title: 'Compare with Saved Version or File…',
    category: 'View',
    description: 'What changed against the saved version or another file, as a changelog',
    places: { nativeMenu: { menu: 'view', group: 3 }, toolbar: 'more-menu' },
  },
  {
    id: 'show-problems',
    title: 'Show Problems',
    category: 'View',
    description: 'Open the problems panel',
    shortcuts: mod('Shift+M'),
    places: { nativeMenu: { menu: 'view', group: 2 }, toolbar: 'more-menu' },
  },
  {
    id: 'next-problem',
    title: 'Go to Next Problem',
    category: 'View',
    description: 'Move the cursor to the next problem',
    shortcuts: plain('F8'),
    places: { nativeMenu: { menu: 'view', group: 2 }, toolbar: 'more-menu' },
    textOwned: true,
  },
];

const byId = new Map(commands.map((c) => [c.id, c]));

export function commandSpec(id: CommandId): CommandSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`No command '${id}' in the command table`);
  return spec;
}

export function isEnabled(spec: CommandSpec, state: CommandState): boolean {
  return spec.enabled?.(state) ?? true;
}

/** Commands the Electron menu sends to the renderer (those with a role stay in Electron). */
export const nativeMenuCommands: readonly CommandId[] = commands.filter((c) => c.places.nativeMenu && !c.nativeRole).map((c) => c.id);

export type Platform = 'mac' | 'other';
export type HostKind = 'electron' | 'browser';

/**
 * Key combinations the operating system or the browser keeps for itself: a command bound to
 * one of them would never run, or would take the key away from something people rely on.
 */
export const reservedShortcuts: Record<Platform, { os: readonly string[]; browserTab: readonly string[] }> = {
  mac: {
    // Hide, hide others, quit, minimise, app switcher, Spotlight, window cycling, Force Quit, screenshots.
    os: ['Cmd+H', 'Cmd+Alt+H', 'Cmd+Q', 'Cmd+M', 'Cmd+Tab', 'Cmd+Space', 'Cmd+`', 'Cmd+Alt+Escape', 'Cmd+Ctrl+Q', 'Cmd+Ctrl+F', 'Cmd+Shift+3', 'Cmd+Shift+4', 'Cmd+Shift+5', 'Cmd+W', 'Cmd+,'],
    browserTab: ['Cmd+N', 'Cmd+Shift+N', 'Cmd+T', 'Cmd+Shift+T', 'Cmd+W', 'Cmd+Shift+W', 'Cmd+L', 'Cmd+R', 'Cmd+Shift+R'],
  },
  other: {
    // Close window, window switcher, task manager, lock screen and terminal on common desktops, the Start menu.
    os: ['Alt+F4', 'Alt+Tab', 'Ctrl+Alt+Delete', 'Ctrl+Shift+Escape', 'Ctrl+Alt+L', 'Ctrl+Alt+T', 'Ctrl+Escape', 'F11'],
    browserTab: ['Ctrl+N', 'Ctrl+Shift+N', 'Ctrl+T', 'Ctrl+Shift+T', 'Ctrl+W', 'Ctrl+Shift+W', 'Ctrl+Tab', 'Ctrl+Shift+Tab', 'Ctrl+L', 'Ctrl+R', 'Ctrl+Shift+R', 'Ctrl+Shift+Q', 'F5'],
  },
};

/**
 * The shortcuts of a command that work where the studio runs, primary first. In a browser tab the
 * browser keeps some keys (Ctrl+N opens a window whatever the page asks), so those are neither
 * handled nor advertised there.
 */
export function shortcutsFor(spec: CommandSpec, platform: Platform, host: HostKind): readonly string[] {
  const keys = spec.shortcuts?.[platform] ?? [];
  if (host === 'electron') return keys;
  const kept = new Set(reservedShortcuts[platform].browserTab.map(normalizeShortcut));
  return keys.filter((k) => !kept.has(normalizeShortcut(k)));
}

export interface ParsedShortcut {
  ctrl: boolean;
  cmd: boolean;
  alt: boolean;
  shift: boolean;
  /** Upper case for letters; names such as F8, Escape, Tab as written. */
  key: string;
}

export function parseShortcut(shortcut: string): ParsedShortcut {
  const parts = shortcut.split('+');
  // "Ctrl++" would name the plus key; the table does not use it, so the last part is the key.
  const key = parts.pop() ?? '';
  const has = (name: string) => parts.includes(name);
  return { ctrl: has('Ctrl'), cmd: has('Cmd'), alt: has('Alt'), shift: has('Shift'), key: key.length === 1 ? key.toUpperCase() : key };
}

/** One spelling per combination, so "Shift+Ctrl+s" and "Ctrl+Shift+S" compare equal. */
export function normalizeShortcut(shortcut: string): string {
  const p = parseShortcut(shortcut);
  return [p.ctrl && 'Ctrl', p.cmd && 'Cmd', p.alt && 'Alt', p.shift && 'Shift', p.key].filter(Boolean).join('+');
}

const macKeyNames: Record<string, string> = { Escape: '⎋', Tab: '⇥', Enter: '↩', Backspace: '⌫', Delete: '⌦' };

/** The shortcut as each platform writes it: "Ctrl+Shift+S", or "⇧⌘S" on a Mac (Apple's order ⌃⌥⇧⌘). */
export function shortcutLabel(shortcut: string, platform: Platform): string {
  const p = parseShortcut(shortcut);
  if (platform === 'mac') return `${p.ctrl ? '⌃' : ''}${p.alt ? '⌥' : ''}${p.shift ? '⇧' : ''}${p.cmd ? '⌘' : ''}${macKeyNames[p.key] ?? p.key}`;
  return [p.ctrl && 'Ctrl', p.shift && 'Shift', p.alt && 'Alt', p.key].filter(Boolean).join('+');
}

/**
 * README's shortcut table, made from the command table (a unit test compares the two). One row
 * per command with a shortcut; keys the browser keeps are marked, since they work only on desktop.
 */
export function shortcutTableMarkdown(): string {
  const cell = (spec: CommandSpec, platform: Platform) => {
    const keys = spec.shortcuts?.[platform] ?? [];
    const inBrowser = new Set(shortcutsFor(spec, platform, 'browser'));
    return keys.map((k) => `\`${shortcutLabel(k, platform)}\`${inBrowser.has(k) ? '' : ' ¹'}`).join(' or ');
  };
  const rows = commands.filter((c) => c.shortcuts).map((c) => `| ${c.title.replace(/…$/, '')} | ${cell(c, 'other')} | ${cell(c, 'mac')} |`);
  return ['| command | Windows and Linux | macOS |', '|---|---|---|', ...rows, '', '¹ Desktop app only: in a browser tab the browser keeps this key; use the toolbar or the palette.'].join('\n');
}
