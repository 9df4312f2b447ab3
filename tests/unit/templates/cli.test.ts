import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateText } from '../../../core/templates/index.ts';
import schema from '../../../schemas/framework.schema.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '../../..');

/** What `rungs new` writes outside a project that installed rungs: the public schema header, then the template. */
function newFile(name: string): string {
  return `# yaml-language-server: $schema=${schema.$id}\n${templateText(name) ?? ''}`;
}

function rungs(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rungs-templates-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rungs templates', () => {
  it('prints a table with every template', () => {
    const { code, stdout } = rungs('templates');
    expect(code).toBe(0);
    for (const name of ['spotify-style-dual-track', 'big-tech', 'startup', 'staff-archetypes', 'multi-discipline']) expect(stdout).toContain(name);
    expect(stdout).toMatch(/^NAME\s+LEVELS\s+TRACKS/);
  });

  it('prints JSON with --format json', () => {
    const { code, stdout } = rungs('templates', '--format', 'json');
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as Array<{ name: string; levelCount: number; tracks: unknown[] }>;
    expect(parsed.find((t) => t.name === 'big-tech')).toMatchObject({ levelCount: 8, tracks: expect.any(Array) });
  });
});

describe('rungs new', () => {
  it('prints the template when no output file is given', () => {
    const { code, stdout } = rungs('new', '--template', 'startup');
    expect(code).toBe(0);
    expect(stdout).toBe(newFile('startup'));
  });

  it('writes the file, then refuses to overwrite it without --force', async () => {
    const file = path.join(dir, 'ladder.yaml');
    expect(rungs('new', '--template', 'big-tech', '-o', file).code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(newFile('big-tech'));

    await writeFile(file, 'my own work\n');
    const refused = rungs('new', '--template', 'big-tech', '-o', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/already exists.*--force/);
    expect(await readFile(file, 'utf8')).toBe('my own work\n');

    expect(rungs('new', '--template', 'big-tech', '-o', file, '--force').code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(newFile('big-tech'));
  });

  it('lists the template names when the name is unknown', () => {
    const { code, stderr } = rungs('new', '--template', 'spotify');
    expect(code).toBe(2);
    expect(stderr).toContain('spotify-style-dual-track');
    expect(stderr).toContain('multi-discipline');
  });
});

describe('rungs validate --strict on the templates', () => {
  it('passes every template', async () => {
    const files = (await readdir(path.join(root, 'templates'))).filter((f) => f.endsWith('.yaml')).map((f) => path.join('templates', f));
    const strict = rungs('validate', '--strict', ...files);
    expect(strict.stdout + strict.stderr).toMatch(/5 frameworks: 0 errors, 0 warnings/);
    expect(strict.code).toBe(0);
    const json = JSON.parse(rungs('validate', '--strict', '--format', 'json', ...files).stdout) as Array<{ file: string; diagnostics: unknown[] }>;
    expect(json.map((entry) => [path.basename(entry.file), entry.diagnostics])).toEqual(files.map((f) => [path.basename(f), []]));
  });
});
