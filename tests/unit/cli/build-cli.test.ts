// scripts/build-cli.mjs: when a checkout's built command line counts as out of date (bin/rungs.mjs
// rebuilds it then), and what a build writes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

interface BuildScript {
  cliBuildIsStale(options: { root: string }): boolean;
}

// Imported by URL: it is a plain .mjs script, and importing it must not build anything.
const script = (await import(pathToFileURL(path.resolve('scripts/build-cli.mjs')).href)) as BuildScript;
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fake checkout whose bundle was built at `builtAt` (seconds) from two sources. */
function checkout(builtAt: number): string {
  const root = mkdtempSync(path.join(tmpdir(), 'rungs-build-cli-'));
  made.push(root);
  mkdirSync(path.join(root, 'cli'));
  mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
  for (const source of ['cli/main.ts', 'cli/program.ts']) {
    writeFileSync(path.join(root, source), '// source\n');
    utimesSync(path.join(root, source), builtAt - 60, builtAt - 60);
  }
  writeFileSync(path.join(root, 'dist/cli/inputs.json'), JSON.stringify({ sources: ['cli/main.ts', 'cli/program.ts'] }));
  writeFileSync(path.join(root, 'dist/cli/rungs.cjs'), '// bundle\n');
  utimesSync(path.join(root, 'dist/cli/rungs.cjs'), builtAt, builtAt);
  return root;
}

describe('cliBuildIsStale', () => {
  const builtAt = Math.floor(Date.now() / 1000) - 3600;

  it('is false when every source is older than the bundle', () => {
    expect(script.cliBuildIsStale({ root: checkout(builtAt) })).toBe(false);
  });

  it('is true when a source changed after the build', () => {
    const root = checkout(builtAt);
    utimesSync(path.join(root, 'cli/program.ts'), builtAt + 5, builtAt + 5);
    expect(script.cliBuildIsStale({ root })).toBe(true);
  });

  it('is true when a source the bundle was built from is gone', () => {
    const root = checkout(builtAt);
    rmSync(path.join(root, 'cli/program.ts'));
    expect(script.cliBuildIsStale({ root })).toBe(true);
  });

  it('is true when there is no bundle or no list of its sources', () => {
    const noBundle = checkout(builtAt);
    rmSync(path.join(noBundle, 'dist/cli/rungs.cjs'));
    expect(script.cliBuildIsStale({ root: noBundle })).toBe(true);
    const noList = checkout(builtAt);
    rmSync(path.join(noList, 'dist/cli/inputs.json'));
    expect(script.cliBuildIsStale({ root: noList })).toBe(true);
  });
});

describe('the built command line', () => {
  it('lists the project sources it was built from, and leaves playwright-core to run time', () => {
    // The global setup built it; --if-stale leaves a fresh build alone.
    const run = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--if-stale'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const { sources } = JSON.parse(readFileSync('dist/cli/inputs.json', 'utf8')) as { sources: string[] };
    expect(sources).toEqual(expect.arrayContaining(['cli/main.ts', 'cli/program.ts', 'core/check.ts', 'scripts/build-cli.mjs']));
    expect(sources.some((s) => s.includes('node_modules'))).toBe(false);
    const bundle = readFileSync('dist/cli/rungs.cjs', 'utf8');
    expect(bundle).toContain('require("playwright-core")');
    expect(bundle).not.toMatch(/^\/\/ .*node_modules\/playwright-core\//m);
    expect(script.cliBuildIsStale({ root: path.resolve('.') })).toBe(false);
  });
});
