// `rungs export` as a user runs it: a real process through bin/rungs.mjs, checking exit codes,
// what goes to stdout and stderr, and the files written.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = path.join(root, 'bin/rungs.mjs');
const dual = path.join(root, 'tests/fixtures/valid/dual-track.yaml');
let dir: string;
let broken: string;

function rungs(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-export-cli-'));
  broken = path.join(dir, 'broken.yaml');
  // Valid YAML, but a role sits on a level that does not exist: an error, not a syntax problem.
  writeFileSync(broken, readFileSync(dual, 'utf8').replace(/level: L3\b/, 'level: L99'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rungs export', () => {
  it('prints text formats to stdout when no -o is given', () => {
    const md = rungs(['export', dual, '--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.stdout.startsWith('# Northwind')).toBe(true);
    const csv = rungs(['export', dual, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toContain('Track,Track ID,Level,Role,Role ID,Dimension,Dimension ID,Kind,Expectation');
    const json = rungs(['export', dual, '--format', 'json']);
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout).$schema).toBe('https://rungs.dev/schemas/framework.schema.json');
  });

  it('writes the file named by -o and takes the format from its extension', () => {
    const target = path.join(dir, 'ladder.html');
    const result = rungs(['export', dual, '-o', target]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`Wrote ${target}`);
    expect(readFileSync(target, 'utf8')).toContain('<html lang="en">');
  });

  it('refuses a file with errors (exit 1), listing them as file:line:column, unless --force', () => {
    const target = path.join(dir, 'broken.md');
    const refused = rungs(['export', broken, '--format', 'md', '-o', target]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error ref/[\\w-]+: .*L99`));
    expect(refused.stderr).toContain('add --force');
    expect(existsSync(target)).toBe(false);

    const forced = rungs(['export', broken, '--format', 'md', '-o', target, '--force']);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('--force');
    expect(readFileSync(target, 'utf8')).toContain('# Northwind');
  });

  it('exports only the tracks given to --tracks, and names the valid ids for an unknown one', () => {
    const ic = rungs(['export', dual, '--format', 'md', '--tracks', 'ic']);
    expect(ic.status).toBe(0);
    expect(ic.stdout).toContain('## Individual contributor');
    expect(ic.stdout).not.toContain('## Engineering management');

    const unknown = rungs(['export', dual, '--format', 'md', '--tracks', 'ic,design']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('There is no track called design.');
    expect(unknown.stderr).toContain('Use one of: ic, management.');
  });

  it('exits 2 with a plain message for a missing file, a folder, a binary file, a bad format or paper', () => {
    const binary = path.join(dir, 'binary.yaml');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const folder = path.join(dir, 'folder.yaml');
    mkdirSync(folder, { recursive: true });
    const cases: [string[], string][] = [
      [['export', path.join(dir, 'missing.yaml'), '--format', 'md'], 'does not exist'],
      [['export', folder, '--format', 'md'], 'is a folder'],
      [['export', binary, '--format', 'md'], 'is a binary file'],
      [['export', dual, '--format', 'docx'], 'Choose one of: html, pdf, md, csv, json'],
      [['export', dual], 'Choose a format with --format'],
      [['export', dual, '--format', 'pdf', '--paper', 'a3'], 'Choose a4 or letter'],
      [['export', dual, '--format', 'md', '-o', path.join(dir, 'no/such/folder/x.md')], 'does not exist, so'],
    ];
    for (const [args, message] of cases) {
      const result = rungs(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exits 2 with install advice when no Chromium is found for a PDF', () => {
    const result = rungs(['export', dual, '--format', 'pdf', '-o', path.join(dir, 'none.pdf')], { RUNGS_CHROMIUM: path.join(dir, 'no-chromium') });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('RUNGS_CHROMIUM');
    expect(result.stderr).toContain('apt-get install chromium');
    expect(existsSync(path.join(dir, 'none.pdf'))).toBe(false);
  });

  it('prints a PDF with Chromium', () => {
    const target = path.join(dir, 'ladder.pdf');
    const result = rungs(['export', dual, '--format', 'pdf', '-o', target, '--paper', 'letter', '--tracks', 'management']);
    expect(result.status).toBe(0);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.stderr).toContain(`Wrote ${target}`);
  });
});
