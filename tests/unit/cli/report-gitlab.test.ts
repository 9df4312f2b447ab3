import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeQualityIssues, type CodeQualityIssue } from '../../../cli/report/gitlab.ts';
import { makeOrgFolder, rungsIn } from './org-folder.ts';
import { sampleReports } from './sample-reports.ts';

let cwd: string;
beforeAll(() => {
  cwd = makeOrgFolder();
});
afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('--format gitlab', () => {
  it('has exactly the Code Quality fields, with a library\'s problem in the library\'s file', () => {
    const issues = codeQualityIssues(sampleReports(), '/repo');
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(Object.keys(issue.location).sort()).toEqual(['lines', 'path']);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(issues.map(({ fingerprint: _, ...rest }) => rest)).toEqual([
      {
        description: 'This bullet of `senior` is copied: 100% the same,\nsay how it grows',
        check_name: 'growth/copied-expectation',
        severity: 'minor',
        location: { path: 'org/backend.yaml', lines: { begin: 29 } },
      },
      { description: 'Say what they do, not what they "understand"', check_name: 'wording/vague', severity: 'info', location: { path: 'org/backend.yaml', lines: { begin: 18 } } },
      {
        description: 'Level id `L1` is already used in org/data.yaml on line 5',
        check_name: 'id/duplicate',
        severity: 'major',
        location: { path: 'org/shared/engineering.yaml', lines: { begin: 4 } },
      },
    ] satisfies Omit<CodeQualityIssue, 'fingerprint'>[]);
  });

  it('gives distinct fingerprints, the same on every run and after the text moves, different when the problem does', () => {
    const prints = (reports = sampleReports()) => codeQualityIssues(reports, '/repo').map((i) => i.fingerprint);
    const first = prints();
    expect(new Set(first).size).toBe(first.length);
    expect(prints()).toEqual(first);
    const moved = sampleReports();
    for (const d of moved[0]!.diagnostics) {
      d.line += 10;
      d.endLine += 10;
    }
    expect(prints(moved)).toEqual(first);
    const changed = sampleReports();
    changed[0]!.diagnostics[0]!.message = 'Another bullet is copied';
    expect(prints(changed)[0]).not.toBe(first[0]);
    // The same problem reported twice at one node still gets two fingerprints.
    const twice = sampleReports();
    twice[0]!.diagnostics.push({ ...twice[0]!.diagnostics[0]!, line: 40 });
    const doubled = prints(twice);
    expect(new Set(doubled).size).toBe(doubled.length);
  });

  it('comes from the CLI as a JSON array, stable from run to run', () => {
    const first = rungsIn(cwd, ['validate', 'org', '--format', 'gitlab']);
    expect(first.code).toBe(0);
    const issues = JSON.parse(first.stdout) as CodeQualityIssue[];
    expect(issues).toEqual([expect.objectContaining({ check_name: 'parity/missing-ic-twin', severity: 'minor', location: { path: 'org/data/data-engineering.yml', lines: { begin: 34 } } })]);
    expect(rungsIn(cwd, ['validate', 'org', '--format', 'gitlab']).stdout).toBe(first.stdout);
    const errors = rungsIn(cwd, ['validate', 'org/node_modules/some-package/framework.yaml', '--format', 'gitlab']);
    expect(errors.code).toBe(1);
    expect((JSON.parse(errors.stdout) as CodeQualityIssue[]).map((i) => i.severity)).toContain('major');
  });
});
