// Vitest global setup: builds the command line (dist/cli/rungs.cjs) once, before any test file
// spawns bin/rungs.mjs, so test files running in parallel never race each other to rebuild it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildCliBeforeTests(): void {
  const script = fileURLToPath(new URL('../../scripts/build-cli.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [script, '--if-stale'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Could not build the command line:\n${run.stderr}`);
}
