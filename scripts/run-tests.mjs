#!/usr/bin/env node
// Runs every test (vitest: unit, golden, property and end-to-end projects) and ends with the one
// summary line CI reads: `N passed, N failed, N skipped`. Extra arguments go to vitest.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  console.error('vitest wrote no report; see its output above.');
  process.exit(run.status || 1);
}
const results = JSON.parse(readFileSync(report, 'utf8'));
const failed = results.numFailedTests + filesThatFailedToRun(results);
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status ?? 1);

/** A file that failed to load (or whose hooks failed) counts as one failure; others count by their tests. */
function filesThatFailedToRun(r) {
  return (r.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
}
