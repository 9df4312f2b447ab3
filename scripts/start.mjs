#!/usr/bin/env node
// `npm start`: the Electron studio when its binary is installed, otherwise the browser studio.
// Offline installs (and registries that mirror npm but not Electron's GitHub releases) get the
// electron package without its binary; `require('electron')` would then try to download it, so
// the binary is looked for by hand, exactly where the electron package itself would look.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the Electron executable is, without downloading anything: `ELECTRON_OVERRIDE_DIST_PATH`
 * when set, else node_modules/electron/dist/<path.txt>. Returns `{ path }` or `{ reason }`.
 */
export function findElectronBinary({ electronDir = path.join(root, 'node_modules', 'electron'), env = process.env } = {}) {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return isFile(candidate) ? { path: candidate } : { reason: `ELECTRON_OVERRIDE_DIST_PATH names ${candidate}, which does not exist` };
  }
  if (!existsSync(electronDir)) return { reason: 'the electron package is not installed' };
  if (!relative) return { reason: 'offline install: the binary was never downloaded' };
  const candidate = path.join(electronDir, 'dist', relative);
  return isFile(candidate) ? { path: candidate } : { reason: 'offline install: the binary was never downloaded' };
}

/** Electron on Linux needs a display server; without one, the browser studio is the useful choice. */
export function hasDisplay(platform = process.platform, env = process.env) {
  return platform !== 'linux' || Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

async function startBrowserStudioBecause(why) {
  console.log(`${why}, so Rungs is starting the browser studio instead.`);
  const { startBrowserStudio } = await import('./browser-studio.mjs');
  await startBrowserStudio();
}

function startElectron(binary, args) {
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

async function main() {
  const found = findElectronBinary();
  if (!found.path) return startBrowserStudioBecause(`The Electron binary is not available (${found.reason})`);
  if (!hasDisplay()) return startBrowserStudioBecause('There is no display to open the Electron window on');
  startElectron(found.path, process.argv.slice(2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
