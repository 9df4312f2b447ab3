// `rungs compare` through a real process: the JSON contract, and one-line refusals with exit 2.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/rungs.mjs');
const template = path.join(root, 'templates/spotify-style-dual-track.yaml');

function rungs(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rungs compare', () => {
  it('prints the documented JSON: from, to and per dimension added, kept, changed and dropped', () => {
    const result = rungs(['compare', template, 'senior-engineer-2', 'staff-engineer', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.from).toMatchObject({ id: 'senior-engineer-2', title: 'Senior Engineer II', level: 'L4' });
    expect(json.to).toMatchObject({ id: 'staff-engineer', level: 'L5' });
    expect(json.dimensions.length).toBeGreaterThan(3);
    for (const d of json.dimensions) expect(Object.keys(d)).toEqual(['id', 'name', 'added', 'kept', 'changed', 'dropped']);
  });

  it('names an unknown role and the nearest ids, with exit 2 and one line', () => {
    const result = rungs(['compare', template, 'senior-engineer-2', 'staf-engineer']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('`staf-engineer`');
    expect(result.stderr).toContain('`staff-engineer`');
  });

  it('refuses an unknown format and a missing file with exit 2', () => {
    expect(rungs(['compare', template, 'engineer-1', 'engineer-2', '-f', 'pdf']).code).toBe(2);
    expect(rungs(['compare', 'missing.yaml', 'a', 'b']).code).toBe(2);
  });
});
