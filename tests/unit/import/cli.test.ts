import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseLevelMap } from '../../../cli/commands/import-track.ts';
import { checkFramework } from '../../../core/check.ts';

const root = path.resolve(import.meta.dirname, '../../..');

function rungs(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/rungs.mjs'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rungs-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('rungs import', () => {
  it('writes a framework, prints the notes, and refuses to overwrite without --force', async () => {
    const out = path.join(dir, 'matrix.yaml');
    const first = rungs('import', 'tests/fixtures/csv/ragged.csv', '-o', out, '--name', 'Acme');
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/note: Rows 4, 5 and 7 have fewer cells/);
    const text = await readFile(out, 'utf8');
    expect((parse(text) as { name: string }).name).toBe('Acme');
    expect(checkFramework(text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const again = rungs('import', 'tests/fixtures/csv/clean.csv', '-o', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(await readFile(out, 'utf8')).toBe(text);
  });

  it('exits 2 with a plain message for a missing file', () => {
    const { code, stderr } = rungs('import', path.join(dir, 'nope.csv'), '-o', path.join(dir, 'x.yaml'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/nope\.csv does not exist: check the path and try again\.\n$/);
  });
});

describe('rungs import-track', () => {
  it('prints the result without touching the input, or writes it to -o', async () => {
    const input = path.join(dir, 'startup.yaml');
    await copyFile(path.join(root, 'templates/startup.yaml'), input);
    const before = await readFile(input, 'utf8');
    const { code, stdout, stderr } = rungs('import-track', input, '--template', 'spotify-style-dual-track', '--track', 'management', '--map', 'L5=E3');
    expect(code).toBe(0);
    expect(stderr).toMatch(/note: Renamed roles/);
    expect(await readFile(input, 'utf8')).toBe(before);
    const ids = (parse(stdout) as { tracks: Array<{ id: string }> }).tracks.map((t) => t.id);
    expect(ids).toEqual(['engineering', 'leadership', 'management']);

    const out = path.join(dir, 'out.yaml');
    expect(rungs('import-track', input, '--template', 'big-tech', '--track', 'management', '-o', out).code).toBe(0);
    expect(checkFramework(await readFile(out, 'utf8')).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('exits 2 for an unknown track or a malformed map', async () => {
    const input = path.join(dir, 'small.yaml');
    await writeFile(input, await readFile(path.join(root, 'templates/startup.yaml'), 'utf8'));
    const unknown = rungs('import-track', input, '--template', 'startup', '--track', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/has no track "nope". Its tracks are engineering and leadership/);
    const badMap = rungs('import-track', input, '--template', 'startup', '--track', 'leadership', '--map', 'E1');
    expect(badMap.code).toBe(2);
    expect(badMap.stderr).toMatch(/not a level pair/);
  });
});

describe('parseLevelMap', () => {
  it('reads pairs and rejects anything else', () => {
    expect(parseLevelMap('T1=L3, T2=L4')).toEqual({ T1: 'L3', T2: 'L4' });
    expect(parseLevelMap('T1=L3,')).toEqual({ T1: 'L3' });
    expect(typeof parseLevelMap('T1')).toBe('string');
    expect(typeof parseLevelMap('T1=L3=L4')).toBe('string');
    expect(typeof parseLevelMap('=L3')).toBe('string');
  });
});
