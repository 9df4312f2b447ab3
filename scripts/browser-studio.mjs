// The browser fallback of `npm start`: the production build of the studio (the same bundle the
// e2e suite tests), built once into a cache, served by `vite preview`, and rebuilt when its sources
// change. A production build serves a newcomer faster and more faithfully than the dev server: the
// build takes a few seconds once, after which every page load is a handful of files (the dev
// server compiles hundreds of modules on every cold page load, about 2.5 s here).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** What the browser studio is built from: a change to any of these makes the cached build stale. */
export const studioSources = ['renderer', 'core', 'host-api', 'schemas', 'templates', 'vite.web.config.ts', 'package.json', 'package-lock.json'];

const stampFile = 'rungs-build.json';

/**
 * The cache folder of this checkout's build. Keyed by the checkout's path, so worktrees that share
 * one node_modules (a symlink) never serve each other's builds.
 */
export function studioCacheDir(repoRoot = root) {
  const key = createHash('sha1').update(repoRoot).digest('hex').slice(0, 10);
  return path.join(repoRoot, 'node_modules', '.cache', 'rungs-studio', key);
}

/**
 * A cheap summary of the sources: how many files, and the newest modification time among them,
 * plus the kind of build (so a cache made another way is never mistaken for this one).
 */
export function sourcesFingerprint(repoRoot = root, sources = studioSources) {
  let files = 0;
  let newest = 0;
  const visit = (file) => {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(file)) visit(path.join(file, entry));
    } else {
      files += 1;
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const source of sources) visit(path.join(repoRoot, source));
  return `production:${files}:${Math.round(newest)}`;
}

/** True when `dir` holds a complete build made from sources with this fingerprint. */
export function isFreshBuild(dir, fingerprint) {
  try {
    const stamp = JSON.parse(readFileSync(path.join(dir, stampFile), 'utf8'));
    return stamp.fingerprint === fingerprint && existsSync(path.join(dir, 'index.html'));
  } catch {
    return false;
  }
}

/**
 * Builds the studio into a private staging folder, then swaps it in place of `current`. The page
 * being served never sees a half-written build, and two starts of the same checkout at once each
 * swap in a complete build of the same sources.
 */
async function buildInto(current, fingerprint) {
  // Always the production build: a NODE_ENV left over in the shell (or a test runner's `test`)
  // would otherwise make Vite bundle React's development build, which is not what users run.
  process.env.NODE_ENV = 'production';
  const { build } = await import('vite');
  const staging = `${current}.staging-${process.pid}-${Date.now()}`;
  try {
    await build({ configFile: path.join(root, 'vite.web.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
    writeFileSync(path.join(staging, stampFile), `${JSON.stringify({ fingerprint, builtAt: new Date().toISOString() })}\n`);
    const retired = `${current}.retired-${process.pid}-${Date.now()}`;
    if (existsSync(current)) renameSync(current, retired);
    renameSync(staging, current);
    rmSync(retired, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Rebuilds (debounced) whenever a source changes, while the server keeps serving the last good
 * build; a failed build is reported in one line and the old build stays.
 */
function watchSources(current, log) {
  let timer;
  let building = false;
  let again = false;
  const rebuild = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      const fingerprint = sourcesFingerprint();
      if (!isFreshBuild(current, fingerprint)) {
        await buildInto(current, fingerprint);
        log('The studio was rebuilt from changed sources: reload the page to use it.');
      }
    } catch (error) {
      log(`Rebuilding the studio failed, so the previous build is still served: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    } finally {
      building = false;
      if (again) {
        again = false;
        void rebuild();
      }
    }
  };
  const watchers = [];
  for (const source of studioSources) {
    const file = path.join(root, source);
    if (!existsSync(file)) continue;
    try {
      watchers.push(
        watch(file, { recursive: statSync(file).isDirectory() }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => void rebuild(), 300);
        }),
      );
    } catch {
      // A file system without change notifications: the studio still starts, just without rebuilds.
    }
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}

/**
 * Starts the browser studio: builds it if the cached build is missing or stale, serves it, and
 * prints `Rungs studio: <address>` once the address serves the current build.
 */
export async function startBrowserStudio(log = (line) => console.log(line)) {
  const current = path.join(studioCacheDir(), 'current');
  mkdirSync(path.dirname(current), { recursive: true });
  const fingerprint = sourcesFingerprint();
  if (!isFreshBuild(current, fingerprint)) {
    log('Building the browser studio (once, then again only when its sources change)...');
    const started = Date.now();
    await buildInto(current, fingerprint);
    log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  const { preview } = await import('vite');
  const server = await preview({ configFile: path.join(root, 'vite.web.config.ts'), logLevel: 'warn', build: { outDir: current } });
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${server.config.preview.port}/`;
  const stopWatching = watchSources(current, log);
  log(`Rungs studio: ${url}`);
  const stop = async () => {
    stopWatching();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return { url, stop };
}
