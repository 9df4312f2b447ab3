import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempFolders } from './temp-folder.ts';

interface StartScript {
  findElectronBinary(options: { electronDir: string; env: Record<string, string | undefined> }): { path?: string; reason?: string };
  hasDisplay(platform: string, env: Record<string, string | undefined>): boolean;
}

// Imported by URL: it is a plain .mjs script, and importing it must not start anything.
const script = (await import(pathToFileURL(path.resolve('scripts/start.mjs')).href)) as StartScript;
const tempFolder = useTempFolders();

async function electronPackage(layout: { pathTxt?: string; binary?: string }): Promise<string> {
  const dir = path.join(await tempFolder(), 'node_modules', 'electron');
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await writeFile(path.join(dir, 'package.json'), '{"name":"electron"}');
  if (layout.pathTxt !== undefined) await writeFile(path.join(dir, 'path.txt'), layout.pathTxt);
  if (layout.binary) {
    await mkdir(path.dirname(path.join(dir, 'dist', layout.binary)), { recursive: true });
    await writeFile(path.join(dir, 'dist', layout.binary), '');
  }
  return dir;
}

describe('npm start: finding the Electron binary without downloading it', () => {
  it('finds a downloaded binary where path.txt says', async () => {
    const dir = await electronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(script.findElectronBinary({ electronDir: dir, env: {} })).toEqual({ path: path.join(dir, 'dist', 'electron') });
    const mac = await electronPackage({ pathTxt: 'Electron.app/Contents/MacOS/Electron', binary: 'Electron.app/Contents/MacOS/Electron' });
    expect(script.findElectronBinary({ electronDir: mac, env: {} }).path).toBe(path.join(mac, 'dist', 'Electron.app/Contents/MacOS/Electron'));
  });

  it('reports an offline install: package present, binary never downloaded', async () => {
    const dir = await electronPackage({});
    expect(script.findElectronBinary({ electronDir: dir, env: {} })).toEqual({ reason: 'offline install: the binary was never downloaded' });
  });

  it('reports a path.txt whose binary was deleted', async () => {
    const dir = await electronPackage({ pathTxt: 'electron' });
    expect(script.findElectronBinary({ electronDir: dir, env: {} }).reason).toContain('offline install');
  });

  it('reports a missing electron package', async () => {
    const dir = path.join(await tempFolder(), 'node_modules', 'electron');
    expect(script.findElectronBinary({ electronDir: dir, env: {} })).toEqual({ reason: 'the electron package is not installed' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const dir = await electronPackage({});
    const dist = await tempFolder();
    await writeFile(path.join(dist, 'electron'), '');
    expect(script.findElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toEqual({ path: path.join(dist, 'electron') });
    const empty = await tempFolder();
    expect(script.findElectronBinary({ electronDir: dir, env: { ELECTRON_OVERRIDE_DIST_PATH: empty } }).reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
  });

  it('needs a display on Linux only', () => {
    expect(script.hasDisplay('linux', {})).toBe(false);
    expect(script.hasDisplay('linux', { DISPLAY: ':0' })).toBe(true);
    expect(script.hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(script.hasDisplay('darwin', {})).toBe(true);
  });
});
