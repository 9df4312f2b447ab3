import type { FileReport } from '../../../cli/report/file-report.ts';

/**
 * Reports as a run over an organisation gives them: a framework with a warning whose related
 * place is in the same file, a framework whose error is in the library it includes (with a
 * related place back in the framework), the library itself, and a file that could not be read.
 * Messages carry the characters workflow commands must escape.
 */
export function sampleReports(): FileReport[] {
  return [
    {
      file: 'org/backend.yaml',
      kind: 'framework',
      diagnostics: [
        {
          code: 'growth/copied-expectation',
          severity: 'warning',
          message: 'This bullet of `senior` is copied: 100% the same,\nsay how it grows',
          path: '/tracks/0/roles/1/expectations/craft/0',
          line: 29,
          column: 23,
          endLine: 29,
          endColumn: 47,
          related: [{ path: '/tracks/0/roles/0/expectations/craft/0', message: 'copied from `engineer`', line: 20, column: 23, endLine: 20, endColumn: 47 }],
        },
        { code: 'wording/vague', severity: 'info', message: 'Say what they do, not what they "understand"', path: '/tracks/0/roles/0/summary', line: 18, column: 18, endLine: 18, endColumn: 40 },
      ],
    },
    {
      file: 'org/data.yaml',
      kind: 'framework',
      diagnostics: [
        {
          code: 'id/duplicate',
          severity: 'error',
          message: 'Level id `L1` is already used in org/data.yaml on line 5',
          file: 'org/shared/engineering.yaml',
          path: '/levels/0/id',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 11,
          related: [{ path: '/levels/0/id', message: 'also defined here', line: 5, column: 9, endLine: 5, endColumn: 11 }],
        },
      ],
    },
    { file: 'org/shared/engineering.yaml', kind: 'library', diagnostics: [] },
    { file: 'org/odd, name: 50%.yaml', diagnostics: [], error: 'org/odd, name: 50%.yaml is not UTF-8 text' },
  ];
}
