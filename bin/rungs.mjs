#!/usr/bin/env node
// The `rungs` command: runs the built command line, dist/cli/rungs.cjs (see scripts/build-cli.mjs).
// In a checkout of the sources it first rebuilds it when a source file is newer than the build,
// so `npx rungs` always runs the code you see. An installed package ships no sources: there this
// file only runs the bundle.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = new URL('../', import.meta.url);

if (existsSync(new URL('cli/main.ts', root))) {
  const { buildCli, cliBuildIsStale } = await import(new URL('scripts/build-cli.mjs', root).href);
  if (cliBuildIsStale()) {
    try {
      await buildCli({ quiet: true });
    } catch (error) {
      // esbuild reports each problem as file:line:column; the first lines are enough to act on.
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`rungs: could not build the command line from its sources.\n${message.split('\n').slice(0, 6).join('\n')}\n`);
      process.exit(2);
    }
  }
}
runWithCodeCache(fileURLToPath(new URL('dist/cli/rungs.cjs', root)));

/**
 * Runs the CommonJS bundle as require() would, but hands V8 the code it compiled the last time this
 * command ran (rungs.<command>.v8-cache beside the bundle) and, when there was none or V8 refused it
 * (a new build, a new Node), saves what this run compiled. That skips most of the compiling a cold
 * start spends its time on. One cache per command, because each holds the functions its run
 * needed. The cache is only an optimisation: where it cannot be written (a read-only install),
 * every run compiles afresh, exactly as require() would.
 */
function runWithCodeCache(bundle) {
  const command = /^[a-z][a-z-]{0,30}$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
  const cacheFile = bundle.replace(/\.cjs$/, `.${command}.v8-cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Taken at exit, so the cache also holds every function this run compiled lazily.
    process.once('exit', (code) => {
      // Exit 2 is a usage mistake such as a mistyped command: no cache named after it.
      if (code === 2) return;
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cacheFile);
      } catch {
        // Not writable here: the next run compiles afresh.
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
}
