/**
 * Every file the CLI writes goes through node/'s atomic writer: a full disk or an I/O error at any
 * step leaves the previous file exactly as it was, with exit code 2 and one line saying why; links,
 * read-only files, missing folders and folders as targets get a plain answer too.
 */
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkFramework } from '../../../core/index.ts';
import schema from '../../../schemas/framework.schema.json' with { type: 'json' };
import { templateText } from '../../../core/templates/index.ts';
import { realSteps, type WriteSteps } from '../../../node/atomic-write.ts';
import { runCli } from '../hostile/cli-runner.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'rungs-cli-writes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const template = templateText('startup') ?? '';
const framework = path.join(dir, 'ladder.yaml');
writeFileSync(framework, template);
const matrix = path.join(dir, 'matrix.csv');
writeFileSync(matrix, 'Competency,Junior (L1),Senior (L2)\nCraft,Ships small changes.,Designs systems.\n');
const roles = checkFramework(template).framework.tracks[0]?.roles.map((r) => r.id) ?? [];
const [firstRole = '', secondRole = ''] = roles;

/** Each CLI command that writes a file, with the file it writes. */
function writers(target: string): Record<string, string[]> {
  return {
    'export -o': ['export', framework, '-o', target, '--format', 'html'],
    'new -o': ['new', '--template', 'startup', '-o', target, '--force'],
    'import -o': ['import', matrix, '-o', target, '--force'],
    'import-track -o': ['import-track', framework, '--template', 'spotify-style-dual-track', '--track', 'management', '-o', target],
    'compare -o': ['compare', framework, firstRole, secondRole, '-o', target, '--format', 'md'],
    'worksheet -o': ['worksheet', framework, secondRole, '-o', target, '--format', 'md'],
    'job -o': ['job', framework, firstRole, '-o', target],
  };
}

function failingAt(step: 'write' | 'sync' | 'rename', code: string): WriteSteps {
  return { ...realSteps, [step]: async () => Promise.reject(Object.assign(new Error(`simulated ${code}`), { code })) };
}

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n').filter((l) => !l.startsWith('note:') && !/^\S+:\d+:\d+: (warning|info)/.test(l));
  expect(lines, stderr).toHaveLength(1);
  return lines[0] ?? '';
}

describe('every CLI write path under a failing disk', () => {
  it('has role ids to work with', () => {
    expect(firstRole).not.toBe('');
    expect(secondRole).not.toBe('');
  });

  for (const [name] of Object.entries(writers(''))) {
    it(`${name}: ENOSPC or EIO at write, fsync or rename leaves the previous file intact`, async () => {
      for (const [step, code] of [['write', 'ENOSPC'], ['sync', 'EIO'], ['rename', 'ENOSPC']] as const) {
        const folder = mkdtempSync(path.join(dir, 'case-'));
        const target = path.join(folder, 'out.txt');
        writeFileSync(target, 'the previous file\n');
        const args = writers(target)[name] ?? [];
        const run = await runCli(args, { writeSteps: failingAt(step, code) });
        expect(run.code, `${name} ${step} ${code}: ${run.stderr}`).toBe(2);
        expect(oneLine(run.stderr)).toMatch(code === 'ENOSPC' ? /^The disk is full, so .*out\.txt was not written and the file on disk is unchanged/ : /input\/output error/);
        expect(readFileSync(target, 'utf8')).toBe('the previous file\n');
        expect(readdirSync(folder)).toEqual(['out.txt']);
      }
      // And with a healthy disk the same command does write.
      const target = path.join(mkdtempSync(path.join(dir, 'ok-')), 'out.txt');
      const args = (writers(target)[name] ?? []).filter((a) => a !== '--force');
      const run = await runCli(args);
      expect(run.code, run.stderr).toBeLessThan(2);
      expect(readFileSync(target, 'utf8').length).toBeGreaterThan(50);
    });
  }
});

describe('CLI write targets', () => {
  it('replaces the target of a symbolic link and keeps the link', async () => {
    const folder = mkdtempSync(path.join(dir, 'link-'));
    writeFileSync(path.join(folder, 'real.html'), 'old');
    symlinkSync('real.html', path.join(folder, 'out.html'));
    const run = await runCli(['export', framework, '-o', path.join(folder, 'out.html')]);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(path.join(folder, 'out.html')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(folder, 'real.html'), 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('creates the file a dangling link points to', async () => {
    const folder = mkdtempSync(path.join(dir, 'dangling-'));
    mkdirSync(path.join(folder, 'real'));
    symlinkSync('real/ladder.yaml', path.join(folder, 'ladder.yaml'));
    const run = await runCli(['new', '--template', 'startup', '-o', path.join(folder, 'ladder.yaml'), '--force']);
    expect(run.code, run.stderr).toBe(0);
    expect(lstatSync(path.join(folder, 'ladder.yaml')).isSymbolicLink()).toBe(true);
    // Outside a project that installed rungs, `rungs new` heads the file with the public schema URL.
    expect(readFileSync(path.join(folder, 'real', 'ladder.yaml'), 'utf8')).toBe(`# yaml-language-server: $schema=${schema.$id}\n${template}`);
  });

  it('refuses a read-only file unless --force, in one line saying so', async () => {
    const folder = mkdtempSync(path.join(dir, 'readonly-'));
    const target = path.join(folder, 'out.html');
    writeFileSync(target, 'keep me');
    chmodSync(target, 0o444);
    const refused = await runCli(['export', framework, '-o', target]);
    expect(refused.code).toBe(2);
    expect(oneLine(refused.stderr)).toBe(`${target} is read-only, so it was not replaced: make it writable, or add --force to replace it anyway.`);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    const forced = await runCli(['export', framework, '-o', target, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('says a missing folder is missing, and a folder is not a file, with exit 2', async () => {
    const missing = path.join(dir, 'no-such-folder', 'out.yaml');
    for (const args of [
      ['new', '--template', 'startup', '-o', missing],
      ['import', matrix, '-o', missing],
      ['import-track', framework, '--template', 'spotify-style-dual-track', '--track', 'management', '-o', missing],
      ['export', framework, '-o', missing.replace(/yaml$/, 'html')],
    ]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(oneLine(run.stderr)).toMatch(/^The folder .*no-such-folder does not exist, so .* was not written: create the folder first, or choose another one\.$/);
    }
    const folderTarget = mkdtempSync(path.join(dir, 'folder-target-'));
    const run = await runCli(['export', framework, '-o', path.join(folderTarget, 'x.html'), '--format', 'html']);
    expect(run.code).toBe(0);
    mkdirSync(path.join(folderTarget, 'rubric.md'));
    const refused = await runCli(['export', framework, '--format', 'md', '-o', path.join(folderTarget, 'rubric.md')]);
    expect(refused.code).toBe(2);
    expect(oneLine(refused.stderr)).toBe(`${path.join(folderTarget, 'rubric.md')} is a folder, not a file: give the name of a file to write.`);
  });
});
