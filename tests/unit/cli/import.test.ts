// `rungs import` and `rungs import-track` print problems in validate's format, through a real process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic } from '../../../cli/format-diagnostic.ts';

const root = path.resolve(import.meta.dirname, '../../..');
let dir = '';

function rungs(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** validate's `file:line:column: severity code: message`. */
const located = /^\S+:\d+:\d+: (error|warning|info) [\w/-]+: \S/;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-cli-import-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('formatDiagnostic', () => {
  it('writes file:line:column: severity code: message, terminal-safe', () => {
    expect(formatDiagnostic('a.yaml', { line: 3, column: 7, severity: 'error', code: 'ref/unknown-level', message: 'Level `L\u001b[2J9`' })).toBe(
      'a.yaml:3:7: error ref/unknown-level: Level `L\\u001b[2J9`',
    );
  });
});

describe('rungs import', () => {
  it('prints the framework to stdout without -o, and its warnings as file:line:column: severity code: message', () => {
    const run = rungs('import', 'tests/fixtures/csv/ragged.csv');
    expect(run.code).toBe(0);
    expect((parse(run.stdout) as { rungs: number }).rungs).toBe(1);
    const problems = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('note: '));
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(located);
    expect(problems[0]).toMatch(/^<stdout>:\d+:\d+: warning coverage\/missing-dimension: /);
  });

  it('says in --help that -o may be left out', () => {
    const help = rungs('import', '--help').stdout.replace(/\s+/g, ' ');
    expect(help).toContain('prints the framework to the terminal when left out');
  });

  it('names the spreadsheet in the same format when nothing can be imported', () => {
    const empty = path.join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const run = rungs('import', empty);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${empty}:1:1: error import/empty: The spreadsheet is empty: there is nothing to import.\n`);
  });

  it('writes the file named by -o and says so', () => {
    const out = path.join(dir, 'out.yaml');
    const run = rungs('import', 'tests/fixtures/csv/clean.csv', '-o', out);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`Wrote ${out}`);
    expect(readFileSync(out, 'utf8')).toContain('rungs: 1');
  });
});

describe('rungs import-track', () => {
  it('prints problems as file:line:column: severity code: message', () => {
    const input = path.join(dir, 'partial.yaml');
    // The user's own file already has a broken reference, which the import must still report.
    writeFileSync(
      input,
      'rungs: 1\nname: X\ndimensions: [{ id: craft, name: Craft, kind: hard }]\nlevels: [{ id: L1 }]\ntracks:\n  - { id: ic, name: IC, kind: ic, roles: [{ id: a, title: A, level: NOPE }] }\n',
    );
    const run = rungs('import-track', input, '--template', 'startup', '--track', 'engineering');
    const problems = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('note: '));
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) expect(line).toMatch(located);
  });
});
