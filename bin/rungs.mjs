#!/usr/bin/env node
// The `rungs` command. It runs the built command line, dist/cli/rungs.mjs (see scripts/build-cli.mjs).
// In a checkout of the sources, where `npm install` built it, it is first rebuilt when a source file
// is newer than the build, so `npx rungs` always runs the code you see. An installed package ships
// no sources, so there it only imports the bundle.
import { existsSync, readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli/rungs.mjs', root);

if (existsSync(new URL('cli/main.ts', root)) && buildIsStale()) {
  try {
    const { buildCli } = await import(new URL('scripts/build-cli.mjs', root).href);
    await buildCli({ quiet: true });
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    if (!existsSync(bundle)) {
      process.stderr.write(`rungs: the command line is not built and could not be built (${reason}). Run \`npm install\` in ${root.pathname}.\n`);
      process.exit(2);
    }
    process.stderr.write(`rungs: could not rebuild the command line from changed sources (${reason}); running the previous build.\n`);
  }
}
await import(bundle.href);

/** Whether the bundle is missing or older than any source it was built from (one stat a file). */
function buildIsStale() {
  let builtAt;
  let sources;
  try {
    builtAt = statSync(bundle).mtimeMs;
    sources = JSON.parse(readFileSync(new URL('dist/cli/inputs.json', root), 'utf8')).sources;
  } catch {
    return true;
  }
  return sources.some((source) => {
    try {
      return statSync(new URL(source, root)).mtimeMs > builtAt;
    } catch {
      return true; // a source was moved or deleted
    }
  });
}
