import { describe, expect, it } from 'vitest';
import { commandForKey, shortcutLabel, withShortcut } from '../../../renderer/shell/shortcuts.ts';

const key = (over: Partial<KeyboardEvent>) => ({ key: '', code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...over });

describe('keyboard shortcuts', () => {
  it('tells Save from Save As, with Ctrl on Windows and Linux and Cmd on a Mac', () => {
    expect(commandForKey(key({ key: 's', code: 'KeyS', ctrlKey: true }), false, false)).toBe('save');
    expect(commandForKey(key({ key: 'S', code: 'KeyS', ctrlKey: true, shiftKey: true }), false, false)).toBe('save-as');
    expect(commandForKey(key({ key: 's', code: 'KeyS', metaKey: true }), true, false)).toBe('save');
    expect(commandForKey(key({ key: 's', code: 'KeyS', ctrlKey: true }), true, false)).toBeUndefined();
    expect(commandForKey(key({ key: 's', code: 'KeyS' }), false, false)).toBeUndefined();
  });

  it('leaves find, replace and F8 to the editor while it has focus', () => {
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }), false, true)).toBeUndefined();
    expect(commandForKey(key({ key: 'f', code: 'KeyF', ctrlKey: true }), false, false)).toBe('find');
    expect(commandForKey(key({ key: 'F8', code: 'F8' }), false, true)).toBeUndefined();
    expect(commandForKey(key({ key: 'e', code: 'KeyE', ctrlKey: true }), false, true)).toBe('export-html');
  });

  it('shows shortcuts the way each platform writes them', () => {
    expect(shortcutLabel('save-as', false)).toBe('Ctrl+Shift+S');
    expect(shortcutLabel('save-as', true)).toBe('⇧⌘S');
    expect(withShortcut('Open a framework file', 'open', false)).toBe('Open a framework file (Ctrl+O)');
    expect(shortcutLabel('revert', false)).toBe('');
  });
});
