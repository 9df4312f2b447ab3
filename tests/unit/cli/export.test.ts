// `rungs export` and the command line's exit codes, through a real process (bin/rungs.mjs): only a
// real process shows a stack trace, a blocked read or the exit code commander chooses.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/rungs.mjs');
const minimal = path.join(root, 'tests/fixtures/valid/minimal.yaml');
let dir = '';

function rungs(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    input: options.input,
    timeout: 20_000,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectOneCleanLine(run: { stderr: string }): void {
  expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const terminalUnsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-cli-export-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('rungs export reads its input like validate', () => {
  it('refuses a FIFO with exit 2 and one line, instead of waiting on it forever', () => {
    const fifo = path.join(dir, 'pipe.yaml');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status !== 0) return; // no mkfifo on this machine: the folder case below still runs
    const run = rungs(['export', fifo, '--format', 'md']);
    expect(run.code).toBe(2);
    expectOneCleanLine(run);
    expect(run.stderr).toContain('is not a regular file');
  });

  it('refuses a folder and an unreadable file with exit 2 and one line, no stack trace', () => {
    const folder = path.join(dir, 'folder.yaml');
    mkdirSync(folder);
    const run = rungs(['export', folder, '--format', 'md']);
    expect(run.code).toBe(2);
    expectOneCleanLine(run);

    // root reads a chmod 000 file anyway, so the permission case only runs for other users.
    if (process.getuid?.() === 0) return;
    const locked = path.join(dir, 'locked.yaml');
    copyFileSync(minimal, locked);
    chmodSync(locked, 0o000);
    const denied = rungs(['export', locked, '--format', 'md']);
    expect(denied.code).toBe(2);
    expectOneCleanLine(denied);
    expect(denied.stderr).toContain('permission');
  });

  it('refuses a file over the size limit with exit 2, saying the limit', () => {
    const huge = path.join(dir, 'huge.yaml');
    writeFileSync(huge, `description: "${'a'.repeat(8_100_000)}"\n`);
    const run = rungs(['export', huge, '--format', 'json']);
    expect(run.code).toBe(2);
    expectOneCleanLine(run);
    expect(run.stderr).toContain('over the 8 MB limit');
    expect(run.stdout).toBe('');
  });

  it('reads standard input for -', () => {
    const run = rungs(['export', '-', '--format', 'md'], { input: readFileSync(minimal, 'utf8') });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Minimal');
  });

  it('prints diagnostics as file:line:column: severity code: message, with no raw control or bidi characters', () => {
    const hostile = path.join(dir, 'hostile.yaml');
    writeFileSync(hostile, readFileSync(minimal, 'utf8').replace('level: L1', 'level: "L\\e[31mX\\u202e"'));
    const run = rungs(['export', hostile, '--format', 'md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/hostile\.yaml:17:16: error schema\/pattern: /);
    expect(run.stderr).toContain('\\u001b[31m');
    expect(run.stderr).not.toMatch(terminalUnsafe);
    expect(run.stderr).toContain('Not exported');
  });
});

describe('rungs export names the PDF it writes without -o', () => {
  it('refuses to replace an existing <name>.pdf without --force, and says so in --help', () => {
    const work = path.join(dir, 'pdf');
    mkdirSync(work);
    copyFileSync(minimal, path.join(work, 'ladder.yaml'));
    writeFileSync(path.join(work, 'ladder.pdf'), 'an older export');
    const run = spawnSync(process.execPath, [bin, 'export', 'ladder.yaml', '--format', 'pdf'], { cwd: work, encoding: 'utf8', timeout: 20_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('ladder.pdf already exists. Name the PDF with -o, or add --force to overwrite it.\n');
    expect(readFileSync(path.join(work, 'ladder.pdf'), 'utf8')).toBe('an older export');

    // --force gets past that check (it then stops at the missing browser, so no PDF is needed here).
    const forced = spawnSync(process.execPath, [bin, 'export', 'ladder.yaml', '--format', 'pdf', '--force'], {
      cwd: work,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, RUNGS_CHROMIUM: path.join(work, 'no-chromium') },
    });
    expect(forced.stderr).not.toContain('already exists');
    expect(forced.stderr).toContain('RUNGS_CHROMIUM');

    const help = rungs(['export', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('a PDF is written to the current folder as <name>.pdf, named after the framework file');
    expect(help.stdout.replace(/\s+/g, ' ')).toContain('never replaced without --force');
    expect(help.stdout).not.toContain('<file>.pdf');
  });

  it('still overwrites a file named with -o', () => {
    const target = path.join(dir, 'out.md');
    writeFileSync(target, 'old');
    const run = rungs(['export', minimal, '-o', target]);
    expect(run.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('# Minimal');
  });

  it('refuses to write over the framework file itself, even through another spelling of its path', () => {
    const own = path.join(dir, 'own.yaml');
    copyFileSync(minimal, own);
    const before = readFileSync(own, 'utf8');
    for (const output of [own, `${dir}/./own.yaml`]) {
      const run = rungs(['export', own, '--format', 'json', '-o', output, '--force']);
      expect(run.code).toBe(2);
      expectOneCleanLine(run);
      expect(run.stderr).toMatch(/framework file itself/);
    }
    expect(readFileSync(own, 'utf8')).toBe(before);
  });
});

describe('usage errors exit 2 for every command; --help and --version exit 0', () => {
  it.each([
    [['export', minimal, '--bogus'], "unknown option '--bogus'"],
    [['export'], "missing required argument 'file'"],
    [['new', '--template'], 'argument missing'],
    [['bogus'], "unknown command 'bogus'"],
    [['validate', '--format', 'xml', minimal], 'Allowed choices are text, json, github, sarif, gitlab'],
    [['templates', '--format', 'xml'], 'Allowed choices are text, json'],
    [['import-track', minimal], "required option '-t, --template <name>' not specified"],
    [['import'], "missing required argument 'matrix'"],
  ])('rungs %j exits 2', (args, message) => {
    const run = rungs(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(/run `rungs( [\w-]+)? --help` for usage/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([[['--help']], [['--version']], [['export', '--help']], [['new', '--help']], [['help', 'validate']]])('rungs %j exits 0', (args) => {
    const run = rungs(args);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toBe('');
  });
});
