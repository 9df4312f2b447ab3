// `rungs site` through a real process: what it writes for the fixture organisation, what it
// refuses, how a rebuild removes pages that no longer exist and nothing else, and `--since`
// against a real git repository.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root, rungsIn } from '../cli/org-folder.ts';

const made: string[] = [];
afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the fixture organisation in a temporary folder, as `org/`. */
function fixtureOrg(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'rungs-site-'));
  made.push(cwd);
  cpSync(path.join(root, 'tests/fixtures/org'), path.join(cwd, 'org'), { recursive: true });
  return cwd;
}

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
  expect(result.status, result.stderr).toBe(0);
}

const read = (cwd: string, file: string) => readFileSync(path.join(cwd, file), 'utf8');

describe('rungs site', () => {
  it('builds the organisation and says where to open it', () => {
    const cwd = fixtureOrg();
    const result = rungsIn(cwd, ['site', 'org', '-o', 'public']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Wrote public: 3 frameworks, \d+ role pages, \d+ files\. Open public[/\\]index\.html\.\n$/);
    // The family with a warning still publishes; the warning is printed as validate prints it.
    expect(result.stdout).toMatch(/warning/);
    for (const page of ['index.html', 'backend/index.html', 'data/index.html', 'design/index.html', 'assets/search-index.js', 'assets/minisearch.js']) {
      expect(existsSync(path.join(cwd, 'public', page)), page).toBe(true);
    }
    // The library is published through its users, never as a family of its own.
    expect(existsSync(path.join(cwd, 'public/engineering'))).toBe(false);
    expect(read(cwd, 'public/backend/index.html')).toContain('Northwind');
  });

  it('writes nothing when a framework has errors, and names the file', () => {
    const cwd = fixtureOrg();
    cpSync(path.join(root, 'tests/fixtures/invalid/unknown-level.yaml'), path.join(cwd, 'org/platform.yaml'));
    const result = rungsIn(cwd, ['site', 'org', '-o', 'public']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/platform\.yaml:\d+:\d+: error/);
    expect(result.stderr).toMatch(/^No site written: fix the errors in org[/\\]platform\.yaml first\.\n$/);
    expect(existsSync(path.join(cwd, 'public'))).toBe(false);
  });

  it('refuses a folder without frameworks in one line, exit code 2', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'rungs-site-empty-'));
    made.push(cwd);
    writeFileSync(path.join(cwd, 'ci.yml'), 'stages: [test]\n');
    const result = rungsIn(cwd, ['site', '.', '-o', 'public']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    expect(result.stderr).toContain('holds no frameworks');
    expect(result.stderr).not.toMatch(/\n\s+at |node:internal/);
  });

  it('removes the pages of a family that is gone on the next build, and leaves other files alone', () => {
    const cwd = fixtureOrg();
    expect(rungsIn(cwd, ['site', 'org', '-o', 'public']).code).toBe(0);
    writeFileSync(path.join(cwd, 'public/CNAME'), 'ladders.example.com\n');
    writeFileSync(path.join(cwd, 'public/design/notes.txt'), 'kept\n');
    const designRoles = readFileSync(path.join(cwd, 'public/.rungs-site.json'), 'utf8').match(/"design\/[^"]+\/index\.html"/g) ?? [];
    expect(designRoles.length).toBeGreaterThan(0);

    rmSync(path.join(cwd, 'org/design.yaml'));
    const result = rungsIn(cwd, ['site', 'org', '-o', 'public']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/2 frameworks.*removed \d+ pages that no longer exist/);
    expect(existsSync(path.join(cwd, 'public/design/index.html'))).toBe(false);
    for (const page of designRoles) expect(existsSync(path.join(cwd, 'public', JSON.parse(page) as string))).toBe(false);
    expect(read(cwd, 'public/CNAME')).toBe('ladders.example.com\n');
    expect(read(cwd, 'public/design/notes.txt')).toBe('kept\n');
    expect(read(cwd, 'public/index.html')).not.toContain('href="design/index.html"');
  });

  it('never deletes outside the site, whatever the manifest lists', () => {
    const cwd = fixtureOrg();
    writeFileSync(path.join(cwd, 'precious.html'), 'mine\n');
    expect(rungsIn(cwd, ['site', 'org', '-o', 'public']).code).toBe(0);
    writeFileSync(path.join(cwd, 'public/.rungs-site.json'), JSON.stringify(['../precious.html', '/etc/hostname', 'index.html']));
    expect(rungsIn(cwd, ['site', 'org', '-o', 'public']).code).toBe(0);
    expect(read(cwd, 'precious.html')).toBe('mine\n');
  });

  it('never writes or deletes through a link that leads out of the site folder', () => {
    const cwd = fixtureOrg();
    expect(rungsIn(cwd, ['site', 'org', '-o', 'public']).code).toBe(0);
    // The family's folder becomes a link to a folder of the user's own.
    mkdirSync(path.join(cwd, 'docs', 'backend-1'), { recursive: true });
    writeFileSync(path.join(cwd, 'docs', 'backend-1', 'index.html'), 'mine\n');
    rmSync(path.join(cwd, 'public', 'backend'), { recursive: true });
    symlinkSync(path.join(cwd, 'docs'), path.join(cwd, 'public', 'backend'));
    const result = rungsIn(cwd, ['site', 'org', '-o', 'public']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/links outside public/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(read(cwd, 'docs/backend-1/index.html')).toBe('mine\n');
    // Removing a family does not delete through the link either.
    rmSync(path.join(cwd, 'org/backend.yaml'));
    expect(rungsIn(cwd, ['site', 'org', '-o', 'public']).code).toBe(0);
    expect(read(cwd, 'docs/backend-1/index.html')).toBe('mine\n');
  });

  it('adds a changelog page with --since: the changes of a committed family, and a new one as new', () => {
    const cwd = fixtureOrg();
    git(cwd, 'init', '-q');
    git(cwd, 'add', 'org/backend.yaml', 'org/data.yaml', 'org/shared');
    git(cwd, 'commit', '-q', '-m', 'two families');
    git(cwd, 'tag', 'v1');
    const backend = path.join(cwd, 'org/backend.yaml');
    const before = readFileSync(backend, 'utf8');
    const [, title] = /title: ([^\n]+)/.exec(before)!;
    writeFileSync(backend, before.replace(`title: ${title}`, 'title: Apprentice Backend Engineer'));

    const result = rungsIn(cwd, ['site', 'org', '-o', 'public', '--since', 'v1']);
    expect(result.code, result.stderr).toBe(0);
    const changes = read(cwd, 'public/changes/index.html');
    expect(changes).toContain('Changes since v1');
    expect(changes).toContain('Apprentice Backend Engineer');
    expect(changes).toContain('New since v1.');
    expect(read(cwd, 'public/index.html')).toContain('href="changes/index.html"');
  });

  it('stops on an unknown revision in one line, exit code 2, writing nothing', () => {
    const cwd = fixtureOrg();
    git(cwd, 'init', '-q');
    git(cwd, 'add', '.');
    git(cwd, 'commit', '-q', '-m', 'all');
    const result = rungsIn(cwd, ['site', 'org', '-o', 'public', '--since', 'no-such-tag']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    expect(result.stderr).toContain('no-such-tag');
    expect(existsSync(path.join(cwd, 'public'))).toBe(false);
  });
});
