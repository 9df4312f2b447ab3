import type { MenuCommand } from '../../host-api/api.ts';

/** A keyboard shortcut in platform-neutral form: `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface Shortcut {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  /** KeyboardEvent.key, lower-cased for letters. */
  key: string;
}

/** The studio's shortcuts, the same ones the Electron menus show as accelerators. */
export const shortcuts: Partial<Record<MenuCommand, Shortcut>> = {
  new: { mod: true, shift: false, alt: false, key: 'n' },
  open: { mod: true, shift: false, alt: false, key: 'o' },
  save: { mod: true, shift: false, alt: false, key: 's' },
  'save-as': { mod: true, shift: true, alt: false, key: 's' },
  'export-html': { mod: true, shift: false, alt: false, key: 'e' },
  'export-pdf': { mod: true, shift: false, alt: false, key: 'p' },
  'show-parity': { mod: true, shift: true, alt: false, key: 'p' },
  'show-problems': { mod: true, shift: true, alt: false, key: 'm' },
  'toggle-preview': { mod: true, shift: false, alt: false, key: '\\' },
  'format-document': { mod: false, shift: true, alt: true, key: 'f' },
  find: { mod: true, shift: false, alt: false, key: 'f' },
  replace: { mod: true, shift: false, alt: false, key: 'h' },
  'next-problem': { mod: false, shift: false, alt: false, key: 'F8' },
};

/** Shortcuts Monaco already handles itself when the editor has focus (the studio must not steal them). */
const editorOwned = new Set<MenuCommand>(['find', 'replace', 'format-document', 'next-problem']);

export function isMac(platform: string = navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

/** The shortcut as people read it: "Ctrl+Shift+S", or "⇧⌘S" on a Mac. */
export function shortcutLabel(command: MenuCommand, mac: boolean = isMac()): string {
  const s = shortcuts[command];
  if (!s) return '';
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  if (mac) return `${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key}`;
  return [s.mod ? 'Ctrl' : '', s.shift ? 'Shift' : '', s.alt ? 'Alt' : '', key].filter(Boolean).join('+');
}

/** A tooltip with its shortcut, e.g. "Save (Ctrl+S)". */
export function withShortcut(label: string, command: MenuCommand, mac: boolean = isMac()): string {
  const keys = shortcutLabel(command, mac);
  return keys ? `${label} (${keys})` : label;
}

/**
 * The studio command a key press means, if any. Commands that Monaco handles while it has focus
 * are left to it then, so find/replace and F8 keep their editor behaviour.
 */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  mac: boolean,
  editorFocused: boolean,
): MenuCommand | undefined {
  const mod = mac ? event.metaKey : event.ctrlKey;
  for (const [command, s] of Object.entries(shortcuts) as [MenuCommand, Shortcut][]) {
    if (s.mod !== mod || s.shift !== event.shiftKey || s.alt !== event.altKey) continue;
    if (!sameKey(s.key, event)) continue;
    if (editorFocused && editorOwned.has(command)) return undefined;
    return command;
  }
  return undefined;
}

/** Letters compare by physical key, since Shift and Alt change `event.key` ("S", or "Ï" on a Mac). */
function sameKey(key: string, event: Pick<KeyboardEvent, 'key' | 'code'>): boolean {
  if (/^[a-z]$/.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (key === '\\') return event.code === 'Backslash' || event.key === '\\';
  return event.key === key;
}

/** Everything the toolbar and shortcuts can ask the studio to do. */
export type StudioCommand = MenuCommand | 'undo' | 'redo';
