// `rungs diff` through a real process: the two-file form, `--since` against a real git
// repository, the exit codes and the one-line refusals.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import markdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/rungs.mjs');
const oldFile = path.join(root, 'tests/fixtures/diff/old.yaml');
const newFile = path.join(root, 'tests/fixtures/diff/new.yaml');
let repo = '';
let outside = '';

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const rungs = (args: string[], cwd = repo) => run(process.execPath, [bin, ...args], cwd);
const git = (...args: string[]) => {
  const result = run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], repo);
  expect(result.code, result.stderr).toBe(0);
};

function expectOneCleanLine(result: { stderr: string }): void {
  expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
  expect(result.stderr).not.toMatch(/\n\s+at |node:internal|Error:/);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'rungs-diff-repo-'));
  outside = mkdtempSync(path.join(tmpdir(), 'rungs-diff-plain-'));
  git('init', '-q');
  copyFileSync(oldFile, path.join(repo, 'ladder.yaml'));
  git('add', 'ladder.yaml');
  git('commit', '-q', '-m', 'version 1');
  copyFileSync(newFile, path.join(repo, 'ladder.yaml'));
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('rungs diff', () => {
  it('prints the JSON shape README documents for two files', () => {
    const result = rungs(['diff', oldFile, newFile, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['from', 'to', 'semver', 'changes']);
    expect(json.from).toEqual({ version: '1.0.0', name: 'Diff fixture ladder' });
    expect(json.semver).toBe('major');
    expect(json.changes.length).toBe(25);
    for (const change of json.changes) expect(typeof change.kind).toBe('string');
  });

  it('gives the same changes with --since HEAD as with the two-file form', () => {
    const twoFiles = JSON.parse(rungs(['diff', oldFile, newFile, '--format', 'json']).stdout);
    const since = rungs(['diff', 'ladder.yaml', '--since', 'HEAD', '--format', 'json']);
    expect(since.code, since.stderr).toBe(0);
    expect(JSON.parse(since.stdout).changes).toEqual(twoFiles.changes);
  });

  it('warns version/not-bumped with --since when the content changed but the version did not', () => {
    const edited = readFileSync(newFile, 'utf8').replace('version: "1.1.0"', 'version: "1.0.0"');
    writeFileSync(path.join(repo, 'same-version.yaml'), edited);
    const result = rungs(['diff', 'same-version.yaml', '--since', 'HEAD']);
    expect(result.code).toBe(2);
    copyFileSync(oldFile, path.join(repo, 'same-version.yaml'));
    git('add', 'same-version.yaml');
    git('commit', '-q', '-m', 'second file');
    writeFileSync(path.join(repo, 'same-version.yaml'), edited);
    const warned = rungs(['diff', 'same-version.yaml', '--since', 'HEAD']);
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stderr).toMatch(/^same-version\.yaml:4:10: warning version\/not-bumped: .*1\.0\.0/);
    const json = JSON.parse(rungs(['diff', 'same-version.yaml', '--since', 'HEAD', '--format', 'json']).stdout);
    expect(json.findings).toEqual([expect.objectContaining({ code: 'version/not-bumped', line: 4 })]);
  });

  it('exits 2 with one line naming an unknown revision', () => {
    const result = rungs(['diff', 'ladder.yaml', '--since', 'no-such-tag']);
    expect(result.code).toBe(2);
    expectOneCleanLine(result);
    expect(result.stderr).toContain('"no-such-tag"');
  });

  it('exits 2 outside a git repository', () => {
    copyFileSync(oldFile, path.join(outside, 'ladder.yaml'));
    const result = rungs(['diff', 'ladder.yaml', '--since', 'HEAD'], outside);
    expect(result.code).toBe(2);
    expectOneCleanLine(result);
    expect(result.stderr).toContain('not inside a git repository');
  });

  it('exits 1 with --exit-code only when something changed', () => {
    expect(rungs(['diff', oldFile, newFile, '--exit-code']).code).toBe(1);
    expect(rungs(['diff', oldFile, oldFile, '--exit-code']).code).toBe(0);
    expect(rungs(['diff', oldFile, newFile]).code).toBe(0);
  });

  it('refuses a missing file, a wrong number of files and an unknown format with one line and exit 2', () => {
    for (const args of [['diff', oldFile, 'missing.yaml'], ['diff', oldFile], ['diff', oldFile, newFile, '--format', 'xml']]) {
      const result = rungs(args);
      expect(result.code, args.join(' ')).toBe(2);
      expectOneCleanLine(result);
    }
  });

  it('writes a Markdown changelog titled with both versions, quoting user text literally', () => {
    const hostile = readFileSync(newFile, 'utf8').replace('title: Software Engineer', 'title: "Software [Engineer](javascript:alert(1)) <script>"');
    writeFileSync(path.join(outside, 'hostile.yaml'), hostile);
    const result = rungs(['diff', oldFile, path.join(outside, 'hostile.yaml'), '--format', 'md']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# Diff fixture ladder: changes from 1.0.0 to 1.1.0');
    // Rendered the way a wiki renders it: raw HTML on.
    const html = markdownIt({ html: true }).render(result.stdout);
    expect(html).not.toMatch(/<script|<a /);
    expect(html).toContain('Software [Engineer](javascript:alert(1)) &lt;script&gt;');
    expect(result.stdout).toContain('Who is affected');
  });

  it('adds "What changed in this version" to an exported rubric and marks the changed bullets', () => {
    const result = rungs(['export', 'ladder.yaml', '--changes-since', 'HEAD', '-o', 'with-changes.html']);
    expect(result.code, result.stderr).toBe(0);
    const html = readFileSync(path.join(repo, 'with-changes.html'), 'utf8');
    expect(html).toContain('<section class="block changes-since" id="changes"');
    expect(html).toContain('<a href="#changes">What changed in this version</a>');
    expect(html).toMatch(/<li[^>]*data-version-changed=""[^>]*>(<span class="badge[^"]*">[^<]*<\/span>)*<span class="badge badge-version">Changed since 1.0.0<\/span>Writes well-tested changes/);
    // The same against a file, and a refusal for formats without a rubric.
    expect(rungs(['export', newFile, '--changes-since', oldFile, '-o', 'from-file.html']).code).toBe(0);
    const refused = rungs(['export', newFile, '--changes-since', oldFile, '--format', 'csv']);
    expect(refused.code).toBe(2);
    expectOneCleanLine(refused);
  }, 60_000);
});
