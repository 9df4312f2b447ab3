import { describe, expect, it } from 'vitest';
import { commandForKey, commandShortcutLabel, withShortcut, type KeyContext } from '../../../renderer/shell/shortcuts.ts';

const key = (over: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });
const linuxTab: KeyContext = { platform: 'other', host: 'browser' };
const macTab: KeyContext = { platform: 'mac', host: 'browser' };
const linuxApp: KeyContext = { platform: 'other', host: 'electron' };

describe('keyboard shortcuts', () => {
  it('tells Save from Save As, with Ctrl on Windows and Linux and Cmd on a Mac', () => {
    expect(commandForKey(key({ key: 's', code: 'KeyS', ctrlKey: true }), linuxTab, false)).toBe('save');
    expect(commandForKey(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), linuxTab, false)).toBe('save-as');
    expect(commandForKey(key({ key: 's', code: 'KeyS', metaKey: true }), macTab, false)).toBe('save');
    expect(commandForKey(key({ key: 's', code: 'KeyS', ctrlKey: true }), macTab, false)).toBeUndefined();
    expect(commandForKey(key({ key: 's', code: 'KeyS' }), linuxTab, false)).toBeUndefined();
  });

  it('leaves find, replace, undo and F8 to the text field with focus', () => {
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }), linuxTab, true)).toBeUndefined();
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }), linuxTab, false)).toBe('find');
    expect(commandForKey(key({ key: 'F8', code: 'F8' }), linuxTab, true)).toBeUndefined();
    expect(commandForKey(key({ key: 'z', code: 'KeyZ', ctrlKey: true }), linuxTab, true)).toBeUndefined();
    expect(commandForKey(key({ key: 'e', code: 'KeyE', ctrlKey: true }), linuxTab, true)).toBe('export-html');
  });

  it('opens the palette with F1 and Ctrl+Shift+P, also from inside the editor', () => {
    expect(commandForKey(key({ key: 'F1', code: 'F1' }), linuxTab, true)).toBe('command-palette');
    expect(commandForKey(key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }), linuxTab, true)).toBe('command-palette');
    expect(commandForKey(key({ key: 'p', code: 'KeyP', metaKey: true, shiftKey: true }), macTab, false)).toBe('command-palette');
    expect(commandForKey(key({ key: 'p', code: 'KeyP', ctrlKey: true }), linuxTab, false)).toBe('export-pdf');
  });

  it('in Electron, leaves the menu its own accelerators and handles the rest', () => {
    // The View menu's accelerator is F1; Ctrl+Shift+P is the studio's.
    expect(commandForKey(key({ key: 'F1', code: 'F1' }), linuxApp, false)).toBeUndefined();
    expect(commandForKey(key({ key: 'P', code: 'KeyP', ctrlKey: true, shiftKey: true }), linuxApp, false)).toBe('command-palette');
    expect(commandForKey(key({ key: 's', code: 'KeyS', ctrlKey: true }), linuxApp, false)).toBeUndefined();
    // Editing accelerators are shown in the menu but left to the page: the studio runs them off the editor.
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }), linuxApp, false)).toBe('find');
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }), linuxApp, true)).toBeUndefined();
  });

  it('never answers ⌘H on a Mac (it hides the app): Replace is ⌥⌘F there', () => {
    expect(commandForKey(key({ key: 'h', code: 'KeyH', metaKey: true }), macTab, false)).toBeUndefined();
    expect(commandForKey(key({ key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }), macTab, false)).toBe('replace');
  });

  it('shows shortcuts the way each platform writes them, and only keys that work here', () => {
    expect(commandShortcutLabel('save-as', linuxTab)).toBe('Ctrl+Shift+S');
    expect(commandShortcutLabel('save-as', macTab)).toBe('⇧⌘S');
    expect(withShortcut('Open a framework file', 'open', linuxTab)).toBe('Open a framework file (Ctrl+O)');
    expect(commandShortcutLabel('revert', linuxTab)).toBe('');
    // The browser keeps Ctrl+N for a new window, so the tab does not promise it; the desktop app does.
    expect(commandShortcutLabel('new', linuxTab)).toBe('');
    expect(commandShortcutLabel('new', linuxApp)).toBe('Ctrl+N');
    expect(commandShortcutLabel('toggle-preview', linuxTab)).toBe('Ctrl+\\');
  });
});
