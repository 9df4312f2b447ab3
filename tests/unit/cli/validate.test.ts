import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor, validateFiles, type FileReport } from '../../../cli/commands/validate.ts';
import { formatJson } from '../../../cli/report/json.ts';
import { formatText } from '../../../cli/report/text.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => path.join('tests/fixtures', name);
let dir: string;

function rungs(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/rungs.mjs', ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-validate-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('rungs validate (spawned)', () => {
  it('prints file:line:column for a level typo and exits 1', () => {
    const file = fixture('invalid/unknown-level.yaml');
    const run = rungs(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${file}:30:16: error ref/unknown-level: Role \`staff\` is on level \`L4\`, which is not defined in \`levels\``);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('1 framework: 1 error, 0 warnings, 1 info');
    expect(run.stderr).toBe('');
  });

  it('exits 0 on valid files and says so', () => {
    const run = rungs(['validate', fixture('valid/dual-track.yaml'), fixture('valid/three-track.yaml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('2 frameworks: 0 errors, 0 warnings\n');
  });

  it('prints parseable JSON with --format json', () => {
    const run = rungs(['validate', '--format', 'json', fixture('invalid/schema-typos.yaml'), fixture('valid/minimal.yaml')]);
    expect(run.code).toBe(1);
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: { code: string; line: number; column: number; data?: unknown }[] }[];
    expect(reports.map((r) => r.file)).toEqual([fixture('invalid/schema-typos.yaml'), fixture('valid/minimal.yaml')]);
    expect(reports[0]?.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'schema/additionalProperties', line: 16, column: 9, data: { suggestions: ['expectations'] } }),
    );
    expect(reports[1]?.diagnostics).toEqual([]);
  });

  it('passes warnings unless --strict', () => {
    const file = fixture('invalid/missing-ic-twin.yaml');
    expect(rungs(['validate', file]).code).toBe(0);
    expect(rungs(['validate', '--strict', file]).code).toBe(1);
  });

  it('exits 2 with one line and no stack trace for a missing file, a folder without frameworks or a bad option', () => {
    const missing = rungs(['validate', 'no-such-file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('no-such-file.yaml does not exist: check the path and try again.\n');
    const folder = rungs(['validate', 'cli']);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')).toHaveLength(1);
    expect(folder.stderr).toContain('cli holds no frameworks');
    const badOption = rungs(['validate', '--format', 'xml', fixture('valid/minimal.yaml')]);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('Allowed choices are text, json, github, sarif, gitlab');
    for (const run of [missing, folder, badOption]) noStackTrace(run.stderr);
    expect(rungs(['validate']).code).toBe(2);
  });

  it('reads standard input for -', () => {
    const run = rungs(['validate', '-'], readFileSync(path.join(root, fixture('invalid/yaml-tab-indent.yaml')), 'utf8'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^-:9:1: error yaml\/syntax: Tabs cannot indent YAML/);
  });

  it('explains every flag in --help', () => {
    const run = rungs(['validate', '--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--format', 'text', 'json', '--strict', 'Exit codes']) expect(run.stdout).toContain(flag);
  });

  it('refuses a 10 MB file with exit 2, before reading it', () => {
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, `rungs: 1\nname: Big\ndescription: "${'a'.repeat(10_000_000)}"\n`);
    const run = rungs(['validate', big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/big\.yaml is 10 MB, over the 8 MB limit for a framework \(a large one is a few hundred KB\)/);
    noStackTrace(run.stderr);
  });
});

describe('reading for validate', () => {
  it('refuses binary files, text that is not UTF-8 and things that are not files, each on the report', async () => {
    const binary = path.join(dir, 'logo.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    const latin1 = path.join(dir, 'latin1.yaml');
    writeFileSync(latin1, Buffer.from('name: Caf\xe9\n', 'latin1'));
    const reports = await validateFiles([binary, latin1, '/dev/null', path.join(dir, 'missing', 'x.yaml')]);
    expect(reports.map((r) => r.error)).toEqual([
      `${binary} is a binary file, not text: give the path of a framework file (.yaml).`,
      expect.stringContaining(`${latin1}:1:10 is not UTF-8 text`),
      expect.stringContaining('is not a regular file'),
      expect.stringContaining('does not exist'),
    ]);
  });

  it('reads standard input by the same rules, and reports a stdin failure as a message', async () => {
    const [ok] = await validateFiles(['-'], {}, { readStdin: () => Buffer.from('\ufeffrungs: 1\r\nname: Acme\r\n') });
    expect(ok?.error).toBeUndefined();
    const [utf16] = await validateFiles(['-'], {}, { readStdin: () => Buffer.from('\ufeffrungs: 1\n', 'utf16le') });
    expect(utf16?.error).toMatch(/^Standard input is saved as UTF-16 text/);
    const [failed] = await validateFiles(['-'], {}, {
      readStdin: () => {
        throw new Error('EAGAIN');
      },
    });
    expect(failed?.error).toBe('Cannot read standard input: pass the path of a file instead of -.');
  });
});

describe('validateFiles and its output', () => {
  it('keeps going after an unreadable file and exits 2 overall', async () => {
    const reports = await validateFiles([path.join(root, fixture('invalid/unknown-level.yaml')), path.join(dir, 'nope.yaml')]);
    expect(reports[0]?.diagnostics.map((d) => d.code)).toEqual(['level/unused', 'ref/unknown-level']);
    expect(reports[1]?.error).toContain('does not exist');
    expect(exitCodeFor(reports, false)).toBe(2);
    expect(formatText(reports).trim().split('\n').at(-1)).toBe('1 framework: 1 error, 0 warnings, 1 info; 1 file could not be read');
  });

  it('answers every item of the bad-input list in under 2 seconds each, without throwing', async () => {
    const cases: Record<string, string> = {
      'alias-bomb.yaml': readFileSync(path.join(root, fixture('invalid/yaml-alias-limit.yaml')), 'utf8'),
      'empty.yaml': '',
      'list.yaml': '- a\n- b\n',
      'scalar.yaml': '42\n',
      'deep.yaml': '['.repeat(50_000),
      'proto.yaml': readFileSync(path.join(root, fixture('invalid/proto-keys.yaml')), 'utf8'),
    };
    for (const [name, text] of Object.entries(cases)) {
      const file = path.join(dir, name);
      writeFileSync(file, text);
      const started = performance.now();
      const [report] = await validateFiles([file]);
      expect(performance.now() - started, name).toBeLessThan(2000);
      expect(report?.diagnostics.length, name).toBeGreaterThan(0);
      expect(report?.diagnostics[0]?.line, name).toBeGreaterThanOrEqual(1);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('terminal safety', () => {
  it('shows control characters and bidi overrides from the file as visible escapes', async () => {
    const file = path.join(dir, 'sneaky.yaml');
    writeFileSync(file, 'rungs: 1\nname: Sneaky\n"\u001b[2Jbad\u202ekey": 1\n');
    const [report] = await validateFiles([file]);
    const text = formatText([report!]);
    expect(text.includes('\u001b') || text.includes('\u202e')).toBe(false);
    expect(text).toContain('\\u001b[2Jbad\\u202ekey');
    const json = formatJson([report!]);
    expect(json.includes('\u001b') || json.includes('\u202e')).toBe(false);
    const parsed = JSON.parse(json) as FileReport[];
    expect(parsed[0]?.diagnostics.some((d) => d.message.includes('\u001b[2Jbad\u202ekey'))).toBe(true);
  });
});
