import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capDiagnostics, checkFramework, MAX_DIAGNOSTICS } from '../../../core/check.ts';
import type { Diagnostic, Severity } from '../../../core/diagnostics.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * 600 roles with no expectations (600 coverage warnings), 700 levels nobody uses (700 infos), all
 * written before one role on a level that does not exist: the only error sits after 1,300 other
 * problems, past the cap.
 */
function crowdedFramework(): string {
  const levels = Array.from({ length: 1300 }, (_, i) => `  - id: L${i}`).join('\n');
  const roles = Array.from({ length: 600 }, (_, i) => `      - { id: r${i}, title: Role ${i}, level: L${i} }`).join('\n');
  return [
    'rungs: 1',
    'name: Crowded',
    'dimensions:',
    '  - { id: craft, name: Craft, kind: hard }',
    '  - { id: people, name: People, kind: soft }',
    'levels:',
    levels,
    'tracks:',
    '  - id: ic',
    '    name: Engineering',
    '    kind: ic',
    '    roles:',
    roles,
    '      - { id: last, title: Last, level: L99999, expectations: { craft: [Ships], people: [Helps] } }',
    '',
  ].join('\n');
}

function diagnostic(severity: Severity, line: number): Diagnostic {
  const code = ({ error: 'id/duplicate', warning: 'parity/ic-ceiling', info: 'level/unused' } as const)[severity];
  return { code, severity, message: `${severity} on ${line}`, path: '', line, column: 1, endLine: line, endColumn: 2 };
}

describe('capping diagnostics', () => {
  it('keeps an error that comes after more than a thousand warnings and infos', () => {
    const { diagnostics } = checkFramework(crowdedFramework());
    expect(diagnostics.length).toBe(MAX_DIAGNOSTICS + 1);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([expect.objectContaining({ code: 'ref/unknown-level' })]);
    // Still in position order, with the note last.
    const listed = diagnostics.slice(0, -1);
    expect(listed.every((d, i) => i === 0 || d.line >= (listed[i - 1]?.line ?? 0))).toBe(true);
    expect(diagnostics.at(-1)).toMatchObject({ code: 'check/too-many-problems', severity: 'info' });
  });

  it('drops infos before warnings and never drops an error, even past the cap', () => {
    const many = [
      ...Array.from({ length: 900 }, (_, i) => diagnostic('info', i + 1)),
      ...Array.from({ length: 900 }, (_, i) => diagnostic('warning', i + 1)),
      ...Array.from({ length: 1200 }, (_, i) => diagnostic('error', 5000 + i)),
    ];
    const capped = capDiagnostics(many);
    expect(capped.filter((d) => d.severity === 'error')).toHaveLength(1200);
    expect(capped.filter((d) => d.severity !== 'error' && d.code !== 'check/too-many-problems')).toEqual([]);
    expect(capped.at(-1)?.message).toBe('1800 more problems are not listed: fix these first and check again.');

    const mixed = capDiagnostics([...Array.from({ length: 600 }, (_, i) => diagnostic('info', i + 1)), ...Array.from({ length: 600 }, (_, i) => diagnostic('warning', 2000 + i))]);
    expect(mixed.filter((d) => d.severity === 'warning')).toHaveLength(600);
    expect(mixed.filter((d) => d.severity === 'info' && d.code !== 'check/too-many-problems')).toHaveLength(400);
  });

  it('says "1 more problem" for one', () => {
    const capped = capDiagnostics(Array.from({ length: MAX_DIAGNOSTICS + 1 }, (_, i) => diagnostic('warning', i + 1)));
    expect(capped.at(-1)?.message).toBe('1 more problem is not listed: fix these first and check again.');
  });

  it('makes `rungs validate` fail (exit 1) on the crowded file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rungs-cap-'));
    try {
      const file = path.join(dir, 'crowded.yaml');
      writeFileSync(file, crowdedFramework());
      const run = spawnSync(process.execPath, ['bin/rungs.mjs', 'validate', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/: error ref\/unknown-level: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
