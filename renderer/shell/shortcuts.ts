import {
  commands,
  commandSpec,
  parseShortcut,
  shortcutLabel,
  shortcutsFor,
  type CommandId,
  type HostKind,
  type Platform,
} from '../../host-api/commands.ts';

/** Where the studio runs, which decides which shortcuts exist and who handles them. */
export interface KeyContext {
  platform: Platform;
  host: HostKind;
}

export function isMac(platform: string = navigator.platform): boolean {
  return /mac|iphone|ipad/i.test(platform);
}

export function currentPlatform(): Platform {
  return isMac() ? 'mac' : 'other';
}

/** The primary shortcut of a command as people read it here ("Ctrl+Shift+S", "⇧⌘S"), or ''. */
export function commandShortcutLabel(id: CommandId, ctx: KeyContext): string {
  const [primary] = shortcutsFor(commandSpec(id), ctx.platform, ctx.host);
  return primary ? shortcutLabel(primary, ctx.platform) : '';
}

/** A tooltip with its shortcut, e.g. "Save (Ctrl+S)": only keys that work here are advertised. */
export function withShortcut(label: string, id: CommandId, ctx: KeyContext): string {
  const keys = commandShortcutLabel(id, ctx);
  return keys ? `${label} (${keys})` : label;
}

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/**
 * The command a key press means, if the studio itself should run it. Two things decide:
 * - In Electron, the native menu already answers its primary accelerators (except editing
 *   commands, whose accelerators are shown but left to the page), so only the other keys are
 *   the studio's.
 * - Editing commands (find, undo, F8…) belong to the text field with focus (Monaco, the palette's
 *   input), so they run from here only when focus is elsewhere.
 */
export function commandForKey(event: KeyEventLike, ctx: KeyContext, focusInText: boolean): CommandId | undefined {
  for (const spec of commands) {
    if (spec.textOwned && focusInText) continue;
    const keys = shortcutsFor(spec, ctx.platform, ctx.host);
    for (const [index, shortcut] of keys.entries()) {
      if (ctx.host === 'electron' && index === 0 && nativeMenuRegisters(spec.id)) continue;
      if (matches(shortcut, event)) return spec.id;
    }
  }
  return undefined;
}

/** True when the Electron menu registers the command's primary accelerator (see electron/main/menu.ts). */
export function nativeMenuRegisters(id: CommandId): boolean {
  const spec = commandSpec(id);
  if (!spec.places.nativeMenu) return false;
  return Boolean(spec.nativeRole) || !spec.textOwned;
}

const codeOfPunctuation: Record<string, string> = { '\\': 'Backslash', '.': 'Period', ',': 'Comma', '/': 'Slash', '`': 'Backquote' };

function matches(shortcut: string, event: KeyEventLike): boolean {
  const s = parseShortcut(shortcut);
  if (s.ctrl !== event.ctrlKey || s.cmd !== event.metaKey || s.alt !== event.altKey || s.shift !== event.shiftKey) return false;
  // Letters and punctuation compare by physical key, since Shift and Alt change `event.key` ("S", or "Ï" on a Mac).
  if (/^[A-Z]$/.test(s.key)) return event.code === `Key${s.key}`;
  if (/^[0-9]$/.test(s.key)) return event.code === `Digit${s.key}`;
  const code = codeOfPunctuation[s.key];
  if (code) return event.code === code || event.key === s.key;
  return event.key === s.key;
}

/** True when the element takes typed text, so editing shortcuts are its own. */
export function takesText(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag !== 'INPUT') return false;
  const type = (element as HTMLInputElement).type;
  return ['text', 'search', 'url', 'email', 'password', 'number', 'tel'].includes(type);
}
