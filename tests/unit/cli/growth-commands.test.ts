// `rungs compare`, `worksheet` and `job` through a real process: the JSON contract, and one-line
// refusals with exit 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('rungs worksheet and rungs job', () => {
  it('write an HTML worksheet to a file with one checkbox per expectation of the role', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rungs-worksheet-'));
    try {
      const out = path.join(dir, 'staff.html');
      const result = rungs(['worksheet', template, 'staff-engineer', '--from', 'senior-engineer-2', '-o', out]);
      expect(result.code, result.stderr).toBe(0);
      const html = readFileSync(out, 'utf8');
      expect(html.match(/type="checkbox"/g)?.length).toBeGreaterThan(10);
      expect(html).toContain('New at this level');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse unknown roles, a PDF without -o and an unknown placeholder with exit 2 and one line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rungs-job-'));
    try {
      const templateFile = path.join(dir, 'advert.md');
      writeFileSync(templateFile, '# {{title}}\n\nPay: {{salary}}\n');
      for (const args of [
        ['worksheet', template, 'no-such-role'],
        ['worksheet', template, 'staff-engineer', '--from', 'senior-enginer-2'],
        ['worksheet', template, 'staff-engineer', '-f', 'pdf'],
        ['job', template, 'no-such-role'],
        ['job', template, 'staff-engineer', '--template', templateFile],
      ]) {
        const result = rungs(args);
        expect(result.code, args.join(' ')).toBe(2);
        expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
      }
      expect(rungs(['job', template, 'staff-engineer', '--template', templateFile]).stderr).toContain('advert.md:3:6: unknown placeholder {{salary}}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('prints a Markdown job description with every expectation', () => {
    const result = rungs(['job', template, 'staff-engineer']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('# Staff Engineer');
    expect(result.stdout).toContain('## What you will do');
  });
});
