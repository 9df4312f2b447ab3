// The published command line, as a user gets it: `npm pack` the project, install the tarball into
// an empty folder, then run `npx rungs new | validate | export | site` there. This proves the package
// ships built JavaScript that needs no TypeScript tooling, and that playwright-core, its one
// run-time dependency, is loaded only when a PDF is printed.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../cli/chromium.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let app: string;
let packedFiles: string[];

/**
 * The environment without what an enclosing `npm test` exports for its own package (npm_package_*,
 * npm_lifecycle_*, the prefix it runs in): the npm run here must act on the empty folder only.
 */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle|command|execpath|node_execpath|config_(local_)?prefix$|config_global$)/i.test(key) || key === 'INIT_CWD') continue;
    env[key] = value;
  }
  return env;
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 180_000 });
}

function rungs(...args: string[]): SpawnSyncReturns<string> {
  // --no: never download a `rungs` from the registry; only the installed one may answer.
  return run('npx', ['--no', 'rungs', ...args], app);
}

/** The installed command without npx in front: quicker, for the checks that are not about npx. */
function installedRungs(...args: string[]): SpawnSyncReturns<string> {
  return run(path.join(app, 'node_modules', '.bin', 'rungs'), args, app);
}

function explain(result: SpawnSyncReturns<string>): string {
  return `exit ${result.status}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-packed-'));
  // `prepack` builds dist/cli/rungs.cjs; its log line comes before npm's JSON report.
  const pack = run('npm', ['pack', '--json', '--pack-destination', dir], root);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${explain(pack)}`);
  const report = JSON.parse(pack.stdout.slice(pack.stdout.search(/^\[/m))) as { filename: string; files: { path: string }[] }[];
  const tarball = path.join(dir, report[0]!.filename);
  packedFiles = report[0]!.files.map((f) => f.path).sort();

  app = path.join(dir, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "try-rungs", "private": true }\n');
  // Packages come from the npm cache when it has them; the registry is asked only for what it lacks.
  const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], app);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${explain(install)}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed rungs package', () => {
  it('holds the built command line and no TypeScript sources', () => {
    // npm always adds package.json's `main` (the Electron app's entry), once `npm run build` made it.
    const shipped = packedFiles.filter((file) => file !== 'out/main/index.js');
    expect(shipped).toEqual(['README.md', 'bin/rungs.mjs', 'dist/cli/rungs.cjs', 'package.json', 'schemas/catalog.json', 'schemas/framework.schema.json', 'schemas/library.schema.json']);
    const installed = path.join(app, 'node_modules');
    expect(existsSync(path.join(installed, 'rungs', 'dist', 'cli', 'rungs.cjs'))).toBe(true);
    // No compiler comes along: the CLI is plain JavaScript at run time.
    for (const tool of ['tsx', 'typescript', 'esbuild']) expect(existsSync(path.join(installed, tool)), tool).toBe(false);
  });

  it('runs `rungs new`, `rungs validate`, `rungs export` and `rungs site` from the install', () => {
    const created = rungs('new', '--template', 'startup', '-o', 'ladder.yaml');
    expect(created.status, explain(created)).toBe(0);
    const ladder = readFileSync(path.join(app, 'ladder.yaml'), 'utf8');
    expect(ladder).toMatch(/^rungs: 1$/m);

    const valid = rungs('validate', 'ladder.yaml');
    expect(valid.status, explain(valid)).toBe(0);
    expect(valid.stdout + valid.stderr).toContain('0 errors');

    writeFileSync(path.join(app, 'broken.yaml'), ladder.replace(/^(\s+level: )\S+$/m, '$1NO-SUCH-LEVEL'));
    const broken = rungs('validate', 'broken.yaml');
    expect(broken.status, explain(broken)).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/broken\.yaml:\d+:\d+:? error ref\/unknown-level/);

    const html = rungs('export', 'ladder.yaml', '-o', 'ladder.html');
    expect(html.status, explain(html)).toBe(0);
    expect(readFileSync(path.join(app, 'ladder.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);

    const md = rungs('export', 'ladder.yaml', '--format', 'md');
    expect(md.status, explain(md)).toBe(0);
    expect(md.stdout).toMatch(/^# /);

    // The site's search script comes from the installed minisearch, found beside the bundle.
    const site = installedRungs('site', 'ladder.yaml', '-o', 'site');
    expect(site.status, explain(site)).toBe(0);
    expect(readFileSync(path.join(app, 'site', 'assets', 'minisearch.js'), 'utf8')).toContain('MiniSearch');
    expect(existsSync(path.join(app, 'site', 'ladder', 'index.html'))).toBe(true);
  });

  it('loads playwright-core only to print a PDF', () => {
    expect(installedRungs('new', '--template', 'big-tech', '-o', 'big-tech.yaml').status).toBe(0);
    const playwright = path.join(app, 'node_modules', 'playwright-core');
    const hidden = `${playwright}.hidden`;
    renameSync(playwright, hidden);
    try {
      const valid = installedRungs('validate', 'big-tech.yaml');
      expect(valid.status, explain(valid)).toBe(0);
      const html = installedRungs('export', 'big-tech.yaml', '--format', 'html');
      expect(html.status, explain(html)).toBe(0);
    } finally {
      renameSync(hidden, playwright);
    }
    if (!findChromium()) {
      console.log('PDF from the installed package not checked: no Chromium on this machine (set RUNGS_CHROMIUM).');
      return;
    }
    const pdf = installedRungs('export', 'big-tech.yaml', '-o', 'big-tech.pdf');
    expect(pdf.status, explain(pdf)).toBe(0);
    expect(readFileSync(path.join(app, 'big-tech.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
