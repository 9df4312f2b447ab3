import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clampToDisplays, WindowStateStore } from '../../../node/window-state.ts';
import { useTempFolders } from '../electron/temp-folder.ts';

const tempFolder = useTempFolders();
const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('clampToDisplays', () => {
  it('keeps a window that fits where it was', () => {
    expect(clampToDisplays({ x: 100, y: 50, width: 1200, height: 800 }, [laptop, monitor])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
  });

  it('brings back a window left on a monitor that was unplugged', () => {
    const onMonitor = { x: 2000, y: 300, width: 1600, height: 1000 };
    expect(clampToDisplays(onMonitor, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 900 });
  });

  it('pulls a half off-screen window fully onto the display it mostly covers', () => {
    expect(clampToDisplays({ x: -300, y: 700, width: 1000, height: 600 }, [laptop])).toEqual({ x: 0, y: 300, width: 1000, height: 600 });
  });

  it('gives up without displays', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 800, height: 600 }, [])).toBeUndefined();
  });
});

describe('WindowStateStore', () => {
  it('remembers bounds and maximised state across restarts', async () => {
    const file = path.join(await tempFolder(), 'state', 'window.json');
    const store = new WindowStateStore(file);
    expect(await store.load()).toEqual({ maximized: false });
    await store.update({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    await store.save();
    const restarted = new WindowStateStore(file);
    expect(await restarted.load()).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    expect(await restarted.initialBounds([laptop])).toEqual({ x: 10, y: 20, width: 1000, height: 700 });
  });

  it('ignores a corrupted state file, and pane sizes an older version kept there', async () => {
    const file = path.join(await tempFolder(), 'window.json');
    // Pane sizes live in the renderer's local storage now; an old file's layout is dropped.
    await writeFile(file, JSON.stringify({ bounds: { x: 'a' }, layout: { split: 0.5 } }));
    expect(await new WindowStateStore(file).load()).toEqual({ maximized: false });
  });
});
