import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diagnosticCodes, ruleCodes } from '../../../core/diagnostic-codes.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let dir: string;

function rungs(args: string[]) {
  const result = spawnSync(process.execPath, ['bin/rungs.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'rungs-rules-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const copied = readFileSync(path.join(root, 'tests/fixtures/invalid/copied-expectation.yaml'), 'utf8');

describe('rungs rules', () => {
  it('lists every registry code as JSON, with severity, summary and docs link', () => {
    const run = rungs(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as { code: string; severity: string; configurable: boolean; summary: string; docs: string }[];
    expect(listed.map((l) => l.code)).toEqual(diagnosticCodes.map((c) => c.code));
    expect(listed.filter((l) => l.configurable).map((l) => l.code)).toEqual([...ruleCodes]);
    expect(listed.find((l) => l.code === 'text/bidi-control')).toMatchObject({ severity: 'warning', docs: 'https://rungs.dev/docs/rules#text-bidi-control' });
    for (const l of listed) expect(l.summary.length).toBeGreaterThan(10);
  });

  it('prints a table for people', () => {
    const run = rungs(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^growth\/copied-expectation +warning +no bullet copied/m);
  });
});

describe('rule settings change severity and the exit code', () => {
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    writeFileSync(at, text);
    return at;
  };

  it('a warning by default: exit 0, and 1 with --strict', () => {
    const at = file('default.yaml', copied);
    expect(rungs(['validate', at]).code).toBe(0);
    const strict = rungs(['validate', '--strict', at]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('warning growth/copied-expectation');
    // The related places of the one finding follow it as notes.
    expect(strict.stdout).toMatch(/:28:15: note: copied from `engineer`: ships small changes\n.*:29:23: note: copied from `engineer`: Shares what they learn\./);
  });

  it('lint.rules in the file raises it to an error (exit 1) or turns it off', () => {
    const raised = rungs(['validate', '--format', 'json', file('raised.yaml', `${copied}\nlint:\n  rules:\n    growth/copied-expectation: error\n`)]);
    expect(raised.code).toBe(1);
    const [report] = JSON.parse(raised.stdout) as { diagnostics: { code: string; severity: string }[] }[];
    expect(report?.diagnostics).toEqual([expect.objectContaining({ code: 'growth/copied-expectation', severity: 'error' })]);
    const off = rungs(['validate', '--strict', file('off.yaml', `${copied}\nlint: { rules: { growth/copied-expectation: off } }\n`)]);
    expect(off.code).toBe(0);
    expect(off.stdout).toBe('1 framework: 0 errors, 0 warnings\n');
  });

  it('a rule raised to error in the file blocks an export, like any error', () => {
    const raised = file('export.yaml', `${copied}\nlint: { rules: { growth/copied-expectation: error } }\n`);
    const run = rungs(['export', raised, '--format', 'md']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('growth/copied-expectation');
    expect(rungs(['export', file('plain.yaml', copied), '--format', 'md']).code).toBe(0);
  });

  it('--rule wins over the file and is repeatable', () => {
    const at = file('cli.yaml', `${copied}\nlint: { rules: { growth/copied-expectation: off } }\n`);
    const run = rungs(['validate', '--rule', 'growth/copied-expectation=error', '--rule', 'level/unused=off', at]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('error growth/copied-expectation');
    expect(rungs(['validate', '--strict', '--rule', 'growth/copied-expectation=info', file('info.yaml', copied)]).code).toBe(0);
  });

  it('a bad --rule is a one-line usage error (exit 2); a bad lint.rules key is a schema error with a suggestion', () => {
    const bad = rungs(['validate', '--rule', 'growth/copied=off', file('x.yaml', copied)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"growth/copied" is not a rule that can be configured');
    expect(rungs(['validate', '--rule', 'growth/copied-expectation=loud', file('y.yaml', copied)]).stderr).toContain('use off, info, warning or error');
    const typo = rungs(['validate', '--format', 'json', file('typo.yaml', `${copied}\nlint: { rules: { growth/copied-expectations: off } }\n`)]);
    expect(typo.code).toBe(1);
    const [report] = JSON.parse(typo.stdout) as { diagnostics: { code: string; line: number; data?: { suggestions?: string[] } }[] }[];
    expect(report?.diagnostics).toContainEqual(expect.objectContaining({ code: 'schema/enum', data: { suggestions: ['growth/copied-expectation'] } }));
  });
});
