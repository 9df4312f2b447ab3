#!/usr/bin/env node
// Builds the `rungs` command line into one JavaScript file, dist/cli/rungs.mjs, that bin/rungs.mjs
// runs. One bundled file starts several times faster than TypeScript compiled at start (tsx) or a
// tree of modules resolved one by one: `rungs validate` in CI is dominated by start-up.
//
// playwright-core stays outside the bundle and is imported only when a PDF is printed (cli/pdf.ts),
// so it is the one run-time dependency of the installed CLI. Everything else (core/, node/, cli/ and
// the libraries they use) is inlined, which is why the published package needs no other dependency.
//
// Next to the bundle it writes inputs.json, the source files that went into it: bin/rungs.mjs uses
// it in a checkout to rebuild when a source is newer, so nobody has to remember to build by hand.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const cliOutDir = path.join(root, 'dist', 'cli');
export const cliBundle = path.join(cliOutDir, 'rungs.mjs');
export const cliInputs = path.join(cliOutDir, 'inputs.json');

/** Libraries loaded at run time from node_modules instead of being inlined. */
const runtimeExternals = ['playwright-core'];

/**
 * Bundles cli/main.ts. Files are written to a temporary name and renamed into place, so a CLI
 * process started during a rebuild runs either the old bundle or the new one, never half of one.
 * Returns the time it took in milliseconds.
 */
export async function buildCli({ quiet = false } = {}) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: runtimeExternals,
    // Libraries written as CommonJS call require() for Node built-ins; an ES module has no
    // require of its own, so give the bundle one.
    banner: { js: "import { createRequire as __rungsCreateRequire } from 'node:module';\nconst require = __rungsCreateRequire(import.meta.url);" },
    legalComments: 'eof',
    metafile: true,
    write: false,
    outfile: cliBundle,
    logLevel: quiet ? 'error' : 'warning',
  });
  mkdirSync(cliOutDir, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  // Only the project's own sources can change between installs; node_modules changes come with an
  // install, which runs `prepare` and so this build.
  const sources = Object.keys(result.metafile.inputs)
    .filter((input) => !/(^|\/)node_modules\//.test(input))
    .sort();
  writeAtomically(cliInputs, JSON.stringify({ sources: [...sources, 'scripts/build-cli.mjs'] }, null, 1));
  const elapsed = performance.now() - started;
  if (!quiet) console.log(`Built ${path.relative(root, cliBundle)} from ${sources.length} sources in ${Math.round(elapsed)} ms`);
  return elapsed;
}

function writeAtomically(target, contents) {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, target);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  buildCli().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
