import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, rungsIn } from '../cli/org-folder.ts';

const fixtures = path.join('tests', 'fixtures');
const rungs = (args: string[]) => rungsIn(root, args);
const lines = (stdout: string) => stdout.trim().split('\n');

describe('rungs validate on an organisation that shares a library', () => {
  it('checks three families and their library as a folder, with one summary line', () => {
    const run = rungs(['validate', path.join(fixtures, 'org')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = lines(run.stdout);
    expect(output.at(-1)).toBe('3 frameworks, 1 library: 0 errors, 1 warning');
    expect(output[0]).toMatch(new RegExp(`^${path.join(fixtures, 'org', 'design.yaml')}:42:\\d+: warning wording/years-requirement: `));
    expect(output).toHaveLength(2);
  });

  it('names both files and lines of an id defined twice, and exits 1', () => {
    const run = rungs(['validate', path.join(fixtures, 'include', 'duplicate')]);
    expect(run.code).toBe(1);
    const framework = path.join(fixtures, 'include', 'duplicate', 'framework.yaml');
    const library = path.join(fixtures, 'include', 'duplicate', 'shared', 'levels.yaml');
    expect(run.stdout).toContain(`${framework}:7:9: error id/duplicate: Level id \`L2\` is already used in ${library} on line 6`);
    expect(run.stdout).toContain(`${library}:6:9: note:`);
    expect(lines(run.stdout).at(-1)).toBe('1 framework, 2 libraries: 1 error, 0 warnings');
  });

  it('names the whole cycle of libraries that include each other', () => {
    const run = rungs(['validate', path.join(fixtures, 'include', 'cycle')]);
    expect(run.code).toBe(1);
    const folder = path.join(fixtures, 'include', 'cycle');
    const cycle = ['core.yaml', 'extra.yaml', 'core.yaml'].map((f) => path.join(folder, f)).join(' → ');
    expect(run.stdout).toContain(`error include/cycle: Include cycle: ${cycle}.`);
  });

  it('refuses includes that leave the folder it was given, without reading them', () => {
    const run = rungs(['validate', '--format', 'json', path.join(fixtures, 'include', 'escape', 'project')]);
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as { diagnostics: { code: string; message: string }[] }[];
    // outside.yaml redefines L1: had it been read, an id/duplicate would appear.
    expect(report!.diagnostics.map((d) => d.code)).toEqual(['include/outside-root', 'include/outside-root']);
    expect(report!.diagnostics[1]!.message).toContain('absolute path');
  });

  it('prints a library finding at the library file and line, and exports the family with the shared levels', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rungs-include-cli-'));
    try {
      const org = path.join(dir, 'org');
      mkdirSync(path.join(org, 'shared'), { recursive: true });
      for (const file of ['backend.yaml', 'data.yaml', 'design.yaml', 'shared/engineering.yaml']) {
        writeFileSync(path.join(org, file), readFileSync(path.join(root, fixtures, 'org', file), 'utf8'));
      }
      const library = path.join(org, 'shared', 'engineering.yaml');
      const text = readFileSync(library, 'utf8');
      const line = text.split('\n').findIndex((l) => l.trim() === 'name: Senior') + 1;
      writeFileSync(library, text.replace('name: Senior', 'name: "Senior\u200b"'));
      const run = rungsIn(dir, ['validate', path.join('org', 'backend.yaml')]);
      expect(run.stdout).toMatch(new RegExp(`^${path.join('org', 'shared', 'engineering.yaml')}:${line}:\\d+: \\w+ text/invisible: `, 'm'));

      writeFileSync(library, text);
      const exported = rungsIn(dir, ['export', '--format', 'html', '-o', 'backend.html', path.join('org', 'backend.yaml')]);
      expect(exported.stderr.trim()).toBe('Wrote backend.html');
      expect(exported.code).toBe(0);
      const html = readFileSync(path.join(dir, 'backend.html'), 'utf8');
      // Level and dimension descriptions that live only in the library reach the family's rubric.
      expect(html).toContain('The level most people reach and many keep for years.');
      expect(html).toContain('The quality of the work itself, judged by the people who depend on it.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('includes that try to leave the project', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'rungs-include-escape-'));
    mkdirSync(path.join(dir, 'project', '.git'), { recursive: true });
    // A named pipe blocks whoever opens it for reading: if Rungs touched it, the run would hang
    // and the spawn's timeout would fail the test. Refused means never opened.
    execFileSync('mkfifo', [path.join(dir, 'secret.yaml')]);
    symlinkSync(path.join(dir, 'secret.yaml'), path.join(dir, 'project', 'linked.yaml'));
    symlinkSync(dir, path.join(dir, 'project', 'up'));
    writeFileSync(
      path.join(dir, 'project', 'framework.yaml'),
      [
        'rungs: 1',
        'name: Escapes',
        'include: [../secret.yaml, linked.yaml, up/secret.yaml]',
        'levels: [{ id: L1 }]',
        'dimensions: [{ id: craft, name: Craft, kind: hard }]',
        'tracks:',
        '  - { id: eng, name: Engineering, kind: ic, roles: [{ id: e1, title: Engineer, level: L1, expectations: { craft: [Ships.] } }] }',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a folder given to the command', ['validate', 'project']],
    ['a single file inside a repository', ['validate', path.join('project', 'framework.yaml')]],
  ])('are refused for %s: .. climbs, links out and links to folders out', (_name, args) => {
    const run = rungsIn(dir, args);
    expect(run.code, run.stderr).toBe(1);
    const refusals = lines(run.stdout).filter((l) => l.includes('error include/outside-root'));
    expect(refusals).toHaveLength(3);
    expect(run.stdout).not.toContain('include/unreadable');
  });
});
