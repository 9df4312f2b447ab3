/**
 * The hostile files that matter most, through the real `rungs` binary in its own Node process: only
 * a real process shows an uncaught exception's stack trace, a crash's exit code, or a stack
 * overflow at Node's default stack size. (corpus.test.ts runs the whole corpus in-process.)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashSigns, spawnRungs, terminalUnsafe } from './cli-runner.ts';
import { generatedFiles } from './generated.ts';
import { htmlProblems } from './invariants.ts';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/hostile');
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-hostile-process-'));
  for (const name of ['huge-10mb.yaml', 'deep-unclosed-100k.yaml']) {
    const file = generatedFiles.find((g) => g.name === name);
    if (file) writeFileSync(path.join(dir, name), file.make());
  }
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function expectNoCrash(run: { stdout: string; stderr: string }): void {
  expect(crashSigns(run.stderr), run.stderr).toEqual([]);
  expect(crashSigns(run.stdout)).toEqual([]);
}

describe('rungs on hostile files, as a real process', () => {
  it('refuses a binary file with exit 2 and one line naming it', () => {
    const file = path.join(fixtures, 'binary.png');
    for (const args of [['validate', file], ['export', file, '--format', 'html']]) {
      const run = spawnRungs(args);
      expect(run.code).toBe(2);
      expectNoCrash(run);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain('binary.png');
    }
  });

  it('refuses invalid UTF-8 with exit 2 and says to save as UTF-8', () => {
    const file = path.join(fixtures, 'invalid-utf8.yaml');
    for (const args of [['validate', file], ['export', file, '--format', 'md', '--force']]) {
      const run = spawnRungs(args);
      expect(run.code).toBe(2);
      expectNoCrash(run);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/UTF-8/);
    }
  });

  it('refuses binary on standard input with exit 2', () => {
    const run = spawnRungs(['validate', '-'], readFileSync(path.join(fixtures, 'binary.png')));
    expect(run.code).toBe(2);
    expectNoCrash(run);
    expect(run.stderr).toMatch(/binary/);
  });

  it('refuses a 10 MB file with exit 2 and one line, in validate and export alike', () => {
    const file = path.join(dir, 'huge-10mb.yaml');
    for (const args of [['validate', file], ['export', file, '--format', 'json']]) {
      const run = spawnRungs(args);
      expect(run.code).toBe(2);
      expectNoCrash(run);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/MB/);
      // validate still prints its summary line; export writes nothing.
      if (args[0] === 'export') expect(run.stdout).toBe('');
    }
  });

  it('reports 100,000 unclosed brackets as a diagnostic, without overflowing the stack', () => {
    const run = spawnRungs(['validate', '--format', 'json', path.join(dir, 'deep-unclosed-100k.yaml')]);
    expect(run.code).toBe(1);
    expectNoCrash(run);
    const [report] = JSON.parse(run.stdout) as { diagnostics: { code: string }[] }[];
    expect(report?.diagnostics.map((d) => d.code)).toContain('yaml/too-deep');
  });

  it('prints no terminal escape sequence or bidi override from a file into the terminal', () => {
    for (const name of ['control-characters.yaml', 'bidi-trojan.yaml']) {
      const run = spawnRungs(['validate', path.join(fixtures, name)]);
      expect(run.code).toBe(1);
      expectNoCrash(run);
      expect(run.stdout + run.stderr, name).not.toMatch(terminalUnsafe);
    }
  });

  it('exports script payloads in every field as an inert HTML page on standard output', () => {
    const run = spawnRungs(['export', path.join(fixtures, 'payloads-every-field.yaml'), '--format', 'html', '--force']);
    expect(run.code).toBe(0);
    expectNoCrash(run);
    expect(htmlProblems(run.stdout)).toEqual([]);
    expect(run.stdout).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
  });
});
