#!/usr/bin/env node
// Builds the `rungs` command line into one JavaScript file, dist/cli/rungs.cjs, that bin/rungs.mjs
// runs. One bundled file starts several times faster than TypeScript compiled at start (tsx) or a
// tree of modules resolved one by one, and `rungs validate` in CI is mostly start-up. It is
// CommonJS so that bin/rungs.mjs can compile it through node:vm with V8's code cache (Node 20 has
// no compile cache for ES modules).
//
// playwright-core stays outside the bundle and is imported only when a PDF is printed (cli/chromium.ts),
// so it is the one run-time dependency of the installed CLI. Everything else (core/, node/, cli/ and
// the libraries they use) is inlined.
//
// Next to the bundle it writes inputs.json, the project's source files that went into it: in a
// checkout, bin/rungs.mjs rebuilds when one of them is newer than the bundle, so nobody has to
// remember to build by hand. `node scripts/build-cli.mjs --if-stale` does the same from a shell.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleName = path.join('dist', 'cli', 'rungs.cjs');
const inputsName = path.join('dist', 'cli', 'inputs.json');

/** Libraries loaded at run time from node_modules instead of being inlined. */
const runtimeExternals = ['playwright-core'];

/**
 * Bundles cli/main.ts. Files are written under a temporary name and renamed into place, so a CLI
 * process started during a rebuild runs either the old bundle or the new one, never half of one.
 * Returns the time it took in milliseconds.
 */
export async function buildCli({ root = projectRoot, quiet = false } = {}) {
  const started = performance.now();
  const { build } = await import('esbuild');
  const bundle = path.join(root, bundleName);
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.19',
    external: runtimeExternals,
    // CommonJS has no import.meta: give sources that use import.meta.url the bundle's own URL.
    define: { 'import.meta.url': '__rungsBundleUrl' },
    // import() becomes require(): a script compiled through node:vm has no loader for import().
    supported: { 'dynamic-import': false },
    banner: { js: "const __rungsBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    legalComments: 'eof',
    metafile: true,
    write: false,
    outfile: bundle,
    logLevel: quiet ? 'silent' : 'warning',
  });
  mkdirSync(path.dirname(bundle), { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  // Only the project's own sources change between installs; a changed node_modules comes with
  // `npm install`, after which a build is due anyway (the lock file is listed for that reason).
  const sources = Object.keys(result.metafile.inputs)
    .filter((input) => !/(^|\/)node_modules\//.test(input))
    .sort();
  const watched = [...sources, 'scripts/build-cli.mjs', 'package-lock.json'];
  writeAtomically(path.join(root, inputsName), `${JSON.stringify({ sources: watched }, null, 1)}\n`);
  const elapsed = performance.now() - started;
  if (!quiet) console.log(`Built ${bundleName} from ${sources.length} source files in ${Math.round(elapsed)} ms`);
  return elapsed;
}

/** Whether the bundle is missing, or older than any file it was built from (one stat a file). */
export function cliBuildIsStale({ root = projectRoot } = {}) {
  let builtAt;
  let sources;
  try {
    builtAt = statSync(path.join(root, bundleName)).mtimeMs;
    sources = JSON.parse(readFileSync(path.join(root, inputsName), 'utf8')).sources;
  } catch {
    return true;
  }
  return sources.some((source) => {
    try {
      return statSync(path.join(root, source)).mtimeMs > builtAt;
    } catch {
      return true; // moved or deleted since the build
    }
  });
}

function writeAtomically(target, contents) {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, target);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const onlyIfStale = process.argv.includes('--if-stale');
  if (!onlyIfStale || cliBuildIsStale()) {
    buildCli().catch((error) => {
      // esbuild's message names the file, line and column of each problem.
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }
}
