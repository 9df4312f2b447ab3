import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover } from '../../../cli/discover.ts';
import { classifyYaml } from '../../../core/include/classify.ts';
import { summaryLine } from '../../../cli/report/text.ts';
import type { FileReport } from '../../../cli/report/file-report.ts';
import { makeOrgFolder, rungsIn } from './org-folder.ts';

let cwd: string;

beforeAll(() => {
  cwd = makeOrgFolder();
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

const fileLines = (stdout: string) => stdout.split('\n').filter((line) => /^\S+:\d+:\d+: /.test(line)).map((line) => line.split(':')[0]);

describe('rungs validate <folder>', () => {
  it('checks every framework and library under the folder and ends with the summary line', () => {
    const run = rungsIn(cwd, ['validate', 'org']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 frameworks, 1 library: 0 errors, 1 warning');
    // Only the warning of the data family; nothing from node_modules, hidden folders or files, or the CI config.
    expect(fileLines(run.stdout)).toEqual([path.join('org', 'data', 'data-engineering.yml')]);
  });

  it('lists the files in path order, the same on every run', async () => {
    const first = await discover(['org'], cwd);
    expect(first.candidates.map((c) => c.file)).toEqual(
      ['backend.yaml', 'ci.yml', 'data/data-engineering.yml', 'shared/engineering.yaml'].map((f) => path.join('org', f)),
    );
    expect((await discover(['org'], cwd)).candidates).toEqual(first.candidates);
    const json = JSON.parse(rungsIn(cwd, ['validate', '--format', 'json', 'org']).stdout) as FileReport[];
    expect(json.map((r) => [r.file, r.kind])).toEqual([
      [path.join('org', 'backend.yaml'), 'framework'],
      [path.join('org', 'data', 'data-engineering.yml'), 'framework'],
      [path.join('org', 'shared', 'engineering.yaml'), 'library'],
    ]);
  });

  it('fails --strict on the warning, and exits 1 on an error', () => {
    expect(rungsIn(cwd, ['validate', '--strict', 'org']).code).toBe(1);
    const broken = path.join(cwd, 'broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, 'ladder.yaml'), 'rungs: 1\nname: Broken\ntracks:\n  - id: ic\n    roles: [\n');
    const run = rungsIn(cwd, ['validate', 'broken']);
    expect(run.code).toBe(1);
    // A framework with a syntax error is checked (and its error shown), not skipped as "other YAML".
    expect(run.stdout).toMatch(/^broken\/ladder\.yaml:\d+:\d+: error yaml\/syntax/m);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^1 framework: [1-9]\d* errors?, 0 warnings$/);
  });

  it('expands quoted globs, and checks a file named on purpose whatever it holds', () => {
    const glob = rungsIn(cwd, ['validate', 'org/**/*.yml']);
    expect(glob.code).toBe(0);
    expect(glob.stdout.trim().split('\n').at(-1)).toBe('1 framework: 0 errors, 1 warning');
    const named = rungsIn(cwd, ['validate', '--format', 'json', 'org/ci.yml']);
    expect(named.code).toBe(1);
    expect(JSON.parse(named.stdout)[0].diagnostics.length).toBeGreaterThan(0);
    // A file found by the folder and named again is checked once.
    const twice = rungsIn(cwd, ['validate', 'org', 'org/backend.yaml']);
    expect(twice.stdout.trim().split('\n').at(-1)).toBe('2 frameworks, 1 library: 0 errors, 1 warning');
  });

  it('exits 2 with one line when a folder or glob holds no frameworks', () => {
    mkdirSync(path.join(cwd, 'empty', 'deep'), { recursive: true });
    writeFileSync(path.join(cwd, 'empty', 'deep', 'compose.yaml'), 'services: {}\n');
    for (const arg of ['empty', 'org/**/*.json']) {
      const run = rungsIn(cwd, ['validate', arg, 'org']);
      expect(run.code, arg).toBe(2);
      expect(run.stderr, arg).toBe(
        `${arg} holds no frameworks: Rungs looks for .yaml and .yml files with a top-level \`tracks:\` (a framework) or \`rungs:\` (a library). Check the path or the pattern.\n`,
      );
    }
  });

  it('exits 2 when a file in the folder cannot be read, and still reports the others', () => {
    const folder = path.join(cwd, 'unreadable');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.yaml'), Buffer.from('rungs: 1\nname: Caf\xe9\ntracks: []\n', 'latin1'));
    writeFileSync(path.join(folder, 'b.yaml'), 'rungs: 1\nname: B\n');
    const run = rungsIn(cwd, ['validate', 'unreadable']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^unreadable\/a\.yaml:2:10 is not UTF-8 text/);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('0 frameworks, 1 library: 0 errors, 0 warnings; 1 file could not be read');
  });

  it('writes the report to -o atomically instead of standard output', () => {
    const run = rungsIn(cwd, ['validate', 'org', '--format', 'gitlab', '-o', 'quality.json']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(rungsIn(cwd, ['validate', 'org', '--format', 'sarif', '-o', 'no-such-folder/x.sarif']).code).toBe(2);
  });

  it('says in --help how files are recognised and which formats exist', () => {
    const help = rungsIn(cwd, ['validate', '--help']).stdout;
    for (const text of ['top-level `tracks:`', 'node_modules', 'hidden folders', 'github', 'sarif', 'gitlab', '-o, --output', 'holds no frameworks']) {
      expect(help).toContain(text);
    }
  });
});

describe('what a YAML file is', () => {
  it('tells frameworks, libraries and other YAML apart, and judges broken YAML by its top-level keys', () => {
    expect(classifyYaml('rungs: 1\ntracks: []\n')).toBe('framework');
    expect(classifyYaml('tracks: []\n')).toBe('framework');
    expect(classifyYaml('rungs: 1\nlevels: [{ id: L1 }]\n')).toBe('library');
    expect(classifyYaml('on: push\njobs: {}\n')).toBe('other');
    expect(classifyYaml('- a\n- b\n')).toBe('other');
    expect(classifyYaml('')).toBe('other');
    expect(classifyYaml('rungs: 1\ntracks:\n  - [\n')).toBe('framework');
    expect(classifyYaml('rungs: 1\nlevels: [\n')).toBe('library');
    expect(classifyYaml('jobs: [\n  rungs: 1\n')).toBe('other');
  });
});

describe('the summary line', () => {
  const report = (kind: 'framework' | 'library', severities: ('error' | 'warning' | 'info')[] = []): FileReport => ({
    file: 'x.yaml',
    kind,
    diagnostics: severities.map((severity) => ({ code: 'level/unused', severity, message: 'm', path: '', line: 1, column: 1, endLine: 1, endColumn: 2 })),
  });

  it('counts with the right plurals and names libraries and infos only when there are some', () => {
    expect(summaryLine([report('framework')])).toBe('1 framework: 0 errors, 0 warnings');
    expect(summaryLine([report('framework', ['warning', 'warning']), report('framework'), report('framework'), report('library')])).toBe(
      '3 frameworks, 1 library: 0 errors, 2 warnings',
    );
    expect(summaryLine([report('framework', ['error', 'warning', 'info']), report('library'), report('library')])).toBe(
      '1 framework, 2 libraries: 1 error, 1 warning, 1 info',
    );
  });
});
