import { readFile } from 'node:fs/promises';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu.ts';
import {
  commands,
  nativeMenuCommands,
  normalizeShortcut,
  reservedShortcuts,
  shortcutsFor,
  type Platform,
} from '../../../host-api/commands.ts';
import { readmePath, withShortcutTable } from '../../../scripts/generate-shortcuts.ts';

const platforms: Platform[] = ['mac', 'other'];

/** Accelerators Electron's built-in roles bring along in our menu (quit, close, zoom, full screen, reload, devtools…). */
const roleAccelerators: Record<Platform, string[]> = {
  mac: ['Cmd+Q', 'Cmd+W', 'Cmd+H', 'Cmd+Alt+H', 'Cmd+X', 'Cmd+C', 'Cmd+V', 'Cmd+A', 'Cmd+0', 'Cmd+Shift+=', 'Cmd+-', 'Cmd+Ctrl+F', 'Cmd+R', 'Cmd+Alt+I', 'Cmd+M'],
  other: ['Ctrl+Q', 'Ctrl+X', 'Ctrl+C', 'Ctrl+V', 'Ctrl+A', 'Ctrl+0', 'Ctrl+Shift+=', 'Ctrl+-', 'F11', 'Ctrl+R', 'Ctrl+Shift+I'],
};

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('the command table', () => {
  it("is what README's shortcut table says (run `npm run generate` after changing it)", async () => {
    const readme = await readFile(readmePath, 'utf8');
    expect(readme).toBe(withShortcutTable(readme));
    // The generated table really is in README, not an empty section.
    expect(readme).toContain('| Export PDF | `Ctrl+P` | `⌘P` |');
  });

  it.each(platforms)('gives each shortcut one meaning on %s, clear of the menu roles', (platform) => {
    const seen = new Map<string, string>();
    for (const key of roleAccelerators[platform]) seen.set(normalizeShortcut(key), `role ${key}`);
    for (const spec of commands) {
      for (const key of spec.shortcuts?.[platform] ?? []) {
        const k = normalizeShortcut(key);
        // Undo and redo are roles themselves, so their keys are theirs.
        expect(seen.get(k), `${spec.id} ${key}`).toBeUndefined();
        seen.set(k, spec.id);
      }
    }
  });

  it.each(platforms)('never takes a key the operating system keeps on %s (⌘H, ⌘Q, Alt+F4…)', (platform) => {
    const os = new Set(reservedShortcuts[platform].os.map(normalizeShortcut));
    const offenders = commands.flatMap((spec) => (spec.shortcuts?.[platform] ?? []).filter((k) => os.has(normalizeShortcut(k))).map((k) => `${spec.id} ${k}`));
    expect(offenders).toEqual([]);
    expect(os.has(normalizeShortcut(platform === 'mac' ? 'Cmd+H' : 'Alt+F4'))).toBe(true);
  });

  it('uses no Ctrl+Alt chords on Windows and Linux, where they are AltGr and type characters', () => {
    const chords = commands.flatMap((spec) => (spec.shortcuts?.other ?? []).filter((k) => /Ctrl\+(.*\+)?Alt|Alt\+(.*\+)?Ctrl/.test(k)));
    expect(chords).toEqual([]);
  });

  it('neither handles nor advertises in a browser tab the keys the browser keeps (Ctrl+W, Ctrl+N…)', () => {
    for (const platform of platforms) {
      const kept = new Set(reservedShortcuts[platform].browserTab.map(normalizeShortcut));
      for (const spec of commands) for (const key of shortcutsFor(spec, platform, 'browser')) expect(kept.has(normalizeShortcut(key)), `${spec.id} ${key}`).toBe(false);
    }
    const newCommand = commands.find((c) => c.id === 'new')!;
    expect(shortcutsFor(newCommand, 'other', 'browser')).toEqual([]);
    expect(shortcutsFor(newCommand, 'other', 'electron')).toEqual(['Ctrl+N']);
  });

  it('opens the palette with F1 and Ctrl/Cmd+Shift+P, and Parity has a key of its own', () => {
    const palette = commands.find((c) => c.id === 'command-palette')!;
    expect(palette.shortcuts).toEqual({ mac: ['F1', 'Cmd+Shift+P'], other: ['F1', 'Ctrl+Shift+P'] });
    const parity = commands.find((c) => c.id === 'show-parity')!;
    expect(parity.shortcuts?.other).not.toContain('Ctrl+Shift+P');
    expect(commands.find((c) => c.id === 'replace')?.shortcuts?.mac).toEqual(['Cmd+Alt+F']);
  });

  it('places every command somewhere people can find it, once per id', () => {
    expect(new Set(commands.map((c) => c.id)).size).toBe(commands.length);
    for (const spec of commands) expect(spec.places.nativeMenu || spec.places.toolbar || spec.places.palette !== false, spec.id).toBeTruthy();
  });

  it.each([
    ['darwin', 'mac'],
    ['linux', 'other'],
  ] as const)('drives the Electron menu on %s: its items, order and accelerators', (os, platform) => {
    const items = flatten(buildMenuTemplate({ platform: os, appName: 'Rungs', recent: [], development: false, send: () => {}, openRecent: () => {}, clearRecent: () => {} }));
    for (const spec of commands.filter((c) => c.places.nativeMenu)) {
      const item = items.find((i) => i.id === spec.id);
      expect(item, spec.id).toBeDefined();
      expect(item?.accelerator).toBe(spec.shortcuts?.[platform][0]);
    }
    const sent = items.filter((i) => i.id && nativeMenuCommands.includes(i.id as never)).map((i) => i.id);
    expect(sent).toEqual(nativeMenuCommands);
  });
});
