// `rungs export --format md --pictures`: the skills map and radars inside the page, or as SVG
// files beside it that the page links to.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/rungs.mjs');
const template = path.join(root, 'templates/spotify-style-dual-track.yaml');
let dir = '';

const rungs = (args: string[]) => {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', timeout: 30_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-md-pictures-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Markdown pictures', () => {
  it('writes the skills map and a radar per role beside the page, and links them', () => {
    const result = rungs(['export', template, '--pictures', 'files', '-o', 'ladder.md']);
    expect(result.code, result.stderr).toBe(0);
    const md = readFileSync(path.join(dir, 'ladder.md'), 'utf8');
    expect(md).toContain('## Skills map');
    expect(md).toContain('![Skills map of');
    const links = [...md.matchAll(/!\[[^\]]*\]\(([^)]+\.svg)\)/g)].map((m) => m[1] ?? '');
    expect(links).toContain('ladder-skills-map.svg');
    expect(links).toContain('ladder-radar-staff-engineer.svg');
    for (const link of links) {
      expect(existsSync(path.join(dir, link)), link).toBe(true);
      expect(readFileSync(path.join(dir, link), 'utf8')).toMatch(/^<svg /);
    }
  });

  it('embeds the SVG inline, and refuses files without -o or an unknown mode', () => {
    const inline = rungs(['export', template, '-f', 'md', '--pictures', 'inline']);
    expect(inline.code, inline.stderr).toBe(0);
    expect(inline.stdout).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="skills-map-svg"');
    expect(rungs(['export', template, '-f', 'md', '--pictures', 'files']).code).toBe(2);
    expect(rungs(['export', template, '-f', 'md', '--pictures', 'png']).code).toBe(2);
    expect(rungs(['export', template, '-f', 'csv', '--pictures', 'inline']).code).toBe(2);
  });
});
